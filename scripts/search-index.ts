/**
 * Builds the Pagefind search index from the built HTML. Only entry pages
 * are searched, and only their article (marked data-pagefind-body), so
 * councils, themes, navigation, footers and charts stay out of the index;
 * the glob keeps Pagefind from even reading the other pages. An entry's
 * folder is its file name, which begins with a date: a council's journey
 * page sits beside its entries but does not match.
 *
 * Pagefind's CLI rather than its Node API: the build waits for the
 * process to exit, so every index file is complete before the build goes
 * on. (With the Node API, `writeFiles` could answer while files were still
 * being written, and closing the service then kills the writer; a build
 * under load once read an empty pagefind-entry.json.)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runNode } from './run-node.ts';

/** The pagefind package's own launcher, which runs the binary for this platform. */
export const PAGEFIND_CLI = path.join(path.dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner/bin.cjs');

/**
 * Pagefind's Linux binary allocates with jemalloc, which reads its options
 * from this variable (a build without jemalloc ignores it). At 10,000 pages
 * it first-touched its 1 GB peak 4 kB at a time: about 260,000 page faults.
 * Huge pages make that about 5,000, and one arena per CPU rather than four
 * uses less memory: indexing took a fifth less time (docs/BENCHMARKS.md).
 */
const ALLOCATOR_OPTIONS = 'thp:always,metadata_thp:always,percpu_arena:percpu';

export async function indexSite(outDir: string): Promise<{ pages: number }> {
  const output = path.join(outDir, 'pagefind');
  const args = ['--site', outDir, '--glob', 'councils/*/[0-9]*/index.html', '--output-path', output, '--force-language', 'en'];
  const log = await runNode('Pagefind', [PAGEFIND_CLI, ...args], { _RJEM_MALLOC_CONF: ALLOCATOR_OPTIONS, ...process.env });
  return { pages: Number(/Indexed (\d+) pages?/.exec(log)?.[1] ?? 0) };
}
