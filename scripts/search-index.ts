/**
 * Builds the Pagefind search index from the built HTML. Only entry pages
 * are searched, and only their article (marked data-pagefind-body), so
 * councils, themes, navigation, footers and charts stay out of the index;
 * the glob keeps Pagefind from even reading the other pages.
 *
 * Pagefind's CLI rather than its Node API: the build waits for the
 * process to exit, so every index file is complete before the build goes
 * on. (With the Node API, `writeFiles` could answer while files were still
 * being written, and closing the service then kills the writer; a build
 * under load once read an empty pagefind-entry.json.)
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The pagefind package's own launcher, which runs the binary for this platform. */
const runner = path.join(path.dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner/bin.cjs');

export async function indexSite(outDir: string): Promise<{ pages: number }> {
  const output = path.join(outDir, 'pagefind');
  const args = ['--site', outDir, '--glob', 'councils/*/*/index.html', '--output-path', output, '--force-language', 'en'];
  const log = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [runner, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (chunk) => (text += chunk));
    child.stderr.on('data', (chunk) => (text += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(text) : reject(new Error(`Pagefind failed (exit ${code}):\n${text}`))));
  });
  return { pages: Number(/Indexed (\d+) pages?/.exec(log)?.[1] ?? 0) };
}
