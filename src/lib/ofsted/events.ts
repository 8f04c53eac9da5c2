/**
 * One inspection often appears in several of Ofsted's tables: an ILACS
 * inspection is in the 2009–2023 history (publication date), the 2025 ILACS
 * history (fieldwork start and publication), an in-year table and an "as at"
 * table. This joins the rows that describe one event into one official
 * entry, taking each fact from the table that has it (later editions and
 * more detailed tables first) and recording where tables disagree.
 */
import { timelineDate } from '../content/schema.ts';
import { daysBetween } from '../dates.ts';
import { KINDS, frameworkById, type Grade, type Kind } from '../vocabulary.ts';
import { compareDatasets, compareNatural, compareText, type Dataset, type Family, type OfficialEvent, type Variant } from './datasets.ts';

/** Inspections starting on or after this day are judged under ILACS as revised in 2023. */
export const ILACS_2023_FROM = '2023-01-01';

/** Two tables' fieldwork start dates for one event differ by at most this many days. */
const SAME_START_DAYS = 7;
/** …and their publication dates by at most this many. */
const SAME_PUBLISHED_DAYS = 14;
/** A report is published at most this many days after fieldwork starts. */
const MAX_START_TO_PUBLISHED_DAYS = 240;
/**
 * A council's graded inspections are years apart (910 days at the least in
 * Ofsted's tables), so two tables' rows with the same grades published within
 * this many days are one inspection whose date one table misprints: the
 * 2009–2023 table has Nottingham's 2022 inspection published 05/11/2022,
 * the others 05/09/2022.
 */
const MISPRINTED_PUBLISHED_DAYS = 180;

export interface EntryDisagreement {
  field: string;
  message: string;
}

export interface OfficialEntry {
  council: string;
  kind: Kind;
  family?: Family;
  framework?: string;
  variant: Variant;
  start_date?: string;
  published?: string;
  /** Area id → grade, in the framework's order. */
  grades: Record<string, Grade>;
  /** Ofsted's visit themes as written, sorted. */
  themes: string[];
  /** Tables that list it, in order of precedence. */
  datasets: Dataset[];
  events: OfficialEvent[];
  disagreements: EntryDisagreement[];
  notes: string[];
}

const gradedKind = (kind: Kind | undefined) => kind === undefined || KINDS[kind].graded;

function kindsCompatible(a: Kind | undefined, b: Kind | undefined): boolean {
  return a === b || (gradedKind(a) && gradedKind(b));
}

interface Dates {
  start?: string;
  published?: string;
}

/**
 * How far apart two tables' dates for what may be one event are (lower is
 * closer), or undefined when they cannot be the same event.
 */
export function officialDateScore(a: Dates, b: Dates): number | undefined {
  let score = 0;
  let compared = 0;
  if (a.start && b.start) {
    const d = Math.abs(daysBetween(a.start, b.start));
    if (d > SAME_START_DAYS) return undefined;
    score += d;
    compared += 1;
  }
  if (a.published && b.published) {
    const d = Math.abs(daysBetween(a.published, b.published));
    if (d > SAME_PUBLISHED_DAYS) return undefined;
    score += d;
    compared += 1;
  }
  for (const [start, published] of [
    [a.start, b.published],
    [b.start, a.published],
  ]) {
    if (!start || !published) continue;
    const d = daysBetween(start, published);
    if (d < 0 || d > MAX_START_TO_PUBLISHED_DAYS) return undefined;
    compared += 1;
    // Only the order is known: weaker evidence than equal dates.
    if (!(a.start && b.start) && !(a.published && b.published)) score += 30;
  }
  return compared ? score : undefined;
}

/**
 * For two rows of a graded inspection whose publication dates are too far
 * apart to be one event by officialDateScore: a score worse than any date
 * match when they grade it alike (at least overall and one more area, no
 * area differently) and are published within MISPRINTED_PUBLISHED_DAYS.
 */
