/**
 * Reads a whole content directory and checks every file against the
 * contract, collecting every problem rather than stopping at the first.
 * `npm run check`, the build's content loader and the officer scripts all
 * call this, so they agree on what is valid and say it the same way.
 *
 * A file with a problem still tells the checks between files what it can
 * (its id, its valid fields), so one mistake is reported once, in its own
 * file, and never as knock-on problems elsewhere.
 */
import { readFileSync, type Dirent } from 'node:fs';
import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as z from 'zod';
import { canPrecede, formatDate } from '../dates.ts';
import { idFromName } from '../ids.ts';
import { listPhrase } from '../list-phrase.ts';
import { comparableLink } from '../ofsted/links.ts';
import { KINDS, defaultBody, type Kind } from '../vocabulary.ts';
import { takeHandedOver } from './hand-over.ts';
import { closest, displayPath, fieldName, sortProblems, suggestion, type Problem } from './problems.ts';
import { hiddenText, untouchedTemplate } from './body-notes.ts';
import { councilNameFinder, otherCouncilNamed } from './council-names.ts';
import { ENTRY_PATTERN, expectedName, parseEntryFileName, type EntryFileName } from './entry-names.ts';
import { curlyQuoted } from './curly-quoted.ts';
import { lowerCaseFieldNames, type CapitalisedField } from './field-case.ts';
import { deepNesting } from './deep-nesting.ts';
import { fieldsInText } from './fields-in-text.ts';
import { imagesInText } from './images.ts';
import { deadLinksToPages, type SitePages } from './links-to-pages.ts';
import { markupInFields } from './markup-in-fields.ts';
import { misreadMarkdown } from './misread-markdown.ts';
import { pastedBullets } from './pasted-bullets.ts';
import { removedHtml } from './removed-html.ts';
import { removedLinks } from './removed-links.ts';
import { sameEvents } from './same-visit.ts';
import { missingFrontMatter, parseMarkdown, parseYaml, type CutValue, type FieldPath, type ParsedYaml, type YamlProblem } from './read.ts';
import { proseWithColon, type KnownFields } from './yaml-errors.ts';
import {
  COUNCIL_FIELD_NAMES,
  ENTRY_FIELD_NAMES,
  SLUG,
  areaOutsideGrades,
  sourceFieldOutside,
  councilAsField,
  councilFields,
  councilSchema,
  entryFields,
  entryObjectFor,
  entryRules,
  themeSchema,
  themesSchema,
  timelineDate,
  type CouncilData,
  type EntryData,
  type ThemeData,
} from './schema.ts';

export interface CouncilRecord {
  id: string;
  file: string;
  data: CouncilData;
}

export interface EntryRecord {
  /** `<council>/<file name without .md>`: the permanent id and URL. */
  id: string;
  council: string;
  file: string;
  data: EntryData;
  body: string;
  bodyLine: number;
}

export interface ContentSet {
  councils: CouncilRecord[];
  /** Every valid entry file, drafts included. */
  entries: EntryRecord[];
  themes: ThemeData[];
  problems: Problem[];
  /** Entry files found, valid or not: the build makes a page for each published one or fails. */
  entryFiles: number;
  /** What valid entries lose on their page (removed HTML): told, but built. */
  warnings: Problem[];
}

/** Why a file is not content, and where it goes where that can be told: an entry saved beside the council folders, or in a folder inside one. */
function notContent(parts: string[]): string {
  const allowed = `(allowed: ${CONTENT_FILES})`;
  const [top, folder, ...rest] = parts;
  if (top === 'entries' && !rest.length) return `is not in a council's folder: move it into the folder of the council it is about, content/entries/<council>/ ${allowed}`;
  if (top === 'entries') return `is in a folder inside ${folder}/: move it up into content/entries/${folder}/ ${allowed}`;
  if (top === 'councils' && !rest.length && /\.yml$/i.test(folder)) return `is not a council file: a council file's name ends in .yaml (did you mean ${folder.replace(/\.yml$/i, '.yaml')}?) ${allowed}`;
  return `not part of the content ${allowed}`;
}

/** Files operating systems leave behind; never content. */
const JUNK = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini', '.gitkeep']);
/** Also a Mac's `._<name>` beside each file it copies to a shared or USB drive, holding the file's Finder details. */
const isJunk = (name: string) => JUNK.has(name) || name.startsWith('._');

/** The files the site is built from. */
export const CONTENT_FILES = `${ENTRY_PATTERN}, content/councils/<council>.yaml, content/themes.yaml`;

const unwrap = (node: unknown): unknown => (node instanceof z.ZodOptional ? unwrap(node.unwrap()) : node);

/** The part of a schema that checks the value at a path, if the schema reaches it. */
function schemaAt(schema: z.ZodType, at: FieldPath): z.ZodType | undefined {
  let node: unknown = schema;
  for (const segment of at) {
    node = unwrap(node);
    if (node instanceof z.ZodObject) node = node.shape[String(segment)];
    else if (node instanceof z.ZodArray) node = node.element;
    else return undefined;
  }
  return node instanceof z.ZodType ? node : undefined;
}

