/**
 * A council's improvement journey: its entries in time order, the
 * judgements they carry and the one-line headline shown on its page.
 */
import { compareDates, formatDate, formatDateRange, yearOf, canPrecede, type DateStyle } from './dates.ts';
import type { EntryData } from './content/schema.ts';
import { timelineDate } from './content/schema.ts';
import { listPhrase, plural } from './list-phrase.ts';
import type { EntryTheme } from './themes.ts';
import { GRADE_INFO, KINDS, frameworkById, type Grade, type Kind } from './vocabulary.ts';

/** An entry as the site uses it: the officer's front-matter plus where it sits. */
export interface JourneyEntry extends EntryData {
  /** `<council>/<file name without .md>` */
  id: string;
  council: string;
  /** Where it sits on the timeline: date, else published, else start_date. */
  when: string;
  /** Officer-listed and detected themes, merged. */
  themeMatches: EntryTheme[];
  /** Whether it has text below its front-matter, where themes can be found (imported records have none). */
  hasText: boolean;
}

export function toJourneyEntry(id: string, data: EntryData, themeMatches: EntryTheme[] = [], hasText = true): JourneyEntry {
  return { ...data, id, council: id.split('/')[0], when: timelineDate(data), themeMatches, hasText };
}

/** An entry's date as a reader sees it, at the precision it was written. */
export function describeWhen(entry: Pick<JourneyEntry, 'date' | 'start_date' | 'published' | 'when'>, style: DateStyle = 'long'): string {
  if (entry.date) return formatDateRange(entry.start_date, entry.date, style);
  if (entry.published) return `Published ${formatDate(entry.published, style)}`;
  return `Began ${formatDate(entry.when, style)}`;
}

/**
 * `describeWhen` for after a comma: "published 9 May 2025", "began 3 July
 * 2023", or the dates of the event. A bare date there read as the day of an
 * inspection that took place weeks before its report.
 */
export function describeWhenWithin(entry: Pick<JourneyEntry, 'date' | 'start_date' | 'published' | 'when'>, style: DateStyle = 'long'): string {
  const text = describeWhen(entry, style);
  return entry.date ? text : text[0].toLowerCase() + text.slice(1);
}

/** Oldest first; events on the same date keep a stable order by id. */
export function byTime(a: JourneyEntry, b: JourneyEntry): number {
  return compareDates(a.when, b.when) || a.id.localeCompare(b.id);
}

export function sortJourney(entries: JourneyEntry[]): JourneyEntry[] {
  return [...entries].sort(byTime);
}

/** The newest `count` entries, newest first, for a council page's "latest" list. */
export function latestEntries(entries: JourneyEntry[], count: number): JourneyEntry[] {
  return sortJourney(entries).slice(-count).reverse();
}

export function groupByYear(entries: JourneyEntry[]): { year: number; entries: JourneyEntry[] }[] {
  const groups = Map.groupBy(sortJourney(entries), (entry) => yearOf(entry.when));
  return [...groups].map(([year, list]) => ({ year, entries: list }));
}

/** When a judgement became public: its publication, else the visit's date. */
export function judgementDate(entry: Pick<EntryData, 'date' | 'published' | 'start_date'>): string {
  return (entry.published ?? entry.date ?? entry.start_date)!;
}

/** When an inspection took place: its first day, else its date, else its publication. */
export function inspectionDate(entry: Pick<EntryData, 'date' | 'published' | 'start_date'>): string {
  return (entry.start_date ?? entry.date ?? entry.published)!;
}

/** The grade for overall effectiveness, where the entry's framework has one. */
export function headlineGrade(entry: Pick<EntryData, 'framework' | 'grades'>): Grade | undefined {
  const area = entry.framework ? frameworkById(entry.framework)?.headline : undefined;
  return area ? entry.grades?.[area] : undefined;
}

/** Graded judgements in the framework's order of areas. */
export function gradeList(entry: Pick<EntryData, 'framework' | 'grades'>): { area: string; label: string; grade: Grade }[] {
  const framework = entry.framework ? frameworkById(entry.framework) : undefined;
  if (!framework || !entry.grades) return [];
  return framework.areas
    .filter((a) => entry.grades![a.id] !== undefined)
    .map((a) => ({ area: a.id, label: a.label, grade: entry.grades![a.id] }));
}

