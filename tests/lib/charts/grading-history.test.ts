import { describe, expect, it } from 'vitest';
import { gradingHistory, noGradesMessage, tickPath } from '../../../src/lib/charts/grading-history.ts';
import { LAYOUT } from '../../../src/lib/charts/common.ts';
import { GRADE_SHAPE_NAMES, shapePath } from '../../../src/lib/grade-shapes.ts';
import { entry, inspection } from './make-entry.ts';

// A council judged Inadequate under SIF in 2016, visited and reviewed, then Requires improvement under ILACS in 2019.
const journey = [
  inspection('northby/2016-06-inspection', 'sif', '2016-08-05', {
    overall: 'inadequate',
    'help-and-protection': 'inadequate',
    'looked-after-and-permanence': 'inadequate',
    'care-leavers': 'requires-improvement',
    lscb: 'requires-improvement',
  }, { date: '2016-06' }),
  entry('northby/2017-02-22-monitoring-visit', { kind: 'monitoring-visit', date: '2017-02-22' }),
  entry('northby/2018-09-06-deep-dive', { kind: 'deep-dive', date: '2018-09-06', body: 'dfe' }),
  entry('northby/2018-10-04-committee-paper', { kind: 'committee-paper', date: '2018-10-04', body: 'council' }),
  entry('northby/2019-01-committee-paper', { kind: 'committee-paper', date: '2019-01', body: 'council', draft: true }),
  inspection('northby/2019-10-28-inspection', 'ilacs', '2019-10-28', {
    overall: 'requires-improvement',
    'help-and-protection': 'requires-improvement',
    'children-in-care-and-care-leavers': 'good',
  }),
];

const wide = gradingHistory({ entries: journey, layout: 'wide', until: '2020-06-30' })!;
const narrow = gradingHistory({ entries: journey, layout: 'narrow', until: '2020-06-30' })!;

describe('grading history rows', () => {
  it('has a row per series graded, in SERIES order, overall first, then the event groups present', () => {
    expect(wide.rows.map((r) => r.id)).toEqual([
      'overall',
      'help-and-protection',
      'children-in-care',
      'care-leavers',
      'lscb',
      'events-ofsted',
      'events-reviews',
      'events-council',
    ]);
    expect(wide.rows[0]).toMatchObject({ kind: 'overall', label: 'Overall effectiveness' });
    // Rows stack downwards without overlapping.
    for (let i = 1; i < wide.rows.length; i++) expect(wide.rows[i].top).toBeGreaterThanOrEqual(wide.rows[i - 1].bottom);
  });

  it('puts comparable judgements of different frameworks on one row', () => {
    const inCare = wide.marks.filter((m) => m.series === 'children-in-care');
    expect(inCare.map((m) => [m.entryId, m.grade])).toEqual([
      ['northby/2016-06-inspection', 'inadequate'],
      ['northby/2019-10-28-inspection', 'good'],
    ]);
    expect(new Set(inCare.map((m) => m.y)).size).toBe(1);
  });

  it('leaves drafts out', () => {
    expect(wide.events.map((e) => e.entryId)).not.toContain('northby/2019-01-committee-paper');
    expect(wide.events).toHaveLength(3);
  });
});

