/**
 * `npm run new`, as plain functions: the flags, the defaults and suggestions
 * the questions offer, the check of each answer (with the messages
 * `npm run check` gives, from the same schema and rules), and the file it
 * writes. scripts/new.ts only asks the questions and writes the file.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { canPrecede, compareDates } from './dates.ts';
import { displayPath, fieldName, formatProblem, suggestion } from './content/problems.ts';
import { bodyTemplate } from './content/body-notes.ts';
import { parseMarkdown } from './content/read.ts';
import { entryFields, entryRules, gradesFor, type EntryData, type ThemeData } from './content/schema.ts';
import { expectedName } from './content/entry-names.ts';
import { checkEntryFile, notATheme, type CouncilRecord } from './content/validate.ts';
import { newDocument, TO_STRING } from './ofsted/frontmatter.ts';
import { keptByNpm } from './npm-options.ts';
import { paths } from './paths.ts';
import { siteLocation } from './site-url.ts';
import {
  BODY_IDS,
  FRAMEWORKS,
  GRADES,
  GRADE_INFO,
  KINDS,
  defaultBody,
  frameworkById,
  gradeWord,
  type Body,
  type Grade,
  type Kind,
} from './vocabulary.ts';

/** Everything `npm run new` asks, as it goes into the front-matter. */
export interface NewEntry {
  council: string;
  kind: Kind;
  date?: string;
  start_date?: string;
  published?: string;
  body: Body;
  framework?: string;
  grades?: Record<string, Grade>;
  visit_number?: number;
  title: string;
  summary: string;
  themes?: string[];
  /** The original document's web address. */
  source?: string;
  /** As the letter prints them. */
  inspectors?: string[];
}

/** What the questions can already know: flags given, answers so far. */
export type KnownAnswers = Partial<NewEntry>;

/** The councils and themes a content directory offers. */
export interface Choices {
  councils: CouncilRecord[];
  themes: ThemeData[];
}

// ---------------------------------------------------------------------------
// Flags

export interface FlagInfo {
  /** The front-matter field the flag sets (`council` is the folder). */
  field: string;
  /** Takes a value (`--kind monitoring-visit`) or not (`--yes`). */
  value: boolean;
  /** May be given more than once. */
  multiple?: boolean;
  help: string;
  short?: string;
}

export const FLAGS: Record<string, FlagInfo> = {
  council: { field: 'council', value: true, help: 'council id or name, e.g. reading' },
  kind: { field: 'kind', value: true, help: `one of ${Object.keys(KINDS).join(', ')}` },
  date: { field: 'date', value: true, help: 'the event\u2019s date (last day of a visit): YYYY-MM-DD or YYYY-MM' },
  'start-date': { field: 'start_date', value: true, help: 'first day of a multi-day visit' },
  published: { field: 'published', value: true, help: 'date the letter or report was published' },
  body: { field: 'body', value: true, help: `who carried it out or wrote it: ${BODY_IDS.join(', ')}` },
  framework: { field: 'framework', value: true, help: `inspection framework: ${FRAMEWORKS.map((f) => f.id).join(', ')}` },
  grade: { field: 'grades', value: true, multiple: true, help: 'area=grade, once per judgement area, e.g. overall=good' },
  'visit-number': { field: 'visit_number', value: true, help: 'the monitoring visit\u2019s number, e.g. 3' },
  title: { field: 'title', value: true, help: 'short title, e.g. "Monitoring visit 3"' },
  summary: { field: 'summary', value: true, help: 'one or two plain sentences' },
  theme: { field: 'themes', value: true, multiple: true, help: 'a theme id from themes.yaml (repeat, or separate with commas)' },
  source: { field: 'source', value: true, help: 'web address of the original document' },
  inspector: { field: 'inspectors', value: true, multiple: true, help: 'an inspector\u2019s name as the letter prints it, or the letter\u2019s list: "A, B and C"' },
  content: { field: 'content', value: true, help: 'content directory (default: content, or IJ_CONTENT_DIR)' },
  yes: { field: 'yes', value: false, short: 'y', help: 'ask nothing that has a default or is optional' },
  help: { field: 'help', value: false, short: 'h', help: 'show this help' },
};

