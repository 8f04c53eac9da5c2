/**
 * A page's weight counts its HTML and every stylesheet and script it links,
 * and council pages come heaviest first.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { councilPageWeights, pageWeight } from '../../scripts/page-weight.ts';

let site: string;
const css = 'body { color: #111; }\n'.repeat(20);
const script = 'console.log(1);\n';
const page = (body: string, extra = '') =>
  `<!doctype html><html lang="en"><head><link rel="stylesheet" href="/_astro/site.css">${extra}</head><body>${body}</body></html>`;

beforeAll(async () => {
  site = await mkdtemp(path.join(os.tmpdir(), 'page-weight-'));
  await mkdir(path.join(site, '_astro'));
  await writeFile(path.join(site, '_astro/site.css'), css);
  await writeFile(path.join(site, 'search.js'), script);
  await mkdir(path.join(site, 'councils/short'), { recursive: true });
  await mkdir(path.join(site, 'councils/long'), { recursive: true });
  await writeFile(path.join(site, 'councils/short/index.html'), page('<p>One visit.</p>'));
  await writeFile(path.join(site, 'councils/long/index.html'), page('<p>A visit.</p>'.repeat(100), '<script type="module" src="/search.js"></script>'));
});
afterAll(() => rm(site, { recursive: true, force: true }));

describe('pageWeight', () => {
  it('adds the stylesheets and scripts a page links to its HTML, as files and gzipped', async () => {
    const html = page('<p>A visit.</p>'.repeat(100), '<script type="module" src="/search.js"></script>');
    expect(await pageWeight(site, 'councils/long/index.html')).toEqual({
      html: html.length,
      css: css.length,
      js: script.length,
      gzipped: gzipSync(html).length + gzipSync(css).length + gzipSync(script).length,
    });
  });
});

describe('councilPageWeights', () => {
  it('lists every council page, heaviest first', async () => {
    const weights = await councilPageWeights(site);
    expect(weights.map((w) => w.page)).toEqual(['councils/long/index.html', 'councils/short/index.html']);
    expect(weights[1].css).toBe(css.length);
  });
});
