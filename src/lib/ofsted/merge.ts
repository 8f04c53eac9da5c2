/**
 * Merging official entries and councils into existing content.
 *
 * What the importer owns, and so may change on a re-import:
 * - in an entry it created (marked by its first comment): `start_date` and
 *   `published` (unless the file name is anchored on them), `framework`,
 *   `grades` it has a value for, `source`, `imported`, and the themes it adds;
 * - in an entry an officer wrote, which it matched: only what is missing
 *   (dates that keep the file name, `framework`, grades of areas the officer
 *   did not write, `source`), plus `imported` and themes. Where the officer's
 *   values differ from the official ones it reports a conflict and keeps the
 *   officer's;
 * - in a council file it created: `gss_code`, `type`, `region`,
 *   `ofsted_url`, `abolished`, `successors`, `predecessors`; in one an
 *   officer wrote, only the missing ones (differences are conflicts).
 * Title, summary and text are written once, when it creates the file.
 */
import { canPrecede, dateBounds, daysBetween } from '../dates.ts';
import { COUNCIL_FIELD_NAMES, ENTRY_FIELD_NAMES, timelineDate, type CouncilData, type EntryData } from '../content/schema.ts';
import { frameworkById, GRADE_INFO, KINDS, type Grade } from '../vocabulary.ts';
import type { OfficialCouncil } from './councils.ts';
import { compareText, importedIds } from './datasets.ts';
import type { OfficialEntry } from './events.ts';
import {
  MARKER,
  appendTo,
  hasMarker,
  mapAt,
  newDocument,
  parseEditable,
  removeIn,
  rootMap,
  serialize,
  setIn,
  splitFrontMatter,
} from './frontmatter.ts';
import { entrySummary, entryTitle } from './text.ts';
import { mapVisitThemes } from './themes.ts';

export const ENTRY_MARKER_COMMENT = `# ${MARKER} from Ofsted's official statistics. A re-import updates the dates, framework, grades, source and imported fields and adds themes; it never changes the title, summary or text.`;
export const COUNCIL_MARKER_COMMENT = `# ${MARKER} from Ofsted's official statistics. A re-import updates gss_code, type, region, ofsted_url, abolished, successors and predecessors; name, short_name and anything else are yours.`;

/** Days between an officer's date and an official one that still make one event. */
const SAME_DAY_TOLERANCE = { start: 7, published: 14 };
/** Fieldwork ends at most this long after it starts… */
const MAX_START_TO_END = 60;
/** …a report follows the end of fieldwork within this… */
const MAX_END_TO_PUBLISHED = 150;
/** …and the start of fieldwork within this. */
const MAX_START_TO_PUBLISHED = 240;

type Span = readonly [string, string];
const span = (text: string): Span => dateBounds(text);
/** Days from the end of `a` to the start of `b` (negative when they overlap or `b` is earlier). */
const gapAfter = (a: Span, b: Span) => daysBetween(a[1], b[0]);
const distance = (a: Span, b: Span) => Math.max(0, gapAfter(a, b), gapAfter(b, a));

/**
 * How well an entry's dates fit an official event's (lower is closer), or
 * undefined when they cannot be the same event. An officer's `date` is the
 * end of fieldwork (or, often, the month of the report), so it must fall
 * between the start of fieldwork and publication, give or take the months
 * a report takes.
 */
export function entryDateScore(entry: Pick<EntryData, 'date' | 'start_date' | 'published'>, official: Pick<OfficialEntry, 'start_date' | 'published'>): number | undefined {
  let score = 0;
  let compared = 0;
  const o = {
    start: official.start_date ? span(official.start_date) : undefined,
    published: official.published ? span(official.published) : undefined,
  };
  const e = {
    date: entry.date ? span(entry.date) : undefined,
    start: entry.start_date ? span(entry.start_date) : undefined,
    published: entry.published ? span(entry.published) : undefined,
  };
  const ordered = (earlier: Span, later: Span, maxGap: number) => daysBetween(earlier[0], later[1]) >= 0 && gapAfter(earlier, later) <= maxGap;
  const checks: [Span | undefined, Span | undefined, (a: Span, b: Span) => number | undefined][] = [
    [e.start, o.start, (a, b) => (distance(a, b) <= SAME_DAY_TOLERANCE.start ? distance(a, b) : undefined)],
    [e.published, o.published, (a, b) => (distance(a, b) <= SAME_DAY_TOLERANCE.published ? distance(a, b) : undefined)],
    [e.date, o.start, (a, b) => (ordered(b, a, MAX_START_TO_END) ? 1 : undefined)],
    [e.date, o.published, (a, b) => (ordered(a, b, MAX_END_TO_PUBLISHED) ? 1 : undefined)],
    [e.start, o.published, (a, b) => (ordered(a, b, MAX_START_TO_PUBLISHED) ? 2 : undefined)],
    [e.published, o.start, (a, b) => (ordered(b, a, MAX_START_TO_PUBLISHED) ? 2 : undefined)],
  ];
  for (const [a, b, check] of checks) {
    if (!a || !b) continue;
    const s = check(a, b);
    if (s === undefined) return undefined;
    score += s;
    compared += 1;
  }
  return compared ? score : undefined;
}

