/**
 * Checking content files against the contract: every problem names its
 * file, line and field and says what is allowed; loadContent collects every
 * problem across files at once, sorted by file and line.
 */
import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ContentProblemsError,
  formatProblem,
  formatProblems,
  sortProblems,
  suggestion,
  type Problem,
} from '../../../src/lib/content/problems.ts';
import { bodyTemplate, UNTOUCHED_TEMPLATE_MESSAGE } from '../../../src/lib/content/body-notes.ts';
import { parseMarkdown, parseYaml } from '../../../src/lib/content/read.ts';
import { entrySchema } from '../../../src/lib/content/schema.ts';
import { ENTRY_PATTERN } from '../../../src/lib/content/entry-names.ts';
import { loadContent, loadCouncils, loadThemes } from '../../../src/lib/content/validate.ts';
import { BODY_IDS, FRAMEWORK_IDS, GRADES, KIND_IDS } from '../../../src/lib/vocabulary.ts';
import {
  COUNCIL_YAML,
  THEMES_YAML,
  check,
  entryPath,
  entryText,
  lineOfKey,
  problemsOf,
  tempContents,
  withBase,
} from './helpers.ts';

const MV = '2018-08-01-monitoring-visit.md';
const MV_FILE = entryPath('reading', MV);
const ALLOWED_KINDS = KIND_IDS.join(', ');
const NOT_CONTENT = `not part of the content (allowed: ${ENTRY_PATTERN}, content/councils/<council>.yaml, content/themes.yaml)`;

/** One problem, exactly. */
const problem = (file: string, line: number, field: string, message: string | RegExp): Problem => ({
  file,
  line,
  field,
  message: typeof message === 'string' ? message : (expect.stringMatching(message) as unknown as string),
});

describe('checkEntryFile: a valid entry', () => {
  it('returns the entry with its id, council, data, body and body line', () => {
    const text = entryText({}, 'First line of the body.\n\n## Strengths\n- One\n');
    const result = check(MV, text);
    expect(result.problems).toEqual([]);
    expect(result.entry).toEqual({
      id: 'reading/2018-08-01-monitoring-visit',
      council: 'reading',
      file: MV_FILE,
      data: {
        title: 'Monitoring visit 7',
        kind: 'monitoring-visit',
        date: '2018-08-01',
        body: 'ofsted',
        summary: 'Young people leaving care receive better services.',
      },
      body: 'First line of the body.\n\n## Strengths\n- One\n',
      bodyLine: 8,
    });
    expect(text.split('\n')[result.entry!.bodyLine - 1]).toBe('First line of the body.');
  });

  it('keeps dates as written, not as time-zone-shifted Date objects', () => {
    const result = check('2018-08-monitoring-visit.md', entryText({ date: '2018-08', published: '2018-08-24', start_date: '2018-08-01' }));
    expect(result.problems).toEqual([]);
    expect(result.entry!.data).toMatchObject({ date: '2018-08', published: '2018-08-24', start_date: '2018-08-01' });
    expect(typeof result.entry!.data.published).toBe('string');
  });

  it('gives the same result when the same text is checked twice (no front-matter cache)', () => {
    const text = entryText({ title: 'Cached?' });
    expect(check(MV, text).entry?.data.title).toBe('Cached?');
    expect(check(MV, text).entry?.data.title).toBe('Cached?');
  });

  it('reads CRLF line endings and a byte-order mark', () => {
    const text = entryText();
    expect(check(MV, text.replace(/\n/g, '\r\n')).problems).toEqual([]);
    expect(check(MV, `\ufeff${text}`).problems).toEqual([]);
    const crlf = '---\r\ntitle: Visit\r\nkind: monitoring-visit\r\ndate: 2018-08-01\r\nbody: ofsted\r\ngrades: {overall: good}\r\nsummary: Text last.\r\n---\r\nBody\r\n';
    expect(problemsOf(MV, crlf)).toEqual([problem(MV_FILE, 6, 'grades', /is not graded/)]);
  });

  // BUG src/lib/content/read.ts:81: with CRLF line endings gray-matter hands the engine the
  // front-matter with the last line's "\r" still on it, and parseYaml keeps it in the value.
  // Text fields survive (zod trims them) but a date, kind, body or flow list on the last
  // line is rejected: "'2018-08-01\r' is not a date in the form YYYY-MM-DD" (the \r is
  // invisible to the officer). Strip a trailing "\r" (or normalise line endings) first.
  it('reads CRLF front-matter whose last line is a date, a kind or a list', () => {
    const lastDate = entryText({ date: undefined, published: undefined }).replace('---\nBody', 'date: 2018-08-01\n---\nBody');
    expect(problemsOf(MV, lastDate)).toEqual([]);
    expect(problemsOf(MV, lastDate.replace(/\n/g, '\r\n'))).toEqual([]);
    const lastList = entryText({ themes: '[care-leavers]' }).replace(/\n/g, '\r\n');
    expect(check(MV, lastList).entry?.data.themes).toEqual(['care-leavers']);
  });
});

describe('checkEntryFile: required fields', () => {
  it.each([
    ['title', 'is required (allowed: a short title)'],
    ['summary', 'is required (allowed: one or two plain sentences, up to 400 characters)'],
    ['kind', `is required (allowed: ${ALLOWED_KINDS})`],
    ['body', 'is required (allowed: ofsted, dfe, council, peer, other)'],
  ])('%s missing is reported on line 1 (the field is not there to point at)', (field, message) => {
    expect(problemsOf(MV, entryText())).toEqual([]);
    expect(problemsOf(MV, entryText({ [field]: undefined }))).toEqual([problem(MV_FILE, 1, field, message)]);
  });

  it('an empty title is reported on its line', () => {
    expect(problemsOf(MV, entryText({ title: '""' }))).toEqual([problem(MV_FILE, 2, 'title', 'must not be empty (a short title)')]);
  });

  it('date is required unless published or start_date is given', () => {
    expect(problemsOf(MV, entryText({ date: undefined }))).toEqual([
      problem(MV_FILE, 1, 'date', 'is required unless published or start_date is given (allowed: YYYY-MM-DD or YYYY-MM)'),
    ]);
    expect(problemsOf(MV, entryText({ date: undefined, published: '2018-08-01' }))).toEqual([]);
    expect(problemsOf(MV, entryText({ date: undefined, start_date: '2018-08-01' }))).toEqual([]);
  });

  it('an empty date (null in YAML) is reported as a bad date, not silently missing', () => {
    expect(problemsOf(MV, entryText({ date: '' }))).toEqual([
      problem(MV_FILE, 4, 'date', 'must be a date (allowed: YYYY-MM-DD or YYYY-MM)'),
    ]);
  });

  it('reports every missing field at once', () => {
    const text = '---\ndraft: false\n---\nText.\n';
    expect(problemsOf(MV, text).map((p) => p.field).sort()).toEqual(['body', 'date', 'kind', 'summary', 'title']);
  });
});

describe('checkEntryFile: fields below the front-matter', () => {
  it('refuses fields typed after the closing ---, on their lines, which the page would show as text', () => {
    const text = entryText({}, 'inspectors: [Jane Smith, Amy Lee]\n\nBody text.\n');
    expect(problemsOf(MV, text).map((p) => [p.line, p.field])).toEqual([[8, 'inspectors']]);
  });

  it('says a required field cut off by a stray --- is below it, not missing', () => {
    const text = entryText({}).replace('body: ofsted\n', '---\nbody: ofsted\n');
    expect(problemsOf(MV, text).map((p) => [p.line, p.field])).toEqual([[6, 'body'], [7, 'summary']]);
    expect(problemsOf(MV, text)[0].message).toMatch(/delete the --- on line 5, so the front-matter runs on to the --- on line 8\)$/);
  });
});

describe('checkEntryFile: dates', () => {
  it.each([
    ['2018-02-30', '2018-02-30-monitoring-visit.md', "'2018-02-30' is not a real calendar date (February 2018 has 28 days) (allowed: YYYY-MM-DD, a real calendar date, or YYYY-MM)"],
    ['2018-13', '2018-13-monitoring-visit.md', "'2018-13' has no month 13 (allowed: YYYY-MM-DD, a real calendar date, or YYYY-MM)"],
    ['2018-08-01T10:00:00Z', MV, "'2018-08-01T10:00:00Z' is not a date in the form YYYY-MM-DD or YYYY-MM (allowed: YYYY-MM-DD, a real calendar date, or YYYY-MM)"],
    ['2018-08-01 10:00:00', MV, "'2018-08-01 10:00:00' is not a date in the form YYYY-MM-DD or YYYY-MM (allowed: YYYY-MM-DD, a real calendar date, or YYYY-MM)"],
    ['2018', MV, 'must be written as YYYY-MM-DD or YYYY-MM (allowed: a calendar date such as 2018-08-01, or a month such as 2018-08)'],
  ])('date: %s is rejected on its line', (value, name, message) => {
    expect(problemsOf(name, entryText({ date: value }))).toEqual([problem(entryPath('reading', name), 4, 'date', message)]);
  });

  it.each([
    ['2018-08-01', MV],
    ['2018-08', '2018-08-monitoring-visit.md'],
    ['2016-02-29', '2016-02-29-monitoring-visit.md'],
  ])('date: %s is accepted', (value, name) => {
    expect(problemsOf(name, entryText({ date: value }))).toEqual([]);
  });

  it('start_date after date is reported on start_date', () => {
    const text = entryText({ start_date: '2018-08-02' });
    expect(problemsOf(MV, entryText({ start_date: '2018-07-31' }))).toEqual([]);
    expect(problemsOf(MV, text)).toEqual([
      problem(MV_FILE, lineOfKey(text, 'start_date'), 'start_date', '2018-08-02 is after date 2018-08-01 (allowed: on or before date)'),
    ]);
  });

  it('published before date is reported on published', () => {
    const text = entryText({ published: '2018-07-31' });
    expect(problemsOf(MV, entryText({ published: '2018-08-24' }))).toEqual([]);
    expect(problemsOf(MV, text)).toEqual([
      problem(MV_FILE, 7, 'published', '2018-07-31 is before date 2018-08-01 (allowed: on or after date)'),
    ]);
  });

  it('published before start_date is reported on published', () => {
    const text = entryText({ date: undefined, start_date: '2018-08-01', published: '2018-07-31' });
    expect(problemsOf(MV, text)).toEqual([
      problem(MV_FILE, lineOfKey(text, 'published'), 'published', '2018-07-31 is before start_date 2018-08-01 (allowed: on or after start_date)'),
    ]);
  });

  it('month precision: 2018-08 against 2018-08-01 is in order both ways', () => {
    const name = '2018-08-monitoring-visit.md';
    expect(problemsOf(name, entryText({ date: '2018-08', start_date: '2018-08-01', published: '2018-08-01' }))).toEqual([]);
    expect(problemsOf(MV, entryText({ date: '2018-08-01', start_date: '2018-08', published: '2018-08' }))).toEqual([]);
    expect(problemsOf('2018-09-monitoring-visit.md', entryText({ date: '2018-09', published: '2018-08-31' }))).toEqual([
      problem(entryPath('reading', '2018-09-monitoring-visit.md'), 7, 'published', '2018-08-31 is before date 2018-09 (allowed: on or after date)'),
    ]);
  });

  it('reports both orderings wrong at once', () => {
    const text = entryText({ start_date: '2018-08-05', published: '2018-07-01' });
    expect(problemsOf(MV, text).map((p) => `${p.line}: ${p.field}`)).toEqual(['7: start_date', '8: published', '8: published']);
  });
});

