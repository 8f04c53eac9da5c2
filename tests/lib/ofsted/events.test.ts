import { describe, expect, it } from 'vitest';
import { buildCouncils } from '../../../src/lib/ofsted/councils.ts';
import type { TableRead } from '../../../src/lib/ofsted/datasets.ts';
import { ilacsFramework, mergeEvents, officialDateScore, type OfficialEntry } from '../../../src/lib/ofsted/events.ts';
import { entrySummary, entryTitle } from '../../../src/lib/ofsted/text.ts';
import { CSV_2023, CSV_2025, LOOKUP, tablesOf } from './fixtures.ts';

async function merged(files: string[]): Promise<OfficialEntry[]> {
  const tables: TableRead[] = (await Promise.all(files.map(tablesOf))).flat();
  const set = buildCouncils(tables.flatMap((t) => t.councils), tables.flatMap((t) => t.lookup));
  return mergeEvents(tables.flatMap((t) => t.events), (e) => set.idOf(e.council));
}

const ALL = [...CSV_2023, ...CSV_2025, LOOKUP];
const of = (entries: OfficialEntry[], council: string) => entries.filter((e) => e.council === council);

describe('one inspection in several tables', () => {
  it('is merged into one entry combining the dates and grades each table gives', async () => {
    const barking = of(await merged(ALL), 'barking-and-dagenham');
    // SLAC, SIF, ILACS 2019, focused visit 2022, ILACS 2023, focused visit 2025: no duplicates.
    expect(barking.map((e) => [e.kind, e.published ?? e.start_date])).toEqual([
      ['inspection', '2012-07-27'],
      ['inspection', '2014-07-07'],
      ['inspection', '2019-04-01'],
      ['focused-visit', '2022-05-04'],
      ['inspection', '2023-09-04'],
      ['focused-visit', '2025-04-29'],
    ]);
    const ilacs = barking[2];
    // The 2009–2023 table gives the publication date, the 2025 history the start of fieldwork too.
    expect(ilacs).toMatchObject({ start_date: '2019-02-18', published: '2019-04-01', framework: 'ilacs' });
    expect(ilacs.datasets.map((d) => d.id)).toEqual(['ofsted-ilacs-history-2025', 'ofsted-as-at-2023-03-31', 'ofsted-la-inspections-2009-2023']);
    expect(ilacs.disagreements).toEqual([]);
    // The 2022-23 in-year table (start only) and the 2009–2023 history (publication only) join through the 2025 history.
    const bexley2023 = of(await merged(ALL), 'bexley').find((e) => e.published === '2023-03-24')!;
    expect(bexley2023.datasets.map((d) => d.id)).toEqual([
      'ofsted-ilacs-history-2025',
      'ofsted-as-at-2025-03-31',
      'ofsted-in-year-2022-23',
      'ofsted-as-at-2023-03-31',
      'ofsted-la-inspections-2009-2023',
    ]);
    expect(bexley2023.kind).toBe('short-inspection');
  });

  it('reports where tables disagree, keeping the newer, more detailed one', async () => {
    const all = await merged(ALL);
    const cumbria = of(all, 'cumbria').find((e) => e.published === '2022-11-15')!;
    expect(cumbria.start_date).toBe('2022-09-20');
    expect(cumbria.disagreements).toEqual([
      {
        field: 'start_date',
        message: 'ofsted-ilacs-history-2025 says 2022-09-20, ofsted-in-year-2022-23 says 2022-09-21, ofsted-as-at-2023-03-31 says 2022-09-20; kept 2022-09-20',
      },
    ]);
    const merton = of(all, 'merton').at(-1)!;
    expect(merton.kind).toBe('short-inspection');
    expect(merton.disagreements.map((d) => d.field)).toEqual(['kind']);
  });

  it("joins a row whose publication date one table misprints, when it grades the inspection alike, and reports the date", async () => {
    // As the 2009–2023 table has Nottingham's 2022 inspection: 05/11/2022 where the others say 05/09/2022.
    const tables: TableRead[] = (await Promise.all(ALL.map(tablesOf))).flat();
    const set = buildCouncils(tables.flatMap((t) => t.councils), tables.flatMap((t) => t.lookup));
    const events = tables.flatMap((t) => t.events);
    const misprint = (e: (typeof events)[number], published: string, grades = e.grades) => ({ ...e, published, grades });
    const isBarking2019 = (e: (typeof events)[number]) =>
      e.dataset.id === 'ofsted-la-inspections-2009-2023' && set.idOf(e.council) === 'barking-and-dagenham' && e.published === '2019-04-01';
    const inspections = (list: typeof events) =>
      of(mergeEvents(list, (e) => set.idOf(e.council)), 'barking-and-dagenham').filter((e) => e.kind === 'inspection' && e.published?.startsWith('2019'));

    const joined = inspections(events.map((e) => (isBarking2019(e) ? misprint(e, '2019-06-01') : e)));
    expect(joined.map((e) => e.published)).toEqual(['2019-04-01']);
    expect(joined[0].disagreements).toEqual([
      { field: 'published', message: expect.stringMatching(/ofsted-la-inspections-2009-2023 says 2019-06-01; kept 2019-04-01$/) },
    ]);
    // Graded differently, or published more than 180 days apart, it stays another inspection.
    const regraded = inspections(events.map((e) => (isBarking2019(e) ? misprint(e, '2019-06-01', { ...e.grades, overall: 'inadequate' }) : e)));
    expect(regraded.map((e) => e.published)).toEqual(['2019-04-01', '2019-06-01']);
    const later = inspections(events.map((e) => (isBarking2019(e) ? misprint(e, '2019-10-01') : e)));
    expect(later.map((e) => e.published)).toEqual(['2019-04-01', '2019-10-01']);
  });

  it('matches dates only when they can be one event', () => {
    expect(officialDateScore({ start: '2019-02-18', published: '2019-04-01' }, { published: '2019-04-01' })).toBe(0);
    expect(officialDateScore({ start: '2022-09-20' }, { start: '2022-09-21' })).toBe(1);
    expect(officialDateScore({ start: '2019-02-18' }, { published: '2019-04-01' })).toBe(30);
    expect(officialDateScore({ published: '2019-04-01' }, { published: '2023-09-04' })).toBeUndefined();
    expect(officialDateScore({ start: '2019-05-01' }, { published: '2019-04-01' })).toBeUndefined();
    expect(officialDateScore({ start: '2019-05-01' }, {})).toBeUndefined();
  });
});