const familyOf = (framework: string) => (framework.startsWith('ilacs') ? 'ilacs' : framework);

/**
 * Whether an existing entry is the official event, and how closely (lower
 * is closer): same kind (or inspection and short inspection), same
 * framework where the entry has one, consistent dates.
 */
export function matchScore(entry: EntryData, importerFile: boolean, official: OfficialEntry): number | undefined {
  if (entry.kind !== official.kind && !(KINDS[entry.kind].graded && KINDS[official.kind].graded)) return undefined;
  if (entry.framework && official.framework && entry.framework !== official.framework) {
    // A file the importer wrote may have been filed under ILACS before a later table dated it 2023.
    if (!importerFile || familyOf(entry.framework) !== familyOf(official.framework)) return undefined;
  }
  if (entry.framework && !official.framework) return undefined;
  const dates = entryDateScore(entry, official);
  if (dates === undefined) return undefined;
  // Areas judged tell apart two events of one kind on one day (SLAC re-inspections).
  const mine = Object.keys(entry.grades ?? {});
  const theirs = Object.keys(official.grades);
  const areaMismatch = importerFile ? mine.filter((a) => !theirs.includes(a)).length + theirs.filter((a) => !mine.includes(a)).length : 0;
  const kindMismatch = entry.kind === official.kind ? 0 : 5;
  return dates + areaMismatch * 0.25 + kindMismatch;
}

export interface EditContext {
  council: OfficialCouncil;
  themeIds: ReadonlySet<string>;
}

export interface EditResult {
  /** The new file text, when anything changed. */
  text?: string;
  /** What changed, for the summary: field names. */
  changed: string[];
  /** Officer's value kept where the official one differs: `field: message`. */
  conflicts: { field: string; message: string }[];
  /** Official facts not written and why: `field: message`. */
  notWritten: { field: string; message: string }[];
  unmappedThemes: string[];
}

/** A council's page of Ofsted reports as an entry's source: imported entries link to it, and drafts of letters are offered it. */
export function sourceFor(council: Pick<OfficialCouncil, 'ofsted_url' | 'short_name'>): { url: string; title: string } | undefined {
  return council.ofsted_url ? { url: council.ofsted_url, title: `Ofsted's reports for ${council.short_name}` } : undefined;
}

/** `imported` lists every table the facts came from, oldest edition first. */
export function importedValue(current: string | undefined, ids: string[]): string {
  const all = [...new Set([...importedIds(current), ...ids])];
  const edition = (id: string) => {
    const season = /(\d{4})-(\d{2})$/.exec(id);
    if (season && !/\d{4}-\d{2}-\d{2}$/.test(id)) return Number(season[1]) + 1;
    return Math.max(0, ...(id.match(/\d{4}/g) ?? []).map(Number));
  };
  return all.sort((a, b) => edition(a) - edition(b) || compareText(a, b)).join(', ');
}

/** start_date ≤ date ≤ published, as the contract requires. */
function fitsOrder(d: Pick<EntryData, 'date' | 'start_date' | 'published'>): boolean {
  return (
    (!d.start_date || !d.date || canPrecede(d.start_date, d.date)) &&
    (!d.start_date || !d.published || canPrecede(d.start_date, d.published)) &&
    (!d.date || !d.published || canPrecede(d.date, d.published))
  );
}

const gradeText = (g: Grade) => `${g} (${GRADE_INFO[g].label})`;

