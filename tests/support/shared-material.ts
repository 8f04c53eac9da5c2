/**
 * The source material some unit tests read (the seeds, Ofsted's statistics,
 * the real letters) lives in ../shared beside the checkout, as on CI, or
 * wherever SHARED_DIR points. A test file that imports this fails with one
 * clear message when it is missing, rather than ENOENT per test; the rest
 * of the suite still runs.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '../..');
export const sharedDir = process.env.SHARED_DIR ? path.resolve(process.env.SHARED_DIR) : path.resolve(repoRoot, '../shared');

if (!existsSync(path.join(sharedDir, 'seeds'))) {
  throw new Error(
    `This test reads the project's source material (seeds, Ofsted statistics, letters) from ${sharedDir}, which is missing. ` +
      'Clone the project beside ../shared, as CI does, or set SHARED_DIR to where it is.',
  );
}

const seedsDir = path.join(sharedDir, 'seeds');
export const lettersDir = path.join(sharedDir, 'data/letters');

/** The seed document whose name starts with this number, e.g. '002'. */
export async function seedFile(prefix: string): Promise<string> {
  const name = (await readdir(seedsDir)).find((f) => f.startsWith(`${prefix}_`));
  if (!name) throw new Error(`no seed ${prefix}_* in ${seedsDir}`);
  return path.join(seedsDir, name);
}
