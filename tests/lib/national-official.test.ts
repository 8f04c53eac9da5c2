/**
 * The national figures computed from the site's own content agree with
 * Ofsted's official table "Local authority inspection judgements as at 31
 * March 2025" (../shared/data/ofsted). The content was imported from
 * Ofsted's history tables; this checks the history and the calculation
 * together reproduce the official snapshot.
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

async function officialCounts(): Promise<Record<Grade, number>> {
  const lines = (await readFile(official, 'utf8')).split('\n');
  const header = lines.findIndex((line) => line.startsWith('Web link,'));
  const rows: Record<string, string>[] = parse(lines.slice(header).join('\n'), { columns: true, skip_empty_lines: true, relax_column_count: true });
  const byLabel = new Map(GRADES.map((g) => [GRADE_INFO[g].label, g]));
  const counts = Object.fromEntries(GRADES.map((g) => [g, 0])) as Record<Grade, number>;
  for (const row of rows) counts[byLabel.get(row['Overall effectiveness'].trim())!] += 1;
  return counts;
}

describe('the national picture as at 31 March 2025', () => {
  it('equals the official counts of current councils by overall grade', async () => {
    const content = await loadContent(path.join(repo, 'content'));
    expect(content.problems).toEqual([]);
    const byCouncil = Map.groupBy(content.entries.map((e) => toJourneyEntry(e.id, e.data)), (e) => e.council);
    const councils: NationalCouncil[] = content.councils.map((c) => ({ id: c.id, data: c.data, entries: byCouncil.get(c.id) ?? [] }));

    const counts = countByCategory(standingsAt(councils, '2025-03-31'));
    const expected = await officialCounts();
    expect(Object.values(expected).reduce((a, b) => a + b)).toBe(153);
    expect({ outstanding: counts.outstanding, good: counts.good, 'requires-improvement': counts['requires-improvement'], inadequate: counts.inadequate }).toEqual(expected);
    expect(counts.none).toBe(0);
  });
});
