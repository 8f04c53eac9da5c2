/**
 * What a page weighs: its own HTML plus the stylesheets and scripts it
 * links, as files and gzipped (as most hosts send them). The bench reports
 * it, and the real site's test holds every council page to issue 7's
 * budget with it.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  gzipped: number;
}

/** The weight of `page` (a path inside the built site `siteDir`, e.g. `councils/reading/index.html`). */
export async function pageWeight(siteDir: string, page: string): Promise<PageWeight> {
  const text = await readFile(path.join(siteDir, page));
  const assets = (pattern: RegExp) => [...text.toString().matchAll(pattern)].map((m) => m[1]);
  const total = async (urls: string[]) => {
    const files = await Promise.all(urls.map((url) => readFile(path.join(siteDir, url.replace(/^\//, '')))));
    return { bytes: files.reduce((n, f) => n + f.length, 0), gzip: files.reduce((n, f) => n + gzipSync(f).length, 0) };
  };
  const css = await total(assets(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g));
  const js = await total(assets(/<script[^>]+src="([^"]+)"/g));
  return { html: text.length, css: css.bytes, js: js.bytes, gzipped: gzipSync(text).length + css.gzip + js.gzip };
}

/** Every council page of a built site with its weight, heaviest (HTML and CSS together) first. */
export async function councilPageWeights(siteDir: string): Promise<(PageWeight & { page: string })[]> {
  const councils = (await readdir(path.join(siteDir, 'councils'), { withFileTypes: true })).filter((d) => d.isDirectory());
  const weights = await Promise.all(
    councils.map(async ({ name }) => {
      const page = `councils/${name}/index.html`;
      return { page, ...(await pageWeight(siteDir, page)) };
    }),
  );
  return weights.sort((a, b) => b.html + b.css - (a.html + a.css) || a.page.localeCompare(b.page));
}
