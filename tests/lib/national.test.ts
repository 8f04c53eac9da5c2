/**
 * National calculations on a small hand-made history whose answers were
 * worked out by hand (dates and day counts in the comments).
 */
import { describe, expect, it } from 'vitest';
import {
  countByCategory,
  distributionDates,
  distributionOverTime,
  existsAt,
  formatDuration,
  formationDates,
  inadequateSpells,
  latestDataDate,
  marchDates,
  resolveAsAt,
  standingsAt,
  timeInInadequate,
  transitions,
  nationalPicture,
  transitionTotals,
  type NationalCouncil,
} from '../../src/lib/national.ts';
import { entry, inspection } from './charts/make-entry.ts';

const council = (id: string, entries: NationalCouncil['entries'], data: Partial<NationalCouncil['data']> = {}): NationalCouncil => ({
  id,
  data: { short_name: id[0].toUpperCase() + id.slice(1), ...data },
  entries,
});

// alpha: Inadequate 2014 and again 2016, Requires improvement 2018, Good 2022.
const alpha = council('alpha', [
  inspection('alpha/2014-05-inspection', 'sif', '2014-07-01', { overall: 'inadequate' }, { date: '2014-05' }),
  inspection('alpha/2016-02-inspection', 'sif', '2016-03-15', { overall: 'inadequate' }, { date: '2016-02' }),
  entry('alpha/2017-01-10-monitoring-visit', { kind: 'monitoring-visit', date: '2017-01-10' }),
  inspection('alpha/2018-06-20-inspection', 'ilacs', '2018-06-20', { overall: 'requires-improvement' }),
  inspection('alpha/2022-10-05-inspection', 'ilacs', '2022-10-05', { overall: 'good' }),
]);
// beta: Good (published in a month, 2015-01), Inadequate 2019, abolished 1 April 2021 while Inadequate.
const beta = council(
  'beta',
  [
    inspection('beta/2015-01-inspection', 'sif', '2015-01', { overall: 'good' }),
    inspection('beta/2019-11-10-inspection', 'ilacs', '2019-11-10', { overall: 'inadequate' }),
  ],
  { abolished: '2021-04-01' },
);
// gamma: formed from beta on 1 April 2021; Requires improvement 2023.
const gamma = council('gamma', [inspection('gamma/2023-09-01-inspection', 'ilacs-2023', '2023-09-01', { overall: 'requires-improvement' })], {
  predecessors: ['beta'],
});
// delta: never given an overall grade; its SLAC judgement has no headline area and must not count.
const delta = council('delta', [
  inspection('delta/2011-03-01-inspection', 'slac', '2011-03-01', { safeguarding: 'inadequate' }),
  entry('delta/2020-02-02-focused-visit', { kind: 'focused-visit', date: '2020-02-02' }),
]);
// epsilon: Requires improvement 2017, Inadequate from 20 May 2019 and still; a draft Outstanding must be ignored.
const epsilon = council('epsilon', [
  inspection('epsilon/2017-03-03-inspection', 'sif', '2017-03-03', { overall: 'requires-improvement' }),
  inspection('epsilon/2019-05-inspection', 'ilacs', '2019-05-20', { overall: 'inadequate' }, { date: '2019-05' }),
  inspection('epsilon/2024-01-inspection', 'ilacs-2023', '2024-01-15', { overall: 'outstanding' }, { draft: true }),
]);
const all = [alpha, beta, gamma, delta, epsilon];
const AS_AT = '2024-03-31';

const categories = (asAt: string) => Object.fromEntries(standingsAt(all, asAt).map((s) => [s.council, s.category]));

