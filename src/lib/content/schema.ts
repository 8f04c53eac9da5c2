/**
 * The content contract (docs/CONTENT-MODEL.md) as zod schemas: one module
 * used by Astro's content collections and by every script. Messages are
 * written for officers: each says what is wrong and what is allowed.
 * Rules that need other files (theme ids, related ids, folders, file names)
 * are in validate.ts, which runs these schemas first.
 */
import * as z from 'zod';
import { gradeHint } from './grade-hint.ts';
import { looksLikeHost } from './host-name.ts';
import { suggestion } from './problems.ts';
import { listPhrase } from '../list-phrase.ts';
import { canPrecede, dateBounds, dateRange, formatDate, parseCalendarDate, today } from '../dates.ts';
import {
  BODIES,
  BODY_IDS,
  COUNCIL_TYPE_IDS,
  FRAMEWORKS,
  FRAMEWORK_IDS,
  GRADES,
  KIND_IDS,
  KINDS,
  frameworkById,
  type Body,
  type Kind,
} from '../vocabulary.ts';

const list = (values: readonly string[]) => values.join(', ');

/** Ids of councils and themes: lower case words joined by hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** An entry id: `<council>/<date>-<kind>[-<n>]`, the entry's path without `.md`. */
export const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\/\d{4}-\d{2}(?:-\d{2})?-[a-z]+(?:-[a-z]+)*(?:-\d+)?$/;

/** "must be text", saying why when YAML read a value starting with [ or { as a list or a map. */
const notText = (what: string, input: unknown) =>
  input === null
    ? `is empty (allowed: ${what})`
    : typeof input === 'object'
      ? `must be text (${what}), but a value starting with [ or { is read as a list (allowed: the whole value in double quotes, like this: ${Array.isArray(input) ? `"[${input.join(', ')}]"` : '"{Draft} Monitoring visit"'})`
      : typeof input === 'number' || typeof input === 'boolean'
        ? `must be text (${what}), but YAML reads ${String(input)} as a ${typeof input === 'number' ? 'number' : 'yes/no value'} (allowed: the value in double quotes, like this: "${String(input)}")`
        : `must be text (${what})`;

/**
 * Characters nobody types, which come in with pasted text or an escape in
 * double quotes: control characters (other than tab and line breaks) make
 * the feeds' XML unreadable, direction overrides reorder the words around
 * them, and half of a character pair or a non-character shows as nothing.
 */
const UNSEEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The message for text holding one of UNSEEN's characters, by its code. */
export function unseenCharacter(text: string): string | undefined {
  const found = UNSEEN.exec(text)?.[0];
  if (found === undefined) return undefined;
  const code = `U+${found.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  const what = /[\u202A-\u202E\u2066-\u2069]/.test(found) ? 'a direction override' : /[\uD800-\uDFFF\uFFFE\uFFFF]/.test(found) ? 'a broken character' : 'a control character';
  return `holds ${what} (${code}) that cannot be seen, usually pasted in from another program (allowed: text you can see; delete the character, or type the words again)`;
}

/** Text of a field: trimmed, not empty, with no character that cannot be seen. */
const text = (schema: z.ZodString, what: string) =>
  schema
    .trim()
    .min(1, { error: `must not be empty (${what})` })
    .refine((value) => !UNSEEN.test(value), { error: (iss) => unseenCharacter(String(iss.input)) });

const requiredText = (what: string) =>
  text(z.string({ error: (iss) => (iss.input === undefined ? `is required (allowed: ${what})` : notText(what, iss.input)) }), what);

const optionalText = (what: string) => text(z.string({ error: (iss) => notText(what, iss.input) }), what);

/**
 * One of `values`; `hint` says which was meant by a value that is not one
 * (by default, the value nearest it).
 */
const choice = <T extends string>(values: readonly T[], what: string, hint: (text: string) => string = (text) => suggestion(text, values)) =>
  z.enum(values as [T, ...T[]], {
    error: (iss) => {
      if (iss.input === undefined) return `is required (allowed: ${list(values)})`;
      // `children-in-care:` with nothing after it is YAML's null: say it is empty, not "'null' is not …".
      if (iss.input === null || String(iss.input).trim() === '') return `is empty (allowed: ${list(values)})`;
      // `kind: [monitoring-visit]`, written like the lists of themes.
      if (Array.isArray(iss.input)) {
        const [only] = iss.input;
        const meant = iss.input.length === 1 && values.includes(only) ? `, like this: ${only}` : '';
        return `is written as a list, in square brackets, but takes one value: write it without the brackets${meant} (allowed: ${list(values)})`;
      }
      const text = String(iss.input);
      return `'${text}' is not ${what}${hint(text)} (allowed: ${list(values)})`;
    },
  });

/** A yes or no written otherwise: "true" in quotes (which YAML reads as text), or yes, no, 1, 0. */
function notTrueOrFalse(input: unknown): string {
  const text = String(input).trim().toLowerCase();
  if (typeof input === 'string' && (text === 'true' || text === 'false')) {
    return `is written in quotes, which makes it text (allowed: true, or false, without quotes, like this: draft: ${text})`;
  }
  const meant = ['yes', 'y', 'on', '1'].includes(text) ? 'true' : ['no', 'n', 'off', '0'].includes(text) ? 'false' : undefined;
  return `'${String(input)}' is not true or false${meant ? ` (did you mean ${meant}?)` : ''} (allowed: true, or false)`;
}

/** A body written as the name the site shows for it ("Department for Education"), or as the Local Government Association, which runs peer reviews. */
const BODY_NAMES: Record<string, Body> = {
  ...Object.fromEntries(BODY_IDS.map((id) => [BODIES[id].toLowerCase(), id])),
  lga: 'peer',
  'local government association': 'peer',
  'peer review': 'peer',
};

/** The hint for a body written as an organisation's name, else for the id nearest it. */
function bodyMeant(text: string): string {
  const meant = BODY_NAMES[text.trim().toLowerCase()];
  return meant ? ` (did you mean ${meant}?)` : suggestion(text, BODY_IDS);
}

/** The hint for a value written as the name the site shows for an id ("Monitoring visit"), else for the id nearest it. */
const byLabel = <T extends string>(values: readonly T[], info: Record<T, { label: string }>) => {
  const labels = new Map((Object.entries(info) as [T, { label: string }][]).map(([id, i]) => [i.label.toLowerCase(), id]));
  return (text: string) => {
    const id = labels.get(text.trim().toLowerCase());
    return id ? ` (did you mean ${id}?)` : suggestion(text, values);
  };
};

/**
 * A date field. `asRange`, where given, words the problem of two dates
 * written in it as a letter gives a visit's ("20-22 July 2022"), which it
 * receives as the value and its first and last day.
 */
const calendarDateWith = (asRange?: (value: string, first: string, last: string) => string) =>
  z
    .string({
      error: (iss) =>
        iss.input instanceof Date || typeof iss.input === 'number'
          ? 'must be written as YYYY-MM-DD or YYYY-MM (allowed: a calendar date such as 2018-08-01, or a month such as 2018-08)'
          : 'must be a date (allowed: YYYY-MM-DD or YYYY-MM)',
    })
    .superRefine((value, ctx) => {
      const result = parseCalendarDate(value);
      if (!('error' in result)) return;
      const range = asRange && dateRange(value);
      ctx.addIssue({
        code: 'custom',
        message: range ? asRange(value, ...range) : `${result.error} (allowed: YYYY-MM-DD, a real calendar date, or YYYY-MM)`,
      });
    });

const calendarDate = calendarDateWith();

/** A visit's first or last day: given the range its letter gives, it is told the field for each end. */
const visitDay = (field: 'start_date' | 'date', which: 'first' | 'last') =>
  calendarDateWith(
    (value, first, last) =>
      `'${value}' is two dates, but ${field} holds one: the ${which} day of the visit (allowed: the first day in start_date and the last day in date, each on a line of its own, like this: start_date: ${first} and date: ${last})`,
  );

const WEB_ADDRESS = /^https?:\/\/[^\s/\u0000-\u001F\u007F-\u009F]+\.[^\s\u0000-\u001F\u007F-\u009F]+$/i;

/**
 * " (did you mean https://…?)" for an address written without its https://
 * (`www.…`, or a domain and a path, as a browser's address bar shows it), or
 * as it is written in the text, as a Markdown link or between < and >.
 */
function meantWebAddress(value: string): string {
  const written = value.trim();
  const wrapped = /^<(\S+)>$/.exec(written) ?? /^\[[^\]]*\]\((\S+)\)$/.exec(written);
  const bare = /^www\./i.test(written) || (/[/?#]/.test(written) && looksLikeHost(written)) ? `https://${written}` : undefined;
  const meant = wrapped?.[1] ?? bare;
  return meant && WEB_ADDRESS.test(meant) ? ` (did you mean ${meant}?)` : '';
}