/** The field names a schema allows at a path (for "is not a field … (allowed: …)"). */
function fieldsAt(schema: z.ZodType, at: FieldPath): string[] {
  const node = unwrap(schemaAt(schema, at));
  return node instanceof z.ZodObject ? Object.keys(node.shape) : [];
}

/**
 * Turns zod's issues into problems with lines and plain messages.
 * `misplaced` says what a field the schema does not have was meant to be,
 * where the usual "is not a field" would not tell, and may name the field
 * the problem is under instead.
 */
function issuesToProblems(
  file: string,
  issues: z.core.$ZodIssue[],
  lineOf: (p: FieldPath) => number,
  schema: z.ZodType,
  what: string,
  misplaced: (key: string, at: FieldPath) => string | { field: string; message: string } | undefined = () => undefined,
): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    const issuePath = issue.path as FieldPath;
    if (issue.code === 'unrecognized_keys') {
      const known = fieldsAt(schema, issuePath);
      return issue.keys.map((key) => {
        const said = misplaced(key, issuePath);
        const notAField = `is not a field of ${issuePath.length ? fieldName(issuePath) : what}${suggestion(key, known)}${known.length ? ` (allowed: ${known.join(', ')})` : ''}`;
        return {
          file,
          line: lineOf([...issuePath, key]),
          ...(typeof said === 'object' ? said : { field: fieldName([...issuePath, key]), message: said ?? notAField }),
        };
      });
    }
    return [{ file, line: lineOf(issuePath), field: fieldName(issuePath) || 'file', message: issue.message }];
  });
}

/** Field names written with capitals (field-case.ts), each a problem on its line. */
const capitalProblems = (file: string, capitalised: CapitalisedField[]): Problem[] =>
  capitalised.map((found) => ({ file, line: found.line, field: found.name, message: found.message }));

/** Syntax errors, under the field a line was meant to be where the message names one, else under `field`. */
const yamlProblems = (file: string, field: string, errors: YamlProblem[]): Problem[] =>
  errors.map((e) => ({ file, line: e.line, field: e.field ?? field, message: `not valid YAML: ${e.message}` }));

/** An object's fields as the wording of syntax errors needs them (yaml-errors.ts). */
const knownFields = (fields: Record<string, z.ZodType>): KnownFields => ({
  names: Object.keys(fields),
  accepts: (name, value) => fields[name].safeParse(value).success,
});
const ENTRY_FIELDS = knownFields(entryFields);
const COUNCIL_FIELDS = knownFields(councilFields);

/**
 * Values a ` #` cut short: YAML drops the rest of the line as a comment,
 * without a word. Only where the whole line would be a valid value (text):
 * after a date, a yes/no or a kind, a ` #` can only have been a comment.
 */
const cutValueProblems = (file: string, parsed: ParsedYaml, schema: z.ZodType): Problem[] =>
  parsed.cutValues().flatMap((cut) => {
    const at = { file, line: cut.line, field: fieldName(cut.path) };
    const tagged = hashtaggedThemes(cut);
    if (tagged) return [{ ...at, message: tagged }];
    if (!(schemaAt(schema, cut.path)?.safeParse(cut.written).success ?? true)) return [];
    return [{
      ...at,
      message: cut.kept
        ? `the text after " #" is left out, since YAML reads it as a comment, so the value is only '${cut.kept}' (allowed: a # inside quotes; write it like this: ${cut.suggestion})`
        : `the value starts with #, which YAML reads as the start of a comment, so the field is empty (allowed: a # inside quotes; write it like this: ${cut.suggestion})`,
    }];
  });

/**
 * Themes written as hashtags (`themes: #care-leavers #plans`), which YAML
 * reads as a comment: quoting them, as a # elsewhere is told, would keep
 * the # in ids that have none.
 */