/** The flag that sets a front-matter field, for messages. */
export function flagFor(field: string): string {
  const top = field.split(/[.[]/)[0];
  const name = Object.keys(FLAGS).find((f) => FLAGS[f].field === top);
  return name ? `--${name}` : '(flags)';
}

/** A problem with something the officer gave: a flag, or an answer. */
export interface InputProblem {
  /** `--kind`; `(flags)` for the command line as a whole. */
  flag: string;
  /** The front-matter field, as `npm run check` names it: `grades.overall`, `themes[0]`. */
  field: string;
  message: string;
}

/** `--kind: kind: 'x' is not a kind (allowed: …)`: `npm run check`'s `path:line: field: message`, with the flag for the place. */
export function formatInputProblem(problem: InputProblem): string {
  return `${problem.flag}: ${problem.field}: ${problem.message}`;
}

export interface ParsedFlags {
  values: Record<string, string | undefined>;
  grades: string[];
  themes: string[];
  inspectors: string[];
  yes: boolean;
  help: boolean;
  content?: string;
  problems: InputProblem[];
}

/**
 * Reads `--name value`, `--name=value` and `-y`. A value may not start with
 * `--` (that is the next flag: write `--title=--x` if you mean it).
 */
export function parseFlags(argv: readonly string[], env: Record<string, string | undefined> = {}): ParsedFlags {
  const result: ParsedFlags = { values: {}, grades: [], themes: [], inspectors: [], yes: false, help: false, problems: [] };
  const names = Object.keys(FLAGS);
  const problem = (flag: string, field: string, message: string) => result.problems.push({ flag, field, message });
  // Typed without the -- before them (npm run new --council reading), flags are kept by npm (keptByNpm).
  // npm has a --yes and --help of its own, so only flags with values are looked for.
  const kept = names.filter((name) => FLAGS[name].value && keptByNpm(name, env) !== undefined);
  if (kept.length) {
    problem('(flags)', 'arguments', `${kept.map((name) => `--${name}`).join(', ')} must come after the -- of npm run new, or npm keeps ${kept.length === 1 ? 'it' : 'them'} for itself (allowed: npm run new -- --${kept[0]} <value> …)`);
    return result;
  }
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const short = /^-([a-z])$/.exec(arg);
    const long = /^--([^=]+)(?:=([\s\S]*))?$/.exec(arg);
    const name = short ? names.find((n) => FLAGS[n].short === short[1]) : long?.[1];
    if (!short && !long) {
      problem('(flags)', 'arguments', `'${arg}' is not a flag (allowed: --name value; quote values with spaces, e.g. --title "Monitoring visit 3")`);
      continue;
    }
    if (!name || !FLAGS[name]) {
      problem(arg.split('=')[0], 'flag', `is not a flag${suggestion(long?.[1] ?? arg, names).replace(/did you mean (\S+)\?/, 'did you mean --$1?')} (allowed: ${names.map((n) => `--${n}`).join(', ')})`);
      continue;
    }
    const info = FLAGS[name];
    if (!info.value) {
      if (long?.[2] !== undefined) problem(`--${name}`, info.field, 'takes no value');
      if (name === 'yes') result.yes = true;
      if (name === 'help') result.help = true;
      continue;
    }
    let value = long?.[2];
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) {
        problem(`--${name}`, info.field, `needs a value (allowed: ${info.help})`);
        continue;
      }
      value = next;
      i += 1;
    }
    if (name === 'grade') result.grades.push(value);
    else if (name === 'theme') result.themes.push(...value.split(',').map((t) => t.trim()).filter(Boolean));
    else if (name === 'inspector') result.inspectors.push(...namesIn(value));
    else if (name === 'content') result.content = value;
    else if (result.values[name] !== undefined) problem(`--${name}`, info.field, `is given twice ('${result.values[name]}' and '${value}'; allowed: once)`);
    else result.values[name] = value;
  }
  return result;
}

/** The names in a list as a letter prints it ("Alison Smale, Nick Bennison and Tom Lee"), or separated by commas. */
export function namesIn(text: string): string[] {
  return text
    .split(/\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+/i)
    .map((name) => name.trim())
    .filter(Boolean);
}