const webUrl = (what: string) =>
  z
    .string({ error: `must be a web address (${what})` })
    .refine((value) => WEB_ADDRESS.test(value), {
      error: (iss) => `'${String(iss.input)}' is not a web address${meantWebAddress(String(iss.input))} (allowed: an address starting https:// or http://)`,
    });

/** "Care Leavers" → " (did you mean care-leavers?)": the id it was most likely meant to be, if any. */
const asSlug = (value: string) => {
  const slugged = value.trim().toLowerCase().replace(/[\s_]+/g, '-');
  return SLUG.test(slugged) ? ` (did you mean ${slugged}?)` : '';
};

const slug = (what: string) =>
  z.string({ error: `must be ${what}` }).regex(SLUG, {
    error: (iss) => `'${String(iss.input)}' is not ${what}${asSlug(String(iss.input))} (allowed: lower-case words joined by hyphens)`,
  });

/** The folder and name of an entry file, without its .md. */
const ENTRY_FILE_ID = /^\d{4}-\d{2}(?:-\d{2})?-[a-z]+(?:-[a-z]+)*(?:-\d+)?$/;

/**
 * " (did you mean reading/2018-08-01-monitoring-visit?)" for an entry written
 * as its file (`reading/….md`, `content/entries/reading/…`) or its page's
 * address (`https://…/councils/reading/…/`), as an officer sees them; for a
 * file name alone, that its council's folder goes before it.
 */
function meantEntryId(value: string): string {
  const segments = value.trim().replace(/(?:\.md|\/)$/i, '').split('/');
  const id = segments.slice(-2).join('/');
  if (segments.length > 1 && ENTRY_ID.test(id)) return ` (did you mean ${id}?)`;
  return ENTRY_FILE_ID.test(id) ? ` (write the folder of its council before it: <council>/${id})` : '';
}

const entryId = z.string({ error: 'must be an entry id' }).regex(ENTRY_ID, {
  error: (iss) =>
    `'${String(iss.input)}' is not an entry id${meantEntryId(String(iss.input))} (allowed: <council>/<file name without .md>, e.g. reading/2018-08-01-monitoring-visit)`,
});

/**
 * A list: one value written without brackets gets the way to write it as a
 * list. `joined` finds the words that join several values in a sentence
 * ("Jane Smith and Ali Khan"), so each becomes an item of its own.
 */
const listOf = <T extends z.ZodType>(item: T, what: string, joined?: RegExp) =>
  z.array(item, {
    error: (iss) =>
      iss.input === undefined
        ? `is required (allowed: a list of ${what})`
        : typeof iss.input === 'string'
          ? `must be a list of ${what}, even of one (write it in square brackets, [${(joined ? iss.input.split(joined) : [iss.input]).join(', ')}], or as a line starting "- " under the field)`
          : `must be a list of ${what} (allowed: [first, second], or a line starting "- " for each)`,
  });

