/**
 * Open data and feeds: every entry as JSON and CSV, one CSV row per graded
 * judgement, and Atom feeds that feed readers and validators accept.
 */
import { parse } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { CouncilData } from '../../src/lib/content/schema.ts';
import type { JourneyEntry } from '../../src/lib/journey.ts';
import { COUNCIL_FIELDS, ENTRY_FIELDS, GRADE_FIELDS, atomFeed, councilRecords, councilsCsv, entriesCsv, entryRecords, gradesCsv, recordsJson } from '../../src/lib/open-data.ts';
import { buildSiteModel } from '../../src/lib/site-model.ts';
import { entry, inspection } from './charts/make-entry.ts';

const council = (id: string, name: string, gss_code?: string, region?: string): { id: string; data: CouncilData } => ({
  id,
  data: { name: `${name} Council`, short_name: name, type: 'unitary', gss_code, region },
});

const sif = inspection('reading/2016-06-inspection', 'sif', '2016-08-03', { overall: 'inadequate', leadership: 'inadequate' }, {
  date: '2016-06',
  inspectors: ['Jo Smith', 'Ann Lee'],
});
const visit = entry('reading/2018-08-01-monitoring-visit', {
  kind: 'monitoring-visit',
  date: '2018-08-01',
  title: 'Monitoring visit 4, "quick" & <brief>',
  summary: 'Progress, but slow; "management oversight" still weak.\nSecond line.',
  related: ['reading/2016-06-inspection'],
  ignore_themes: ['early-help'],
}, [{ id: 'management-oversight' }]);
// Text an officer might write that a spreadsheet would take for a formula.
const paper = entry('windsor/2019-01-10-committee-paper', {
  kind: 'committee-paper',
  date: '2019-01-10',
  body: 'council',
  title: '=HYPERLINK("http://evil.example/","Click")',
  summary: '+cmd|\' /C calc\'!A0',
  inspectors: ['@SUM(1+1)', '-2+3'],
});

// Before November 2013 Ofsted's third grade was "adequate"; the file keeps today's id.
const slac = { ...inspection('windsor/2011-05-inspection', 'slac', '2011-05-20', { safeguarding: 'requires-improvement' }), imported: 'ofsted-la-inspections-2009-2023, ofsted-official-statistics-2025' };

const site = buildSiteModel(
  [council('reading', 'Reading', 'E06000038', 'South East'), council('windsor', 'Windsor <& Maidenhead>')],
  [paper, visit, sif, slac],
  [],
);
const urlOf = (e: JourneyEntry) => `https://example.gov.uk/journeys/councils/${e.id}/`;

describe('entries as open data', () => {
  const records = entryRecords(site, urlOf);

  it('has every entry oldest first, with its council, ONS code, region, themes and absolute address', () => {
    expect(records.map((r) => r.id)).toEqual([slac.id, sif.id, visit.id, paper.id]);
    expect(records[1]).toMatchObject({
      url: 'https://example.gov.uk/journeys/councils/reading/2016-06-inspection/',
      council_name: 'Reading Council',
      gss_code: 'E06000038',
      region: 'South East',
      framework: 'sif',
      grades: { overall: 'inadequate', leadership: 'inadequate' },
      inspectors: ['Jo Smith', 'Ann Lee'],
    });
    expect(records[2]).toMatchObject({ detected_themes: ['management-oversight'], ignore_themes: ['early-help'], related: [sif.id] });
    // One date to sort and count by: date, else published, else the first day.
    expect(records.map((r) => [r.date, r.published, r.timeline_date])).toEqual([[null, '2011-05-20', '2011-05-20'], ['2016-06', '2016-08-03', '2016-06'], ['2018-08-01', null, '2018-08-01'], ['2019-01-10', null, '2019-01-10']]);
    expect(records[3]).toMatchObject({ council_name: 'Windsor <& Maidenhead> Council', gss_code: null, region: null, body: 'council' });
  });

  it('round-trips through JSON', () => {
    expect(JSON.parse(recordsJson(records))).toEqual(records);
  });

  it('writes one CSV row per entry that a CSV reader gets back whole: commas, quotes and line breaks included', () => {
    const rows: Record<string, string>[] = parse(entriesCsv(records), { columns: true });
    expect(rows).toHaveLength(4);
    expect(rows[2].title).toBe(visit.title);
    expect(rows[2].summary).toBe(visit.summary);
    expect(rows[1].grades).toBe('overall=inadequate; leadership=inadequate');
    expect(rows[1].inspectors).toBe('Jo Smith; Ann Lee');
    expect(rows[1].visit_number).toBe('');
    // Every list alike: the datasets an import took the facts from too.
    expect(rows[0].imported).toBe('ofsted-la-inspections-2009-2023; ofsted-official-statistics-2025');
    expect(records[0].imported).toEqual(['ofsted-la-inspections-2009-2023', 'ofsted-official-statistics-2025']);
    expect(records[1].imported).toEqual([]);
  });

  it('keeps spreadsheets from running a cell as a formula', () => {
    const row = (parse(entriesCsv(records), { columns: true }) as Record<string, string>[])[3];
    expect(row.title).toBe(`'${paper.title}`);
    expect(row.summary).toBe(`'${paper.summary}`);
    expect(row.inspectors).toBe("'@SUM(1+1); -2+3");
  });
});