function hashtaggedThemes(cut: CutValue): string | undefined {
  const [field] = cut.path;
  if ((field !== 'themes' && field !== 'ignore_themes') || cut.kept || !/^#[\w-]+(?:[\s,]+#[\w-]+)*$/.test(cut.written)) return undefined;
  const ids = cut.written.split(/[\s,]+/).map((tag) => tag.slice(1));
  const written = cut.path.length > 1 ? ids.map((id) => `- ${id}`).join(', then ') : `${field}: [${ids.join(', ')}]`;
  return `a theme id is written without a #, which YAML reads as the start of a comment, so the field is empty (allowed: ids from content/themes.yaml; write it like this: ${written})`;
}

/** The schema's problems, less those on a field a cut value already explains ("must be text" after "the field is empty"). */
const besideCuts = (cut: Problem[], problems: Problem[]) => problems.filter((p) => !cut.some((c) => c.field === p.field));

/** Word's own formats, by their first bytes as UTF-8 reads them: .docx (a zip), .doc (D0 CF 11 E0 A1 B1 1A) and RTF. */
const WORD_DOCUMENT = /^(?:PK\u0003\u0004|\ufffd\ufffd\u0011\u0871\u001a|\{\\rtf)/;

/** A Word document saved under a text file's name, or a file saved in another encoding (Windows "ANSI"), which reads with � where its ’ and é were. */
function encodingProblem(file: string, text: string): Problem[] {
  if (WORD_DOCUMENT.test(text)) {
    const ending = path.extname(file);
    return [{ file, line: 1, field: 'file', message: `is a Word document, not text: its name ends ${ending}, but it was saved in Word's own format (allowed: plain text saved as UTF-8; copy the text into a new file${ending === '.md' ? ' from npm run new' : ''}, or save from Word as Plain Text with the UTF-8 encoding and name it ${ending})` }];
  }
  // UTF-16 without its byte-order mark (Notepad's "Unicode") reads as UTF-8 with a NUL beside every letter.
  if (text.includes('\0')) {
    return [{ file, line: 1, field: 'file', message: 'has a NUL character beside its letters, so it was saved as UTF-16 ("Unicode"), not UTF-8 (allowed: UTF-8; save the file again choosing the UTF-8 encoding)' }];
  }
  const at = text.indexOf('\ufffd');
  if (at < 0) return [];
  return [{ file, line: text.slice(0, at).split('\n').length, field: 'file', message: 'has characters that cannot be read, so it was not saved as UTF-8 (allowed: UTF-8; save the file again choosing the UTF-8 encoding)' }];
}

/** What the checks between files need from an entry, even one with problems. */
interface EntryRefs {
  id: string;
  council: string;
  file: string;
  themes?: string[];
  ignore_themes?: string[];
  related?: string[];
  /** Its fields that are valid on their own: kind and dates, for the rules between entries. */
  data?: Partial<EntryData>;
}

export interface EntryCheck {
  entry?: EntryRecord;
  problems: Problem[];
  /** Only for a valid entry. */
  warnings?: Problem[];
  refs: EntryRefs;
}

/** The fields of an object that are valid on their own, for the rules between fields. */
function validFields<T>(fields: Record<string, z.ZodType>, raw: Record<string, unknown>): Partial<T> {
  const valid: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(fields)) {
    if (raw[key] === undefined) continue;
    const result = schema.safeParse(raw[key]);
    if (result.success) valid[key] = result.data;
  }
  return valid as Partial<T>;
}

/**
 * Checks one entry file on its own: name, front-matter and the rules between
 * its fields. `file` is the path to show; `council` its folder name.
 */
export function checkEntryFile(file: string, council: string, name: string, text: string): EntryCheck {
  const refs: EntryRefs = { id: `${council}/${name.replace(/\.md$/, '')}`, council, file };
  const parsedName = parseEntryFileName(name);
  if ('error' in parsedName) return { refs, problems: [{ file, line: 1, field: 'file name', message: nameFromFields(parsedName.error, text) }] };
  const unreadable = encodingProblem(file, text);
  if (unreadable.length) return { refs, problems: unreadable };

  if (!text.trim()) {
    const lines = starterLines(parsedName);
    return {
      refs,
      problems: [{ file, line: 1, field: 'file', message: `is empty (allowed: front-matter between two --- lines, then the text; delete this file and run npm run new, which asks for each field and writes the file, or start it with these lines, one under another: ${lines.join(', ')})` }],
    };
  }
  const { parsed, capitalised } = lowerCaseFieldNames(parseMarkdown(text, ENTRY_FIELDS), ENTRY_FIELD_NAMES);
  if (!parsed.hasFrontMatter) {
    const missing = missingFrontMatter(text);
    return { refs, problems: [{ file, line: missing.line, field: 'front-matter', message: missing.message }] };
  }
  if (parsed.errors.length) return { refs, problems: yamlProblems(file, 'front-matter', parsed.errors) };
  if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
    return { refs, problems: [{ file, line: 1, field: 'front-matter', message: 'must be a list of field: value lines (allowed: title, kind, date, body, summary and the other entry fields)' }] };
  }

  const raw = parsed.data as Record<string, unknown>;
  const schema = entryObjectFor(raw.framework);
  // Text carried on to a line of its own that YAML read as a field, for its colon ("… Areas to improve:").
  const proseField = (key: string) => {
    const found = proseWithColon(parsed.lineOf([key]), text.split(/\r?\n/), ENTRY_FIELDS);
    return found && { field: found.field, message: found.message };
  };
  const result = schema.safeParse(raw);
  const valid = result.success ? result.data : validFields<EntryData>(entryFields, raw);
  refs.themes = valid.themes;
  refs.ignore_themes = valid.ignore_themes;
  refs.related = valid.related;
  refs.data = valid;
  const cut = cutValueProblems(file, parsed, schema);
  const inText = fieldsInText(parsed.body, parsed.bodyLine, ENTRY_FIELD_NAMES);
  // A field found below the front-matter is said to be there, not to be missing.
  const saidInText = (problem: Problem) => inText.some((found) => found.field === problem.field) && problem.message.startsWith('is required');
  const problems = [
    ...capitalProblems(file, capitalised),
    ...inText.map((found) => ({ file, ...found })),
    ...cut,
    ...hiddenText(parsed.body, parsed.bodyLine).map((hidden) => ({ file, line: hidden.line, field: 'text', message: hidden.message })),
    ...[...pastedBullets(parsed.body, parsed.bodyLine), ...deepNesting(parsed.body, parsed.bodyLine)].map((found) => ({ file, line: found.line, field: 'text', message: found.message })),
    ...(result.success ? [] : besideCuts(cut, issuesToProblems(file, result.error.issues, parsed.lineOf, schema, 'an entry', (key, at) => (at.length ? undefined : (areaOutsideGrades(key, raw[key], raw.kind) ?? sourceFieldOutside(key, raw[key], raw.source) ?? councilAsField(key, council) ?? proseField(key)))))),
    ...entryRules(valid, raw).map((issue) => ({
      file,
      line: parsed.lineOf(issue.at ?? issue.path),
      field: fieldName(issue.path),
      message: issue.message,
    })),
  ].filter((problem) => !saidInText(problem));
  if (problems.length) return { refs, problems };
  const data = valid as EntryData;

  const anchor = timelineDate(data);
  // A file named by its first day stays valid when its last day or publication is added later: renaming it would break its published URL.
  if (parsedName.date !== anchor && parsedName.date !== data.start_date) {
    const field = data.date ? 'date' : data.published ? 'published' : 'start_date';
    problems.push({
      file,
      line: parsed.lineOf([field]),
      field,
      message: `${anchor} does not match the file name, which starts ${parsedName.date} (rename the file ${expectedName(data, parsedName.n)} or correct ${field})`,
    });
  }
  if (parsedName.kind !== data.kind) {
    problems.push({
      file,
      line: parsed.lineOf(['kind']),
      field: 'kind',
      message: `${data.kind} does not match the file name, which says ${parsedName.kind} (rename the file ${expectedName(data, parsedName.n)} or correct kind)`,
    });
  }
  if (!data.draft) problems.push(...leftoverTodos(file, data, parsed));
  if (problems.length) return { refs, problems };
  const warnings = [
    ...[...curlyQuoted(raw), ...markupInFields(raw)].map((found) => ({ file, line: parsed.lineOf(found.path), field: fieldName(found.path), message: found.message })),
    ...[removedHtml, removedLinks, imagesInText, misreadMarkdown, untouchedTemplate]
      .flatMap((find) => find(parsed.body, parsed.bodyLine))
      .map((found) => ({ file, line: found.line, field: 'text', message: found.message })),
  ].sort((a, b) => a.line - b.line);
  return { refs, problems, warnings, entry: { id: refs.id, council, file, data, body: parsed.body, bodyLine: parsed.bodyLine } };
}

