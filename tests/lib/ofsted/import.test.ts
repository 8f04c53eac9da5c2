import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/content/validate.ts';
import { runImport } from '../../../src/lib/ofsted/import.ts';
import { CSV_2023, CSV_2025, LOOKUP, ODS_2023, ODS_2025, contentCopy, fixture, removeCopies, snapshot } from './fixtures.ts';

afterAll(removeCopies);

const ALL = [...CSV_2023, ...CSV_2025, LOOKUP];

async function importInto(dir: string, files = ALL, dryRun = false) {
  return runImport({ files, contentDir: dir, dryRun });
}

const read = (dir: string, rel: string) => readFile(path.join(dir, rel), 'utf8');

describe('a full import', () => {
  it('writes every council and event, and every file passes the checks', async () => {
    const dir = await contentCopy();
    const summary = await importInto(dir);
    expect(summary.problems).toEqual([]);
    expect(summary.councils).toMatchObject({ total: 23, former: 5 });
    expect(summary.councils.added).toHaveLength(19);
    expect(summary.entries.total).toBe(summary.entries.added.length + summary.entries.updated.length + summary.entries.unchanged.length);
    const content = await loadContent(dir);
    expect(content.problems).toEqual([]);
    expect(content.councils).toHaveLength(23);
    // Four hand-written entries merged, one (2018) left alone: five files were there before.
    expect(content.entries).toHaveLength(summary.entries.added.length + 5);

    const council = await read(dir, 'councils/north-northamptonshire.yaml');
    expect(council).toContain('predecessors: [northamptonshire]');
    const former = await read(dir, 'councils/dorset-county-council.yaml');
    expect(former).toContain('abolished: 2019-04-01');
    expect(former).toContain('successors: [bournemouth-christchurch-and-poole, dorset]');

    const entry = await read(dir, 'entries/bexley/2023-03-24-short-inspection.md');
    expect(entry).toContain('framework: ilacs-2023');
    expect(entry).toContain('start_date: 2023-02-06');
    expect(entry).toContain('  care-leavers: outstanding');
    expect(entry).toContain('title: "ILACS short inspection: Outstanding"');
    expect(entry).toMatch(/^imported: ofsted-as-at-2023-03-31, ofsted-in-year-2022-23, ofsted-la-inspections-2009-2023, ofsted-as-at-2025-03-31, ofsted-ilacs-history-2025$/m);
    expect(entry).toContain('source:\n  url: https://reports.ofsted.gov.uk/provider/44/303\n');
    // The text is the officer's to write; the page says where the facts came from.
    expect(entry.split('---\n')[2]).toBe('');

    // The 2022-23 in-year table gives only the first day of a visit: the entry is anchored by start_date.
    const visit = await read(dir, 'entries/blackpool/2022-06-14-monitoring-visit.md');
    expect(visit).toContain('start_date: 2022-06-14');
    expect(visit).not.toMatch(/^(date|published):/m);
    expect(visit).toContain('themes: [plans]');

    // A visit theme with no theme id is reported, not invented.
    expect(summary.unmappedThemes).toEqual([{ label: 'Children in care', visits: 1 }]);
    expect(await read(dir, 'entries/havering/2025-04-29-monitoring-visit.md')).not.toContain('themes:');
  });

  it('reads the ODS workbooks as well as their CSV exports', async () => {
    const dir = await contentCopy();
    const summary = await importInto(dir, [ODS_2023, ODS_2025, LOOKUP]);
    expect(summary.problems).toEqual([]);
    expect((await loadContent(dir)).problems).toEqual([]);
    expect(await read(dir, 'councils/north-northamptonshire.yaml')).toContain('ofsted_url: https://reports.ofsted.gov.uk/provider/44/940');
    expect(await read(dir, 'entries/northamptonshire/2019-07-29-inspection.md')).toContain('start_date: 2019-06-17');
  });
});

