/**
 * A council's grading history as chart geometry: time runs left to right;
 * overall effectiveness is a band on the four-grade scale with a step line
 * (Outstanding at the top), each other judgement area a row of grade marks
 * (areas that judge the same thing under different frameworks share a row,
 * through `series`), and the ungraded events between inspections are ticks
 * on rows of their own. Framework changes are dashed lines.
 */
import { line, curveStepAfter } from 'd3-shape';
import { compareDates, formatDate, yearOf } from '../dates.ts';
import { describeWhen, sortJourney, type JourneyEntry } from '../journey.ts';
import { listPhrase } from '../list-phrase.ts';
import { FRAMEWORKS, GRADES, KINDS, SERIES, frameworkById, gradeWord, type Grade, type Kind } from '../vocabulary.ts';
import {
  GRADE_COLOUR,
  LAYOUT,
  UNGRADED_COLOUR,
  dateToInstant,
  glyph,
  gradeLabel,
  mergePaths,
  round,
  textWidth,
  yearScale,
  yearTicks,
  type Glyph,
  type Layout,
  type ChartFrame,
} from './common.ts';
import { plural } from '../list-phrase.ts';

/** A framework's abbreviation for labels: SIF, ILACS 2023. */
export function frameworkShort(id: string): string {
  return frameworkById(id)?.short ?? id.toUpperCase();
}

/** Ungraded events, grouped into rows by kind. */
export const EVENT_GROUPS: { id: string; label: string; kinds: Kind[] }[] = [
  {
    id: 'ofsted',
    label: 'Ofsted visits (not graded)',
    kinds: ['monitoring-visit', 'focused-visit', 'jtai', 'annual-engagement', 'inspection', 'short-inspection'],
  },
  { id: 'reviews', label: 'DfE and peer reviews', kinds: ['deep-dive', 'peer-review'] },
  { id: 'council', label: 'Council papers and other', kinds: ['committee-paper', 'minutes', 'self-evaluation', 'other'] },
];

const groupOf = (kind: Kind) => EVENT_GROUPS.find((g) => g.kinds.includes(kind))?.id ?? 'council';

export interface HistoryRow {
  id: string;
  label: string;
  kind: 'overall' | 'series' | 'events';
  /** Centre line of the row (the Inadequate level's line for the overall band). */
  y: number;
  top: number;
  bottom: number;
  labelX: number;
  labelY: number;
  labelAnchor: 'start' | 'end';
}

export interface GradeMark extends Glyph {
  entryId: string;
  series: string;
  grade: Grade;
  x: number;
  y: number;
  colour: string;
  /** Tooltip text: "Overall effectiveness: Inadequate, June 2016". */
  title: string;
}

export interface EventMark {
  entryId: string;
  group: string;
  kind: Kind;
  x: number;
  y: number;
  width: number;
  height: number;
  colour: string;
  title: string;
}

export interface FrameworkLine {
  id: string;
  label: string;
  date: string;
  x: number;
  y1: number;
  y2: number;
  /** Labels start just right of the line, or end just left of it near the right edge. */
  labelX: number;
  labelAnchor: 'start' | 'end';
  labelY: number;
}

export interface JudgementRow {
  entryId: string;
  title: string;
  when: string;
  published?: string;
  /** Its abbreviation, and its id (for the grades' words). */
  framework: string;
  frameworkId: string;
  /** Series id → grade. */
  grades: Record<string, Grade>;
}

export interface EventRow {
  entryId: string;
  when: string;
  kind: string;
  title: string;
}

export interface GradingHistoryChart extends ChartFrame {
  rows: HistoryRow[];
  /** The overall band's four levels (Outstanding first), where the council has overall grades. */
  levels: { grade: Grade; y: number; label: string; colour: string; glyph: Glyph; labelX: number }[];
  /** The overall step line: grade held from one judgement to the next, and to `until`. */
  overallPath?: string;
  marks: GradeMark[];
  events: EventMark[];
  /** The marks merged by colour, and the event ticks as one path (`tickPath`): what the page draws. */
  markPaths: { colour: string; d: string }[];
  eventPath: string;
  /** The ticks' height: the event path is stroked this wide. */
  eventStroke: number;
  frameworks: FrameworkLine[];
  ticks: { year: number; x: number; label: string; labelled: boolean; labelX: number }[];
  axisY: number;
  firstYear: number;
  lastYear: number;
  description: string;
  table: { series: { id: string; label: string }[]; judgements: JudgementRow[]; events: EventRow[] };
}

