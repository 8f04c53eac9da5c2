/**
 * National charts: councils' current overall grades at one date (a bar per
 * grade) and how they were spread over time (a stacked bar per date, worst
 * grade at the base so a shrinking Inadequate share is easy to see). Each
 * segment has a colour and a pattern, so the chart reads in black and white.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { stack, stackOrderNone, stackOffsetNone } from 'd3-shape';
import { formatDate } from '../dates.ts';
import { GRADES, type Grade } from '../vocabulary.ts';
import { CATEGORIES, CATEGORY_LABELS, type Category, type CategoryCounts, type DistributionPoint } from '../national.ts';
import { listPhrase, plural } from '../list-phrase.ts';
import { GRADE_COLOUR, LAYOUT, NARROWEST, UNGRADED_COLOUR, glyph, round, textWidth, type ChartFrame, type Glyph, type Layout } from './common.ts';

export const CATEGORY_COLOUR: Record<Category, string> = { ...GRADE_COLOUR, none: UNGRADED_COLOUR };

/** Bottom to top of each stacked bar. */
export const STACK_ORDER: Category[] = ['inadequate', 'requires-improvement', 'good', 'outstanding', 'none'];

const percent = (count: number, total: number) => (total ? Math.round((count / total) * 100) : 0);

/** "24 Outstanding (16%)". */
function countsPhrase(counts: CategoryCounts, total: number): string {
  return listPhrase(
    CATEGORIES.filter((c) => counts[c] > 0).map(
      (c) => `${counts[c]} ${c === 'none' ? 'with no overall grade yet' : CATEGORY_LABELS[c]} (${percent(counts[c], total)}%)`,
    ),
  );
}

export interface CurrentBar {
  category: Category;
  label: string;
  count: number;
  percent: number;
  colour: string;
  glyph?: Glyph;
  labelX: number;
  labelY: number;
  valueX: number;
  barX: number;
  barY: number;
  barWidth: number;
  barHeight: number;
}

export interface CurrentGradesChart {
  width: number;
  height: number;
  fontSize: number;
  bars: CurrentBar[];
  total: number;
  description: string;
}

/** One bar per grade (and one for councils with no overall grade yet, when there are any). */
export function currentGradesChart(counts: CategoryCounts, asAt: string): CurrentGradesChart {
  // One layout for all screens: 13-unit text is 13 px on a 320 px phone, 17 px at the 24rem cap.
  const width = NARROWEST;
  const font = 13;
  const total = CATEGORIES.reduce((sum, c) => sum + counts[c], 0);
  const shown = CATEGORIES.filter((c) => c !== 'none' || counts.none > 0);
  // Each bar is its share of all councils: drawn on a full-width track, a bar scaled to the largest count read as 100%.
  const x = scaleLinear().domain([0, Math.max(1, total)]).range([0, width - 2]);
  const rowH = font + 4 + 16 + 12;
  const bars = shown.map((category, i): CurrentBar => {
    const top = i * rowH;
    const labelY = top + font;
    return {
      category,
      label: CATEGORY_LABELS[category],
      count: counts[category],
      percent: percent(counts[category], total),
      colour: CATEGORY_COLOUR[category],
      glyph: category === 'none' ? undefined : glyph(category, 6, labelY - font * 0.35, 11),
      labelX: category === 'none' ? 0 : 17,
      labelY,
      valueX: width,
      barX: 0,
      barY: top + font + 4,
      barWidth: counts[category] ? Math.max(2, round(x(counts[category]))) : 0,
      barHeight: 16,
    };
  });
  return {
    width,
    height: shown.length * rowH,
    fontSize: font,
    bars,
    total,
    description: `On ${formatDate(asAt)}, of ${plural(total, 'council', 'councils')}: ${countsPhrase(counts, total)}.`,
  };
}

export interface StackSegment {
  category: Category;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
  colour: string;
  /** The count, where the segment is big enough to hold it. */
  text: string;
  textX: number;
  textY: number;
}

export interface StackBar {
  asAt: string;
  label: string;
  labelled: boolean;
  /** Centred under the bar, or ending at its right edge where it would run off the chart. */
  labelX: number;
  labelAnchor: 'middle' | 'end';
  x: number;
  width: number;
  total: number;
  segments: StackSegment[];
}

export interface DistributionChart extends ChartFrame {
  bars: StackBar[];
  yTicks: { value: number; y: number }[];
  description: string;
  table: { asAt: string; label: string; counts: CategoryCounts; total: number }[];
}

