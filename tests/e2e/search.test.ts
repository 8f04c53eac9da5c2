/**
 * Search on the built fixture site in Chromium: queries, every filter, the
 * URL that makes a search shareable, the highlighted link to the entry,
 * keyboard-only use, the page without JavaScript, and axe-core with
 * results showing.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchBrowser, visibleTexts } from './support/browser.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());
beforeEach(async () => {
  await context?.close();
  context = await browser.newContext();
  page = await context.newPage();
});

const results = () => page.locator('#result-list > li');
const titles = () => visibleTexts(page.locator('#result-list > li h3'));
const query = () => new URL(page.url()).searchParams;

async function search(params: string) {
  await page.goto(new URL(`search/?${params}`, siteUrl).href);
  await page.locator('#search-status:not(:empty)').waitFor();
}

describe('searching', () => {
  it('finds a phrase from the findings, with council, kind, date and a highlighted excerpt', async () => {
    await search('q=return+home+interviews');
    expect(await page.locator('#search-status').textContent()).toBe('1 result for “return home interviews”');
    expect(await titles()).toEqual(['Monitoring visit 2: children in need and missing children']);
    const first = results().first();
    expect(await first.locator('.entry-kind').textContent()).toBe('21 to 22 February 2017 · Monitoring visit · Northby');
    // Titles repeat across councils, so the link names its council and date too, out of sight.
    await first.getByRole('link', { name: 'Monitoring visit 2: children in need and missing children (Northby, 21 to 22 February 2017)', exact: true }).waitFor();
    expect(await first.locator('.result-excerpt mark').allTextContents()).toContain('interviews');
    // The link highlights the words on the entry page with a text fragment, so that page needs no script.
    expect(await first.locator('a').getAttribute('href')).toMatch(/\/councils\/northby\/2017-02-22-monitoring-visit\/#:~:text=/);
  });

  it('leaves out a filter in the address that the form does not offer, and says so', async () => {
    await search('q=management+oversight&kind=jtai&year=2016');
    expect(await page.locator('#search-status').textContent()).toBe(
      '1 result for “management oversight”, filtered by year 2016. This site has no kind “jtai”, so that filter was left out.',
    );
    expect(await titles()).toEqual(["Inspection of children's services"]);
    expect(await page.locator('input[name="kind"]:checked').count()).toBe(0);
    // The reader's next search is their own: the note goes.
    await page.getByLabel('Year').selectOption('');
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/^\d+ results for “management oversight”$/);
  });

  it('types a query, submits it with Enter, and puts it in the address', async () => {
    await page.goto(new URL('search/', siteUrl).href);
    await page.getByLabel('Search for').fill('management oversight');
    await page.keyboard.press('Enter');
    await page.locator('#search-status:not(:empty)').waitFor();
    expect(query().get('q')).toBe('management oversight');
    expect(await results().count()).toBeGreaterThan(1);
    expect(await titles()).toContain('Focused visit: the front door');
  });

  it('runs a search typed before Pagefind has loaded once it loads, without reloading the page', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/pagefind/pagefind.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(new URL('search/', siteUrl).href);
    await page.locator('#search-form:not([hidden])').waitFor();
    await page.evaluate(() => ((window as { sameDocument?: boolean }).sameDocument = true));
    await page.getByLabel('Search for').fill('management oversight');
    await page.keyboard.press('Enter');
    release();
    await page.locator('#search-status:not(:empty)').waitFor();
    expect(query().get('q')).toBe('management oversight');
    expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
  });

  it('narrows by council, kind, year, grade and theme, each in the address', async () => {
    await search('q=management+oversight');
    const all = await titles();
    expect(all).toEqual(expect.arrayContaining(["Inspection of children's services", 'Focused visit: the front door']));

    await page.getByLabel('Council').selectOption('southwell');
    await page.waitForURL(/council=southwell/);
    await expect.poll(titles).toEqual(['Focused visit: the front door']);
    await page.getByLabel('Council').selectOption('');
    await expect.poll(titles).toEqual(all);

    await page.getByRole('checkbox', { name: /^Inspection/ }).check();
    await page.waitForURL(/kind=inspection/);
    await expect.poll(titles).toEqual(["Inspection of children's services"]);
    await page.getByRole('checkbox', { name: /^Inspection/ }).uncheck();

    await page.getByLabel('Year').selectOption('2018');
    await page.waitForURL(/year=2018/);
    await expect.poll(titles).toEqual(['Focused visit: the front door']);
    await page.getByLabel('Year').selectOption('');

    await page.getByRole('checkbox', { name: /Inadequate/ }).check();
    await page.waitForURL(/grade=inadequate/);
    await expect.poll(titles).toEqual(["Inspection of children's services"]);
    await page.getByRole('checkbox', { name: /Inadequate/ }).uncheck();

    await page.locator('summary', { hasText: 'Themes' }).click();
    await page.getByRole('checkbox', { name: /Front door and MASH/ }).check();
    await page.waitForURL(/theme=front-door/);
    await expect.poll(titles).toEqual(['Focused visit: the front door']);
    expect(query().get('q')).toBe('management oversight');
  });

  it('opens a shared address with its filters already applied', async () => {
    await search('q=supervision&council=northby&year=2017');
    expect(await page.getByLabel('Search for').inputValue()).toBe('supervision');
    expect(await page.getByLabel('Council').inputValue()).toBe('northby');
    expect(await page.getByLabel('Year').inputValue()).toBe('2017');
    expect(await titles()).toEqual(['Monitoring visit 2: children in need and missing children']);
  });

  it('opens the list of themes when the address chooses one, so the ticked box is seen', async () => {
    await search('theme=front-door');
    expect(await page.getByRole('checkbox', { name: /Front door and MASH/ }).isVisible()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /Front door and MASH/ }).isChecked()).toBe(true);
  });

  it('finds an entry by the name of a theme it raised, its excerpt labelling the name as a theme', async () => {
    // Northby's 2017 visit raised "Management oversight and supervision" from other words in its text.
    await search('q=management+oversight&year=2017');
    expect(await results().count()).toBe(1);
    expect((await results().first().locator('.result-excerpt').textContent())?.replace(/\s+/g, ' ')).toContain('Theme: Management oversight and supervision.');
  });

  it("shows a quoted phrase in the entry's own words, and the theme name only where the text lacks the phrase", async () => {
    await search('q=%22management+oversight%22');
    const excerptOf = async (title: string) =>
      (await results().filter({ has: page.getByRole('heading', { name: title }) }).locator('.result-excerpt').textContent())?.replace(/\s+/g, ' ');
    const frontDoor = await excerptOf('Focused visit: the front door');
    expect(frontDoor).toMatch(/management oversight/i);
    expect(frontDoor).not.toContain('Theme:');
    expect(await excerptOf('Monitoring visit 2: children in need and missing children')).toContain('Theme: Management oversight and supervision.');
  });

  it("searches a theme's entries from its page, and a year's from its year page, with the filters chosen", async () => {
    await page.goto(new URL('themes/front-door/', siteUrl).href);
    const raised = Number((await page.getByText(/^\s*Raised by \d+ entr/).textContent())!.match(/\d+/)![0]);
    await page.getByRole('link', { name: 'Search the entries that raised it' }).click();
    await page.locator('#search-status:not(:empty)').waitFor();
    expect([...query()]).toEqual([['theme', 'front-door']]);
    expect(await page.locator('#search-status').textContent()).toMatch(new RegExp(`^${raised} results?, filtered by theme Front door`));

    await page.goto(new URL('themes/front-door/2018/', siteUrl).href);
    const listed = await page.locator('.theme-entries > li').count();
    await page.getByRole('link', { name: 'Search these entries' }).click();
    await page.locator('#search-status:not(:empty)').waitFor();
    expect([...query()]).toEqual([['theme', 'front-door'], ['year', '2018']]);
    expect(await results().count()).toBe(listed);
  });

  it('counts what each filter value would give', async () => {
    await search('q=social+workers');
    expect(await page.getByLabel('Council').locator('option[value="southwell"]').textContent()).toMatch(/^Southwell \(\d+\)$/);
  });

  it("counts a chosen filter's other values without its own choice, and the other filters within it", async () => {
    // "management oversight" is in the text of Northby's 2016 inspection and Southwell's 2018 focused visit,
    // and in the theme name "Management oversight and supervision" that Northby's 2017 visit raised.
    await search('q=management+oversight&year=2018');
    expect(await titles()).toEqual(['Focused visit: the front door']);
    const year = (value: string) => page.getByLabel('Year').locator(`option[value="${value}"]`).textContent();
    expect(await year('2016')).toBe('2016 (1)');
    expect(await year('2017')).toBe('2017 (1)');
    expect(await year('2018')).toBe('2018 (1)');
    expect(await year('2019')).toBe('2019 (0)');
    const kind = (name: string) => page.locator('[data-facet="kind"] label', { hasText: name }).textContent();
    expect(await kind('Inspection')).toMatch(/Inspection \(0\)$/);
    expect(await kind('Focused visit')).toMatch(/Focused visit \(1\)$/);
  });

  it('counts the other councils when a council alone is chosen', async () => {
    await search('council=northby');
    expect(await page.getByLabel('Council').locator('option[value="southwell"]').textContent()).toBe('Southwell (2)');
    expect(await page.getByLabel('Council').locator('option[value="northby"]').textContent()).toBe('Northby (5)');
  });

  it('lists by filters alone, newest first', async () => {
    await search('council=northby');
    const dates = await page.locator('#result-list .entry-kind').allTextContents();
    expect(dates[0]).toContain('2019');
    expect(dates.at(-1)).toContain('2016');
    expect(query().get('q')).toBeNull();
    // The order shown is the order listed, and says why; the reader's choice returns with words to rank by.
    expect(await page.getByLabel('Newest first').isChecked()).toBe(true);
    expect(await page.getByLabel('Most relevant first').isDisabled()).toBe(true);
    await page.getByRole('group', { name: 'Order' }).getByText('nothing to rank by').waitFor();
    await page.getByLabel('Search for').fill('social workers');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=social/);
    await expect.poll(() => page.getByLabel('Most relevant first').isChecked()).toBe(true);
    expect(await page.getByLabel('Most relevant first').isDisabled()).toBe(false);
    expect(query().get('sort')).toBeNull();
  });

  it('orders newest first when asked', async () => {
    await search('q=social+workers&sort=newest');
    const years = (await page.locator('#result-list .entry-kind').allTextContents()).map((t) => Number(/\b(20\d\d)\b/.exec(t)![1]));
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  it('suggests the council a query misspells, as a link to the same search spelt right', async () => {
    await search('q=Nortby&year=2018');
    const suggestion = page.locator('#search-suggestion');
    expect(await suggestion.textContent()).toBe('Did you mean Northby?');
    await suggestion.getByRole('link', { name: 'Northby' }).click();
    await page.waitForURL(/q=Northby/);
    expect(query().get('year')).toBe('2018');
    await expect.poll(() => suggestion.textContent()).toBe('Looking for the council? See Northby’s page.');
    await search('q=management+oversight');
    expect(await suggestion.isHidden()).toBe(true);
  });

  it('respells a misspelt council among other words, keeping them, and any misspelt word with it', async () => {
    await search('q=safegaurding+hub+in+Nortby');
    const suggestion = page.locator('#search-suggestion');
    await expect.poll(() => suggestion.textContent()).toBe('Did you mean safeguarding hub in Northby?');
    expect(await suggestion.getByRole('link').getAttribute('href')).toBe('?q=safeguarding+hub+in+Northby');
  });

  it('reads a hyphenated word as Pagefind does, and offers its words when no entry uses it', async () => {
    // Pagefind reads "safeguarding-hub" as "safeguardinghub", and listed every entry with "safeguarding" for it.
    await search('q=safeguarding-hub');
    expect(await page.locator('#search-status').textContent()).toBe('No results for “safeguarding-hub”: no entry uses the word “safeguarding-hub”');
    const suggestion = page.locator('#search-suggestion');
    await expect.poll(() => suggestion.textContent()).toBe('Did you mean safeguarding hub?');
    expect(await suggestion.getByRole('link').getAttribute('href')).toBe('?q=safeguarding+hub');
  });

  it('offers the Year filter for a year typed among the words', async () => {
    await search('q=management+oversight+2017');
    const suggestion = page.locator('#search-suggestion');
    expect(await suggestion.textContent()).toBe('Looking for entries from 2017? Search for “management oversight” in 2017.');
    await suggestion.getByRole('link').click();
    await page.waitForURL(/\?q=management\+oversight&year=2017$/);
    expect(await page.getByLabel('Year').inputValue()).toBe('2017');
  });

  it('finds a council’s entries by its name, and links to its page', async () => {
    await search('q=Northby');
    expect(await page.locator('#result-list .entry-kind').allTextContents()).not.toHaveLength(0);
    expect((await page.locator('#result-list .entry-kind').allTextContents()).every((t) => t.includes('Northby'))).toBe(true);
    await page.locator('#search-suggestion').getByRole('link', { name: 'Northby’s page' }).click();
    await page.waitForURL(/\/councils\/northby\/$/);
  });

  it('offers a query’s words respelt as the entries spell them, and finds them', async () => {
    await search('q=safegaurding+hub&year=2018');
    expect(await page.locator('#search-status').textContent()).toBe('No results for “safegaurding hub”, filtered by year 2018: no entry uses the word “safegaurding”');
    const suggestion = page.locator('#search-suggestion');
    await expect.poll(() => suggestion.textContent()).toBe('Did you mean safeguarding hub?');
    await suggestion.getByRole('link', { name: 'safeguarding hub' }).click();
    await page.waitForURL(/q=safeguarding\+hub/);
    expect(query().get('year')).toBe('2018');
    await page.locator('#result-list li').first().waitFor();
    await expect.poll(() => suggestion.isHidden()).toBe(true);
  });

  it('when filters leave nothing, links to the same words without them', async () => {
    await search('q=management+oversight&council=southwell&kind=focused-visit&year=2016');
    expect(await page.locator('#search-status').textContent()).toMatch(/^No results for “management oversight”, filtered by/);
    const suggestion = page.locator('#search-suggestion');
    expect(await suggestion.textContent()).toBe('No entry matches all of these filters: search for “management oversight” without filters.');
    await suggestion.getByRole('link').click();
    await page.waitForURL((url) => !url.search.includes('council='));
    expect(query().get('q')).toBe('management oversight');
    await page.locator('#result-list li').first().waitFor();
    await expect.poll(() => suggestion.isHidden()).toBe(true);
  });

  it('clears every filter at once, keeping the query, and leaves focus on the filters', async () => {
    await search('q=management+oversight&council=southwell&kind=focused-visit&year=2018');
    const clear = page.getByRole('button', { name: 'Clear all filters' });
    await clear.click();
    await page.waitForURL((url) => !url.search.includes('council='));
    expect([...query().keys()]).toEqual(['q']);
    await expect.poll(titles).toHaveLength(3);
    expect(await page.getByLabel('Council').inputValue()).toBe('');
    expect(await page.getByRole('checkbox', { name: /^Focused visit/ }).isChecked()).toBe(false);
    expect(await page.locator('#search-filters > summary').textContent()).toBe('Filter results');
    expect(await clear.isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.matches('#search-filters > summary'))).toBe(true);
  });

  it('searches once for the council a reader settles on with the arrow keys, not at every step', async () => {
    await search('q=management+oversight');
    const before = await page.evaluate(() => history.length);
    await page.getByLabel('Council').focus();
    for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowDown');
    const settledOn = await page.getByLabel('Council').inputValue();
    expect(settledOn).not.toBe('');
    await page.waitForURL(/council=/);
    expect(query().get('council')).toBe(settledOn);
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
  });

  it('says so when nothing matches', async () => {
    await search('q=%22social+workers+visits%22');
    expect(await page.locator('#search-status').textContent()).toBe('No results for “social workers visits”');
    expect(await results().count()).toBe(0);
  });

  it('lists nothing for a word no entry uses, not what Pagefind finds for its first letters, and offers the rest', async () => {
    // Pagefind would answer "zebracrossing" with the entries that have a word starting "z…", or "ze…".
    await search('q=management+oversight+zebracrossing');
    expect(await page.locator('#search-status').textContent()).toBe('No results for “management oversight zebracrossing”: no entry uses the word “zebracrossing”');
    expect(await results().count()).toBe(0);
    const suggestion = page.locator('#search-suggestion');
    expect(await suggestion.textContent()).toBe('Search without “zebracrossing”: “management oversight”');
    await suggestion.getByRole('link').click();
    await page.waitForURL(/q=management\+oversight$/);
    await page.locator('#result-list li').first().waitFor();
  });
});

describe('Back and Forward', () => {
  const yearOption = (value: string) => page.getByLabel('Year').locator(`option[value="${value}"]`).textContent();

  it('steps back through filter changes and searches, restoring the form, results and counts', async () => {
    await page.goto(new URL('search/', siteUrl).href);
    await page.getByLabel('Search for').fill('management oversight');
    await page.keyboard.press('Enter');
    await page.locator('#search-status:not(:empty)').waitFor();
    const all = await titles();
    expect(all).toHaveLength(3);
    await page.getByLabel('Year').selectOption('2018');
    await page.waitForURL(/year=2018/);
    await page.getByRole('checkbox', { name: /^Focused visit/ }).check();
    await page.waitForURL(/kind=focused-visit/);

    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('kind='));
    expect(await page.getByRole('checkbox', { name: /^Focused visit/ }).isChecked()).toBe(false);
    expect(await page.getByLabel('Year').inputValue()).toBe('2018');

    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('year='));
    expect(await page.getByLabel('Search for').inputValue()).toBe('management oversight');
    expect(await page.getByLabel('Year').inputValue()).toBe('');
    await expect.poll(titles).toEqual(all);
    expect(await page.locator('#search-status').textContent()).toBe('3 results for “management oversight”');
    expect(await yearOption('2018')).toBe('2018 (1)');

    // Back to the page before any search: no results, and no counts left from one.
    await page.goBack();
    await page.waitForURL((url) => url.search === '');
    expect(await page.getByLabel('Search for').inputValue()).toBe('');
    await expect.poll(() => page.locator('#search-results').isHidden()).toBe(true);
    expect(await page.locator('#search-status').textContent()).toBe('');
    expect(await yearOption('2018')).toBe('2018');

    await page.goForward();
    await page.waitForURL(/q=management/);
    await expect.poll(titles).toEqual(all);
  });

  it('keeps the search on reload and on returning from a result', async () => {
    await search('q=management+oversight');
    await page.getByLabel('Year').selectOption('2018');
    await page.waitForURL(/year=2018/);
    await page.reload();
    await page.locator('#search-status:not(:empty)').waitFor();
    expect(await page.getByLabel('Year').inputValue()).toBe('2018');
    expect(await titles()).toEqual(['Focused visit: the front door']);

    await results().first().locator('a').click();
    await page.waitForURL(/\/councils\/southwell\//);
    await page.goBack();
    await page.locator('#search-status:not(:empty)').waitFor();
    expect(query().get('year')).toBe('2018');
    expect(await page.getByLabel('Year').inputValue()).toBe('2018');
    expect(await titles()).toEqual(['Focused visit: the front door']);
  });
});

describe('on a phone', () => {
  beforeEach(async () => {
    await context.close();
    context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    page = await context.newPage();
  });

  it('shows the count under the box and the first result on the first screen, the filters closed', async () => {
    await search('q=management+oversight');
    const status = (await page.locator('#search-status').boundingBox())!;
    const firstTitle = (await results().first().locator('h3').boundingBox())!;
    expect(status.y).toBeGreaterThan((await page.getByLabel('Search for').boundingBox())!.y);
    expect(status.y).toBeLessThan(firstTitle.y);
    expect(firstTitle.y + firstTitle.height).toBeLessThanOrEqual(844);
    expect(await page.getByLabel('Council').isVisible()).toBe(false);
  });

  it('opens the filters from the keyboard and says on them how many are chosen', async () => {
    await search('q=management+oversight');
    const summary = page.locator('#search-filters > summary');
    expect(await summary.textContent()).toBe('Filter results');
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await page.getByLabel('Council').isVisible()).toBe(true);
    await page.getByRole('checkbox', { name: /^Focused visit/ }).check();
    await page.waitForURL(/kind=focused-visit/);
    expect(await summary.textContent()).toBe('Filter results (1 chosen)');
  });
});

describe('on screens wider than a phone', () => {
  const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;

  it('puts the filters in a column beside the results, the first result on the first screen', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await search('q=management+oversight');
    const status = await box('#search-status');
    const filters = await box('#search-filters');
    const resultsBox = await box('#search-results');
    const firstTitle = await box('#result-list > li h3');
    expect(firstTitle.y).toBeLessThan(900);
    expect(filters.x + filters.width).toBeLessThan(resultsBox.x);
    // Both start under the count, side by side.
    expect(filters.y).toBeGreaterThanOrEqual(status.y + status.height);
    expect(Math.abs(resultsBox.y - filters.y)).toBeLessThan(1);
    expect(await page.getByLabel('Council').isVisible()).toBe(true);
  });

  it('keeps one column between phone and wide widths, the filters open above the results', async () => {
    await page.setViewportSize({ width: 800, height: 900 });
    await search('q=management+oversight');
    const filters = await box('#search-filters');
    const resultsBox = await box('#search-results');
    expect(resultsBox.y).toBeGreaterThanOrEqual(filters.y + filters.height);
    expect(resultsBox.x).toBe(filters.x);
    expect(await page.getByLabel('Council').isVisible()).toBe(true);
  });
});

describe('the header search box', () => {
  it('leads from any page to the search page with the query', async () => {
    await page.goto(new URL('councils/', siteUrl).href);
    await page.getByLabel('Search all entries').fill('front door');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('#search-status:not(:empty)').waitFor();
    expect(new URL(page.url()).pathname).toBe('/search/');
    expect(query().get('q')).toBe('front door');
    expect(await titles()).toContain('Focused visit: the front door');
  });
});

describe('keyboard only', () => {
  it('reaches the search box, the filters, the results and "show more" with Tab, and follows a result with Enter', async () => {
    await page.goto(new URL('search/', siteUrl).href);
    await page.locator('#search-form:not([hidden])').waitFor();
    // Tab from the top of the page to the search box.
    let focused = '';
    for (let i = 0; i < 15 && focused !== 'search-q'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.id ?? '');
    }
    expect(focused).toBe('search-q');
    await page.keyboard.type('social workers');
    await page.keyboard.press('Enter');
    await page.locator('#search-status:not(:empty)').waitFor();
    // On to the council filter (past the search button), chosen with the arrow keys.
    let onCouncil = false;
    for (let i = 0; i < 5 && !onCouncil; i++) {
      await page.keyboard.press('Tab');
      onCouncil = (await page.evaluate(() => document.activeElement?.id)) === 'facet-council';
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('facet-council');
    await page.keyboard.press('ArrowDown');
    await page.waitForURL(/council=/);
    // Tab on into the results and open one with Enter.
    let onResult = false;
    for (let i = 0; i < 40 && !onResult; i++) {
      await page.keyboard.press('Tab');
      onResult = await page.evaluate(() => Boolean(document.activeElement?.closest('#result-list')));
    }
    expect(onResult).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/councils\/[a-z-]+\/[^/]+\/#:~:text=/);
  });

  it('skips the filters to the results with a link that shows when it has focus', async () => {
    await search('q=social+workers');
    const skip = page.locator('#skip-to-results');
    expect(await skip.boundingBox().then((box) => box!.width)).toBeLessThanOrEqual(1);
    await page.locator('#search-form button[type="submit"]').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('skip-to-results');
    expect(await skip.boundingBox().then((box) => box!.width)).toBeGreaterThan(100);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('#result-list')))).toBe(true);
  });

  it('has no skip link before there are results to skip to', async () => {
    await page.goto(new URL('search/', siteUrl).href);
    await page.locator('#search-form:not([hidden])').waitFor();
    expect(await page.locator('#skip-to-results').isHidden()).toBe(true);
  });
});

describe('without JavaScript', () => {
  it('explains that search needs JavaScript and links to the pages that list the same entries', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(new URL('search/?q=supervision', siteUrl).href);
    expect(await plain.locator('#search-unavailable').isVisible()).toBe(true);
    expect(await plain.locator('#search-unavailable').textContent()).toContain('Search needs JavaScript');
    const links = plain.locator('#search-unavailable ul:not(.council-index) a');
    expect(await links.allTextContents()).toEqual(['Councils', 'Themes', 'Open data']);
    const paths = await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(paths).toEqual(['/councils/', '/themes/', '/data/']);
    expect(await plain.locator('#search-form').isVisible()).toBe(false);
    await links.first().click();
    expect(await plain.locator('h1').textContent()).toBe('Councils');
    await noScript.close();
  });

  it('lists every council A to Z, since a council’s name is what most people type', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(new URL('councils/', siteUrl).href);
    const everyCouncil = await plain.locator('main table tbody th a').allTextContents();
    await plain.goto(new URL('search/?q=Northby', siteUrl).href);
    const index = plain.locator('#search-unavailable .council-index a');
    expect(await index.allTextContents()).toEqual(everyCouncil);
    expect(everyCouncil.length).toBeGreaterThan(1);
    await index.first().click();
    expect(await plain.locator('h1').textContent()).toContain(everyCouncil[0]);
    await noScript.close();
  });
});

describe('accessibility', () => {
  it('has no WCAG 2.2 AA violations with results showing', async () => {
    await search('q=social+workers');
    expect(await results().count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('puts the results under a heading of their own, so headings go down one level at a time', async () => {
    await search('q=social+workers');
    const levels = await page.locator('main').evaluate((main) =>
      [...main.querySelectorAll('h1, h2, h3, h4')].filter((h) => h.checkVisibility() || h.matches('.visually-hidden')).map((h) => Number(h.tagName[1])),
    );
    expect(levels.slice(0, 3)).toEqual([1, 2, 3]);
    expect(levels.every((level, i) => i === 0 || level <= levels[i - 1] + 1)).toBe(true);
  });

  it('announces the number of results to screen readers', async () => {
    await search('q=social+workers');
    expect(await page.locator('#search-status').getAttribute('role')).toBe('status');
  });
});