/** Applies an official entry to an existing entry file. */
export function editEntry(text: string, data: EntryData, official: OfficialEntry, ctx: EditContext): EditResult | { error: string } {
  const parts = splitFrontMatter(text);
  const doc = parts && parseEditable(parts.yaml);
  if (!parts || !doc) return { error: 'its front-matter could not be read for editing' };
  const owned = hasMarker(parts.yaml);
  const root = rootMap(doc);
  const result: EditResult = { changed: [], conflicts: [], notWritten: [], unmappedThemes: [] };
  const change = (field: string) => {
    if (!result.changed.includes(field)) result.changed.push(field);
  };
  const order = ENTRY_FIELD_NAMES;

  // Dates: never the one the file name is anchored on, never one that would move the anchor.
  const anchor: 'date' | 'published' | 'start_date' = data.date ? 'date' : data.published ? 'published' : 'start_date';
  const after = { ...data };
  for (const field of ['start_date', 'published'] as const) {
    const value = official[field];
    const current = data[field];
    if (!value || current === value) continue;
    if (current !== undefined) {
      const fits = dateBounds(current)[0] <= value && value <= dateBounds(current)[1];
      if (fits && current.length < value.length) continue; // the officer's month holds Ofsted's day
      if (!owned) {
        result.conflicts.push({ field, message: `the entry says ${current}, Ofsted's tables say ${value}; kept the entry's` });
      } else if (field === anchor) {
        result.notWritten.push({ field, message: `Ofsted's tables give ${value}, the file says ${current}; not changed, as the file name is anchored on it (rename the file by hand if Ofsted is right)` });
      } else if (!fitsOrder({ ...after, [field]: value })) {
        result.notWritten.push({ field, message: `Ofsted's tables give ${value}, which does not fit the entry's other dates; not changed` });
      } else {
        setIn(doc, root, field, value, order);
        after[field] = value;
        change(field);
      }
      continue;
    }
    if (timelineDate({ ...after, [field]: value }) !== timelineDate(data)) {
      result.notWritten.push({ field, message: `Ofsted's tables give ${value}; not added, as the file is named by its ${anchor} and adding it would rename the file` });
      continue;
    }
    if (!fitsOrder({ ...after, [field]: value })) {
      (owned ? result.notWritten : result.conflicts).push({ field, message: `Ofsted's tables give ${value}, which does not fit the entry's other dates; not added` });
      continue;
    }
    setIn(doc, root, field, value, order);
    after[field] = value;
    change(field);
  }

  // Framework and grades.
  const graded = KINDS[data.kind].graded;
  let framework = data.framework;
  if (graded && official.framework && framework !== official.framework) {
    if (!framework || owned) {
      setIn(doc, root, 'framework', official.framework, order);
      change('framework');
      if (framework && data.grades) {
        const areas = frameworkById(official.framework)!.areas.map((a) => a.id);
        const grades = mapAt(doc, 'grades', order);
        for (const area of Object.keys(data.grades)) if (!areas.includes(area) && !(area in official.grades)) removeIn(grades, area);
      }
      framework = official.framework;
    }
  }
  if (graded && framework === official.framework && Object.keys(official.grades).length) {
    const areaOrder = frameworkById(official.framework!)!.areas.map((a) => a.id);
    const current = data.grades ?? {};
    let grades: ReturnType<typeof mapAt> | undefined;
    for (const [area, grade] of Object.entries(official.grades)) {
      if (current[area] === grade) continue;
      if (current[area] !== undefined && !owned) {
        result.conflicts.push({
          field: `grades.${area}`,
          message: `the entry says ${gradeText(current[area])}, Ofsted's tables say ${gradeText(grade)} (${official.datasets.map((d) => d.id).join(', ')}); kept the entry's`,
        });
        continue;
      }
      grades ??= mapAt(doc, 'grades', order);
      setIn(doc, grades, area, grade, areaOrder);
      change('grades');
    }
  }

  // Source: the importer's own files follow the council's Ofsted page; an officer's source is theirs.
  const source = sourceFor(ctx.council);
  if (source) {
    if (!data.source) {
      setIn(doc, root, 'source', source, order);
      change('source');
    } else if (owned && (data.source.url !== source.url || data.source.title !== source.title)) {
      const node = mapAt(doc, 'source', order);
      setIn(doc, node, 'url', source.url, ['url', 'title']);
      setIn(doc, node, 'title', source.title, ['url', 'title']);
      change('source');
    }
  }

  // Themes: the officer's are kept, Ofsted's added.
  const themes = mapVisitThemes(official.themes, ctx.themeIds);
  result.unmappedThemes = themes.unmapped;
  const newThemes = themes.ids.filter((id) => !(data.themes ?? []).includes(id));
  if (newThemes.length) {
    appendTo(doc, 'themes', newThemes, order);
    change('themes');
  }

  const imported = importedValue(data.imported, official.datasets.map((d) => d.id));
  if (imported !== data.imported) {
    setIn(doc, root, 'imported', imported, order);
    change('imported');
  }

  if (data.kind !== official.kind) {
    result.conflicts.push({ field: 'kind', message: `the entry says ${data.kind}, Ofsted's tables say ${official.kind}; kept the entry's (the file name is anchored on it)` });
  }

  if (result.changed.length) {
    const yamlText = serialize(doc, parts.eol);
    result.text = `${parts.open}${yamlText}${parts.close}${parts.body}`;
    if (result.text === text) {
      result.text = undefined;
      result.changed = [];
    }
  }
  return result;
}

