/**
 * Entry file names, `<date>-<kind>[-<n>].md`: reading one (and saying what a
 * wrong one was meant to be), the name an entry's front-matter asks for, and
 * the first free one in a council's folder, so the check, the officer tool
 * and the imports name files by one rule and never write over a file.
 */
import { readdir } from 'node:fs/promises';
import { readDate } from '../dates.ts';
import { KIND_IDS } from '../vocabulary.ts';
import { suggestion } from './problems.ts';
import { timelineDate, type EntryData } from './schema.ts';

/** Backups (`x.md~`, `x.md.bak`), vim's swap files (`.x.md.swp`) and the lock files of emacs (`.#x.md`), Word (`~$x.md`) and LibreOffice (`.~lock.x.md#`). */
const EDITOR_LEFTOVER = /~$|\.bak$|^\..*\.sw[a-p]$|^\.#|^~\$|^\.~lock\..*#$/i;

const ENTRY_FILE = /^(\d{4}-\d{2}(?:-\d{2})?)-([a-z]+(?:-[a-z]+)*?)(?:-(\d+))?\.md$/;
/** Other endings a Markdown file gets saved with: `.markdown`, or the `.txt` Notepad adds (`x.md.txt`). */
const OTHER_ENDING = /(?:\.md)?\.(?:txt|text|markdown|mdown|mkd)$/i;
export const ENTRY_PATTERN = 'content/entries/<council>/<date>-<kind>[-<n>].md';

export interface EntryFileName {
  date: string;
  kind: string;
  n?: number;
}

/** Parses `<date>-<kind>[-<n>].md`, or says what is wrong with the name. */
export function parseEntryFileName(name: string): EntryFileName | { error: string } {
  if (/\.md$/i.test(name) && !name.endsWith('.md')) {
    return { error: `'${name}' must end in .md, in lower case` };
  }
  if (EDITOR_LEFTOVER.test(name)) {
    return { error: `'${name}' is a backup or lock file that an editor leaves beside a file it has open, not an entry (delete it once the editor is closed; allowed: ${ENTRY_PATTERN})` };
  }
  if (!name.endsWith('.md')) {
    const meant = OTHER_ENDING.test(name) ? meantFileName(name.replace(OTHER_ENDING, '.md')) : undefined;
    const notepad = /\.txt$/i.test(name) ? ' Notepad adds .txt unless "Save as type" is "All files"' : '';
    return { error: `'${name}' is not an entry file${meant ? `: an entry's name ends in .md (did you mean ${meant}?${notepad})` : ''} (allowed: ${ENTRY_PATTERN})` };
  }
  const match = ENTRY_FILE.exec(name);
  if (!match) {
    const original = copiedFrom(name);
    if (original) {
      return { error: `'${name}' is the name Windows, a Mac or a browser gives a copy of ${original} (allowed: ${ENTRY_PATTERN}; rename the copy for its own event's date and kind, or delete it if it is the same event)` };
    }
    const meant = meantFileName(name);
    return { error: `'${name}' is not named <date>-<kind>[-<n>].md${meant ? ` (did you mean ${meant}?)` : ''} (e.g. 2018-08-01-monitoring-visit.md)` };
  }
  const [, date, kind, n] = match;
  if (!(KIND_IDS as string[]).includes(kind)) {
    return { error: `'${kind}' in the file name is not a kind${suggestion(kind, KIND_IDS)} (allowed: ${KIND_IDS.join(', ')})` };
  }
  if (n !== undefined && !/^[1-9]\d*$/.test(n)) {
    return { error: `'-${n}' is not allowed: number a second event of one kind on one date -2, a third -3` };
  }
  if (n !== undefined && Number(n) < 2) {
    return { error: `'-${n}' is not allowed: a second event of one kind on one date is -2, a third -3` };
  }
  return { date, kind, n: n === undefined ? undefined : Number(n) };
}

/** The entry file a copy was made of, from the name a copy gets: "x - Copy.md", "Copy of x.md", "x (1).md", "x copy 2.md". */
function copiedFrom(name: string): string | undefined {
  const match = /^(?:copy of )?(.+?)(?: - copy(?: \(\d+\))?| copy(?: \d+)?| \(\d+\))?\.md$/i.exec(name);
  const original = match && `${match[1]}.md`;
  return original && original !== name && ENTRY_FILE.test(original) && !('error' in parseEntryFileName(original)) ? original : undefined;
}

/**
 * The entry file name a name typed by hand most likely meant: in lower case,
 * its words joined by hyphens, its date written YYYY-MM-DD ("2022-07-22
 * Focused visit.md", "22-07-2022-inspection.md"); undefined when no valid
 * name is that near.
 */
function meantFileName(name: string): string | undefined {
  const words = name.slice(0, -'.md'.length).trim().toLowerCase().replace(/[\s_]+/g, '-');
  const written = /^(\d{1,4}[-.]\d{1,2}(?:[-.]\d{1,4})?)-([a-z][a-z0-9-]*)$/.exec(words);
  const date = written && readDate(written[1]);
  const meant = date && `${date}-${written[2]}.md`;
  return meant && ENTRY_FILE.test(meant) && !('error' in parseEntryFileName(meant)) ? meant : undefined;
}

/** The front-matter fields an entry's file name comes from. */
export type NamingFields = Pick<EntryData, 'date' | 'published' | 'start_date' | 'kind'>;

/** The file name an entry's front-matter asks for. */
export function expectedName(data: NamingFields, n?: number): string {
  return `${timelineDate(data)}-${data.kind}${n ? `-${n}` : ''}.md`;
}

/**
 * The first name for an entry that `present` does not hold: `<date>-<kind>.md`,
 * else `-2`, `-3` …, with the names found taken on the way.
 */
export function firstFreeName(data: NamingFields, present: ReadonlySet<string>): { name: string; n?: number; taken: string[] } {
  const taken: string[] = [];
  for (let n = 1; ; n += 1) {
    const name = expectedName(data, n > 1 ? n : undefined);
    if (!present.has(name)) return { name, n: n > 1 ? n : undefined, taken };
    taken.push(name);
  }
}

/** firstFreeName among the files in a council's folder (none while it does not exist). */
export async function firstFreeNameIn(folder: string, data: NamingFields): Promise<{ name: string; n?: number; taken: string[] }> {
  return firstFreeName(data, new Set(await readdir(folder).catch(() => [] as string[])));
}