/**
 * A file named otherwise than `<date>-<kind>.md` (`2024-11-20.md`,
 * `monitoring-visit-nov-2024.md`) is offered the name its own date and kind
 * give it, where they are valid.
 */
function nameFromFields(error: string, text: string): string {
  if (!/^'[^']*' is not named /.test(error)) return error;
  const raw = parseMarkdown(text, ENTRY_FIELDS).data;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return error;
  const { kind, date, published, start_date } = validFields<EntryData>(entryFields, raw as Record<string, unknown>);
  if (!kind || !(date ?? published ?? start_date)) return error;
  return error.replace(/ \(e\.g\. [^)]*\)$/, ` (did you mean ${expectedName({ kind, date, published, start_date })}, from its date and kind?)`);
}

/**
 * The front-matter an empty entry file could start with, from its name: a
 * draft, which the check accepts, whose TODO says what is still to write.
 */
export function starterLines({ date, kind }: EntryFileName): string[] {
  const known = kind as Kind;
  return ['---', `title: ${KINDS[known].label}`, `kind: ${kind}`, `date: ${date}`, `body: ${defaultBody(known)}`, 'summary: TODO one or two plain sentences', 'draft: true', '---'];
}

const TODO = /\bTODO\b/;
const TODO_MESSAGE = 'still has a TODO from a draft (allowed in a published entry: none; resolve it, or keep draft: true)';

/** Drafts mark what the officer must still write with TODO; a published entry must have none. */
function leftoverTodos(file: string, data: EntryData, parsed: ReturnType<typeof parseMarkdown>): Problem[] {
  const problems: Problem[] = [];
  for (const field of ['title', 'summary'] as const) {
    if (TODO.test(data[field])) problems.push({ file, line: parsed.lineOf([field]), field, message: TODO_MESSAGE });
  }
  parsed.body.split('\n').forEach((line, at) => {
    if (TODO.test(line)) problems.push({ file, line: parsed.bodyLine + at, field: 'text', message: TODO_MESSAGE });
  });
  return problems;
}

