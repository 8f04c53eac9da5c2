/**
 * A fixture with markup and script in every front-matter field and in the
 * body (tests/fixtures/hostile) builds into a site where none of it reaches
 * the HTML as markup, and where Chromium runs no script from it.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { buildSite, repoRoot } from './support/build.ts';
import { serveSite, type RunningSite } from '../../scripts/serve-static.ts';

const out = path.join(repoRoot, '.test-dist/hostile');
let site: RunningSite;
let browser: Browser;
let files: string[];
let buildOutput: string;

beforeAll(async () => {
  // Logged as an officer's build is, to see what they would see.
  const build = await buildSite({ content: 'tests/fixtures/hostile', out, env: { IJ_BUILD_LOG: '' } });
  expect(build.code, build.output).toBe(0);
  buildOutput = build.output;
  site = await serveSite(out);
  browser = await launchBrowser();
  files = (await readdir(out, { recursive: true })).map((f) => String(f));
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Every element of a document, parsed as a browser would. */
function elements(html: string): Element[] {
  const found: Element[] = [];
  visit(fromHtml(html), 'element', (node: Element) => {
    found.push(node);
  });
  return found;
}

const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'data', 'poster', 'cite', 'srcSet'];

describe('the build', () => {
  it("warns the officer, by file and line, of each element and link address it removes from the body, and still builds the page", () => {
    const file = 'tests/fixtures/hostile/entries/evil/2018-08-01-monitoring-visit.md';
    for (const [line, tag] of [[17, 'script'], [19, 'iframe'], [25, 'svg'], [39, 'style'], [41, 'math']] as const) {
      expect(buildOutput).toContain(`${file}:${line}: text: warning: <${tag}> is removed from the page with everything inside it`);
    }
    for (const [line, tag] of [[33, 'form'], [33, 'button'], [35, 'meta'], [37, 'base']] as const) {
      expect(buildOutput).toContain(`${file}:${line}: text: warning: <${tag}> is removed from the page, though the text inside it is kept`);
    }
    for (const [line, scheme] of [[31, 'javascript'], [31, 'data'], [31, 'vbscript'], [43, 'javascript']] as const) {
      expect(buildOutput).toContain(`${file}:${line}: text: warning: this link's address starts "${scheme}:", which the site removes`);
    }
    expect(files).toContain('councils/evil/2018-08-01-monitoring-visit/index.html');
  });

  it("says which step it is on, instead of Astro's line for every page", () => {
    expect(buildOutput).toContain('Checking tests/fixtures/hostile/…');
    expect(buildOutput).toContain('Building the pages for 2 entries and 1 council…');
    expect(buildOutput).toContain('Building the search index…');
    expect(buildOutput).not.toContain('├─');
    expect(buildOutput).not.toMatch(/^ \(\+\d+ms\)/m);
  });

  it('lists the warnings again at the end, where they cannot have scrolled away', () => {
    // Once when the content is checked, once at the end.
    expect(buildOutput.split('28 warnings in 2 files: they still become pages').length - 1).toBe(2);
    const end = buildOutput.slice(buildOutput.indexOf('Look at these warnings before publishing (npm run check lists them too):'));
    expect(end).toContain('tests/fixtures/hostile/entries/evil/2018-08-01-monitoring-visit.md:17: text: warning: <script> is removed from the page');
    expect(end).toContain('28 warnings in 2 files: they still become pages');
  });
});

describe('the built HTML', () => {
  it('contains no script, handler, javascript: or embedding from the content', async () => {
    const pages = files.filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) {
      const html = await readFile(path.join(out, page), 'utf8');
      for (const element of elements(html)) {
        const where = `${page} <${element.tagName}>`;
        const props = element.properties;
        // The only scripts are the site's own bundled modules (search page).
        if (element.tagName === 'script') {
          expect(props, where).toEqual({ type: 'module', src: expect.stringMatching(/^\/_astro\/[\w.-]+\.js$/) });
        }
        expect(['iframe', 'object', 'embed', 'base', 'frame', 'frameset'], where).not.toContain(element.tagName);
        expect(Object.keys(props).filter((name) => /^on/i.test(name)), where).toEqual([]);
        expect(props.style, where).toBeUndefined();
        for (const name of URL_PROPERTIES) {
          if (props[name] !== undefined) expect(String(props[name]), where).not.toMatch(/^\s*(javascript|vbscript|data):/i);
        }
        if (element.tagName === 'meta') expect(String(props.httpEquiv ?? ''), where).not.toMatch(/refresh/i);
        // A link a browser would follow to another site is marked as one.
        const site = 'https://site.test';
        if (element.tagName === 'a' && typeof props.href === 'string' && new URL(props.href, `${site}/${page}`).origin !== site) {
          expect(props.rel, `${where} ${props.href}`).toEqual(['noopener', 'noreferrer']);
        }
      }
    }
  });

  it('shows the hostile text as text', async () => {
    const html = await readFile(path.join(out, 'councils/evil/2018-08-01-monitoring-visit/index.html'), 'utf8');
    expect(html).toContain('&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;Monitoring visit');
    expect(html).toContain('Care leavers get better services');
  });

  it('keeps feeds free of markup', async () => {
    for (const feed of files.filter((f) => f.endsWith('.xml') && f.includes('feed'))) {
      const xml = await readFile(path.join(out, feed), 'utf8');
      expect(xml, feed).not.toMatch(/<script|<img|<svg|<iframe/i);
    }
  });
});

describe('in Chromium', () => {
  it('runs no script from the content on any page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const alerts: string[] = [];
    const violations: string[] = [];
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== new URL(site.url).origin) elsewhere.push(request.url());
    });
    page.on('dialog', async (dialog) => {
      alerts.push(dialog.message());
      await dialog.dismiss();
    });
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
    });
    const pages = ['', 'councils/', 'councils/evil/', 'councils/evil/journey/', 'councils/evil/2018-08-01-monitoring-visit/', 'councils/evil/2018-10-04-committee-paper/', 'themes/', 'themes/care-leavers/', 'search/?q=care', 'data/'];
    for (const p of pages) {
      const response = await page.goto(new URL(p, site.url).href, { waitUntil: 'networkidle' });
      expect(response?.status(), p).toBe(200);
      // Hover and click everything that could carry a handler.
      for (const element of await page.locator('main a, main p, main b, main li').all()) {
        await element.hover({ timeout: 1000 }).catch(() => {});
      }
    }
    await context.close();
    expect(alerts).toEqual([]);
    expect(violations).toEqual([]);
    expect(elsewhere).toEqual([]);
  });

  it('reads every feed as well-formed XML', async () => {
    const page = await browser.newPage();
    await page.goto(site.url);
    for (const feed of files.filter((f) => f.endsWith('feed.xml'))) {
      const xml = await readFile(path.join(out, feed), 'utf8');
      const error = await page.evaluate((text) => new DOMParser().parseFromString(text, 'application/xml').querySelector('parsererror')?.textContent ?? null, xml);
      expect(error, feed).toBeNull();
    }
    await page.close();
  });
});
