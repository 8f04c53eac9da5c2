/**
 * The files `npm run import` goes through, from the files and folders it is
 * given. A file named on its own is read whatever its name. In a folder,
 * every file is either read or named with why it is not (a Word document
 * is not left out without a word), except the hidden and system files that
 * computers leave in folders, which no officer put there.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { skipReason, type Skip } from './document.ts';

export interface ImportInputs {
  /** Each file to go through, in order, with why it is passed over unread when it is. */
  files: { file: string; skip?: Skip }[];
  /** Files and folders given that do not exist. */
  missing: string[];
  /** Words given apart that are one file's name with spaces in it, written without quotes. */
  spaced: { parts: string[]; file: string }[];
  /** Folders given that hold nothing to go through, and why (no files in them, or they cannot be read). */
  empty: { folder: string; reason: string }[];
}

const SYSTEM_FILES = new Set(['thumbs.db', 'ehthumbs.db', 'desktop.ini']);

/**
 * Hidden files and folders (.DS_Store, .git/), the __MACOSX folder of a zip
 * made on a Mac, Windows' Thumbs.db and desktop.ini, and the ~$ file Word
 * keeps beside a document while it is open. `relative` is a path below the
 * folder given, so that a folder given as ./letters still counts.
 */
export function isSystemFile(relative: string): boolean {
  const parts = relative.split(/[\\/]/);
  const name = parts[parts.length - 1].toLowerCase();
  return parts.some((part) => part.startsWith('.') || part === '__MACOSX') || SYSTEM_FILES.has(name) || name.startsWith('~$');
}

/**
 * The file that the words from `at` on name together, where a name with
 * spaces was typed without quotes ("reading letter.pdf" given as "reading"
 * and "letter.pdf"): the most words that make a file that exists.
 */
async function spacedName(inputs: string[], at: number): Promise<{ parts: string[]; file: string } | undefined> {
  for (let end = inputs.length; end > at + 1; end--) {
    const file = inputs.slice(at, end).join(' ');
    if (await stat(file).catch(() => undefined)) return { parts: inputs.slice(at, end), file };
  }
  return undefined;
}

export async function listInputs(inputs: string[]): Promise<ImportInputs> {
  const result: ImportInputs = { files: [], missing: [], spaced: [], empty: [] };
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i];
    const info = await stat(input).catch(() => undefined);
    if (!info) {
      const spaced = await spacedName(inputs, i);
      if (spaced) {
        result.spaced.push(spaced);
        i += spaced.parts.length - 1;
      } else {
        result.missing.push(input);
      }
      continue;
    }
    if (!info.isDirectory()) {
      result.files.push({ file: input });
      continue;
    }
    let entries;
    try {
      entries = await readdir(input, { recursive: true, withFileTypes: true });
    } catch (error) {
      result.empty.push({ folder: input, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` });
      continue;
    }
    const found: string[] = [];
    for (const entry of entries) {
      const file = path.join(entry.parentPath, entry.name);
      if (isSystemFile(path.relative(input, file))) continue;
      // A link to a file is the file, to whoever put it there.
      if (entry.isFile() || (entry.isSymbolicLink() && (await stat(file).catch(() => undefined))?.isFile())) found.push(file);
    }
    if (!found.length) result.empty.push({ folder: input, reason: 'nothing to import: the folder is empty' });
    result.files.push(...found.sort().map((file) => ({ file, skip: skipReason(file) })));
  }
  return result;
}
