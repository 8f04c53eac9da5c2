/**
 * Merging official entries and councils into files already written: which
 * entry is which event, and what a re-import may change in an officer's
 * file and in its own. The whole import is tested in import.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { ENTRY_FIELD_NAMES, type CouncilData, type EntryData } from '../../../src/lib/content/schema.ts';
import type { OfficialCouncil } from '../../../src/lib/ofsted/councils.ts';
import type { Dataset } from '../../../src/lib/ofsted/datasets.ts';
import type { OfficialEntry } from '../../../src/lib/ofsted/events.ts';
import { ENTRY_MARKER_COMMENT, editCouncil, editEntry, entryDateScore, importedValue, matchScore, sourceFor } from '../../../src/lib/ofsted/merge.ts';

const dataset: Dataset = { id: 'ofsted-in-year-2019-20', type: 'in-year', title: 'In-year', edition: 2020, file: 'in-year.csv', sheet: 'Sheet1' };
const council: OfficialCouncil = { id: 'reading', name: 'Reading', short_name: 'Reading', type: 'unitary', region: 'South East', ofsted_url: 'https://reports.ofsted.gov.uk/provider/44/80570', former: false };
const ctx = { council, themeIds: new Set<string>() };

const official = (changes: Partial<OfficialEntry> = {}): OfficialEntry => ({
  council: 'reading',
  kind: 'monitoring-visit',
  variant: 'visit',
  start_date: '2019-10-21',
  published: '2019-11-20',
  grades: {},
  themes: [],
  datasets: [dataset],
  events: [],
  disagreements: [],
  notes: [],
  ...changes,
});

const entry = (changes: Partial<EntryData> = {}) => ({ title: 'Monitoring visit', kind: 'monitoring-visit', date: '2019-10-22', body: 'ofsted', summary: 'Progress.', ...changes }) as EntryData;

/** An entry file with the front-matter of `data`, in the contract's order; `owned` marks it as the importer's. */
function fileOf(data: EntryData, owned = false): string {
  const fields = ENTRY_FIELD_NAMES.filter((key) => data[key as keyof EntryData] !== undefined);
  const lines = fields.map((key) => {
    const value = data[key as keyof EntryData];
    return `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`;
  });
  return `---\n${owned ? `${ENTRY_MARKER_COMMENT}\n` : ''}${lines.join('\n')}\n---\nThe officer's text.\n`;
}

describe('entryDateScore', () => {
  it("takes an officer's date between the start of fieldwork and publication", () => {
    expect(entryDateScore({ date: '2019-10-22' }, official())).toBe(2);
    expect(entryDateScore({ date: '2019-11' }, official())).toBe(2);
  });

  it('scores shared dates by the days between them, up to a week for the start and a fortnight for publication', () => {
    expect(entryDateScore({ start_date: '2019-10-21', published: '2019-11-20' }, official())).toBe(4);
    expect(entryDateScore({ published: '2019-12-04' }, official())).toBe(16);
    expect(entryDateScore({ published: '2019-12-05' }, official())).toBeUndefined();
    expect(entryDateScore({ start_date: '2019-10-29' }, official())).toBeUndefined();
  });

  it('refuses a date before fieldwork, or long after it, and dates with nothing to compare', () => {
    expect(entryDateScore({ date: '2019-10-20' }, official())).toBeUndefined();
    expect(entryDateScore({ date: '2019-12-21' }, official({ published: undefined }))).toBeUndefined();
    expect(entryDateScore({}, official())).toBeUndefined();
  });
});

describe('matchScore', () => {
  it('matches the same kind, and an inspection with a short inspection at a cost', () => {
    expect(matchScore(entry(), false, official())).toBe(2);
    expect(matchScore(entry({ kind: 'focused-visit' }), false, official())).toBeUndefined();
    const inspection = official({ kind: 'inspection', variant: 'ilacs', framework: 'ilacs' });
    expect(matchScore(entry({ kind: 'short-inspection' }), false, inspection)).toBe(7);
  });

  it("refuses another framework, unless the importer's own file has an earlier name of it", () => {
    const inspection = official({ kind: 'inspection', variant: 'ilacs', framework: 'ilacs-2023' });
    expect(matchScore(entry({ kind: 'inspection', framework: 'ilacs' }), false, inspection)).toBeUndefined();
    expect(matchScore(entry({ kind: 'inspection', framework: 'ilacs' }), true, inspection)).toBe(2);
    expect(matchScore(entry({ kind: 'inspection', framework: 'sif' }), true, inspection)).toBeUndefined();
    expect(matchScore(entry({ kind: 'inspection', framework: 'ilacs' }), false, official({ kind: 'inspection' }))).toBeUndefined();
  });

  it("counts the areas graded differently, in the importer's own files only", () => {
    const inspection = official({ kind: 'inspection', variant: 'slac', framework: 'slac', grades: { safeguarding: 'good' } });
    const other = entry({ kind: 'inspection', framework: 'slac', grades: { 'looked-after-children': 'good' } });
    expect(matchScore(other, true, inspection)).toBe(2.5);
    expect(matchScore(other, false, inspection)).toBe(2);
  });
});

