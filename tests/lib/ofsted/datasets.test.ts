import { describe, expect, it } from 'vitest';
import { parseGrade, parseOfficialDate, type OfficialEvent, type TableRead } from '../../../src/lib/ofsted/datasets.ts';
import { readTableFile } from '../../../src/lib/ofsted/tables.ts';
import { CSV_2023, CSV_2025, LOOKUP, ODS_2023, ODS_2025, fixture, tablesOf } from './fixtures.ts';

const ALL = [...CSV_2023, ...CSV_2025, LOOKUP, ODS_2023, ODS_2025];

async function table(file: string): Promise<TableRead> {
  const [t] = await tablesOf(file);
  return t;
}

/** An event without where it came from, for comparing what rows say. */
const facts = (e: OfficialEvent) => ({
  council: e.council.name,
  kind: e.kind,
  family: e.family,
  variant: e.variant,
  start: e.start,
  published: e.published,
  grades: e.grades,
  theme: e.theme,
});

const eventsOf = (t: TableRead, council: string) => t.events.filter((e) => e.council.name === council).map(facts);

describe('reading the tables as published', () => {
  it('reads an ODS workbook: sheets, date cells and the targets of links', async () => {
    const sheets = await readTableFile(ODS_2025);
    expect(sheets.map((s) => s.name)).toEqual(['ILACS_inspection_history']);
    const barking = sheets[0].rows.find((r) => r.cells.some((c) => c.text === 'Barking and Dagenham'))!;
    expect(barking.cells[0]).toEqual({ text: 'Ofsted Local Authority Webpage', link: 'https://reports.ofsted.gov.uk/provider/44/301' });
    expect(barking.cells[5]).toEqual({ text: '18/02/2019', date: '2019-02-18' });
    // <text:a> links, which the CSV export loses.
    const [sheet2023] = await readTableFile(ODS_2023);
    const north = sheet2023.rows.find((r) => r.cells.some((c) => c.text === 'North Northamptonshire'))!;
    expect(north.cells[0]).toEqual({ text: 'Ofsted Local Authority Webpage', link: 'https://reports.ofsted.gov.uk/provider/44/940' });
  });

  it('reads a CSV export with its title lines and a header spread over several lines', async () => {
    const [sheet] = await readTableFile(fixture('LA_inspections_2009_2023.csv'));
    expect(sheet.rows[0].cells[0].text).toBe("Children's social care data in England 2023 - LA inspections 2009-2023");
    const header = sheet.rows.find((r) => r.cells[1]?.text === 'Local authority name')!;
    expect(header.cells[18].text).toBe('First SIF Overall Judgement\n(OE)');
    expect(header.where).toMatch(/LA_inspections_2009_2023\.csv:\d+$/);
  });
});

describe('recognising the tables', () => {
  it('names each dataset from its title', async () => {
    const ids = (await Promise.all(ALL.map(table))).map((t) => [t.dataset.id, t.dataset.type, t.dataset.edition]);
    expect(ids).toEqual([
      ['ofsted-la-inspections-2009-2023', 'la-inspections', 2023],
      ['ofsted-in-year-2022-23', 'in-year', 2023],
      ['ofsted-as-at-2023-03-31', 'as-at', 2023],
      ['ofsted-ilacs-history-2025', 'ilacs-history', 2025],
      ['ofsted-in-year-2024-25', 'in-year', 2025],
      ['ofsted-as-at-2025-03-31', 'as-at', 2025],
      ['la-lookup', 'lookup', 0],
      ['ofsted-la-inspections-2009-2023', 'la-inspections', 2023],
      ['ofsted-ilacs-history-2025', 'ilacs-history', 2025],
    ]);
  });

  it('maps every column of every table, with no cell it cannot read', async () => {
    for (const file of ALL) {
      const t = await table(file);
      expect(t.unusedColumns, file).toEqual([]);
      expect(t.problems, file).toEqual([]);
      expect(t.rows, file).toBeGreaterThan(0);
    }
  });

  it('reads both tables of the 2009–2023 history, marking councils that no longer exist', async () => {
    const t = await table(fixture('LA_inspections_2009_2023.csv'));
    expect(t.rows).toBe(21);
    expect(t.formerRows).toBe(4);
    expect(t.councils.filter((c) => c.former).map((c) => c.name)).toEqual(['Bournemouth', 'Dorset', 'Poole', 'Northamptonshire']);
    expect(t.councils.find((c) => c.name === 'Dorset' && !c.former)).toBeDefined();
    const history = await table(fixture('ILACS_inspection_history.csv'));
    expect(history.councils.filter((c) => c.former).map((c) => c.name)).toEqual(['Bournemouth', 'Cumbria', 'Northamptonshire']);
  });
});

