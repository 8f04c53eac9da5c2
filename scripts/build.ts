/**
 * npm run build: check the content, build the site with Astro, index it
 * with Pagefind, and prove every published entry file became a page.
 *
 * The content check runs first so that an officer's mistake is reported as
 * `path:line: field: …` lines, exactly as `npm run check` prints them, and
 * never as a stack trace from inside the build.
 */
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblems } from '../src/lib/content/problems.ts';
import { handOver, loadContent } from '../src/lib/content/validate.ts';
import { asAtProblem } from '../src/lib/national.ts';
import { contentDir, outDir as outSetting } from '../src/lib/settings.ts';
import { DEFAULT_SITE_URL } from '../src/lib/site-url.ts';
import { indexSite } from './search-index.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const root = path.resolve(fileURLToPath(import.meta.url), '../..');
const outDir = path.resolve(root, outSetting());
const phases: Record<string, number> = {};

async function phase<T>(name: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  phases[name] = (performance.now() - start) / 1000;
  return result;
}

const asAt = process.env.IJ_AS_AT?.trim();
if (asAt && asAtProblem(asAt)) {
  console.error(asAtProblem(asAt));
  process.exit(1);
}

const content = await phase('check', () => loadContent(path.resolve(root, contentDir())));
if (content.problems.length) {
  console.error(formatProblems(content.problems));
  console.error('\nThe site was not built. Fix the problems above (npm run check lists them again) and build again.');
  process.exit(1);
}

// Astro's content loader, in this same process, takes this checked content
// instead of reading every file again.
handOver(path.resolve(root, contentDir()), content);

const { build } = await import('astro');
await phase('astro', () => build({ root, logLevel: process.env.IJ_BUILD_LOG === 'silent' ? 'error' : 'info' }));

// Every published entry file must have become exactly one page.
const published = content.entries.filter((e) => !e.data.draft).map((e) => e.id);
const pages = new Set<string>();
for (const council of await readdir(path.join(outDir, 'councils'), { withFileTypes: true }).catch(() => [])) {
  if (!council.isDirectory()) continue;
  for (const entry of await readdir(path.join(outDir, 'councils', council.name), { withFileTypes: true })) {
    if (entry.isDirectory()) pages.add(`${council.name}/${entry.name}`);
  }
}
const missing = published.filter((id) => !pages.has(id));
if (missing.length || pages.size !== published.length) {
  console.error(`Entry pages do not match entry files: ${published.length} published entries, ${pages.size} entry pages.`);
  for (const id of missing) console.error(`  no page for ${id}`);
  process.exit(1);
}

const search = await phase('pagefind', () => indexSite(outDir));

if (process.env.IJ_BUILD_REPORT) {
  await writeFile(process.env.IJ_BUILD_REPORT, JSON.stringify({ phases, entries: published.length, councils: content.councils.length }));
}

const drafts = content.entries.length - published.length;
const timings = Object.entries(phases).map(([name, seconds]) => `${name} ${seconds.toFixed(1)} s`).join(', ');
console.log(
  `\nBuilt ${published.length} entry pages for ${content.councils.length} councils` +
    `${drafts ? ` (${drafts} ${drafts === 1 ? 'draft' : 'drafts'} left out)` : ''}; ` +
    `search index of ${search.pages} pages. ${timings}.`,
);
// Feeds, open data, the sitemap and canonical links carry the whole address: built without one, they name this computer.
if (!process.env.IJ_SITE_URL) {
  console.log(`IJ_SITE_URL is not set, so feeds, open data, the sitemap and canonical links point at ${DEFAULT_SITE_URL}: fine for a preview; before publishing, build with IJ_SITE_URL set to the site's public address (docs/deploying.md).`);
}
