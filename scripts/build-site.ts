/**
 * The site half of `npm run build`, run by scripts/build.ts in a process of
 * its own: check the content, build the site with Astro, and prove every
 * published entry file became a page. It tells its parent what it built and
 * how long each phase took, then exits, and its memory (about 1 GB at 10,000
 * entries) goes back to the system before Pagefind, which needs as much
 * again, starts.
 *
 * The content check comes first so that an officer's mistake is reported as
 * `path:line: field: …` lines, exactly as `npm run check` prints them, and
 * never as a stack trace from inside the build. It runs on a thread of its
 * own (scripts/check-worker.ts) while Astro starts, which takes as long;
 * Astro's content loader waits for it, and Astro touches the output folder
 * only after that, so a build stopped by a problem loses nothing. Its
 * warnings are printed here and again at the end by scripts/build.ts.
 *
 * Astro logs only its warnings and errors unless IJ_BUILD_LOG asks for more
 * (src/lib/settings.ts), so the build says itself when each phase starts:
 * here the check and the pages, in scripts/build.ts the search index.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { formatProblems, formatWarnings, type ContentProblemsError, type Problem } from '../src/lib/content/problems.ts';
import { handOver } from '../src/lib/content/hand-over.ts';
import type { ContentSet } from '../src/lib/content/validate.ts';
import { parseContact } from '../src/lib/contact.ts';
import { asAtProblem } from '../src/lib/national.ts';
import { paths } from '../src/lib/paths.ts';
import { astroLogLevel, contentDir, outDirProblem, outDir as outSetting } from '../src/lib/settings.ts';
import { siteUrlProblem } from '../src/lib/site-url.ts';
import { plural } from '../src/lib/list-phrase.ts';

/** What the site build tells scripts/build.ts. */
export interface SiteBuilt {
  phases: Record<string, number>;
  entries: number;
  /** The draft entry files left out, as problems show paths. */
  drafts: string[];
  councils: number;
  /** The content check's warnings, for the build's summary to repeat. */
  warnings: Problem[];
}

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
const logLevel = astroLogLevel();
const settingProblem = (asAt && asAtProblem(asAt)) || siteUrlProblem() || parseContact(process.env.IJ_CONTACT).problem || logLevel.problem || outDirProblem(process.cwd(), outDir);
if (settingProblem) {
  console.error(settingProblem);
  process.exit(1);
}

const NOT_BUILT = '\nThe site was not built. Fix the problems above (npm run check lists them again) and build again.';

/**
 * The content problems an error carries, itself or as the cause Astro wrapped
 * it in. By name: the loader's copy of the class is Vite's, not this one.
 */
function contentProblemsIn(error: unknown): Problem[] | undefined {
  for (let e = error; e instanceof Error; e = e.cause) if (e.name === 'ContentProblemsError') return (e as ContentProblemsError).problems;
  return undefined;
}

const contentRoot = path.resolve(root, contentDir());
console.log(`Checking ${contentDir().replace(/\/?$/, '/')}…`);
const publishedIds = (content: ContentSet) => content.entries.filter((e) => !e.data.draft).map((e) => e.id);
const checking = phase('check', () => new Promise<ContentSet>((resolve, reject) => {
  const worker = new Worker(new URL('./check-worker.ts', import.meta.url), { workerData: { dir: contentRoot } });
  worker.once('message', resolve);
  worker.once('error', reject);
  // After its message this changes nothing; without one, the build must not wait for ever.
  worker.once('exit', (code) => reject(new Error(`The content check stopped (exit code ${code}) without a result.`)));
})).then((content) => {
  if (content.warnings.length) console.error(`${formatWarnings(content.warnings)}\n`);
  if (content.problems.length) {
    console.error(formatProblems(content.problems));
    console.error(NOT_BUILT);
    process.exit(1);
  }
  const published = publishedIds(content).length;
  console.log(`Building the pages for ${plural(published, 'entry', 'entries')} and ${plural(content.councils.length, 'council')}…`);
  return content;
});
// Astro's content loader, in this same process, waits for this checked
// content instead of reading every file again.
handOver(contentRoot, checking);

const { build } = await import('astro');
await phase('astro', () => build({ root, logLevel: logLevel.level })).catch((error: unknown) => {
  // A problem found only while rendering (text nested too deeply to show) is told as the check tells one.
  const problems = contentProblemsIn(error);
  if (!problems) throw error;
  console.error(formatProblems(problems));
  console.error(NOT_BUILT);
  process.exit(1);
});
const content = await checking;
const published = publishedIds(content);

// Every published entry file must have become exactly one page.
const pages = new Set<string>();
for (const council of await readdir(path.join(outDir, 'councils'), { withFileTypes: true }).catch(() => [])) {
  if (!council.isDirectory()) continue;
  for (const entry of await readdir(path.join(outDir, 'councils', council.name), { withFileTypes: true })) {
    // A council's folder also holds its journey page, which is not an entry's.
    if (entry.isDirectory() && `councils/${council.name}/${entry.name}/` !== paths.journey(council.name)) pages.add(`${council.name}/${entry.name}`);
  }
}
const missing = published.filter((id) => !pages.has(id));
if (missing.length || pages.size !== published.length) {
  console.error(`Entry pages do not match entry files: ${published.length} published entries, ${pages.size} entry pages.`);
  for (const id of missing) console.error(`  no page for ${id}`);
  process.exit(1);
}

const built: SiteBuilt = {
  phases,
  entries: published.length,
  drafts: content.entries.filter((e) => e.data.draft).map((e) => e.file),
  councils: content.councils.length,
  warnings: content.warnings,
};
process.send?.(built);
