/**
 * The national picture, computed from every council's history: the latest
 * overall grade of each council at an "as at" date, how those grades were
 * spread over time, the moves between one overall grade and the next, and
 * the time councils spent judged Inadequate.
 *
 * Rules, so every figure can be checked by hand:
 * - Only frameworks with a `headline` area give an overall grade (SIF and
 *   ILACS); SLAC, CPI and TLAC judgements never count here.
 * - A judgement counts from the inspection that made it (`inspectionDate`:
 *   the first day of fieldwork, else the date, else the publication), as in
 *   Ofsted's official "as at 31 March" statistics, which count an inspection
 *   done by 31 March even when its report came out later. A month-only date
 *   counts from the first of the month.
 * - A council counts only while it exists: until the day it was abolished
 *   (exclusive) and, where it was formed from predecessors, from the day the
 *   last of them was abolished.
 * - As-at dates are calendar days (`YYYY-MM-DD`), never today's clock, so a
 *   build of the same content always says the same thing.
 */
import { compareDates, dateBounds, daysBetween, formatDate, isCalendarDate } from './dates.ts';
import { headlineGrade, inspectionDate, overallJudgements, type JourneyEntry } from './journey.ts';
import { GRADES, GRADE_INFO, type Grade } from './vocabulary.ts';
import { plural } from './list-phrase.ts';

/** What the national calculations need of a council (a `CouncilView` has it all). */
export interface NationalCouncil {
  id: string;
  data: { short_name: string; abolished?: string; predecessors?: string[] };
  entries: JourneyEntry[];
}

/** A council's standing at a date: one of the four grades, or no overall grade yet. */
export type Category = Grade | 'none';
export const CATEGORIES: readonly Category[] = [...GRADES, 'none'];
export const CATEGORY_LABELS: Record<Category, string> = {
  outstanding: GRADE_INFO.outstanding.short,
  good: GRADE_INFO.good.short,
  'requires-improvement': GRADE_INFO['requires-improvement'].short,
  inadequate: GRADE_INFO.inadequate.short,
  none: 'No overall grade yet',
};

/** One overall judgement of one council. */
export interface Judgement {
  council: string;
  entry: JourneyEntry;
  grade: Grade;
  /** When the inspection took place: `inspectionDate(entry)`. */
  date: string;
}

const judgementsCache = new WeakMap<NationalCouncil, Judgement[]>();

/** A council's overall judgements, oldest first (worked out once per council: every national figure starts here). */
export function judgementsOf(council: NationalCouncil): Judgement[] {
  let judgements = judgementsCache.get(council);
  if (!judgements) {
    judgements = overallJudgements(council.entries).map((entry) => ({
      council: council.id,
      entry,
      grade: headlineGrade(entry)!,
      date: inspectionDate(entry),
    }));
    judgementsCache.set(council, judgements);
  }
  return judgements;
}

/** Whether a judgement dated `date` counts at `asAt` (a month counts from its first day). */
const countsAt = (date: string, asAt: string) => dateBounds(date)[0] <= asAt;

/** A council's overall judgements made public on or before `asAt`, oldest first. */
export function judgementsAt(council: NationalCouncil, asAt: string): Judgement[] {
  return judgementsOf(council).filter((j) => countsAt(j.date, asAt));
}

/** First day a date stands for. */
const firstDay = (date: string) => dateBounds(date)[0];

/**
 * When each council began to exist, where that can be known: the day its
 * last predecessor was abolished. Councils without predecessors (or whose
 * predecessors are not in the data) have always existed here.
 */
export function formationDates(councils: NationalCouncil[]): Map<string, string> {
  const byId = new Map(councils.map((c) => [c.id, c]));
  const formed = new Map<string, string>();
  for (const council of councils) {
    const ends = (council.data.predecessors ?? [])
      .map((id) => byId.get(id)?.data.abolished)
      .filter((d): d is string => !!d)
      .map(firstDay)
      .sort();
    if (ends.length) formed.set(council.id, ends.at(-1)!);
  }
  return formed;
}

/** Whether a council existed on `asAt`: from its formation (inclusive) to its abolition (exclusive). */
export function existsAt(council: NationalCouncil, asAt: string, formed?: string): boolean {
  if (formed && asAt < formed) return false;
  return !council.data.abolished || asAt < firstDay(council.data.abolished);
}

/** A council's latest overall grade at a date. */
export interface Standing {
  council: string;
  name: string;
  category: Category;
  /** The judgement that gave the grade, if any. */
  judgement?: Judgement;
}

/** Every council that existed on `asAt`, in the order given, with its latest overall grade then. */
export function standingsAt(councils: NationalCouncil[], asAt: string): Standing[] {
  const formed = formationDates(councils);
  return councils
    .filter((c) => existsAt(c, asAt, formed.get(c.id)))
    .map((council) => {
      const judgement = judgementsAt(council, asAt).at(-1);
      return { council: council.id, name: council.data.short_name, category: judgement?.grade ?? 'none', judgement };
    });
}