const textList = (one: string, many: string, joined?: RegExp) => listOf(optionalText(one), many, joined);

/** The "and" or "&" between the last two names in a letter's list of inspectors (not between a phrase's words). */
const AND_BETWEEN_NAMES = /\s*,?\s+(?:and|&)\s+/i;

/** A summary is shown in lists and feeds: the longest in the content is 249 characters. */
export const SUMMARY_MAX = 400;
/** A title is a page's heading and a link in every list: the longest in the content is 96 characters. */
export const TITLE_MAX = 150;

/** The area to show in an example line under grades: the framework's headline, else its first. */
const exampleArea = (frameworkId?: string) => {
  const framework = frameworkId ? frameworkById(frameworkId) : undefined;
  return framework ? (framework.headline ?? framework.areas[0].id) : 'overall';
};

/** What is wrong with a `grades:` that is not judgement areas with their grades, by what was written there. */
function gradesShapeError(input: unknown, frameworkId?: string): string {
  const area = exampleArea(frameworkId);
  if (Array.isArray(input)) {
    return 'is written as a list, with "- " before a judgement area (allowed: one judgement area: grade pair per line under grades:, indented by two spaces, with no "- ")';
  }
  if (input === null) {
    return `has no judgement areas under it (allowed: a line for each judgement area and its grade under grades:, indented by two spaces, like this:   ${area}: good)`;
  }
  if (typeof input === 'string' || typeof input === 'number') {
    const grade = (GRADES as readonly unknown[]).includes(input) ? String(input) : 'good';
    return `holds '${String(input)}', but each grade goes on a line of its own after its judgement area (allowed: grades: on a line of its own, then a line for each judgement area and its grade, indented by two spaces, like this:   ${area}: ${grade})`;
  }
  return `must be a list of judgement area: grade pairs (allowed: a line for each judgement area and its grade under grades:, indented by two spaces, like this:   ${area}: good)`;
}

/**
 * Judgement area → grade, with the hint for a grade written in words
 * worded for the entry's framework: "adequate" was a grade only until 2013.
 */
export const gradesFor = (frameworkId?: string) =>
  z
    .record(z.string(), choice(GRADES, 'a grade', (text) => gradeHint(text, frameworkId)), {
      error: (iss) => gradesShapeError(iss.input, frameworkId),
    })
    .optional();

const AREA_IDS = new Set(FRAMEWORKS.flatMap((f) => f.areas.map((a) => a.id)));
const GRADED_KINDS = KIND_IDS.filter((id) => KINDS[id].graded);

/**
 * What is wrong with a field an entry does not have that is a judgement
 * area (`overall: good` on a line of its own, or not indented under
 * `grades:`), with the line to write, or that `kind` is not graded;
 * undefined for any other field.
 */
export function areaOutsideGrades(key: string, value: unknown, kind: unknown): string | undefined {
  const area = key.trim().toLowerCase();
  if (!AREA_IDS.has(area)) return undefined;
  if ((KIND_IDS as unknown[]).includes(kind) && !KINDS[kind as Kind].graded) {
    return `'${key}' is a judgement area, but a ${String(kind)} is not graded (allowed: grades only on ${list(GRADED_KINDS)}; delete this line)`;
  }
  const written = typeof value === 'string' ? value.trim().toLowerCase() : '';
  const grade = (GRADES as readonly string[]).includes(written) ? written : '<grade>';
  return `'${key}' is a judgement area, so it goes under grades: (allowed: grades: on a line of its own, then a line for each judgement area and its grade, indented by two spaces, like this:   ${area}: ${grade})`;
}

/**
 * `url:` (or a `title:` after it) written at the margin under `source:`, which
 * YAML then reads as the entry's own field: said on its line, with the line
 * indented as it should be.
 */
export function sourceFieldOutside(key: string, value: unknown, source: unknown): string | undefined {
  if (key !== 'url' || (source !== undefined && source !== null)) return undefined;
  return `'url' is a field of source:, so it goes under it (allowed: source: on a line of its own, then url: and an optional title: under it, each indented by two spaces, like this:   url: ${typeof value === 'string' ? value : 'https://…'})`;
}