interface CouncilRefs {
  id: string;
  file: string;
  successors?: string[];
  predecessors?: string[];
  abolished?: string;
  gss_code?: string;
  former_gss_codes?: { gss_code: string }[];
  ofsted_url?: string;
}

/** The council fields the checks between files read (CouncilRefs), each kept when valid even if another field of the file is not. */
const { successors, predecessors, abolished, gss_code, former_gss_codes, ofsted_url } = councilFields;
const COUNCIL_REF_FIELDS = { successors, predecessors, abolished, gss_code, former_gss_codes, ofsted_url };

function checkCouncilFile(file: string, id: string, text: string): { council?: CouncilRecord; refs: CouncilRefs; problems: Problem[] } {
  const refs: CouncilRefs = { id, file };
  if (!SLUG.test(id)) {
    return { refs, problems: [{ file, line: 1, field: 'file name', message: `'${id}' is not a council id (allowed: lower-case words joined by hyphens, e.g. windsor-and-maidenhead)` }] };
  }
  const unreadable = encodingProblem(file, text);
  if (unreadable.length) return { refs, problems: unreadable };
  const { parsed, capitalised } = lowerCaseFieldNames(parseYaml(text, 1, COUNCIL_FIELDS), COUNCIL_FIELD_NAMES);
  if (parsed.errors.length) return { refs, problems: yamlProblems(file, 'file', parsed.errors) };
  const cut = cutValueProblems(file, parsed, councilSchema);
  const capitals = capitalProblems(file, capitalised);
  const raw = parsed.data && typeof parsed.data === 'object' ? (parsed.data as Record<string, unknown>) : {};
  Object.assign(refs, validFields<CouncilData>(COUNCIL_REF_FIELDS, raw));
  const result = councilSchema.safeParse(parsed.data ?? {});
  if (!result.success) {
    return { refs, problems: [...capitals, ...cut, ...besideCuts(cut, issuesToProblems(file, result.error.issues, parsed.lineOf, councilSchema, 'a council'))] };
  }
  if (capitals.length || cut.length) return { refs, problems: [...capitals, ...cut] };
  return { refs, council: { id, file, data: result.data }, problems: [] };
}

/** `ids` is absent when the file cannot be read as a list of themes at all. */
function checkThemesFile(file: string, text: string): { themes: ThemeData[]; ids?: string[]; problems: Problem[] } {
  const parsed = parseYaml(text);
  if (parsed.errors.length) return { themes: [], problems: yamlProblems(file, 'file', parsed.errors) };
  if (!Array.isArray(parsed.data)) {
    return { themes: [], problems: [{ file, line: 1, field: 'file', message: 'must be a list of themes, each starting "- id:"' }] };
  }
  const themes: ThemeData[] = [];
  const ids: string[] = [];
  const problems: Problem[] = [];
  parsed.data.forEach((item: unknown, index: number) => {
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id === 'string' && SLUG.test(id)) {
      if (ids.includes(id)) {
        problems.push({ file, line: parsed.lineOf([index, 'id']), field: `[${index}].id`, message: `'${id}' is used by an earlier theme (allowed: each id once)` });
        return;
      }
      ids.push(id);
    }
    const result = themeSchema.safeParse(item);
    if (result.success) {
      themes.push(result.data);
      return;
    }
    const lineOf = (p: FieldPath) => parsed.lineOf([index, ...p]);
    problems.push(
      ...issuesToProblems(file, result.error.issues, lineOf, themeSchema, 'a theme').map((p) => ({
        ...p,
        field: p.field === 'file' ? `[${index}]` : `[${index}].${p.field}`,
      })),
    );
  });
  return { themes, ids, problems: [...cutValueProblems(file, parsed, themesSchema), ...problems] };
}

/**
 * Every file under `dir`, and every symbolic link: a link is not followed
 * (a link to a folder would hide its files, and one to a file outside the
 * content could publish it), but reported, so that nothing goes missing unsaid.
 */
async function listFiles(dir: string): Promise<{ files: string[]; links: Set<string> }> {
  const entries = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => (e.isFile() || e.isSymbolicLink()) && !isJunk(e.name));
  const relative = (e: Dirent) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/');
  return { files: entries.map(relative).sort(), links: new Set(entries.filter((e) => e.isSymbolicLink()).map(relative)) };
}

const LINKED = 'is a link to a file or folder elsewhere, which the site does not follow (allowed: the file or folder itself, copied here in place of the link)';

