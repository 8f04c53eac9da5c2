/**
 * Shared pieces of chart geometry: layouts, grade colours (as CSS variable
 * names, so the page's light, dark and print schemes apply), grade shapes,
 * time scales on calendar-date strings and a rough text-width estimate.
 *
 * Charts that need it are drawn twice: a `narrow` layout for phones (a
 * viewBox as wide as the narrowest a chart is shown, shown 288–464 px wide,
 * so 14-unit text is 14–23 px and 12-unit text, for years and framework
 * names, 12–19 px) and a `wide` one (800 units, shown from 52em, about
 * 800–1030 px wide, so 13-unit text is 13–17 px). src/styles/charts.css
 * shows one of the two.
 */
import { scaleUtc } from 'd3-scale';
import { utcYear } from 'd3-time';
import { dateBounds, dayNumber } from '../dates.ts';
import { GRADE_SHAPE_NAMES, shapePath } from '../grade-shapes.ts';
import { GRADE_INFO, type Grade } from '../vocabulary.ts';

export type Layout = 'narrow' | 'wide';
export const LAYOUTS: readonly Layout[] = ['narrow', 'wide'];

/**
 * The narrowest a chart is shown, in px: a 320 px screen (WCAG's reflow
 * width) less the page's 1rem margins. A chart drawn this many units wide
 * scales only up, so its 12-unit text is never under 12 px.
 */
export const NARROWEST = 288;

/** viewBox widths, and the font sizes used in them (in viewBox units). */
export const LAYOUT = {
  narrow: { width: NARROWEST, font: 14, small: 12 },
  wide: { width: 800, font: 13, small: 12 },
} as const;

/** The CSS custom property that colours each grade (src/styles/site.css). */
export const GRADE_COLOUR: Record<Grade, string> = {
  outstanding: '--grade-outstanding',
  good: '--grade-good',
  'requires-improvement': '--grade-requires-improvement',
  inadequate: '--grade-inadequate',
};
export const UNGRADED_COLOUR = '--ungraded';

/** What every chart's geometry starts with: its layout, viewBox size, fonts and plot area. */
export interface ChartFrame {
  layout: Layout;
  width: number;
  height: number;
  fontSize: number;
  smallFont: number;
  plot: { left: number; right: number; top: number; bottom: number };
}

export interface Glyph {
  /** Absolute SVG path data of the grade's shape. */
  path: string;
  shape: string;
}

/** A grade's shape at (cx, cy), `size` units across. */
export function glyph(grade: Grade, cx: number, cy: number, size: number): Glyph {
  return { path: shapePath(grade, cx, cy, size), shape: GRADE_SHAPE_NAMES[grade] };
}

/** Marks of one colour merged into one path: one element instead of one per mark. */
export function mergePaths(marks: { colour: string; path: string }[]): { colour: string; d: string }[] {
  const byColour = new Map<string, string[]>();
  for (const mark of marks) byColour.set(mark.colour, [...(byColour.get(mark.colour) ?? []), mark.path]);
  return [...byColour].map(([colour, paths]) => ({ colour, d: paths.join('') }));
}

export const gradeLabel = (grade: Grade) => GRADE_INFO[grade].short;

/** Rounds to `digits` decimals, so SVG attributes stay short. */
export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Approximate width of text in a sans-serif face, for layout decisions only. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.56;
}

const DAY_MS = 86_400_000;

/** A calendar date as a UTC instant at the middle of the span it stands for (a month-only date sits mid-month). */
export function dateToInstant(date: string): Date {
  const [first, last] = dateBounds(date);
  return new Date(((dayNumber(first) + dayNumber(last)) / 2) * DAY_MS);
}

/** 1 January of a year as a UTC instant. */
export const yearStart = (year: number) => new Date(Date.UTC(year, 0, 1));

/** A time scale over whole years, [first year, last year] inclusive, onto [x0, x1]. */
export function yearScale(firstYear: number, lastYear: number, x0: number, x1: number) {
  return scaleUtc().domain([yearStart(firstYear), yearStart(lastYear + 1)]).range([x0, x1]);
}

/**
 * Year ticks for a year scale: a tick at each 1 January (the last one closes
 * the axis), and a label centred on each year where there is room, else on
 * every second, fifth or tenth year.
 */
export function yearTicks(
  scale: ReturnType<typeof yearScale>,
  fontSize: number,
): { year: number; x: number; label: string; labelled: boolean; labelX: number }[] {
  const [d0, d1] = scale.domain();
  const years = utcYear.range(d0, new Date(d1.getTime() + 1));
  const perYear = years.length > 1 ? scale(years[1]) - scale(years[0]) : Infinity;
  const need = textWidth('2020', fontSize) + 6;
  const step = [1, 2, 5, 10].find((s) => perYear * s >= need) ?? 20;
  const last = years.at(-1)!.getUTCFullYear();
  return years.map((d) => {
    const year = d.getUTCFullYear();
    const x = round(scale(d));
    return {
      year,
      x,
      label: String(year),
      labelled: year < last && year % step === 0,
      labelX: round(x + perYear / 2),
    };
  });
}