/** Names a spreadsheet or another site might give an entry's council. */
const COUNCIL_KEYS = new Set(['council', 'local_authority', 'local authority', 'authority', 'la']);

/**
 * A `council:` line in an entry: the council is the folder the file is in, so
 * the line is told that, and how to file the entry under another council.
 * `folder`: the council folder the file is in.
 */
export function councilAsField(key: string, folder: string): string | undefined {
  if (!COUNCIL_KEYS.has(key.trim().toLowerCase())) return undefined;
  return `an entry's council is the folder it is in, entries/${folder}/, not a field (allowed: delete this line; an entry for another council goes in that council's folder)`;
}

/** Front-matter of an entry file, field by field. */
export const entryFields = {
  /** Short human title: "Monitoring visit 7: care leavers". */
  title: requiredText('a short title').max(TITLE_MAX, {
    error: (iss) => `is ${String(iss.input).length} characters long (allowed: a short title, up to ${TITLE_MAX} characters; the summary and the text below the front-matter hold the rest)`,
  }),
  /** What kind of event this is. */
  kind: choice(KIND_IDS, 'a kind', byLabel(KIND_IDS, KINDS)),
  /** The event's date: last day of a visit, date of a meeting or paper. */
  date: visitDay('date', 'last').optional(),
  /** First day of a multi-day visit. */
  start_date: visitDay('start_date', 'first').optional(),
  /** When the letter or report was published. */
  published: calendarDate.optional(),
  /** Who carried it out or wrote it. */
  body: choice(BODY_IDS, 'a body', bodyMeant),
  /** The framework whose judgement areas `grades` uses. */
  framework: choice(FRAMEWORK_IDS, 'a framework').optional(),
  /** Judgement area → grade; only for graded kinds. */
  grades: gradesFor(),
  /** One or two plain sentences for timelines, search results and feeds. */
  summary: requiredText(`one or two plain sentences, up to ${SUMMARY_MAX} characters`).max(SUMMARY_MAX, {
    error: (iss) => `is ${String(iss.input).length} characters long (allowed: one or two sentences, up to ${SUMMARY_MAX} characters; the text below the front-matter holds the rest)`,
  }),
  /** Theme ids the officer asserts; checked against content/themes.yaml (validate.ts), which can tell an id meant from its label. */
  themes: listOf(z.string({ error: 'must be a theme id' }), 'theme ids').optional(),
  /** Theme ids the build must not add from this entry's text: a phrase found where the entry is not about it (a job title). */
  ignore_themes: listOf(z.string({ error: 'must be a theme id' }), 'theme ids').optional(),
  /** The original document. */
  source: z
    .strictObject(
      { url: webUrl('the original document'), title: optionalText('the document title').optional() },
      {
        error: (iss) =>
          typeof iss.input === 'string'
            ? 'must have its address on a line of its own under it (allowed: source: on one line, then   url: https://… indented by two spaces, and optionally   title: …)'
            : 'must have a url (and optionally a title)',
      },
    )
    .optional(),
  /** Inspectors' names as printed in the letter. */
  inspectors: textList('a name as printed in the letter', 'names as printed in the letter', AND_BETWEEN_NAMES).optional(),
  /** Ordinal of a monitoring visit. */
  visit_number: z
    .int({ error: 'must be a whole number (the 7th monitoring visit is 7)' })
    .positive({ error: 'must be 1 or more' })
    .optional(),
  /** Entries this one reports on. */
  related: listOf(entryId, 'entry ids').optional(),
  /** `true` keeps the entry out of the published build. */
  draft: z.boolean({ error: (iss) => notTrueOrFalse(iss.input) }).optional(),
  /** Set by import scripts: where the facts came from. */
  imported: optionalText('the dataset id').optional(),
};