/** Reads and checks everything under a content directory. */
export async function loadContent(dir: string): Promise<ContentSet> {
  const root = path.resolve(dir);
  const problems: Problem[] = [];
  const councils: CouncilRecord[] = [];
  const councilRefs: CouncilRefs[] = [];
  const entries: EntryRecord[] = [];
  let themes: ThemeData[] = [];
  // Unknown while themes.yaml is missing or unreadable: its one problem is reported, not one on every entry's themes.
  let themeIds: string[] | undefined;
  let themesFile: string | undefined;

  let files: string[];
  let links: Set<string>;
  try {
    ({ files, links } = await listFiles(root));
  } catch {
    return {
      councils, entries, themes, entryFiles: 0, warnings: [],
      problems: [{ file: displayPath(root), line: 1, field: 'content', message: 'the content directory does not exist' }],
    };
  }
  // One file at a time, synchronously: for thousands of small files that is
  // twice as fast as reading them with promises, and the check has nothing
  // else to do meanwhile (docs/BENCHMARKS.md).
  const read = (rel: string) => readFileSync(path.join(root, rel), 'utf8');

  // Each file's path as problems show it is worked out once, here, and kept with its job.
  const entryJobs: { rel: string; file: string; council: string; name: string }[] = [];
  let entryFiles = 0;
  for (const rel of files) {
    const file = displayPath(path.join(root, rel));
    const parts = rel.split('/');
    if (links.has(rel)) {
      if (parts[0] === 'entries') entryFiles += 1;
      problems.push({ file, line: 1, field: 'file', message: LINKED });
    } else if (rel === 'themes.yaml') {
      themesFile = file;
      const result = checkThemesFile(file, read(rel));
      ({ themes, ids: themeIds } = result);
      problems.push(...result.problems);
    } else if (parts[0] === 'councils' && parts.length === 2 && parts[1].endsWith('.yaml')) {
      const result = checkCouncilFile(file, parts[1].slice(0, -'.yaml'.length), read(rel));
      problems.push(...result.problems);
      councilRefs.push(result.refs);
      if (result.council) councils.push(result.council);
    } else if (parts[0] === 'entries' && parts.length === 3) {
      entryFiles += 1;
      entryJobs.push({ rel, file, council: parts[1], name: parts[2] });
    } else {
      if (parts[0] === 'entries') entryFiles += 1;
      problems.push({ file, line: 1, field: 'file', message: notContent(parts) });
    }
  }
  if (!themesFile) {
    problems.push({ file: displayPath(path.join(root, 'themes.yaml')), line: 1, field: 'file', message: 'is missing: the theme dictionary is required' });
  }

  const checks = entryJobs.map((job) => checkEntryFile(job.file, job.council, job.name, read(job.rel)));
  for (const check of checks) {
    problems.push(...check.problems);
    if (check.entry) entries.push(check.entry);
  }
  problems.push(...(await crossCheck(councilRefs, checks.map((c) => c.refs), themeIds, themes)));
  const warnings = sortProblems([
    ...checks.flatMap((check) => check.warnings ?? []),
    ...(await wrongFolderWarnings(councils, councilRefs, entries)),
    ...(await unpublishedLinkWarnings(entries, councilRefs, themeIds ?? [])),
  ]);
  return { councils, entries, themes, problems: sortProblems(problems), entryFiles, warnings };
}

/** The content set `npm run build` handed over for `dir` (hand-over.ts), if any, else a fresh `loadContent(dir)`. */
export async function takeOrLoadContent(dir: string): Promise<ContentSet> {
  return takeHandedOver(dir) ?? loadContent(dir);
}

/** The valid council files of a content directory (problems are `loadContent`'s to report). */
export async function loadCouncils(dir: string): Promise<CouncilRecord[]> {
  const root = path.resolve(dir, 'councils');
  // Files only: a link is refused by loadContent, and must not reach the dev preview's pages meanwhile.
  const names = (await readdir(root, { withFileTypes: true }).catch(() => [] as Dirent[])).filter((e) => e.isFile() && e.name.endsWith('.yaml')).map((e) => e.name).sort();
  const councils = await Promise.all(
    names.map(async (name) => checkCouncilFile(displayPath(path.join(root, name)), name.slice(0, -'.yaml'.length), await readFile(path.join(root, name), 'utf8')).council),
  );
  return councils.filter((c): c is CouncilRecord => c !== undefined);
}

/** The valid themes of a content directory (problems are `loadContent`'s to report). */
export async function loadThemes(dir: string): Promise<ThemeData[]> {
  const file = path.resolve(dir, 'themes.yaml');
  const isFile = await lstat(file).then((s) => s.isFile(), () => false);
  const text = isFile ? await readFile(file, 'utf8') : '';
  return text ? checkThemesFile(displayPath(file), text).themes : [];
}

/**
 * Why a value in an entry's `themes` is not a theme: with the id meant when
 * the value is close to an id or to a theme's label (the site and npm run new
 * show labels, so officers write them), and every id allowed.
 */