export interface GradingHistoryOptions {
  /** The council's entries (drafts are left out). */
  entries: JourneyEntry[];
  layout: Layout;
  /**
   * Draw the latest overall grade as current up to this day (the as-at date,
   * or the abolition), or to the last entry if that is later.
   */
  until?: string;
}

interface Graded {
  entry: JourneyEntry;
  /** Series id → { grade, its word in the framework, area label }. */
  bySeries: Map<string, { grade: Grade; word: string; area: string }>;
}

function gradedBySeries(entry: JourneyEntry): Graded | undefined {
  const framework = entry.framework ? frameworkById(entry.framework) : undefined;
  if (!framework || !entry.grades) return undefined;
  const bySeries = new Map<string, { grade: Grade; word: string; area: string }>();
  for (const area of framework.areas) {
    const grade = entry.grades[area.id];
    if (!grade) continue;
    for (const series of [area.series, ...(area.alsoSeries ?? [])]) {
      if (!bySeries.has(series)) bySeries.set(series, { grade, word: gradeWord(grade, framework.id), area: area.label });
    }
  }
  return bySeries.size ? { entry, bySeries } : undefined;
}

/** What to say instead of a chart when a council has no graded inspection. */
export function noGradesMessage(name: string, entries: JourneyEntry[]): string {
  const published = entries.filter((e) => !e.draft);
  if (!published.length) return `No graded inspection of ${name} is recorded here yet, and no other entries either.`;
  return (
    `No graded inspection of ${name} is recorded here yet, so there is no grading history to chart. ` +
    `The journey below lists its ${plural(published.length, 'entry', 'entries')}: visits, reviews and papers.`
  );
}

