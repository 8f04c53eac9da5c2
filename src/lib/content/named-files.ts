/**
 * `npm run check -- <file>`: an officer names the file they are writing.
 * The check still reads the whole content directory, since a file is
 * checked against the others (its council, the entries it relates to, a
 * duplicate of it), but it shows the named files' problems and warnings
 * and only counts the rest's.
 */
import { distance } from 'fastest-levenshtein';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { displayPath, type Problem } from './problems.ts';

/** A file name as typed, with the .md an entry's id leaves off. */
const withMd = (name: string) => (name.endsWith('.md') ? name : `${name}.md`);

/** The entry files of a name typed alone (no folder), in every council's folder that has one. */
function entryFilesNamed(typed: string, dir: string): string[] {
  const entries = path.join(dir, 'entries');
  if (typed.includes('/') || !existsSync(entries)) return [];
  return readdirSync(entries).map((council) => path.join(entries, council, withMd(typed))).filter((file) => existsSync(file));
}

/**
 * The file an officer meant by what they typed: the path as typed; else from
 * the folder they typed it in (npm runs scripts from the project's folder,
 * and says where it was started in INIT_CWD); else an entry's id or file
 * name (`leeds/2025-03-14-inspection`, `2025-03-14-inspection.md`) under the
 * content folder's entries, where only one file has it. Failing those, as
 * typed, for `namedFileProblem` to explain.
 */
export function findNamedFile(typed: string, dir: string, startedIn = process.env.INIT_CWD): string {
  if (existsSync(typed)) return typed;
  const candidates = [...(startedIn ? [path.resolve(startedIn, typed)] : []), path.join(dir, 'entries', withMd(typed)), ...entryFilesNamed(typed, dir)];
  const found = [...new Set(candidates.filter((file) => existsSync(file)).map((file) => path.resolve(file)))];
  return found.length === 1 ? path.relative(process.cwd(), found[0]) : typed;
}

/** Why a named file cannot be checked (it does not exist, or the check does not read it), or undefined. */
export function namedFileProblem(file: string, dir: string): string | undefined {
  if (!existsSync(file)) {
    const several = entryFilesNamed(file, dir).map((found) => path.relative(process.cwd(), found));
    if (several.length > 1) return `${file}: more than one council has a file of this name (allowed: its path, one of ${several.join(', ')})`;
    const folder = path.dirname(file);
    const name = path.basename(file);
    // A slip in the name, not another visit's date: two letters at most.
    const near = existsSync(folder)
      ? readdirSync(folder)
          .map((other) => ({ other, by: distance(other, name) }))
          .filter(({ by }) => by <= 2)
          .sort((a, b) => a.by - b.by)[0]?.other
      : undefined;
    const where = file.includes('/') ? '' : ' in any council\'s folder (allowed: its path, such as content/entries/<council>/<file name>)';
    return `${file}: no such file${near ? ` (did you mean ${near}?)` : where}`;
  }
  const inside = path.relative(path.resolve(dir), path.resolve(file));
  if (inside.startsWith('..') || path.isAbsolute(inside)) {
    return `${file}: not in ${dir.replace(/\/?$/, '/')}, the folder npm run check reads (IJ_CONTENT_DIR names another)`;
  }
  return undefined;
}

/** Problems (or warnings) split into the named files' and the rest. */
export function splitByFile(problems: Problem[], files: string[]): { named: Problem[]; others: Problem[] } {
  const wanted = new Set(files.map(displayPath));
  return {
    named: problems.filter((p) => wanted.has(p.file)),
    others: problems.filter((p) => !wanted.has(p.file)),
  };
}
