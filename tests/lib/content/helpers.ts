/**
 * Small builders for content tests: entry texts whose line numbers are easy
 * to read off, and throw-away content directories in the system temp dir.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { checkEntryFile, loadContent } from '../../../src/lib/content/validate.ts';
import type { Problem } from '../../../src/lib/content/problems.ts';

/** A valid monitoring visit, field by field; line 1 is `---`, so `title` is on line 2. */
export const BASE_ENTRY: Record<string, string> = {
  title: 'Monitoring visit 7',
  kind: 'monitoring-visit',
  date: '2018-08-01',
  body: 'ofsted',
  summary: 'Young people leaving care receive better services.',
};

/**
 * Front-matter built from BASE_ENTRY with `changes` applied: a key set to
 * `undefined` is left out, a new key goes last. Values are written as YAML
 * source, so quote them in the test where needed.
 */
export function entryText(changes: Record<string, string | undefined> = {}, body = 'Body text.\n'): string {
  const fields = { ...BASE_ENTRY, ...changes };
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n${body}`;
}

/** The file line a top-level key is written on in `text` (1-based). */
export function lineOfKey(text: string, key: string): number {
  const index = text.split('\n').findIndex((line) => line.startsWith(`${key}:`));
  if (index < 0) throw new Error(`no ${key} in the text`);
  return index + 1;
}

export const entryPath = (council: string, name: string) => `content/entries/${council}/${name}`;

/** Checks one entry file as it would sit at content/entries/<council>/<name>. */
export function check(name: string, text: string, council = 'reading') {
  return checkEntryFile(entryPath(council, name), council, name, text);
}

export function problemsOf(name: string, text: string, council = 'reading'): Problem[] {
  return check(name, text, council).problems;
}

export const COUNCIL_YAML = 'name: Reading Borough Council\nshort_name: Reading\ntype: unitary\n';
export const THEMES_YAML = [
  '- id: care-leavers',
  '  label: Care leavers',
  '  description: Support for young people leaving care',
  '  phrases: [care leaver, leaving care]',
  '- id: workforce-stability',
  '  label: Workforce stability',
  '  description: Recruitment, retention, agency staff, turnover',
  '  phrases: [agency staff]',
  '',
].join('\n');

export interface TempContent {
  dir: string;
  /** The path problems show for a file in this directory (relative to the working directory). */
  shown(rel: string): string;
  remove(): Promise<void>;
}

/** Writes a content directory of `files` (path → text) to a fresh temp dir. */
export async function tempContent(files: Record<string, string>): Promise<TempContent> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ij-content-'));
  for (const [rel, text] of Object.entries(files)) {
    const file = path.join(dir, rel);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  }
  return {
    dir,
    shown: (rel) => path.relative(process.cwd(), path.join(dir, rel)).split(path.sep).join('/'),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/**
 * Throw-away content directories for the tests of a describe block, each
 * removed after its test: `load` writes one and checks it (loadContent).
 */
export function tempContents() {
  let last: TempContent | undefined;
  afterEach(async () => {
    await last?.remove();
    last = undefined;
  });
  const write = async (files: Record<string, string>) => (last = await tempContent(files));
  return {
    write,
    load: async (files: Record<string, string>) => loadContent((await write(files)).dir),
    /** The path problems show for a file of the directory written last. */
    shown: (rel: string) => last!.shown(rel),
  };
}

/** A minimal valid content directory (one council, the themes) plus `files`. */
export function withBase(files: Record<string, string>): Record<string, string> {
  return { 'councils/reading.yaml': COUNCIL_YAML, 'themes.yaml': THEMES_YAML, ...files };
}