/** The grading-history geometry, or `undefined` when the council has no graded judgement. */
export function gradingHistory({ entries, layout, until }: GradingHistoryOptions): GradingHistoryChart | undefined {
  const published = sortJourney(entries.filter((e) => !e.draft));
  const graded = published.map(gradedBySeries).filter((g): g is Graded => !!g);
  if (!graded.length) return undefined;

  const { width, font, small } = LAYOUT[layout];
  const wide = layout === 'wide';
  const seriesIds = new Set(graded.flatMap((g) => [...g.bySeries.keys()]));
  const series = SERIES.filter((s) => seriesIds.has(s.id));
  const gradedIds = new Set(graded.map((g) => g.entry.id));
  const ungraded = published.filter((e) => !gradedIds.has(e.id));
  const groups = EVENT_GROUPS.filter((g) => ungraded.some((e) => groupOf(e.kind) === g.id));

  // Time: whole years from the first entry to the last entry or `until`.
  const firstYear = yearOf(published[0].when);
  const endDate = until && compareDates(until, published.at(-1)!.when) > 0 ? until : published.at(-1)!.when;
  const lastYear = Math.max(yearOf(endDate), yearOf(published.at(-1)!.when));
  const left = wide ? 220 : 18;
  const right = width - (wide ? 16 : 10);
  const x = yearScale(firstYear, lastYear, left, right);
  const xOf = (date: string) => round(x(dateToInstant(date)));

  // Framework changes inside the time span; labels stagger onto a second line when close.
  const lineHeight = small + 4;
  const frameworkDates = [...Map.groupBy(
    FRAMEWORKS.map((f) => ({ id: f.id, date: f.starts })).filter(
      (f) => yearOf(f.date) >= firstYear && yearOf(f.date) <= lastYear,
    ),
    (f) => f.date,
  )].sort(([a], [b]) => compareDates(a, b));
  const labelEnds: number[] = [];
  const frameworkLabels = frameworkDates.map(([date, list]) => {
    const label = list.map((f) => frameworkShort(f.id)).join(', ');
    const fx = xOf(date);
    const widthNeeded = textWidth(label, small) + 6;
    // Labels start at the line; near the right edge they end at it.
    const flip = fx + widthNeeded > right;
    const start = flip ? fx - widthNeeded : fx;
    let level = labelEnds.findIndex((end) => end < start);
    if (level === -1) level = labelEnds.length;
    labelEnds[level] = start + widthNeeded;
    return { id: list.map((f) => f.id).join('+'), label, date, x: fx, level, flip };
  });
  const top = (labelEnds.length ? labelEnds.length * lineHeight : 0) + 8;

  const rows: HistoryRow[] = [];
  const levels: GradingHistoryChart['levels'] = [];
  let y = top;
  const rowH = wide ? 30 : 22;
  const eventH = wide ? 26 : 20;
  const labelAbove = (id: string, label: string, kind: HistoryRow['kind'], height: number) => {
    const rowTop = y;
    const centre = y + font + 4 + height / 2;
    rows.push({ id, label, kind, y: round(centre), top: rowTop, bottom: round(centre + height / 2), labelX: left, labelY: round(y + font), labelAnchor: 'start' });
    y = centre + height / 2;
  };
  const labelBeside = (id: string, label: string, kind: HistoryRow['kind'], height: number) => {
    const centre = y + height / 2;
    rows.push({ id, label, kind, y: round(centre), top: round(y), bottom: round(y + height), labelX: 0, labelY: round(centre + font * 0.35), labelAnchor: 'start' });
    y += height;
  };

  const hasOverall = series.some((s) => s.id === 'overall');
  if (hasOverall) {
    const gap = wide ? 24 : 18;
    const labelY = y + font;
    const bandTop = y + font + 6 + gap / 2;
    GRADES.forEach((grade, i) => {
      const ly = round(bandTop + i * gap);
      levels.push({
        grade,
        y: ly,
        label: gradeLabel(grade),
        colour: GRADE_COLOUR[grade],
        glyph: glyph(grade, wide ? left - 14 : 7, ly, wide ? 11 : 9),
        labelX: left - 26,
      });
    });
    const bottom = bandTop + 3 * gap + gap / 2;
    rows.push({
      id: 'overall',
      label: series.find((s) => s.id === 'overall')!.label,
      kind: 'overall',
      y: levels[3].y,
      top: round(y),
      bottom: round(bottom),
      labelX: wide ? 0 : left,
      labelY: round(labelY),
      labelAnchor: 'start',
    });
    y = bottom + 6;
  }
  for (const s of series.filter((s) => s.id !== 'overall')) {
    (wide ? labelBeside : labelAbove)(s.id, s.label, 'series', rowH);
  }
  if (groups.length) y += 6;
  for (const g of groups) (wide ? labelBeside : labelAbove)(`events-${g.id}`, g.label, 'events', eventH);
  const axisY = round(y + 6);
  const height = round(axisY + small + 10);

  const rowY = new Map(rows.map((r) => [r.id, r.y]));
  const levelY = new Map(levels.map((l) => [l.grade, l.y]));
  const marks: GradeMark[] = [];
  const markSize = wide ? 14 : 11;
  const overallSize = wide ? 16 : 13;
  for (const { entry, bySeries } of graded) {
    const mx = xOf(entry.when);
    for (const s of series) {
      const found = bySeries.get(s.id);
      if (!found) continue;
      const my = s.id === 'overall' ? levelY.get(found.grade)! : rowY.get(s.id)!;
      marks.push({
        entryId: entry.id,
        series: s.id,
        grade: found.grade,
        x: mx,
        y: my,
        colour: GRADE_COLOUR[found.grade],
        title: `${found.area}: ${found.word}, ${formatDate(entry.when)}`,
        ...glyph(found.grade, mx, my, s.id === 'overall' ? overallSize : markSize),
      });
    }
  }

  let overallPath: string | undefined;
  const overall = graded.filter((g) => g.bySeries.has('overall'));
  if (overall.length) {
    const points: [number, number][] = overall.map((g) => [xOf(g.entry.when), levelY.get(g.bySeries.get('overall')!.grade)!]);
    const last = points.at(-1)!;
    // The latest grade holds to the end of what the page shows: the last entry, or `until` if later.
    const endX = Math.min(right, xOf(endDate));
    if (endX > last[0]) points.push([endX, last[1]]);
    overallPath = line().curve(curveStepAfter)(points) ?? undefined;
  }

  const tickHeight = wide ? 16 : 13;
  const events: EventMark[] = ungraded.map((e) => {
    const cy = rowY.get(`events-${groupOf(e.kind)}`)!;
    return {
      entryId: e.id,
      group: groupOf(e.kind),
      kind: e.kind,
      x: round(xOf(e.when) - 1.25),
      y: round(cy - tickHeight / 2),
      width: 2.5,
      height: tickHeight,
      colour: UNGRADED_COLOUR,
      title: `${KINDS[e.kind].label}: ${e.title}, ${formatDate(e.when)}`,
    };
  });

  const plotTop = rows[0].top;
  const frameworks: FrameworkLine[] = frameworkLabels.map((f) => ({
    id: f.id,
    label: f.label,
    date: f.date,
    x: f.x,
    y1: round(f.level * lineHeight + small + 3),
    y2: axisY,
    labelX: round(f.flip ? f.x - 3 : f.x + 3),
    labelAnchor: f.flip ? 'end' : 'start',
    labelY: round(f.level * lineHeight + small),
  }));

  const description = describeHistory(graded, series, ungraded, frameworkLabels, firstYear, lastYear);

  return {
    layout,
    width,
    height,
    fontSize: font,
    smallFont: small,
    plot: { left, right, top: plotTop, bottom: axisY },
    rows,
    levels,
    overallPath,
    marks,
    events,
    markPaths: mergePaths(marks),
    eventPath: tickPath(events),
    eventStroke: tickHeight,
    frameworks,
    ticks: yearTicks(x, small),
    axisY,
    firstYear,
    lastYear,
    description,
    table: {
      series,
      judgements: graded.map(({ entry, bySeries }) => ({
        entryId: entry.id,
        title: entry.title,
        when: describeWhen(entry),
        published: entry.published,
        framework: frameworkShort(entry.framework!),
        frameworkId: entry.framework!,
        grades: Object.fromEntries([...bySeries].map(([id, v]) => [id, v.grade])),
      })),
      events: ungraded.map((e) => ({ entryId: e.id, when: describeWhen(e, 'short'), kind: KINDS[e.kind].label, title: e.title })),
    },
  };
}

