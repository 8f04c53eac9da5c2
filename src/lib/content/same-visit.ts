/**
 * One inspection or visit entered twice: the rule that tells two entries of
 * a council are the same event, and the check's problem for each copy.
 */
import { addDays, dateBounds } from '../dates.ts';
import { KINDS } from '../vocabulary.ts';
import type { Problem } from './problems.ts';
import type { FieldPath } from './read.ts';
import type { EntryData } from './schema.ts';

/** What the check knows of an entry, even one with problems (validate.ts's EntryRefs). */
interface VisitEntry {
  id: string;
  council: string;
  file: string;
  data?: Partial<EntryData>;
}

/** Kinds of which a council has one at a time: two with the same or overlapping dates are one event written twice. */
const ONE_AT_A_TIME = new Set<string>(['inspection', 'short-inspection', 'focused-visit', 'monitoring-visit', 'jtai', 'annual-engagement', 'deep-dive', 'peer-review']);

export type VisitFields = Pick<Partial<EntryData>, 'kind' | 'date' | 'start_date' | 'published' | 'grades' | 'draft'>;

/** Whether an entry is a published visit of a kind that happens once on its dates: the only entries sameVisit compares. */
const oneOffVisit = (visit: VisitFields) => Boolean(visit.kind && ONE_AT_A_TIME.has(visit.kind) && !visit.draft);

/**
 * Whether two entries of one council are the same inspection or visit added
 * twice, say once by the import (named by its publication date) and once by
 * hand (named by its last day): the same kind, a shared first day, last day
 * or publication date (or one's date between the other's first day and
 * publication), and no different areas graded (a SLAC re-inspection
 * of safeguarding and one of looked after children could be published the
 * same day). Drafts are not compared: one may sit beside the entry it will
 * be merged into (npm run import says so); it is checked once published.
 * Gives the field of `entry` to point at, and why, to follow "which".
 */
export function sameVisit(entry: VisitFields, other: VisitFields): { field: 'start_date' | 'date' | 'published'; why: string } | undefined {
  if (entry.kind !== other.kind || !oneOffVisit(entry) || !oneOffVisit(other)) return undefined;
  const areas = [Object.keys(entry.grades ?? {}), Object.keys(other.grades ?? {})];
  if (areas[0].length && areas[1].length && !areas[0].some((area) => areas[1].includes(area))) return undefined;
  for (const field of ['start_date', 'date', 'published'] as const) {
    if (entry[field] && entry[field] === other[field]) return { field, why: `has the same ${field} ${entry[field]}` };
  }
  // An officer often gives only the date taken from the letter, where the import gives the visit's first day and publication.
  if (within(entry.date, other)) return { field: 'date', why: `has start_date ${other.start_date} and ${describeEnd(other)}, either side of date ${entry.date}` };
  if (within(other.date, entry)) return { field: 'start_date', why: `has date ${other.date}, between start_date ${entry.start_date} and ${describeEnd(entry)}` };
  return undefined;
}

/**
 * How long after a visit's first day its letter may be published, for a visit
 * whose entry gives no publication date (the import gives only the first day
 * of 60 in-year visits). In Ofsted's tables, letters of monitoring visits came
 * 30–59 days after the first day and of most focused visits 23–79; a
 * council's monitoring visits were at least 77 days apart.
 */
const LETTER_WITHIN_DAYS = 60;

/** How sameVisit's messages name the end of a visit's span: its publication, else LETTER_WITHIN_DAYS after its first day. */
function describeEnd(visit: VisitFields): string {
  return visit.published ? `published ${visit.published}` : `no publication date (taken as up to ${LETTER_WITHIN_DAYS} days after the first day)`;
}

/** Whether `date` lies from a visit's first day to its publication (or LETTER_WITHIN_DAYS later), both included; a month only if wholly inside, so the next visit weeks later is not taken for this one. */
function within(date: string | undefined, visit: VisitFields): boolean {
  if (!date || !visit.start_date) return false;
  const [first, last] = dateBounds(date);
  const end = visit.published ? dateBounds(visit.published)[1] : addDays(visit.start_date, LETTER_WITHIN_DAYS);
  return dateBounds(visit.start_date)[0] <= first && last <= end;
}

/**
 * Reports each entry that repeats another's visit once, naming the other.
 * Of the two, the one written by hand is reported when the other was
 * imported: the officer's file is the new copy, and the imported one is
 * what a re-import keeps up to date. Otherwise the later file name is, so
 * the same file is reported whatever order files are read in, and a `-2`
 * (npm run new's name for a second file on one date) is the copy.
 */
export async function sameEvents(entries: VisitEntry[], lineIn: (file: string, p: FieldPath) => Promise<number>): Promise<Problem[]> {
  const problems: Problem[] = [];
  // Only entries sameVisit can match are paired: a council's many papers and minutes never are.
  const groups = new Map<string, VisitEntry[]>();
  for (const entry of [...entries].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (!entry.data || !oneOffVisit(entry.data)) continue;
    const key = `${entry.council}|${entry.data.kind}`;
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  const reported = new Set<VisitEntry>();
  for (const group of groups.values()) {
    for (const [i, earlier] of group.entries()) {
      for (const later of group.slice(i + 1)) {
        const [copy, kept] = earlier.data?.imported || !later.data?.imported ? [later, earlier] : [earlier, later];
        const same = !reported.has(copy) && sameVisit(copy.data ?? {}, kept.data ?? {});
        if (!same) continue;
        reported.add(copy);
        const noun = KINDS[copy.data!.kind!].noun;
        const todo = kept.data?.imported && !copy.data?.imported ? `move what you wrote into ${kept.id}.md (a re-import never changes its title, summary or text) and delete this file` : 'keep one file, and put what you know in it';
        problems.push({
          file: copy.file,
          line: await lineIn(copy.file, [same.field]),
          field: same.field,
          message: `looks like the same ${noun} as ${kept.id}.md, which ${same.why} (allowed: one entry for each ${noun}; ${todo})`,
        });
      }
    }
  }
  return problems;
}
