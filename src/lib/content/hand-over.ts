/**
 * Hands a content set being read and checked to the next reader in this
 * process: `npm run build` checks the content on another thread while Astro
 * starts, in the same process, and Astro's loader then waits for that result
 * instead of reading and checking 10,000 files a second time. Taken once: a
 * later read (a file saved in the dev server) reads the files afresh.
 *
 * A module apart from the check's, and importing none of it, so that the
 * build starts the check's thread without first loading the check itself.
 */
import path from 'node:path';
import type { ContentSet } from './validate.ts';

const CHECKED = Symbol.for('improvement-journeys.checked-content');

type Store = Record<symbol, { dir: string; set: Promise<ContentSet> } | undefined>;

export function handOver(dir: string, set: Promise<ContentSet>): void {
  (globalThis as Store)[CHECKED] = { dir: path.resolve(dir), set };
}

/** The content set handed over for `dir`, if any; taken once. */
export function takeHandedOver(dir: string): Promise<ContentSet> | undefined {
  const store = globalThis as Store;
  const handed = store[CHECKED];
  delete store[CHECKED];
  return handed?.dir === path.resolve(dir) ? handed.set : undefined;
}