function describeHistory(
  graded: Graded[],
  series: { id: string; label: string }[],
  ungraded: JourneyEntry[],
  frameworks: { label: string; date: string }[],
  firstYear: number,
  lastYear: number,
): string {
  const parts: string[] = [`From ${firstYear} to ${lastYear}.`];
  for (const s of series) {
    const steps = graded
      .filter((g) => g.bySeries.has(s.id))
      .map((g) => `${g.bySeries.get(s.id)!.word} (${formatDate(g.entry.when)})`);
    parts.push(`${s.label}: ${steps.join(', then ')}.`);
  }
  if (ungraded.length) {
    const counts = EVENT_GROUPS.map((g) => ({ g, n: ungraded.filter((e) => groupOf(e.kind) === g.id).length })).filter((c) => c.n);
    parts.push(
      `Between inspections: ${listPhrase(counts.map(({ g, n }) => `${n} ${g.id === 'ofsted' ? (n === 1 ? 'Ofsted visit' : 'Ofsted visits') : g.id === 'reviews' ? (n === 1 ? 'DfE or peer review' : 'DfE or peer reviews') : n === 1 ? 'council paper or other entry' : 'council papers or other entries'}`))}.`,
    );
  }
  if (frameworks.length) {
    parts.push(`Dashed lines mark when ${listPhrase(frameworks.map((f) => `${f.label} began (${formatDate(f.date)})`))}.`);
  }
  return parts.join(' ');
}

/**
 * The event ticks as one path to stroke as wide as a tick is high: a row's
 * ticks as short horizontal strokes through its middle, each run of ticks
 * that touch or overlap as one stroke covering them. The same shapes as a
 * filled rectangle per tick, in about a third of the bytes: a council with
 * hundreds of visits (333 each in the 50,000-entry bench) drew each as its
 * own rectangle, and its page went past its budget.
 */
export function tickPath(events: EventMark[]): string {
  const rows = new Map<number, EventMark[]>();
  for (const e of events) {
    const y = e.y + e.height / 2;
    const row = rows.get(y);
    if (row) row.push(e);
    else rows.set(y, [e]);
  }
  let d = '';
  for (const [y, ticks] of rows) {
    const bars: { x: number; end: number }[] = [];
    for (const e of ticks.sort((a, b) => a.x - b.x)) {
      const last = bars.at(-1);
      if (last && e.x <= last.end) last.end = Math.max(last.end, e.x + e.width);
      else bars.push({ x: e.x, end: e.x + e.width });
    }
    // Each stroke after a row's first moves on from where the one before ended.
    bars.forEach((bar, i) => {
      d += i ? `m${round(bar.x - bars[i - 1].end)} 0h${round(bar.end - bar.x)}` : `M${bar.x} ${y}h${round(bar.end - bar.x)}`;
    });
  }
  return d;
}