export type CategoryCounts = Record<Category, number>;

export function countByCategory(standings: Standing[]): CategoryCounts {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as CategoryCounts;
  for (const s of standings) counts[s.category] += 1;
  return counts;
}

/** How councils' current overall grades were spread on one date. */
export interface DistributionPoint {
  asAt: string;
  counts: CategoryCounts;
  /** Councils that existed on that date. */
  total: number;
}

export function distributionOverTime(councils: NationalCouncil[], dates: string[]): DistributionPoint[] {
  return dates.map((asAt) => {
    const standings = standingsAt(councils, asAt);
    return { asAt, counts: countByCategory(standings), total: standings.length };
  });
}

/** Every overall judgement in the data, oldest first. */
function allJudgements(councils: NationalCouncil[]): Judgement[] {
  return councils.flatMap(judgementsOf).sort((a, b) => compareDates(a.date, b.date));
}

/**
 * 31 March of each year from the first one on which some council had an
 * overall grade, to the last one on or before `asAt`.
 */
export function marchDates(councils: NationalCouncil[], asAt: string): string[] {
  const first = allJudgements(councils)[0];
  if (!first) return [];
  const start = firstDay(first.date);
  const dates: string[] = [];
  for (let year = Number(start.slice(0, 4)); year <= Number(asAt.slice(0, 4)); year++) {
    const date = `${year}-03-31`;
    if (date >= start && date <= asAt) dates.push(date);
  }
  return dates;
}

/** The dates the distribution chart shows: each 31 March, then the as-at date itself if it is not one. */
export function distributionDates(councils: NationalCouncil[], asAt: string): string[] {
  const dates = marchDates(councils, asAt);
  if (dates.length && dates.at(-1) !== asAt) dates.push(asAt);
  return dates;
}

/**
 * The default as-at date: the day of the latest overall judgement in the
 * content (the last day of its month where only the month is known), so the
 * build is reproducible. Falls back to the latest entry of any kind; `undefined`
 * when there are no entries at all.
 */
export function latestDataDate(councils: NationalCouncil[]): string | undefined {
  const judged = allJudgements(councils).at(-1);
  if (judged) return dateBounds(judged.date)[1];
  const whens = councils.flatMap((c) => c.entries.filter((e) => !e.draft).map((e) => e.when)).sort(compareDates);
  return whens.length ? dateBounds(whens.at(-1)!)[1] : undefined;
}

/**
 * The as-at date of a build: `IJ_AS_AT` when set (it must be a calendar day,
 * `YYYY-MM-DD`), else `latestDataDate`.
 */
export function resolveAsAt(setting: string | undefined, councils: NationalCouncil[]): string | undefined {
  const value = setting?.trim();
  if (value) {
    const problem = asAtProblem(value);
    if (problem) throw new Error(problem);
    return value;
  }
  return latestDataDate(councils);
}

/** What is wrong with an IJ_AS_AT value, if anything: the build checks it before it starts. */
export function asAtProblem(value: string): string | undefined {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isCalendarDate(value)
    ? undefined
    : `IJ_AS_AT='${value}' is not a calendar date (allowed: YYYY-MM-DD, e.g. 2025-03-31)`;
}

/** One council's move from one overall grade to the next. */
export interface Transition {
  council: string;
  from: Grade;
  to: Grade;
  fromJudgement: Judgement;
  toJudgement: Judgement;
}

/** Consecutive overall judgements of each council (on or before `asAt`, if given), in time order per council. */
export function transitions(councils: NationalCouncil[], asAt?: string): Transition[] {
  return councils.flatMap((council) => {
    const list = asAt ? judgementsAt(council, asAt) : judgementsOf(council);
    return list.slice(1).map((to, i) => ({
      council: council.id,
      from: list[i].grade,
      to: to.grade,
      fromJudgement: list[i],
      toJudgement: to,
    }));
  });
}

export interface TransitionTotal {
  from: Grade;
  to: Grade;
  count: number;
  /** Better (to has a lower rank), worse, or the same grade again. */
  direction: 'better' | 'worse' | 'same';
}

/** Transitions counted by from → to, most frequent first (ties in grade order). */
export function transitionTotals(list: Transition[]): TransitionTotal[] {
  const counts = new Map<string, number>();
  for (const t of list) counts.set(`${t.from}>${t.to}`, (counts.get(`${t.from}>${t.to}`) ?? 0) + 1);
  const totals: TransitionTotal[] = [];
  for (const from of GRADES) {
    for (const to of GRADES) {
      const count = counts.get(`${from}>${to}`) ?? 0;
      if (!count) continue;
      const delta = GRADE_INFO[to].rank - GRADE_INFO[from].rank;
      totals.push({ from, to, count, direction: delta < 0 ? 'better' : delta > 0 ? 'worse' : 'same' });
    }
  }
  // Stable sort keeps grade order among equal counts.
  return totals.sort((a, b) => b.count - a.count);
}