describe('grading history scales', () => {
  it('spans whole years from the first entry to `until`', () => {
    expect([wide.firstYear, wide.lastYear]).toEqual([2016, 2020]);
    expect(wide.ticks.map((t) => t.year)).toEqual([2016, 2017, 2018, 2019, 2020, 2021]);
    expect(wide.ticks[0].x).toBe(wide.plot.left);
    expect(wide.ticks.at(-1)!.x).toBe(wide.plot.right);
    // Labels sit in the middle of their year; the closing tick has none.
    expect(wide.ticks[0].labelX).toBeCloseTo((wide.ticks[0].x + wide.ticks[1].x) / 2, 0);
    expect(wide.ticks.filter((t) => t.labelled).map((t) => t.year)).toEqual([2016, 2017, 2018, 2019, 2020]);
  });

  it('places each mark at its date, a month-only date mid-month', () => {
    const x = (year: number) => wide.ticks.find((t) => t.year === year)!.x;
    const first = wide.marks.find((m) => m.series === 'overall' && m.grade === 'inadequate')!;
    // June 2016 sits at the middle of June: 165.5 days into the year (of 366).
    expect(first.x).toBeCloseTo(x(2016) + ((x(2017) - x(2016)) * (151 + 14.5)) / 366, 0);
    const second = wide.marks.find((m) => m.series === 'overall' && m.grade === 'requires-improvement')!;
    expect(second.x).toBeGreaterThan(x(2019));
    expect(second.x).toBeLessThan(x(2020));
    const visit = wide.events.find((e) => e.kind === 'monitoring-visit')!;
    expect(visit.x + visit.width / 2).toBeGreaterThan(first.x);
    expect(visit.x + visit.width / 2).toBeLessThan(second.x);
  });

  it('draws overall grades on a four-level scale, Outstanding at the top', () => {
    expect(wide.levels.map((l) => l.grade)).toEqual(['outstanding', 'good', 'requires-improvement', 'inadequate']);
    const ys = wide.levels.map((l) => l.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    const level = (g: string) => wide.levels.find((l) => l.grade === g)!.y;
    for (const m of wide.marks.filter((m) => m.series === 'overall')) expect(m.y).toBe(level(m.grade));
  });

  it('steps the overall line from one judgement to the next and on to `until`', () => {
    const [a, b] = wide.marks.filter((m) => m.series === 'overall');
    expect(wide.overallPath).toMatch(new RegExp(`^M${a.x},${a.y}`));
    // Step after: horizontal to the next judgement at the old grade, then up.
    expect(wide.overallPath).toContain(`L${b.x},${a.y}`);
    expect(wide.overallPath).toContain(`L${b.x},${b.y}`);
    const end = Number(/L([\d.]+),[\d.]+$/.exec(wide.overallPath!)![1]);
    expect(end).toBeGreaterThan(wide.ticks.find((t) => t.year === 2020)!.x);
  });

  it('marks framework changes inside the span only', () => {
    expect(wide.frameworks.map((f) => [f.label, f.date])).toEqual([['ILACS', '2018-01']]);
    const ilacs = wide.frameworks[0];
    const x = (year: number) => wide.ticks.find((t) => t.year === year)!.x;
    expect(ilacs.x).toBeGreaterThan(x(2018));
    expect(ilacs.x).toBeLessThan(x(2018) + 10);
    const long = gradingHistory({
      entries: [inspection('a/2010-inspection', 'slac', '2010-05-01', { safeguarding: 'good' }), ...journey],
      layout: 'wide',
      until: '2024-03-31',
    })!;
    expect(long.frameworks.map((f) => f.label)).toEqual(['CPI, TLAC', 'SIF', 'ILACS', 'ILACS 2023']);
    // Close labels go onto separate lines rather than overlapping.
    const [cpi, sif] = long.frameworks;
    expect(cpi.labelY).not.toBe(sif.labelY);
  });
});

describe('grading history marks and text', () => {
  it('gives every mark its grade’s shape, at its place, and colour variable, and a title', () => {
    for (const m of wide.marks) {
      expect(m.shape).toBe(GRADE_SHAPE_NAMES[m.grade]);
      expect(m.path).toBe(shapePath(m.grade, m.x, m.y, m.series === 'overall' ? 16 : 14));
      expect(m.colour).toBe(`--grade-${m.grade}`);
      expect(m.title).toMatch(/: (Inadequate|Requires improvement|Good), /);
    }
    expect(wide.events.every((e) => e.colour === '--ungraded')).toBe(true);
  });

  it('draws the marks as one path per colour and the events as one path', () => {
    const colours = [...new Set(wide.marks.map((m) => m.colour))];
    expect(wide.markPaths.map((p) => p.colour)).toEqual(colours);
    for (const { colour, d } of wide.markPaths) {
      expect(d).toBe(wide.marks.filter((m) => m.colour === colour).map((m) => m.path).join(''));
    }
    expect(wide.eventPath.match(/h2\.5/g)).toHaveLength(wide.events.length);
    expect(wide.eventStroke).toBe(wide.events[0].height);
  });

  it('draws ticks as strokes through their row, those that touch or overlap as one covering them', () => {
    const tick = (x: number, y: number) => ({ entryId: `e${x}`, group: 'ofsted', kind: 'monitoring-visit' as const, x, y, width: 2.5, height: 13, colour: '--ungraded', title: '' });
    // Rows centred at 11.5 and 36.5; in the first, 10 to 15 is one stroke, then a gap of 5 to the tick at 20, then one at 30.1.
    expect(tickPath([tick(20, 5), tick(10, 5), tick(11, 5), tick(12.5, 5), tick(30.1, 5), tick(11, 30)])).toBe('M10 11.5h5m5 0h2.5m7.6 0h2.5M11 36.5h2.5');
    expect(tickPath([])).toBe('');
  });

  it('describes the history in words and gives the same data as table rows', () => {
    expect(wide.description).toContain('Overall effectiveness: Inadequate (June 2016), then Requires improvement (28 October 2019).');
    expect(wide.description).toContain('1 Ofsted visit, 1 DfE or peer review and 1 council paper or other entry');
    expect(wide.table.series.map((s) => s.id)).toEqual(['overall', 'help-and-protection', 'children-in-care', 'care-leavers', 'lscb']);
    expect(wide.table.judgements.map((j) => [j.framework, j.grades['children-in-care'], j.grades['care-leavers']])).toEqual([
      ['SIF', 'inadequate', 'requires-improvement'],
      // ILACS judged children in care and care leavers together: the one grade is on both rows.
      ['ILACS', 'good', 'good'],
    ]);
  });
});

describe('layouts', () => {
  it('fits each layout’s width, with labels above rows on phones', () => {
    expect(narrow.width).toBe(LAYOUT.narrow.width);
    expect(wide.width).toBe(LAYOUT.wide.width);
    for (const chart of [narrow, wide]) {
      for (const m of chart.marks) {
        expect(m.x).toBeGreaterThanOrEqual(chart.plot.left);
        expect(m.x).toBeLessThanOrEqual(chart.plot.right);
        expect(m.y).toBeLessThan(chart.axisY);
      }
      expect(chart.height).toBeGreaterThan(chart.axisY);
    }
    const row = (c: typeof wide, id: string) => c.rows.find((r) => r.id === id)!;
    expect(row(narrow, 'lscb').labelY).toBeLessThan(row(narrow, 'lscb').y);
    expect(row(wide, 'lscb').labelX).toBe(0);
    expect(narrow.plot.left).toBeLessThan(wide.plot.left);
    // Phones label every second or fifth year when years are narrow; never overlapping.
    const labelled = narrow.ticks.filter((t) => t.labelled);
    for (let i = 1; i < labelled.length; i++) expect(labelled[i].labelX - labelled[i - 1].labelX).toBeGreaterThan(LAYOUT.narrow.font * 2.5);
    const long = gradingHistory({ entries: [inspection('a/2009-inspection', 'slac', '2009-09-01', { safeguarding: 'good' }), ...journey], layout: 'narrow', until: '2025-06-30' })!;
    const years = long.ticks.filter((t) => t.labelled).map((t) => t.year);
    expect(years.length).toBeLessThan(17);
    // 17 years in 288 units leave room for a 12 px label every fifth year.
    expect(years).toEqual([2010, 2015, 2020, 2025]);
  });
});

describe('councils without grades', () => {
  const ungraded = [entry('t/2018-01-11-monitoring-visit', { kind: 'monitoring-visit', date: '2018-01-11' })];

  it('gives no chart and a message instead', () => {
    expect(gradingHistory({ entries: ungraded, layout: 'wide' })).toBeUndefined();
    expect(noGradesMessage('Tameside', ungraded)).toMatch(/^No graded inspection of Tameside is recorded here yet.*1 entry/);
  });

  it('charts judgement rows without an overall band when only SLAC grades exist', () => {
    const slac = gradingHistory({
      entries: [inspection('s/2011-inspection', 'slac', '2011-03-01', { safeguarding: 'good', 'looked-after-children': 'outstanding' })],
      layout: 'wide',
    })!;
    expect(slac.rows.map((r) => r.id)).toEqual(['help-and-protection', 'children-in-care']);
    expect(slac.levels).toEqual([]);
    expect(slac.overallPath).toBeUndefined();
  });

  it('names the third grade "Adequate" before the single inspection framework, as Ofsted did then', () => {
    const chart = gradingHistory({
      entries: [
        inspection('s/2011-inspection', 'slac', '2011-03-01', { safeguarding: 'requires-improvement', 'looked-after-children': 'good' }),
        inspection('s/2015-inspection', 'sif', '2015-03-01', { overall: 'requires-improvement', 'help-and-protection': 'requires-improvement' }),
      ],
      layout: 'wide',
    })!;
    expect(chart.description).toContain('Help and protection: Adequate (1 March 2011), then Requires improvement (1 March 2015).');
    expect(chart.marks.find((m) => m.entryId === 's/2011-inspection' && m.series === 'help-and-protection')!.title).toBe('Safeguarding: Adequate, 1 March 2011');
    expect(chart.table.judgements.map((j) => j.frameworkId)).toEqual(['slac', 'sif']);
  });
});

describe('framework labels near the right edge', () => {
  it('end at the line instead of running off the chart', () => {
    const chart = gradingHistory({
      entries: [inspection('a/2019-inspection', 'ilacs', '2019-05-01', { overall: 'good' })],
      layout: 'narrow',
      until: '2023-02-01',
    })!;
    const late = chart.frameworks.find((f) => f.label === 'ILACS 2023')!;
    expect(late.labelAnchor).toBe('end');
    expect(late.labelX).toBeLessThan(late.x);
    const early = chart.frameworks.find((f) => f.label === 'ILACS')!;
    expect(early).toBeUndefined();
  });
});
