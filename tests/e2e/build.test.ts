/**
 * The build as a whole: the same content gives byte-identical output;
 * broken content stops it with the same messages as `npm run check`, and
 * never a stack trace; a site hosted under a sub-path keeps every link, and
 * its feeds, open data, sitemap, robots.txt and _headers use its addresses.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { FIXTURE_CONTACT, buildSite, repoRoot } from './support/build.ts';
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
    // Built without IJ_SITE_URL this time (the fixture was built with http://localhost:4321/, the default), which the build points out.
    const build = await buildSite({ content: 'tests/fixtures/site', out: again, env: { IJ_SITE_URL: '', IJ_CONTACT: FIXTURE_CONTACT } });
    expect(build.code, build.output).toBe(0);
    expect(build.output).toContain('IJ_SITE_URL is not set, so feeds, open data, the sitemap and canonical links point at http://localhost:4321/');
    const [first, second] = await Promise.all([tree(siteDir), tree(again)]);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    const different = [...first].filter(([file, bytes]) => !bytes.equals(second.get(file)!)).map(([file]) => file);
    expect(different).toEqual([]);
  });
});

describe('settings', () => {
  it('refuses an IJ_CONTACT that is neither an email address nor a web address, before building anything', async () => {
    const out = path.join(repoRoot, '.test-dist/site-bad-contact');
    const build = await buildSite({ content: 'tests/fixtures/site', out, env: { IJ_CONTACT: 'the children’s services team' } });
    expect(build.code).toBe(1);
    expect(build.output.trim()).toBe(
      "IJ_CONTACT='the children’s services team' is not an email address or a web address (allowed: e.g. journeys@example.gov.uk, or https://www.example.gov.uk/contact-us)",
    );
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
  const root = 'https://www.example.gov.uk/journeys/';
  const out = path.join(repoRoot, '.test-dist/subpath');
  const read = (file: string) => readFile(path.join(out, file), 'utf8');
  beforeAll(async () => {
    const build = await buildSite({ content: 'tests/fixtures/site', out, siteUrl: root });
    expect(build.code, build.output).toBe(0);
  });

  it('keeps every link, asset and the search index working under /journeys/', async () => {
    const site = await serveSite(out, '/journeys/');
    const context = await browser.newContext();
    const page = await context.newPage();
    const failures: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
    });
    try {
      await page.goto(site.url);
      expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe('Improvement Journeys');
      // Follow the main route a resident takes: councils, a council, its journey, an entry.
      await page.getByRole('link', { name: 'Councils', exact: true }).first().click();
      await page.getByRole('link', { name: 'Northby' }).first().click();
      await page.getByRole('link', { name: 'All 5 entries, year by year' }).click();
      expect(new URL(page.url()).pathname).toBe('/journeys/councils/northby/journey/');
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

  it('publishes feeds, open data, sitemap, robots.txt and _headers with /journeys/ addresses', async () => {
    // The fixture's published entries, from its files.
    const files = await readdir(path.join(repoRoot, 'tests/fixtures/site/entries'), { recursive: true });
    const ids: string[] = [];
    for (const file of files.filter((f) => f.endsWith('.md'))) {
      const text = await readFile(path.join(repoRoot, 'tests/fixtures/site/entries', file), 'utf8');
      if (!/^draft: true$/m.test(text)) ids.push(file.replace(/\.md$/, ''));
    }
    const pageOf = (id: string) => `${root}councils/${id}/`;
    expect(ids).toHaveLength(7);

    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['entry', 'link', 'url', 'sitemap'].includes(name) });
    const feedOf = async (file: string) => {
      const text = await read(file);
      expect(XMLValidator.validate(text), file).toBe(true);
      return xml.parse(text).feed;
    };
    const feed = await feedOf('feed.xml');
    expect(feed.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe(`${root}feed.xml`);
    expect(feed.link).toContainEqual({ rel: 'self', href: `${root}feed.xml` });
    expect(feed.entry.map((e: { id: string }) => e.id).sort()).toEqual(ids.map(pageOf).sort());
    expect(feed.entry.every((e: { link: { href: string }[] }) => e.link[0].href.startsWith(root))).toBe(true);
    const northby = await feedOf('councils/northby/feed.xml');
    expect(northby.id).toBe(`${root}councils/northby/feed.xml`);
    expect(northby.entry.map((e: { id: string }) => e.id).sort()).toEqual(ids.filter((id) => id.startsWith('northby/')).map(pageOf).sort());

    const records: { id: string; url: string }[] = JSON.parse(await read('data/entries.json'));
    expect(records.map((r) => r.id).sort()).toEqual([...ids].sort());
    expect(records.every((r) => r.url === pageOf(r.id))).toBe(true);
    const entryRows: Record<string, string>[] = parse(await read('data/entries.csv'), { columns: true });
    expect(entryRows.map((r) => r.url).sort()).toEqual(ids.map(pageOf).sort());
    const gradeRows: Record<string, string>[] = parse(await read('data/grades.csv'), { columns: true });
    expect(gradeRows.length).toBeGreaterThan(0);
    expect(gradeRows.every((r) => ids.map(pageOf).includes(r.entry))).toBe(true);
    const councilRecords: { id: string; url: string; feed: string; entries: number }[] = JSON.parse(await read('data/councils.json'));
    expect(councilRecords.map((c) => [c.id, c.url, c.feed, c.entries])).toEqual(
      ['northby', 'southwell'].map((id) => [id, `${root}councils/${id}/`, `${root}councils/${id}/feed.xml`, ids.filter((e) => e.startsWith(`${id}/`)).length]),
    );
    const councilRows: Record<string, string>[] = parse(await read('data/councils.csv'), { columns: true });
    expect(councilRows.map((r) => r.id)).toEqual(councilRecords.map((c) => c.id));

    // The /data/ page describes every field of every file.
    // A field's name may break after an underscore on a phone (<wbr>), which is not part of the name.
    const described = [...(await read('data/index.html')).matchAll(/<th scope="row"><code>(.+?)<\/code><\/th>/g)].map((m) => m[1].replaceAll('<wbr>', ''));
    for (const column of [...Object.keys(records[0]), ...Object.keys(entryRows[0]), ...Object.keys(gradeRows[0]), ...Object.keys(councilRows[0])]) {
      expect(described, column).toContain(column);
    }

    // It says how to credit the data, with the site's own address.
    expect(await read('data/index.html')).toContain(`Source: Improvement Journeys, ${root}data/</p>`);

    const index = xml.parse(await read('sitemap-index.xml')).sitemapindex;
    expect(index.sitemap.map((s: { loc: string }) => s.loc)).toEqual([`${root}sitemap-0.xml`]);
    const listed = xml.parse(await read('sitemap-0.xml')).urlset.url.map((u: { loc: string }) => u.loc);
    expect(listed.every((loc: string) => loc.startsWith(root))).toBe(true);
    expect(listed).toEqual(expect.arrayContaining([root, `${root}data/`, ...ids.map(pageOf)]));

    expect(await read('robots.txt')).toContain(`Sitemap: ${root}sitemap-index.xml\n`);
    const headerPaths = (await read('_headers')).split('\n').filter((line) => line.startsWith('/'));
    expect(headerPaths).toEqual(['/journeys/*', '/journeys/_astro/*', '/journeys/pagefind/*']);
  });
});