export function notATheme(value: string, ids: readonly string[], themes: readonly Pick<ThemeData, 'id' | 'label'>[]): string {
  const byLabel = new Map(themes.map((t) => [idFromName(t.label), t]));
  const meant = closest(idFromName(value), ids) ?? closest(idFromName(value), [...byLabel.keys()]);
  const labelled = meant && !ids.includes(meant) ? byLabel.get(meant) : undefined;
  const hint = labelled ? ` (did you mean ${labelled.id}, the id of the theme labelled “${labelled.label}”?)` : meant ? ` (did you mean ${meant}?)` : '';
  return `'${value}' is not a theme${hint} (allowed: an id from content/themes.yaml: ${ids.join(', ')})`;
}

/**
 * The line of a field, from the file read again: lines are looked up only
 * for the rare file with a problem, so a large corpus never holds every
 * file's YAML tree in memory.
 */
const lineIn = async (file: string, p: FieldPath) => (file.endsWith('.md') ? parseMarkdown : parseYaml)(await readFile(file, 'utf8')).lineOf(p);

/** Rules between files: folders are councils, theme and related ids exist. */
async function crossCheck(councils: CouncilRefs[], entries: EntryRefs[], themeIds: string[] | undefined, themes: ThemeData[]): Promise<Problem[]> {
  const councilIds = councils.map((c) => c.id);
  const known = new Set(councilIds);
  const themeSet = new Set(themeIds);
  const entryIds = new Set(entries.map((e) => e.id));
  const problems: Problem[] = [];

  for (const council of councils) {
    for (const field of ['successors', 'predecessors'] as const) {
      for (const [i, id] of (council[field] ?? []).entries()) {
        if (id === council.id || !known.has(id)) {
          const why = id === council.id ? 'is this council itself' : `is not a council${suggestion(id, councilIds)}`;
          problems.push({ file: council.file, line: await lineIn(council.file, [field, i]), field: `${field}[${i}]`, message: `'${id}' ${why} (allowed: a file name in content/councils/)` });
        }
      }
    }
  }
  // An ONS code names one council, now or formerly: open data is joined on it.
  const byCode = new Map<string, string>();
  for (const council of councils) {
    const codes: [string | undefined, FieldPath][] = [
      [council.gss_code, ['gss_code']],
      ...(council.former_gss_codes ?? []).map((f, i): [string, FieldPath] => [f.gss_code, ['former_gss_codes', i, 'gss_code']]),
    ];
    for (const [code, at] of codes) {
      if (!code) continue;
      const first = byCode.get(code);
      if (!first) byCode.set(code, council.id);
      else if (first !== council.id) problems.push({ file: council.file, line: await lineIn(council.file, at), field: fieldName(at), message: `${code} is already the code of ${first} (allowed: each council's own ONS code)` });
    }
  }
  const abolished = new Map(councils.filter((c) => c.abolished).map((c) => [c.id, c]));
  const byOfstedPage = new Map(councils.filter((c) => c.ofsted_url).map((c) => [comparableLink(c.ofsted_url!), c]));
  const byId = new Map(councils.map((c) => [c.id, c]));
  for (const entry of entries) {
    if (!known.has(entry.council)) {
      problems.push({ file: entry.file, line: 1, field: 'council folder', message: `'${entry.council}' is not a council: there is no content/councils/${entry.council}.yaml${suggestion(entry.council, councilIds)} (allowed: a folder named after a file in content/councils/)` });
    }
    const ended = abolished.get(entry.council);
    const began = entry.data && (entry.data.start_date ?? entry.data.date);
    if (ended && began && !canPrecede(began, ended.abolished!)) {
      const field = entry.data!.start_date ? 'start_date' : 'date';
      const tookOver = ended.successors?.length ? `: ${ended.successors.map((id) => `content/entries/${id}/`).join(' or ')}` : '';
      problems.push({ file: entry.file, line: await lineIn(entry.file, [field]), field, message: `${began} is after the council was abolished on ${formatDate(ended.abolished!)} (allowed: a date up to then; a later event belongs to the council that took over${tookOver})` });
    }
    // A file saved in the wrong council's folder would be published under that council.
    const source = entry.data?.source?.url;
    const sourcedFrom = source ? byOfstedPage.get(comparableLink(source)) : undefined;
    const here = byId.get(entry.council);
    if (sourcedFrom && here && sourcedFrom.id !== entry.council && !related(here, sourcedFrom, byId)) {
      problems.push({
        file: entry.file,
        line: await lineIn(entry.file, ['source', 'url']),
        field: 'source.url',
        message: `${source} is the Ofsted page of ${sourcedFrom.id} (the ofsted_url in content/councils/${sourcedFrom.id}.yaml), but this file is in content/entries/${entry.council}/: if the entry is about ${sourcedFrom.id}, move it to content/entries/${sourcedFrom.id}/ (allowed: this council's own Ofsted page, or that of a council it took over from, that took over from it or that took over from the same council)`,
      });
    }
    for (const field of ['themes', 'ignore_themes'] as const) {
      for (const [i, id] of (entry[field] ?? []).entries()) {
        if (themeIds && !themeSet.has(id)) {
          problems.push({ file: entry.file, line: await lineIn(entry.file, [field, i]), field: `${field}[${i}]`, message: notATheme(id, themeIds, themes) });
        }
      }
    }
    for (const [i, id] of (entry.related ?? []).entries()) {
      if (id === entry.id || !entryIds.has(id)) {
        const why = id === entry.id ? 'is this entry itself' : `is not an entry${suggestion(id, [...entryIds].filter((e) => e.startsWith(`${id.split('/')[0]}/`)))}`;
        problems.push({ file: entry.file, line: await lineIn(entry.file, ['related', i]), field: `related[${i}]`, message: `'${id}' ${why} (allowed: <council>/<file name without .md> of another entry)` });
      }
    }
  }
  problems.push(...(await sameEvents(entries, lineIn)));
  return problems;
}