describe('standings at a date', () => {
  it('gives each existing council its latest overall grade, counting from the inspection', () => {
    expect(categories(AS_AT)).toEqual({ alpha: 'good', gamma: 'requires-improvement', delta: 'none', epsilon: 'inadequate' });
    expect(countByCategory(standingsAt(all, AS_AT))).toEqual({
      outstanding: 0,
      good: 1,
      'requires-improvement': 1,
      inadequate: 1,
      none: 1,
    });
    // Inspected in June 2018 but published 20 June: on 19 June alpha was still Inadequate.
    expect(categories('2018-06-19').alpha).toBe('inadequate');
    expect(categories('2018-06-20').alpha).toBe('requires-improvement');
  });

  it('counts an abolished council only while it existed, and its successor from then', () => {
    expect(categories('2021-03-31')).toEqual({ alpha: 'requires-improvement', beta: 'inadequate', delta: 'none', epsilon: 'inadequate' });
    expect(categories('2021-04-01')).toEqual({ alpha: 'requires-improvement', gamma: 'none', delta: 'none', epsilon: 'inadequate' });
    expect(formationDates(all)).toEqual(new Map([['gamma', '2021-04-01']]));
    expect(existsAt(beta, '2021-03-31')).toBe(true);
    expect(existsAt(beta, '2021-04-01')).toBe(false);
  });

  it('counts a month-only publication from the first of the month', () => {
    expect(categories('2014-12-31').beta).toBe('none');
    expect(categories('2015-01-01').beta).toBe('good');
  });

  it('never counts SLAC judgements or drafts as overall grades', () => {
    expect(categories('2012-01-01').delta).toBe('none');
    expect(categories('2024-02-01').epsilon).toBe('inadequate');
  });
});

describe('distribution over time', () => {
  it('uses 31 March of each year from the first overall judgement to the as-at date', () => {
    const dates = marchDates(all, AS_AT);
    expect(dates[0]).toBe('2015-03-31');
    expect(dates.at(-1)).toBe('2024-03-31');
    expect(dates).toHaveLength(10);
    expect(distributionDates(all, '2024-05-01').at(-1)).toBe('2024-05-01');
    expect(distributionDates(all, AS_AT).at(-1)).toBe(AS_AT);
  });

  it('counts each council by its most recent grade at each date', () => {
    const points = distributionOverTime(all, ['2015-03-31', '2020-03-31', '2022-03-31']);
    expect(points.map((p) => [p.asAt, p.total, p.counts])).toEqual([
      // alpha I, beta G, delta none, epsilon none (gamma not yet formed)
      ['2015-03-31', 4, { outstanding: 0, good: 1, 'requires-improvement': 0, inadequate: 1, none: 2 }],
      // alpha RI, beta I, delta none, epsilon I
      ['2020-03-31', 4, { outstanding: 0, good: 0, 'requires-improvement': 1, inadequate: 2, none: 1 }],
      // alpha RI, gamma none, delta none, epsilon I
      ['2022-03-31', 4, { outstanding: 0, good: 0, 'requires-improvement': 1, inadequate: 1, none: 2 }],
    ]);
  });
});

describe('transitions', () => {
  it('pairs consecutive overall grades per council', () => {
    const list = transitions(all, AS_AT);
    expect(list.map((t) => `${t.council}: ${t.from} > ${t.to}`)).toEqual([
      'alpha: inadequate > inadequate',
      'alpha: inadequate > requires-improvement',
      'alpha: requires-improvement > good',
      'beta: good > inadequate',
      'epsilon: requires-improvement > inadequate',
    ]);
    expect(transitions(all, '2019-01-01')).toHaveLength(2);
  });

  it('totals them with a direction, and as a matrix', () => {
    const totals = transitionTotals([...transitions(all, AS_AT), ...transitions([alpha], AS_AT)]);
    // Most frequent first; equal counts in grade order (from, then to).
    expect(totals.map((t) => `${t.from} > ${t.to}: ${t.count}`)).toEqual([
      'requires-improvement > good: 2',
      'inadequate > requires-improvement: 2',
      'inadequate > inadequate: 2',
      'good > inadequate: 1',
      'requires-improvement > inadequate: 1',
    ]);
    expect(totals.find((t) => t.from === 'inadequate' && t.to === 'inadequate')).toMatchObject({ direction: 'same' });
    expect(totals.find((t) => t.from === 'good' && t.to === 'inadequate')).toMatchObject({ count: 1, direction: 'worse' });
    expect(totals.find((t) => t.from === 'inadequate' && t.to === 'requires-improvement')).toMatchObject({ count: 2, direction: 'better' });
  });
});