/** The text of a new entry file for an official entry. */
export function newEntryText(official: OfficialEntry, ctx: EditContext): { text: string; unmappedThemes: string[] } {
  const themes = mapVisitThemes(official.themes, ctx.themeIds);
  const source = sourceFor(ctx.council);
  const data: Record<string, unknown> = {
    title: entryTitle(official),
    kind: official.kind,
    ...(official.start_date ? { start_date: official.start_date } : {}),
    ...(official.published ? { published: official.published } : {}),
    body: 'ofsted',
    ...(official.framework ? { framework: official.framework } : {}),
    ...(Object.keys(official.grades).length ? { grades: official.grades } : {}),
    summary: entrySummary(official),
    ...(themes.ids.length ? { themes: themes.ids } : {}),
    ...(source ? { source } : {}),
    imported: importedValue(undefined, official.datasets.map((d) => d.id)),
  };
  const doc = newDocument(data, ['themes']);
  return {
    text: `---\n${ENTRY_MARKER_COMMENT}\n${serialize(doc, '\n')}---\n`,
    unmappedThemes: themes.unmapped,
  };
}

// ---------------------------------------------------------------------------
// Councils

const COUNCIL_OWNED = ['gss_code', 'type', 'region', 'ofsted_url', 'abolished', 'successors', 'predecessors'] as const;

function councilValues(c: OfficialCouncil): Partial<Record<(typeof COUNCIL_OWNED)[number], string | string[]>> {
  const out: Partial<Record<(typeof COUNCIL_OWNED)[number], string | string[]>> = {};
  for (const key of COUNCIL_OWNED) {
    const value = c[key];
    if (value !== undefined && !(Array.isArray(value) && !value.length)) out[key] = value;
  }
  return out;
}

export function newCouncilText(c: OfficialCouncil): string {
  const doc = newDocument({ name: c.name, short_name: c.short_name, ...councilValues(c) }, ['successors', 'predecessors']);
  return `${COUNCIL_MARKER_COMMENT}\n${serialize(doc, '\n')}`;
}

/** Same page in Ofsted's two numbering schemes, or http/https and a trailing slash apart. */
export type SameLink = (a: string, b: string) => boolean;

export function editCouncil(text: string, data: CouncilData, c: OfficialCouncil, sameLink: SameLink): EditResult | { error: string } {
  const doc = parseEditable(text);
  if (!doc) return { error: 'it could not be read for editing' };
  const owned = hasMarker(text);
  const root = rootMap(doc);
  const result: EditResult = { changed: [], conflicts: [], notWritten: [], unmappedThemes: [] };
  for (const [key, value] of Object.entries(councilValues(c)) as [(typeof COUNCIL_OWNED)[number], string | string[]][]) {
    const current = data[key];
    if (Array.isArray(value)) {
      const list = (current as string[] | undefined) ?? [];
      const missing = value.filter((id) => !list.includes(id));
      if (missing.length) {
        appendTo(doc, key, missing, COUNCIL_FIELD_NAMES);
        result.changed.push(key);
      }
      continue;
    }
    if (current === value) continue;
    if (key === 'ofsted_url' && typeof current === 'string' && sameLink(current, value)) continue;
    if (current === undefined || owned) {
      setIn(doc, root, key, value, COUNCIL_FIELD_NAMES);
      result.changed.push(key);
    } else {
      result.conflicts.push({ field: key, message: `the file says ${String(current)}, Ofsted's tables say ${value}; kept the file's` });
    }
  }
  if (result.changed.length) {
    const out = serialize(doc, text.includes('\r\n') ? '\r\n' : '\n');
    if (out !== text) result.text = out;
    else result.changed = [];
  }
  return result;
}
