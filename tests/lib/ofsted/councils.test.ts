import { describe, expect, it } from 'vitest';
import { buildCouncils, councilIdFor, councilKey } from '../../../src/lib/ofsted/councils.ts';
import type { TableRead } from '../../../src/lib/ofsted/datasets.ts';
import { CSV_2023, CSV_2025, LOOKUP, ODS_2023, ODS_2025, tablesOf } from './fixtures.ts';

async function councilsFrom(files: string[], existing?: Map<string, string>) {
  const tables: TableRead[] = (await Promise.all(files.map(tablesOf))).flat();
  return buildCouncils(
    tables.flatMap((t) => t.councils),
    tables.flatMap((t) => t.lookup),
    existing,
  );
}

describe('council ids', () => {
  it('are the kebab of the name people use, whatever spelling a table has', () => {
    expect(councilIdFor('Bristol, City of', false)).toBe('bristol');
    expect(councilIdFor('Kingston Upon Hull, City of', false)).toBe('kingston-upon-hull');
    expect(councilIdFor('Kingston upon Hull', false)).toBe('kingston-upon-hull');
    expect(councilIdFor('St. Helens', false)).toBe('st-helens');
    expect(councilIdFor('St Helens', false)).toBe('st-helens');
    expect(councilIdFor('Bournemouth, Christchurch & Poole', false)).toBe('bournemouth-christchurch-and-poole');
    expect(councilIdFor('Bournemouth, Christchurch and Poole', false)).toBe('bournemouth-christchurch-and-poole');
    expect(councilIdFor('Windsor and Maidenhead', false)).toBe('windsor-and-maidenhead');
    expect(councilIdFor('Bedford Borough', false)).toBe('bedford');
    expect(councilIdFor('Southend on Sea', false)).toBe(councilIdFor('Southend-on-Sea', false));
    expect(councilKey('Telford & Wrekin')).toBe(councilKey('Telford and Wrekin'));
  });

  it('tell the Dorset that no longer exists from the Dorset of today', () => {
    expect(councilIdFor('Dorset', true)).toBe('dorset-county-council');
    expect(councilIdFor('Dorset', false)).toBe('dorset');
    expect(councilIdFor('Cumbria', true)).toBe('cumbria');
  });
});

describe('council files from the tables', () => {
  it('covers councils that no longer exist, with successors and predecessors', async () => {
    const { councils } = await councilsFrom([...CSV_2023, ...CSV_2025, LOOKUP]);
    expect([...councils.keys()]).toEqual([
      'barking-and-dagenham', 'bexley', 'blackpool', 'bournemouth', 'bournemouth-christchurch-and-poole', 'bristol', 'calderdale',
      'city-of-london', 'cornwall', 'cumberland', 'cumbria', 'dorset', 'dorset-county-council', 'havering', 'isles-of-scilly', 'merton',
      'north-northamptonshire', 'northamptonshire', 'poole', 'reading', 'west-northamptonshire', 'westmorland-and-furness',
      'windsor-and-maidenhead',
    ]);
    expect(councils.get('northamptonshire')).toMatchObject({
      abolished: '2021-04-01',
      successors: ['north-northamptonshire', 'west-northamptonshire'],
      former: true,
      gss_code: 'E10000021',
      type: 'county',
    });
    expect(councils.get('west-northamptonshire')!.predecessors).toEqual(['northamptonshire']);
    expect(councils.get('bournemouth-christchurch-and-poole')).toMatchObject({
      name: 'Bournemouth, Christchurch and Poole',
      predecessors: ['bournemouth', 'dorset-county-council', 'poole'],
      gss_code: 'E06000058',
    });
    expect(councils.get('dorset-county-council')).toMatchObject({
      name: 'Dorset County Council',
      abolished: '2019-04-01',
      successors: ['bournemouth-christchurch-and-poole', 'dorset'],
      type: 'county',
      ofsted_url: 'https://reports.ofsted.gov.uk/provider/44/80463',
    });
    expect(councils.get('dorset')).toMatchObject({ predecessors: ['dorset-county-council'], gss_code: 'E06000059', type: 'unitary' });
    expect(councils.get('cumbria')).toMatchObject({ abolished: '2023-04-01', successors: ['cumberland', 'westmorland-and-furness'] });
    expect(councils.get('cumberland')!.predecessors).toEqual(['cumbria']);
    // Poole is in no 2025 table: its ONS code comes from the lookup.
    expect(councils.get('poole')).toMatchObject({ gss_code: 'E06000029', successors: ['bournemouth-christchurch-and-poole'] });
    expect(councils.get('havering')!.successors).toBeUndefined();
  });

  it("maps Ofsted's LA Authority Type and spells regions as the 2025 tables do", async () => {
    const { councils } = await councilsFrom([...CSV_2023, ...CSV_2025, LOOKUP]);
    expect(councils.get('barking-and-dagenham')!.type).toBe('london-borough');
    expect(councils.get('calderdale')).toMatchObject({ type: 'metropolitan-borough', region: 'North East, Yorkshire and the Humber' });
    expect(councils.get('isles-of-scilly')!.type).toBe('unitary');
    // A London-borough code and Ofsted's "London Borough", but a corporation, not a borough.
    expect(councils.get('city-of-london')!.type).toBe('other');
    // Not in the 2009–2023 table: the kind of area its ONS code is for.
    expect(councils.get('westmorland-and-furness')).toMatchObject({ type: 'unitary', gss_code: 'E06000064', region: 'North West' });
  });

  it('links each council to its own Ofsted page, checked against the lookup', async () => {
    const ods = await councilsFrom([ODS_2023, ODS_2025, ...CSV_2023, ...CSV_2025, LOOKUP]);
    // The 2025 tables give North Northamptonshire West Northamptonshire's page (941); the ODS of 2023 and the lookup say 940.
    expect(ods.councils.get('north-northamptonshire')!.ofsted_url).toBe('https://reports.ofsted.gov.uk/provider/44/940');
    expect(ods.disagreements).toContainEqual(expect.objectContaining({ council: 'north-northamptonshire', field: 'ofsted_url' }));
    expect(ods.councils.get('west-northamptonshire')!.ofsted_url).toBe('https://reports.ofsted.gov.uk/provider/44/941');
    expect(ods.councils.get('barking-and-dagenham')!.ofsted_url).toBe('https://reports.ofsted.gov.uk/provider/44/301');
    // The 2025 table links Cumbria to Cumberland's page: its own page is kept.
    expect(ods.councils.get('cumbria')!.ofsted_url).toBe('https://reports.ofsted.gov.uk/provider/44/80457');
    expect(ods.sameLink('reading', 'https://reports.ofsted.gov.uk/provider/44/80540', 'https://reports.ofsted.gov.uk/provider/44/870')).toBe(true);
    expect(ods.sameLink('reading', 'https://reports.ofsted.gov.uk/provider/44/80540', 'https://reports.ofsted.gov.uk/provider/44/871')).toBe(false);
  });

  it('keeps the id of a council file already written under another id (found by its ONS code)', async () => {
    const { councils, idOf } = await councilsFrom([...CSV_2023, ...CSV_2025, LOOKUP], new Map([['E09000002', 'barking']]));
    expect(councils.has('barking')).toBe(true);
    expect(councils.has('barking-and-dagenham')).toBe(false);
    const tables = (await Promise.all(CSV_2023.map(tablesOf))).flat();
    const row = tables[0].councils.find((c) => c.name === 'Barking and Dagenham')!;
    expect(row.gss).toBeUndefined();
    expect(idOf(row)).toBe('barking');
  });
});
