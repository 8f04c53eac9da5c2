import { describe, expect, it } from 'vitest';
import { countThemesByYear, heatLevel, themeHeatmap } from '../../../src/lib/charts/theme-heatmap.ts';
import { LAYOUT } from '../../../src/lib/charts/common.ts';
import { entry } from './make-entry.ts';

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

describe('heatmap geometry', () => {
  const wide = themeHeatmap({ entries, themes: dictionary, layout: 'wide' })!;
  const narrow = themeHeatmap({ entries, themes: dictionary, layout: 'narrow' })!;

  it('draws a row per theme, in recurrence order, and a cell per year left to right', () => {
    expect(wide.rows.map((r) => r.label)).toEqual(['Workforce stability', 'Care leavers', 'Front door and MASH']);
    for (const row of wide.rows) {
      expect(row.cells.map((c) => c.year)).toEqual([2016, 2017, 2018, 2019]);
      const xs = row.cells.map((c) => c.x);
      expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    }
    const ys = wide.rows.map((r) => r.cells[0].y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(wide.columns.map((c) => c.x)).toEqual(wide.rows[0].cells.map((c) => c.textX));
  });

  it('shades and labels cells by count, leaving empty years blank', () => {
    const leavers = wide.rows[1].cells;
    expect(leavers.map((c) => [c.count, c.level, c.colour, c.text])).toEqual([
      [2, 2, '--heat-2', '2'],
      [0, 0, '--heat-0', ''],
      [0, 0, '--heat-0', ''],
      [0, 0, '--heat-0', ''],
    ]);
    expect(leavers[0].title).toBe('Care leavers, 2016: 2 entries');
  });

  it('keeps cells inside the viewBox in both layouts, labels beside rows when wide and above them when narrow', () => {
    for (const chart of [wide, narrow]) {
      for (const cell of chart.rows.flatMap((r) => r.cells)) expect(cell.x + cell.width).toBeLessThanOrEqual(chart.width);
      expect(chart.height).toBeGreaterThan(chart.rows.at(-1)!.cells[0].y);
    }
    expect(narrow.width).toBe(LAYOUT.narrow.width);
    expect(wide.rows[0].cells[0].x).toBeGreaterThan(100);
    expect(narrow.rows[0].cells[0].x).toBeLessThan(5);
    expect(narrow.rows[0].labelY).toBeLessThan(narrow.rows[0].cells[0].y);
  });

  it('describes the most recurrent themes and carries every count in the table', () => {
    expect(wide.description).toContain('Workforce stability (3 years, 3 entries)');
    expect(wide.table.rows.map((r) => r.total)).toEqual([3, 2, 1]);
  });

  it('gives no chart when no entry raised a theme', () => {
    expect(themeHeatmap({ entries: [entries[2]], themes: dictionary, layout: 'wide' })).toBeUndefined();
  });

  it('labels fewer years when many years make columns narrow', () => {
    const many = [entry('c/2009-01-01-other', { kind: 'other', date: '2009-01-01' }, ['workforce']), ...entries];
    const chart = themeHeatmap({ entries: many, themes: dictionary, layout: 'narrow', span: [2009, 2025] })!;
    expect(chart.columns).toHaveLength(17);
    const labelled = chart.columns.filter((c) => c.labelled);
    expect(labelled.length).toBeLessThan(17);
    expect(labelled[0].year).toBe(2009);
  });
});