/** Usage text for `npm run new -- --help`. */
export function helpText(): string {
  const rows = Object.entries(FLAGS).map(([name, info]) => {
    const flag = `${info.short ? `-${info.short}, ` : '    '}--${name}${info.value ? ' <value>' : ''}`;
    return `  ${flag.padEnd(28)} ${info.help}${info.multiple ? ' (repeatable)' : ''}`;
  });
  return [
    'npm run new: add an entry to a council\u2019s improvement journey.',
    '',
    'Asks for each field in turn. Any field given as a flag is not asked; with',
    'every required flag (council, kind, date, summary) and no terminal, or with',
    '--yes, it asks nothing and takes the defaults (body from the kind, a',
    'suggested title).',
    '',
    'Usage: npm run new -- [flags]',
    '',
    ...rows,
    '',
    'Example:',
    '  npm run new -- --council reading --kind monitoring-visit --date 2019-03-01 \\',
    '    --start-date 2019-02-28 --visit-number 3 --summary "Progress is slow." --theme care-leavers',
  ].join('\n');
}

// ---------------------------------------------------------------------------
// Defaults and suggestions

/** Kinds that are visits of more than one day, for which the first day is asked. */
export const MULTI_DAY_KINDS: readonly Kind[] = ['inspection', 'short-inspection', 'focused-visit', 'monitoring-visit', 'jtai', 'deep-dive', 'peer-review'];

/**
 * The framework in use at a date: in a year two share (2018: SIF and ILACS),
 * the newer one that has every given judgement area.
 */
export function suggestFramework(date: string | undefined, areas: readonly string[] = []): string {
  const year = date ? Number(date.slice(0, 4)) : Infinity;
  let inUse = FRAMEWORKS.filter((f) => f.years[0] <= year && (f.years[1] === null || year <= f.years[1]));
  // Before the first framework or in a gap: the nearest one before the date, else the first.
  if (!inUse.length) inUse = [FRAMEWORKS.filter((f) => f.years[0] <= year).at(-1) ?? FRAMEWORKS[0]];
  const fits = inUse.filter((f) => areas.every((a) => f.areas.some((x) => x.id === a)));
  return (fits.at(-1) ?? inUse.at(-1)!).id;
}

/** "Monitoring visit 3", "Focused visit", "ILACS inspection: good", "Committee paper". */
export function suggestTitle(entry: Pick<KnownAnswers, 'kind' | 'visit_number' | 'framework' | 'grades'>): string {
  if (!entry.kind) return '';
  const info = KINDS[entry.kind];
  if (entry.kind === 'monitoring-visit') return entry.visit_number ? `Monitoring visit ${entry.visit_number}` : 'Monitoring visit';
  if (info.graded) {
    // Titles name the framework family ("ILACS inspection"), not its revision.
    const family = entry.framework ? (frameworkById(entry.framework)?.short ?? entry.framework).split(' ')[0] : undefined;
    const label = family ? `${family} ${info.noun}` : info.label;
    const headline = entry.framework ? frameworkById(entry.framework)?.headline : undefined;
    const grade = headline ? entry.grades?.[headline] : undefined;
    const text = `${label.charAt(0).toUpperCase()}${label.slice(1)}`;
    return grade ? `${text}: ${GRADE_INFO[grade].label.toLowerCase()}` : text;
  }
  return info.label;
}

/**
 * The grade question's choices for a judgement area: each grade as the site
 * shows it under the framework ("Adequate" under slac, cpi and tlac, as their
 * reports say), then leaving the area out. The framework's headline area
 * (overall effectiveness) is asked first, and leaving it out leaves out every
 * grade: an inspection with grades must have that one.
 */
export function gradeChoices(frameworkId: string, headline = false): { value: Grade | ''; name: string; description?: string }[] {
  return [
    ...GRADES.map((grade) => {
      const name = gradeWord(grade, frameworkId, 'label');
      const today = GRADE_INFO[grade].label;
      return name === today ? { value: grade, name } : { value: grade, name, description: `Ofsted's word then for what is now "${today}": the file says ${grade}, and the site shows "${name}"` };
    }),
    headline
      ? { value: '', name: 'Not graded yet', description: 'Leaves out every grade, to add when the report is out: an inspection with grades has this one too' }
      : { value: '', name: 'Not graded / leave out' },
  ];
}

/**
 * The next monitoring visit's number: one more than the highest before `date`
 * in the council's folder, counting only visits since the last inspection
 * before it. Monitoring visits follow an inadequate inspection and are
 * numbered from 1 again after each one (Reading's 2016 series ended with
 * its 2019 inspection), so a visit after a new inspection starts at 1.
 */