describe('nationalPicture', () => {
  it('gathers the figures the pages show, and counts the moves by direction and out of Inadequate', () => {
    const picture = nationalPicture(all, AS_AT);
    expect(picture.counts).toEqual(countByCategory(standingsAt(all, AS_AT)));
    expect(picture.totals).toEqual(transitionTotals(transitions(all, AS_AT)));
    const sum = (direction: string) => picture.totals.filter((t) => t.direction === direction).reduce((n, t) => n + t.count, 0);
    expect([picture.better, picture.worse, picture.same]).toEqual([sum('better'), sum('worse'), sum('same')]);
    expect(picture.better + picture.worse + picture.same).toBe(picture.moves.length);
    expect(picture.outOfInadequate).toBe(picture.moves.filter((m) => m.from === 'inadequate' && m.to !== 'inadequate').length);
    expect(picture.outOfInadequate).toBeGreaterThan(0);
    expect(picture.inadequate).toEqual(timeInInadequate(all, AS_AT));
  });
});

describe('time in Inadequate', () => {
  it('runs from the judgement that made a council Inadequate to the next that did not, or to abolition or the as-at date', () => {
    const spells = inadequateSpells(all, AS_AT).map((s) => [s.council, s.start, s.end, s.endedBy, s.days]);
    expect(spells).toEqual([
      // From the inspection in May 2014 (published 1 July), as official statistics count it;
      // a second Inadequate judgement continues the spell; 1 May 2014 to 20 June 2018 (1461 + 50 days).
      ['alpha', '2014-05-01', '2018-06-20', 'judgement', 1511],
      // 10 November 2019 to abolition on 1 April 2021 (366 + 142 days).
      ['beta', '2019-11-10', '2021-04-01', 'abolition', 508],
      // The inspection in May 2019 (published 20 May) to the as-at date, still open: 1777 + 19 days.
      ['epsilon', '2019-05-01', '2024-03-31', 'as-at', 1796],
    ]);
  });

  it('totals per council (longest first) and overall', () => {
    const summary = timeInInadequate(all, AS_AT);
    expect(summary.perCouncil.map((c) => [c.council, c.days, !!c.current])).toEqual([
      ['epsilon', 1796, true],
      ['alpha', 1511, false],
      ['beta', 508, false],
    ]);
    expect(summary.total).toEqual({ councils: 3, spells: 3, days: 3815, ongoing: 1, medianEndedDays: 1511 });
  });

  it('ends a spell at an earlier as-at date', () => {
    // 1 May 2014 to 1 July 2015: 365 + 61 days.
    expect(inadequateSpells([alpha], '2015-07-01')).toMatchObject([{ start: '2014-05-01', end: '2015-07-01', ongoing: true, days: 426 }]);
  });

  it('reads durations in years and months', () => {
    expect(formatDuration(1450)).toBe('4 years'); // 47.6 months
    expect(formatDuration(1400)).toBe('3 years 10 months');
    expect(formatDuration(365)).toBe('1 year');
    expect(formatDuration(45)).toBe('1 month');
    expect(formatDuration(3)).toBe('3 days');
  });
});

describe('the as-at date', () => {
  it('defaults to the latest published overall judgement, not the clock', () => {
    expect(latestDataDate(all)).toBe('2023-09-01');
    expect(resolveAsAt(undefined, all)).toBe('2023-09-01');
    expect(resolveAsAt('', all)).toBe('2023-09-01');
    expect(latestDataDate([beta].map((c) => ({ ...c, entries: c.entries.slice(0, 1) })))).toBe('2015-01-31');
    expect(latestDataDate([council('none', [])])).toBeUndefined();
  });

  it('takes IJ_AS_AT when it is a calendar day, and refuses anything else', () => {
    expect(resolveAsAt(' 2019-03-31 ', all)).toBe('2019-03-31');
    expect(() => resolveAsAt('2019-02-30', all)).toThrow(/IJ_AS_AT='2019-02-30' is not a calendar date/);
    expect(() => resolveAsAt('2019-03', all)).toThrow(/YYYY-MM-DD/);
  });
});