/**
 * Entries whose title or summary names another council and not their own:
 * a file saved in the wrong council's folder is published as that council's.
 * A warning, not an error: an entry may rightly name another council alone.
 */
async function wrongFolderWarnings(councils: CouncilRecord[], refs: CouncilRefs[], entries: EntryRecord[]): Promise<Problem[]> {
  const find = councilNameFinder(councils.map((c) => ({ id: c.id, name: c.data.name, short_name: c.data.short_name })));
  const shortNames = new Map(councils.map((c) => [c.id, c.data.short_name]));
  const byId = new Map(refs.map((c) => [c.id, c]));
  const warnings: Problem[] = [];
  for (const entry of entries) {
    const own = shortNames.get(entry.council);
    const here = byId.get(entry.council);
    if (!own || !here) continue;
    const alike = (id: string) => byId.has(id) && related(here, byId.get(id)!, byId);
    const found = otherCouncilNamed([['title', entry.data.title], ['summary', entry.data.summary]], entry.council, find, alike);
    if (!found) continue;
    const belong = found.others.map((m) => `an entry about ${m.name} belongs in content/entries/${m.councils[0]}/`).join('; ');
    warnings.push({
      file: entry.file,
      line: await lineIn(entry.file, [found.field]),
      field: found.field,
      message: `warning: names ${listPhrase(found.others.map((m) => m.name))}, not ${own}: is this file in the right council's folder? (allowed: an entry about ${own}, which names ${own} if it names another council; ${belong})`,
    });
  }
  return warnings;
}

/**
 * What a published entry links to that will not be published with it: an
 * entry in `related` that is a draft, which its page leaves out, and links in
 * its text to pages of the site that will not be there (links-to-pages.ts).
 */
async function unpublishedLinkWarnings(entries: EntryRecord[], councils: CouncilRefs[], themeIds: string[]): Promise<Problem[]> {
  const states = new Map(entries.map((e) => [e.id, e.data.draft ? ('draft' as const) : ('published' as const)]));
  const councilIds = new Set(councils.map((c) => c.id));
  const themes = new Set(themeIds);
  const published = Map.groupBy(entries.filter((e) => !e.data.draft), (e) => e.council);
  const pages: SitePages = {
    entry: (id) => states.get(id),
    published: (council) => (published.get(council) ?? []).map((e) => e.id),
    council: (id) => councilIds.has(id),
    theme: (id) => themes.has(id),
  };
  const warnings: Problem[] = [];
  for (const entry of entries.filter((e) => !e.data.draft)) {
    for (const [i, id] of (entry.data.related ?? []).entries()) {
      if (states.get(id) !== 'draft') continue;
      const message = `warning: '${id}' is a draft, so this page leaves it out until it is published (allowed: any entry; it is linked once draft: true is taken out of it)`;
      warnings.push({ file: entry.file, line: await lineIn(entry.file, ['related', i]), field: `related[${i}]`, message });
    }
    for (const dead of deadLinksToPages(entry.body, entry.bodyLine, pages)) warnings.push({ file: entry.file, field: 'text', ...dead });
  }
  return warnings;
}

/**
 * One council took over from the other (either way round), or both took
 * over from one: Ofsted's tables give North Northamptonshire's inspections
 * West Northamptonshire's page, since one trust serves both.
 */
function related(a: CouncilRefs, b: CouncilRefs, byId: Map<string, CouncilRefs>): boolean {
  const links = (c: CouncilRefs) => [...(c.successors ?? []), ...(c.predecessors ?? [])];
  const takenOverFrom = (c: CouncilRefs) => [...(c.predecessors ?? []), ...[...byId.values()].filter((p) => p.successors?.includes(c.id)).map((p) => p.id)];
  return links(a).includes(b.id) || links(b).includes(a.id) || takenOverFrom(a).some((id) => takenOverFrom(b).includes(id));
}
