/**
 * The bench's yardstick: a bare Astro site over the bench's corpus, a page
 * per entry, indexed by Pagefind, with either Markdown engine.
 */
import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCorpus } from '../../../scripts/bench/corpus.ts';
import { buildReference, type ReferenceMarkdown } from '../../../scripts/bench/reference.ts';

const root = path.resolve(import.meta.dirname, '../../..');
let work: string;

beforeAll(async () => {
  // Inside the project: Astro moves a built site into place, which cannot cross disks.
  await mkdir(path.join(root, '.bench'), { recursive: true });
  work = await mkdtemp(path.join(root, '.bench', 'reference-test-'));
  await makeCorpus({ entries: 12, councils: 3, out: path.join(work, 'content'), source: path.join(root, 'content') });
});
afterAll(() => rm(work, { recursive: true, force: true }));

const entryPages = async (dir: string) =>
  (await readdir(dir, { recursive: true })).filter((file) => /^council-\d+\/[^/]+\/index\.html$/.test(file.split(path.sep).join('/')));

describe.each<ReferenceMarkdown>(['default', 'unified'])('the reference site with the %s Markdown engine', (markdown) => {
  it('builds a page per entry with its body and indexes them', { timeout: 120_000 }, async () => {
    const out = path.join(work, `out-${markdown}`);
    const times = await buildReference(markdown, { entries: path.join(work, 'content', 'entries'), out, cache: path.join(work, `cache-${markdown}`) });

    const pages = await entryPages(out);
    expect(pages).toHaveLength(12);
    const html = await readFile(path.join(out, pages[0]), 'utf8');
    expect(html).toMatch(/<main data-pagefind-body><h1>[^<]+<\/h1>\s*<p>/);
    const entry = JSON.parse(await readFile(path.join(out, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(12);
    expect(times.seconds).toBeGreaterThanOrEqual(times.astro);
    expect(times.astro).toBeGreaterThan(0);
  });
});