describe('checkEntryFile: the file name', () => {
  it('matches date and kind', () => {
    expect(problemsOf(MV, entryText())).toEqual([]);
  });

  it('reports a date that does not match the name, naming the right file name', () => {
    expect(problemsOf('2018-08-02-monitoring-visit.md', entryText())).toEqual([
      problem(
        entryPath('reading', '2018-08-02-monitoring-visit.md'),
        4,
        'date',
        '2018-08-01 does not match the file name, which starts 2018-08-02 (rename the file 2018-08-01-monitoring-visit.md or correct date)',
      ),
    ]);
  });

  it('a month-precision name must match a month-precision date', () => {
    expect(problemsOf('2018-08-monitoring-visit.md', entryText())).toEqual([
      problem(entryPath('reading', '2018-08-monitoring-visit.md'), 4, 'date', /^2018-08-01 does not match the file name, which starts 2018-08 /),
    ]);
  });

  it('keeps a file named by its start_date valid once its date or publication is added, so its URL stays', () => {
    const imported = '2018-07-31-monitoring-visit.md';
    expect(problemsOf(imported, entryText({ date: undefined, start_date: '2018-07-31' }))).toEqual([]);
    expect(problemsOf(imported, entryText({ date: undefined, start_date: '2018-07-31', published: '2018-08-24' }))).toEqual([]);
    expect(problemsOf(imported, entryText({ date: '2018-08-01', start_date: '2018-07-31' }))).toEqual([]);
  });

  it('is named by published when there is no date, and by start_date when there is neither', () => {
    const published = entryText({ date: undefined, start_date: '2018-07-31', published: '2018-08-24' });
    expect(problemsOf('2018-08-24-monitoring-visit.md', published)).toEqual([]);
    expect(problemsOf('2018-08-20-monitoring-visit.md', published)).toEqual([
      problem(
        entryPath('reading', '2018-08-20-monitoring-visit.md'),
        lineOfKey(published, 'published'),
        'published',
        '2018-08-24 does not match the file name, which starts 2018-08-20 (rename the file 2018-08-24-monitoring-visit.md or correct published)',
      ),
    ]);
    const started = entryText({ date: undefined, start_date: '2018-07-31' });
    expect(problemsOf('2018-07-31-monitoring-visit.md', started)).toEqual([]);
    expect(problemsOf(MV, started)).toEqual([
      problem(MV_FILE, lineOfKey(started, 'start_date'), 'start_date', /^2018-07-31 does not match the file name/),
    ]);
  });

  it('reports a kind that does not match the name', () => {
    expect(problemsOf('2018-08-01-focused-visit.md', entryText())).toEqual([
      problem(
        entryPath('reading', '2018-08-01-focused-visit.md'),
        3,
        'kind',
        'monitoring-visit does not match the file name, which says focused-visit (rename the file 2018-08-01-monitoring-visit.md or correct kind)',
      ),
    ]);
  });

  it('accepts -2, -3 for further events of one kind on one date, and keeps the suffix in the id', () => {
    expect(check('2018-08-01-monitoring-visit-2.md', entryText()).entry?.id).toBe('reading/2018-08-01-monitoring-visit-2');
    expect(check('2018-08-01-monitoring-visit-3.md', entryText()).problems).toEqual([]);
    expect(problemsOf('2018-08-02-monitoring-visit-2.md', entryText())).toEqual([
      problem(entryPath('reading', '2018-08-02-monitoring-visit-2.md'), 4, 'date', /rename the file 2018-08-01-monitoring-visit-2\.md/),
    ]);
  });

  it('rejects -1', () => {
    const name = '2018-08-01-monitoring-visit-1.md';
    expect(problemsOf(name, entryText())).toEqual([
      problem(entryPath('reading', name), 1, 'file name', "'-1' is not allowed: a second event of one kind on one date is -2, a third -3"),
    ]);
  });

  it('rejects .markdown and .MD', () => {
    expect(problemsOf('2018-08-01-monitoring-visit.markdown', entryText())).toEqual([
      problem(
        entryPath('reading', '2018-08-01-monitoring-visit.markdown'),
        1,
        'file name',
        `'2018-08-01-monitoring-visit.markdown' is not an entry file: an entry's name ends in .md (did you mean 2018-08-01-monitoring-visit.md?) (allowed: ${ENTRY_PATTERN})`,
      ),
    ]);
    expect(problemsOf('2018-08-01-monitoring-visit.MD', entryText())).toEqual([
      problem(entryPath('reading', '2018-08-01-monitoring-visit.MD'), 1, 'file name', "'2018-08-01-monitoring-visit.MD' must end in .md, in lower case"),
    ]);
  });

  it('rejects a name without date or kind, and an unknown kind (with a suggestion)', () => {
    expect(problemsOf('notes.md', entryText({ kind: 'visit' }))).toEqual([
      problem(entryPath('reading', 'notes.md'), 1, 'file name', "'notes.md' is not named <date>-<kind>[-<n>].md (e.g. 2018-08-01-monitoring-visit.md)"),
    ]);
    // Where its own date and kind are valid, they give the name.
    expect(problemsOf('2018-08-01.md', entryText())).toEqual([
      problem(entryPath('reading', '2018-08-01.md'), 1, 'file name', "'2018-08-01.md' is not named <date>-<kind>[-<n>].md (did you mean 2018-08-01-monitoring-visit.md, from its date and kind?)"),
    ]);
    expect(problemsOf('monitoring-visit-aug-2018.md', entryText({ date: undefined, start_date: '2018-07-30', published: '2018-08-20' }))[0].message).toBe(
      "'monitoring-visit-aug-2018.md' is not named <date>-<kind>[-<n>].md (did you mean 2018-08-20-monitoring-visit.md, from its date and kind?)",
    );
    expect(problemsOf('2018-08-01-monitoring-visits.md', entryText())).toEqual([
      problem(
        entryPath('reading', '2018-08-01-monitoring-visits.md'),
        1,
        'file name',
        `'monitoring-visits' in the file name is not a kind (did you mean monitoring-visit?) (allowed: ${ALLOWED_KINDS})`,
      ),
    ]);
  });
});

