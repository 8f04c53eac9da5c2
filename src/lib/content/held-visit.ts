/**
 * The council's entry that already holds a visit, so npm run new and
 * npm run import can say so before writing a copy.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { displayPath } from './problems.ts';
import { sameVisit, type VisitFields } from './same-visit.ts';
import { checkEntryFile } from './validate.ts';

/** The first of a council's entry files (by name) that holds the same visit, by sameVisit, and why. */
export async function findSameVisit(contentDir: string, council: string, visit: VisitFields): Promise<{ file: string; title?: string; why: string } | undefined> {
  const folder = path.join(contentDir, 'entries', council);
  const names = (await readdir(folder).catch(() => [] as string[])).filter((name) => name.endsWith('.md')).sort();
  for (const name of names) {
    const file = path.join(folder, name);
    const other = checkEntryFile(displayPath(file), council, name, await readFile(file, 'utf8')).refs.data;
    const same = other && sameVisit(visit, other);
    if (same) return { file, title: other.title, why: same.why };
  }
  return undefined;
}
