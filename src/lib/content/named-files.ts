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

/** Why a named file cannot be checked (it does not exist, or the check does not read it), or undefined. */
export function namedFileProblem(file: string, dir: string): string | undefined {
  if (!existsSync(file)) {
    const folder = path.dirname(file);
    const name = path.basename(file);
    // A slip in the name, not another visit's date: two letters at most.
    const near = existsSync(folder)
      ? readdirSync(folder)
          .map((other) => ({ other, by: distance(other, name) }))
          .filter(({ by }) => by <= 2)
          .sort((a, b) => a.by - b.by)[0]?.other
      : undefined;
    return `${file}: no such file${near ? ` (did you mean ${near}?)` : ''}`;
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