export async function nextVisitNumber(contentDir: string, council: string, date?: string): Promise<number> {
  const folder = path.join(contentDir, 'entries', council);
  const names = (await readdir(folder).catch(() => [] as string[])).filter((n) => /-(?:monitoring-visit|inspection)(?:-\d+)?\.md$/.test(n));
  const before = (anchor: string | undefined) => !date || (anchor !== undefined && anchor !== date && canPrecede(anchor, date));
  const visits: { n: number; anchor?: string }[] = [];
  let lastInspection: string | undefined;
  for (const name of names) {
    const data = (parseMarkdown(await readFile(path.join(folder, name), 'utf8')).data ?? {}) as Record<string, unknown>;
    const anchor = [data.date, data.published, data.start_date].find((d) => typeof d === 'string') as string | undefined;
    if (data.kind === 'inspection' && anchor && before(anchor) && (!lastInspection || compareDates(anchor, lastInspection) > 0)) lastInspection = anchor;
    if (data.kind === 'monitoring-visit' && typeof data.visit_number === 'number' && (!anchor || before(anchor))) visits.push({ n: data.visit_number, anchor });
  }
  const inSeries = visits.filter((v) => !lastInspection || !v.anchor || !canPrecede(v.anchor, lastInspection));
  return Math.max(0, ...inSeries.map((v) => v.n)) + 1;
}

// ---------------------------------------------------------------------------
// Councils and themes

const lower = (s: string) => s.toLowerCase();

/** A council by id, or by its name or short name (any case). */
export function findCouncil(councils: readonly CouncilRecord[], text: string): CouncilRecord | undefined {
  const t = lower(text.trim());
  const bare = bareCouncilName(t);
  return (
    councils.find((c) => c.id === t) ??
    councils.find((c) => lower(c.data.short_name) === t || lower(c.data.name) === t) ??
    councils.find((c) => [c.data.short_name, c.data.name].some((name) => bareCouncilName(lower(name)) === bare))
  );
}

/** A council's name without the words around it in its letters: "Leeds City Council", "the London Borough of Barnet". */
function bareCouncilName(name: string): string {
  return name
    .replace(/^the\s+/, '')
    .replace(/^(?:(?:london|royal)\s+borough|city|county|borough)\s+(?:of\s+)?/, '')
    .replace(/\s+(?:(?:metropolitan\s+)?(?:borough|district)|city|county)?\s*council$/, '')
    .trim();
}

/** Councils whose id, name or short name contains every word typed; those starting with it first. */
export function searchCouncils(councils: readonly CouncilRecord[], term = ''): CouncilRecord[] {
  const words = lower(term).split(/[\s,]+/).filter(Boolean);
  const hay = (c: CouncilRecord) => lower(`${c.data.short_name} ${c.data.name} ${c.id}`);
  const found = councils.filter((c) => words.every((w) => hay(c).includes(w)));
  const starts = (c: CouncilRecord) => (words.length && (lower(c.data.short_name).startsWith(words[0]) || c.id.startsWith(words[0])) ? 0 : 1);
  return found.sort((a, b) => starts(a) - starts(b) || a.data.short_name.localeCompare(b.data.short_name));
}

// ---------------------------------------------------------------------------
// Checking answers

const zodMessages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? [] : result.error!.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'number' ? p : String(p))), message: i.message }));