describe('grades as open data', () => {
  it('has one row per graded judgement, with the council, its ONS code, the dates, framework, area and grade', () => {
    const rows: Record<string, string>[] = parse(gradesCsv(site, urlOf), { columns: true });
    expect(rows).toEqual([
      expect.objectContaining({ council: 'windsor', framework: 'slac', area: 'safeguarding', grade: 'requires-improvement', grade_label: 'Adequate' }),
      expect.objectContaining({ council: 'reading', gss_code: 'E06000038', region: 'South East', date: '2016-06', published: '2016-08-03', framework: 'sif', area: 'overall', grade: 'inadequate', grade_label: 'Inadequate', entry: urlOf(sif) }),
      expect.objectContaining({ council: 'reading', area: 'leadership', grade: 'inadequate' }),
    ]);
  });
});

describe('ONS codes of the time', () => {
  // North Yorkshire kept its name but not its code when it became a unitary council on 1 April 2023.
  const yorks: { id: string; data: CouncilData } = {
    id: 'north-yorkshire',
    data: { name: 'North Yorkshire', short_name: 'North Yorkshire', type: 'unitary', gss_code: 'E06000065', former_gss_codes: [{ gss_code: 'E10000023', until: '2023-04-01' }] },
  };
  const before = inspection('north-yorkshire/2018-07-06-short-inspection', 'ilacs', '2018-08-06', { overall: 'outstanding' }, { kind: 'short-inspection', date: '2018-07-06' });
  // Dated by its date, the last day of the visit, not by its publication after the change.
  const lastDay = entry('north-yorkshire/2023-03-31-focused-visit', { kind: 'focused-visit', date: '2023-03-31', published: '2023-05-02' });
  const changeDay = entry('north-yorkshire/2023-04-01-committee-paper', { kind: 'committee-paper', body: 'council', date: '2023-04-01' });
  const after = inspection('north-yorkshire/2023-07-14-short-inspection', 'ilacs-2023', '2023-08-18', { overall: 'outstanding' }, { kind: 'short-inspection', date: '2023-07-14' });
  const recoded = buildSiteModel([yorks], [after, changeDay, lastDay, before], []);

  it('gives each entry the code in force on its date: the new code from the change day itself', () => {
    expect(entryRecords(recoded, urlOf).map((r) => [r.timeline_date, r.gss_code])).toEqual([
      ['2018-07-06', 'E10000023'],
      ['2023-03-31', 'E10000023'],
      ['2023-04-01', 'E06000065'],
      ['2023-07-14', 'E06000065'],
    ]);
  });

  it('gives each grade the code in force on its entry’s date', () => {
    const rows: Record<string, string>[] = parse(gradesCsv(recoded, urlOf), { columns: true });
    expect(rows.map((r) => [r.date, r.gss_code])).toEqual([['2018-07-06', 'E10000023'], ['2023-07-14', 'E06000065']]);
  });
});

