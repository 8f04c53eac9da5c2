/**
 * A problem in a content file, and the one way problems are printed:
 * `path:line: field: what is wrong (allowed: …)`, the form editors and
 * terminals turn into links.
 */
import { distance } from 'fastest-levenshtein';
import path from 'node:path';
import type { FieldPath } from './read.ts';
import { plural } from '../list-phrase.ts';

export interface Problem {
  /** Path as the officer would type it, e.g. content/entries/reading/2018-08-01-monitoring-visit.md */
  file: string;
  line: number;
  /** The field, e.g. `grades.overall` or `themes[1]`; `file` for the file as a whole. */
  field: string;
  message: string;
}

/** A path as problems and the officer tools show it: relative to the working directory, forward slashes. */
export function displayPath(file: string): string {
  return path.relative(process.cwd(), path.resolve(file)).split(path.sep).join('/') || file;
}

export function fieldName(fieldPath: FieldPath): string {
  return fieldPath.reduce<string>(
    (name, segment) =>
      typeof segment === 'number' ? `${name}[${segment}]` : name ? `${name}.${segment}` : segment,
    '',
  );
}

/**
 * Text quoted from a content file (a value, a key, a file's name) as the
 * terminal should show it: a control character, line break, tab or
 * direction override by its code, so that no terminal acts on it, and no
 * quoted text can start a line of its own or reorder the words around it.
 */
export const printable = (text: string) =>
  text.replace(/[\u0000-\u001F\u007F-\u009F\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

export function formatProblem(problem: Problem): string {
  return printable(`${problem.file}:${problem.line}: ${problem.field}: ${problem.message}`);
}

export function formatProblems(problems: Problem[]): string {
  const files = new Set(problems.map((p) => p.file)).size;
  const count = `${plural(problems.length, 'problem')} in ${plural(files, 'file')}`;
  return [...problems.map(formatProblem), count].join('\n');
}

/** Warnings (problems that still let the file become a page), then their count. */
export function formatWarnings(warnings: Problem[]): string {
  const files = new Set(warnings.map((p) => p.file)).size;
  const count = `${plural(warnings.length, 'warning')} in ${plural(files, 'file')}: ${files === 1 ? 'it still becomes a page' : 'they still become pages'}`;
  return [...warnings.map(formatProblem), count].join('\n');
}

/**
 * Drafts are left out of the site on purpose, but an officer who forgot to
 * take `draft: true` out needs to see which file: "1 draft: path" or
 * "7 drafts: a, b, c, d, e and 2 more".
 */
export function describeDrafts(files: string[], shown = 5): string {
  const listed = files.slice(0, shown).join(', ');
  const more = files.length > shown ? ` and ${files.length - shown} more` : '';
  return `${plural(files.length, 'draft')}: ${listed}${more}`;
}

/** "816 entries (1 draft: …), 158 councils, 25 themes": what a content directory holds, for the line that says it has no problems. */
export function describeContent(content: { entries: { file: string; data: { draft?: boolean } }[]; councils: unknown[]; themes: unknown[] }): string {
  const drafts = content.entries.filter((e) => e.data.draft).map((e) => e.file);
  return `${plural(content.entries.length, 'entry', 'entries')}${drafts.length ? ` (${describeDrafts(drafts)})` : ''}, ${plural(content.councils.length, 'council')}, ${plural(content.themes.length, 'theme')}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/**
 * The allowed value closest to `value`, or to whose start it is close
 * ("focussed" → focused-visit, "monitoring" → monitoring-visit), if any is.
 */
export function closest(value: string, allowed: readonly string[]): string | undefined {
  const lower = value.toLowerCase();
  let best: { value: string; distance: number } | undefined;
  for (const option of allowed) {
    const words = option.toLowerCase().split('-');
    for (let n = words.length; n >= 1; n -= 1) {
      const start = words.slice(0, n).join('-');
      const d = distance(lower, start);
      if (d <= Math.max(2, Math.floor(start.length / 4)) && d < (best?.distance ?? Infinity)) best = { value: option, distance: d };
    }
  }
  return best?.value;
}

/** " (did you mean …?)" for the allowed value closest to `value`, or '' when none is close. */
export function suggestion(value: string, allowed: readonly string[]): string {
  const best = closest(value, allowed);
  return best ? ` (did you mean ${best}?)` : '';
}

/** Thrown by the build when content has problems; its message is the list. */
export class ContentProblemsError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(formatProblems(problems));
    this.name = 'ContentProblemsError';
    this.problems = problems;
  }
}