describe('hand-written entries', () => {
  it('are merged rather than duplicated, officer text untouched, conflicts reported', async () => {
    const dir = await contentCopy();
    const before = await snapshot(dir);
    const summary = await importInto(dir);

    // Havering's 2016 SIF: published 2016-12 matches Ofsted's 09/12/2016.
    const havering = await readdir(path.join(dir, 'entries/havering'));
    expect(havering.filter((n) => n.startsWith('2016'))).toEqual(['2016-12-inspection.md']);
    const text = await read(dir, 'entries/havering/2016-12-inspection.md');
    expect(summary.conflicts).toContain(
      `${path.join(dir, 'entries/havering/2016-12-inspection.md')}: grades.care-leavers: the entry says requires-improvement (Requires improvement to be good), Ofsted's tables say inadequate (Inadequate) (ofsted-la-inspections-2009-2023); kept the entry's`,
    );
    expect(text).toContain('  care-leavers: requires-improvement\n');
    // The official grades the officer did not write are added, in the framework's order, around the officer's comment.
    expect(text).toContain(
      [
        'grades:',
        '  overall: requires-improvement',
        '  help-and-protection: requires-improvement',
        '  looked-after-and-permanence: requires-improvement',
        '  adoption: requires-improvement',
        "  # Deliberately not what Ofsted's table says (inadequate), to test that a conflict is reported and the officer's grade kept.",
        '  care-leavers: requires-improvement',
        '  leadership: requires-improvement',
        '  lscb: requires-improvement',
      ].join('\n'),
    );
    expect(text).toContain('imported: ofsted-la-inspections-2009-2023\n');
    // Title, summary, body and the officer's field order are untouched.
    const original = before['entries/havering/2016-12-inspection.md'];
    for (const line of original.split('\n').filter((l) => /^(title|summary|published|themes):/.test(l))) expect(text).toContain(line);
    expect(text.split('---\n')[2]).toBe(original.split('---\n')[2]);
    expect(text.indexOf('summary:')).toBeLessThan(text.indexOf('themes:'));

    // Reading: date 2016-06 / published 2016-08 matches Ofsted's publication on 05/08/2016.
    const reading = await read(dir, 'entries/reading/2016-06-inspection.md');
    expect((await readdir(path.join(dir, 'entries/reading'))).filter((n) => n.startsWith('2016'))).toEqual(['2016-06-inspection.md']);
    expect(reading).toContain('date: 2016-06\npublished: 2016-08\n');
    expect(reading).toContain('  overall: inadequate\n  help-and-protection: inadequate\n');
    // Windsor and Maidenhead: date 2015-05 matches a publication date of 13/05/2015, which is added.
    const wm = await read(dir, 'entries/windsor-and-maidenhead/2015-05-inspection.md');
    expect(wm).toContain('date: 2015-05\npublished: 2015-05-13\n');
    expect((await readdir(path.join(dir, 'entries/windsor-and-maidenhead'))).filter((n) => n.startsWith('2015'))).toEqual(['2015-05-inspection.md']);
    // A hand-written visit: its themes kept, Ofsted's added.
    const visit = await read(dir, 'entries/barking-and-dagenham/2025-03-27-focused-visit.md');
    expect(visit).toContain('themes: [management-oversight, plans]');
    expect(visit).toContain('published: 2025-04-29');
    expect(await readdir(path.join(dir, 'entries/barking-and-dagenham'))).not.toContain('2025-04-29-focused-visit.md');
    // An entry no table lists is left as it was.
    expect(await read(dir, 'entries/havering/2018-03-monitoring-visit.md')).toBe(before['entries/havering/2018-03-monitoring-visit.md']);

    // An officer's council file: name and short name kept, missing facts added, comment kept.
    const council = await read(dir, 'councils/barking-and-dagenham.yaml');
    expect(council).toBe(
      '# Written by an officer.\nname: London Borough of Barking and Dagenham\nshort_name: Barking and Dagenham\ngss_code: E09000002\ntype: london-borough\nregion: London\nofsted_url: https://reports.ofsted.gov.uk/provider/44/301\n',
    );
    expect(await read(dir, 'councils/reading.yaml')).toBe(before['councils/reading.yaml']);
  });

  it('are named, not duplicated, when they hold a visit the import cannot match', async () => {
    const dir = await contentCopy();
    // Ofsted's ILACS inspection began 2019-02-18 and was published 2019-04-01; the officer mistyped the publication.
    const officer = 'entries/barking-and-dagenham/2019-03-01-inspection.md';
    await writeFile(
      path.join(dir, officer),
      '---\ntitle: Inspection\nkind: inspection\nstart_date: 2019-02-18\ndate: 2019-03-01\npublished: 2019-05-20\nbody: ofsted\nsummary: The officer\'s account.\n---\nText.\n',
    );
    const summary = await importInto(dir);
    expect(summary.problems).toEqual([
      `not written: ${path.join(dir, 'entries/barking-and-dagenham/2019-04-01-inspection.md')}: ${path.join(dir, officer)} already holds this inspection (it has the same start_date 2019-02-18), but the import could not match it to Ofsted's: check its dates, framework and grades against Ofsted's tables, and the next import updates it (a second entry for one inspection would not pass npm run check)`,
    ]);
    expect((await loadContent(dir)).problems).toEqual([]);
  });
});