describe('every column of the 2009–2023 history', () => {
  it('SLAC, SIF and the first ILACS inspection (Barking and Dagenham)', async () => {
    const t = await table(fixture('LA_inspections_2009_2023.csv'));
    const ri = 'requires-improvement';
    expect(eventsOf(t, 'Barking and Dagenham')).toEqual([
      { council: 'Barking and Dagenham', kind: 'inspection', family: 'slac', variant: 'slac', start: undefined, published: '2012-07-27', grades: { safeguarding: 'good', 'looked-after-children': ri }, theme: undefined },
      {
        council: 'Barking and Dagenham', kind: 'inspection', family: 'sif', variant: 'sif', start: undefined, published: '2014-07-07',
        grades: { overall: ri, 'help-and-protection': ri, 'looked-after-and-permanence': ri, adoption: ri, 'care-leavers': ri, leadership: ri, lscb: ri },
        theme: undefined,
      },
      {
        council: 'Barking and Dagenham', kind: 'inspection', family: 'ilacs', variant: 'ilacs', start: undefined, published: '2019-04-01',
        grades: { overall: ri, leadership: ri, 'help-and-protection': ri, 'children-in-care-and-care-leavers': ri },
        theme: undefined,
      },
    ]);
  });

  it('SLAC re-inspections of each service are separate events with one judgement (Cornwall)', async () => {
    const t = await table(fixture('LA_inspections_2009_2023.csv'));
    const cornwall = eventsOf(t, 'Cornwall');
    expect(cornwall.map((e) => [e.variant, e.published, e.grades])).toEqual([
      ['slac', '2009-10-23', { safeguarding: 'inadequate', 'looked-after-children': 'inadequate' }],
      ['slac-safeguarding-reinspection', '2011-02-25', { safeguarding: 'inadequate' }],
      ['slac-lac-reinspection', '2011-02-25', { 'looked-after-children': 'requires-improvement' }],
      ['cpi', '2013-03-15', { overall: 'requires-improvement' }],
      ['sif', '2016-06-27', expect.objectContaining({ overall: 'good', 'help-and-protection': 'requires-improvement', lscb: 'requires-improvement' })],
      ['ilacs', '2019-11-05', { overall: 'outstanding', leadership: 'outstanding', 'help-and-protection': 'good', 'children-in-care-and-care-leavers': 'outstanding' }],
    ]);
    expect(cornwall.at(-1)!.kind).toBe('short-inspection');
  });

  it('CPI and its re-inspection, TLAC, the SIF re-inspection and the second ILACS inspection', async () => {
    const t = await table(fixture('LA_inspections_2009_2023.csv'));
    expect(eventsOf(t, 'Calderdale').filter((e) => e.family === 'cpi').map((e) => [e.variant, e.published, e.grades])).toEqual([
      ['cpi', '2013-01-21', { overall: 'inadequate' }],
      ['cpi-reinspection', '2013-07-26', { overall: 'inadequate' }],
    ]);
    expect(eventsOf(t, 'Northamptonshire').find((e) => e.family === 'tlac')).toMatchObject({ variant: 'tlac', published: '2013-08-23', grades: { overall: 'inadequate' } });
    const ri = 'requires-improvement';
    expect(eventsOf(t, 'Cumbria').find((e) => e.variant === 'sif-reinspection')).toMatchObject({
      published: '2018-01-29',
      grades: { overall: ri, 'help-and-protection': ri, 'looked-after-and-permanence': ri, adoption: 'good', 'care-leavers': ri, leadership: 'good' },
    });
    // The second ILACS columns: children in care and care leavers judged separately.
    expect(eventsOf(t, 'Bexley').at(-1)).toMatchObject({
      kind: 'short-inspection',
      published: '2023-03-24',
      grades: { overall: 'outstanding', leadership: 'outstanding', 'help-and-protection': 'good', 'children-in-care': 'good', 'care-leavers': 'outstanding' },
    });
  });

  it('leaves blank and not-applicable judgements out, never guessing them (Isles of Scilly)', async () => {
    const t = await table(fixture('LA_inspections_2009_2023.csv'));
    const scilly = eventsOf(t, 'Isles of Scilly');
    expect(scilly[0].grades).toEqual({ safeguarding: 'good' });
    expect(scilly[1].grades).toEqual({ overall: 'good', 'help-and-protection': 'good', leadership: 'good', lscb: 'requires-improvement' });
    expect(t.notApplicable).toBe(5);
    // A council created after the SLAC and SIF years has only its ILACS rows.
    expect(eventsOf(t, 'North Northamptonshire').map((e) => e.variant)).toEqual(['ilacs']);
  });
});

