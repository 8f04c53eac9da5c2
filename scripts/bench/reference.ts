/**
 * The brief's yardstick for the build budget, rebuilt on this host: "a bare
 * Astro 7 site at 10,000 entries: about 20 s with Astro's default Markdown
 * engine plus Pagefind, about 45 s with the unified remark/rehype
 * processor". The bench builds it (scripts/bench/reference-site/) over the
 * same corpus just after the site, so a run can be read against how fast
 * the shared host was at the time (docs/BENCHMARKS.md).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runNode } from '../run-node.ts';
import { PAGEFIND_CLI } from '../search-index.ts';

export type ReferenceMarkdown = 'default' | 'unified';

export interface ReferenceTimes {
  markdown: ReferenceMarkdown;
  seconds: number;
  astro: number;
  pagefind: number;
}

const root = path.resolve(fileURLToPath(import.meta.url), '../../..');
const site = path.join(root, 'scripts/bench/reference-site');

/**
 * Builds the bare site from a cold cache (`cache` must not exist yet) into
 * `out`, then indexes it with Pagefind's CLI and its defaults.
 */
export async function buildReference(markdown: ReferenceMarkdown, dirs: { entries: string; out: string; cache: string }): Promise<ReferenceTimes> {
  const started = performance.now();
  await runNode('The reference site\'s build', [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', site, '--silent'], {
    ...process.env,
    IJ_REFERENCE_CONTENT: dirs.entries,
    IJ_REFERENCE_OUT: dirs.out,
    IJ_REFERENCE_CACHE: dirs.cache,
    IJ_REFERENCE_MARKDOWN: markdown,
    ASTRO_TELEMETRY_DISABLED: '1',
  });
  const built = performance.now();
  await runNode('Pagefind', [PAGEFIND_CLI, '--site', dirs.out]);
  const done = performance.now();
  const inSeconds = (ms: number) => Number((ms / 1000).toFixed(1));
  return { markdown, seconds: inSeconds(done - started), astro: inSeconds(built - started), pagefind: inSeconds(done - built) };
}
