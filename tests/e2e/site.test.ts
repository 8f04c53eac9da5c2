/**
 * What a resident sees on the fixture site, in Chromium with JavaScript
 * off (as many read it): the home page, a council's journey and an entry,
 * each with zero axe-core WCAG 2.2 AA violations.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchBrowser, visibleTexts } from './support/browser.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ javaScriptEnabled: false });
  page = await context.newPage();
});
afterAll(() => browser.close());

async function open(path: string) {
  const response = await page.goto(new URL(path, siteUrl).href);
  expect(response?.status()).toBe(200);
}

describe('home page', () => {
  it('says what the site is and lists councils with their latest grade and recent entries', async () => {
    await open('');
    expect(await page.locator('h1').allTextContents()).toEqual([expect.stringMatching(/children’s services/)]);
    const councils = page.locator('.council-list li');
    expect(await councils.allTextContents()).toEqual([
      expect.stringMatching(/Northby\s*Requires improvement/),
      expect.stringMatching(/Southwell\s*Requires improvement/),
    ]);
    const recent = await visibleTexts(page.locator('#recent-heading + .entry-list > li h3'));
    expect(recent.slice(0, 2)).toEqual(['ILACS inspection: requires improvement to be good', 'Focused visit: the front door']);
    // Titles repeat across councils, so each link also names its council and date, out of sight.
    const names = await page.locator('#recent-heading + .entry-list > li h3 a').evaluateAll((links) => links.map((a) => a.textContent));
    expect(names[1]).toBe('Focused visit: the front door (Southwell, 27 to 28 November 2018)');
    expect(recent).not.toContain('Draft note');
  });

  it('says the national figures date an inspection from when it took place, and a council’s page from its report', async () => {
    await open('');
    expect(await page.locator('section[aria-labelledby="national-heading"] p').first().innerText()).toMatch(
      /An inspection counts here from when it took place, even where its report came out later; a council’s own page dates its grade from the report\./,
    );
  });

  it('has no WCAG 2.2 AA violations', async () => {
    await open('');
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('councils page', () => {
  it('jumps from a first letter to the first council under it, for a long list on a phone', async () => {
    await open('councils/');
    const letters = page.getByRole('navigation', { name: 'Councils by first letter' }).getByRole('link');
    expect(await letters.allTextContents()).toEqual(['N', 'S']);
    await letters.filter({ hasText: 'S' }).click();
    expect(new URL(page.url()).hash).toBe('#letter-s');
    expect(await page.locator(':target').textContent()).toBe('Southwell');
  });
});

describe('council page', () => {
  it('gives a computed headline and the latest entries, newest first, with a link to the whole journey', async () => {
    await open('councils/northby/');
    expect(await page.locator('h1').textContent()).toContain('Northby');
    expect(await page.locator('.lead').first().textContent()).toBe(
      'Requires improvement since Oct 2019 (inadequate before that).',
    );
    const items = page.locator('#latest-heading ~ .entry-list > li');
    expect(await items.count()).toBe(5);
    expect(await items.first().textContent()).toContain('28 October 2019');
    expect(await items.last().textContent()).toContain('June 2016');
    expect(await items.last().textContent()).toContain('Overall effectiveness: Inadequate');
    const whole = page.getByRole('link', { name: 'The whole journey, year by year: all 5 entries →' });
    expect(await whole.getAttribute('href')).toBe('/councils/northby/journey/');
    // And near the top, before the charts' links.
    expect(await page.locator('dl.meta').innerText()).toMatch(/The journey\s+All 5 entries, year by year/);
    expect(await page.locator('dl.meta a', { hasText: 'All 5 entries, year by year' }).getAttribute('href')).toBe('/councils/northby/journey/');
    // Drafts are never published.
    expect(await page.content()).not.toContain('Draft note');
    expect(await page.locator('dl.meta').innerText()).toMatch(/Council\s+Northby Borough Council, a unitary authority in Ofsted’s South East region/);
    // The latest grade's entry by kind and date: its title would say the grade again.
    expect(await page.locator('dl.meta').innerText()).toMatch(/Latest overall grade\s+Requires improvement to be good \(Inspection, published 28 October 2019\)/);
  });

  it('lets a keyboard user go from the top of the page to its sections, past the themes chart’s links', async () => {
    await open('councils/northby/');
    const contents = page.getByRole('navigation', { name: 'On this page' }).getByRole('link');
    expect(await contents.allTextContents()).toEqual(['Grading history', 'Recurring themes', 'Latest entries']);
    await contents.last().focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    // The next stop is the first of the latest entries, not a theme link.
    expect(await page.evaluate(() => document.activeElement?.closest('#latest-heading + p + .entry-list') !== null)).toBe(true);
  });

  it('marks its section in the menu as current, and only the section’s own page as the current page', async () => {
    await open('councils/northby/');
    const councils = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Councils' });
    expect(await councils.getAttribute('aria-current')).toBe('true');
    await open('councils/');
    expect(await councils.getAttribute('aria-current')).toBe('page');
    expect(await page.locator('.site-nav [aria-current]').count()).toBe(1);
  });

  it('links its Atom feed where a resident can see it', async () => {
    await open('councils/northby/');
    const feed = page.getByRole('link', { name: 'New entries as an Atom feed' });
    expect(await feed.getAttribute('href')).toBe('/councils/northby/feed.xml');
    expect(await page.locator('link[rel="alternate"][type="application/atom+xml"][href="/councils/northby/feed.xml"]').count()).toBe(1);
  });

  it('has no WCAG 2.2 AA violations', async () => {
    await open('councils/northby/');
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('journey page', () => {
  it('tells the whole journey in time order, grouped by year, under the council', async () => {
    await open('councils/northby/journey/');
    expect(await page.locator('h1').textContent()).toBe('Northby: the journey');
    expect(await page.locator('.breadcrumbs a').allTextContents()).toEqual(['Home', 'Councils', 'Northby']);
    expect(await page.locator('.journey .year h2').allTextContents()).toEqual(['2016', '2017', '2018', '2019']);
    // Years are headings, not landmarks: a screen reader's list of regions stays short however long the journey.
    expect(await page.getByRole('region').count()).toBe(0);
    const items = page.locator('.journey .entry-list > li');
    expect(await items.count()).toBe(5);
    expect(await items.first().textContent()).toContain('June 2016');
    expect(await items.first().textContent()).toContain('Overall effectiveness: Inadequate');
    expect(await page.content()).not.toContain('Draft note');
  });

  it('shows only one kind of entry when its filter is chosen, without JavaScript', async () => {
    await open('councils/northby/journey/');
    await page.locator('label', { hasText: 'Monitoring visit' }).click();
    const visible = page.locator('.journey .entry-list > li:visible');
    expect(await visible.count()).toBe(1);
    expect(await visible.first().getAttribute('data-kind')).toBe('monitoring-visit');
    // Years with nothing of that kind disappear too, and so do their links.
    expect(await page.locator('.journey .year:visible h2').allTextContents()).toEqual(['2017']);
    expect(await page.locator('.year-nav a:visible').allTextContents()).toEqual(['2017']);
    await page.locator('label', { hasText: /^\s*All/ }).click();
    expect(await page.locator('.journey .entry-list > li:visible').count()).toBe(5);
  });

  it('is where an entry page’s link to the whole journey goes, at the entry’s year', async () => {
    await open('councils/northby/2017-02-22-monitoring-visit/');
    expect(await page.getByRole('link', { name: "All of Northby's journey" }).getAttribute('href')).toBe('/councils/northby/journey/#y2017');
  });

  it('has no WCAG 2.2 AA violations', async () => {
    await open('councils/northby/journey/');
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('entry page', () => {
  const path = 'councils/northby/2017-02-22-monitoring-visit/';

  it('shows the facts, findings, body, source and links around it', async () => {
    await open(path);
    expect(await page.locator('h1').textContent()).toBe('Monitoring visit 2: children in need and missing children');
    const meta = await page.locator('dl.meta').innerText();
    expect(meta).toMatch(/Dates\s+21 to 22 February 2017/);
    expect(meta).toMatch(/Published\s+24 March 2017/);
    expect(meta).toMatch(/Inspectors\s+Alex Example HMI, Sam Sample HMI/);
    expect(meta).toMatch(/Monitoring visit\s+Number 2/);
    expect(await page.locator('.breadcrumbs li').allTextContents()).toEqual([
      'Home',
      'Councils',
      'Northby',
      'Monitoring visit 2: children in need and missing children',
    ]);
    expect(await page.locator('#section-strengths + ul li').allTextContents()).toEqual([
      'Return home interviews are offered to every child who goes missing',
      'Social workers describe a welcome culture change',
    ]);
    expect(await page.locator('#section-improvements + ul li').count()).toBe(2);
    // The sentence after that list is the author's own, so it stays in the text.
    expect(await page.locator('.entry-body a.external').textContent()).toContain('Ofsted guidance');
    expect(await page.locator('.entry-body blockquote').textContent()).toContain('process compliance');
    // In the order written: the opening and its quotation, the lists, then the sentence after them.
    const order = await page.locator('article .entry-body, article .findings h2').evaluateAll((els) =>
      els.map((el) => (el.tagName === 'H2' ? el.textContent : el.textContent!.trim().slice(0, 20))),
    );
    expect(order).toEqual(['The local authority ', 'Strengths', 'Areas for improvement', 'See the Ofsted guida']);
    const source = page.locator('dl.meta a.external');
    expect(await source.getAttribute('rel')).toBe('noopener noreferrer');
    // Related both ways: the committee paper reports on this visit.
    expect(await page.locator('#related-heading ~ ul a').allTextContents()).toContain('Committee: Ofsted monitoring visit and deep dive');
    expect(await page.locator('a[rel="prev"]').textContent()).toContain('Inspection of children');
    expect(await page.locator('a[rel="next"]').textContent()).toContain('Commissioner');
  });

  it('says how each theme was raised: listed in the entry, or found in the text', async () => {
    await open(path);
    const themes = page.locator('#themes-heading ~ ul > li');
    expect(await themes.count()).toBeGreaterThan(0);
    for (const text of await themes.allInnerTexts()) expect(text).toMatch(/ – found in the text\b/);
    await open('councils/northby/2018-10-04-committee-paper/');
    expect(await page.locator('#themes-heading ~ ul > li', { hasText: 'Care leavers' }).innerText()).toMatch(/ – listed in the entry\b/);
  });

  it("leaves out a theme the entry sets aside, though its text names it (a job title)", async () => {
    await open('councils/northby/2018-10-04-committee-paper/');
    expect(await page.locator('.entry-body').innerText()).toContain('Head of Front Door Services');
    expect(await page.locator('#themes-heading ~ ul').innerText()).not.toContain('Front door');
    await open('themes/front-door/');
    expect(await page.locator('main').innerText()).not.toContain('Committee: Ofsted monitoring visit and deep dive');
  });

  it('names each entry’s council and date in its link on a theme page, where titles repeat across councils', async () => {
    await open('themes/front-door/');
    const names = await page.locator('.theme-entries a[href*="/councils/"][href$="-visit/"]').evaluateAll((links) => links.map((a) => a.textContent));
    expect(names).toContain('Focused visit: the front door (Southwell, 27 to 28 November 2018)');
  });

  it('labels every grade in words, not colour alone', async () => {
    await open('councils/northby/2016-06-inspection/');
    const rows = (await page.locator('#grades-heading + .table-wrap tbody tr').allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim());
    expect(rows).toContain('Overall effectiveness Inadequate');
    expect(rows).toContain('Adoption performance Requires improvement to be good');
    // The text after the judgements has its own heading, so it is not read as part of them.
    const headings = await page.locator('article h2').allTextContents();
    expect(headings.slice(0, 3)).toEqual(['Judgements', 'About this inspection', 'Areas for improvement']);
    expect(await page.locator('#about-heading + .entry-body').textContent()).toContain('Inspectors found that too many children waited too long');
  });

  it('keeps each grade’s shape in forced colours, in the text’s colour', async () => {
    await open('councils/northby/2016-06-inspection/');
    const shape = () =>
      page.locator('.grade-inadequate').first().evaluate((badge) => {
        const before = getComputedStyle(badge, '::before');
        return { shape: before.backgroundColor, page: getComputedStyle(document.body).backgroundColor, text: getComputedStyle(badge).color };
      });
    await page.emulateMedia({ forcedColors: 'active' });
    const forced = await shape();
    await page.emulateMedia({ forcedColors: 'none' });
    expect(forced.shape).not.toBe(forced.page);
    expect(forced.shape).toBe(forced.text);
  });

  it('has no WCAG 2.2 AA violations', async () => {
    await open(path);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('accessibility statement', () => {
  it('gives the contact the site was built with (IJ_CONTACT)', async () => {
    await open('accessibility/');
    const link = page.getByRole('link', { name: 'journeys@example.gov.uk' });
    expect(await link.getAttribute('href')).toBe('mailto:journeys@example.gov.uk');
    expect(await page.locator('main').innerText()).toContain(
      'or find a problem not listed on this page, contact us at journeys@example.gov.uk. We will consider your request',
    );
  });
});

describe('not found', () => {
  it('serves a helpful 404 page', async () => {
    const response = await page.goto(new URL('councils/nowhere/', siteUrl).href);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    // Also served at its own address, with status 200: not for search engines.
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    expect(await page.locator('link[rel="canonical"]').count()).toBe(0);
  });

  it('asks search engines to index every other page', async () => {
    await page.goto(siteUrl);
    expect(await page.locator('meta[name="robots"]').count()).toBe(0);
  });
});