/** Entries with an overall grade, oldest judgement first. */
export function overallJudgements(entries: JourneyEntry[]): JourneyEntry[] {
  return entries
    .filter((e) => !e.draft && headlineGrade(e) !== undefined)
    .sort((a, b) => compareDates(judgementDate(a), judgementDate(b)) || a.id.localeCompare(b.id));
}

/** The most recent overall judgement made public on or before `asAt` (default: the latest). */
export function latestJudgement(entries: JourneyEntry[], asAt?: string): JourneyEntry | undefined {
  const judged = overallJudgements(entries).filter((e) => !asAt || canPrecede(judgementDate(e), asAt));
  return judged.at(-1);
}

function countPhrase(count: number, kind: Kind): string {
  const info = KINDS[kind];
  return `${count} ${count === 1 ? info.noun : info.plural}`;
}

/**
 * A short computed headline: "Inadequate since Aug 2016; 2 monitoring visits
 * and 1 DfE deep dive on record since then, the latest in Sep 2018." ("On
 * record": the site holds Ofsted's visits for some years only, see
 * describeVisitCoverage.) For a council that
 * was abolished, the grade held until then: "Inadequate from Jul 2019 until
 * the council was abolished in Apr 2021." A re-inspection that gave the
 * same grade is named, and the visits then count from the first of the run:
 * "Inadequate since Mar 2020 (requires improvement before that), judged
 * inadequate again in May 2025; 2 monitoring visits on record since Mar 2020, …".
 */
export function journeyHeadline(entries: JourneyEntry[], abolished?: string): string {
  // Headlines speak in months ("since Aug 2016"): a day would be false precision here.
  const month = (date: string) => formatDate(date.slice(0, 7), 'short');
  const ended = abolished ? ` The council was abolished in ${month(abolished)}.` : '';
  const published = sortJourney(entries.filter((e) => !e.draft));
  if (!published.length) return `No entries yet.${ended}`;
  const judged = overallJudgements(published);
  const latest = judged.at(-1);
  if (!latest) {
    const first = published[0].when;
    const last = published.at(-1)!.when;
    const span = yearOf(first) === yearOf(last) ? `in ${yearOf(first)}` : `from ${yearOf(first)} to ${yearOf(last)}`;
    return `No overall graded judgement recorded${abolished ? '' : ' yet'}; ${plural(published.length, 'entry', 'entries')} ${span}.${ended}`;
  }
  const grade = headlineGrade(latest)!;
  // The run of consecutive judgements at the current grade starts the "since".
  let start = judged.length - 1;
  while (start > 0 && headlineGrade(judged[start - 1]) === grade) start -= 1;
  const since = judgementDate(judged[start]);
  const previous = start > 0 ? headlineGrade(judged[start - 1]) : undefined;

  // Later inspections that gave the same grade again: without them, a re-inspection reads as nothing happening.
  const again = judged.slice(start + 1).map((e) => month(judgementDate(e)));

  // The grade is named again rather than "judged so again", which, after the previous grade, read as that grade.
  const sameAgain = again.length ? `, judged ${GRADE_INFO[grade].short.toLowerCase()} again in ${listPhrase(again)}` : '';
  // Right after the "since": further on, "before that" read as before the re-inspection or the abolition.
  const before = previous ? ` (${GRADE_INFO[previous].short.toLowerCase()} before that)` : '';
  let text = abolished
    ? `${GRADE_INFO[grade].short} from ${month(since)}${before}${sameAgain}${sameAgain && ','} until the council was abolished in ${month(abolished)}`
    : `${GRADE_INFO[grade].short} since ${month(since)}${before}${sameAgain}`;

  const after = published.filter((e) => e !== judged[start] && compareDates(e.when, since) > 0 && !KINDS[e.kind].graded);
  const external = after.filter((e) => e.body === 'ofsted' || e.body === 'dfe');
  if (external.length) {
    const counts = new Map<Kind, number>();
    for (const e of external) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
    const parts = [...counts].map(([kind, count]) => countPhrase(count, kind));
    const last = month(external.at(-1)!.when);
    // After "judged … again in May 2025", a bare "since" reads as since the re-inspection, though the visits count from the first.
    const from = abolished ? 'in that time' : again.length ? `since ${month(since)}` : 'since then';
    text += `; ${listPhrase(parts)} on record ${from}, ${external.length === 1 ? 'in' : 'the latest in'} ${last}`;
  }
  return `${text}.`;
}
