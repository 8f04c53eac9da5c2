/**
 * Turns a parsed document into an entry file and writes it as a draft.
 *
 * The file always passes `checkEntryFile`, as `npm run check` would read it:
 * what the parser could not find becomes a `# TODO:` comment with the field
 * commented out (or a "TODO:" in the title or summary text, which must be
 * there), values to check get a `# TODO: check …` comment above them, and
 * the entry stays `draft: true`. Files are never overwritten: a second
 * draft for the same date and kind is `-2`, then `-3`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { expectedName, firstFreeNameIn } from '../content/entry-names.ts';
import { checkEntryFile } from '../content/validate.ts';
import { formatProblem, type Problem } from '../content/problems.ts';
import { formatDate, formatDateRange } from '../dates.ts';
import { sourceFor } from '../ofsted/merge.ts';
import { KINDS, type Kind } from '../vocabulary.ts';
import type { CouncilInfo } from './councils.ts';
import { escapeRegExp, plainQuotes } from './text.ts';
import type { FieldName, Finding, ParsedDocument } from './types.ts';

export interface Draft {
  council: string;
  /** File name for the first free slot is chosen by `writeDraft`; this is the name without `-n`. */
  name: string;
  /** Front-matter values, for the file name. */
  data: { kind: Kind; date?: string; start_date?: string; published?: string };
  text: string;
  /** TODOs left for the officer. */
  todos: string[];
}

export interface DraftOptions {
  /** Where the document came from, as shown to the officer. */
  source: string;
  /** Today, `YYYY-MM-DD`, for the note at the top. */
  today: string;
  council?: CouncilInfo;
  /** An entry that already holds this visit (npm run check refuses a copy once published): the draft says to merge into it. */
  heldBy?: { file: string; why: string };
}

const scalar = (value: unknown) => stringify(value, { lineWidth: 0 }).trimEnd();

/** The council a draft belongs to and the facts that name its file, or why there can be no draft. */
export function draftTarget(parsed: ParsedDocument): Pick<Draft, 'council' | 'data'> | { error: string } {
  const { fields } = parsed;
  const council = fields.council?.value;
  if (!council) {
    const why = parsed.missing.find((m) => m.field === 'council')?.why ?? 'the council was not found';
    return { error: `no council: ${why} (if you know it, give it with --council <id>)` };
  }
  const data = { kind: fields.kind?.value ?? 'other', date: fields.date?.value, start_date: fields.start_date?.value, published: fields.published?.value };
  if (!data.date && !data.published && !data.start_date) {
    return { error: 'no date: neither the date of the event nor of the letter is in the document' };
  }
  return { council, data };
}