describe('importedValue', () => {
  it('lists each table once, oldest edition first, a season by the year it ends', () => {
    expect(importedValue('ofsted-ilacs-history-2025, ofsted-in-year-2022-23', ['ofsted-la-inspections-2009-2023', 'ofsted-in-year-2022-23', 'ofsted-in-year-2021-22'])).toBe(
      'ofsted-in-year-2021-22, ofsted-in-year-2022-23, ofsted-la-inspections-2009-2023, ofsted-ilacs-history-2025',
    );
  });
});

describe('sourceFor', () => {
  it("is the council's Ofsted page, when it has one", () => {
    expect(sourceFor(council)).toEqual({ url: council.ofsted_url, title: "Ofsted's reports for Reading" });
    expect(sourceFor({ short_name: 'Reading' })).toBeUndefined();
  });
});

describe('editEntry', () => {
  it("in an officer's file, adds what is missing, keeps what differs and says so, and leaves the text", () => {
    const data = entry({ kind: 'short-inspection', date: '2019-10-22', published: '2019-11-25' });
    const result = editEntry(fileOf(data), data, official({ kind: 'inspection' }), ctx);
    expect(result).toMatchObject({ changed: ['start_date', 'source', 'imported'], notWritten: [] });
    expect('error' in result ? [] : result.conflicts).toEqual([
      { field: 'published', message: "the entry says 2019-11-25, Ofsted's tables say 2019-11-20; kept the entry's" },
      { field: 'kind', message: "the entry says short-inspection, Ofsted's tables say inspection; kept the entry's (the file name is anchored on it)" },
    ]);
    const text = 'error' in result ? '' : result.text!;
    expect(text).toContain('date: 2019-10-22\nstart_date: 2019-10-21\npublished: 2019-11-25\n');
    expect(text).toContain('imported: ofsted-in-year-2019-20\n');
    expect(text.endsWith("---\nThe officer's text.\n")).toBe(true);
  });

  it("keeps an officer's month that holds Ofsted's day, and changes nothing when nothing is new", () => {
    const data = entry({ published: '2019-11', start_date: '2019-10-21', source: sourceFor(council), imported: 'ofsted-in-year-2019-20' });
    expect(editEntry(fileOf(data), data, official(), ctx)).toEqual({ changed: [], conflicts: [], notWritten: [], unmappedThemes: [] });
  });

  it('in its own file, never moves the date the file is named by, nor writes a date out of order', () => {
    const data = entry({ date: undefined, published: '2019-11-21', start_date: '2019-10-21' });
    const result = editEntry(fileOf(data, true), data, official({ start_date: '2019-11-22' }), ctx);
    expect('error' in result ? [] : result.notWritten).toEqual([
      { field: 'start_date', message: "Ofsted's tables give 2019-11-22, which does not fit the entry's other dates; not changed" },
      { field: 'published', message: "Ofsted's tables give 2019-11-20, the file says 2019-11-21; not changed, as the file name is anchored on it (rename the file by hand if Ofsted is right)" },
    ]);
  });

  it('says when the front-matter cannot be read for editing', () => {
    expect(editEntry('no front-matter\n', entry(), official(), ctx)).toEqual({ error: 'its front-matter could not be read for editing' });
  });
});

describe('editCouncil', () => {
  const data = { name: 'Reading Borough Council', short_name: 'Reading', type: 'unitary', region: 'London', ofsted_url: 'http://reports.ofsted.gov.uk/provider/44/80570/' } as CouncilData;
  const text = 'name: Reading Borough Council\nshort_name: Reading\ntype: unitary\nregion: London\nofsted_url: http://reports.ofsted.gov.uk/provider/44/80570/\n';
  const sameLink = (a: string, b: string) => a.replace(/^http:/, 'https:').replace(/\/$/, '') === b;
  const reorganised = { ...council, successors: ['west-reading'] };

  it("in an officer's file, adds what is missing, keeps what differs and a link to the same page", () => {
    const result = editCouncil(text, data, reorganised, sameLink);
    expect(result).toMatchObject({ changed: ['successors'], conflicts: [{ field: 'region', message: "the file says London, Ofsted's tables say South East; kept the file's" }] });
    expect('error' in result ? '' : result.text).toBe(`${text}successors: [west-reading]\n`);
  });

  it('in its own file, writes the official values', () => {
    const result = editCouncil(`# Imported by npm run import:ofsted\n${text}`, data, reorganised, sameLink);
    expect(result).toMatchObject({ changed: ['region', 'successors'], conflicts: [] });
    expect('error' in result ? '' : result.text).toContain('region: South East\n');
  });
});