export const ENTRY_FIELD_NAMES = Object.keys(entryFields);

export interface RuleIssue {
  path: [field: string, ...rest: (string | number)[]];
  message: string;
  /** Where in the file to point, when the field itself is absent (e.g. a missing framework, at `grades`). */
  at?: string[];
  /** About the finished entry only: while `npm run new` still has questions to ask, one of them may answer it. */
  whenComplete?: boolean;
}

/**
 * Rules that relate one field of an entry to another. `entry` holds the
 * fields that are valid on their own and `raw` the front-matter as written,
 * so these rules still run, and report, when some other field is wrong.
 */
export function entryRules(entry: Partial<EntryData>, raw: Record<string, unknown>): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const issue = (path: RuleIssue['path'], message: string, more: Pick<RuleIssue, 'at' | 'whenComplete'> = {}) => issues.push({ path, message, ...more });

  if (raw.date === undefined && raw.published === undefined && raw.start_date === undefined) {
    issue(['date'], 'is required unless published or start_date is given (allowed: YYYY-MM-DD or YYYY-MM)', { whenComplete: true });
  }
  if (entry.start_date && entry.date && !canPrecede(entry.start_date, entry.date)) {
    issue(['start_date'], `${entry.start_date} is after date ${entry.date} (allowed: on or before date)`);
  }
  if (entry.start_date && entry.published && !canPrecede(entry.start_date, entry.published)) {
    issue(['published'], `${entry.published} is before start_date ${entry.start_date} (allowed: on or after start_date)`);
  }
  if (entry.date && entry.published && !canPrecede(entry.date, entry.published)) {
    issue(['published'], `${entry.published} is before date ${entry.date} (allowed: on or after date)`);
  }
  // A typo in the year would otherwise move the national figures to that year.
  // Only a committee paper may be dated by a meeting still to come.
  const now = today();
  for (const field of ['date', 'start_date', 'published'] as const) {
    const value = entry[field];
    if (!value || dateBounds(value)[0] <= now || (field === 'date' && entry.kind === 'committee-paper')) continue;
    issue([field], `${value} is after today, ${formatDate(now)} (allowed: a date that has come; check the year)`);
  }
  if (entry.visit_number !== undefined && entry.kind && entry.kind !== 'monitoring-visit') {
    issue(['visit_number'], `only monitoring visits are numbered (this is a ${entry.kind})`);
  }

  for (const [i, id] of (entry.ignore_themes ?? []).entries()) {
    if (entry.themes?.includes(id)) issue(['ignore_themes', i], `'${id}' is also listed in themes (allowed: a theme the entry is about in themes, or one it is not about in ignore_themes, not both)`);
  }

  if (raw.grades === undefined || !entry.kind) return issues;
  if (!KINDS[entry.kind].graded) {
    issue(['grades'], `a ${entry.kind} is not graded (allowed: grades only on ${list(GRADED_KINDS)})`);
    return issues;
  }
  const began = entry.start_date ?? entry.date ?? entry.published;
  if (raw.framework === undefined) {
    // The framework in use when the inspection began is almost always the one meant: say which it is.
    const then = began ? FRAMEWORKS.filter((f) => inUse(f, began)).map((f) => f.id) : [];
    const meant = then.length ? `; in use when this inspection began (${formatDate(began!)}): ${listPhrase(then, 'or')}${then.length === 1 ? `, written on a line of its own: framework: ${then[0]}` : ''}` : '';
    issue(['framework'], `is required with grades (allowed: ${list(FRAMEWORK_IDS)}${meant})`, { at: ['grades'] });
    return issues;
  }
  const framework = entry.framework ? frameworkById(entry.framework) : undefined;
  if (framework && began && !inUse(framework, began)) {
    const then = FRAMEWORKS.filter((f) => inUse(f, began)).map((f) => f.id);
    issue(
      ['framework'],
      `${framework.id} was in use from ${formatDate(framework.starts)} to ${framework.years[1] ?? 'now'}, and this inspection began ${formatDate(began)} (allowed then: ${then.length ? list(then) : 'none'}; check the framework and the dates)`,
    );
    // The areas are checked against the right framework once it is chosen, not reported twice over.
    return issues;
  }
  if (framework && raw.grades && typeof raw.grades === 'object' && !Array.isArray(raw.grades)) {
    const areas = framework.areas.map((a) => a.id);
    for (const areaId of Object.keys(raw.grades)) {
      if (!areas.includes(areaId)) {
        issue(['grades', areaId], `'${areaId}' is not a judgement area of ${framework.id} (allowed: ${list(areas)})`);
      }
    }
    // The council's headline grade and the national figures come from this one area: without it the inspection would not count.
    const headline = framework.headline;
    if (headline && !(headline in raw.grades)) {
      const label = framework.areas.find((a) => a.id === headline)?.label ?? headline;
      issue(['grades'], `has no ${headline} grade (allowed: every ${framework.id} inspection grades ${label.toLowerCase()}; add a line under grades:   ${headline}: <grade>)`, { whenComplete: true });
    }
  }
  return issues;
}