/** Builds the entry text, or says why there can be none. */
export function draftEntry(parsed: ParsedDocument, options: DraftOptions): Draft | { error: string } {
  const target = draftTarget(parsed);
  if ('error' in target) return target;
  const { council: councilId, data } = target;
  const { kind, date } = data;
  const { fields } = parsed;

  const todos: string[] = [];
  const lines: string[] = ['---'];
  const comment = (text: string) => lines.push(`# ${text}`);
  const checksFor = (field: FieldName) => {
    for (const c of parsed.checks.filter((x) => x.field === field)) {
      comment(`TODO: check ${field}: ${c.message}`);
      todos.push(`check ${field}: ${c.message}`);
    }
  };
  const missingNote = (field: FieldName) => parsed.missing.find((m) => m.field === field)?.why;
  const todo = (field: FieldName, placeholder: string) => {
    const why = missingNote(field) ?? 'not found in the document';
    comment(`TODO: ${field}: ${why}`);
    comment(`${field}: ${placeholder}`);
    todos.push(`${field}: ${why}`);
  };
  const put = (field: string, value: unknown) => lines.push(`${field}: ${scalar(value)}`);

  comment(`Draft made by npm run import from ${options.source} on ${options.today}.`);
  comment('Check each field against the document, resolve every TODO, then delete "draft: true".');
  if (options.heldBy) {
    const merge = `${options.heldBy.file} already holds this ${KINDS[kind].noun} (it ${options.heldBy.why}): move what this draft adds into that file, then delete this draft`;
    comment(`TODO: ${merge}`);
    todos.push(merge);
  }

  // Title and summary must be there: a prompt goes in the text itself.
  checksFor('title');
  const needsFocus = parsed.type === 'ofsted' && !fields.focus && (kind === 'focused-visit' || kind === 'monitoring-visit');
  if (fields.title) {
    put('title', needsFocus ? `${fields.title.value}: TODO area of practice` : fields.title.value);
    if (needsFocus) todos.push('title: add the area of practice the visit looked at');
  } else {
    put('title', `TODO: short title (${missingNote('title') ?? 'not found in the document'})`);
    todos.push(`title: ${missingNote('title') ?? 'not found in the document'}`);
  }
  if (!fields.kind) {
    comment(`TODO: kind: ${missingNote('kind') ?? 'not found'} (allowed: ${Object.keys(KINDS).join(', ')})`);
    todos.push(`kind: ${missingNote('kind') ?? 'not found'}`);
  }
  put('kind', kind);

  for (const field of ['date', 'start_date', 'published'] as const) {
    checksFor(field);
    const value = fields[field]?.value;
    if (value) put(field, value);
    else if (field === 'date' || field === 'published' || (field === 'start_date' && parsed.type === 'ofsted' && !date)) {
      if (field === 'published' && parsed.type === 'committee') continue;
      todo(field, 'YYYY-MM-DD');
    }
  }
  put('body', fields.body?.value ?? 'other');

  if (fields.framework && fields.grades) {
    checksFor('grades');
    put('framework', fields.framework.value);
    lines.push('grades:');
    for (const [area, grade] of Object.entries(fields.grades.value)) lines.push(`  ${area}: ${grade}`);
  } else if (kind && KINDS[kind].graded) {
    todo('framework', 'ilacs-2023');
    comment('grades:');
    comment('  overall: requires-improvement');
  }

  checksFor('summary');
  if (fields.summary) put('summary', fields.summary.value);
  else {
    put('summary', `TODO: one or two plain sentences on what it found (${missingNote('summary') ?? 'not found in the document'})`);
    todos.push(`summary: ${missingNote('summary') ?? 'not found'}`);
  }

  if (fields.themes?.value.length) {
    comment('themes: found by import in the key findings; keep those that apply (the build adds what it finds itself)');
    lines.push(`themes: [${fields.themes.value.join(', ')}]`);
  }

  if (parsed.type === 'ofsted') {
    checksFor('inspectors');
    if (fields.inspectors?.value.length) {
      lines.push('inspectors:');
      for (const name of fields.inspectors.value) lines.push(`  - ${scalar(name)}`);
    } else if (missingNote('inspectors')) {
      comment(`TODO: inspectors: ${missingNote('inspectors')}`);
      comment('inspectors: [Name as printed]');
      todos.push(`inspectors: ${missingNote('inspectors')}`);
    }
  }
  if (kind === 'monitoring-visit') {
    if (fields.visit_number) put('visit_number', fields.visit_number.value);
    else todo('visit_number', '1');
  }
  if (fields.related?.value.length) {
    lines.push('related:');
    for (const id of fields.related.value) lines.push(`  - ${id}`);
  }
  const reports = parsed.type === 'ofsted' && options.council ? sourceFor(options.council) : undefined;
  if (reports) {
    comment('source: the council’s page of Ofsted reports; the address of this document itself is better, if you have it.');
    lines.push('source:', `  url: ${scalar(reports.url)}`, `  title: ${scalar(reports.title)}`);
  } else {
    comment('source:');
    comment('  url: https://… (TODO: the address where the document is published)');
    todos.push('source: the address where the document is published');
    comment(`  title: ${scalar(path.basename(options.source))}`);
  }
  lines.push('draft: true', '---', '');

  lines.push(...bodyOf(parsed, todos, options.council));
  return { council: councilId, name: expectedName(data), data, text: `${lines.join('\n').trimEnd()}\n`, todos };
}

const quote = (text: string) => text.split('\n').map((l) => `> ${l}`.trimEnd()).join('\n');