describe('checkEntryFile: kind, grades and framework', () => {
  const INSPECTION = '2018-08-01-inspection.md';
  const INSPECTION_FILE = entryPath('reading', INSPECTION);
  const inspection = (changes: Record<string, string | undefined>) =>
    entryText({ kind: 'inspection', framework: 'ilacs', ...changes });

  it('accepts grades on an inspection with its framework', () => {
    expect(problemsOf(INSPECTION, inspection({ grades: '{overall: good, leadership: outstanding}' }))).toEqual([]);
  });

  it('rejects grades on a monitoring visit, naming the graded kinds', () => {
    const text = entryText({ grades: '\n  overall: good' });
    expect(problemsOf(MV, text)).toEqual([
      problem(MV_FILE, 7, 'grades', 'a monitoring-visit is not graded (allowed: grades only on inspection, short-inspection)'),
    ]);
  });

  it('a judgement area written as a field of its own is told to go under grades:, with the line to write', () => {
    expect(problemsOf(INSPECTION, inspection({ overall: 'Good', leadership: 'requires improvement' }))).toEqual([
      problem(INSPECTION_FILE, 8, 'overall', "'overall' is a judgement area, so it goes under grades: (allowed: grades: on a line of its own, then a line for each judgement area and its grade, indented by two spaces, like this:   overall: good)"),
      problem(INSPECTION_FILE, 9, 'leadership', "'leadership' is a judgement area, so it goes under grades: (allowed: grades: on a line of its own, then a line for each judgement area and its grade, indented by two spaces, like this:   leadership: <grade>)"),
    ]);
  });

  it('url: not indented under source: is told to go under it, with the line to write', () => {
    const text = entryText({ source: '', url: 'https://example.org/letter.pdf' });
    expect(problemsOf(MV, text)).toEqual([
      problem(MV_FILE, 7, 'source', 'must have a url (and optionally a title)'),
      problem(MV_FILE, 8, 'url', "'url' is a field of source:, so it goes under it (allowed: source: on a line of its own, then url: and an optional title: under it, each indented by two spaces, like this:   url: https://example.org/letter.pdf)"),
    ]);
  });

  it('areas not indented under grades: are each told so, and grades: that it has none under it', () => {
    expect(problemsOf(INSPECTION, inspection({ grades: '', overall: 'good' }))).toEqual([
      problem(INSPECTION_FILE, 8, 'grades', 'has no judgement areas under it (allowed: a line for each judgement area and its grade under grades:, indented by two spaces, like this:   overall: good)'),
      problem(INSPECTION_FILE, 9, 'overall', /^'overall' is a judgement area, so it goes under grades: \(allowed: .*indented by two spaces, like this:   overall: good\)$/),
    ]);
  });

  it("a council written as a field is told that the entry's folder gives it", () => {
    const text = entryText({ council: 'Reading Borough Council' });
    expect(problemsOf(MV, text)).toEqual([
      problem(MV_FILE, lineOfKey(text, 'council'), 'council', "an entry's council is the folder it is in, entries/reading/, not a field (allowed: delete this line; an entry for another council goes in that council's folder)"),
    ]);
    expect(problemsOf(MV, entryText({ local_authority: 'Reading' }))[0].message).toMatch(/^an entry's council is the folder it is in/);
  });

  it('a judgement area on a kind that is not graded is told so, not sent under grades:', () => {
    expect(problemsOf(MV, entryText({ overall: 'good' }))).toEqual([
      problem(MV_FILE, 7, 'overall', "'overall' is a judgement area, but a monitoring-visit is not graded (allowed: grades only on inspection, short-inspection; delete this line)"),
    ]);
  });

  it('requires a framework with grades, naming the frameworks', () => {
    expect(problemsOf(INSPECTION, inspection({ framework: undefined, grades: '{overall: good}' }))).toEqual([
      problem(INSPECTION_FILE, 7, 'framework', new RegExp(`^is required with grades \\(allowed: ${FRAMEWORK_IDS.join(', ')}; in use when this inspection began`)),
    ]);
  });

  it('rejects an area the framework does not have, on the area\'s line: care-leavers under ilacs', () => {
    const text = inspection({ grades: '\n  overall: good\n  care-leavers: good' });
    expect(problemsOf(INSPECTION, text)).toEqual([
      problem(
        INSPECTION_FILE,
        10,
        'grades.care-leavers',
        "'care-leavers' is not a judgement area of ilacs (allowed: overall, leadership, help-and-protection, children-in-care-and-care-leavers)",
      ),
    ]);
    expect(text.split('\n')[9]).toBe('  care-leavers: good');
  });

  it('accepts care-leavers under ilacs-2023', () => {
    expect(problemsOf('2023-08-01-inspection.md', inspection({ framework: 'ilacs-2023', date: '2023-08-01', grades: '\n  overall: good\n  care-leavers: good' }))).toEqual([]);
  });

  it('rejects "Good" with "did you mean good?" on the grade\'s line', () => {
    const text = inspection({ grades: '\n  overall: Good' });
    expect(problemsOf(INSPECTION, text)).toEqual([
      problem(INSPECTION_FILE, 9, 'grades.overall', `'Good' is not a grade (did you mean good?) (allowed: ${GRADES.join(', ')})`),
    ]);
  });

  it('names requires-improvement, not inadequate, for Ofsted\'s "adequate", worded for the framework', () => {
    const slac = inspection({ framework: 'slac', date: '2011-10-10', grades: '\n  safeguarding: adequate\n  looked-after-children: Adequate' });
    expect(problemsOf('2011-10-10-inspection.md', slac)).toEqual(
      [9, 10].map((line) =>
        problem(
          entryPath('reading', '2011-10-10-inspection.md'),
          line,
          line === 9 ? 'grades.safeguarding' : 'grades.looked-after-children',
          `'${line === 9 ? 'adequate' : 'Adequate'}' is not a grade (did you mean requires-improvement? Ofsted's "adequate" before November 2013; the site shows it as "Adequate") (allowed: ${GRADES.join(', ')})`,
        ),
      ),
    );
    expect(problemsOf(INSPECTION, inspection({ grades: '\n  overall: adequate' }))).toEqual([
      problem(INSPECTION_FILE, 9, 'grades.overall', `'adequate' is not a grade (did you mean requires-improvement? It replaced Ofsted's "adequate" in November 2013, and ilacs has no "adequate": check the report) (allowed: ${GRADES.join(', ')})`),
    ]);
  });

  it('reports a misspelt grade and an unknown area together', () => {
    const text = inspection({ grades: '\n  overall: Good\n  care-leavers: good' });
    expect(problemsOf(INSPECTION, text).map((p) => `${p.line}: ${p.field}`)).toEqual(['9: grades.overall', '10: grades.care-leavers']);
  });

  it('visit_number only on monitoring visits', () => {
    expect(problemsOf(MV, entryText({ visit_number: '7' }))).toEqual([]);
    const name = '2018-08-01-focused-visit.md';
    expect(problemsOf(name, entryText({ kind: 'focused-visit', visit_number: '7' }))).toEqual([
      problem(entryPath('reading', name), 7, 'visit_number', 'only monitoring visits are numbered (this is a focused-visit)'),
    ]);
  });
});

describe('checkEntryFile: other fields', () => {
  it('an unknown field is reported on its line, with a suggestion and the fields allowed', () => {
    expect(problemsOf(MV, entryText({ tittle: 'x' }))).toEqual([
      problem(MV_FILE, 7, 'tittle', /^is not a field of an entry \(did you mean title\?\) \(allowed: title, kind, date, start_date, published, body, framework, grades, summary, themes, ignore_themes, source, inspectors, visit_number, related, draft, imported\)$/),
    ]);
    expect(problemsOf(MV, entryText({ colour: 'red' }))).toEqual([
      problem(MV_FILE, 7, 'colour', /^is not a field of an entry \(allowed: title, /),
    ]);
  });

  it('a field name written with capitals is one problem on its line, and its value is still checked', () => {
    const text = '---\nTitle: Monitoring visit 7\nKIND: monitoring-visit\nDate: 01/08/2018\nbody: ofsted\nSummary: Better services.\n---\nText.\n';
    expect(problemsOf(MV, text)).toEqual([
      problem(MV_FILE, 2, 'title', 'field names are lower case: write title: in place of Title:'),
      problem(MV_FILE, 3, 'kind', 'field names are lower case: write kind: in place of KIND:'),
      problem(MV_FILE, 4, 'date', 'field names are lower case: write date: in place of Date:'),
      problem(MV_FILE, 6, 'summary', 'field names are lower case: write summary: in place of Summary:'),
      problem(MV_FILE, 4, 'date', "'01/08/2018' is not a date in the form YYYY-MM-DD or YYYY-MM (did you mean 2018-08-01?) (allowed: YYYY-MM-DD, a real calendar date, or YYYY-MM)"),
    ]);
  });

  it('a field name in capitals beside the same name in lower case is a field the entry does not have', () => {
    expect(problemsOf(MV, entryText({ Title: 'Again' }))).toEqual([problem(MV_FILE, 7, 'Title', /^is not a field of an entry \(did you mean title\?\)/)]);
  });

  it('source url must be http(s): javascript: is rejected', () => {
    expect(problemsOf(MV, entryText({ source: '\n  url: https://reports.ofsted.gov.uk/provider/44/870\n  title: Letter' }))).toEqual([]);
    expect(problemsOf(MV, entryText({ source: '\n  url: "javascript:alert(1)"' }))).toEqual([
      problem(MV_FILE, 8, 'source.url', "'javascript:alert(1)' is not a web address (allowed: an address starting https:// or http://)"),
    ]);
  });

  it('draft must be a boolean: YAML 1.2 "yes" is text, not true', () => {
    expect(check(MV, entryText({ draft: 'true' })).entry?.data.draft).toBe(true);
    expect(problemsOf(MV, entryText({ draft: 'yes' }))).toEqual([problem(MV_FILE, 7, 'draft', "'yes' is not true or false (did you mean true?) (allowed: true, or false)")]);
    expect(problemsOf(MV, entryText({ draft: '"true"' }))).toEqual([
      problem(MV_FILE, 7, 'draft', 'is written in quotes, which makes it text (allowed: true, or false, without quotes, like this: draft: true)'),
    ]);
  });

  it('a theme that is not text is reported on its item; whether text is a theme is for loadContent, which knows themes.yaml', () => {
    expect(problemsOf(MV, entryText({ themes: '\n  - care-leavers\n  - {id: front-door}' }))).toEqual([problem(MV_FILE, 9, 'themes[1]', 'must be a theme id')]);
    expect(problemsOf(MV, entryText({ themes: '\n  - care-leavers\n  - Front Door' }))).toEqual([]);
  });

  it('a related id with .md is reported on its item', () => {
    expect(problemsOf(MV, entryText({ related: '[reading/2016-06-inspection.md]' }))).toEqual([
      problem(MV_FILE, 7, 'related[0]', /^'reading\/2016-06-inspection\.md' is not an entry id \(did you mean reading\/2016-06-inspection\?\) \(allowed: <council>\/<file name without \.md>/),
    ]);
  });

  it('reports field problems and rules between fields in one pass', () => {
    const text = entryText({ title: '""', grades: '{overall: Good}', visit_number: '0', draft: 'maybe' });
    expect(problemsOf(MV, text).map((p) => p.field).sort()).toEqual(['draft', 'grades', 'grades.overall', 'title', 'visit_number'].sort());
  });
});

describe('checkEntryFile: TODOs left from a draft', () => {
  const TODO_MESSAGE = 'still has a TODO from a draft (allowed in a published entry: none; resolve it, or keep draft: true)';

  it('accepts TODOs in a draft', () => {
    expect(problemsOf(MV, entryText({ title: '"TODO area of practice"', draft: 'true' }, 'Text.\n\n## Strengths\n\nTODO: strengths\n'))).toEqual([]);
  });

  it('refuses them in a published entry, naming the field or the line of the text', () => {
    const text = entryText({ summary: '"TODO: a summary"' }, 'Text.\n\n## Strengths\n\nTODO: strengths\n\n## Next steps\n\nTODO: next steps\n');
    expect(problemsOf(MV, text)).toEqual([
      problem(MV_FILE, lineOfKey(text, 'summary'), 'summary', TODO_MESSAGE),
      problem(MV_FILE, text.split('\n').indexOf('TODO: strengths') + 1, 'text', TODO_MESSAGE),
      problem(MV_FILE, text.split('\n').indexOf('TODO: next steps') + 1, 'text', TODO_MESSAGE),
    ]);
  });

  it('does not mistake words that contain the letters for a TODO', () => {
    expect(problemsOf(MV, entryText({}, 'Ofsted’s todos and TODOLIST are not markers.\n'))).toEqual([]);
  });
});

describe('checkEntryFile: text that would silently go missing', () => {
  const template = bodyTemplate('focused-visit');

  it('accepts the notes npm run new writes, left in place or deleted', () => {
    expect(problemsOf(MV, entryText({}, template))).toEqual([]);
    expect(problemsOf(MV, entryText({}, template.replace('## Strengths\n', '## Strengths\n- Stable workforce\n')))).toEqual([]);
  });

  it('warns when the text is still only what npm run new wrote, and accepts the entry', () => {
    const warningsOf = (body: string) => (check(MV, entryText({}, body)).warnings ?? []).map((w) => `${w.field}: ${w.message}`);
    expect(warningsOf(template)).toEqual([`text: warning: ${UNTOUCHED_TEMPLATE_MESSAGE}`]);
    expect(check(MV, entryText({}, template)).entry).toBeDefined();
    expect(warningsOf(template.replace('## Strengths\n', '## Strengths\n- Stable workforce\n'))).toEqual([]);
    expect(warningsOf('')).toEqual([]);
  });

  it('refuses text written inside a note, naming the lines it hides', () => {
    const body = template.replace('<!-- One line per strength', '<!--\n- Stable workforce\n- Strong leadership\nOne line per strength');
    const text = entryText({}, body);
    const from = text.split('\n').indexOf('- Stable workforce');
    expect(problemsOf(MV, text)).toEqual([
      problem(MV_FILE, from, 'text', `lines ${from}–${from + 3} are between <!-- and -->, so they would not appear on the site (allowed between the arrows: only the notes npm run new writes; write your text outside them, or delete the note, arrows and all)`),
    ]);
  });

  it('refuses bullets pasted from a word processor, which would run on into the list item above', () => {
    const text = entryText({}, '## Strengths\n- Stable workforce\n• Caseloads are manageable\n  ◦ Most below 20\n\nThe • in this sentence is fine.\n');
    const line = (start: string) => text.split('\n').findIndex((l) => l.startsWith(start)) + 1;
    const message = (bullet: string) => `this line starts with ${bullet}, a bullet pasted from a word processor, which the site shows as plain text rather than a list item (allowed: start each list item with "- ")`;
    expect(problemsOf(MV, text)).toEqual([problem(MV_FILE, line('•'), 'text', message('•')), problem(MV_FILE, line('  ◦'), 'text', message('◦'))]);
  });

  it('refuses the other bullets Word pastes: Symbol-font, second-level "o", and "-" with no space', () => {
    const text = entryText({}, '## Strengths\n\uF0B7\tStable workforce\no\tMost below 20\n● Strong leadership\n-Caseloads are manageable\n\n- Well-being is good\n-- not a bullet\n');
    const line = (start: string) => text.split('\n').findIndex((l) => l.startsWith(start)) + 1;
    const says = (what: string) => `this line starts with ${what}, which the site shows as plain text rather than a list item (allowed: start each list item with "- ")`;
    expect(problemsOf(MV, text)).toEqual([
      problem(MV_FILE, line('\uF0B7'), 'text', says('an unreadable character (U+F0B7), a bullet pasted from Word')),
      problem(MV_FILE, line('o\t'), 'text', says('the letter "o" and a tab, a second-level bullet pasted from Word')),
      problem(MV_FILE, line('●'), 'text', says('●, a bullet pasted from a word processor')),
      problem(MV_FILE, line('-Caseloads'), 'text', says('"-" with no space after it')),
    ]);
  });

  it('leaves a line that starts at a wrapped dash alone', () => {
    expect(problemsOf(MV, entryText({}, 'Leaders acted quickly\n– though not everywhere.\n'))).toEqual([]);
  });

  it('warns of raw HTML the site removes with its content, and still accepts the entry', () => {
    const text = entryText({}, 'Watch the briefing:\n\n<iframe src="https://www.youtube.com/embed/x"></iframe>\n');
    const set = check(MV, text);
    expect(set.problems).toEqual([]);
    expect(set.entry?.id).toBe('reading/2018-08-01-monitoring-visit');
    expect((set.warnings ?? []).map((w) => `${w.line}: ${w.field}: ${w.message.split(':')[0]}`)).toEqual([`${text.split('\n').indexOf('<iframe src="https://www.youtube.com/embed/x"></iframe>') + 1}: text: warning`]);
  });

  it('warns of a link the site cannot keep, on its file line, and still accepts the entry', () => {
    const text = entryText({}, 'The plan is on [the shared drive](S:\\Plans\\plan.docx).\n');
    const set = check(MV, text);
    expect(set.problems).toEqual([]);
    expect(set.entry).toBeDefined();
    expect((set.warnings ?? []).map((w) => `${w.line}: ${w.field}: ${w.message.split(',')[0]}`)).toEqual([`${text.split('\n').findIndex((l) => l.startsWith('The plan')) + 1}: text: warning: this link's address`]);
  });

  it('warns of layout Markdown reads otherwise than meant, on its file line, and still accepts the entry', () => {
    const text = entryText({}, 'Ofsted found progress.\n---\n##Strengths\n\n## Areas for improvement\n\t- Supervision\n');
    const set = check(MV, text);
    const line = (start: string) => text.split('\n').findIndex((l) => l.startsWith(start)) + 1;
    expect(set.problems).toEqual([]);
    expect(set.entry).toBeDefined();
    expect((set.warnings ?? []).map((w) => `${w.line}: ${w.field}: ${w.message.split(',')[0]}`)).toEqual([
      `${text.split('\n').lastIndexOf('---') + 1}: text: warning: this line of ---`,
      `${line('##Strengths')}: text: warning: "##Strengths" shows as text`,
      `${line('\t- Supervision')}: text: warning: this line is indented by a tab or four spaces or more`,
    ]);
  });

  it('warns of a value wrapped in curly quotes, on its line and field, and still accepts the entry', () => {
    const text = entryText({ title: '“Monitoring visit 7”' });
    const set = check(MV, text);
    expect(set.problems).toEqual([]);
    expect(set.entry?.data.title).toBe('“Monitoring visit 7”');
    expect((set.warnings ?? []).map((w) => `${w.line}: ${w.field}: ${w.message.split(',')[0]}`)).toEqual([`${lineOfKey(text, 'title')}: title: warning: the value is wrapped in curly quotes “…”`]);
  });

  it('refuses a note whose --> was deleted, which hides everything below it', () => {
    const text = entryText({}, 'Ofsted found progress.\n\n<!-- a note\n\n## Strengths\n- Stable workforce\n');
    expect(problemsOf(MV, text)).toEqual([
      problem(MV_FILE, text.split('\n').indexOf('<!-- a note') + 1, 'text', 'a note opened with <!-- is never closed with -->, so nothing below it would appear on the site (close it with -->, or delete the <!--)'),
    ]);
  });

  it('refuses a value that a " #" cut short, and shows it quoted', () => {
    const text = entryText({ summary: 'Ofsted found #1 priority was plans.', title: 'Monitoring visit #3' });
    expect(problemsOf(MV, text)).toEqual([
      problem(MV_FILE, 2, 'title', 'the text after " #" is left out, since YAML reads it as a comment, so the value is only \'Monitoring visit\' (allowed: a # inside quotes; write it like this: title: "Monitoring visit #3")'),
      problem(MV_FILE, 6, 'summary', /so the value is only 'Ofsted found' \(allowed: a # inside quotes; write it like this: summary: "Ofsted found #1 priority was plans\."\)$/),
    ]);
    expect(problemsOf(MV, entryText({ title: '"Monitoring visit #3"', source: '\n  url: https://example.org/letter#page=2' }))).toEqual([]);
  });

  it('reads a non-breaking space pasted where YAML needs a space as a space, and keeps one inside a value', () => {
    const text = entryText({ kind: '\u00a0monitoring-visit', summary: 'Ofsted\u00a0found progress.', inspectors: '\n\u00a0\u00a0-\u00a0Jane Smith' }).replace('title: ', 'title:\u00a0');
    const result = check(MV, text);
    expect(result.problems).toEqual([]);
    expect(result.entry?.data).toMatchObject({ kind: 'monitoring-visit', summary: 'Ofsted\u00a0found progress.', inspectors: ['Jane Smith'] });
  });

  it('drops a non-breaking space pasted at the end of a line, which would spoil a date or kind without a visible mark', () => {
    const text = entryText({ date: '2018-08-01\u00a0', kind: 'monitoring-visit \u00a0', summary: 'Ofsted found progress.\u00a0' });
    const result = check(MV, text);
    expect(result.problems).toEqual([]);
    expect(result.entry?.data).toMatchObject({ date: '2018-08-01', kind: 'monitoring-visit', summary: 'Ofsted found progress.' });
  });

  it('drops the invisible characters a web page or chat pastes (a zero-width space, a word joiner), which would spoil a date or kind', () => {
    const text = entryText({ date: '2018-08-01\u200b', kind: '\u2060monitoring-visit', title: 'Monitoring\u200b visit 7' });
    const result = check(MV, text);
    expect(result.problems).toEqual([]);
    expect(result.entry?.data).toMatchObject({ date: '2018-08-01', kind: 'monitoring-visit', title: 'Monitoring visit 7' });
  });

  it('says themes written as hashtags are written without the #, not quoted with it', () => {
    expect(problemsOf(MV, entryText({ themes: '#care-leavers #workforce-stability' }))).toEqual([
      problem(MV_FILE, 7, 'themes', 'a theme id is written without a #, which YAML reads as the start of a comment, so the field is empty (allowed: ids from content/themes.yaml; write it like this: themes: [care-leavers, workforce-stability])'),
    ]);
    expect(problemsOf(MV, entryText({ themes: '\n  - #care-leavers' }))).toEqual([
      problem(MV_FILE, 8, 'themes[0]', 'a theme id is written without a #, which YAML reads as the start of a comment, so the field is empty (allowed: ids from content/themes.yaml; write it like this: - care-leavers)'),
    ]);
  });

  it('says a value that starts with # is empty, once, and how to keep it', () => {
    expect(problemsOf(MV, entryText({ summary: '#1 finding was plans.' }))).toEqual([
      problem(MV_FILE, 6, 'summary', 'the value starts with #, which YAML reads as the start of a comment, so the field is empty (allowed: a # inside quotes; write it like this: summary: "#1 finding was plans.")'),
    ]);
  });

  it('says a title YAML read as a number should be quoted, and an empty summary is empty', () => {
    expect(problemsOf(MV, entryText({ title: '2025', summary: '' }))).toEqual([
      problem(MV_FILE, 2, 'title', 'must be text (a short title), but YAML reads 2025 as a number (allowed: the value in double quotes, like this: "2025")'),
      problem(MV_FILE, 6, 'summary', 'is empty (allowed: one or two plain sentences, up to 400 characters)'),
    ]);
  });

  it('says why a text value in square brackets is not text', () => {
    expect(problemsOf(MV, entryText({ title: '[Draft]' }))).toEqual([
      problem(MV_FILE, 2, 'title', 'must be text (a short title), but a value starting with [ or { is read as a list (allowed: the whole value in double quotes, like this: "[Draft]")'),
    ]);
  });

  it('takes a " #" after a date, a yes/no or a kind as the comment it can only be', () => {
    const text = entryText({ date: '2018-08-01 # the letter is dated 2 August', draft: 'false # publish on Monday', kind: 'monitoring-visit # the fourth' });
    expect(problemsOf(MV, text)).toEqual([]);
  });

  it('reports a cut value and hidden text together, with the other problems of the file', () => {
    const text = entryText({ summary: 'Visit #2 found progress.', grades: '{overall: good}' }, 'Text.\n\n<!--\nInspectors praised the MASH.\n');
    expect(problemsOf(MV, text).map((p) => `${p.line}: ${p.field}`)).toEqual(['6: summary', '11: text', '7: grades']);
  });

  it('accepts comments on lines of their own, as the import writes them', () => {
    expect(problemsOf(MV, entryText({}).replace('---\n', '---\n# Imported by npm run import:ofsted.\n'))).toEqual([]);
  });

  it('refuses a file not saved as UTF-8, on the line that shows it', () => {
    const text = entryText({}, 'Ofsted\ufffds letter.\n');
    expect(problemsOf(MV, text)).toEqual([
      problem(MV_FILE, 8, 'file', 'has characters that cannot be read, so it was not saved as UTF-8 (allowed: UTF-8; save the file again choosing the UTF-8 encoding)'),
    ]);
  });

  it('refuses a file saved as UTF-16 without its byte-order mark, which reads with a NUL beside every letter', () => {
    const utf16 = Buffer.from(entryText(), 'utf16le').toString('utf8');
    expect(problemsOf(MV, utf16)).toEqual([
      problem(MV_FILE, 1, 'file', 'has a NUL character beside its letters, so it was saved as UTF-16 ("Unicode"), not UTF-8 (allowed: UTF-8; save the file again choosing the UTF-8 encoding)'),
    ]);
  });
});

describe('checkEntryFile: a Word document saved with .md at the end of its name', () => {
  const WORD = "is a Word document, not text: its name ends .md, but it was saved in Word's own format (allowed: plain text saved as UTF-8; copy the text into a new file from npm run new, or save from Word as Plain Text with the UTF-8 encoding and name it .md)";

  it.each([
    ['.docx (a zip archive)', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00])],
    ['.doc (Word 97–2003)', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00, 0x00])],
    ['RTF', Buffer.from('{\\rtf1\\ansi\\deff0 {\\fonttbl}')],
  ])('names a %s as Word’s, on line 1', (_, bytes) => {
    expect(problemsOf(MV, bytes.toString('utf8'))).toEqual([problem(MV_FILE, 1, 'file', WORD)]);
  });
});

describe('checkEntryFile: front-matter that cannot be read', () => {
  const yamlMessage = (text: string) => problemsOf(MV, text).map((p) => `${p.line}: ${p.message.replace('not valid YAML: ', '')}`);

  it('a colon in a value: quote it (curly quotes from a word processor do not count)', () => {
    expect(yamlMessage('---\ntitle: “Focused visit: children in need”\nkind: monitoring-visit\n---\n')).toEqual([
      '2: the value contains a colon and a space, which YAML reads as the start of another field: put the whole value in straight double quotes (curly quotes “ ” from a word processor do not count as quotes), like this: title: "Focused visit: children in need"',
    ]);
  });

  it('a value starting with a character YAML reads specially: quote it', () => {
    const special = (char: string, key: string, written: string) =>
      `the ${char} at the start of '${key}' is a character YAML reads specially, not as text (allowed: a value starting with ${char} in double quotes; write it like this: ${key}: ${JSON.stringify(written)})`;
    const written: [string, string][] = [
      ['[', '[Draft] Monitoring visit'],
      ['{', '{Draft} Monitoring visit'],
      ['*', '*Updated* findings'],
      ['&', '& partners'],
      ['>', '> findings here'],
      ['|', '|findings'],
      ['@', '@council findings'],
      ['`', '`Draft` findings'],
      ['-', '- findings here'],
      ['?', '? findings'],
      ['%', '%50 of children'],
      [',', ', and findings'],
    ];
    for (const [char, value] of written) {
      expect(yamlMessage(`---\ntitle: Visit\nsummary: ${value}\nkind: monitoring-visit\n---\n`)).toEqual([`3: ${special(char, 'summary', value)}`]);
    }
    expect(yamlMessage('---\ntitle: Visit\nthemes:\n  - [care] leavers\n---\n')).toEqual([
      '4: the [ at the start of this value is a character YAML reads specially, not as text (allowed: a value starting with [ in double quotes; write it like this: - "[care] leavers")',
    ]);
  });

  it('an anchor, tag or alias that YAML takes without a syntax error: quote it too', () => {
    const special = (char: string, written: string) =>
      `3: the ${char} at the start of 'summary' is a character YAML reads specially, not as text (allowed: a value starting with ${char} in double quotes; write it like this: summary: "${written}")`;
    // Read as 'findings' by both libraries, with no error at all.
    expect(yamlMessage('---\ntitle: Visit\nsummary: &Co findings\nkind: monitoring-visit\n---\n')).toEqual([special('&', '&Co findings')]);
    // Refused by js-yaml only, in its own words, and for the tag on the line after.
    expect(yamlMessage('---\ntitle: Visit\nsummary: !Important\nkind: monitoring-visit\n---\n')).toEqual([special('!', '!Important')]);
    expect(yamlMessage('---\ntitle: Visit\nsummary: *Updated\nkind: monitoring-visit\n---\n')).toEqual([special('*', '*Updated')]);
    // Inside a value, or a line of a block of text, they are text.
    expect(problemsOf(MV, entryText({ summary: 'Children & families *improved*!' }))).toEqual([]);
    expect(problemsOf(MV, entryText({ summary: '>\n  * Better plans\n  & more' }))).toEqual([]);
  });

  it('text after a closing quote: quote the whole value', () => {
    expect(yamlMessage('---\ntitle: Visit\nsummary: "Not enough" said Ofsted\n---\n')).toEqual([
      '3: there is more text after the closing quote: put the whole value in one pair of double quotes, writing any " inside it as \\", like this: summary: "\\"Not enough\\" said Ofsted"',
    ]);
  });

  it('a \\ inside double quotes that is not an escape: double it, or use single quotes', () => {
    // An escaped quote and an escaped \ are kept as they are.
    const line = String.raw`summary: "see C:\docs\plan, \"Annex\" and \\"`;
    expect(yamlMessage(`---\ntitle: Visit\n${line}\n---\n`)).toEqual([
      String.raw`3: 'summary' has a \ inside double quotes, which YAML reads as the start of an escape such as \n for a new line (allowed: each \ written as \\, like this: summary: "see C:\\docs\\plan, \"Annex\" and \\"; or the value in single quotes instead)`,
    ]);
  });

  it('a quote never closed: on the line that opens it, not where the parser gives up', () => {
    expect(yamlMessage('---\ntitle: "Focused visit\nkind: monitoring-visit\ndate: 2018-08-01\nsummary: s\n---\n')).toEqual([
      '2: the " that opens this value is never closed (allowed: a quoted value ends with the same quote on the same line)',
    ]);
  });

  it('a field indented by mistake: on its line, by its name', () => {
    const indented = (line: number, key: string) =>
      `${line}: '${key}' is indented, so YAML cannot tell which field it belongs to (allowed: each field starts at the beginning of the line; only list items and the fields under grades: and source: are indented, by two spaces)`;
    expect(yamlMessage('---\ntitle: Visit\nsummary: s\n  kind: monitoring-visit\n---\n')).toEqual([indented(4, 'kind')]);
    // After a list or source:, one space of indent is neither under it nor a field of its own.
    expect(yamlMessage('---\ntitle: Visit\nsource:\n  url: https://example.org/a\n kind: monitoring-visit\n---\n')).toEqual([indented(5, 'kind')]);
    expect(yamlMessage('---\ntitle: Visit\nthemes:\n  - care-leavers\n kind: monitoring-visit\n---\n')).toEqual([indented(5, 'kind')]);
  });

  it('a line under grades: or source: indented unlike the others: once, on its line, with the line as it should be', () => {
    const uneven = (line: number, key: string, by: string, under: string, as: string) =>
      `${line}: '${key}' is indented by ${by}, where the other lines under ${under}: are indented by 2, so YAML cannot tell where it belongs (allowed: every line under ${under}: indented alike; write it like this: ${as})`;
    const grades = (leadership: string) => `---\ntitle: Visit\ngrades:\n  overall: good\n${leadership}leadership: good\n  help-and-protection: good\n  children-in-care: good\n---\n`;
    expect(yamlMessage(grades('   '))).toEqual([uneven(5, 'leadership', '3 spaces', 'grades', '  leadership: good')]);
    // One space too few: YAML cannot place the lines after it either, but the mistake is this one.
    expect(yamlMessage(grades(' '))).toEqual([uneven(5, 'leadership', '1 space', 'grades', '  leadership: good')]);
    expect(yamlMessage('---\ntitle: Visit\nsource:\n  url: https://example.org/a\n   title: Letter\n---\n')).toEqual([uneven(5, 'title', '3 spaces', 'source', '  title: Letter')]);
  });

  it('a "- " before the first field under grades: or source:: on that line, not on the lines after it that YAML cannot place', () => {
    expect(yamlMessage('---\ntitle: Visit\ngrades:\n  - overall: good\n  leadership: good\n  help-and-protection: good\n---\n')).toEqual([
      `4: 'overall' starts with "- ", which makes the fields under grades: a list, so YAML cannot read the lines after it (allowed: the fields under grades: one per line, indented by two spaces, with no "- "; write it like this:   overall: good)`,
    ]);
    expect(yamlMessage('---\ntitle: Visit\nsource:\n  - url: https://example.org/a\n  title: Letter\n---\n')).toEqual([
      `4: 'url' starts with "- ", which makes the fields under source: a list, so YAML cannot read the lines after it (allowed: the fields under source: one per line, indented by two spaces, with no "- "; write it like this:   url: https://example.org/a)`,
    ]);
  });

  it('a line YAML cannot read as a field: said on that line, with its usual cause', () => {
    expect(problemsOf(MV, '---\ntitle: Visit\nkind:focused-visit\ndate: 2024-03-05\n---\n')).toEqual([
      problem(MV_FILE, 3, 'kind', "not valid YAML: 'kind' needs a space after its colon, or YAML reads the whole line as one word (write it like this: kind: focused-visit)"),
    ]);
    expect(yamlMessage('---\ntitle: Visit\nsummary:Ofsted found things\n---\n')).toEqual([
      "3: 'summary' needs a space after its colon, or YAML reads the whole line as one word (write it like this: summary: Ofsted found things)",
    ]);
    const carried = "this line is not a field: YAML reads it as the rest of 'summary' on the line above, carried on to a new line (allowed: a value on one line; join this line to the end of the one above, or indent it by two spaces)";
    expect(yamlMessage('---\ntitle: Visit\nsummary: Ofsted found slow progress\nat the front door.\nthemes: [front-door]\n---\n')).toEqual([`4: ${carried}`]);
    expect(yamlMessage('---\ntitle: Visit\nsummary: Ofsted found slow progress\nat the front door.\n---\n')).toEqual([`4: ${carried}`]);
    // Joined to a date or a kind, the line would spoil that field: it is not advised.
    expect(yamlMessage('---\ntitle: Visit\nsummary: s\npublished: 2024-04-10\nat the front door.\n---\n')).toEqual([
      "5: this line is not a field, and cannot be the rest of 'published' on the line above (allowed: each field on a line of its own: its name, a colon and a space, then its value)",
    ]);
    expect(yamlMessage('---\ntitle: Visit\ngrades:\noverall: good\n  leadership: good\n---\n')).toEqual([
      "4: 'overall' belongs under 'grades' on the line above, like the indented lines below it (allowed: the fields under grades: indented by two spaces; write it like this:   overall: good)",
    ]);
    // Indented by two spaces, a value carried on is one value (YAML folds the lines).
    expect(yamlMessage('---\ntitle: Visit\nsummary: Ofsted found slow progress\n  at the front door.\n---\n').filter((m) => !/is required/.test(m))).toEqual([]);
  });

  describe('a field written without its colon', () => {
    const FV = '2024-03-05-focused-visit.md';
    const FV_FILE = entryPath('lewisham', FV);
    const visit = (...lines: string[]) => problemsOf(FV, `---\n${lines.join('\n')}\n---\nText.\n`, 'lewisham');
    const colon = (line: number, field: string, written: string) =>
      problem(FV_FILE, line, field, `not valid YAML: '${field}' needs a colon after it, or YAML cannot read the line as a field (allowed: a field's name, a colon and a space, then its value; write it like this: ${written})`);

    it('is said on its line, under its name, with the line as it should be', () => {
      // After a quoted value the library blamed the next line: "3: front-matter: 'date' is indented".
      expect(visit('title: "Focused visit to Lewisham"', 'kind focused-visit', 'date: 2024-03-05', 'body: ofsted', 'summary: Ofsted found things.')).toEqual([
        colon(3, 'kind', 'kind: focused-visit'),
      ]);
      // After a plain value it was "the rest of 'published' on the line above", and joining the lines spoilt that field.
      expect(visit('title: Focused visit to Lewisham', 'kind: focused-visit', 'date: 2024-03-05', 'start_date: 2024-03-04', 'published: 2024-04-10', 'body ofsted', 'summary: Ofsted found things.')).toEqual([
        colon(7, 'body', 'body: ofsted'),
      ]);
      expect(visit('title: Focused visit to Lewisham', 'kind focused-visit', 'date: 2024-03-05', 'body: ofsted', 'summary: Ofsted found things.')).toEqual([
        colon(3, 'kind', 'kind: focused-visit'),
      ]);
      expect(visit('title: Focused visit to Lewisham', 'summary Ofsted found things.', 'kind: focused-visit', 'date: 2024-03-05', 'body: ofsted')).toEqual([
        colon(3, 'summary', 'summary: Ofsted found things.'),
      ]);
    });

    it('is found on the first line, the last, after a list or a block of text, and after a tab', () => {
      expect(visit('title Focused visit', 'kind: focused-visit', 'date: 2024-03-05', 'body: ofsted', 'summary: s')).toEqual([colon(2, 'title', 'title: Focused visit')]);
      expect(visit('title: Visit', 'kind: focused-visit', 'date: 2024-03-05', 'summary: s', 'body ofsted')).toEqual([colon(6, 'body', 'body: ofsted')]);
      expect(visit('title: Visit', 'kind: focused-visit', 'themes:', '  - care-leavers', 'body ofsted', 'date: 2024-03-05')).toEqual([colon(6, 'body', 'body: ofsted')]);
      expect(visit('title: Visit', 'summary: |', '  Ofsted found things.', 'body ofsted', 'date: 2024-03-05')).toEqual([colon(5, 'body', 'body: ofsted')]);
      expect(visit('title: Visit', 'date: 2024-03-05', 'body\tofsted', 'summary: s')).toEqual([colon(4, 'body', 'body: ofsted')]);
    });

    it('is said with a value its field cannot have, which the check then names', () => {
      expect(visit('title: Visit', 'summary: Ofsted found things.', 'body ofstead', 'date: 2024-03-05')).toEqual([colon(4, 'body', 'body: ofstead')]);
      expect(visit('title: Visit', 'date: 2024-03-05', 'draft yes', 'summary: s')).toEqual([colon(4, 'draft', 'draft: yes')]);
    });

    it('two at once, and a mistake of another kind beside one, each on its own line', () => {
      expect(visit('title: Visit', 'kind focused-visit', 'body ofsted', 'date: 2024-03-05')).toEqual([colon(3, 'kind', 'kind: focused-visit'), colon(4, 'body', 'body: ofsted')]);
      expect(visit('title: Visit: care leavers', 'kind focused-visit', 'date: 2024-03-05')).toEqual([
        problem(FV_FILE, 2, 'front-matter', 'not valid YAML: the value contains a colon and a space, which YAML reads as the start of another field: put the whole value in straight double quotes, like this: title: "Visit: care leavers"'),
        colon(3, 'kind', 'kind: focused-visit'),
      ]);
    });

    it('a name a letter or two out: the field meant, where what follows is a value it can have', () => {
      expect(visit('title: Visit', 'kind: focused-visit', 'body: ofsted', 'summry The council did well.', 'date: 2024-03-05')).toEqual([
        problem(FV_FILE, 5, 'summry', "not valid YAML: 'summry' is not a field's name (did you mean summary?), and needs a colon after it (allowed: a field's name, a colon and a space, then its value; write it like this: summary: The council did well.)"),
      ]);
      expect(visit('Title Focused visit', 'kind: focused-visit', 'start-date 2024-03-01', 'body: ofsted')).toEqual([
        problem(FV_FILE, 2, 'Title', "not valid YAML: 'Title' is not a field's name (did you mean title?), and needs a colon after it (allowed: a field's name, a colon and a space, then its value; write it like this: title: Focused visit)"),
        problem(FV_FILE, 4, 'start-date', "not valid YAML: 'start-date' is not a field's name (did you mean start_date?), and needs a colon after it (allowed: a field's name, a colon and a space, then its value; write it like this: start_date: 2024-03-01)"),
      ]);
      // Under text that it could carry on, it may be a word of that text: both are said.
      expect(visit('title: Focused visit', 'summry The council did well.', 'kind: focused-visit', 'date: 2024-03-05', 'body: ofsted')).toEqual([
        problem(FV_FILE, 3, 'front-matter', "not valid YAML: this line is not a field: it is the rest of 'title' on the line above, carried on to a new line, or 'summry' is summary misspelt, without its colon (allowed: a value on one line, joined to the end of the one above or indented by two spaces; or the field summary, written like this: summary: The council did well.)"),
      ]);
      // "Data" is a letter from date, but "shows improvement" is no date.
      expect(visit('title: Visit', 'date: 2024-03-05', 'Data shows improvement', 'summary: s')).toEqual([
        problem(FV_FILE, 4, 'front-matter', "not valid YAML: this line is not a field, and cannot be the rest of 'date' on the line above (allowed: each field on a line of its own: its name, a colon and a space, then its value)"),
      ]);
    });

    it('not a line that carries on the text above in words the field named cannot have, nor a field given elsewhere', () => {
      const carried = (line: number, key: string) =>
        problem(FV_FILE, line, 'front-matter', `not valid YAML: this line is not a field: YAML reads it as the rest of '${key}' on the line above, carried on to a new line (allowed: a value on one line; join this line to the end of the one above, or indent it by two spaces)`);
      expect(visit('title: Visit', 'kind: focused-visit', 'published: 2024-04-10', 'body: ofsted', 'summary: Ofsted found slow progress on the', 'date of the visit.')).toEqual([carried(7, 'summary')]);
      expect(visit('title: Visit', 'kind: focused-visit', 'body: ofsted', 'summary: Ofsted found things.', 'kind focused-visit')).toEqual([carried(6, 'summary')]);
    });

    it('not a line carried on indented, nor a line of a | or > block, though it starts with a field\'s name', () => {
      const wrapped = ['summary: Ofsted looked at how leaders set the', '  date of the visit and the body of work.'];
      expect(visit('title: Visit', 'kind: focused-visit', 'date: 2024-03-05', 'body: ofsted', ...wrapped)).toEqual([]);
      expect(check(FV, `---\ntitle: Visit\nkind: focused-visit\ndate: 2024-03-05\nbody: ofsted\n${wrapped.join('\n')}\n---\nText.\n`, 'lewisham').entry?.data.summary).toBe(
        'Ofsted looked at how leaders set the date of the visit and the body of work.',
      );
      for (const block of ['|', '>']) {
        const lines = [`summary: ${block}`, '  Ofsted found', '  date of the visit was late', '  body of evidence'];
        expect(visit('title: Visit', 'kind: focused-visit', 'date: 2024-03-05', 'body: ofsted', ...lines)).toEqual([]);
      }
      // With a field missing its colon below, only that field is said.
      expect(visit('title: Visit', ...wrapped, 'kind focused-visit', 'date: 2024-03-05', 'body: ofsted')).toEqual([colon(5, 'kind', 'kind: focused-visit')]);
      // A quote opened in a block of text is text, not a quoted value the lines below are in.
      expect(visit('title: Visit', 'summary: >', '  Ofsted found', '  date of the visit was late', '  "Leaders know their services', 'kind focused-visit', 'body: ofsted')).toEqual([
        colon(7, 'kind', 'kind: focused-visit'),
      ]);
    });

    it('not a line inside a quote left open: the quote is the mistake', () => {
      expect(visit('title: "Focused visit', 'kind focused-visit', 'date: 2024-03-05')).toEqual([
        problem(FV_FILE, 2, 'front-matter', 'not valid YAML: the " that opens this value is never closed (allowed: a quoted value ends with the same quote on the same line)'),
      ]);
    });
  });

  it('a line of three dots among the fields, which YAML reads as their end, on its own line', () => {
    expect(yamlMessage('---\ntitle: Visit\ninspectors:\n  - Jane Smith\n...\nbody: ofsted\n---\n')).toEqual([
      '5: a line of three dots ends the fields for YAML, so the lines below it are not read (allowed: only fields between the two --- lines; delete this line, and write out in words what it stood for, such as "and others")',
    ]);
  });

  it('a tab under source: only its own line, by its field, not the correct line after it', () => {
    expect(yamlMessage('---\ntitle: Visit\nsource:\n\turl: https://example.org/a\n  title: Letter\n---\n')).toEqual([
      "4: 'url' is indented with a tab (allowed: spaces, two for each level)",
    ]);
    expect(yamlMessage('---\ntitle: Visit\nthemes:\n\t- care-leavers\n---\n')).toEqual(['4: this line is indented with a tab (allowed: spaces, two for each level)']);
  });

  it('front-matter never closed, or closed by a line that is not just ---', () => {
    expect(problemsOf(MV, '---\ntitle: Visit\nkind: monitoring-visit\n\nText.\n')).toEqual([
      problem(MV_FILE, 1, 'front-matter', 'not valid YAML: the front-matter opened by --- on line 1 is never closed (allowed: a line of just --- after the last field)'),
    ]);
    expect(problemsOf(MV, entryText().replace(/\n---\n/, '\n----\n'))).toEqual([
      problem(MV_FILE, 7, 'front-matter', 'not valid YAML: the line that closes the front-matter must be just --- (it is ----)'),
    ]);
  });


  it('a file without front-matter', () => {
    expect(problemsOf(MV, '# Monitoring visit\n\nText.\n')).toEqual([
      problem(MV_FILE, 1, 'front-matter', 'the file must start with front-matter between two --- lines (see docs/CONTENT-MODEL.md)'),
    ]);
  });

  it('front-matter in another language than YAML is refused, and never run', () => {
    for (const language of ['js', 'javascript', 'coffee', 'toml', 'json']) {
      const text = `---${language}\n{ title: (globalThis.ranFrontMatter = true, 'A paper'), kind: 'committee-paper' }\n---\n\nText.\n`;
      expect(problemsOf(MV, text)).toEqual([
        problem(MV_FILE, 1, 'front-matter', `'---${language}' does not open the front-matter (allowed: a line of just ---, with the fields in YAML below it as docs/CONTENT-MODEL.md shows)`),
      ]);
      expect(parseMarkdown(text).hasFrontMatter).toBe(false);
    }
    expect((globalThis as Record<string, unknown>).ranFrontMatter).toBeUndefined();
  });

  it('front-matter whose opening --- is nearly there is told what is wrong with it', () => {
    const fields = entryText().split('\n').slice(1).join('\n');
    expect(problemsOf(MV, `\n${entryText()}`)).toEqual([
      problem(MV_FILE, 1, 'front-matter', "the --- that opens the front-matter is on line 2, below a blank line (allowed: --- as the file's first line; delete the blank line above it)"),
    ]);
    expect(problemsOf(MV, `\n \n${entryText()}`)).toEqual([problem(MV_FILE, 1, 'front-matter', /is on line 3, below 2 blank lines .*delete the blank lines above it\)$/)]);
    for (const opening of ['--- ', ' ---']) {
      expect(problemsOf(MV, `${opening}\n${fields}`)).toEqual([
        problem(MV_FILE, 1, 'front-matter', 'the line that opens the front-matter has spaces beside its --- (allowed: a line of just ---, with nothing before or after it)'),
      ]);
    }
    expect(problemsOf(MV, `—\n${fields}`)).toEqual([
      problem(MV_FILE, 1, 'front-matter', "'—' does not open the front-matter (allowed: a line of just ---, three hyphens; a word processor turns typed hyphens into a dash, so type them in a plain text editor)"),
    ]);
    expect(problemsOf(MV, `----\n${fields}`)).toEqual([problem(MV_FILE, 1, 'front-matter', "'----' does not open the front-matter (allowed: a line of just ---, three hyphens)")]);
  });

  it('fields with no --- above them are told to have one, and one below them where that is missing too', () => {
    expect(problemsOf(MV, entryText().replace(/^---\n/, ''))).toEqual([
      problem(MV_FILE, 1, 'front-matter', 'the fields start on line 1 with no line of --- above them (allowed: front-matter between two --- lines; add a line of just --- above this one)'),
    ]);
    expect(problemsOf(MV, `\n${entryText().replace(/---\n/g, '')}`)).toEqual([
      problem(MV_FILE, 2, 'front-matter', 'the fields start on line 2 with no line of --- above them (allowed: front-matter between two --- lines; add a line of just --- above this one, and another below the last field)'),
    ]);
  });

  it.each([['an empty file', ''], ['a file of blank lines', ' \n\n'], ['a file of a byte-order mark', '\ufeff']])(
    '%s is told it is empty and how to start one',
    (_, text) => {
      expect(problemsOf(MV, text)).toEqual([
        problem(
          MV_FILE,
          1,
          'file',
          'is empty (allowed: front-matter between two --- lines, then the text; delete this file and run npm run new, which asks for each field and writes the file, or start it with these lines, one under another: ---, title: Monitoring visit, kind: monitoring-visit, date: 2018-08-01, body: ofsted, summary: TODO one or two plain sentences, draft: true, ---)',
        ),
      ]);
    },
  );

  it.each(['2018-08-01-monitoring-visit.md', '2016-06-inspection.md', '2019-10-04-committee-paper-2.md', ...KIND_IDS.map((kind) => `2020-01-15-${kind}.md`)])(
    'the lines the message for an empty %s gives pass the check, as a draft',
    (name) => {
      const [message] = problemsOf(name, '').map((p) => p.message);
      const lines = /one under another: (.*)\)$/.exec(message)![1].split(', ');
      const result = check(name, `${lines.join('\n')}\n`);
      expect(result.problems).toEqual([]);
      expect(result.entry!.data.draft).toBe(true);
    },
  );

  it('a YAML syntax error is reported on its line', () => {
    expect(problemsOf(MV, '---\ntitle: Visit\nkind: monitoring-visit\ntitle: Again\n---\nText.\n')).toEqual([
      problem(MV_FILE, 4, 'front-matter', "not valid YAML: 'title' is given twice (allowed: each field once; keep one and delete the other)"),
    ]);
    expect(problemsOf(MV, '---\ntitle: Visit\nkind: monitoring-visit\n\tbody: ofsted\n---\nText.\n')).toEqual([
      problem(MV_FILE, 4, 'front-matter', "not valid YAML: 'body' is indented with a tab (allowed: spaces, two for each level)"),
    ]);
    expect(problemsOf(MV, '---\ntitle: Visit: care leavers\nkind: monitoring-visit\n---\nText.\n')).toEqual([
      problem(MV_FILE, 2, 'front-matter', 'not valid YAML: the value contains a colon and a space, which YAML reads as the start of another field: put the whole value in straight double quotes, like this: title: "Visit: care leavers"'),
    ]);
  });

  it('an unclosed [ is reported where the YAML parser notices it: the next line', () => {
    // The yaml library reports the line after the bracket; the message says what is missing.
    expect(problemsOf(MV, '---\ntitle: Visit\nkind: [monitoring-visit\nbody: ofsted\n---\nText.\n')).toEqual([
      problem(MV_FILE, 4, 'front-matter', 'not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]'),
    ]);
  });

  describe('a summary pasted over several lines, one with a colon in it', () => {
    const joined = 'summary: "Ofsted found that help had improved, but that oversight was not consistent. Areas to improve:"';
    const carriesOn = `this line carries on 'summary' from the line above, but YAML reads the words before its colon as a field's name (allowed: the whole of summary on one line, in straight double quotes; write it like this: ${joined})`;
    const pasted = (lines: string) => entryText({ summary: `Ofsted found that help had improved,\n${lines}` });

    it('is told, under summary, to join the lines in double quotes, where the line is at the margin', () => {
      // YAML reads the line as a field of its own, "but that … Areas to improve".
      expect(problemsOf(MV, pasted('but that oversight was not consistent. Areas to improve:'))).toEqual([problem(MV_FILE, 7, 'summary', carriesOn)]);
    });

    it('and where it is indented, which YAML cannot place', () => {
      expect(problemsOf(MV, pasted('  but that oversight was not consistent. Areas to improve:'))).toEqual([problem(MV_FILE, 7, 'summary', `not valid YAML: ${carriesOn}`)]);
      const three = entryText({ summary: 'Ofsted found that help\n  had improved,\n  but that oversight was not consistent. Areas to improve:' });
      expect(problemsOf(MV, three)).toEqual([problem(MV_FILE, 8, 'summary', `not valid YAML: ${carriesOn}`)]);
    });

    it('but a field written with a space in its name is still told the field meant', () => {
      expect(problemsOf(MV, entryText({ start_date: '2018-07-31' }).replace('start_date:', 'start date:'))).toEqual([
        problem(MV_FILE, 7, 'start date', /^is not a field of an entry \(did you mean start_date\?\)/),
      ]);
    });

    it('a value ending with a colon is told so', () => {
      expect(problemsOf(MV, entryText({ summary: 'Ofsted found that help had improved. Areas to improve:' }))).toEqual([
        problem(MV_FILE, 6, 'front-matter', 'not valid YAML: the value ends with a colon, which YAML reads as the start of another field: put the whole value in straight double quotes, like this: summary: "Ofsted found that help had improved. Areas to improve:"'),
      ]);
    });
  });

  it('front-matter that is not a map of fields', () => {
    expect(problemsOf(MV, '---\n- title\n- kind\n---\nText.\n')).toEqual([
      problem(MV_FILE, 1, 'front-matter', 'must be a list of field: value lines (allowed: title, kind, date, body, summary and the other entry fields)'),
    ]);
    expect(problemsOf(MV, '---\njust a sentence\n---\nText.\n')).toEqual([
      problem(MV_FILE, 1, 'front-matter', 'must be a list of field: value lines (allowed: title, kind, date, body, summary and the other entry fields)'),
    ]);
  });
});