describe('councils as open data', () => {
  const recoded = { id: 'bucks', data: { name: 'Buckinghamshire', short_name: 'Buckinghamshire', type: 'unitary', gss_code: 'E06000060', former_gss_codes: [{ gss_code: 'E10000002', until: '2020-04-01' }] } } as { id: string; data: CouncilData };
  const gone = { id: 'poole', data: { name: 'Poole', short_name: 'Poole', type: 'unitary', abolished: '2019-04-01', successors: ['bcp'] } } as { id: string; data: CouncilData };
  const councils = buildSiteModel([...site.councils, recoded, gone], site.entries, []);
  const records = councilRecords(councils, (id) => `https://example.gov.uk/journeys/councils/${id}/`, (id) => `https://example.gov.uk/journeys/councils/${id}/feed.xml`);

  it('has every council A to Z, with its codes, whether it still exists, its entries and its addresses', () => {
    expect(records.map((r) => [r.id, r.entries])).toEqual([['bucks', 0], ['poole', 0], ['reading', 2], ['windsor', 2]]);
    expect(records[0]).toMatchObject({ gss_code: 'E06000060', former_gss_codes: [{ gss_code: 'E10000002', until: '2020-04-01' }], abolished: null, successors: [] });
    expect(records[1]).toMatchObject({ gss_code: null, abolished: '2019-04-01', successors: ['bcp'] });
    expect(records[2]).toMatchObject({ name: 'Reading Council', short_name: 'Reading', region: 'South East', url: 'https://example.gov.uk/journeys/councils/reading/', feed: 'https://example.gov.uk/journeys/councils/reading/feed.xml' });
  });

  it('writes the CSV with a council a row and its former codes as code=day pairs', () => {
    const rows: Record<string, string>[] = parse(councilsCsv(records), { columns: true });
    expect(rows.map((r) => [r.id, r.former_gss_codes, r.abolished, r.successors, r.entries])).toEqual([
      ['bucks', 'E10000002=2020-04-01', '', '', '0'],
      ['poole', '', '2019-04-01', 'bcp', '0'],
      ['reading', '', '', '', '2'],
      ['windsor', '', '', '', '2'],
    ]);
  });
});

describe('descriptions of the files, for the /data/ page', () => {
  const header = (csv: string) => parse(csv, { to_line: 1 })[0];

  it('describe every field and column the files have, in the order the CSV files write them', () => {
    const records = entryRecords(site, urlOf);
    expect(Object.keys(ENTRY_FIELDS).sort()).toEqual(Object.keys(records[0]).sort());
    expect(header(entriesCsv(records))).toEqual(Object.keys(ENTRY_FIELDS));
    expect(header(gradesCsv(site, urlOf))).toEqual(Object.keys(GRADE_FIELDS));
    const councils = councilRecords(site, (id) => id, (id) => id);
    expect(Object.keys(COUNCIL_FIELDS).sort()).toEqual(Object.keys(councils[0]).sort());
    expect(header(councilsCsv(councils))).toEqual(Object.keys(COUNCIL_FIELDS));
  });
});

describe('Atom feeds', () => {
  const xml = atomFeed({
    title: 'Windsor <& Maidenhead>: latest entries',
    feedUrl: 'https://example.gov.uk/journeys/feed.xml',
    pageUrl: 'https://example.gov.uk/journeys/',
    entries: site.entries,
    urlOf,
    councilName: (id) => site.council(id)!.data.short_name,
    count: 2,
  });
  const { feed } = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);

  it('has what RFC 4287 requires of a feed: id, title, updated, an author and a link to itself', () => {
    expect(feed.id).toBe('https://example.gov.uk/journeys/feed.xml');
    expect(feed.author.name).toBe('Improvement Journeys');
    expect(feed.link).toContainEqual({ rel: 'self', href: 'https://example.gov.uk/journeys/feed.xml' });
    expect(feed.link).toContainEqual({ rel: 'alternate', href: 'https://example.gov.uk/journeys/' });
  });

  it('shows the feed title as written, escaped once', () => {
    expect(xml).toContain('<title>Windsor &lt;&amp; Maidenhead&gt;: latest entries</title>');
    expect(feed.title).toBe('Windsor <& Maidenhead>: latest entries');
  });

  it('lists the newest entries first, dated by the entry and never by the clock', () => {
    expect(feed.entry.map((e: { id: string }) => e.id)).toEqual([urlOf(paper), urlOf(visit)]);
    expect(feed.updated).toBe('2019-01-10T00:00:00.000Z');
    expect(feed.entry[1].updated).toBe('2018-08-01T00:00:00.000Z');
  });

  it("dates an entry by its letter's publication where it has one, and gives that as when it was published", () => {
    const all = new XMLParser().parse(atomFeed({ title: 'All', feedUrl: 'https://x.example/feed.xml', pageUrl: 'https://x.example/', entries: site.entries, urlOf, councilName: (id) => id }));
    const inspected = all.feed.entry.find((e: { id: string }) => e.id === urlOf(sif));
    // Inspected in June 2016, published on 3 August.
    expect(inspected.updated).toBe('2016-08-03T00:00:00.000Z');
    expect(inspected.published).toBe('2016-08-03T00:00:00.000Z');
    expect(feed.entry[1].published).toBeUndefined();
  });

  it('keeps front-matter text as text in entry titles and summaries', () => {
    // Entries' titles and summaries are HTML in the feed, so markup is escaped within them.
    expect(feed.entry[1].title['#text']).toBe('Reading: Monitoring visit 4, &quot;quick&quot; &amp; &lt;brief&gt;');
    expect(feed.entry[1].summary['#text']).toContain('Monitoring visit. Progress, but slow;');
  });
});