/** The area a visit looked at as the letter wrote it: "the front door" where it had "the", which the title's "front door" drops. */
function areaAsWritten(focus: Finding<string>): string {
  return new RegExp(`\\bthe\\s+${escapeRegExp(focus.value)}`, 'i').test(plainQuotes(focus.evidence).replace(/['"]/g, '')) ? `the ${focus.value}` : focus.value;
}

/** The draft's text; each TODO it leaves for the officer goes into `todos` too. */
function bodyOf(parsed: ParsedDocument, todos: string[], council?: CouncilInfo): string[] {
  const { fields, sections } = parsed;
  const out: string[] = [];
  const where = council?.short_name ?? fields.council?.value ?? 'the council';
  const when = fields.date ? formatDateRange(fields.start_date?.value, fields.date.value) : undefined;
  if (parsed.type === 'ofsted') {
    const noun = fields.kind ? KINDS[fields.kind.value].noun : 'visit';
    const by = fields.inspectors?.value.length ? `, carried out by ${fields.inspectors.value.join(', ').replace(/, ([^,]*)$/, ' and $1')}` : '';
    const letter = fields.published ? ` Ofsted’s letter is dated ${formatDate(fields.published.value)}.` : '';
    out.push(`Ofsted’s ${noun} of ${where} children’s services${when ? ` ${when.includes(' to ') ? 'from' : 'on'} ${when}` : ''}${by}.${letter}${fields.focus ? ` Inspectors looked at ${areaAsWritten(fields.focus)}.` : ''}`);
  } else {
    const what = fields.kind?.value === 'minutes' ? 'Minutes of' : 'Report to';
    const committee = fields.committee ? `the ${fields.committee.value}` : 'TODO: which committee or meeting';
    if (!fields.committee) todos.push('text: which committee or meeting');
    const exact = fields.date && fields.date.value.length !== 10;
    if (exact) todos.push('text: the exact date of the meeting');
    const date = fields.date ? (exact ? `, ${formatDate(fields.date.value)} (TODO: exact date)` : `, ${formatDate(fields.date.value)}`) : '';
    out.push(`${what} ${committee}${date}.`);
  }
  // The document's own opening, quoted where it says more than the summary.
  if (parsed.opening && parsed.opening.length > (fields.summary?.value.length ?? 0) + 20) out.push('', quote(parsed.opening));

  const section = (heading: string, items: string[], prompt: string) => {
    out.push('', `## ${heading}`, '');
    if (items.length) out.push(...items.map((i) => `- ${i}`));
    else {
      out.push(`TODO: ${prompt}`);
      todos.push(`${heading}: ${prompt}`);
    }
  };
  const ofsted = parsed.type === 'ofsted';
  section('Strengths', sections.strengths, ofsted ? 'strengths the letter names, or delete this section' : 'strengths the paper reports, or delete this section');
  section('Areas for improvement', sections.improvements, ofsted ? 'what the letter says needs to improve' : 'areas for improvement the paper reports, or delete this section');
  section('Next steps', sections.nextSteps, ofsted ? 'what happens next (the next visit, the council’s action plan), or delete this section' : 'next steps the paper sets out, or delete this section');
  return out;
}

export interface Written {
  /** Path of the file written (or that would be written on a dry run). */
  file: string;
  /** The `-n` used, when an entry of that date and kind existed. */
  n?: number;
  /** Existing files of the same date and kind. */
  existing: string[];
}

/**
 * Writes the draft under `<contentDir>/entries/<council>/`, in the first
 * free name (never over a file), after checking it exactly as `npm run
 * check` does. Throws with the problems if the draft would not be valid.
 */
export async function writeDraft(contentDir: string, draft: Draft, options: { dryRun?: boolean; display?: (p: string) => string } = {}): Promise<Written> {
  const folder = path.join(contentDir, 'entries', draft.council);
  const display = options.display ?? ((p: string) => p);
  const { name, n, taken } = await firstFreeNameIn(folder, draft.data);
  const file = path.join(folder, name);
  const check = checkEntryFile(display(file), draft.council, name, draft.text);
  if (check.problems.length) throw new InvalidDraftError(check.problems);
  if (!options.dryRun) {
    await mkdir(folder, { recursive: true });
    // 'wx' fails rather than overwrite a file written since the name was chosen.
    await writeFile(file, draft.text, { flag: 'wx' });
  }
  return { file, n, existing: taken };
}

export class InvalidDraftError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(`the draft would not pass npm run check:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'InvalidDraftError';
    this.problems = problems;
  }
}