describe('every column of the ILACS-era tables', () => {
  it('the ILACS history: fieldwork start, publication, type, judgements, ONS code and status', async () => {
    const t = await table(fixture('ILACS_inspection_history.csv'));
    const [first, second] = t.events.filter((e) => e.council.name === 'Barking and Dagenham');
    expect(facts(first)).toEqual({
      council: 'Barking and Dagenham', kind: 'inspection', family: 'ilacs', variant: 'ilacs', start: '2019-02-18', published: '2019-04-01',
      grades: { overall: 'requires-improvement', leadership: 'requires-improvement', 'help-and-protection': 'requires-improvement', 'children-in-care': 'requires-improvement' },
      theme: undefined,
    });
    expect(second.grades['care-leavers']).toBe('good');
    expect(first.council).toMatchObject({ gss: 'E09000002', region: 'London', link: 'https://reports.ofsted.gov.uk/provider/44/301', former: false });
    expect(t.councils.find((c) => c.name === 'Cumbria')).toMatchObject({ gss: 'E10000006', former: true });
  });

  it('the in-year tables: visits with their themes; 2022-23 gives only the first day', async () => {
    const y2025 = await table(fixture('In_year_inspections.csv'));
    expect(eventsOf(y2025, 'Havering')).toEqual([
      { council: 'Havering', kind: 'monitoring-visit', family: undefined, variant: 'visit', start: '2025-03-26', published: '2025-04-29', grades: {}, theme: 'Children in care' },
    ]);
    expect(eventsOf(y2025, 'Reading')[0]).toMatchObject({ kind: 'inspection', start: '2024-04-22', published: '2024-07-12', grades: { 'care-leavers': 'good' } });
    const y2023 = await table(fixture('LA_level_in_year_2022_23.csv'));
    expect(eventsOf(y2023, 'Blackpool')).toEqual([
      {
        council: 'Blackpool', kind: 'inspection', family: 'ilacs', variant: 'ilacs', start: '2022-12-05', published: undefined,
        grades: { overall: 'requires-improvement', leadership: 'requires-improvement', 'help-and-protection': 'requires-improvement', 'children-in-care': 'good' },
        theme: undefined,
      },
      { council: 'Blackpool', kind: 'monitoring-visit', family: undefined, variant: 'visit', start: '2022-06-14', published: undefined, grades: {}, theme: 'Children in need/subject to a plan' },
    ]);
  });

  it('the "as at" tables: latest judgements, with no inspection type', async () => {
    const t = await table(fixture('Inspections_as_at_31_March.csv'));
    expect(eventsOf(t, 'Bexley')[0]).toMatchObject({ kind: undefined, family: 'ilacs', start: '2023-02-06', published: '2023-03-24' });
  });

  it('the lookup: names, codes and types', async () => {
    const t = await table(LOOKUP);
    expect(t.lookup.find((l) => l.name === 'Bristol, City of')).toMatchObject({ gss: 'E06000023', laCode: '801', urn: '80441', type: 'Unitary Authority', aliases: ['Bristol'] });
  });
});

describe('both date formats', () => {
  it('parses DD/MM/YYYY (CSV), ODS date cells and ISO dates; rejects impossible dates', () => {
    expect(parseOfficialDate({ text: '27/07/2012' })).toBe('2012-07-27');
    expect(parseOfficialDate({ text: '1/4/2019' })).toBe('2019-04-01');
    expect(parseOfficialDate({ text: '27/07/2012', date: '2012-07-27' })).toBe('2012-07-27');
    expect(parseOfficialDate({ text: '2012-07-27' })).toBe('2012-07-27');
    expect(parseOfficialDate({ text: '2012-07-27T00:00:00' })).toBe('2012-07-27');
    expect(parseOfficialDate({ text: '1 April 2019' })).toBe('2019-04-01');
    expect(parseOfficialDate({ text: '' })).toBeUndefined();
    expect(parseOfficialDate({ text: '31/02/2019' })).toEqual({ error: expect.stringContaining('not a date') });
    // A month alone places no event.
    expect(parseOfficialDate({ text: 'April 2019' })).toEqual({ error: "'April 2019' is not a date (allowed: DD/MM/YYYY or YYYY-MM-DD)" });
  });

  it('the ODS workbook and its CSV export give the same events', async () => {
    const fromCsv = await table(fixture('LA_inspections_2009_2023.csv'));
    const fromOds = await table(ODS_2023);
    for (const council of ['Barking and Dagenham', 'Bexley', 'Isles of Scilly', 'North Northamptonshire', 'Northamptonshire']) {
      expect(eventsOf(fromOds, council), council).toEqual(eventsOf(fromCsv, council));
      expect(eventsOf(fromOds, council).length, council).toBeGreaterThan(0);
    }
    const historyCsv = await table(fixture('ILACS_inspection_history.csv'));
    const historyOds = await table(ODS_2025);
    for (const council of ['Barking and Dagenham', 'Cumbria', 'Northamptonshire']) {
      expect(eventsOf(historyOds, council), council).toEqual(eventsOf(historyCsv, council));
    }
  });

  it('reads the grades as Ofsted writes them', () => {
    expect(parseGrade('Requires improvement to be good')).toBe('requires-improvement');
    expect(parseGrade('Outstanding')).toBe('outstanding');
    expect(parseGrade('-')).toBe('not-applicable');
    expect(parseGrade('')).toBeUndefined();
    expect(parseGrade('Adequate')).toEqual({ error: expect.stringContaining("'Adequate' is not a judgement") });
  });
});
