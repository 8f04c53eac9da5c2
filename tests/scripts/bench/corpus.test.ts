/** The bench's synthetic corpus: valid under the contract, with nothing the check warns of, the same every time. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCorpus } from '../../../scripts/bench/corpus.ts';
import { loadContent, type ContentSet } from '../../../src/lib/content/validate.ts';

const root = path.resolve(import.meta.dirname, '../../..');
let work: string;
let set: ContentSet;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'ij-corpus-'));
  await makeCorpus({ entries: 400, councils: 20, out: work, source: path.join(root, 'content') });
  set = await loadContent(work);
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('makeCorpus', () => {
  it('writes entries the check passes without a problem or a warning', () => {
    expect(set.entries).toHaveLength(400);
    expect(set.problems).toEqual([]);
    expect(set.warnings).toEqual([]);
  });

  it("leads a seed body's link to a seed council's page to the list of councils, which the synthetic site has", async () => {
    const linking = set.entries.filter((entry) => entry.body.includes('](/councils/'));
    expect(linking.length).toBeGreaterThan(0);
    for (const entry of linking) expect(entry.body).not.toMatch(/\]\(\/councils\/[^)]/);
  });

  it('is the same corpus every time it is made', async () => {
    const again = await mkdtemp(path.join(tmpdir(), 'ij-corpus-'));
    await makeCorpus({ entries: 400, councils: 20, out: again, source: path.join(root, 'content') });
    const file = path.join('entries', set.entries[123].id.split('/')[0], `${set.entries[123].id.split('/')[1]}.md`);
    expect(await readFile(path.join(again, file), 'utf8')).toBe(await readFile(path.join(work, file), 'utf8'));
    await rm(again, { recursive: true, force: true });
  });
});