/** A continuous period a council was judged Inadequate. */
export interface InadequateSpell {
  council: string;
  /** The judgement that made it Inadequate (the first of a run of Inadequate judgements). */
  startJudgement: Judgement;
  start: string;
  /** The next judgement that was not Inadequate, the day of abolition, or the as-at date. */
  end: string;
  endedBy: 'judgement' | 'abolition' | 'as-at';
  endJudgement?: Judgement;
  /** Whether the council was still Inadequate at the as-at date. */
  ongoing: boolean;
  days: number;
}

/** Every spell in Inadequate up to `asAt`, per council in time order. */
export function inadequateSpells(councils: NationalCouncil[], asAt: string): InadequateSpell[] {
  const spells: InadequateSpell[] = [];
  for (const council of councils) {
    const list = judgementsAt(council, asAt);
    const abolished = council.data.abolished ? firstDay(council.data.abolished) : undefined;
    let open: Judgement | undefined;
    const close = (end: string, endedBy: InadequateSpell['endedBy'], endJudgement?: Judgement) => {
      const start = firstDay(open!.date);
      spells.push({
        council: council.id,
        startJudgement: open!,
        start,
        end,
        endedBy,
        endJudgement,
        ongoing: endedBy === 'as-at',
        days: Math.max(0, daysBetween(start, end)),
      });
      open = undefined;
    };
    for (const j of list) {
      if (j.grade === 'inadequate') open ??= j;
      else if (open) close(firstDay(j.date), 'judgement', j);
    }
    if (open) {
      if (abolished && abolished <= asAt) close(abolished, 'abolition');
      else close(asAt, 'as-at');
    }
  }
  return spells;
}

export interface CouncilInadequateTime {
  council: string;
  name: string;
  spells: InadequateSpell[];
  days: number;
  /** The spell still open at the as-at date. */
  current?: InadequateSpell;
}

export interface InadequateSummary {
  /** Councils ever judged Inadequate, the longest total time first. */
  perCouncil: CouncilInadequateTime[];
  total: {
    councils: number;
    spells: number;
    days: number;
    /** Councils Inadequate at the as-at date. */
    ongoing: number;
    /** Median length of the spells that have ended with a better judgement. */
    medianEndedDays?: number;
  };
}

const median = (values: number[]) => {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
};

export function timeInInadequate(councils: NationalCouncil[], asAt: string): InadequateSummary {
  const spells = inadequateSpells(councils, asAt);
  const names = new Map(councils.map((c) => [c.id, c.data.short_name]));
  const perCouncil = [...Map.groupBy(spells, (s) => s.council)]
    .map(([council, list]) => ({
      council,
      name: names.get(council) ?? council,
      spells: list,
      days: list.reduce((sum, s) => sum + s.days, 0),
      current: list.find((s) => s.ongoing),
    }))
    .sort((a, b) => b.days - a.days || a.name.localeCompare(b.name, 'en-GB'));
  return {
    perCouncil,
    total: {
      councils: perCouncil.length,
      spells: spells.length,
      days: spells.reduce((sum, s) => sum + s.days, 0),
      ongoing: spells.filter((s) => s.ongoing).length,
      medianEndedDays: median(spells.filter((s) => s.endedBy === 'judgement').map((s) => s.days)),
    },
  };
}

/** "2 years 5 months", "7 months", "12 days": whole months from day counts, for reading not arithmetic. */
export function formatDuration(days: number): string {
  const months = Math.round(days / (365.25 / 12));
  if (months < 1) return plural(days, 'day');
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const parts = [];
  if (years) parts.push(plural(years, 'year'));
  if (rest) parts.push(plural(rest, 'month'));
  return parts.join(' ');
}


/** The national picture at one as-at date, as the home page and the national pages show it. */
export function nationalPicture(councils: NationalCouncil[], asAt: string) {
  const standings = standingsAt(councils, asAt);
  const moves = transitions(councils, asAt);
  const totals = transitionTotals(moves);
  const moved = (direction: TransitionTotal['direction']) => totals.filter((t) => t.direction === direction).reduce((n, t) => n + t.count, 0);
  return {
    standings,
    counts: countByCategory(standings),
    points: distributionOverTime(councils, distributionDates(councils, asAt)),
    moves,
    totals,
    better: moved('better'),
    worse: moved('worse'),
    same: moved('same'),
    /** Times an Inadequate council's next overall grade was better. */
    outOfInadequate: moves.filter((m) => m.from === 'inadequate' && m.to !== 'inadequate').length,
    inadequate: timeInInadequate(councils, asAt),
  };
}