describe('read.ts line numbers', () => {
  it('parseMarkdown gives file lines for fields, list items and nested keys', () => {
    const text = '---\ntitle: T\nthemes:\n  - a\n  - b\ngrades:\n  overall: good\n---\nBody\n';
    const parsed = parseMarkdown(text);
    expect(parsed.lineOf(['title'])).toBe(2);
    expect(parsed.lineOf(['themes', 1])).toBe(5);
    expect(parsed.lineOf(['grades', 'overall'])).toBe(7);
    expect(parsed.lineOf(['missing'])).toBe(1);
    expect(parsed.lineOf(['grades', 'missing'])).toBe(6);
    expect(parsed.bodyLine).toBe(9);
    expect(parsed.body).toBe('Body\n');
  });

  it('parseYaml keeps dates as strings (YAML 1.2 core schema)', () => {
    const parsed = parseYaml('date: 2018-08-01\nwhen: 2018-08-01T10:00:00Z\nflag: yes\n');
    expect(parsed.data).toEqual({ date: '2018-08-01', when: '2018-08-01T10:00:00Z', flag: 'yes' });
  });
});

describe('problems.ts', () => {
  const p = (file: string, line: number, field = 'title', message = 'is required'): Problem => ({ file, line, field, message });

  it('formats a problem as path:line: field: message', () => {
    expect(formatProblem(p(MV_FILE, 4, 'grades.overall', "'Good' is not a grade"))).toBe(
      "content/entries/reading/2018-08-01-monitoring-visit.md:4: grades.overall: 'Good' is not a grade",
    );
  });

  it('formats a list with a count of problems and files', () => {
    expect(formatProblems([p('a.md', 1), p('a.md', 2), p('b.md', 1)])).toBe(
      'a.md:1: title: is required\na.md:2: title: is required\nb.md:1: title: is required\n3 problems in 2 files',
    );
    expect(formatProblems([p('a.md', 1)])).toBe('a.md:1: title: is required\n1 problem in 1 file');
    const error = new ContentProblemsError([p('a.md', 1)]);
    expect(error.message).toBe('a.md:1: title: is required\n1 problem in 1 file');
    expect(error.problems).toHaveLength(1);
  });

  it('sorts by file then line, keeping the order of problems on one line', () => {
    const sorted = sortProblems([p('b.md', 2), p('a.md', 10), p('a.md', 2, 'x'), p('a.md', 2, 'y'), p('b.md', 1)]);
    expect(sorted.map((q) => `${q.file}:${q.line}:${q.field}`)).toEqual(['a.md:2:x', 'a.md:2:y', 'a.md:10:title', 'b.md:1:title', 'b.md:2:title']);
  });

  it('suggests only a close value', () => {
    expect(suggestion('monitoring-vist', KIND_IDS)).toBe(' (did you mean monitoring-visit?)');
    expect(suggestion('Good', GRADES)).toBe(' (did you mean good?)');
    expect(suggestion('Sif', FRAMEWORK_IDS)).toBe(' (did you mean sif?)');
    expect(suggestion('excellent', GRADES)).toBe('');
    expect(suggestion('x', [])).toBe('');
  });

  it('suggests from the start of a value: focussed → focused-visit, monitoring → monitoring-visit, ilacs → ilacs itself', () => {
    expect(suggestion('focussed', KIND_IDS)).toBe(' (did you mean focused-visit?)');
    expect(suggestion('monitoring', KIND_IDS)).toBe(' (did you mean monitoring-visit?)');
    expect(suggestion('ilacs', FRAMEWORK_IDS)).toBe(' (did you mean ilacs?)');
    expect(suggestion('visit', KIND_IDS)).toBe('');
  });

  it('suggests regardless of case: ILACS → ilacs, SIF → sif, OFSTED → ofsted', () => {
    expect(suggestion('ILACS', FRAMEWORK_IDS)).toBe(' (did you mean ilacs?)');
    expect(suggestion('SIF', FRAMEWORK_IDS)).toBe(' (did you mean sif?)');
    expect(suggestion('OFSTED', BODY_IDS)).toBe(' (did you mean ofsted?)');
  });
});

