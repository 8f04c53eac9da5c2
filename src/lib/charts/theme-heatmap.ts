/**
 * Recurring themes as a heatmap: a row per theme, a column per year, each
 * cell the number of entries that raised the theme that year (officer-listed
 * or detected), darker for more. Themes raised in the most years come first,
 * then those raised by the most entries.
 */
import { range } from 'd3-array';
import { yearOf } from '../dates.ts';
import type { JourneyEntry } from '../journey.ts';
import { LAYOUT, listPhrase, plural, round, textWidth, type Layout } from './common.ts';

export interface ThemeCount {
  id: string;
  label: string;
  /** Entries that raised it, per year of the span (zeros included). */
  counts: { year: number; count: number }[];
  total: number;
  /** Number of years in which it was raised. */
  years: number;
}

/**
 * Counts entries per theme and year, and orders the themes by recurrence:
 * most years first, then most entries, then dictionary order. Themes never
 * raised are left out.
 */
export function countThemesByYear(
  entries: JourneyEntry[],
  themes: { id: string; label: string }[],
  span?: [number, number],
): { years: number[]; themes: ThemeCount[] } {
  const published = entries.filter((e) => !e.draft);
  if (!published.length) return { years: [], themes: [] };
  const entryYears = published.map((e) => yearOf(e.when));
  const [first, last] = span ?? [Math.min(...entryYears), Math.max(...entryYears)];
  const years = range(first, last + 1);
  const counts = new Map<string, Map<number, number>>();
  for (const entry of published) {
    const year = yearOf(entry.when);
    for (const id of new Set(entry.themeMatches.map((t) => t.id))) {
      const byYear = counts.get(id) ?? new Map<number, number>();
      byYear.set(year, (byYear.get(year) ?? 0) + 1);
      counts.set(id, byYear);
    }
  }
  const order = new Map(themes.map((t, i) => [t.id, i]));
  const rows = themes
    .filter((t) => counts.has(t.id))
    .map((t): ThemeCount => {
      const byYear = counts.get(t.id)!;
      const list = years.map((year) => ({ year, count: byYear.get(year) ?? 0 }));
      return {
        id: t.id,
        label: t.label,
        counts: list,
        total: list.reduce((sum, c) => sum + c.count, 0),
        years: list.filter((c) => c.count > 0).length,
      };
    })
    .filter((t) => t.total > 0)
    .sort((a, b) => b.years - a.years || b.total - a.total || order.get(a.id)! - order.get(b.id)!);
  return { years, themes: rows };
}

/** Shade level 1–4 of a count (0 for none): the count itself up to 4, else its quarter of the maximum. */
export function heatLevel(count: number, max: number): number {
  if (count <= 0) return 0;
  if (max <= 4) return count;
  return Math.min(4, Math.max(1, Math.ceil((count / max) * 4)));
}

export interface HeatCell {
  year: number;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
  level: number;
  /** CSS custom property of the fill (`--heat-0` … `--heat-4`). */
  colour: string;
  /** The count, where the cell is wide enough to show it. */
  text: string;
  textX: number;
  textY: number;
  title: string;
}

export interface HeatRow {
  id: string;
  label: string;
  total: number;
  years: number;
  labelX: number;
  labelY: number;
  cells: HeatCell[];
}

export interface ThemeHeatmapChart {
  layout: Layout;
  width: number;
  height: number;
  fontSize: number;
  smallFont: number;
  /** Font size of the counts in cells. */
  cellFont: number;
  columns: { year: number; x: number; label: string; labelled: boolean; labelY: number }[];
  rows: HeatRow[];
  max: number;
  description: string;
  table: { years: number[]; rows: ThemeCount[] };
}

export interface ThemeHeatmapOptions {
  entries: JourneyEntry[];
  /** The theme dictionary, in its order (labels for rows). */
  themes: { id: string; label: string }[];
  layout: Layout;
  span?: [number, number];
}

/** The heatmap geometry, or `undefined` when no entry raised any theme. */
export function themeHeatmap({ entries, themes, layout, span }: ThemeHeatmapOptions): ThemeHeatmapChart | undefined {
  const { years, themes: counted } = countThemesByYear(entries, themes, span);
  if (!counted.length) return undefined;
  const { width, font, small } = LAYOUT[layout];
  const wide = layout === 'wide';
  const left = wide ? Math.min(320, Math.max(...counted.map((t) => textWidth(t.label, font))) + 16) : 0;
  const available = width - left - 2;
  const cellW = Math.min(wide ? 56 : 44, available / years.length);
  const cellH = wide ? 28 : 22;
  const gap = 2;
  const headerH = font + 8;
  const max = Math.max(...counted.flatMap((t) => t.counts.map((c) => c.count)));
  const showText = cellW >= (wide ? 18 : 14);
  const step = [1, 2, 5, 10].find((s) => cellW * s >= textWidth('2020', small) + 4) ?? 20;

  const columns = years.map((year, i) => ({
    year,
    x: round(left + i * cellW + cellW / 2),
    label: String(year),
    labelled: (year - years[0]) % step === 0,
    labelY: font,
  }));

  let y = headerH;
  const rows: HeatRow[] = counted.map((theme) => {
    const labelY = wide ? y + cellH / 2 + font * 0.35 : y + font;
    const cellTop = wide ? y : y + font + 4;
    const row: HeatRow = {
      id: theme.id,
      label: theme.label,
      total: theme.total,
      years: theme.years,
      labelX: 0,
      labelY: round(labelY),
      cells: theme.counts.map(({ year, count }, i) => {
        const x = left + i * cellW;
        const level = heatLevel(count, max);
        return {
          year,
          count,
          x: round(x + gap / 2),
          y: round(cellTop),
          width: round(cellW - gap),
          height: cellH - gap,
          level,
          colour: `--heat-${level}`,
          text: count > 0 && showText ? String(count) : '',
          textX: round(x + cellW / 2),
          textY: round(cellTop + (cellH - gap) / 2 + (wide ? font : small) * 0.35),
          title: `${theme.label}, ${year}: ${plural(count, 'entry', 'entries')}`,
        };
      }),
    };
    y = cellTop + cellH;
    return row;
  });

  const top = counted.slice(0, 3).map((t) => `${t.label} (${plural(t.years, 'year', 'years')}, ${plural(t.total, 'entry', 'entries')})`);
  const description =
    `${plural(counted.length, 'theme', 'themes')} raised from ${years[0]} to ${years.at(-1)}. ` +
    `Most recurrent: ${listPhrase(top)}. The table below gives every count.`;

  return {
    layout,
    width,
    height: round(y + 2),
    fontSize: font,
    smallFont: small,
    cellFont: wide ? font : small,
    columns,
    rows,
    max,
    description,
    table: { years, rows: counted },
  };
}
