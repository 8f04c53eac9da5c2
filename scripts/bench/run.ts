/**
 * npm run bench -- [--entries N] [--councils C] [--query WORDS] [--warm] [--reference]
 *
 * Generates a synthetic corpus outside content/ (in .bench/), builds it
 * with the real build script from a cold cache, and reports the wall time
 * of each phase, peak memory, pages per second, the size of dist/, the
 * bytes of HTML, CSS and JS of a council page and an entry page, the size
 * of the search index, and the bytes a browser fetches to run a first
 * search. With --reference it then builds the brief's yardstick, a bare
 * Astro site over the same corpus (scripts/bench/reference.ts), with each
 * Markdown engine. Numbers go to the terminal and to .bench/results.jsonl; the
 * table in docs/BENCHMARKS.md is written from them by hand, with the
 * machine and date.
 */
import { spawn } from 'node:child_process';
import { appendFile, mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { councilPageWeights, pageWeight } from '../page-weight.ts';
import { serveSite } from '../serve-static.ts';
import { makeCorpus } from './corpus.ts';
import { buildReference, type ReferenceMarkdown, type ReferenceTimes } from './reference.ts';
import { watchTreeMemory } from './tree-memory.ts';

const root = path.resolve(fileURLToPath(import.meta.url), '../../..');

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}
const entries = Number(option('entries', '10000'));
const councils = Number(option('councils', '150'));
const query = option('query', 'management oversight');
const warm = process.argv.includes('--warm');
const reference = process.argv.includes('--reference');

const benchDir = path.join(root, '.bench');
const content = path.join(benchDir, `content-${entries}-${councils}`);
const out = path.join(benchDir, `dist-${entries}-${councils}`);
const report = path.join(benchDir, 'build-report.json');

/**
 * Each run deletes the last run's output (30,000 files) once it is measured.
 * A build that starts within a minute or two of that writes its own files
 * more slowly (docs/BENCHMARKS.md, "Deleting before building"), so runs in a
 * row wait until the deletion is this far behind them, as a fresh clone's
 * build would be.
 */
const SETTLE_MS = 150_000;
const deletedAt = path.join(benchDir, 'last-deletion');

async function settleAfterLastDeletion(): Promise<void> {
  const last = Number(await readFile(deletedAt, 'utf8').catch(() => '0'));
  const wait = last + SETTLE_MS - Date.now();
  if (wait <= 0) return;
  console.log(`Waiting ${Math.ceil(wait / 1000)} s: the last run deleted its output just now, and files written soon after a deletion are slower to create.`);
  await setTimeout(wait);
}

async function sizeOf(dir: string): Promise<{ bytes: number; files: number; html: number }> {
  let bytes = 0;
  let files = 0;
  let html = 0;
  for (const file of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!file.isFile()) continue;
    files += 1;
    if (file.name.endsWith('.html')) html += 1;
    bytes += (await stat(path.join(file.parentPath, file.name))).size;
  }
  return { bytes, files, html };
}

/** Runs the build, sampling the memory of its whole process tree (Node and Pagefind) at once. */
function build(): Promise<{ seconds: number; peakMB?: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['scripts/build.ts'], {
      cwd: root,
      env: { ...process.env, IJ_CONTENT_DIR: content, IJ_OUT_DIR: out, IJ_BUILD_REPORT: report, IJ_BUILD_LOG: 'silent' },
    });
    const memory = watchTreeMemory(child.pid!);
    let stderr = '';
    child.stdout.resume();
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => {
      const peakMB = memory.stop();
      if (code !== 0) return reject(new Error(`build failed:\n${stderr}`));
      resolve({ seconds: (performance.now() - started) / 1000, peakMB });
    });
  });
}

