/**
 * npm run build: check the content, build the site with Astro, prove every
 * published entry file became a page (all three in scripts/build-site.ts),
 * then index the site with Pagefind.
 *
 * The site is built in a child process, which exits before Pagefind starts:
 * at 10,000 entries Node still held about 1 GB when its build was done, and
 * Pagefind needs about 1 GB of its own, so together they passed the 2 GB
 * budget (docs/BENCHMARKS.md). An officer's content problems are printed by
 * the child, as they are, and this process exits with its code. The content
 * check's warnings are repeated at the very end: printed only before the
 * build's own log, they had scrolled out of sight when it finished.
 */
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseContact } from '../src/lib/contact.ts';
import { describeDrafts, formatWarnings } from '../src/lib/content/problems.ts';
import { outDir as outSetting } from '../src/lib/settings.ts';
import { DEFAULT_SITE_URL } from '../src/lib/site-url.ts';
import type { SiteBuilt } from './build-site.ts';
import { indexSite } from './search-index.ts';
import { plural } from '../src/lib/list-phrase.ts';

const root = path.resolve(fileURLToPath(import.meta.url), '../..');
const outDir = path.resolve(root, outSetting());

const site = await new Promise<SiteBuilt>((resolve, reject) => {
  const child = spawn(process.execPath, [path.join(root, 'scripts/build-site.ts')], { stdio: ['inherit', 'inherit', 'inherit', 'ipc'] });
  let built: SiteBuilt | undefined;
  child.on('message', (message) => (built = message as SiteBuilt));
  child.on('error', reject);
  child.on('close', (code) => {
    if (code !== 0) process.exit(code ?? 1);
    if (built) resolve(built);
    else reject(new Error('The site build ended without saying what it built.'));
  });
});

console.log('Building the search index…');
const start = performance.now();
const search = await indexSite(outDir);
const phases = { ...site.phases, pagefind: (performance.now() - start) / 1000 };

if (process.env.IJ_BUILD_REPORT) {
  await writeFile(process.env.IJ_BUILD_REPORT, JSON.stringify({ phases, entries: site.entries, councils: site.councils }));
}

const timings = Object.entries(phases).map(([name, seconds]) => `${name} ${seconds.toFixed(1)} s`).join(', ');
console.log(
  `\nBuilt ${plural(site.entries, 'entry page')} for ${plural(site.councils, 'council')}` +
    `${site.drafts.length ? ` (left out, ${describeDrafts(site.drafts)})` : ''}; ` +
    `search index of ${plural(search.pages, 'page')}. ${timings}.`,
);
// Feeds, open data, the sitemap and canonical links carry the whole address: built without one, they name this computer.
if (!process.env.IJ_SITE_URL) {
  console.log(`IJ_SITE_URL is not set, so feeds, open data, the sitemap and canonical links point at ${DEFAULT_SITE_URL}: fine for a preview; before publishing, build with IJ_SITE_URL set to the site's public address (docs/deploying.md).`);
}
if (!parseContact(process.env.IJ_CONTACT).contact) {
  console.log(`IJ_CONTACT is not set, so the accessibility statement gives readers no address to write to: before publishing, build with IJ_CONTACT set to the publisher's email address or contact page (docs/deploying.md).`);
}
if (site.warnings.length) {
  console.error(`\nLook at these warnings before publishing (npm run check lists them too):\n${formatWarnings(site.warnings)}`);
}
