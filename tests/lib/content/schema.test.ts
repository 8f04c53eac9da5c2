/**
 * The content contract (docs/CONTENT-MODEL.md) as zod schemas: for each rule
 * one value that passes and one that fails, with the message an officer sees.
 * Line numbers and file rules are in validate.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  ENTRY_FIELD_NAMES,
  ENTRY_ID,
  SLUG,
  councilSchema,
  entryFields,
  entryObject,
  entryObjectFor,
  entryRules,
  entrySchema,
  themeSchema,
  themesSchema,
  timelineDate,
} from '../../../src/lib/content/schema.ts';
import { FRAMEWORK_IDS, FRAMEWORKS, GRADES, KIND_IDS, KINDS, frameworkById } from '../../../src/lib/vocabulary.ts';

const ALLOWED_KINDS = KIND_IDS.join(', ');
const ALLOWED_GRADES = 'outstanding, good, requires-improvement, inadequate';
const ALLOWED_FRAMEWORKS = 'slac, cpi, tlac, sif, ilacs, ilacs-2023';

const VALID = {
  title: 'Monitoring visit 7: care leavers',
  kind: 'monitoring-visit',
  date: '2018-08-01',
  body: 'ofsted',
  summary: 'Young people leaving care receive better services.',
};

/** Issues of the whole entry schema as `path: message`. */
function issues(data: Record<string, unknown>): string[] {
  const result = entrySchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const entry = (changes: Record<string, unknown>) => {
  const data: Record<string, unknown> = { ...VALID, ...changes };
  for (const key of Object.keys(data)) if (data[key] === undefined) delete data[key];
  return data;
};

/** Issues of a single field's schema. */
function fieldIssues(field: keyof typeof entryFields, value: unknown): string[] {
  const result = entryFields[field].safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

describe('entry: a valid entry', () => {
  it('accepts the minimal entry and the contract example', () => {
    expect(issues(VALID)).toEqual([]);
    expect(
      issues({
        ...VALID,
        start_date: '2018-07-31',
        visit_number: 7,
        themes: ['care-leavers', 'participation'],
        source: { url: 'https://reports.ofsted.gov.uk/provider/44/870' },
      }),
    ).toEqual([]);
  });

  it('accepts every optional field at once', () => {
    expect(
      issues({
        ...VALID,
        kind: 'inspection',
        framework: 'ilacs',
        grades: { overall: 'good', leadership: 'outstanding' },
        published: '2018-09',
        start_date: '2018-07-30',
        source: { url: 'http://example.org/letter.pdf', title: 'Letter' },
        inspectors: ['Jane Smith', 'Ali Khan'],
        related: ['reading/2016-06-inspection', 'reading/2018-08-01-monitoring-visit-2'],
        draft: false,
        imported: 'ofsted-official-statistics-2025',
      }),
    ).toEqual([]);
  });

  it('keeps dates as the strings written (no Date objects)', () => {
    const result = entrySchema.parse({ ...VALID, published: '2018-08' });
    expect(result.date).toBe('2018-08-01');
    expect(result.published).toBe('2018-08');
  });

  it('lists the fields of the contract, no more', () => {
    expect(ENTRY_FIELD_NAMES.sort()).toEqual(
      [
        'title', 'kind', 'date', 'start_date', 'published', 'body', 'framework', 'grades', 'summary',
        'themes', 'ignore_themes', 'source', 'inspectors', 'visit_number', 'related', 'draft', 'imported',
      ].sort(),
    );
  });
});

describe('entry: required fields', () => {
  it.each([
    ['title', 'a short title'],
    ['summary', 'one or two plain sentences, up to 400 characters'],
  ])('%s is required', (field, what) => {
    expect(issues(VALID)).toEqual([]);
    expect(issues(entry({ [field]: undefined }))).toEqual([`${field}: is required (allowed: ${what})`]);
  });

  it.each(['title', 'summary'])('%s must not be empty or only spaces', (field) => {
    expect(issues(entry({ [field]: '   ' }))).toEqual([expect.stringMatching(new RegExp(`^${field}: must not be empty`))]);
  });

  it.each(['title', 'summary'])('%s must be text', (field) => {
    expect(issues(entry({ [field]: 12 }))).toEqual([expect.stringMatching(new RegExp(`^${field}: must be text`))]);
  });

  it('kind is required and the message lists the kinds', () => {
    expect(issues(entry({ kind: undefined }))).toEqual([`kind: is required (allowed: ${ALLOWED_KINDS})`]);
  });

  it('body is required and the message lists the bodies', () => {
    expect(issues(entry({ body: undefined }))).toEqual(['body: is required (allowed: ofsted, dfe, council, peer, other)']);
  });

  it('date is required unless published or start_date is given', () => {
    expect(issues(entry({ date: undefined }))).toEqual([
      'date: is required unless published or start_date is given (allowed: YYYY-MM-DD or YYYY-MM)',
    ]);
    expect(issues(entry({ date: undefined, published: '2018-08-24' }))).toEqual([]);
    expect(issues(entry({ date: undefined, start_date: '2018-07-31' }))).toEqual([]);
  });
});

describe('entry: kind and body', () => {
  it.each(KIND_IDS)('accepts kind %s', (kind) => {
    expect(fieldIssues('kind', kind)).toEqual([]);
  });

  it('rejects an unknown kind, suggesting the nearest and listing all', () => {
    expect(fieldIssues('kind', 'monitoring-visits')).toEqual([
      `'monitoring-visits' is not a kind (did you mean monitoring-visit?) (allowed: ${ALLOWED_KINDS})`,
    ]);
  });

  it('rejects a kind written as the site names it, suggesting its id', () => {
    expect(fieldIssues('kind', 'DfE deep dive')).toEqual([`'DfE deep dive' is not a kind (did you mean deep-dive?) (allowed: ${ALLOWED_KINDS})`]);
    expect(fieldIssues('kind', 'Annual engagement meeting')).toEqual([
      `'Annual engagement meeting' is not a kind (did you mean annual-engagement?) (allowed: ${ALLOWED_KINDS})`,
    ]);
  });

  it.each(['ofsted', 'dfe', 'council', 'peer', 'other'])('accepts body %s', (body) => {
    expect(fieldIssues('body', body)).toEqual([]);
  });

  it('rejects an unknown body', () => {
    expect(fieldIssues('body', 'Ofsted')).toEqual([
      "'Ofsted' is not a body (did you mean ofsted?) (allowed: ofsted, dfe, council, peer, other)",
    ]);
  });

  it('offers the body an organisation named in its place stands for', () => {
    expect(fieldIssues('body', 'LGA')).toEqual(["'LGA' is not a body (did you mean peer?) (allowed: ofsted, dfe, council, peer, other)"]);
    expect(fieldIssues('body', 'Department for Education')).toEqual([
      "'Department for Education' is not a body (did you mean dfe?) (allowed: ofsted, dfe, council, peer, other)",
    ]);
  });
});

describe('entry: date formats and precision', () => {
  it.each(['2018-08-01', '2018-08', '2016-02-29', '2000-02-29', '2018-12-31'])('accepts %s', (value) => {
    expect(fieldIssues('date', value)).toEqual([]);
  });

  it('rejects a day that is not in the calendar (2018-02-30)', () => {
    expect(fieldIssues('date', '2018-02-30')).toEqual([
      "'2018-02-30' is not a real calendar date (February 2018 has 28 days) (allowed: YYYY-MM-DD, a real calendar date, or YYYY-MM)",
    ]);
  });

  it.each(['2019-02-29', '1900-02-29', '2018-04-31', '2018-01-00', '2018-01-32'])('rejects %s', (value) => {
    expect(fieldIssues('date', value)).toEqual([expect.stringContaining('is not a real calendar date')]);
  });

  it('rejects month 13 (2018-13)', () => {
    expect(fieldIssues('date', '2018-13')).toEqual([
      "'2018-13' has no month 13 (allowed: YYYY-MM-DD, a real calendar date, or YYYY-MM)",
    ]);
    expect(fieldIssues('date', '2018-00')).toEqual([expect.stringContaining('has no month 00')]);
  });

  it.each(['2018', '18-08-01', '2018-08-01 ', '2018-W31'])(
    'rejects the form %j',
    (value) => {
      expect(fieldIssues('date', value)).toEqual([
        `'${value}' is not a date in the form YYYY-MM-DD or YYYY-MM (allowed: YYYY-MM-DD, a real calendar date, or YYYY-MM)`,
      ]);
    },
  );

  it('rejects a day that does not exist written another way, saying why', () => {
    expect(fieldIssues('date', '31/02/2018')).toEqual([
      `'31/02/2018' is not a date in the form YYYY-MM-DD or YYYY-MM: February 2018 has 28 days (allowed: YYYY-MM-DD, a real calendar date, or YYYY-MM)`,
    ]);
  });

  it.each([['2018-8-1', '2018-08-01'], ['August 2018', '2018-08'], ['1 August 2018', '2018-08-01']])(
    'rejects the form %j, naming the date meant',
    (value, meant) => {
      expect(fieldIssues('date', value)).toEqual([
        `'${value}' is not a date in the form YYYY-MM-DD or YYYY-MM (did you mean ${meant}?) (allowed: YYYY-MM-DD, a real calendar date, or YYYY-MM)`,
      ]);
    },
  );

  it.each([['01/08/2018', '2018-08-01'], ['1.8.2018', '2018-08-01'], ['14-03-2025', '2025-03-14']])(
    'rejects the British form %j, suggesting %s',
    (value, iso) => {
      expect(fieldIssues('date', value)).toEqual([
        `'${value}' is not a date in the form YYYY-MM-DD or YYYY-MM (did you mean ${iso}?) (allowed: YYYY-MM-DD, a real calendar date, or YYYY-MM)`,
      ]);
    },
  );

  it('rejects a timestamp with a time (as YAML would write it)', () => {
    for (const value of ['2018-08-01T10:00:00Z', '2018-08-01 10:00:00', '2018-08-01T00:00:00.000Z']) {
      expect(fieldIssues('date', value)).toEqual([expect.stringContaining('is not a date in the form YYYY-MM-DD or YYYY-MM')]);
    }
  });

  it('rejects a Date object or a number (a YAML 1.1 timestamp or a bare year)', () => {
    const message =
      'must be written as YYYY-MM-DD or YYYY-MM (allowed: a calendar date such as 2018-08-01, or a month such as 2018-08)';
    expect(fieldIssues('date', new Date('2018-08-01T00:00:00Z'))).toEqual([message]);
    expect(fieldIssues('date', 2018)).toEqual([message]);
  });

  it.each(['start_date', 'published'] as const)('%s follows the same rules', (field) => {
    expect(fieldIssues(field, '2018-08')).toEqual([]);
    expect(fieldIssues(field, '2018-02-30')).toEqual([expect.stringContaining('not a real calendar date')]);
    expect(fieldIssues(field, '2018-13')).toEqual([expect.stringContaining('has no month 13')]);
  });

  it.each(['2022-07-20 to 2022-07-22', '20-22 July 2022', '2022-07-20 - 2022-07-22'])(
    'tells a visit\'s two days written in date (%j) to go in start_date and date',
    (value) => {
      expect(fieldIssues('date', value)).toEqual([
        `'${value}' is two dates, but date holds one: the last day of the visit (allowed: the first day in start_date and the last day in date, each on a line of its own, like this: start_date: 2022-07-20 and date: 2022-07-22)`,
      ]);
    },
  );

  it('tells two days written in start_date to go in start_date and date', () => {
    expect(fieldIssues('start_date', '30 June – 2 July 2022')).toEqual([
      "'30 June – 2 July 2022' is two dates, but start_date holds one: the first day of the visit (allowed: the first day in start_date and the last day in date, each on a line of its own, like this: start_date: 2022-06-30 and date: 2022-07-02)",
    ]);
  });

  it('reads two dates in published as any other date that is not one: a letter is published on one day', () => {
    expect(fieldIssues('published', '2022-07-20 to 2022-07-22')).toEqual([
      "'2022-07-20 to 2022-07-22' is not a date in the form YYYY-MM-DD or YYYY-MM (allowed: YYYY-MM-DD, a real calendar date, or YYYY-MM)",
    ]);
  });
});

describe('entry: dates still to come', () => {
  it('no date may be after today: a typo in the year would move the national figures', () => {
    expect(issues(entry({ date: '2099-02-17' }))).toEqual([expect.stringMatching(/^date: 2099-02-17 is after today, \d+ \w+ 20\d\d \(allowed: a date that has come; check the year\)$/)]);
    expect(issues(entry({ date: '2018-08-01', published: '2099-09' }))).toEqual([expect.stringMatching(/^published: 2099-09 is after today/)]);
    expect(issues(entry({ start_date: '2099-01-01', date: '2099-01-02' }))).toHaveLength(2);
  });

  it('a committee paper may be dated by a meeting still to come, but not published after today', () => {
    expect(issues(entry({ kind: 'committee-paper', body: 'council', date: '2099-02-17' }))).toEqual([]);
    expect(issues(entry({ kind: 'committee-paper', body: 'council', date: '2099-02-17', published: '2099-02-20' }))).toEqual([
      expect.stringMatching(/^published: 2099-02-20 is after today/),
    ]);
  });
});

describe('entry: order of dates', () => {
  it('start_date on or before date', () => {
    expect(issues(entry({ start_date: '2018-07-31' }))).toEqual([]);
    expect(issues(entry({ start_date: '2018-08-01' }))).toEqual([]);
    expect(issues(entry({ start_date: '2018-08-02' }))).toEqual([
      'start_date: 2018-08-02 is after date 2018-08-01 (allowed: on or before date)',
    ]);
  });

  it('date on or before published', () => {
    expect(issues(entry({ published: '2018-08-24' }))).toEqual([]);
    expect(issues(entry({ published: '2018-08-01' }))).toEqual([]);
    expect(issues(entry({ published: '2018-07-31' }))).toEqual([
      'published: 2018-07-31 is before date 2018-08-01 (allowed: on or after date)',
    ]);
  });

  it('start_date on or before published (with no date)', () => {
    expect(issues(entry({ date: undefined, start_date: '2018-07-31', published: '2018-08-24' }))).toEqual([]);
    expect(issues(entry({ date: undefined, start_date: '2018-08-25', published: '2018-08-24' }))).toEqual([
      'published: 2018-08-24 is before start_date 2018-08-25 (allowed: on or after start_date)',
    ]);
  });

  it('compares a month with a day in that month as possibly in order (2018-08 vs 2018-08-01 is fine)', () => {
    expect(issues(entry({ date: '2018-08', published: '2018-08-01' }))).toEqual([]);
    expect(issues(entry({ date: '2018-08-31', published: '2018-08' }))).toEqual([]);
    expect(issues(entry({ date: '2018-08', start_date: '2018-08-31' }))).toEqual([]);
    expect(issues(entry({ date: '2018-08-01', start_date: '2018-08' }))).toEqual([]);
    expect(issues(entry({ date: '2018-08', published: '2018-08' }))).toEqual([]);
  });

  it('still rejects a month that is wholly out of order', () => {
    expect(issues(entry({ date: '2018-09', published: '2018-08-31' }))).toEqual([
      'published: 2018-08-31 is before date 2018-09 (allowed: on or after date)',
    ]);
    expect(issues(entry({ date: '2018-08-01', start_date: '2018-09' }))).toEqual([
      'start_date: 2018-09 is after date 2018-08-01 (allowed: on or before date)',
    ]);
    expect(issues(entry({ date: '2018-08', published: '2018-07' }))).toEqual([
      'published: 2018-07 is before date 2018-08 (allowed: on or after date)',
    ]);
  });
});

describe('entry: grades, kinds and frameworks', () => {
  // Dated in the month the framework began, so it is in use.
  const graded = (changes: Record<string, unknown>) =>
    entry({ kind: 'inspection', framework: 'ilacs', date: frameworkById(String(changes.framework ?? 'ilacs'))?.starts, ...changes });

  it('allows grades on the graded kinds', () => {
    const gradedKinds = KIND_IDS.filter((k) => KINDS[k].graded);
    expect(gradedKinds).toEqual(['inspection', 'short-inspection']);
    for (const kind of gradedKinds) expect(issues(graded({ kind, grades: { overall: 'good' } }))).toEqual([]);
  });

  it.each(KIND_IDS.filter((k) => !KINDS[k].graded))('rejects grades on a %s', (kind) => {
    expect(issues(entry({ kind, framework: 'ilacs', grades: { overall: 'good' } }))).toEqual([
      `grades: a ${kind} is not graded (allowed: grades only on inspection, short-inspection)`,
    ]);
  });

  it('requires a framework with grades', () => {
    expect(issues(graded({ grades: { overall: 'good' } }))).toEqual([]);
    expect(issues(graded({ framework: undefined, date: undefined, published: '2019-03', grades: { overall: 'good' } }))).toEqual([
      `framework: is required with grades (allowed: ${ALLOWED_FRAMEWORKS}; in use when this inspection began (March 2019): ilacs, written on a line of its own: framework: ilacs)`,
    ]);
  });

  it('a framework left out is told the one in use when the inspection began', () => {
    expect(issues(graded({ framework: undefined, date: '2019-03-04', grades: { overall: 'good' } }))).toEqual([
      `framework: is required with grades (allowed: ${ALLOWED_FRAMEWORKS}; in use when this inspection began (4 March 2019): ilacs, written on a line of its own: framework: ilacs)`,
    ]);
    // Two were in use in 2012–13: both are named, and neither is written for the officer.
    expect(issues(graded({ framework: undefined, date: '2013-02-01', grades: { overall: 'good' } }))).toEqual([
      `framework: is required with grades (allowed: ${ALLOWED_FRAMEWORKS}; in use when this inspection began (1 February 2013): cpi or tlac)`,
    ]);
  });

  it('allows an inspection without grades (and then no framework)', () => {
    expect(issues(entry({ kind: 'inspection' }))).toEqual([]);
  });

  it('rejects an unknown framework', () => {
    expect(issues(graded({ framework: 'ofsted-2018', grades: { overall: 'good' } }))).toEqual([
      `framework: 'ofsted-2018' is not a framework (allowed: ${ALLOWED_FRAMEWORKS})`,
    ]);
  });

  it.each(FRAMEWORKS.map((f) => [f.id, f.areas.map((a) => a.id)] as const))(
    'accepts every judgement area of %s',
    (framework, areas) => {
      const grades = Object.fromEntries(areas.map((a) => [a, 'good']));
      expect(issues(graded({ framework, grades }))).toEqual([]);
    },
  );

  it('the framework must have been in use when the inspection began', () => {
    expect(issues(graded({ framework: 'slac', date: '2022-02-17', grades: { safeguarding: 'good' } }))).toEqual([
      'framework: slac was in use from June 2009 to 2012, and this inspection began 17 February 2022 (allowed then: ilacs; check the framework and the dates)',
    ]);
    expect(issues(graded({ framework: 'ilacs-2023', date: '2022-12', grades: { overall: 'good' } }))).toEqual([
      'framework: ilacs-2023 was in use from January 2023 to now, and this inspection began December 2022 (allowed then: ilacs; check the framework and the dates)',
    ]);
    // The first day decides: an inspection that began under SIF and ended under ILACS is SIF's.
    expect(issues(graded({ framework: 'sif', start_date: '2017-12-04', date: '2018-01-12', grades: { overall: 'good' } }))).toEqual([]);
    expect(issues(graded({ framework: 'ilacs', start_date: '2017-12-04', date: '2018-01-12', grades: { overall: 'good' } }))).toEqual([
      expect.stringMatching(/^framework: ilacs was in use from January 2018 to 2022, and this inspection began 4 December 2017 \(allowed then: sif;/),
    ]);
    expect(issues(graded({ framework: 'cpi', date: '2012-06', grades: { overall: 'good' } }))).toEqual([]);
  });

  it('a framework out of its years is the one problem, not every grade area it lacks as well', () => {
    expect(issues(graded({ framework: 'slac', date: '2022-02-17', grades: { overall: 'good', leadership: 'good', 'help-and-protection': 'good' } }))).toEqual([
      expect.stringMatching(/^framework: slac was in use from June 2009 to 2012/),
    ]);
  });

  it('care-leavers is not an ilacs area, and the message lists the ilacs areas', () => {
    expect(issues(graded({ framework: 'ilacs', grades: { overall: 'good', 'care-leavers': 'good' } }))).toEqual([
      "grades.care-leavers: 'care-leavers' is not a judgement area of ilacs (allowed: overall, leadership, help-and-protection, children-in-care-and-care-leavers)",
    ]);
  });

  it('care-leavers is an ilacs-2023 area (and a sif one)', () => {
    expect(issues(graded({ framework: 'ilacs-2023', grades: { overall: 'good', 'care-leavers': 'good' } }))).toEqual([]);
    expect(issues(graded({ framework: 'sif', grades: { overall: 'good', 'care-leavers': 'good' } }))).toEqual([]);
  });

  it('children-in-care-and-care-leavers is ilacs only', () => {
    expect(issues(graded({ framework: 'ilacs', grades: { overall: 'good', 'children-in-care-and-care-leavers': 'good' } }))).toEqual([]);
    expect(issues(graded({ framework: 'ilacs-2023', grades: { overall: 'good', 'children-in-care-and-care-leavers': 'good' } }))).toEqual([
      "grades.children-in-care-and-care-leavers: 'children-in-care-and-care-leavers' is not a judgement area of ilacs-2023 (allowed: overall, leadership, help-and-protection, children-in-care, care-leavers)",
    ]);
  });

  it('an inspection under a framework that grades overall effectiveness must give that grade', () => {
    expect(issues(graded({ framework: 'ilacs', grades: { leadership: 'good', 'help-and-protection': 'good' } }))).toEqual([
      'grades: has no overall grade (allowed: every ilacs inspection grades overall effectiveness; add a line under grades:   overall: <grade>)',
    ]);
    expect(issues(graded({ framework: 'cpi', grades: { overall: 'good' } }))).toEqual([]);
  });

  it('grades written as a list are reported as such, not as areas named 0, 1…', () => {
    expect(issues(graded({ framework: 'ilacs', grades: [{ overall: 'good' }] }))).toEqual([
      'grades: is written as a list, with "- " before a judgement area (allowed: one judgement area: grade pair per line under grades:, indented by two spaces, with no "- ")',
    ]);
  });

  it('slac has no overall area', () => {
    expect(issues(graded({ framework: 'slac', grades: { safeguarding: 'good', 'looked-after-children': 'good' } }))).toEqual([]);
    expect(issues(graded({ framework: 'slac', grades: { overall: 'good' } }))).toEqual([
      "grades.overall: 'overall' is not a judgement area of slac (allowed: safeguarding, looked-after-children)",
    ]);
  });

  it.each(GRADES)('accepts the grade %s', (grade) => {
    expect(issues(graded({ grades: { overall: grade } }))).toEqual([]);
  });

  it('rejects "Good" and suggests good', () => {
    expect(issues(graded({ grades: { overall: 'Good' } }))).toEqual([
      `grades.overall: 'Good' is not a grade (did you mean good?) (allowed: ${ALLOWED_GRADES})`,
    ]);
  });

  it('rejects Ofsted\'s labels and the usual abbreviation, suggesting the id', () => {
    for (const written of ['Requires improvement', 'Requires improvement to be good', 'RI']) {
      expect(issues(graded({ grades: { overall: written } }))).toEqual([
        `grades.overall: '${written}' is not a grade (did you mean requires-improvement?) (allowed: ${ALLOWED_GRADES})`,
      ]);
    }
  });

  it('names requires-improvement, never inadequate, for Ofsted\'s "adequate", worded for the framework the entry names', () => {
    const hint = (framework: unknown) => {
      const result = entryObjectFor(framework).safeParse(graded({ framework, grades: { overall: 'adequate' } }));
      return result.success ? [] : result.error.issues.map((i) => i.message);
    };
    expect(hint('cpi')).toEqual([
      `'adequate' is not a grade (did you mean requires-improvement? Ofsted's "adequate" before November 2013; the site shows it as "Adequate") (allowed: ${ALLOWED_GRADES})`,
    ]);
    expect(hint('sif')).toEqual([
      `'adequate' is not a grade (did you mean requires-improvement? It replaced Ofsted's "adequate" in November 2013, and sif has no "adequate": check the report) (allowed: ${ALLOWED_GRADES})`,
    ]);
    for (const unknown of ['SLAC', undefined]) {
      expect(hint(unknown)).toContainEqual(expect.stringContaining('(did you mean requires-improvement? Ofsted\'s "adequate" before November 2013, under slac, cpi and tlac;'));
    }
  });

  it('rejects a grade with nothing close, without a suggestion', () => {
    expect(issues(graded({ grades: { overall: 'satisfactory' } }))).toEqual([
      `grades.overall: 'satisfactory' is not a grade (allowed: ${ALLOWED_GRADES})`,
    ]);
  });

  it('says a grade left empty is empty, not "\'null\' is not a grade"', () => {
    for (const empty of [null, '', '  ']) {
      expect(issues(graded({ grades: { overall: empty as unknown as string } }))).toEqual([`grades.overall: is empty (allowed: ${ALLOWED_GRADES})`]);
    }
  });

  it('reports every area the framework does not have', () => {
    expect(issues(graded({ grades: { overall: 'good', 'care-leavers': 'good', adoption: 'good' } }))).toEqual([
      expect.stringMatching(/^grades\.care-leavers: 'care-leavers' is not a judgement area of ilacs \(allowed: /),
      expect.stringMatching(/^grades\.adoption: 'adoption' is not a judgement area of ilacs \(allowed: /),
    ]);
  });

  it('rejects grades that are not a map', () => {
    expect(issues(graded({ grades: 'good' }))).toEqual([
      "grades: holds 'good', but each grade goes on a line of its own after its judgement area (allowed: grades: on a line of its own, then a line for each judgement area and its grade, indented by two spaces, like this:   overall: good)",
    ]);
    expect(issues(graded({ grades: true }))).toEqual([
      'grades: must be a list of judgement area: grade pairs (allowed: a line for each judgement area and its grade under grades:, indented by two spaces, like this:   overall: good)',
    ]);
  });
});

describe('entry: title', () => {
  it('is short: a paragraph is refused, with its length', () => {
    expect(issues(entry({ title: 'x'.repeat(150) }))).toEqual([]);
    expect(issues(entry({ title: 'Monitoring visit: '.repeat(9) }))).toEqual([
      'title: is 161 characters long (allowed: a short title, up to 150 characters; the summary and the text below the front-matter hold the rest)',
    ]);
  });
});

describe('entry: summary', () => {
  it('is one or two sentences: a page of text is refused, with its length', () => {
    expect(issues(entry({ summary: 'A sentence. '.repeat(33).trim() }))).toEqual([]);
    expect(issues(entry({ summary: 'A sentence. '.repeat(34).trim() }))).toEqual([
      'summary: is 407 characters long (allowed: one or two sentences, up to 400 characters; the text below the front-matter holds the rest)',
    ]);
  });
});

describe('entry: characters that cannot be seen', () => {
  const seen = (code: string, what: string) => `holds ${what} (${code}) that cannot be seen, usually pasted in from another program (allowed: text you can see; delete the character, or type the words again)`;

  it('are refused in any text field, by their code: they would break the feeds or reorder the words', () => {
    expect(issues(entry({ title: 'Paper\u000b one', summary: 'Reads \u202Eright to left.', inspectors: ['Jane\u001b[2K Smith HMI'], source: { url: 'https://example.org/a', title: 'Letter\uD800' } }))).toEqual([
      `title: ${seen('U+000B', 'a control character')}`,
      `summary: ${seen('U+202E', 'a direction override')}`,
      `source.title: ${seen('U+D800', 'a broken character')}`,
      `inspectors.0: ${seen('U+001B', 'a control character')}`,
    ]);
    expect(councilSchema.safeParse({ name: 'Evil\u0001 Council', short_name: 'Evil', type: 'county' }).error?.issues.map((i) => i.message)).toEqual([seen('U+0001', 'a control character')]);
  });

  it('tabs, line breaks, accents, emoji and right-to-left scripts are text', () => {
    expect(issues(entry({ title: 'Café 👍 تقرير', summary: 'Two lines\nof\ttext.' }))).toEqual([]);
  });

  it('a web address with a control character in it is not one', () => {
    expect(issues(entry({ source: { url: 'https://example.org/\u0000x' } }))).toEqual([
      "source.url: 'https://example.org/\u0000x' is not a web address (allowed: an address starting https:// or http://)",
    ]);
  });
});

describe('entry: other fields', () => {
  it('themes are theme ids', () => {
    expect(fieldIssues('themes', ['care-leavers', 'front-door'])).toEqual([]);
    // Whether text names a theme is checked against themes.yaml (validate.test.ts).
    expect(fieldIssues('themes', [3])).toEqual(['must be a theme id']);
    expect(fieldIssues('themes', 'care-leavers')).toEqual([
      'must be a list of theme ids, even of one (write it in square brackets, [care-leavers], or as a line starting "- " under the field)',
    ]);
    expect(fieldIssues('themes', { 'care-leavers': true })).toEqual(['must be a list of theme ids (allowed: [first, second], or a line starting "- " for each)']);
  });

  it('a theme set aside in ignore_themes may not also be listed in themes', () => {
    expect(issues(entry({ themes: ['care-leavers'], ignore_themes: ['early-help'] }))).toEqual([]);
    expect(issues(entry({ themes: ['care-leavers', 'early-help'], ignore_themes: ['workforce-stability', 'early-help'] }))).toEqual([
      "ignore_themes.1: 'early-help' is also listed in themes (allowed: a theme the entry is about in themes, or one it is not about in ignore_themes, not both)",
    ]);
    expect(fieldIssues('ignore_themes', 'early-help')).toEqual([
      'must be a list of theme ids, even of one (write it in square brackets, [early-help], or as a line starting "- " under the field)',
    ]);
  });

  it('related are entry ids', () => {
    expect(fieldIssues('related', ['reading/2018-08-01-monitoring-visit', 'reading/2016-06-inspection-2'])).toEqual([]);
    for (const bad of ['Reading', 'the 2018 visit', 'reading/notes.md']) {
      expect(fieldIssues('related', [bad])).toEqual([
        `'${bad}' is not an entry id (allowed: <council>/<file name without .md>, e.g. reading/2018-08-01-monitoring-visit)`,
      ]);
    }
  });

  it('related written as an entry’s file or page address is told the id it was meant to be', () => {
    for (const written of [
      'reading/2018-08-01-monitoring-visit.md',
      'content/entries/reading/2018-08-01-monitoring-visit.md',
      'content/entries/reading/2018-08-01-monitoring-visit',
      '/councils/reading/2018-08-01-monitoring-visit/',
      'http://localhost:4321/councils/reading/2018-08-01-monitoring-visit/',
    ]) {
      expect(fieldIssues('related', [written])).toEqual([
        `'${written}' is not an entry id (did you mean reading/2018-08-01-monitoring-visit?) (allowed: <council>/<file name without .md>, e.g. reading/2018-08-01-monitoring-visit)`,
      ]);
    }
    expect(fieldIssues('related', ['2018-08-01-monitoring-visit-2.md'])).toEqual([
      `'2018-08-01-monitoring-visit-2.md' is not an entry id (write the folder of its council before it: <council>/2018-08-01-monitoring-visit-2) (allowed: <council>/<file name without .md>, e.g. reading/2018-08-01-monitoring-visit)`,
    ]);
    expect(ENTRY_ID.test('windsor-and-maidenhead/2018-01-annual-engagement')).toBe(true);
  });

  it('visit_number only on monitoring visits', () => {
    expect(issues(entry({ visit_number: 7 }))).toEqual([]);
    expect(issues(entry({ kind: 'focused-visit', visit_number: 7 }))).toEqual([
      'visit_number: only monitoring visits are numbered (this is a focused-visit)',
    ]);
  });

  it('visit_number is a whole number of 1 or more', () => {
    expect(fieldIssues('visit_number', 1)).toEqual([]);
    expect(fieldIssues('visit_number', 0)).toEqual(['must be 1 or more']);
    expect(fieldIssues('visit_number', 2.5)).toEqual(['must be a whole number (the 7th monitoring visit is 7)']);
    expect(fieldIssues('visit_number', '7')).toEqual(['must be a whole number (the 7th monitoring visit is 7)']);
  });

  it('source url must be http(s)', () => {
    expect(fieldIssues('source', { url: 'https://reports.ofsted.gov.uk/provider/44/870' })).toEqual([]);
    expect(fieldIssues('source', { url: 'http://www.reading.gov.uk/paper.pdf', title: 'Paper' })).toEqual([]);
    for (const url of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://example.org/x', '//example.org/x', 'reports.ofsted.gov.uk', 'https://', 'https://example.org/a b']) {
      expect(fieldIssues('source', { url })).toEqual([
        `'${url}' is not a web address (allowed: an address starting https:// or http://)`,
      ]);
    }
  });

  it('a source url written without https://, or as a link is written in the text, is told the address meant', () => {
    const meant = 'https://reports.ofsted.gov.uk/provider/44/871';
    for (const url of ['reports.ofsted.gov.uk/provider/44/871', '<https://reports.ofsted.gov.uk/provider/44/871>', '[Ofsted letter](https://reports.ofsted.gov.uk/provider/44/871)']) {
      expect(fieldIssues('source', { url })).toEqual([`'${url}' is not a web address (did you mean ${meant}?) (allowed: an address starting https:// or http://)`]);
    }
    expect(fieldIssues('source', { url: 'www.reading.gov.uk' })[0]).toContain('(did you mean https://www.reading.gov.uk?)');
    // A file's name is no address.
    expect(fieldIssues('source', { url: 'plan.pdf' })).toEqual(["'plan.pdf' is not a web address (allowed: an address starting https:// or http://)"]);
  });

  it('source needs a url and nothing but url and title', () => {
    expect(fieldIssues('source', 'https://example.org/x')).toEqual([
      'must have its address on a line of its own under it (allowed: source: on one line, then   url: https://… indented by two spaces, and optionally   title: …)',
    ]);
    expect(fieldIssues('source', ['https://example.org/x'])).toEqual(['must have a url (and optionally a title)']);
    expect(fieldIssues('source', { title: 'Letter' })).toEqual(['must be a web address (the original document)']);
    const extra = entryFields.source.safeParse({ url: 'https://example.org/x', link: 'x' });
    expect(extra.success).toBe(false);
  });

  it('draft is a boolean', () => {
    expect(fieldIssues('draft', true)).toEqual([]);
    expect(fieldIssues('draft', false)).toEqual([]);
    expect(fieldIssues('draft', 'yes')).toEqual(["'yes' is not true or false (did you mean true?) (allowed: true, or false)"]);
    expect(fieldIssues('draft', 0)).toEqual(["'0' is not true or false (did you mean false?) (allowed: true, or false)"]);
    expect(fieldIssues('draft', 'maybe')).toEqual(["'maybe' is not true or false (allowed: true, or false)"]);
    // In quotes, YAML reads it as text.
    expect(fieldIssues('draft', 'true')).toEqual(['is written in quotes, which makes it text (allowed: true, or false, without quotes, like this: draft: true)']);
  });

  it('a value of one choice written as a list, like the themes, is told to drop the brackets', () => {
    expect(fieldIssues('kind', ['monitoring-visit'])).toEqual([
      `is written as a list, in square brackets, but takes one value: write it without the brackets, like this: monitoring-visit (allowed: ${ALLOWED_KINDS})`,
    ]);
    expect(fieldIssues('kind', ['inspection', 'monitoring-visit'])).toEqual([
      `is written as a list, in square brackets, but takes one value: write it without the brackets (allowed: ${ALLOWED_KINDS})`,
    ]);
  });

  it('inspectors is a list of names', () => {
    expect(fieldIssues('inspectors', ['Jane Smith'])).toEqual([]);
    expect(fieldIssues('inspectors', 'Jane Smith')).toEqual([
      'must be a list of names as printed in the letter, even of one (write it in square brackets, [Jane Smith], or as a line starting "- " under the field)',
    ]);
    expect(fieldIssues('inspectors', [''])).toEqual(['must not be empty (a name as printed in the letter)']);
  });

  it('inspectors written as the letter lists them are told to write each name as an item of the list', () => {
    // The list of one name, [Alison Smale and Nick Bennison], would pass and name one inspector.
    expect(fieldIssues('inspectors', 'Alison Smale and Nick Bennison')).toEqual([
      'must be a list of names as printed in the letter, even of one (write it in square brackets, [Alison Smale, Nick Bennison], or as a line starting "- " under the field)',
    ]);
    expect(fieldIssues('inspectors', 'Jo Smith, Ali Khan, and Sandra Andrews & Dan Lee')[0]).toContain('[Jo Smith, Ali Khan, Sandra Andrews, Dan Lee]');
  });

  it('imported is a dataset id', () => {
    expect(fieldIssues('imported', 'ofsted-official-statistics-2025')).toEqual([]);
    expect(fieldIssues('imported', '')).toEqual(['must not be empty (the dataset id)']);
  });

  it('rejects an unknown field', () => {
    expect(entryObject.safeParse(VALID).success).toBe(true);
    const result = entryObject.safeParse({ ...VALID, tittle: 'x' });
    expect(result.success).toBe(false);
    expect(result.error!.issues).toEqual([expect.objectContaining({ code: 'unrecognized_keys', keys: ['tittle'] })]);
  });
});

describe('entryRules on partly valid front-matter', () => {
  it('still reports the rules between fields when another field is wrong', () => {
    // `entry` holds only the fields that are valid on their own.
    const raw = { ...VALID, kind: 'focused-visit', title: 7, grades: { overall: 'good' }, visit_number: 2 };
    const { title: _title, ...valid } = raw;
    expect(entryRules(valid as never, raw)).toEqual([
      { path: ['visit_number'], message: 'only monitoring visits are numbered (this is a focused-visit)' },
      { path: ['grades'], message: 'a focused-visit is not graded (allowed: grades only on inspection, short-inspection)' },
    ]);
  });

  it('reports a missing date from the raw front-matter, even when the date written is invalid elsewhere', () => {
    expect(entryRules({}, { title: 'x' })).toEqual([
      { path: ['date'], message: 'is required unless published or start_date is given (allowed: YYYY-MM-DD or YYYY-MM)', whenComplete: true },
    ]);
    // A date that is present but wrong is the field's own problem, not a missing date.
    expect(entryRules({}, { date: '2018-02-30' })).toEqual([]);
  });

  it('asks for a framework when grades are given but the framework is misspelt only once', () => {
    const raw = { ...VALID, kind: 'inspection', framework: 'ILACS', grades: { 'care-leavers': 'good' } };
    const { framework: _f, ...valid } = raw;
    // The misspelt framework is reported by its own field; its areas cannot be checked.
    expect(entryRules(valid as never, raw)).toEqual([]);
  });
});

describe('timelineDate', () => {
  it('is the date, else published, else start_date', () => {
    expect(timelineDate({ date: '2018-08-01', published: '2018-08-24', start_date: '2018-07-31' })).toBe('2018-08-01');
    expect(timelineDate({ published: '2018-08-24', start_date: '2018-07-31' })).toBe('2018-08-24');
    expect(timelineDate({ start_date: '2018-07-31' })).toBe('2018-07-31');
  });
});

describe('council file', () => {
  const COUNCIL = { name: 'Reading Borough Council', short_name: 'Reading', type: 'unitary' };
  const councilIssues = (data: Record<string, unknown>) => {
    const result = councilSchema.safeParse(data);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('accepts the minimal council and the contract example', () => {
    expect(councilIssues(COUNCIL)).toEqual([]);
    expect(
      councilIssues({
        ...COUNCIL,
        gss_code: 'E06000038',
        region: 'South East',
        website: 'https://www.reading.gov.uk',
        ofsted_url: 'https://reports.ofsted.gov.uk/provider/44/870',
        delivered_by: [{ name: 'Brighter Futures for Children', from: '2018-12-01' }],
        abolished: '2021-04-01',
        successors: ['north-northamptonshire', 'west-northamptonshire'],
        predecessors: ['northamptonshire'],
        former_gss_codes: [{ gss_code: 'E10000038', until: '2020-04-01' }],
      }),
    ).toEqual([]);
  });

  it.each([
    ['name', 'the full name'],
    ['short_name', 'the short name used in titles'],
  ])('%s is required', (field, what) => {
    expect(councilIssues({ ...COUNCIL, [field]: undefined })).toEqual([`${field}: is required (allowed: ${what})`]);
  });

  it('type is required and one of the council types', () => {
    const allowed = 'county, unitary, metropolitan-borough, london-borough, other';
    for (const type of ['county', 'unitary', 'metropolitan-borough', 'london-borough', 'other']) {
      expect(councilIssues({ ...COUNCIL, type })).toEqual([]);
    }
    expect(councilIssues({ ...COUNCIL, type: undefined })).toEqual([`type: is required (allowed: ${allowed})`]);
    expect(councilIssues({ ...COUNCIL, type: 'Unitary' })).toEqual([
      `type: 'Unitary' is not a council type (did you mean unitary?) (allowed: ${allowed})`,
    ]);
  });

  it('gss_code is a letter and 8 digits', () => {
    for (const gss of ['E06000038', 'E10000021', 'W06000015']) expect(councilIssues({ ...COUNCIL, gss_code: gss })).toEqual([]);
    for (const gss of ['E0600003', 'E060000380', '06000038', 'e06000038', 'E06-00038']) {
      expect(councilIssues({ ...COUNCIL, gss_code: gss })).toEqual([
        `gss_code: '${gss}' is not an ONS code (allowed: a letter and 8 digits, e.g. E06000038)`,
      ]);
    }
  });

  it('website and ofsted_url are web addresses', () => {
    expect(councilIssues({ ...COUNCIL, website: 'javascript:alert(1)' })).toEqual([
      "website: 'javascript:alert(1)' is not a web address (allowed: an address starting https:// or http://)",
    ]);
    expect(councilIssues({ ...COUNCIL, ofsted_url: 'reports.ofsted.gov.uk/provider/44/870' })).toEqual([
      "ofsted_url: 'reports.ofsted.gov.uk/provider/44/870' is not a web address (did you mean https://reports.ofsted.gov.uk/provider/44/870?) (allowed: an address starting https:// or http://)",
    ]);
  });

  it('delivered_by periods have a name and a real from date', () => {
    expect(councilIssues({ ...COUNCIL, delivered_by: [{ name: 'Trust', from: '2018-12' }] })).toEqual([]);
    expect(councilIssues({ ...COUNCIL, delivered_by: [{ name: 'Trust', from: '2018-02-30' }] })).toEqual([
      expect.stringMatching(/^delivered_by\.0\.from: '2018-02-30' is not a real calendar date/),
    ]);
    expect(councilIssues({ ...COUNCIL, delivered_by: [{ from: '2018-12-01' }] })).toEqual(['delivered_by.0.name: is required (allowed: who delivered the service)']);
  });

  it('former_gss_codes lists the codes a council had before, oldest first, each until a day', () => {
    const YORKS = { ...COUNCIL, gss_code: 'E06000065' };
    const former = (...codes: unknown[]) => councilIssues({ ...YORKS, former_gss_codes: codes });
    expect(former({ gss_code: 'E10000023', until: '2023-04-01' })).toEqual([]);
    expect(former({ gss_code: 'E1000023', until: '2023-04-01' })).toEqual([
      "former_gss_codes.0.gss_code: 'E1000023' is not an ONS code (allowed: a letter and 8 digits, e.g. E06000038)",
    ]);
    expect(former({ gss_code: 'E10000023', until: '2023-04' })).toEqual([
      "former_gss_codes.0.until: '2023-04' is a month (allowed: the day the next code took effect, YYYY-MM-DD, e.g. 2023-04-01)",
    ]);
    expect(former({ gss_code: 'E10000023', until: '2023-02-30' })).toEqual([
      "former_gss_codes.0.until: '2023-02-30' is not a real calendar date (February 2023 has 28 days) (allowed: the day the next code took effect, YYYY-MM-DD)",
    ]);
    expect(former({ gss_code: 'E10000023', until: '1/4/2023' })).toEqual([
      "former_gss_codes.0.until: '1/4/2023' is not a date in the form YYYY-MM-DD or YYYY-MM (did you mean 2023-04-01?) (allowed: the day the next code took effect, YYYY-MM-DD)",
    ]);
    expect(former({ gss_code: 'E10000023' })).toEqual(['former_gss_codes.0.until: is required (allowed: the day the next code took effect, YYYY-MM-DD)']);
    expect(former({ until: '2023-04-01' })).toEqual([
      'former_gss_codes.0.gss_code: is required (allowed: the code the council had before, a letter and 8 digits)',
    ]);
    const lines = 'for each code a line "- gss_code: <the code>", then "until: <the day the next code took effect>" under it, lined up with gss_code';
    expect(former('E10000023')).toEqual([`former_gss_codes.0: must be a code and the day it ended (allowed: ${lines})`]);
    expect(councilIssues({ ...YORKS, former_gss_codes: 'E10000023' })).toEqual([`former_gss_codes: must be a list (allowed: ${lines})`]);
  });

  it('former_gss_codes are in order, each once, and not the code in force now', () => {
    const YORKS = { ...COUNCIL, gss_code: 'E06000065' };
    const former = (...codes: unknown[]) => councilIssues({ ...YORKS, former_gss_codes: codes });
    expect(former({ gss_code: 'E10000001', until: '2009-04-01' }, { gss_code: 'E10000023', until: '2023-04-01' })).toEqual([]);
    expect(former({ gss_code: 'E10000023', until: '2023-04-01' }, { gss_code: 'E10000001', until: '2009-04-01' })).toEqual([
      'former_gss_codes.1.until: 2009-04-01 is not after 2023-04-01, the until of the code above (allowed: the oldest code first, each until a later day)',
    ]);
    expect(former({ gss_code: 'E10000023', until: '2009-04-01' }, { gss_code: 'E10000023', until: '2023-04-01' })).toEqual([
      'former_gss_codes.1.gss_code: E10000023 is listed above already (allowed: each former code once)',
    ]);
    expect(former({ gss_code: 'E06000065', until: '2023-04-01' })).toEqual([
      "former_gss_codes.0.gss_code: E06000065 is the council's gss_code, the code in force now (allowed: only the codes it had before)",
    ]);
    expect(councilIssues({ ...COUNCIL, former_gss_codes: [{ gss_code: 'E10000023', until: '2023-04-01' }] })).toEqual([
      'former_gss_codes: is given without gss_code (allowed: the code in force now in gss_code, and only the codes before it here)',
    ]);
  });

  it('successors and predecessors are council ids', () => {
    expect(councilIssues({ ...COUNCIL, successors: ['West Northamptonshire'] })).toEqual([
      "successors.0: 'West Northamptonshire' is not a council id (did you mean west-northamptonshire?) (allowed: lower-case words joined by hyphens)",
    ]);
    expect(councilIssues({ ...COUNCIL, predecessors: 'northamptonshire' })).toEqual([
      'predecessors: must be a list of council ids, even of one (write it in square brackets, [northamptonshire], or as a line starting "- " under the field)',
    ]);
  });

  it('rejects an unknown field', () => {
    expect(councilSchema.safeParse({ ...COUNCIL, colour: 'red' }).success).toBe(false);
  });
});

describe('themes file', () => {
  const THEME = { id: 'care-leavers', label: 'Care leavers', description: 'Leaving care', phrases: ['care leaver'] };
  const themeIssues = (data: unknown) => {
    const result = themeSchema.safeParse(data);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('accepts a theme', () => {
    expect(themeIssues(THEME)).toEqual([]);
    expect(themesSchema.safeParse([THEME, { ...THEME, id: 'other' }]).success).toBe(true);
  });

  it('phrases are required, as a non-empty list', () => {
    expect(themeIssues({ ...THEME, phrases: undefined })).toEqual(['phrases: is required (allowed: a list of phrases to look for)']);
    expect(themeIssues({ ...THEME, phrases: [] })).toEqual(['phrases: must list at least one phrase']);
    expect(themeIssues({ ...THEME, phrases: 'care leaver' })).toEqual([
      'phrases: must be a list of phrases to look for, even of one (write it in square brackets, [care leaver], or as a line starting "- " under the field)',
    ]);
    // A phrase is one phrase, "and" and all (only inspectors' names are split at "and").
    expect(themeIssues({ ...THEME, phrases: 'recruitment and retention' })[0]).toContain('[recruitment and retention]');
    expect(themeIssues({ ...THEME, phrases: [''] })).toEqual(['phrases.0: must not be empty (a phrase to look for)']);
  });

  it('id is a slug; label and description are required', () => {
    expect(themeIssues({ ...THEME, id: 'Care leavers' })).toEqual([
      "id: 'Care leavers' is not a theme id (did you mean care-leavers?) (allowed: lower-case words joined by hyphens)",
    ]);
    expect(themeIssues({ ...THEME, label: undefined })).toEqual(['label: is required (allowed: a short label)']);
    expect(themeIssues({ ...THEME, description: undefined })).toEqual(['description: is required (allowed: what the theme covers)']);
    expect(SLUG.test('workforce-stability')).toBe(true);
    expect(SLUG.test('workforce--stability')).toBe(false);
  });
});

describe('vocabulary the contract names', () => {
  it('has the kinds, grades and frameworks of the contract', () => {
    expect(KIND_IDS).toEqual([
      'inspection', 'short-inspection', 'focused-visit', 'monitoring-visit', 'jtai', 'annual-engagement',
      'deep-dive', 'committee-paper', 'minutes', 'self-evaluation', 'peer-review', 'other',
    ]);
    expect([...GRADES]).toEqual(['outstanding', 'good', 'requires-improvement', 'inadequate']);
    expect(FRAMEWORK_IDS).toEqual(['slac', 'cpi', 'tlac', 'sif', 'ilacs', 'ilacs-2023']);
    const areas = Object.fromEntries(FRAMEWORKS.map((f) => [f.id, f.areas.map((a) => a.id)]));
    expect(areas).toEqual({
      slac: ['safeguarding', 'looked-after-children'],
      cpi: ['overall'],
      tlac: ['overall'],
      sif: ['overall', 'help-and-protection', 'looked-after-and-permanence', 'adoption', 'care-leavers', 'leadership', 'lscb'],
      ilacs: ['overall', 'leadership', 'help-and-protection', 'children-in-care-and-care-leavers'],
      'ilacs-2023': ['overall', 'leadership', 'help-and-protection', 'children-in-care', 'care-leavers'],
    });
  });
});