/** Whether an inspection that began on `date` can have been under `framework`. */
function inUse(framework: (typeof FRAMEWORKS)[number], date: string): boolean {
  const [first] = dateBounds(date);
  const last = framework.years[1];
  return first.slice(0, 7) >= framework.starts && (last === null || Number(first.slice(0, 4)) <= last);
}

/**
 * Where an entry sits on the timeline, and the date its file is named by:
 * the event's date, else its publication, else the first day of the visit.
 */
export function timelineDate(entry: Pick<EntryData, 'date' | 'published' | 'start_date'>): string {
  return (entry.date ?? entry.published ?? entry.start_date)!;
}

/** The entry front-matter on its own, without the rules between fields. */
export const entryObject = z.strictObject(entryFields);

const OBJECT_BY_FRAMEWORK = new Map(FRAMEWORK_IDS.map((id) => [id, z.strictObject({ ...entryFields, grades: gradesFor(id) })]));

/** entryObject, its grades' hints worded for the framework the front-matter names (when it names one). */
export const entryObjectFor = (framework: unknown) => (typeof framework === 'string' && OBJECT_BY_FRAMEWORK.get(framework)) || entryObject;

export type EntryData = z.infer<typeof entryObject>;

/** The whole contract for one entry: fields and the rules between them. */
export const entrySchema = entryObject.superRefine((entry, ctx) => {
  for (const { path, message } of entryRules(entry, entry)) ctx.addIssue({ code: 'custom', path, message });
});

/** An ONS (GSS) code: a letter and 8 digits. */
const onsCode = (what: string) =>
  z
    .string({ error: (iss) => (iss.input === undefined ? `is required (allowed: ${what}, a letter and 8 digits)` : 'must be an ONS code') })
    .regex(/^[EWSN]\d{8}$/, {
      error: (iss) => `'${String(iss.input)}' is not an ONS code (allowed: a letter and 8 digits, e.g. E06000038)`,
    });

/** The day a council's former ONS code gave way to the next: a code changes on one day, so a month is not enough. */
const codeChangeDay = z
  .string({ error: (iss) => (iss.input === undefined ? 'is required (allowed: the day the next code took effect, YYYY-MM-DD)' : 'must be a date (allowed: YYYY-MM-DD)') })
  .superRefine((value, ctx) => {
    const result = parseCalendarDate(value);
    if ('error' in result) ctx.addIssue({ code: 'custom', message: `${result.error} (allowed: the day the next code took effect, YYYY-MM-DD)` });
    else if (result.day === undefined) ctx.addIssue({ code: 'custom', message: `'${value}' is a month (allowed: the day the next code took effect, YYYY-MM-DD, e.g. ${value}-01)` });
  });

/** How a former code is written, for the messages about the list's shape. */
const FORMER_CODE_LINES = 'for each code a line "- gss_code: <the code>", then "until: <the day the next code took effect>" under it, lined up with gss_code';

