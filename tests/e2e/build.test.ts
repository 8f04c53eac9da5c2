/**
 * The build as a whole: the same content gives byte-identical output;
 * broken content stops it with the same messages as `npm run check`, and
 * never a stack trace; a site hosted under a sub-path keeps every link.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { buildSite, repoRoot } from './support/build.ts';
import { serveSite } from '../../scripts/serve-static.ts';

const siteDir = inject('siteDir');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function tree(dir: string): Promise<Map<string, Buffer>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((f) => f.isFile());
  const contents = new Map<string, Buffer>();
  for (const file of files) {
    const full = path.join(file.parentPath, file.name);
    contents.set(path.relative(dir, full), await readFile(full));
  }
  return contents;
}

describe('reproducible builds', () => {
  it('gives byte-identical output for the same content', async () => {
    const again = path.join(repoRoot, '.test-dist/site-again');
    const build = await buildSite({ content: 'tests/fixtures/site', out: again });
    expect(build.code, build.output).toBe(0);
    const [first, second] = await Promise.all([tree(siteDir), tree(again)]);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    const different = [...first].filter(([file, bytes]) => !bytes.equals(second.get(file)!)).map(([file]) => file);
    expect(different).toEqual([]);
  });
});

describe('broken content', () => {
  it('stops the build with the same messages as npm run check, and no stack trace', async () => {
    const content = await mkdtemp(path.join(os.tmpdir(), 'ij-broken-'));
    await cp(path.join(repoRoot, 'tests/fixtures/site'), content, { recursive: true });
    const file = path.join(content, 'entries/northby/2017-02-22-monitoring-visit.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('body: ofsted', 'body: ofstead'));

    const check: { code?: number; stderr: string } = await promisify(execFile)(process.execPath, ['scripts/check.ts'], {
      cwd: repoRoot,
      env: { ...process.env, IJ_CONTENT_DIR: content },
    }).catch((error: { code: number; stderr: string }) => error);
    expect(check.code).toBe(1);
    const message = check.stderr.split('\n')[0];
    expect(message).toMatch(/2017-02-22-monitoring-visit\.md:7: body: 'ofstead' is not a body \(did you mean ofsted\?\) \(allowed: ofsted, dfe, council, peer, other\)$/);

    const build = await buildSite({ content, out: path.join(repoRoot, '.test-dist/broken') });
    expect(build.code).toBe(1);
    expect(build.output).toContain(message);
    expect(build.output).toContain('1 problem in 1 file');
    expect(build.output).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
});

describe('hosting under a sub-path', () => {
  it('keeps every link, asset and the search index working under /journeys/', async () => {
    const out = path.join(repoRoot, '.test-dist/subpath');
    const build = await buildSite({ content: 'tests/fixtures/site', out, siteUrl: 'https://www.example.gov.uk/journeys/' });
    expect(build.code, build.output).toBe(0);
    const site = await serveSite(out, '/journeys/');
    const context = await browser.newContext();
    const page = await context.newPage();
    const failures: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
    });
    try {
      await page.goto(site.url);
      // Follow the main route a resident takes: councils, a council, an entry.
      await page.getByRole('link', { name: 'Councils', exact: true }).first().click();
      await page.getByRole('link', { name: 'Northby' }).first().click();
      await page.locator('.journey').getByRole('link', { name: /Monitoring visit 2/ }).click();
      expect(new URL(page.url()).pathname).toBe('/journeys/councils/northby/2017-02-22-monitoring-visit/');
      const stylesheets = await page.locator('link[rel="stylesheet"]').evaluateAll((links) => links.map((l) => l.getAttribute('href')));
      expect(stylesheets.every((href) => href?.startsWith('/journeys/'))).toBe(true);
      expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(
        'https://www.example.gov.uk/journeys/councils/northby/2017-02-22-monitoring-visit/',
      );
      await page.goto(`${site.url}search/?q=return+home+interviews`);
      await page.locator('#result-list li').first().waitFor();
      expect(await page.locator('#result-list a').first().getAttribute('href')).toMatch(/^\/journeys\/councils\/northby\/2017-02-22-monitoring-visit\//);
      expect(failures).toEqual([]);
    } finally {
      await context.close();
      await site.close();
    }
  });
});
