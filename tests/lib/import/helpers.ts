/**
 * Paths and set-up shared by the import tests. The seeds and the real
 * letters are in tests/support/shared-material.ts, so that only the tests
 * that read them need ../shared.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadImportContext, parseDocument, readDocument, type ImportContext } from '../../../src/lib/import/index.ts';
import type { ParsedDocument } from '../../../src/lib/import/types.ts';

export const repoRoot = path.resolve(import.meta.dirname, '../../..');
export const fixtures = path.join(repoRoot, 'tests/fixtures/import');
/** Councils of the twenty letters and the seeds, with neighbours whose names overlap theirs. */
export const allCouncils = path.join(fixtures, 'content');
/** The four seed councils only, as the site's own content had them first. */
export const seedCouncils = path.join(fixtures, 'content-seeds');

export async function parseFile(file: string, ctx: ImportContext): Promise<ParsedDocument> {
  const { text } = await readDocument(file);
  const parsed = parseDocument(text, ctx);
  if (!parsed) throw new Error(`${file} was not recognised`);
  return parsed;
}

export async function context(dir: string, council?: string): Promise<ImportContext> {
  return loadImportContext(dir, { council });
}

/** A copy of a fixture content directory to write drafts into. */
export async function scratchContent(from: string): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ij-import-'));
  await cp(from, dir, { recursive: true });
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
