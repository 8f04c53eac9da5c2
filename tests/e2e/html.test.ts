/**
 * Every built page of the fixture site is valid HTML (html-validate,
 * recommended rules) and every internal link and asset reference resolves,
 * anchors included.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { HtmlValidate } from 'html-validate';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, inject, it } from 'vitest';

const siteDir = inject('siteDir');
const SITE = 'http://localhost:4321/';
let pages: string[];

beforeAll(async () => {
  pages = (await readdir(siteDir, { recursive: true })).map(String).filter((f) => f.endsWith('.html')).sort();
});

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements as <meta ... /> ; both forms are valid HTML.
    'void-style': 'off',
    // Long, readable attribute lists are fine; formatting is not validity.
    'attribute-boolean-style': 'off',
    // HTML allows an id to start with a digit ("1-make-the-file", from a
    // heading "1. Make the file"); the strict mode only suits CSS selectors.
    'valid-id': ['error', { relaxed: true }],
    // Curly quotes and apostrophes in prose are intended typography.
    'no-raw-characters': ['error', { relaxed: true }],
    // An entry page's title is the officer's title plus the council and site
    // name; cutting it to 70 characters would make tabs and bookmarks harder
    // to tell apart, not easier.
    'long-title': 'off',
    // Tables whose rows are laid out as grids on a phone restate their table roles for Safari (site.css, stack-on-phone).
    'no-redundant-role': ['error', { exclude: ['table', 'rowgroup', 'row', 'columnheader', 'rowheader', 'cell'] }],
  },
});

describe('HTML validity', () => {
  it('has pages of every type to check', () => {
    for (const page of ['index.html', '404.html', 'councils/index.html', 'councils/northby/index.html', 'councils/northby/journey/index.html', 'councils/northby/2017-02-22-monitoring-visit/index.html', 'search/index.html', 'about/index.html', 'accessibility/index.html', 'data/index.html', 'themes/index.html']) {
      expect(pages).toContain(page);
    }
  });

  it('reports zero errors on every page', async () => {
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(await readFile(path.join(siteDir, page), 'utf8'), page);
      for (const result of report.results) {
        for (const message of result.messages) errors.push(`${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(errors).toEqual([]);
  });
});

/** The file a site path is served from, as a static host would find it. */
async function fileFor(pathname: string): Promise<string | undefined> {
  const candidate = path.join(siteDir, decodeURIComponent(pathname));
  for (const file of [candidate, path.join(candidate, 'index.html')]) {
    if ((await stat(file).catch(() => undefined))?.isFile()) return file;
  }
  return undefined;
}

const idsCache = new Map<string, Set<string>>();
async function idsIn(file: string): Promise<Set<string>> {
  if (!idsCache.has(file)) {
    const ids = new Set<string>();
    visit(fromHtml(await readFile(file, 'utf8')), 'element', (node: Element) => {
      if (node.properties.id) ids.add(String(node.properties.id));
    });
    idsCache.set(file, ids);
  }
  return idsCache.get(file)!;
}

describe('links', () => {
  it('resolves every internal link, asset and anchor', async () => {
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages) {
      const pageUrl = new URL(page.replace(/index\.html$/, ''), SITE);
      const tree = fromHtml(await readFile(path.join(siteDir, page), 'utf8'));
      const references: string[] = [];
      visit(tree, 'element', (node: Element) => {
        for (const name of ['href', 'src']) {
          const value = node.properties[name];
          if (typeof value === 'string') references.push(value);
        }
        if (node.tagName === 'form' && typeof node.properties.action === 'string') references.push(node.properties.action);
      });
      for (const reference of references) {
        const url = new URL(reference, pageUrl);
        if (url.origin !== new URL(SITE).origin) continue;
        checked += 1;
        const file = await fileFor(url.pathname);
        if (!file) {
          broken.push(`${page}: ${reference} (no such file)`);
        } else if (url.hash && !(await idsIn(file)).has(decodeURIComponent(url.hash.slice(1)))) {
          broken.push(`${page}: ${reference} (no element with that id)`);
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });
});