function misprintScore(dates: Dates, a: OfficialEvent, b: OfficialEvent): number | undefined {
  if (!gradedKind(a.kind) || !gradedKind(b.kind) || !dates.published || !b.published) return undefined;
  if (dates.start && daysBetween(dates.start, b.published) < 0) return undefined;
  const days = Math.abs(daysBetween(dates.published, b.published));
  const shared = Object.keys(a.grades).filter((area) => area in b.grades);
  const alike = shared.includes('overall') && shared.length >= 2 && shared.every((area) => a.grades[area] === b.grades[area]);
  return alike && days <= MISPRINTED_PUBLISHED_DAYS ? 1000 + days : undefined;
}

interface Cluster {
  council: string;
  events: OfficialEvent[];
  datasets: Set<string>;
}

/** The ILACS framework of an inspection: from its start date where known. */
export function ilacsFramework(start: string | undefined, published: string | undefined, gradesGiven: string[]): { framework: string; note?: string } {
  if (start) return { framework: start >= ILACS_2023_FROM ? 'ilacs-2023' : 'ilacs' };
  if (gradesGiven.includes('care-leavers')) return { framework: 'ilacs-2023' };
  if (published && published < ILACS_2023_FROM) return { framework: 'ilacs' };
  return {
    framework: 'ilacs',
    note: 'no table gives the start of fieldwork and care leavers are not judged separately: taken as ILACS before 2023',
  };
}

/**
 * The area an ILACS table column's judgement belongs to under `framework`:
 * before 2023 the "children in care" column holds the combined children in
 * care and care leavers judgement.
 */
function ilacsArea(framework: string, column: string): string | undefined {
  if (framework === 'ilacs') {
    if (column === 'children-in-care') return 'children-in-care-and-care-leavers';
    if (column === 'care-leavers') return undefined;
  } else if (column === 'children-in-care-and-care-leavers') {
    return undefined;
  }
  return column;
}

const FAMILY_FRAMEWORK: Record<Exclude<Family, 'ilacs'>, string> = { slac: 'slac', cpi: 'cpi', tlac: 'tlac', sif: 'sif' };

function describeValues<T>(values: { dataset: Dataset; value: T }[], show: (v: T) => string): string {
  return values.map((v) => `${v.dataset.id} says ${show(v.value)}`).join(', ');
}

/** Joins one cluster's rows into an entry. `events` are in order of precedence. */
function resolve(council: string, events: OfficialEvent[]): OfficialEntry {
  const disagreements: EntryDisagreement[] = [];
  const notes: string[] = [];
  const pick = <T>(field: string, get: (e: OfficialEvent) => T | undefined, show: (v: T) => string = String): T | undefined => {
    const values = events.flatMap((e) => {
      const value = get(e);
      return value === undefined ? [] : [{ dataset: e.dataset, value }];
    });
    if (!values.length) return undefined;
    const distinct = new Set(values.map((v) => show(v.value)));
    if (distinct.size > 1) {
      disagreements.push({ field, message: `${describeValues(values, show)}; kept ${show(values[0].value)}` });
    }
    return values[0].value;
  };

  const first = events[0];
  let kind = pick('kind', (e) => e.kind);
  if (!kind) {
    kind = 'inspection';
    notes.push(`${first.where}: the table does not say whether this was a standard or a short inspection; written as an inspection`);
  }
  let start = pick('start_date', (e) => e.start);
  let published = pick('published', (e) => e.published);
  if (start && published && start > published) {
    disagreements.push({ field: 'start_date', message: `fieldwork start ${start} is after publication ${published}; start left out` });
    start = undefined;
  }

  let framework: string | undefined;
  if (first.family === 'ilacs') {
    const given = events.flatMap((e) => Object.keys(e.grades));
    const decided = ilacsFramework(start, published, given);
    framework = decided.framework;
    if (decided.note) notes.push(decided.note);
  } else if (first.family) {
    framework = FAMILY_FRAMEWORK[first.family];
  }

  const areas = framework ? frameworkById(framework)!.areas.map((a) => a.id) : [];
  const byArea = new Map<string, { dataset: Dataset; value: Grade }[]>();
  for (const e of events) {
    for (const [column, grade] of Object.entries(e.grades)) {
      const area = framework && first.family === 'ilacs' ? ilacsArea(framework, column) : column;
      if (!area || !areas.includes(area)) {
        notes.push(`${e.where}: ${column} judgement ${grade} has no area under ${framework}; left out`);
        continue;
      }
      byArea.set(area, [...(byArea.get(area) ?? []), { dataset: e.dataset, value: grade }]);
    }
  }
  const grades: Record<string, Grade> = {};
  for (const area of areas) {
    const values = byArea.get(area);
    if (!values) continue;
    if (new Set(values.map((v) => v.value)).size > 1) {
      disagreements.push({ field: `grades.${area}`, message: `${describeValues(values, String)}; kept ${values[0].value}` });
    }
    grades[area] = values[0].value;
  }

  return {
    council,
    kind,
    family: first.family,
    framework,
    variant: first.variant,
    ...(start ? { start_date: start } : {}),
    ...(published ? { published } : {}),
    grades,
    themes: [...new Set(events.flatMap((e) => (e.theme ? [e.theme] : [])))].sort(),
    datasets: [...new Map(events.map((e) => [e.dataset.id, e.dataset])).values()],
    events,
    disagreements,
    notes,
  };
}

