/**
 * Makes Pagefind's output the same bytes for the same site. Pagefind 1.5
 * writes each filter's values, and the list of filters in its metadata, in
 * the order of a Rust HashMap, which changes from run to run (a known
 * upstream limitation: Pagefind issue #638 made fragments stable, not
 * filters). This rewrites those two things in sorted order and renames the
 * files after their new content; everything else Pagefind writes is left
 * as it is.
 *
 * The files are gzip'd CBOR behind a `pagefind_dcd` signature:
 *   filter: [filter name, [[value, [page numbers]], …]]
 *   meta:   [version, fragments, index chunks, [[filter name, file hash], …], sorts, meta keys]
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';

const SIGNATURE = Buffer.from('pagefind_dcd');

function read(bytes: Buffer): unknown {
  const plain = gunzipSync(bytes);
  if (!plain.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error('not a Pagefind data file');
  return decode(plain.subarray(SIGNATURE.length));
}

function write(value: unknown): { bytes: Buffer; digest: string } {
  const plain = Buffer.concat([SIGNATURE, Buffer.from(encode(value))]);
  return { bytes: gzipSync(plain, { level: 9 }), digest: createHash('sha256').update(plain).digest('hex') };
}

const byFirst = (a: unknown[], b: unknown[]) => String(a[0]).localeCompare(String(b[0]), 'en');

export async function canonicalisePagefind(bundleDir: string): Promise<void> {
  const entryFile = path.join(bundleDir, 'pagefind-entry.json');
  const entry = JSON.parse(await readFile(entryFile, 'utf8'));

  const renamed = new Map<string, string>();
  const filterDir = path.join(bundleDir, 'filter');
  for (const file of (await readdir(filterDir)).sort()) {
    const [language, oldHash] = [file.split('_')[0], file.replace(/\.pf_filter$/, '')];
    const [name, values] = read(await readFile(path.join(filterDir, file))) as [string, unknown[][]];
    const { bytes, digest } = write([name, [...values].sort(byFirst)]);
    const newHash = `${language}_${digest.slice(0, 7)}`;
    if (newHash !== oldHash) await rm(path.join(filterDir, file));
    await writeFile(path.join(filterDir, `${newHash}.pf_filter`), bytes);
    renamed.set(oldHash, newHash);
  }

  for (const [language, info] of Object.entries(entry.languages as Record<string, { hash: string }>)) {
    const metaFile = path.join(bundleDir, `pagefind.${info.hash}.pf_meta`);
    const meta = read(await readFile(metaFile)) as unknown[];
    const filters = (meta[3] as [string, string][]).map(([name, hash]) => [name, renamed.get(hash) ?? hash] as [string, string]);
    meta[3] = filters.sort(byFirst);
    const { bytes, digest } = write(meta);
    const newHash = `${language}_${digest.slice(0, 10)}`;
    if (newHash !== info.hash) await rm(metaFile);
    await writeFile(path.join(bundleDir, `pagefind.${newHash}.pf_meta`), bytes);
    info.hash = newHash;
  }
  await writeFile(entryFile, JSON.stringify(entry));
}
