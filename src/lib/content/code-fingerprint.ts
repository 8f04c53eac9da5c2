/**
 * A fingerprint of the code that turns an entry file into what Astro's
 * content store keeps: the site's own modules (src/lib, src/loaders) and
 * the locked versions of its dependencies. The entries loader folds it into
 * each entry's digest, because Astro reuses a stored entry whose digest is
 * unchanged: without it, a fix to the sanitiser or a new table hint would
 * not reach entries rendered before it until node_modules/.astro was
 * deleted. Any change in those folders re-renders every entry, which is
 * slower than tracing imports but cannot miss a module.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Folders and files under the project root whose text the fingerprint covers. */
const RENDERING_CODE = ['src/lib', 'src/loaders', 'package-lock.json'];

/** The files at `relative` (a file, or a folder read recursively), as paths from `root`. */
function filesAt(root: string, relative: string): string[] {
  const full = path.join(root, relative);
  if (!statSync(full).isDirectory()) return [relative];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

/** A hex digest of the paths and text of every file in `paths` (folders read recursively), in a fixed order. */
export function codeFingerprint(root: string, paths: string[] = RENDERING_CODE): string {
  const hash = createHash('sha256');
  const files = paths.flatMap((relative) => filesAt(root, relative)).sort();
  for (const file of files) {
    hash.update(`${file.split(path.sep).join('/')}\0`);
    hash.update(readFileSync(path.join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}