describe('re-import', () => {
  it('changes nothing the second time (byte-identical files)', async () => {
    const dir = await contentCopy();
    await importInto(dir);
    const first = await snapshot(dir);
    const again = await importInto(dir);
    expect(again.writes).toEqual([]);
    expect(again.entries.added).toEqual([]);
    expect(again.entries.updated).toEqual([]);
    expect(again.councils.added).toEqual([]);
    expect(again.councils.updated).toEqual([]);
    expect(await snapshot(dir)).toEqual(first);
    // The same conflict is reported again, still not applied.
    expect(again.conflicts.some((c) => c.includes('grades.care-leavers'))).toBe(true);
  });

  it('with a dry run, reports the same and writes nothing', async () => {
    const dir = await contentCopy();
    const before = await snapshot(dir);
    const dry = await importInto(dir, ALL, true);
    expect(await snapshot(dir)).toEqual(before);
    const real = await importInto(dir);
    expect(dry.entries.added).toEqual(real.entries.added);
    expect(dry.entries.updated).toEqual(real.entries.updated);
    expect(dry.conflicts).toEqual(real.conflicts);
    expect(dry.writes.map((w) => w.text)).toEqual(real.writes.map((w) => w.text));
  });

  it("with next year's file: adds new rows, updates the fields it owns, keeps the officer's", async () => {
    const dir = await contentCopy();
    await importInto(dir, [...CSV_2023, LOOKUP]);
    const barkingIlacs = 'entries/barking-and-dagenham/2019-04-01-inspection.md';
    const was = await read(dir, barkingIlacs);
    expect(was).toContain('imported: ofsted-as-at-2023-03-31, ofsted-la-inspections-2009-2023\n');

    // An officer edits an imported entry: title, a theme, the text; and (wrongly) a grade.
    const edited = was
      .replace(/^title: .*$/m, 'title: "Inspection: the council\'s own title"')
      .replace('summary:', 'themes: [management-oversight]\nsummary:')
      .replace('  overall: requires-improvement', '  overall: good')
      .concat('\nAn officer added this paragraph.\n');
    await writeFile(path.join(dir, barkingIlacs), edited);

    const next = await importInto(dir, ALL);
    expect(next.problems).toEqual([]);
    const now = await read(dir, barkingIlacs);
    expect(now).toContain('title: "Inspection: the council\'s own title"');
    expect(now).toContain('themes: [management-oversight]');
    expect(now).toContain('An officer added this paragraph.');
    // Grades of a file the importer created are the importer's: the official grade is restored.
    expect(now).toContain('  overall: requires-improvement');
    expect(now).toContain('imported: ofsted-as-at-2023-03-31, ofsted-la-inspections-2009-2023, ofsted-ilacs-history-2025\n');
    expect(next.entries.updated.map((u) => u.file)).toContain(path.join(dir, barkingIlacs));
    // New rows of the 2025 tables are added; nothing is duplicated.
    expect(next.entries.added).toContain(path.join(dir, 'entries/barking-and-dagenham/2023-09-04-inspection.md'));
    const files = await readdir(path.join(dir, 'entries/barking-and-dagenham'));
    expect(files).toEqual([
      '2012-07-27-inspection.md',
      '2014-07-07-inspection.md',
      '2019-04-01-inspection.md',
      '2022-05-04-focused-visit.md',
      '2023-09-04-inspection.md',
      '2025-03-27-focused-visit.md',
    ]);
    expect((await loadContent(dir)).problems).toEqual([]);

    const again = await importInto(dir, ALL);
    expect(again.writes).toEqual([]);
  });

  it("keeps the officer's former_gss_codes in a council file it updates", async () => {
    const dir = await contentCopy();
    await importInto(dir);
    const rel = 'councils/bexley.yaml';
    const was = await read(dir, rel);
    expect(was).toContain('gss_code: E09000004\ntype: london-borough\nregion: London\n');
    // The officer adds the council's earlier codes (made up: Bexley never changed its code), and a region the import owns goes wrong.
    const former = 'former_gss_codes:\n  - gss_code: E09000099\n    until: 2001-04-01\n';
    await writeFile(path.join(dir, rel), was.replace('gss_code: E09000004\n', `gss_code: E09000004\n${former}`).replace('region: London', 'region: Nowhere'));

    const next = await importInto(dir);
    expect(next.councils.updated).toEqual([{ file: path.join(dir, rel), fields: ['region'] }]);
    const now = await read(dir, rel);
    expect(now).toContain(`gss_code: E09000004\n${former}type: london-borough\nregion: London\n`);
    expect((await loadContent(dir)).councils.find((c) => c.id === 'bexley')?.data.former_gss_codes).toEqual([{ gss_code: 'E09000099', until: '2001-04-01' }]);
  });

  it('never renames a file: a date that would move its anchor is reported, not written', async () => {
    const dir = await contentCopy();
    // The 2022-23 in-year table alone gives Bexley's 2023 short inspection its start date only.
    await importInto(dir, [fixture('LA_level_in_year_2022_23.csv'), LOOKUP]);
    const anchored = 'entries/bexley/2023-02-06-short-inspection.md';
    expect(await read(dir, anchored)).toContain('start_date: 2023-02-06\n');
    const next = await importInto(dir, ALL);
    const after = await read(dir, anchored);
    expect(after).toContain('start_date: 2023-02-06\n');
    expect(after).not.toMatch(/^published:/m);
    expect(after).toMatch(/^imported: .*ofsted-ilacs-history-2025$/m);
    expect(next.notWritten).toContain(
      `${path.join(dir, anchored)}: published: Ofsted's tables give 2023-03-24; not added, as the file is named by its start_date and adding it would rename the file`,
    );
    const files = await readdir(path.join(dir, 'entries/bexley'));
    expect(files.filter((f) => f.startsWith('2023'))).toEqual(['2023-02-06-short-inspection.md']);
    expect((await loadContent(dir)).problems).toEqual([]);
  });
});
