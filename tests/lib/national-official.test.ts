/**
 * The national figures computed from the site's own content agree with
 * Ofsted's official table "Local authority inspection judgements as at 31
 * March 2025" (../shared/data/ofsted). The content was imported from
 * Ofsted's history tables; this checks the history and the calculation
 * together reproduce the official snapshot. On 31 March 2023 they differ
 * where the site says they may: Ofsted's table left out reports published
 * after its cut-off, 30 April 2023, and the site counts an inspection from
 * when it took place.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/validate.ts';
import { toJourneyEntry } from '../../src/lib/journey.ts';
import { countByCategory, standingsAt, type NationalCouncil } from '../../src/lib/national.ts';
import { GRADES, GRADE_INFO, type Grade } from '../../src/lib/vocabulary.ts';
import { sharedDir } from '../support/shared-material.ts';

const repo = path.resolve(import.meta.dirname, '../..');
const official = path.join(sharedDir, 'data/ofsted/2025/Inspections_as_at_31_March.csv');

async function officialRows(file: string): Promise<Record<string, string>[]> {
  const lines = (await readFile(file, 'utf8')).split('\n');
  const header = lines.findIndex((line) => line.startsWith('Web link,'));
  return parse(lines.slice(header).join('\n'), { columns: true, skip_empty_lines: true, relax_column_count: true });
}

async function siteCouncils(): Promise<NationalCouncil[]> {
  const content = await loadContent(path.join(repo, 'content'));
  expect(content.problems).toEqual([]);
  const byCouncil = Map.groupBy(content.entries.map((e) => toJourneyEntry(e.id, e.data)), (e) => e.council);
  return content.councils.map((c) => ({ id: c.id, data: c.data, entries: byCouncil.get(c.id) ?? [] }));
}

async function officialCounts(): Promise<Record<Grade, number>> {
  const rows = await officialRows(official);
  const byLabel = new Map(GRADES.map((g) => [GRADE_INFO[g].label, g]));
  const counts = Object.fromEntries(GRADES.map((g) => [g, 0])) as Record<Grade, number>;
  for (const row of rows) counts[byLabel.get(row['Overall effectiveness'].trim())!] += 1;
  return counts;
}

describe('the national picture as at 31 March 2025', () => {
  it('equals the official counts of current councils by overall grade', async () => {
    const counts = countByCategory(standingsAt(await siteCouncils(), '2025-03-31'));
    const expected = await officialCounts();
    expect(Object.values(expected).reduce((a, b) => a + b)).toBe(153);
    expect({ outstanding: counts.outstanding, good: counts.good, 'requires-improvement': counts['requires-improvement'], inadequate: counts.inadequate }).toEqual(expected);
    expect(counts.none).toBe(0);
  });
});

describe('the national picture as at 31 March 2023', () => {
  it('differs from the official table only where a report came out after Ofsted’s cut-off of 30 April 2023', async () => {
    const councils = await siteCouncils();
    // Ofsted's names vary in case and hyphens ("Richmond Upon Thames", "Southend on Sea").
    const key = (name: string) => name.toLowerCase().replace(/-/g, ' ').trim();
    const standings = new Map(standingsAt(councils, '2023-03-31').map((s) => [key(s.name), s]));
    const rows = await officialRows(path.join(sharedDir, 'data/ofsted/2023/LA_level_at_31_Mar_2023.csv'));
    const byLabel = new Map(GRADES.map((g) => [GRADE_INFO[g].label, g]));
    const isoDate = (ddmmyyyy: string) => ddmmyyyy.split('/').reverse().join('-');

    const differences = rows
      .map((row) => ({ row, site: standings.get(key(row['Local authority name'])) }))
      .filter(({ row, site }) => site?.category !== byLabel.get(row['Overall effectiveness'].trim()) || site?.judgement?.date !== isoDate(row['Inspection date']));
    expect(differences.length).toBeGreaterThan(0);
    const listed = new Set(rows.map((row) => key(row['Local authority name'])));
    expect([...standings.values()].filter((s) => !listed.has(key(s.name))).map((s) => s.name)).toEqual([]);
    for (const { row, site } of differences) {
      expect(site?.judgement?.entry.published, row['Local authority name']).toBeDefined();
      expect(site!.judgement!.entry.published! > '2023-04-30', `${row['Local authority name']}: published ${site!.judgement!.entry.published}`).toBe(true);
    }
  });
});