/** Bar label: the year for 31 March, else the month and year ("Dec 2025"). */
export function pointLabel(asAt: string): string {
  return asAt.endsWith('-03-31') ? asAt.slice(0, 4) : formatDate(asAt.slice(0, 7), 'short');
}

export function distributionChart(points: DistributionPoint[], layout: Layout): DistributionChart | undefined {
  if (!points.length) return undefined;
  const { width, font, small } = LAYOUT[layout];
  const wide = layout === 'wide';
  const left = wide ? 44 : 30;
  const right = width - 4;
  const top = 8;
  const bottom = wide ? 260 : 220;
  const maxTotal = Math.max(1, ...points.map((p) => p.total));
  const y = scaleLinear().domain([0, maxTotal]).nice().range([bottom, top]);
  const x = scaleBand<string>()
    .domain(points.map((p) => p.asAt))
    .range([left + 4, right])
    .paddingInner(wide ? 0.25 : 0.18);

  const series = stack<DistributionPoint, Category>()
    .keys(STACK_ORDER)
    .value((p, key) => p.counts[key])
    .order(stackOrderNone)
    .offset(stackOffsetNone)(points);

  const labelFont = small;
  const bw = round(x.bandwidth());
  // Each bar's label, centred under it or, where that would run off the chart, ending at its right edge.
  const labels = points.map((p) => {
    const text = pointLabel(p.asAt);
    const bx = round(x(p.asAt)!);
    const w = textWidth(text, labelFont);
    const overflow = bx + bw / 2 + w / 2 > width;
    const left = overflow ? bx + bw - w : bx + bw / 2 - w / 2;
    return { text, overflow, left, right: left + w };
  });
  const lastIndex = points.length - 1;
  // Every `step`-th label counted back from the last bar, the smallest step that keeps them a font size apart
  // (widths are estimates, and the last label may sit off centre).
  const clear = (s: number) => labels.every((l, i) => (lastIndex - i) % s !== 0 || i < s || l.left - labels[i - s].right >= labelFont);
  const step = [1, 2, 3, 4, 5, 10].find(clear) ?? 20;

  const bars: StackBar[] = points.map((p, i) => {
    const bx = round(x(p.asAt)!);
    const segments: StackSegment[] = [];
    for (const s of series) {
      const [y0, y1] = s[i];
      if (y1 - y0 <= 0) continue;
      const segTop = round(y(y1));
      const segH = round(y(y0) - y(y1));
      const count = y1 - y0;
      const fits = segH >= small + 3 && bw >= textWidth(String(count), small) + 8;
      segments.push({
        category: s.key,
        count,
        x: bx,
        y: segTop,
        width: bw,
        height: segH,
        colour: CATEGORY_COLOUR[s.key],
        text: fits ? String(count) : '',
        textX: round(bx + bw / 2),
        textY: round(segTop + segH / 2 + small * 0.35),
      });
    }
    const { text: label, overflow } = labels[i];
    return {
      asAt: p.asAt,
      label,
      labelled: (lastIndex - i) % step === 0,
      labelX: overflow ? round(bx + bw) : round(bx + bw / 2),
      labelAnchor: overflow ? 'end' : 'middle',
      x: bx,
      width: bw,
      total: p.total,
      segments,
    };
  });

  const first = points[0];
  const last = points.at(-1)!;
  const description =
    `Stacked bars, one per date, of councils by their latest overall grade at that date, Inadequate at the base. ` +
    `On ${formatDate(first.asAt)}: ${countsPhrase(first.counts, first.total)}. ` +
    (points.length > 1 ? `On ${formatDate(last.asAt)}: ${countsPhrase(last.counts, last.total)}.` : '');

  return {
    layout,
    width,
    height: round(bottom + font + 10),
    fontSize: font,
    smallFont: small,
    plot: { left, right, top, bottom },
    bars,
    yTicks: y.ticks(wide ? 6 : 4).filter(Number.isInteger).map((value) => ({ value, y: round(y(value)) })),
    description: description.trim(),
    table: points.map((p) => ({ asAt: p.asAt, label: formatDate(p.asAt), counts: p.counts, total: p.total })),
  };
}

/** Grades in display order with their labels, for legends. */
export const LEGEND: { category: Category; label: string; colour: string; grade?: Grade }[] = [
  ...GRADES.map((g) => ({ category: g as Category, label: CATEGORY_LABELS[g], colour: GRADE_COLOUR[g], grade: g })),
  { category: 'none', label: CATEGORY_LABELS.none, colour: UNGRADED_COLOUR },
];