/** Problems with one field's value on its own, as the schema words them (grades' for the framework known). */
export function fieldProblems(field: keyof NewEntry, value: unknown, choices?: Choices, known: KnownAnswers = {}): InputProblem[] {
  const flag = flagFor(field);
  const out = (f: (string | number)[], message: string): InputProblem => ({ flag, field: fieldName(f), message });
  if (field === 'council') {
    if (!choices) return [];
    const text = String(value ?? '');
    if (findCouncil(choices.councils, text)) return [];
    const ids = choices.councils.map((c) => c.id);
    const near = searchCouncils(choices.councils, text).slice(0, 5).map((c) => c.id);
    const examples = near.length ? `; those matching '${text}': ${near.join(', ')}` : '';
    return [out(['council'], `'${text}' is not a council${suggestion(text, ids)} (allowed: a file name in content/councils/ or a council's name${examples})`)];
  }
  if (field === 'themes') {
    const themes = (value as string[] | undefined) ?? [];
    const problems = zodMessages(entryFields.themes.safeParse(themes)).map((p) => out(['themes', ...p.path], p.message));
    if (problems.length || !choices) return problems;
    const ids = choices.themes.map((t) => t.id);
    return themes.flatMap((id, i) => (ids.includes(id) ? [] : [out(['themes', i], notATheme(id, ids, choices.themes))]));
  }
  if (field === 'source') {
    return zodMessages(entryFields.source.safeParse({ url: value })).map((p) => out(['source', ...p.path], p.message));
  }
  const schema = field === 'grades' ? gradesFor(known.framework) : entryFields[field as keyof typeof entryFields];
  return zodMessages(schema.safeParse(value)).map((p) => out([field, ...p.path], p.message));
}

/** The front-matter an entry would have, as raw values (before checks). */
export function frontMatterOf(entry: KnownAnswers): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  const put = (key: string, value: unknown) => {
    if (value === undefined || value === '' || (Array.isArray(value) && !value.length)) return;
    if (typeof value === 'object' && !Array.isArray(value) && !Object.keys(value as object).length) return;
    data[key] = value;
  };
  put('title', entry.title);
  put('kind', entry.kind);
  put('date', entry.date);
  put('start_date', entry.start_date);
  put('published', entry.published);
  put('body', entry.body);
  put('framework', entry.framework);
  const areas = entry.framework ? (frameworkById(entry.framework)?.areas.map((a) => a.id) ?? []) : [];
  const rank = (area: string) => (areas.includes(area) ? areas.indexOf(area) : areas.length);
  put('grades', entry.grades && Object.fromEntries(Object.entries(entry.grades).sort(([a], [b]) => rank(a) - rank(b))));
  put('visit_number', entry.visit_number);
  put('summary', entry.summary);
  put('themes', entry.themes);
  put('source', entry.source ? { url: entry.source } : undefined);
  put('inspectors', entry.inspectors);
  return data;
}

/** The rules between fields (dates in order, grades only where graded, …) for what is known so far. */
export function ruleProblems(entry: KnownAnswers, { final = false } = {}): InputProblem[] {
  const raw = frontMatterOf(entry);
  const valid: Partial<EntryData> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (entryFields[key as keyof typeof entryFields].safeParse(value).success) (valid as Record<string, unknown>)[key] = value;
  }
  const problems = entryRules(valid, raw)
    // "date is required unless …" and the like are for the finished entry, not a question still to come.
    .filter((issue) => final || !issue.whenComplete)
    .map((issue) => ({ flag: flagFor(issue.path[0]), field: fieldName(issue.path), message: issue.message }));
  if (raw.framework !== undefined && entry.kind && !KINDS[entry.kind].graded) {
    const graded = Object.entries(KINDS).filter(([, k]) => k.graded).map(([id]) => id);
    problems.push({ flag: '--framework', field: 'framework', message: `a ${entry.kind} is not graded (allowed: a framework only on ${graded.join(', ')})` });
  }
  return problems;
}

/**
 * Checks one answer as it is given, against the field's schema and the rules
 * it makes with what is already known: the message, prefixed with the field,
 * or undefined when it is fine. Used by the questions as the officer types.
 */
export function checkAnswer(field: keyof NewEntry, value: unknown, known: KnownAnswers, choices?: Choices): string | undefined {
  const own = fieldProblems(field, value, choices, known);
  if (own.length) return `${own[0].field}: ${own[0].message}`;
  const before = new Set(ruleProblems(known).map(formatInputProblem));
  const after = ruleProblems({ ...known, [field]: value }).filter((p) => !before.has(formatInputProblem(p)));
  if (after.length) return `${after[0].field}: ${after[0].message}`;
  const whole = wholeFileProblem(field, value, known);
  return whole && `${whole.field}: ${whole.message}`;
}

/** What `npm run check` says about the whole file for an entry, with the flag for each field. */
function fileProblems(entry: NewEntry): InputProblem[] {
  const name = expectedName(entry);
  return checkEntryFile(name, entry.council, name, entryText(entry)).problems.map((p) => ({ flag: flagFor(p.field), field: p.field, message: p.message }));
}