const formerCodeSchema = z.strictObject(
  { gss_code: onsCode('the code the council had before'), until: codeChangeDay },
  { error: `must be a code and the day it ended (allowed: ${FORMER_CODE_LINES})` },
);

const periodSchema = z.strictObject(
  {
    name: requiredText('who delivered the service'),
    from: calendarDate,
    to: calendarDate.optional(),
  },
  { error: 'must be a list of name / from / to' },
);

export const councilFields = {
  /** Full name: "Reading Borough Council". */
  name: requiredText('the full name'),
  /** Used in titles and charts: "Reading". */
  short_name: requiredText('the short name used in titles'),
  /** ONS code in force now: a letter and 8 digits. */
  gss_code: onsCode('the ONS code in force now').optional(),
  type: choice(COUNCIL_TYPE_IDS, 'a council type'),
  region: optionalText('the region').optional(),
  website: webUrl("the council's website").optional(),
  ofsted_url: webUrl("Ofsted's page for the council").optional(),
  /** Periods when another body ran the service. */
  delivered_by: z.array(periodSchema, { error: 'must be a list' }).optional(),
  abolished: calendarDate.optional(),
  successors: listOf(slug('a council id'), 'council ids').optional(),
  predecessors: listOf(slug('a council id'), 'council ids').optional(),
  /**
   * Codes the council had before, oldest first, each until the day the next
   * took effect: a council reorganised under its old name (North Yorkshire
   * in 2023) got a new code, and open data gives each entry the code of its date.
   */
  former_gss_codes: z.array(formerCodeSchema, { error: `must be a list (allowed: ${FORMER_CODE_LINES})` }).optional(),
};

export const councilSchema = z
  .strictObject(councilFields, { error: 'must be a list of field: value lines (allowed: name, short_name, type and the other council fields)' })
  .superRefine((council, ctx) => {
    council.delivered_by?.forEach((period, i) => {
      if (period.to && !canPrecede(period.from, period.to)) {
        ctx.addIssue({ code: 'custom', path: ['delivered_by', i, 'to'], message: `${period.to} is before from ${period.from} (allowed: on or after from)` });
      }
    });
    const former = council.former_gss_codes ?? [];
    if (former.length && !council.gss_code) {
      ctx.addIssue({ code: 'custom', path: ['former_gss_codes'], message: 'is given without gss_code (allowed: the code in force now in gss_code, and only the codes before it here)' });
    }
    former.forEach(({ gss_code, until }, i) => {
      if (gss_code === council.gss_code) {
        ctx.addIssue({ code: 'custom', path: ['former_gss_codes', i, 'gss_code'], message: `${gss_code} is the council's gss_code, the code in force now (allowed: only the codes it had before)` });
      } else if (former.slice(0, i).some((f) => f.gss_code === gss_code)) {
        ctx.addIssue({ code: 'custom', path: ['former_gss_codes', i, 'gss_code'], message: `${gss_code} is listed above already (allowed: each former code once)` });
      }
      const previous = former[i - 1];
      if (previous && until <= previous.until) {
        ctx.addIssue({ code: 'custom', path: ['former_gss_codes', i, 'until'], message: `${until} is not after ${previous.until}, the until of the code above (allowed: the oldest code first, each until a later day)` });
      }
    });
  });
export type CouncilData = z.infer<typeof councilSchema>;
export const COUNCIL_FIELD_NAMES = Object.keys(councilFields);

export const themeSchema = z.strictObject(
  {
  id: slug('a theme id'),
  label: requiredText('a short label'),
  description: requiredText('what the theme covers'),
  phrases: textList('a phrase to look for', 'phrases to look for')
    .min(1, { error: 'must list at least one phrase' }),
  },
  { error: 'must be a theme (allowed: id, label, description, phrases)' },
);
export const themesSchema = z.array(themeSchema, { error: 'must be a list of themes' });
export type ThemeData = z.infer<typeof themeSchema>;