describe('the message names what is allowed', () => {
  // BUG src/lib/content/validate.ts:101: an unknown key inside `source` (or a council's
  // `delivered_by` period) gets `known = []`, so the message neither suggests nor lists
  // the allowed keys: "source.titel: is not a field of source".
  it('an unknown key inside source names url and title', () => {
    expect(problemsOf(MV, entryText({ source: '\n  url: https://example.org/x\n  titel: Letter' }))).toEqual([
      problem(MV_FILE, 9, 'source.titel', /\(did you mean title\?\).*\(allowed: url, title\)/),
    ]);
  });
});

describe('loadContent', () => {
  const temp = tempContents();
  const load = temp.load;

  it('loads a valid directory with no problems', async () => {
    const set = await load(withBase({ [`entries/reading/${MV}`]: entryText() }));
    expect(set.problems).toEqual([]);
    expect(set.councils.map((c) => c.id)).toEqual(['reading']);
    expect(set.themes.map((t) => t.id)).toEqual(['care-leavers', 'workforce-stability']);
    expect(set.entries.map((e) => e.id)).toEqual(['reading/2018-08-01-monitoring-visit']);
    expect(set.entryFiles).toBe(1);
    expect(set.entries[0].file).toBe(temp.shown(`entries/reading/${MV}`));
  });

  it('a missing directory is one problem', async () => {
    const content = await temp.write({});
    const set = await loadContent(path.join(content.dir, 'nope'));
    expect(set.problems).toEqual([problem(content.shown('nope'), 1, 'content', 'the content directory does not exist')]);
  });

  it('a missing themes.yaml is a problem', async () => {
    const set = await load({ 'councils/reading.yaml': COUNCIL_YAML });
    expect(set.problems).toEqual([problem(temp.shown('themes.yaml'), 1, 'file', 'is missing: the theme dictionary is required')]);
  });

  describe('folders and stray files', () => {
    it('an entry folder that is not a known council', async () => {
      const set = await load(withBase({ 'entries/redding/2018-08-01-monitoring-visit.md': entryText() }));
      expect(set.problems).toEqual([
        problem(
          temp.shown('entries/redding/2018-08-01-monitoring-visit.md'),
          1,
          'council folder',
          "'redding' is not a council: there is no content/councils/redding.yaml (did you mean reading?) (allowed: a folder named after a file in content/councils/)",
        ),
      ]);
    });

    it('a file directly under entries/, in a sub-folder, and anywhere else is reported, not skipped', async () => {
      const set = await load(
        withBase({
          [`entries/${MV}`]: entryText(),
          [`entries/reading/2018/${MV}`]: entryText(),
          'entries/reading/notes.txt': 'notes',
          'councils/old/reading.yaml': COUNCIL_YAML,
          'councils/slough.yml': COUNCIL_YAML,
          'README.md': '# Content',
          'drafts/x.md': 'x',
        }),
      );
      expect(set.problems).toEqual([
        problem(temp.shown('councils/old/reading.yaml'), 1, 'file', NOT_CONTENT),
        problem(temp.shown('councils/slough.yml'), 1, 'file', NOT_CONTENT.replace('not part of the content', "is not a council file: a council file's name ends in .yaml (did you mean slough.yaml?)")),
        problem(temp.shown('drafts/x.md'), 1, 'file', NOT_CONTENT),
        // An entry saved beside the council folders, or in a folder of its own inside one, is told where it goes.
        problem(temp.shown(`entries/${MV}`), 1, 'file', NOT_CONTENT.replace('not part of the content', "is not in a council's folder: move it into the folder of the council it is about, content/entries/<council>/")),
        problem(temp.shown('entries/reading/2018/2018-08-01-monitoring-visit.md'), 1, 'file', NOT_CONTENT.replace('not part of the content', 'is in a folder inside reading/: move it up into content/entries/reading/')),
        problem(temp.shown('entries/reading/notes.txt'), 1, 'file name', `'notes.txt' is not an entry file (allowed: ${ENTRY_PATTERN})`),
        problem(temp.shown('README.md'), 1, 'file', NOT_CONTENT),
      ]);
      expect(set.entries).toEqual([]);
    });

    it('a link to a file or folder elsewhere is reported, not followed or skipped', async () => {
      const content = await temp.write(withBase({ [`entries/reading/${MV}`]: entryText(), 'elsewhere/2018-09-01-monitoring-visit.md': entryText({ date: '2018-09-01' }) }));
      await symlink(path.join(content.dir, 'elsewhere/2018-09-01-monitoring-visit.md'), path.join(content.dir, 'entries/reading/2018-09-01-monitoring-visit.md'));
      await symlink(path.join(content.dir, 'entries/reading'), path.join(content.dir, 'entries/slough'));
      const set = await loadContent(content.dir);
      const linked = 'is a link to a file or folder elsewhere, which the site does not follow (allowed: the file or folder itself, copied here in place of the link)';
      expect(set.problems).toEqual([
        problem(content.shown('elsewhere/2018-09-01-monitoring-visit.md'), 1, 'file', NOT_CONTENT),
        problem(content.shown('entries/reading/2018-09-01-monitoring-visit.md'), 1, 'file', linked),
        problem(content.shown('entries/slough'), 1, 'file', linked),
      ]);
      expect(set.entryFiles).toBe(3);
    });

    it('.markdown and .MD entry files are errors, not skipped', async () => {
      const set = await load(
        withBase({
          'entries/reading/2018-08-01-monitoring-visit.markdown': entryText(),
          'entries/reading/2018-08-01-monitoring-visit.MD': entryText(),
        }),
      );
      expect(set.problems.map((p) => `${p.file}: ${p.field}`)).toEqual([
        `${temp.shown('entries/reading/2018-08-01-monitoring-visit.markdown')}: file name`,
        `${temp.shown('entries/reading/2018-08-01-monitoring-visit.MD')}: file name`,
      ]);
      expect(set.entryFiles).toBe(2);
    });

    it('ignores the junk operating systems leave behind', async () => {
      const set = await load(
        withBase({ 'entries/reading/.DS_Store': 'x', 'councils/Thumbs.db': 'x', [`entries/reading/._${MV}`]: '\u0000\u0005\u0016\u0007Mac OS X', [`entries/reading/${MV}`]: entryText() }),
      );
      expect(set.problems).toEqual([]);
      expect(set.entryFiles).toBe(1);
    });
  });

  describe('entryFiles counts every file under entries/, valid or not', () => {
    it('counts valid, invalid, misnamed and misplaced entry files alike', async () => {
      const set = await load(
        withBase({
          [`entries/reading/${MV}`]: entryText(),
          'entries/reading/2018-08-02-monitoring-visit.md': entryText({ date: '2018-08-02', draft: 'true' }),
          'entries/reading/2018-08-03-monitoring-visit.md': entryText({ date: '2018-02-30' }),
          'entries/reading/notes.md': entryText(),
          'entries/unknown/2018-08-01-monitoring-visit.md': entryText(),
          [`entries/${MV}`]: entryText(),
          [`entries/reading/deep/${MV}`]: entryText(),
          'councils/notes.txt': 'not an entry',
        }),
      );
      expect(set.entryFiles).toBe(7);
      expect(set.entries.map((e) => e.id).sort()).toEqual([
        'reading/2018-08-01-monitoring-visit',
        'reading/2018-08-02-monitoring-visit',
        'unknown/2018-08-01-monitoring-visit',
      ]);
      expect(set.entries.find((e) => e.id === 'reading/2018-08-02-monitoring-visit')?.data.draft).toBe(true);
    });
  });

  describe('abolished councils', () => {
    it('refuses an entry dated after its council was abolished', async () => {
      const set = await load(withBase({
        'councils/reading.yaml': `${COUNCIL_YAML}abolished: 2018-04-01\n`,
        [`entries/reading/${MV}`]: entryText(),
        'entries/reading/2018-03-monitoring-visit.md': entryText({ date: '2018-03' }),
        'entries/reading/2018-04-01-monitoring-visit.md': entryText({ date: '2018-04-01' }),
      }));
      expect(set.problems).toEqual([
        problem(temp.shown(`entries/reading/${MV}`), 4, 'date', '2018-08-01 is after the council was abolished on 1 April 2018 (allowed: a date up to then; a later event belongs to the council that took over)'),
      ]);
    });

    it('names where a later event belongs, when the council file lists its successors', async () => {
      const set = await load(withBase({
        'councils/reading.yaml': `${COUNCIL_YAML}abolished: 2018-04-01\nsuccessors: [west-reading, east-reading]\n`,
        'councils/west-reading.yaml': 'name: West Reading Council\nshort_name: West Reading\ntype: unitary\npredecessors: [reading]\n',
        'councils/east-reading.yaml': 'name: East Reading Council\nshort_name: East Reading\ntype: unitary\npredecessors: [reading]\n',
        [`entries/reading/${MV}`]: entryText(),
      }));
      expect(set.problems.map((p) => p.message)).toEqual([
        '2018-08-01 is after the council was abolished on 1 April 2018 (allowed: a date up to then; a later event belongs to the council that took over: content/entries/west-reading/ or content/entries/east-reading/)',
      ]);
    });
  });

  describe('an entry in another council’s folder', () => {
    const READING_PAGE = 'https://reports.ofsted.gov.uk/provider/44/80540';
    const councils = {
      'councils/reading.yaml': `${COUNCIL_YAML}ofsted_url: ${READING_PAGE}\n`,
      'councils/slough.yaml': 'name: Slough Borough Council\nshort_name: Slough\ntype: unitary\nofsted_url: https://reports.ofsted.gov.uk/provider/44/871\n',
    };
    const sourced = (url: string) => entryText({ source: `\n  url: ${url}` });

    it('is refused when its source is the Ofsted page of another council, on the line of the address', async () => {
      const set = await load(withBase({ ...councils, [`entries/slough/${MV}`]: sourced('http://REPORTS.ofsted.gov.uk/provider/44/80540/') }));
      expect(set.problems).toEqual([
        problem(
          temp.shown(`entries/slough/${MV}`),
          8,
          'source.url',
          "http://REPORTS.ofsted.gov.uk/provider/44/80540/ is the Ofsted page of reading (the ofsted_url in content/councils/reading.yaml), but this file is in content/entries/slough/: if the entry is about reading, move it to content/entries/reading/ (allowed: this council's own Ofsted page, or that of a council it took over from, that took over from it or that took over from the same council)",
        ),
      ]);
    });

    it('is accepted with its own council’s page, another address, or the page of a council it took over from or that took over from the same council', async () => {
      const set = await load(withBase({
        ...councils,
        'councils/slough.yaml': `${councils['councils/slough.yaml']}predecessors: [old-slough]\n`,
        'councils/old-slough.yaml': 'name: Old Slough Council\nshort_name: Old Slough\ntype: unitary\nofsted_url: https://reports.ofsted.gov.uk/provider/44/999\nabolished: 2019-04-01\nsuccessors: [slough]\n',
        [`entries/reading/${MV}`]: sourced(READING_PAGE),
        [`entries/slough/${MV}`]: sourced('https://reports.ofsted.gov.uk/provider/44/871'),
        'entries/slough/2018-09-01-monitoring-visit.md': entryText({ date: '2018-09-01', source: '\n  url: https://www.slough.gov.uk/reports/ofsted-letter.pdf' }),
        'entries/slough/2018-10-01-monitoring-visit.md': entryText({ date: '2018-10-01', source: '\n  url: https://reports.ofsted.gov.uk/provider/44/999' }),
        // Two councils that took over from one may share a page (one trust serves North and West Northamptonshire).
        'councils/east-slough.yaml': 'name: East Slough Council\nshort_name: East Slough\ntype: unitary\nofsted_url: https://reports.ofsted.gov.uk/provider/44/998\npredecessors: [old-slough]\n',
        'entries/slough/2018-11-01-monitoring-visit.md': entryText({ date: '2018-11-01', source: '\n  url: https://reports.ofsted.gov.uk/provider/44/998' }),
      }));
      expect(set.problems).toEqual([]);
    });

    it('is warned of when its title or summary names another council and not its own, on the line of the field', async () => {
      const text = entryText({ title: "Focused visit to Reading children's services", summary: 'Reading Borough Council has improved.' });
      const set = await load(withBase({ ...councils, [`entries/slough/${MV}`]: text }));
      expect(set.problems).toEqual([]);
      expect(set.entries.map((e) => e.id)).toEqual([`slough/${MV.slice(0, -3)}`]);
      expect(set.warnings).toEqual([
        problem(
          temp.shown(`entries/slough/${MV}`),
          lineOfKey(text, 'title'),
          'title',
          "warning: names Reading, not Slough: is this file in the right council's folder? (allowed: an entry about Slough, which names Slough if it names another council; an entry about Reading belongs in content/entries/reading/)",
        ),
      ]);
      const summary = entryText({ summary: 'Ofsted found that Reading had improved.' });
      const inSummary = await load(withBase({ ...councils, [`entries/slough/${MV}`]: summary }));
      expect(inSummary.warnings.map((w) => `${w.line}: ${w.field}`)).toEqual([`${lineOfKey(summary, 'summary')}: summary`]);
    });

    it('is not warned of when it names its own council too, a council it took over from, or a council only as a word starting a sentence', async () => {
      const set = await load(withBase({
        ...councils,
        'councils/slough.yaml': `${councils['councils/slough.yaml']}predecessors: [old-slough]\n`,
        'councils/old-slough.yaml': 'name: Old Slough Council\nshort_name: Old Slough\ntype: unitary\nabolished: 2019-04-01\nsuccessors: [slough]\n',
        [`entries/slough/${MV}`]: entryText({ summary: 'Slough and Reading shared a front door.' }),
        'entries/slough/2018-09-01-monitoring-visit.md': entryText({ date: '2018-09-01', summary: 'Old Slough Council had set up the service.' }),
        'entries/slough/2018-10-01-monitoring-visit.md': entryText({ date: '2018-10-01', title: 'Reading the letter', summary: 'Help has improved. Reading it, the council agreed.' }),
      }));
      expect(set.problems).toEqual([]);
      expect(set.warnings).toEqual([]);
    });
  });

  describe('themes and related ids', () => {
    it('theme ids must exist in themes.yaml, reported on the item with a suggestion', async () => {
      const text = entryText({ themes: '\n  - care-leavers\n  - care-leaver' });
      const set = await load(withBase({ [`entries/reading/${MV}`]: text }));
      expect(set.problems).toEqual([
        problem(temp.shown(`entries/reading/${MV}`), 9, 'themes[1]', "'care-leaver' is not a theme (did you mean care-leavers?) (allowed: an id from content/themes.yaml: care-leavers, workforce-stability)"),
      ]);
    });

    it('ignore_themes ids are checked the same way', async () => {
      const text = entryText({ ignore_themes: '[care-leaver]' });
      const set = await load(withBase({ [`entries/reading/${MV}`]: text }));
      expect(set.problems).toEqual([
        problem(temp.shown(`entries/reading/${MV}`), lineOfKey(text, 'ignore_themes'), 'ignore_themes[0]', "'care-leaver' is not a theme (did you mean care-leavers?) (allowed: an id from content/themes.yaml: care-leavers, workforce-stability)"),
      ]);
    });

    it("names the id meant when a theme is written as its label, as the site and npm run new show it, or close to it", async () => {
      const themes = '- id: front-door\n  label: Front door and MASH\n  description: Contacts and referrals\n  phrases: [front door]\n- id: management-oversight\n  label: Management oversight and supervision\n  description: Supervision of cases\n  phrases: [supervision]\n';
      const text = entryText({ themes: '\n  - Front door and MASH\n  - front-door-and-mash\n  - Management oversight and supervision\n  - Front Door\n  - Recruitment' });
      const set = await load({ 'councils/reading.yaml': COUNCIL_YAML, 'themes.yaml': themes, [`entries/reading/${MV}`]: text });
      const allowed = '(allowed: an id from content/themes.yaml: front-door, management-oversight)';
      const byLabel = (id: string, label: string) => `(did you mean ${id}, the id of the theme labelled “${label}”?)`;
      expect(set.problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
        `themes[0]: 'Front door and MASH' is not a theme ${byLabel('front-door', 'Front door and MASH')} ${allowed}`,
        `themes[1]: 'front-door-and-mash' is not a theme ${byLabel('front-door', 'Front door and MASH')} ${allowed}`,
        `themes[2]: 'Management oversight and supervision' is not a theme ${byLabel('management-oversight', 'Management oversight and supervision')} ${allowed}`,
        `themes[3]: 'Front Door' is not a theme (did you mean front-door?) ${allowed}`,
        `themes[4]: 'Recruitment' is not a theme ${allowed}`,
      ]);
    });

    it('related ids must exist and not be the entry itself', async () => {
      const text = entryText({
        related: '\n  - reading/2016-06-inspection\n  - reading/2018-08-01-monitoring-visit\n  - reading/2016-06-inspections\n  - reading/2019-01-01-deep-dive',
      });
      const set = await load(
        withBase({
          [`entries/reading/${MV}`]: text,
          'entries/reading/2016-06-inspection.md': entryText({ kind: 'inspection', date: '2016-06' }),
        }),
      );
      const file = temp.shown(`entries/reading/${MV}`);
      expect(set.problems).toEqual([
        problem(file, 9, 'related[1]', "'reading/2018-08-01-monitoring-visit' is this entry itself (allowed: <council>/<file name without .md> of another entry)"),
        problem(file, 10, 'related[2]', "'reading/2016-06-inspections' is not an entry (did you mean reading/2016-06-inspection?) (allowed: <council>/<file name without .md> of another entry)"),
        problem(file, 11, 'related[3]', "'reading/2019-01-01-deep-dive' is not an entry (allowed: <council>/<file name without .md> of another entry)"),
      ]);
    });

    it('a related entry that has problems of its own still exists (no knock-on problem)', async () => {
      const set = await load(
        withBase({
          [`entries/reading/${MV}`]: entryText({ related: '[reading/2016-06-inspection]' }),
          'entries/reading/2016-06-inspection.md': entryText({ kind: 'inspection', date: '2016-06', summary: undefined }),
        }),
      );
      expect(set.problems).toEqual([problem(temp.shown('entries/reading/2016-06-inspection.md'), 1, 'summary', 'is required (allowed: one or two plain sentences, up to 400 characters)')]);
    });

    it('checks themes and related even on an entry with other problems', async () => {
      const text = entryText({ title: '""', themes: '[nope]' });
      const set = await load(withBase({ [`entries/reading/${MV}`]: text }));
      expect(set.problems.map((p) => p.field)).toEqual(['title', 'themes[0]']);
    });
  });

  describe('council files', () => {
    it('successors and predecessors must be councils', async () => {
      const set = await load({
        'themes.yaml': THEMES_YAML,
        'councils/northamptonshire.yaml': 'name: Northamptonshire County Council\nshort_name: Northamptonshire\ntype: county\nabolished: 2021-04-01\nsuccessors:\n  - west-northamptonshire\n  - north-northamptonshire\n',
        'councils/west-northamptonshire.yaml': 'name: West Northamptonshire Council\nshort_name: West Northamptonshire\ntype: unitary\npredecessors: [northamptonshire, northamptonshir]\n',
      });
      expect(set.problems).toEqual([
        problem(temp.shown('councils/northamptonshire.yaml'), 7, 'successors[1]', /^'north-northamptonshire' is not a council .*\(allowed: a file name in content\/councils\/\)$/),
        problem(temp.shown('councils/west-northamptonshire.yaml'), 4, 'predecessors[1]', "'northamptonshir' is not a council (did you mean northamptonshire?) (allowed: a file name in content/councils/)"),
      ]);
    });

    it('an ONS code belongs to one council', async () => {
      const set = await load({
        'themes.yaml': THEMES_YAML,
        'councils/reading.yaml': 'name: Reading Borough Council\nshort_name: Reading\ngss_code: E06000038\ntype: unitary\n',
        'councils/wokingham.yaml': 'name: Wokingham Borough Council\nshort_name: Wokingham\ntype: unitary\ngss_code: E06000038\n',
      });
      expect(set.problems).toEqual([
        problem(temp.shown('councils/wokingham.yaml'), 4, 'gss_code', "E06000038 is already the code of reading (allowed: each council's own ONS code)"),
      ]);
    });

    it('a former ONS code belongs to that council alone, and its problems are on their lines', async () => {
      // York's former codes wrongly copy North Yorkshire's, and the first is given a month.
      const councils = (yorkUntil: string) => ({
        'themes.yaml': THEMES_YAML,
        'councils/north-yorkshire.yaml': 'name: North Yorkshire\nshort_name: North Yorkshire\ngss_code: E06000065\nformer_gss_codes:\n  - gss_code: E10000023\n    until: 2023-04-01\ntype: unitary\n',
        'councils/york.yaml': `name: York\nshort_name: York\ngss_code: E06000014\nformer_gss_codes:\n  - gss_code: E10000023\n    until: ${yorkUntil}\n  - gss_code: E06000065\n    until: 2023-04-01\ntype: unitary\n`,
      });
      const set = await load(councils('1996-04'));
      const file = temp.shown('councils/york.yaml');
      expect(set.problems).toEqual([
        problem(file, 6, 'former_gss_codes[0].until', "'1996-04' is a month (allowed: the day the next code took effect, YYYY-MM-DD, e.g. 1996-04-01)"),
      ]);
      const fixed = await load(councils('1996-04-01'));
      const fixedFile = temp.shown('councils/york.yaml');
      expect(fixed.problems).toEqual([
        problem(fixedFile, 5, 'former_gss_codes[0].gss_code', "E10000023 is already the code of north-yorkshire (allowed: each council's own ONS code)"),
        problem(fixedFile, 7, 'former_gss_codes[1].gss_code', "E06000065 is already the code of north-yorkshire (allowed: each council's own ONS code)"),
      ]);
    });

    it('gss_code, type and unknown fields are reported on their lines', async () => {
      const set = await load({
        'themes.yaml': THEMES_YAML,
        'councils/reading.yaml': 'name: Reading Borough Council\nshort_name: Reading\ngss_code: E0600038\ntype: Unitary\ncolor: red\n',
      });
      const file = temp.shown('councils/reading.yaml');
      expect(set.problems).toEqual([
        problem(file, 3, 'gss_code', "'E0600038' is not an ONS code (allowed: a letter and 8 digits, e.g. E06000038)"),
        problem(file, 4, 'type', "'Unitary' is not a council type (did you mean unitary?) (allowed: county, unitary, metropolitan-borough, london-borough, other)"),
        problem(file, 5, 'color', /^is not a field of a council \(allowed: name, short_name, gss_code, type, /),
      ]);
    });

    it('a field name written with capitals is one problem on its line', async () => {
      const set = await load({ 'themes.yaml': THEMES_YAML, 'councils/reading.yaml': 'Name: Reading Borough Council\nShort_Name: Reading\ntype: unitary\n' });
      const file = temp.shown('councils/reading.yaml');
      expect(set.problems).toEqual([
        problem(file, 1, 'name', 'field names are lower case: write name: in place of Name:'),
        problem(file, 2, 'short_name', 'field names are lower case: write short_name: in place of Short_Name:'),
      ]);
    });

    it('a council file name must be a council id', async () => {
      const set = await load({ 'themes.yaml': THEMES_YAML, 'councils/Reading Borough.yaml': COUNCIL_YAML });
      expect(set.problems).toEqual([
        problem(temp.shown('councils/Reading Borough.yaml'), 1, 'file name', /^'Reading Borough' is not a council id \(allowed: lower-case words joined by hyphens/),
      ]);
    });

    it('a YAML error in a council file is reported on its line', async () => {
      const set = await load({ 'themes.yaml': THEMES_YAML, 'councils/reading.yaml': 'name: Reading\nshort_name: Reading\n\ttype: unitary\n' });
      expect(set.problems).toEqual([problem(temp.shown('councils/reading.yaml'), 3, 'file', "not valid YAML: 'type' is indented with a tab (allowed: spaces, two for each level)")]);
    });

    it('a council field without its colon is said on its line, under its name', async () => {
      const set = await load({ 'themes.yaml': THEMES_YAML, 'councils/reading.yaml': 'name: Reading Borough Council\nshort_name Reading\ntype: unitary\n' });
      expect(set.problems).toEqual([
        problem(temp.shown('councils/reading.yaml'), 2, 'short_name', "not valid YAML: 'short_name' needs a colon after it, or YAML cannot read the line as a field (allowed: a field's name, a colon and a space, then its value; write it like this: short_name: Reading)"),
      ]);
    });

    it('required council fields are reported', async () => {
      const set = await load({ 'themes.yaml': THEMES_YAML, 'councils/reading.yaml': 'region: South East\n' });
      expect(set.problems.map((p) => `${p.line}: ${p.field}: ${p.message}`)).toEqual([
        '1: name: is required (allowed: the full name)',
        '1: short_name: is required (allowed: the short name used in titles)',
        '1: type: is required (allowed: county, unitary, metropolitan-borough, london-borough, other)',
      ]);
    });

    // BUG src/lib/content/validate.ts:302 and :322: a council file with any problem is left
    // out of `councils`, so crossCheck (validate.ts:344-368) then (a) reports every entry in
    // its folder as "'reading' is not a council" although content/councils/reading.yaml
    // exists, and (b) never checks that file's successors/predecessors, so those problems
    // appear only on the next run, after the first is fixed.
    it('a council file with one problem does not hide or invent other problems', async () => {
      const set = await load({
        'themes.yaml': THEMES_YAML,
        'councils/reading.yaml': 'name: Reading Borough Council\nshort_name: Reading\ntype: unitary\ngss_code: E0600038\nsuccessors: [nowhere]\n',
        [`entries/reading/${MV}`]: entryText(),
      });
      expect(set.problems.map((p) => `${p.file.split('/').slice(-2).join('/')}:${p.line}: ${p.field}`)).toEqual([
        'councils/reading.yaml:4: gss_code',
        'councils/reading.yaml:5: successors[0]',
      ]);
    });

    // Same cause for themes: a theme with a problem is dropped, so entries using it get a
    // second, misleading "'x' is not a theme" although the id is in themes.yaml.
    it('a theme with a problem does not make entries that use it fail too', async () => {
      const set = await load({
        'councils/reading.yaml': COUNCIL_YAML,
        'themes.yaml': '- id: front-door\n  label: Front door\n  description: MASH\n  phrases: []\n',
        [`entries/reading/${MV}`]: entryText({ themes: '[front-door]' }),
      });
      expect(set.problems.map((p) => `${p.file.split('/').slice(-1)}:${p.line}: ${p.field}`)).toEqual(['themes.yaml:4: [0].phrases']);
    });

    // BUG src/lib/content/schema.ts:231 (councilSchema) and :235 (themeSchema): the
    // strictObject has no `error`, so a council file (or theme item) that is not a map
    // gets zod's "Invalid input: expected object, received array", which names nothing allowed.
    it('a council file that is a list says what is allowed', async () => {
      const set = await load({ 'themes.yaml': THEMES_YAML, 'councils/reading.yaml': '- name: Reading\n- type: unitary\n' });
      expect(set.problems).toEqual([problem(temp.shown('councils/reading.yaml'), 1, 'file', /allowed/)]);
    });
  });

  describe('themes.yaml', () => {
    it('ids must be unique: the second is reported on its id line', async () => {
      const themes = `${THEMES_YAML}- id: care-leavers\n  label: Again\n  description: A duplicate\n  phrases: [leaving care]\n`;
      const set = await load({ 'councils/reading.yaml': COUNCIL_YAML, 'themes.yaml': themes });
      expect(set.problems).toEqual([
        problem(temp.shown('themes.yaml'), 9, '[2].id', "'care-leavers' is used by an earlier theme (allowed: each id once)"),
      ]);
      expect(set.themes.map((t) => t.id)).toEqual(['care-leavers', 'workforce-stability']);
    });

    it('phrases are required and must not be empty', async () => {
      const themes = [
        '- id: a', '  label: A', '  description: A', '  phrases: []',
        '- id: b', '  label: B', '  description: B',
        '- id: c', '  label: C', '  description: C', '  phrases: [ok]', '  colour: red', '',
      ].join('\n');
      const set = await load({ 'councils/reading.yaml': COUNCIL_YAML, 'themes.yaml': themes });
      const file = temp.shown('themes.yaml');
      expect(set.problems).toEqual([
        problem(file, 4, '[0].phrases', 'must list at least one phrase'),
        problem(file, 5, '[1].phrases', 'is required (allowed: a list of phrases to look for)'),
        problem(file, 12, '[2].colour', 'is not a field of a theme (allowed: id, label, description, phrases)'),
      ]);
    });

    it('must be a list of themes; an empty or unreadable one is one problem, not one on every entry that lists themes', async () => {
      const entry = entryText({ themes: '[care-leavers]' });
      for (const themes of ['id: a\nlabel: A\n', '', '- id: a\n  label: A\n  label: B\n']) {
        const set = await load({ 'councils/reading.yaml': COUNCIL_YAML, 'themes.yaml': themes, [`entries/reading/${MV}`]: entry });
        expect(set.problems.map((p) => p.file)).toEqual([temp.shown('themes.yaml')]);
      }
      const set = await load({ 'councils/reading.yaml': COUNCIL_YAML, 'themes.yaml': 'id: a\nlabel: A\n' });
      expect(set.problems).toEqual([problem(temp.shown('themes.yaml'), 1, 'file', 'must be a list of themes, each starting "- id:"')]);
    });

    it('a YAML error is reported on its line', async () => {
      const set = await load({ 'councils/reading.yaml': COUNCIL_YAML, 'themes.yaml': '- id: a\n  label: A\n  label: B\n' });
      expect(set.problems).toEqual([problem(temp.shown('themes.yaml'), 3, 'file', "not valid YAML: 'label' is given twice (allowed: each field once; keep one and delete the other)")]);
    });
  });

  it('warns of what a published entry links to that will not be there: a draft in related, and pages of the site in its text', async () => {
    const draft = 'reading/2018-09-01-monitoring-visit';
    const text = entryText(
      { related: `[${draft}]` },
      'See [the draft](/councils/reading/2018-09-01-monitoring-visit/) and [a typo](/councils/reading/2018-08-02-monitoring-visit/),\n[the journey](/councils/reading/journey/), [a theme](/themes/care-leavers/) and [this](/councils/reading/2018-08-01-monitoring-visit/#top).\n',
    );
    const set = await load(withBase({
      [`entries/reading/${MV}`]: text,
      // A draft's own links are not looked at: it is not built.
      'entries/reading/2018-09-01-monitoring-visit.md': entryText({ date: '2018-09-01', draft: 'true' }, '[gone](/councils/nowhere/)\n'),
    }));
    expect(set.problems).toEqual([]);
    const shown = temp.shown(`entries/reading/${MV}`);
    expect(set.warnings.map((w) => [w.file, w.line, w.field, w.message.replace(/ \(allowed: .*\)$/, '')])).toEqual([
      [shown, lineOfKey(text, 'related'), 'related[0]', `warning: '${draft}' is a draft, so this page leaves it out until it is published`],
      [shown, 9, 'text', `warning: the link to /councils/${draft}/ would lead to "page not found": the entry ${draft} is a draft, which is not published until draft: true is taken out of it`],
      [shown, 9, 'text', 'warning: the link to /councils/reading/2018-08-02-monitoring-visit/ would lead to "page not found": there is no entry reading/2018-08-02-monitoring-visit (content/entries/reading/2018-08-02-monitoring-visit.md) (did you mean /councils/reading/2018-08-01-monitoring-visit/?)'],
    ]);
  });

  it('loadCouncils and loadThemes return the valid ones only', async () => {
    const content = await temp.write(
      withBase({ 'councils/broken.yaml': 'name: Broken\n', 'councils/notes.txt': 'x' }),
    );
    expect((await loadCouncils(content.dir)).map((c) => c.id)).toEqual(['reading']);
    expect((await loadThemes(content.dir)).map((t) => t.id)).toEqual(['care-leavers', 'workforce-stability']);
    expect(await loadThemes(path.join(content.dir, 'nope'))).toEqual([]);
  });

  it('loadCouncils and loadThemes, which the dev preview reads, follow no link the check refuses', async () => {
    const content = await temp.write(withBase({ 'outside/leaked.yaml': COUNCIL_YAML, 'outside/themes.yaml': THEMES_YAML }));
    await symlink(path.join(content.dir, 'outside/leaked.yaml'), path.join(content.dir, 'councils/leaked.yaml'));
    expect((await loadCouncils(content.dir)).map((c) => c.id)).toEqual(['reading']);
    expect(await loadThemes(path.join(content.dir, 'outside'))).not.toEqual([]);
    await symlink(path.join(content.dir, 'outside/themes.yaml'), path.join(content.dir, 'councils/themes.yaml'));
    expect(await loadThemes(path.join(content.dir, 'councils'))).toEqual([]);
  });
});

describe('loadContent on the fixtures', () => {
  const FIXTURES = 'tests/fixtures/content';

  it('the valid fixture has no problems', async () => {
    const set = await loadContent(`${FIXTURES}/valid`);
    expect(set.problems).toEqual([]);
    expect(set.councils.map((c) => c.id).sort()).toEqual(['northamptonshire', 'reading', 'west-northamptonshire']);
    expect(set.entries.map((e) => e.id).sort()).toEqual([
      'northamptonshire/2019-06-18-focused-visit',
      'reading/2016-06-inspection',
      'reading/2018-08-01-monitoring-visit',
      'reading/2018-08-01-monitoring-visit-2',
      'reading/2018-10-committee-paper',
      'west-northamptonshire/2023-03-10-inspection',
    ]);
    expect(set.entryFiles).toBe(6);
    const visit = set.entries.find((e) => e.id === 'reading/2018-08-01-monitoring-visit')!;
    expect(visit.file).toBe(`${FIXTURES}/valid/entries/reading/2018-08-01-monitoring-visit.md`);
    expect(visit.bodyLine).toBe(17);
    expect(visit.data.source).toEqual({ url: 'https://reports.ofsted.gov.uk/provider/44/870', title: 'Monitoring visit letter' });
  });

  it("gives each entry's data as the collection's schema gives it, so Astro's loader stores it without parsing it again", async () => {
    for (const dir of ['content', `${FIXTURES}/valid`, 'tests/fixtures/site', 'tests/fixtures/hostile']) {
      const set = await loadContent(dir);
      expect(set.problems, dir).toEqual([]);
      expect(set.entries.length, dir).toBeGreaterThan(0);
      for (const entry of set.entries) expect(entrySchema.parse(entry.data), entry.file).toStrictEqual(entry.data);
    }
  });

  it('the broken fixture: every problem in every file at once, sorted by file and line', async () => {
    const root = `${FIXTURES}/broken`;
    const set = await loadContent(root);
    const shown = set.problems.map((p) => `${p.file.slice(root.length + 1)}:${p.line}: ${p.field}`);
    expect(shown).toEqual([
      'councils/slough.yaml:3: type',
      'councils/slough.yaml:4: gss_code',
      'entries/2018-01-01-other.md:1: file',
      'entries/reading/2018-02-30-inspection.md:4: date',
      'entries/reading/2018-03-01-other.md:3: front-matter',
      'entries/reading/2018-04-01-other.md:1: front-matter',
      'entries/reading/2018-08-01-monitoring-visit.md:6: tittle',
      'entries/reading/2018-08-01-monitoring-visit.md:9: grades',
      'entries/reading/2019-01-01-focused-visit.md:7: themes[1]',
      'entries/reading/2019-01-01-focused-visit.md:8: related[0]',
      'entries/reading/notes.txt:1: file name',
      'entries/unknown-council/2018-01-01-other.md:1: council folder',
      'themes.yaml:5: [1].id',
    ]);
    // Each names what is allowed (or, for a syntax error, what is wrong).
    for (const p of set.problems.filter((q) => !q.message.startsWith('not valid YAML') && !q.message.startsWith('the file must start'))) {
      expect(p.message).toMatch(/allowed|did you mean|must end in/);
    }
    expect(sortProblems(set.problems)).toEqual(set.problems);
    expect(set.entryFiles).toBe(8);
    // Entries valid on their own are returned even when a rule between files fails:
    // the problems list is what stops the build.
    expect(set.entries.map((e) => e.id).sort()).toEqual(['reading/2019-01-01-focused-visit', 'unknown-council/2018-01-01-other']);
    expect(formatProblems(set.problems).split('\n').at(-1)).toBe('13 problems in 10 files');
  });
});
