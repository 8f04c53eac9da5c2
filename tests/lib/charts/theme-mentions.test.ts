import { describe, expect, it } from 'vitest';
import { mentionBars, reachPhrase, themeStats } from '../../../src/lib/charts/theme-mentions.ts';
import { textWidth } from '../../../src/lib/charts/common.ts';
import { entry } from './make-entry.ts';

const themes = [
  { id: 'a', label: 'Alpha' },
  { id: 'b', label: 'Beta' },
  { id: 'c', label: 'Gamma' },
];
const entries = [
  entry('north/2016-01-01-other', { kind: 'other', date: '2016-01-01' }, ['a']),
  entry('north/2018-01-01-other', { kind: 'other', date: '2018-01-01' }, [{ id: 'a' }, { id: 'b' }]),
  entry('south/2018-05-01-other', { kind: 'other', date: '2018-05-01' }, [{ id: 'a', asserted: true, detected: true }]),
  entry('south/2019-05-01-other', { kind: 'other', date: '2019-05-01', draft: true }, ['b']),
];

describe('theme statistics', () => {
  const { years, themes: stats } = themeStats(entries, themes);

  it('counts entries, councils, officer-listed and detected per theme, most raised first', () => {
    expect(years).toEqual([2016, 2017, 2018]);
    expect(stats.map((s) => [s.id, s.entries, s.councils, s.asserted, s.detected])).toEqual([
      ['a', 3, 2, 2, 2],
      ['b', 1, 1, 0, 1],
      ['c', 0, 0, 0, 0],
    ]);
    expect(stats[0].perYear).toEqual([
      { year: 2016, count: 1 },
      { year: 2017, count: 0 },
      { year: 2018, count: 2 },
    ]);
    expect(reachPhrase(stats[0])).toBe('3 entries from 2 councils');
    expect(reachPhrase(stats[1])).toBe('1 entry from 1 council');
  });
});

describe('mention bars', () => {
  const counts = [
    { year: 2016, count: 1 },
    { year: 2017, count: 0 },
    { year: 2018, count: 4 },
  ];

  it('scales bar heights to the largest count and keeps bars in year order', () => {
    const chart = mentionBars({ counts, width: 120, height: 30 });
    const [a, b, c] = chart.bars;
    expect(b.height).toBe(0);
    expect(c.y + c.height).toBe(chart.baseline);
    expect(c.height).toBeCloseTo(a.height * 4, 0);
    expect(a.x).toBeLessThan(b.x);
    expect(b.x).toBeLessThan(c.x);
    expect(c.x + c.width).toBeLessThanOrEqual(120);
    expect(chart.ticks).toEqual([]);
    expect(chart.peak).toEqual({ year: 2018, count: 4 });
  });

  it('uses a shared maximum when given one', () => {
    const chart = mentionBars({ counts, width: 120, height: 30, max: 8 });
    expect(chart.bars[2].height).toBeCloseTo((chart.baseline - 1) / 2, 0);
  });

  it('names every count in words', () => {
    expect(mentionBars({ counts, width: 120, height: 30 }).label).toBe(
      'Entries per year, 2016 to 2018: 2016: 1 and 2018: 4; none in other years.',
    );
  });

  it('labels years and counts when labelled', () => {
    const chart = mentionBars({ counts, width: 340, height: 120, labelled: true, fontSize: 12 });
    expect(chart.ticks.map((t) => t.label)).toEqual(['2016', '2017', '2018']);
    expect(chart.bars.map((b) => b.text)).toEqual(['1', '', '4']);
    expect(chart.ticks[2].x).toBeCloseTo(chart.bars[2].x + chart.bars[2].width / 2, 5);
  });

  it('keeps year labels inside the chart and a font size apart, on a phone’s 288-unit chart of 17 years', () => {
    const years = Array.from({ length: 17 }, (_, i) => ({ year: 2009 + i, count: i % 3 }));
    const chart = mentionBars({ counts: years, width: 288, height: 120, labelled: true, fontSize: 12 });
    const half = textWidth('2020', 12) / 2;
    expect(chart.ticks[0].x - half).toBeGreaterThanOrEqual(0);
    expect(chart.ticks.at(-1)!.x + half).toBeLessThanOrEqual(288);
    for (let i = 1; i < chart.ticks.length; i++) expect(chart.ticks[i].x - chart.ticks[i - 1].x - 2 * half).toBeGreaterThanOrEqual(12);
  });
});