/**
 * Any other rule `npm run check` has about one field (a TODO left in a
 * published title, say): the whole file is checked with what is known so
 * far and placeholders for the rest, and only that field's problems kept.
 */
function wholeFileProblem(field: keyof NewEntry, value: unknown, known: KnownAnswers): InputProblem | undefined {
  if (field === 'council') return undefined;
  const trial = { ...known, [field]: value } as KnownAnswers;
  const entry = withDefaults({
    kind: 'other',
    summary: 'Summary.',
    title: 'Title.',
    ...(trial.date || trial.published || trial.start_date ? {} : { date: '2000-01-01' }),
    ...trial,
    council: 'trial',
  }) as NewEntry;
  const own = (p: InputProblem) => p.field === field || p.field.startsWith(`${field}.`) || p.field.startsWith(`${field}[`);
  // Rules between fields are ruleProblems' to report, with what is really known, not the placeholders.
  const rules = new Set(ruleProblems(entry, { final: true }).map((p) => p.message));
  return fileProblems(entry).find((p) => own(p) && !rules.has(p.message));
}

/** Problems in the order the flags are listed in (`--help`), so they read like the questions. */
function sortByFlag(problems: InputProblem[]): InputProblem[] {
  const order = ['(flags)', ...Object.keys(FLAGS).map((f) => `--${f}`)];
  const rank = (p: InputProblem) => (order.includes(p.flag) ? order.indexOf(p.flag) : 0);
  return problems.map((p, i) => ({ p, i })).sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i).map(({ p }) => p);
}

/** Parses `area=grade` flags into a grades map, with problems for malformed ones. */
export function parseGradeFlags(values: readonly string[]): { grades: Record<string, string>; problems: InputProblem[] } {
  const grades: Record<string, string> = {};
  const problems: InputProblem[] = [];
  for (const value of values) {
    const match = /^\s*([^=\s]+)\s*=\s*(\S+)\s*$/.exec(value);
    if (!match) {
      problems.push({ flag: '--grade', field: 'grades', message: `'${value}' is not area=grade (allowed: e.g. --grade overall=good, with grades ${GRADES.join(', ')})` });
      continue;
    }
    if (grades[match[1]] !== undefined) {
      problems.push({ flag: '--grade', field: `grades.${match[1]}`, message: `is given twice (allowed: one grade per judgement area)` });
      continue;
    }
    grades[match[1]] = match[2];
  }
  return { grades, problems };
}

/**
 * Turns the flags into known answers, checking every value as
 * `npm run check` would. Unknown council names are resolved to ids.
 */
export function answersFromFlags(flags: ParsedFlags, choices: Choices): { known: KnownAnswers; problems: InputProblem[] } {
  const v = flags.values;
  const known: KnownAnswers = {};
  const problems: InputProblem[] = [...flags.problems];
  const take = <K extends keyof NewEntry>(field: K, raw: unknown, convert: (x: unknown) => NewEntry[K] = (x) => x as NewEntry[K]) => {
    if (raw === undefined) return;
    const found = fieldProblems(field, raw, choices, known);
    const whole = found.length ? undefined : wholeFileProblem(field, raw, {});
    if (whole) found.push(whole);
    if (found.length) problems.push(...found);
    else known[field] = convert(raw);
  };
  const text = (s: string | undefined) => (s === undefined ? undefined : s.trim());
  take('council', v.council, (x) => findCouncil(choices.councils, String(x))!.id);
  take('kind', text(v.kind));
  take('date', text(v.date));
  take('start_date', text(v['start-date']));
  take('published', text(v.published));
  take('body', text(v.body));
  take('framework', text(v.framework));
  let flagGrades: Record<string, string> | undefined;
  if (flags.grades.length) {
    const { grades, problems: gradeProblems } = parseGradeFlags(flags.grades);
    problems.push(...gradeProblems);
    take('grades', grades);
    flagGrades = grades;
  }
  const visit = text(v['visit-number']);
  take('visit_number', visit === undefined ? undefined : /^\d+$/.test(visit) ? Number(visit) : visit);
  take('title', v.title === undefined ? undefined : v.title.trim());
  take('summary', v.summary === undefined ? undefined : v.summary.trim());
  if (flags.themes.length) take('themes', [...new Set(flags.themes)]);
  if (flags.inspectors.length) take('inspectors', [...new Set(flags.inspectors)]);
  take('source', text(v.source));
  // A framework missing beside grades has a default (the one in use at the date): not a problem yet.
  // The areas are checked even when a grade is misspelt, so one run names every mistake.
  const withAreas = known.grades || !flagGrades ? known : { ...known, grades: flagGrades as NewEntry['grades'] };
  problems.push(...ruleProblems(withAreas).filter((p) => !(p.field === 'framework' && withAreas.grades && !known.framework)));
  return { known, problems: sortByFlag(problems) };
}

