import { describe, expect, it } from 'vitest';
import { LAYOUT, NARROWEST, textWidth } from '../../../src/lib/charts/common.ts';
import { STACK_ORDER, currentGradesChart, distributionChart, pointLabel } from '../../../src/lib/charts/national-grades.ts';
import type { CategoryCounts, DistributionPoint } from '../../../src/lib/national.ts';

const counts = (outstanding: number, good: number, ri: number, inadequate: number, none: number): CategoryCounts => ({
  outstanding,
  good,
  'requires-improvement': ri,
  inadequate,
  none,
});

describe('current grades chart', () => {
  it('draws a bar per grade, as long as its share of all councils on the full-width track, with shares that add up', () => {
    const chart = currentGradesChart(counts(20, 80, 40, 10, 2), '2025-03-31');
    expect(chart.bars.map((b) => [b.category, b.count, b.percent])).toEqual([
      ['outstanding', 20, 13],
      ['good', 80, 53],
      ['requires-improvement', 40, 26],
      ['inadequate', 10, 7],
      ['none', 2, 1],
    ]);
    // 80 of 152 councils: a little over half the track, not all of it.
    const good = chart.bars[1];
    expect(good.barWidth).toBeCloseTo(((chart.width - 2) * 80) / 152, 0);
    expect(chart.bars[2].barWidth).toBeCloseTo(good.barWidth / 2, 0);
    expect(chart.bars[0].glyph?.shape).toBe('diamond');
    // Shown at least NARROWEST px wide, its text is at least 12 px.
    expect((chart.fontSize * NARROWEST) / chart.width).toBeGreaterThanOrEqual(12);
    expect(chart.bars[3].colour).toBe('--grade-inadequate');
    expect(chart.description).toBe(
      'On 31 March 2025, of 152 councils: 20 Outstanding (13%), 80 Good (53%), 40 Requires improvement (26%), 10 Inadequate (7%) and 2 with no overall grade yet (1%).',
    );
  });

  it('leaves out the no-grade bar when every council has a grade', () => {
    expect(currentGradesChart(counts(1, 1, 1, 1, 0), '2025-03-31').bars.map((b) => b.category)).not.toContain('none');
  });
});

describe('distribution chart', () => {
  const points: DistributionPoint[] = [
    { asAt: '2015-03-31', counts: counts(2, 30, 50, 20, 50), total: 152 },
    { asAt: '2020-03-31', counts: counts(15, 60, 55, 20, 2), total: 152 },
    { asAt: '2025-11-05', counts: counts(30, 70, 40, 10, 0), total: 150 },
  ];
  const wide = distributionChart(points, 'wide')!;
  const narrow = distributionChart(points, 'narrow')!;

  it('stacks Inadequate at the base up to no-grade at the top, heights proportional to counts', () => {
    const bar = wide.bars[0];
    expect(bar.segments.map((s) => s.category)).toEqual(['inadequate', 'requires-improvement', 'good', 'outstanding', 'none']);
    expect(STACK_ORDER[0]).toBe('inadequate');
    for (let i = 1; i < bar.segments.length; i++) {
      expect(bar.segments[i].y + bar.segments[i].height).toBeCloseTo(bar.segments[i - 1].y, 0);
    }
    expect(bar.segments[0].y + bar.segments[0].height).toBeCloseTo(wide.plot.bottom, 0);
    const per = bar.segments[0].height / 20;
    expect(bar.segments[2].height).toBeCloseTo(per * 30, 0);
    // A zero count draws no segment.
    expect(wide.bars[2].segments.map((s) => s.category)).not.toContain('none');
  });

  it('orders bars by date and labels them by year, or month for the as-at date', () => {
    const xs = wide.bars.map((b) => b.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(wide.bars.map((b) => b.label)).toEqual(['2015', '2020', 'Nov 2025']);
    expect(pointLabel('2019-03-31')).toBe('2019');
    expect(wide.bars.at(-1)!.labelled).toBe(true);
  });

  it('fits both layouts and gives whole-number ticks', () => {
    expect(narrow.width).toBe(LAYOUT.narrow.width);
    for (const chart of [wide, narrow]) {
      const last = chart.bars.at(-1)!;
      expect(last.x + last.width).toBeLessThanOrEqual(chart.width);
      expect(chart.yTicks.every((t) => Number.isInteger(t.value))).toBe(true);
      expect(chart.yTicks[0]).toEqual({ value: 0, y: chart.plot.bottom });
    }
  });

  it('puts counts in segments only where they fit, and every count in the table', () => {
    const outstanding2015 = wide.bars[0].segments.find((s) => s.category === 'outstanding')!;
    expect(outstanding2015.text).toBe('');
    expect(wide.bars[0].segments.find((s) => s.category === 'requires-improvement')!.text).toBe('50');
    expect(wide.table.map((r) => r.counts.good)).toEqual([30, 60, 70]);
    expect(wide.description).toContain('On 31 March 2015: 2 Outstanding (1%)');
  });

  it('thins year labels on a phone when there are many bars', () => {
    const many: DistributionPoint[] = Array.from({ length: 17 }, (_, i) => ({
      asAt: `${2009 + i}-03-31`,
      counts: counts(10, 50, 50, 20, 22),
      total: 152,
    }));
    const chart = distributionChart(many, 'narrow')!;
    const labelled = chart.bars.filter((b) => b.labelled);
    expect(labelled.length).toBeLessThan(17);
    expect(labelled.at(-1)!.asAt).toBe('2025-03-31');
    expect(distributionChart([], 'wide')).toBeUndefined();
  });
});

describe('distribution labels at the right edge', () => {
  it('end under the last bar instead of running off a phone’s chart', () => {
    const many: DistributionPoint[] = [
      ...Array.from({ length: 12 }, (_, i) => ({ asAt: `${2014 + i}-03-31`, counts: counts(10, 50, 50, 20, 22), total: 152 })),
      { asAt: '2025-12-24', counts: counts(10, 50, 50, 20, 22), total: 152 },
    ];
    const chart = distributionChart(many, 'narrow')!;
    const last = chart.bars.at(-1)!;
    expect(last.label).toBe('Dec 2025');
    expect(last.labelAnchor).toBe('end');
    expect(last.labelX).toBe(last.x + last.width);
    expect(chart.bars[0].labelAnchor).toBe('middle');
  });

  it('keep clear of the label before, a font size apart', () => {
    // The home page's chart: 31 March 2014 to 2024, then the as-at date, whose label ran into 2022's on a phone.
    const points: DistributionPoint[] = [
      ...Array.from({ length: 11 }, (_, i) => ({ asAt: `${2014 + i}-03-31`, counts: counts(10, 50, 50, 20, 22), total: 152 })),
      { asAt: '2025-03-24', counts: counts(10, 50, 50, 20, 22), total: 152 },
    ];
    const chart = distributionChart(points, 'narrow')!;
    const extents = chart.bars
      .filter((b) => b.labelled)
      .map((b) => {
        const w = textWidth(b.label, chart.smallFont);
        const left = b.labelAnchor === 'end' ? b.labelX - w : b.labelX - w / 2;
        return [left, left + w];
      });
    expect(extents.length).toBeGreaterThan(2);
    for (let i = 1; i < extents.length; i++) expect(extents[i][0] - extents[i - 1][1]).toBeGreaterThanOrEqual(chart.smallFont);
  });
});
