/**
 * Themes across all councils: how many entries and councils raised each
 * theme, and small bar charts of mentions per year (entries raising the
 * theme that year).
 */
import { max as d3max, range } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import { yearOf } from '../dates.ts';
import type { JourneyEntry } from '../journey.ts';
import { listPhrase } from '../list-phrase.ts';
import { plural } from '../list-phrase.ts';
import { round, textWidth } from './common.ts';

export interface ThemeStat {
  id: string;
  label: string;
  description?: string;
  entries: number;
  councils: number;
  /** Entries that list it, and where the build found it in the text (an entry may be both). */
  asserted: number;
  detected: number;
  perYear: { year: number; count: number }[];
}

/**
 * Every theme of the dictionary with its counts over the published entries,
 * the most-raised first (dictionary order among equals). `years` spans the
 * entries' first to last year, so all themes share one axis.
 */
export function themeStats(
  entries: JourneyEntry[],
  themes: { id: string; label: string; description?: string }[],
): { years: number[]; themes: ThemeStat[] } {
  const published = entries.filter((e) => !e.draft);
  const entryYears = published.map((e) => yearOf(e.when));
  const years = entryYears.length ? range(Math.min(...entryYears), Math.max(...entryYears) + 1) : [];
  // One pass over the entries, not one per theme: at 10,000 entries 6–14 ms against 23–48 ms (docs/BENCHMARKS.md, item 32).
  const counts = new Map(themes.map((t) => [t.id, { entries: 0, councils: new Set<string>(), asserted: 0, detected: 0, byYear: new Map<number, number>() }]));
  published.forEach((entry, i) => {
    entry.themeMatches.forEach((match, j) => {
      const count = counts.get(match.id);
      // An entry counts once for a theme, by its first match (an officer may list a theme twice).
      if (!count || entry.themeMatches.findIndex((m) => m.id === match.id) !== j) return;
      count.entries++;
      count.councils.add(entry.council);
      if (match.asserted) count.asserted++;
      if (match.detected) count.detected++;
      count.byYear.set(entryYears[i], (count.byYear.get(entryYears[i]) ?? 0) + 1);
    });
  });
  const stats = themes.map((theme) => {
    const count = counts.get(theme.id)!;
    return {
      id: theme.id,
      label: theme.label,
      description: theme.description,
      entries: count.entries,
      councils: count.councils.size,
      asserted: count.asserted,
      detected: count.detected,
      perYear: years.map((year) => ({ year, count: count.byYear.get(year) ?? 0 })),
    };
  });
  const order = new Map(themes.map((t, i) => [t.id, i]));
  stats.sort((a, b) => b.entries - a.entries || order.get(a.id)! - order.get(b.id)!);
  return { years, themes: stats };
}

export interface MentionBar {
  year: number;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Count above the bar (labelled charts only, and only where non-zero). */
  text: string;
  textY: number;
}

export interface MentionBarsChart {
  width: number;
  height: number;
  fontSize: number;
  baseline: number;
  bars: MentionBar[];
  /** Year labels under the axis (labelled charts only). */
  ticks: { year: number; x: number; label: string }[];
  max: number;
  peak?: { year: number; count: number };
  /** A sentence with every count, for the chart's accessible name. */
  label: string;
}

export interface MentionBarsOptions {
  counts: { year: number; count: number }[];
  width: number;
  height: number;
  /** With year labels and counts above bars (a full chart), or bare (a sparkline). */
  labelled?: boolean;
  fontSize?: number;
  /** Shared maximum, so several charts compare; default the largest count here. */
  max?: number;
}

export function mentionBars({ counts, width, height, labelled = false, fontSize = 11, max }: MentionBarsOptions): MentionBarsChart {
  const top = labelled ? fontSize + 4 : 1;
  const baseline = labelled ? height - fontSize - 6 : height - 1;
  // A labelled chart leaves half a year's label at each end, so the first and last labels stay inside it.
  const yearWidth = textWidth('2020', fontSize);
  const inset = labelled ? yearWidth / 2 : 0;
  const x = scaleBand<number>()
    .domain(counts.map((c) => c.year))
    .range([inset, width - inset])
    .paddingInner(0.2);
  const top_ = Math.max(1, max ?? d3max(counts, (c) => c.count) ?? 0);
  const y = scaleLinear().domain([0, top_]).range([baseline, top]);
  const bars = counts.map(({ year, count }) => {
    const barTop = round(y(count));
    return {
      year,
      count,
      x: round(x(year)!),
      y: barTop,
      width: round(x.bandwidth()),
      height: round(baseline - barTop),
      text: labelled && count > 0 ? String(count) : '',
      textY: round(barTop - 3),
    };
  });
  // Labels a font size apart: text widths are estimates.
  const need = yearWidth + fontSize;
  const step = [1, 2, 5, 10].find((s) => x.step() * s >= need) ?? 20;
  const ticks = labelled
    ? bars
        .filter((b) => (b.year - counts[0].year) % step === 0)
        .map((b) => ({ year: b.year, x: b.x + b.width / 2, label: String(b.year) }))
    : [];
  const peakCount = d3max(counts, (c) => c.count) ?? 0;
  const peak = peakCount > 0 ? counts.find((c) => c.count === peakCount) : undefined;
  const nonZero = counts.filter((c) => c.count > 0);
  const rest = nonZero.length === counts.length ? '.' : '; none in other years.';
  const label = !counts.length
    ? 'No entries.'
    : `Entries per year, ${counts[0].year} to ${counts.at(-1)!.year}: ` +
      (nonZero.length ? `${listPhrase(nonZero.map((c) => `${c.year}: ${c.count}`))}${rest}` : 'none.');
  return { width, height, fontSize, baseline: round(baseline), bars, ticks, max: top_, peak, label };
}

/** "3 entries from 2 councils". */
export const reachPhrase = (stat: Pick<ThemeStat, 'entries' | 'councils'>) =>
  `${plural(stat.entries, 'entry', 'entries')} from ${plural(stat.councils, 'council', 'councils')}`;