describe('the ILACS 2023 split', () => {
  it('judges children in care and care leavers separately from 1 January 2023', async () => {
    const all = await merged(ALL);
    const bexley = of(all, 'bexley').find((e) => e.published === '2023-03-24')!;
    expect(bexley).toMatchObject({
      framework: 'ilacs-2023',
      grades: { overall: 'outstanding', leadership: 'outstanding', 'help-and-protection': 'good', 'children-in-care': 'good', 'care-leavers': 'outstanding' },
    });
  });

  it('before 2023, the "children in care" column is the combined judgement', async () => {
    const all = await merged(ALL);
    // Fieldwork began 5 December 2022, the report came out in 2023: still the combined judgement.
    const blackpool = of(all, 'blackpool').find((e) => e.published === '2023-02-01')!;
    expect(blackpool).toMatchObject({ start_date: '2022-12-05', framework: 'ilacs' });
    expect(blackpool.grades).toEqual({
      overall: 'requires-improvement',
      leadership: 'requires-improvement',
      'help-and-protection': 'requires-improvement',
      'children-in-care-and-care-leavers': 'good',
    });
    const barking = of(all, 'barking-and-dagenham').find((e) => e.published === '2019-04-01')!;
    expect(barking.grades).not.toHaveProperty('children-in-care');
    expect(barking.grades['children-in-care-and-care-leavers']).toBe('requires-improvement');
  });

  it('decides the framework from the start of fieldwork, else what the row gives', () => {
    expect(ilacsFramework('2022-12-31', '2023-02-10', []).framework).toBe('ilacs');
    expect(ilacsFramework('2023-01-01', undefined, []).framework).toBe('ilacs-2023');
    expect(ilacsFramework(undefined, '2023-03-10', ['care-leavers']).framework).toBe('ilacs-2023');
    expect(ilacsFramework(undefined, '2022-11-10', ['children-in-care']).framework).toBe('ilacs');
  });
});

describe('generated words', () => {
  it('say plainly what the row says', async () => {
    const all = await merged(ALL);
    const barking = of(all, 'barking-and-dagenham');
    expect(entryTitle(barking[2])).toBe('ILACS inspection: Requires improvement to be good');
    expect(entrySummary(barking[2])).toBe(
      "Ofsted's standard inspection under ILACS judged overall effectiveness requires improvement to be good. Fieldwork began 18 February 2019; the report was published 1 April 2019.",
    );
    expect(entryTitle(barking[0])).toBe('SLAC inspection: safeguarding good, looked after children adequate');
    expect(entrySummary(barking[1])).toBe(
      "Ofsted's inspection under the single inspection framework (SIF) judged overall effectiveness requires improvement to be good. Published 7 July 2014.",
    );
    expect(entryTitle(barking[3])).toBe('Focused visit: achieving permanence');
    expect(entrySummary(barking[3])).toBe("Ofsted's focused visit looked at achieving permanence; visits are not graded. The visit began 4 May 2022.");
    const cornwall = of(all, 'cornwall');
    expect(entryTitle(cornwall[2])).toBe('SLAC re-inspection of looked after children: Adequate');
    expect(entrySummary(cornwall[1])).toBe(
      "Ofsted's SLAC re-inspection of safeguarding services judged the overall effectiveness of safeguarding inadequate. Published 25 February 2011.",
    );
    // Before the single inspection framework the third grade was "adequate"; the file keeps today's id.
    expect(cornwall[2].grades).toEqual({ 'looked-after-children': 'requires-improvement' });
  });
});