function precedence(a: OfficialEvent, b: OfficialEvent): number {
  return compareDatasets(a.dataset, b.dataset) || compareNatural(a.where, b.where);
}

/**
 * Joins the events of all tables into official entries, one per real event.
 * `councilOf` gives each event's council id.
 */
export function mergeEvents(events: OfficialEvent[], councilOf: (e: OfficialEvent) => string): OfficialEntry[] {
  const ordered = [...events].sort(precedence);
  const clusters = new Map<string, Cluster[]>();
  for (const event of ordered) {
    const council = councilOf(event);
    const list = clusters.get(council) ?? [];
    clusters.set(council, list);
    let best: { cluster: Cluster; score: number } | undefined;
    for (const cluster of list) {
      const head = cluster.events[0];
      if (cluster.datasets.has(event.dataset.id)) continue;
      if (head.family !== event.family || !kindsCompatible(head.kind, event.kind)) continue;
      if (head.variant !== event.variant && !(head.family === 'ilacs' && event.family === 'ilacs')) continue;
      const dates: Dates = {
        start: cluster.events.find((e) => e.start)?.start,
        published: cluster.events.find((e) => e.published)?.published,
      };
      const score = officialDateScore(dates, event) ?? misprintScore(dates, head, event);
      if (score !== undefined && (!best || score < best.score)) best = { cluster, score };
    }
    if (best) {
      best.cluster.events.push(event);
      best.cluster.datasets.add(event.dataset.id);
    } else {
      list.push({ council, events: [event], datasets: new Set([event.dataset.id]) });
    }
  }
  const entries = [...clusters.values()].flat().map((c) => resolve(c.council, c.events));
  return entries.sort(compareOfficialEntries);
}

const VARIANT_ORDER: Variant[] = [
  'slac',
  'slac-safeguarding-reinspection',
  'slac-lac-reinspection',
  'cpi',
  'cpi-reinspection',
  'tlac',
  'sif',
  'sif-reinspection',
  'ilacs',
  'visit',
];

export function compareOfficialEntries(a: OfficialEntry, b: OfficialEntry): number {
  return (
    compareText(a.council, b.council) ||
    compareText(timelineDate(a), timelineDate(b)) ||
    compareText(a.kind, b.kind) ||
    VARIANT_ORDER.indexOf(a.variant) - VARIANT_ORDER.indexOf(b.variant) ||
    compareText(a.start_date ?? '', b.start_date ?? '') ||
    compareText(a.themes.join(), b.themes.join()) ||
    compareText(Object.keys(a.grades).join(), Object.keys(b.grades).join())
  );
}
