import { describe, expect, it } from 'vitest';
import { countThemesByYear, heatLevel, heatmapDescription, themeEvidence } from '../../../src/lib/charts/theme-heatmap.ts';
import { entry } from './make-entry.ts';
import { yearOf } from '../../../src/lib/dates.ts';

const dictionary = [
  { id: 'workforce', label: 'Workforce stability' },
  { id: 'care-leavers', label: 'Care leavers' },
  { id: 'front-door', label: 'Front door and MASH' },
  { id: 'never', label: 'Never raised' },
];

const entries = [
  // 2016: care leavers twice, workforce once.
  entry('c/2016-03-01-committee-paper', { kind: 'committee-paper', date: '2016-03-01' }, ['care-leavers', { id: 'workforce' }]),
  entry('c/2016-09-01-monitoring-visit', { kind: 'monitoring-visit', date: '2016-09-01' }, [{ id: 'care-leavers' }]),
  // 2017: nothing themed.
  entry('c/2017-05-01-monitoring-visit', { kind: 'monitoring-visit', date: '2017-05-01' }),
  // 2018: workforce (listed twice in one entry counts once), front door.
  entry('c/2018-02-01-committee-paper', { kind: 'committee-paper', date: '2018-02-01' }, ['workforce', { id: 'workforce' }, 'front-door']),
  // 2019: workforce.
  entry('c/2019-02-01-deep-dive', { kind: 'deep-dive', date: '2019-02-01' }, [{ id: 'workforce' }]),
  // A draft never counts.
  entry('c/2019-06-01-committee-paper', { kind: 'committee-paper', date: '2019-06-01', draft: true }, ['front-door', 'front-door']),
];

describe('counting themes by year', () => {
  const { years, themes } = countThemesByYear(entries, dictionary);

  it('spans every year from the first entry to the last, empty years included', () => {
    expect(years).toEqual([2016, 2017, 2018, 2019]);
  });

  it('starts at the first year that raised a theme, and runs to the latest entry', () => {
    const unthemed = [
      entry('c/2012-05-01-monitoring-visit', { kind: 'monitoring-visit', date: '2012-05-01' }),
      ...entries,
      entry('c/2021-05-01-monitoring-visit', { kind: 'monitoring-visit', date: '2021-05-01' }),
    ];
    expect(countThemesByYear(unthemed, dictionary).years).toEqual([2016, 2017, 2018, 2019, 2020, 2021]);
  });

  it('ends at the last entry that could raise a theme, not at later entries with no text and no listed themes', () => {
    const imported = (id: string, date: string, themes?: string[]) => ({ ...entry(id, { kind: 'inspection', date, themes }), hasText: false });
    const withImports = [...entries, imported('c/2022-05-01-inspection', '2022-05-01'), imported('c/2024-05-01-inspection', '2024-05-01')];
    const counted = countThemesByYear(withImports, dictionary);
    expect(counted.years).toEqual([2016, 2017, 2018, 2019]);
    expect([counted.examined, counted.published]).toEqual([5, 7]);
    // An imported visit that lists its theme could raise one, so its year counts.
    const listed = countThemesByYear([...withImports, imported('c/2023-05-01-monitoring-visit', '2023-05-01', ['workforce'])], dictionary);
    expect(listed.years.at(-1)).toBe(2023);
    expect([listed.examined, listed.published]).toEqual([6, 8]);
  });

  it('counts entries (not mentions) per theme and year', () => {
    const counts = Object.fromEntries(themes.map((t) => [t.id, t.counts.map((c) => c.count)]));
    expect(counts).toEqual({ workforce: [1, 0, 1, 1], 'care-leavers': [2, 0, 0, 0], 'front-door': [0, 0, 1, 0] });
  });

  it('orders themes by the number of years raised, then entries, and leaves out themes never raised', () => {
    expect(themes.map((t) => [t.id, t.years, t.total])).toEqual([
      ['workforce', 3, 3],
      ['care-leavers', 1, 2],
      ['front-door', 1, 1],
    ]);
  });
});

describe('heat levels', () => {
  it('uses the count itself up to 4, else quarters of the maximum', () => {
    expect([0, 1, 2, 3].map((n) => heatLevel(n, 3))).toEqual([0, 1, 2, 3]);
    expect([1, 5, 6, 10, 20].map((n) => heatLevel(n, 20))).toEqual([1, 1, 2, 2, 4]);
  });
});

describe('heatmap description', () => {
  it('names the span and the most recurrent themes with their years and entries', () => {
    const { themes } = countThemesByYear(entries, dictionary);
    expect(heatmapDescription(themes)).toBe(
      '3 themes raised from 2016 to 2019. Most recurrent: Workforce stability (3 years, 3 entries), Care leavers (1 year, 2 entries) and Front door and MASH (1 year, 1 entry).',
    );
  });

  it('names the years in which themes were raised, not the columns around them', () => {
    const wide = countThemesByYear(entries, dictionary, [2012, 2024]);
    expect(heatmapDescription(wide.themes)).toMatch(/^3 themes raised from 2016 to 2019\./);
    const one = countThemesByYear(entries.filter((e) => yearOf(e.when) === 2016), dictionary, [2012, 2024]);
    expect(heatmapDescription(one.themes)).toMatch(/ raised in 2016\./);
  });
});

describe('the evidence under the heatmap', () => {
  const { themes } = countThemesByYear(entries, dictionary);
  const quoted = [
    entry('c/2016-03-01-committee-paper', { kind: 'committee-paper', date: '2016-03-01' }, [{ id: 'workforce', evidence: ['Agency staff left.'] }]),
    entry('c/2018-02-01-committee-paper', { kind: 'committee-paper', date: '2018-02-01' }, ['workforce']),
    entry('c/2019-02-01-deep-dive', { kind: 'deep-dive', date: '2019-02-01' }, [{ id: 'workforce', evidence: ['Caseloads fell.'] }]),
    entry('c/2019-06-01-committee-paper', { kind: 'committee-paper', date: '2019-06-01', draft: true }, [{ id: 'workforce', evidence: ['A draft.'] }]),
    entry('c/2020-01-01-committee-paper', { kind: 'committee-paper', date: '2020-01-01' }, ['care-leavers']),
  ];

  it('quotes the newest published entry with a sentence that raised the theme, else names the newest that listed it', () => {
    const evidence = themeEvidence(quoted, themes, 2);
    expect(evidence.map((e) => [e.theme.id, e.entry?.id, e.sentence, e.asserted])).toEqual([
      ['workforce', 'c/2019-02-01-deep-dive', 'Caseloads fell.', false],
      ['care-leavers', 'c/2020-01-01-committee-paper', undefined, true],
    ]);
  });
});
