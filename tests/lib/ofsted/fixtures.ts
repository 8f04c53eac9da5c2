/** Paths to the Ofsted fixtures (rows cut from the real tables; see tests/fixtures/ofsted/README.md). */
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readSheet, type TableRead } from '../../../src/lib/ofsted/datasets.ts';
import { readTableFile } from '../../../src/lib/ofsted/tables.ts';

export const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/ofsted');
export const fixture = (name: string) => path.join(FIXTURES, name);

export const CSV_2023 = ['LA_inspections_2009_2023.csv', 'LA_level_in_year_2022_23.csv', 'LA_level_at_31_Mar_2023.csv'].map(fixture);
export const CSV_2025 = ['ILACS_inspection_history.csv', 'In_year_inspections.csv', 'Inspections_as_at_31_March.csv'].map(fixture);
export const LOOKUP = fixture('la_lookup.csv');
export const ODS_2023 = fixture('social-care-2023-cut.ods');
export const ODS_2025 = fixture('outcomes-2025-cut.ods');

/** Reads one fixture file's tables. */
export async function tablesOf(file: string): Promise<TableRead[]> {
  const sheets = await readTableFile(file);
  return sheets.flatMap((sheet) => readSheet(sheet).tables);
}

const copies: string[] = [];

/** A fresh copy of the fixture content directory (removed by `removeCopies`). */
export async function contentCopy(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ij-ofsted-'));
  copies.push(dir);
  await cp(fixture('content'), dir, { recursive: true });
  return dir;
}

export async function removeCopies(): Promise<void> {
  await Promise.all(copies.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/** Every file under `dir`, relative path → text. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const out: Record<string, string> = {};
  for (const f of files.map((e) => path.join(e.parentPath, e.name)).sort()) out[path.relative(dir, f)] = await readFile(f, 'utf8');
  return out;
}