/**
 * Required fields still missing, as the problems `npm run check` would give.
 * Body and title are only missing once the kind is known: they default from it.
 */
export function missingProblems(entry: KnownAnswers): InputProblem[] {
  const problems: InputProblem[] = [];
  if (!entry.council) problems.push({ flag: '--council', field: 'council', message: 'is required (allowed: a file name in content/councils/, or a council\u2019s name)' });
  const required = entry.kind ? (['body', 'title', 'summary'] as const) : (['kind', 'summary'] as const);
  for (const field of required) {
    if (entry[field] === undefined) problems.push(...fieldProblems(field, undefined));
  }
  return problems;
}

/**
 * Fills what has a default (body from the kind, a suggested title, the
 * framework for grades given without one) and leaves optional fields out.
 */
export function withDefaults(entry: KnownAnswers): KnownAnswers {
  const out = { ...entry };
  if (out.kind && !out.body) out.body = defaultBody(out.kind);
  if (out.grades && Object.keys(out.grades).length && !out.framework) {
    out.framework = suggestFramework(out.date ?? out.published ?? out.start_date, Object.keys(out.grades));
  }
  if (out.kind && !out.title) out.title = suggestTitle(out);
  return out;
}

/** Every problem the finished entry would have: missing fields, each value, and the rules between them. */
export function finalProblems(entry: KnownAnswers, choices: Choices): InputProblem[] {
  const problems = missingProblems(entry);
  const fields: (keyof NewEntry)[] = ['council', 'kind', 'date', 'start_date', 'published', 'body', 'framework', 'grades', 'visit_number', 'title', 'summary', 'themes', 'source', 'inspectors'];
  for (const field of fields) {
    if (entry[field] !== undefined) problems.push(...fieldProblems(field, entry[field], choices, entry));
  }
  problems.push(...ruleProblems(entry, { final: true }));
  // And whatever else npm run check would say about the finished file.
  if (!problems.length) problems.push(...fileProblems(asEntry(entry)));
  const seen = new Set<string>();
  return sortByFlag(problems.filter((p) => !seen.has(formatInputProblem(p)) && seen.add(formatInputProblem(p))));
}

// ---------------------------------------------------------------------------
// The file

/** The whole text of the entry file: front-matter in the contract's order, then the body template. */
export function entryText(entry: NewEntry): string {
  const yaml = newDocument(frontMatterOf(entry), ['themes', 'inspectors']).toString(TO_STRING);
  return `---\n${yaml}---\n${bodyTemplate(entry.kind)}`;
}

/** The address the entry's page will have on the published site (IJ_SITE_URL). */
export function entryUrl(id: string, siteUrl?: string): string {
  const { site, base } = siteLocation(siteUrl);
  return `${site}${base}${paths.entry(id)}`;
}

export interface PreparedEntry {
  /** Where to write it. */
  file: string;
  name: string;
  id: string;
  text: string;
  /** What `npm run check` would say about the file: empty, or the file is not written. */
  problems: string[];
}

/** The file for an entry under a given name, checked exactly as `npm run check` checks it. */
export function prepareEntry(contentDir: string, entry: NewEntry, name: string): PreparedEntry {
  const text = entryText(entry);
  const file = path.join(contentDir, 'entries', entry.council, name);
  const check = checkEntryFile(displayPath(file), entry.council, name, text);
  return {
    file,
    name,
    id: `${entry.council}/${name.replace(/\.md$/, '')}`,
    text,
    problems: check.problems.map(formatProblem),
  };
}

/** Narrows known answers to a whole entry once `finalProblems` finds nothing. */
export function asEntry(entry: KnownAnswers): NewEntry {
  return entry as NewEntry;
}