/** Bytes Chromium fetches to open the search page and show the first results of a query. */
async function firstSearch(): Promise<{ total: number; index: number; results: number }> {
  const site = await serveSite(out);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    let total = 0;
    let index = 0;
    page.on('requestfinished', async (request) => {
      const sizes = await request.sizes();
      total += sizes.responseBodySize;
      if (request.url().includes('/pagefind/')) index += sizes.responseBodySize;
    });
    await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`, { waitUntil: 'networkidle' });
    await page.locator('#result-list li').first().waitFor();
    const results = await page.locator('#result-list li').count();
    return { total, index, results };
  } finally {
    await browser.close();
    await site.close();
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

console.log(`Corpus: ${entries} entries across ${councils} councils (${path.relative(root, content)})`);
await settleAfterLastDeletion();
await makeCorpus({ entries, councils, out: content, source: path.join(root, 'content') });
if (!warm) await rm(path.join(root, 'node_modules/.astro'), { recursive: true, force: true });
// The last run's output is moved aside and deleted only after this run is
// measured: deleting its 30,000 files just before the build would slow the
// build's own file writes (docs/BENCHMARKS.md, "Deleting before building").
const previous = path.join(benchDir, 'previous-output');
await rm(previous, { recursive: true, force: true });
await mkdir(previous, { recursive: true });
const setAside = (dir: string) =>
  rename(dir, path.join(previous, path.basename(dir))).catch((error) => {
    if (error.code !== 'ENOENT') throw error;
  });
await setAside(out);

const { seconds, peakMB } = await build();
const { phases } = JSON.parse(await readFile(report, 'utf8')) as { phases: Record<string, number> };
const dist = await sizeOf(out);
const index = await sizeOf(path.join(out, 'pagefind'));
const firstCouncil = 'council-001';
const entryPage = (await readdir(path.join(out, 'councils', firstCouncil), { withFileTypes: true })).find((d) => d.isDirectory())!.name;
const councilWeight = await pageWeight(out, `councils/${firstCouncil}/index.html`);
const [heaviestCouncil] = await councilPageWeights(out);
const entryWeight = await pageWeight(out, `councils/${firstCouncil}/${entryPage}/index.html`);
const search = await firstSearch();

const references: ReferenceTimes[] = [];
if (reference) {
  for (const markdown of ['default', 'unified'] as ReferenceMarkdown[]) {
    const dirs = { entries: path.join(content, 'entries'), out: path.join(benchDir, `reference-${markdown}`), cache: path.join(benchDir, `reference-cache-${markdown}`) };
    await setAside(dirs.out);
    await setAside(dirs.cache);
    references.push(await buildReference(markdown, dirs));
  }
}

const result = {
  date: new Date().toISOString().slice(0, 10),
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  entries,
  councils,
  cache: warm ? 'warm' : 'cold',
  seconds: Number(seconds.toFixed(1)),
  phases: Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, Number(v.toFixed(1))])),
  peakMB: peakMB && Math.round(peakMB),
  pages: dist.html,
  pagesPerSecond: Math.round(dist.html / seconds),
  distMB: Number((dist.bytes / 2 ** 20).toFixed(1)),
  indexMB: Number((index.bytes / 2 ** 20).toFixed(1)),
  indexFiles: index.files,
  councilPage: councilWeight,
  heaviestCouncilPage: heaviestCouncil,
  entryPage: entryWeight,
  firstSearch: { query, ...search },
  ...(reference && { reference: references }),
};
await mkdir(benchDir, { recursive: true });
await appendFile(path.join(benchDir, 'results.jsonl'), `${JSON.stringify(result)}\n`);
await rm(previous, { recursive: true, force: true });
await writeFile(deletedAt, String(Date.now()));

console.log(`Machine: ${result.machine}`);
console.log(`Build (${result.cache} cache): ${result.seconds} s wall; ${Object.entries(result.phases).map(([k, v]) => `${k} ${v} s`).join(', ')}`);
console.log(`Peak memory (the build's processes together): ${result.peakMB ?? '?'} MB; ${result.pages} pages, ${result.pagesPerSecond} pages/s; dist ${mb(dist.bytes)} in ${dist.files} files`);
console.log(`Council page: HTML ${kb(councilWeight.html)}, CSS ${kb(councilWeight.css)}, JS ${kb(councilWeight.js)}; ${kb(councilWeight.gzipped)} gzipped`);
console.log(`Heaviest council page (${heaviestCouncil.page}): HTML ${kb(heaviestCouncil.html)}, CSS ${kb(heaviestCouncil.css)}; ${kb(heaviestCouncil.gzipped)} gzipped`);
console.log(`Entry page: HTML ${kb(entryWeight.html)}, CSS ${kb(entryWeight.css)}, JS ${kb(entryWeight.js)}; ${kb(entryWeight.gzipped)} gzipped`);
console.log(`Search index: ${mb(index.bytes)} in ${index.files} files; first search for "${query}": ${kb(search.total)} fetched (${kb(search.index)} of it Pagefind), ${search.results} results shown`);
for (const r of references) {
  console.log(`Reference, a bare Astro site over the same entries, ${r.markdown === 'unified' ? "Astro's unified processor" : "Astro's default Markdown engine"}: ${r.seconds} s wall; astro ${r.astro} s, pagefind ${r.pagefind} s`);
}
