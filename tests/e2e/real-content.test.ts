/**
 * The real site (content/: every council in England, with the seed
 * journeys) built and read in Chromium: the seed journeys and their charts
 * as residents see them with JavaScript off, a search for a phrase from a
 * seed document, and one page of every type checked with axe-core (WCAG 2.2
 * A and AA) and for reflow at 320 px, and every council page within
 * issue 7's budget of 60 kB of HTML and CSS.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { councilPageWeights } from '../../scripts/page-weight.ts';
import { serveSite, type RunningSite } from '../../scripts/serve-static.ts';
import { axeViolations, contrast, launchBrowser, visibleTexts, wordsSplitAcrossLines } from './support/browser.ts';
import { buildSite, repoRoot } from './support/build.ts';

let site: RunningSite;
let browser: Browser;
let buildOutput: string;
const out = path.join(repoRoot, '.test-dist/real');

beforeAll(async () => {
  const build = await buildSite({ content: 'content', out, env: { IJ_CONTACT: '' } });
  expect(build.code, build.output).toBe(0);
  buildOutput = build.output;
  site = await serveSite(out);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(address: string, options: { javaScript?: boolean; width?: number } = {}): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScript ?? false, viewport: { width: options.width ?? 1280, height: 900 } });
  const page = await context.newPage();
  const response = await page.goto(new URL(address, site.url).href);
  expect(response?.status(), address).toBe(address.startsWith('no-such') ? 404 : 200);
  return page;
}

/** Rows of a table as text, whether or not it is inside a closed <details>. */
const tableRows = async (page: Page, selector: string) =>
  (await page.locator(`${selector} tbody tr`).evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent?.trim()).join(' '))))
    .map((row) => row.replace(/\s+/g, ' ').trim());

describe('the seed journeys', () => {
  it('shows Reading inadequate from 2016, with its grading history drawn without JavaScript', async () => {
    const page = await open('councils/reading/');
    expect(await page.locator('main .lead').first().textContent()).toMatch(/^Requires improvement since \w+ 2019 \(inadequate before that\), judged requires improvement again in Jul 2024;/);
    const chart = page.locator('#grading-history');
    expect(await chart.locator('svg[role="img"]').count()).toBeGreaterThan(0);
    expect(await chart.locator('figcaption').textContent()).toContain('Reading');
    const judgements = await tableRows(page, '#grading-history table');
    expect(judgements.find((row) => row.includes('2016'))).toMatch(/SIF Inadequate/);
    expect(judgements.find((row) => row.includes('2019'))).toMatch(/ILACS Requires improvement/);
    await page.context().close();
    const journey = await open('councils/reading/journey/');
    expect(await visibleTexts(journey.locator('.journey .entry-list h3'))).toEqual(
      expect.arrayContaining(['Monitoring visit 2: children in need and missing children', 'Monitoring visit 7: looked after children over 16 and care leavers']),
    );
    await journey.context().close();
  });

  it('names an abolished council’s successors one by one, and what kind of council each is', async () => {
    const page = await open('councils/dorset-county-council/');
    const meta = page.locator('main dl.meta');
    expect(await meta.innerText()).toMatch(/Abolished\s+1 April 2019\s+Succeeded by\s+Bournemouth, Christchurch and Poole; Dorset/);
    expect(await meta.locator('a', { hasText: 'Bournemouth, Christchurch and Poole' }).count()).toBe(1);
    await page.context().close();
    // The City of London is not a borough, whatever its ONS code says.
    const city = await open('councils/city-of-london/');
    expect(await city.locator('main dl.meta').innerText()).toMatch(/Council\s+City of London Corporation in Ofsted’s London region/);
    await city.context().close();
  });

  it('gives North Yorkshire’s rows the ONS code of their date, and its page both codes', async () => {
    // North Yorkshire became a unitary council, under its old name, on 1 April 2023.
    const grades: Record<string, string>[] = parse(await readFile(path.join(out, 'data/grades.csv'), 'utf8'), { columns: true });
    const rows = grades.filter((r) => r.council === 'north-yorkshire').map((r) => ({ when: r.date || r.published || r.start_date, code: r.gss_code }));
    const before = rows.filter((r) => r.when < '2023-04-01');
    const after = rows.filter((r) => r.when >= '2023-04-01');
    expect(before.map((r) => r.when)).toEqual(expect.arrayContaining(['2009-10-23', '2018-08-06']));
    expect(after.map((r) => r.when)).toContain('2023-08-18');
    expect(new Set(before.map((r) => r.code))).toEqual(new Set(['E10000023']));
    expect(new Set(after.map((r) => r.code))).toEqual(new Set(['E06000065']));
    const entries: { council: string; timeline_date: string; gss_code: string }[] = JSON.parse(await readFile(path.join(out, 'data/entries.json'), 'utf8'));
    expect(entries.filter((e) => e.council === 'north-yorkshire').map((e) => [e.timeline_date.slice(0, 4), e.gss_code])).toEqual([
      ['2009', 'E10000023'], ['2012', 'E10000023'], ['2014', 'E10000023'], ['2018', 'E10000023'], ['2023', 'E06000065'],
    ]);

    const page = await open('councils/north-yorkshire/');
    expect(await page.locator('main dl.meta').innerText()).toMatch(/ONS code\s+E06000065 since 1 April 2023 \(E10000023 to 31 March 2023\)/);
    await page.context().close();
    const data = await open('data/');
    expect(await data.locator('#gss-codes + ul li').allInnerTexts()).toEqual([
      'Buckinghamshire: E06000060 since 1 April 2020 (E10000002 to 31 March 2020)',
      'North Yorkshire: E06000065 since 1 April 2023 (E10000023 to 31 March 2023)',
      'Somerset: E06000066 since 1 April 2023 (E10000027 to 31 March 2023)',
    ]);
    await data.context().close();
  });

  it('shows Havering’s care-leavers judgement inadequate while overall it required improvement', async () => {
    const page = await open('councils/havering/2016-12-inspection/');
    const rows = (await page.locator('#grades-heading + .table-wrap tbody tr').allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim());
    expect(rows).toContain('Overall effectiveness Requires improvement to be good');
    expect(rows).toContain('Experiences and progress of care leavers Inadequate');
    await page.context().close();
  });

  it('shows Tameside’s cabinet paper with its corrected date and the visits it reports', async () => {
    const page = await open('councils/tameside/2019-01-23-committee-paper/');
    expect(await page.locator('dl.meta').innerText()).toMatch(/Date\s+23 January 2019/);
    expect((await page.locator('.entry-body').allTextContents()).join('\n')).toContain('headed "23 January 2018"');
    expect(await page.locator('#related-heading ~ ul a').count()).toBeGreaterThanOrEqual(3);
    await page.context().close();
  });

  it('tells entries with the same title apart, and names the theme each “Where it is mentioned” opens', async () => {
    // Reading's two inspections of that title have its 2022 and 2023 focused visits between them now; Bristol's are still neighbours.
    const inspection = await open('councils/bristol/2023-03-10-inspection/');
    expect(await inspection.locator('a[rel="prev"]').textContent()).toBe('← Earlier: ILACS inspection: Requires improvement to be good (Oct 2018)');
    await inspection.context().close();
    const visit = await open('councils/reading/2018-08-01-monitoring-visit/');
    const toggles = await visit.locator('#themes-heading ~ ul summary').evaluateAll((all) => all.map((s) => s.textContent));
    expect(toggles).toContain('Where it is mentioned: Care leavers');
    expect(new Set(toggles).size).toBe(toggles.length);
    await visit.context().close();
  });

  it('names a re-inspection that judged a council inadequate again, after the visits since its first', async () => {
    const page = await open('councils/devon/');
    expect(await page.locator('main .lead').first().textContent()).toBe(
      'Inadequate since Mar 2020 (requires improvement before that), judged inadequate again in May 2025; 2 monitoring visits on record since Mar 2020, the latest in Dec 2022.',
    );
    await page.context().close();
  });

  it('counts visits as on record, and says which years’ Ofsted visits are all here', async () => {
    const page = await open('councils/bradford/');
    expect(await page.locator('main .lead').first().textContent()).toMatch(/^Inadequate since Oct 2018 .*; 3 monitoring visits on record since Oct 2018, the latest in Mar 2025\.$/);
    const coverage = 'Ofsted’s monitoring and focused visits are here for 2022–23 and 2024–25, from its official statistics for those years; for other years, only those an officer has added.';
    expect(await page.locator('#latest-heading + p').textContent()).toBe(coverage);
    await page.context().close();
    const home = await open('');
    expect(await home.locator('main').innerText()).toContain(coverage);
    await home.context().close();
  });

  it('gives an imported inspection’s first day and publication each under its own label, said once', async () => {
    const started = await open('councils/bracknell-forest/2022-07-29-short-inspection/');
    const meta = (await started.locator('dl.meta').innerText()).replace(/\s+/g, ' ');
    expect(meta).toContain('Began 13 June 2022 Published 29 July 2022');
    await started.context().close();
    const published = await open('councils/bracknell-forest/2017-07-14-inspection/');
    const publishedMeta = (await published.locator('dl.meta').innerText()).replace(/\s+/g, ' ');
    expect(publishedMeta).toContain('Published 14 July 2017 By');
    expect(publishedMeta).not.toMatch(/Published Published|Began/);
    await published.context().close();
  });

  it('says where an imported entry’s facts came from, in words, with no note in its text', async () => {
    const page = await open('councils/stoke-on-trent/2011-08-12-inspection/');
    const origin = page.locator('section[aria-labelledby="origin-heading"]');
    expect(await origin.locator('li').allTextContents()).toEqual(['Local authority inspections, 2009 to 2023']);
    expect(await origin.innerText()).toContain('shows their “requires improvement to be good” as “adequate”');
    expect(await origin.getAttribute('data-pagefind-ignore')).not.toBeNull();
    expect(await page.locator('.entry-body').count()).toBe(0);
    await page.context().close();
    // Luton's 2024 visit, written up from its letter: its themes and inspectors are the letter's, not the table's.
    const written = await open('councils/luton/2024-09-09-focused-visit/');
    expect(await written.locator('section[aria-labelledby="origin-heading"] p').first().innerText()).toMatch(/^Some of the facts on this page come from Ofsted’s official statistics/);
    await written.context().close();
  });

  it('says a table scrolls sideways on a phone only when it does', async () => {
    const hints = async (address: string, width: number) => {
      const page = await open(address, { width });
      await page.locator('details').evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
      // A scroll-state query answers for a table just shown in an opened <details> only after a frame or two:
      // wait (briefly) for each hint to agree with its frame; if one never does, the comparison below says which.
      await page
        .waitForFunction(
          () => [...document.querySelectorAll('.table-wrap')].every((frame) => (getComputedStyle(frame.querySelector('.scroll-hint')!).display === 'block') === frame.scrollWidth > frame.clientWidth),
          undefined,
          { polling: 50, timeout: 3000 },
        )
        .catch(() => undefined);
      const shown = await page.locator('.table-wrap').evaluateAll((frames) =>
        frames.map((frame) => `${frame.scrollWidth > frame.clientWidth} ${getComputedStyle(frame.querySelector('.scroll-hint')!).display}`),
      );
      await page.context().close();
      return shown;
    };
    // The themes table and its table of counts per year scroll; the list of councils fits.
    expect(await hints('themes/', 390)).toEqual(['true block', 'true block']);
    expect(await hints('councils/', 390)).toEqual(['false none']);
    expect(await hints('councils/', 1280)).toEqual(['false none']);
    expect(await hints('councils/havering/2016-12-inspection/', 390)).toEqual(['false none']);
  });

  it('says that themes are found only in entries with text, and how many have it', async () => {
    const page = await open('themes/');
    const said = (await page.locator('main').innerText()).match(/Only (\d+) of the (\d+) entries have text of their own/);
    expect(Number(said?.[1])).toBeGreaterThan(10);
    expect(Number(said?.[1])).toBeLessThan(Number(said?.[2]));
    await page.context().close();
  });

  it('lists recurring themes with their evidence', async () => {
    const page = await open('councils/reading/');
    expect(await page.locator('#recurring-themes table.heatmap tbody tr').count()).toBeGreaterThan(3);
    expect(await page.locator('.theme-evidence blockquote').count()).toBeGreaterThan(0);
    // Reading's entry after its 2023 focused visit, the 2024 inspection, is imported, with no text: no empty column for it, and the page says why.
    expect((await page.locator('#recurring-themes thead th').allTextContents()).at(-1)).toContain('2023');
    expect(await page.locator('.recurring-themes').innerText()).toMatch(/Only an entry with text, or with its themes listed, can raise one: \d+ of Reading’s \d+ entries\. .*so the table ends in 2023/);
    await page.context().close();
  });
});

describe('open data on the real content', () => {
  it('explains in words every dataset id the imported field holds', async () => {
    const page = await open('data/');
    const explained = await page.locator('main li:has(code)').allInnerTexts();
    expect(explained).toContain('ofsted-in-year-2022-23: Inspections and visits in the year 2022–23');
    expect(explained).toContain('ofsted-la-inspections-2009-2023: Local authority inspections, 2009 to 2023');
    expect(explained.every((line) => !/^(\S+): \1$/.test(line))).toBe(true);
    await page.context().close();
  });
});

describe('built without a contact (IJ_CONTACT)', () => {
  it('says so when it builds, and the accessibility statement sends readers to their council', async () => {
    expect(buildOutput).toContain('IJ_CONTACT is not set, so the accessibility statement gives readers no address to write to');
    const page = await open('accessibility/');
    expect(await page.locator('main').innerText()).toContain('on this page, contact the team that publishes this site through the council that sent you here. We will');
    await page.context().close();
  });
});

describe('the officers’ guide', () => {
  it('shows its screenshots, each described, where the text places them', async () => {
    const page = await open('adding-an-entry/');
    const shots = page.locator('main .screenshot img');
    expect(await shots.count()).toBe(2);
    for (const shot of await shots.all()) {
      expect(await shot.getAttribute('alt')).toMatch(/^The /);
      expect(await shot.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    }
    expect(await page.locator('main').innerText()).not.toContain('Image:');
    await page.context().close();
  });
});

describe('search on the real content', () => {
  it('finds the Reading monitoring visit of February 2017 by "return home interviews", narrowed by year and council', async () => {
    const page = await open('search/?q=return+home+interviews', { javaScript: true });
    await page.locator('#search-status:not(:empty)').waitFor();
    const titles = () => visibleTexts(page.locator('#result-list h3'));
    // Not while the list is empty between searches, where every() holds too.
    const everyResultSays = (text: string) =>
      expect.poll(async () => {
        const kinds = await page.locator('#result-list .entry-kind').allTextContents();
        return kinds.length > 0 && kinds.every((t) => t.includes(text));
      }).toBe(true);
    expect(await titles()).toContain('Monitoring visit 2: children in need and missing children');
    await page.getByLabel('Year').selectOption('2017');
    await everyResultSays('2017');
    await page.getByLabel('Council').selectOption('reading');
    await everyResultSays('Reading');
    expect(await titles()).toContain('Monitoring visit 2: children in need and missing children');
    expect(new URL(page.url()).search).toBe('?q=return+home+interviews&council=reading&year=2017');
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/ for “return home interviews”, filtered by council Reading and year 2017$/);
    await page.context().close();
  });
});

describe('search on the real content, ranking', () => {
  it('puts the entries with findings about care leavers before the 25 records of visits that only name them', async () => {
    // With Pagefind's default ranking Havering's and Reading's came 27th and later: short pages and their headings outranked them.
    // Luton's and Plymouth's care leavers' visits have their letters' findings too.
    const page = await open('search/?q=care+leavers', { javaScript: true });
    await page.locator('#search-status:not(:empty)').waitFor();
    const first = (await page.locator('#result-list .entry-kind').allTextContents()).slice(0, 4).map((meta) => meta.split(' · ').slice(-2).join(' · '));
    expect(first.sort()).toEqual(['Focused visit · Luton', 'Focused visit · Plymouth', 'Inspection · Havering', 'Monitoring visit · Reading']);
    await page.context().close();
  });
});

describe('search on the real content, excerpts', () => {
  it("shows an entry's own words where they match, not the names of its themes", async () => {
    // Five of the nine excerpts were lists of theme names ("Theme: Management oversight and supervision. Theme: …"),
    // since "Recording and case-management systems" matched the search's words too.
    const page = await open('search/?q=management+oversight', { javaScript: true });
    await page.locator('#search-status:not(:empty)').waitFor();
    const excerpts = await page.locator('#result-list .result-excerpt').allTextContents();
    expect(excerpts.length).toBeGreaterThan(5);
    expect(excerpts.filter((text) => text.includes('Theme:'))).toEqual([]);
    await page.context().close();
  });
});

describe('search on the real content, what is not indexed', () => {
  it('leaves out where imported entries came from: "statistics" finds only entries whose own text says it', async () => {
    const page = await open('search/?q=statistics', { javaScript: true });
    await page.locator('#search-status:not(:empty)').waitFor();
    // 782 results when the import wrote its note into each entry's text.
    expect(await page.locator('#search-status').textContent()).toMatch(/^\d results? /);
    await page.context().close();
  });

  it('leaves out the judgements table: "care leavers" finds what was said about them, not every inspection graded on them', async () => {
    const page = await open('search/?q=care+leavers', { javaScript: true });
    await page.locator('#search-status:not(:empty)').waitFor();
    // 474 results when the table's row labels were indexed.
    const count = Number((await page.locator('#search-status').textContent())!.match(/^\d+/)![0]);
    expect(count).toBeGreaterThan(10);
    expect(count).toBeLessThan(100);
    await page.context().close();
  });

  it('finds an inspection by a grade in the judgements table, though its overall grade and its text differ', async () => {
    // Slough's 2023 inspection judged leadership inadequate, and overall effectiveness requires improvement; it has no text of its own.
    const page = await open('search/?q=inadequate&council=slough', { javaScript: true });
    await page.locator('#search-status:not(:empty)').waitFor();
    const found = page.locator('#result-list > li', { has: page.getByRole('heading', { name: /^ILACS inspection: Requires improvement to be good/ }) });
    expect((await found.locator('.result-excerpt').textContent())?.replace(/\s+/g, ' ')).toContain('Grades: Requires improvement to be good, Inadequate.');
    await page.context().close();
  });

  it('finds every entry that raised a theme by the theme’s name, though its text may use other words', async () => {
    const themePage = await open('themes/exploitation-and-missing/');
    const raised = await themePage.locator('.theme-entries h3 a, .theme-entries h2 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    await themePage.context().close();
    expect(raised.length).toBeGreaterThan(3);
    const page = await open('search/?q=exploitation', { javaScript: true });
    await page.locator('#search-status:not(:empty)').waitFor();
    // Each click's results are drawn before the next click: the button stays in view, "7 more", while they load.
    const more = page.getByRole('button', { name: /show more/i });
    while (await more.isVisible()) {
      const before = await page.locator('#result-list > li').count();
      await more.click();
      await expect.poll(() => page.locator('#result-list > li').count()).toBeGreaterThan(before);
    }
    const found = await page.locator('#result-list h3 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(found).toEqual(expect.arrayContaining(raised));
    await page.context().close();
  });
});

/** One page of every type. */
const PAGE_TYPES: [string, string][] = [
  ['home', ''],
  ['councils', 'councils/'],
  ['council', 'councils/reading/'],
  // A long name in the heading (it overflowed at 320 px), and a council that was abolished.
  ['council, long name', 'councils/northamptonshire/'],
  ['journey', 'councils/reading/journey/'],
  ['entry', 'councils/reading/2017-02-22-monitoring-visit/'],
  ['entry, imported', 'councils/stoke-on-trent/2011-08-12-inspection/'],
  ['themes', 'themes/'],
  ['theme', 'themes/management-oversight/'],
  ['theme year', 'themes/management-oversight/2018/'],
  ['national', 'national/'],
  ['national as at', 'national/as-at/2019-03-31/'],
  ['search', 'search/?q=management+oversight'],
  ['data', 'data/'],
  ['about', 'about/'],
  ['officers’ guide', 'adding-an-entry/'],
  ['accessibility', 'accessibility/'],
  ['404', 'no-such-page/'],
];

describe('every page type', () => {
  it.each(PAGE_TYPES)('%s: no WCAG 2.2 AA or best-practice violations, one h1, a skip link to main, lang', async (_type, address) => {
    const page = await open(address, { javaScript: true });
    if (address.startsWith('search')) await page.locator('#search-status:not(:empty)').waitFor();
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('html').getAttribute('lang')).toBe('en-GB');
    expect(await page.locator('a.skip-link').getAttribute('href')).toBe('#main');
    expect(await page.locator('main#main').count()).toBe(1);
    // Open every <details> so the tables in them are checked too.
    await page.locator('details').evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it.each(PAGE_TYPES)('%s: reflows at 320 px without sideways scrolling of the page', async (_type, address) => {
    const page = await open(address, { width: 320 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it.each(PAGE_TYPES)('%s: every link and button can be reached with the keyboard and shows its focus', async (_type, address) => {
    const page = await open(address, { javaScript: true });
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({ text: document.activeElement?.textContent, outline: getComputedStyle(document.activeElement!).outlineStyle }));
    expect(first.text).toBe('Skip to main content');
    expect(first.outline).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.context().close();
  });
});

describe('on a phone', () => {
  /** The labels of a page's table frames that scroll sideways, with every <details> open. */
  const scrollingTables = async (page: Page) => {
    await page.locator('details').evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
    return page.locator('.table-wrap').evaluateAll((frames) => frames.filter((f) => f.scrollWidth > f.clientWidth).map((f) => f.getAttribute('aria-label')));
  };

  it.each([320, 360, 390])('lists councils at %i px without scrolling sideways, still as a table with headers', async (width) => {
    const page = await open('councils/', { width });
    expect(await scrollingTables(page)).toEqual([]);
    const row = page.getByRole('row', { name: /^Bournemouth, Christchurch and Poole / });
    expect(await row.getByRole('rowheader').textContent()).toBe('Bournemouth, Christchurch and Poole');
    expect(await row.getByRole('cell').count()).toBe(2);
    expect(await page.getByRole('columnheader').allTextContents()).toEqual(['Council', 'Latest overall grade', 'Entries']);
    // Safari has dropped the table semantics of rows whose display changes, so the stacked tables restate them.
    expect(await page.locator('.stack-on-phone :is(thead, tbody, tr, th, td):not([role])').count()).toBe(0);
    await page.context().close();
    // The national page's list of councils too; its wider tables may scroll.
    const national = await open('national/', { width });
    expect(await scrollingTables(national)).not.toContain('Table: Every council with its latest overall grade');
    await national.context().close();
    // And the two-column tables of the open data page.
    const data = await open('data/', { width });
    expect(await scrollingTables(data)).toEqual([]);
    await data.context().close();
  });

  it.each(['bournemouth-christchurch-and-poole', 'windsor-and-maidenhead', 'blackburn-with-darwen', 'redcar-and-cleveland', 'north-east-lincolnshire', 'northamptonshire'])(
    '%s: wraps the council’s name in whole words at 320 px, never hyphenated',
    async (council) => {
      for (const address of [`councils/${council}/`, `councils/${council}/journey/`]) {
        const page = await open(address, { width: 320 });
        expect(await wordsSplitAcrossLines(page), address).toEqual([]);
        // Chromium here has no hyphenation dictionary, so ask the style: phones' browsers do hyphenate.
        expect(await page.locator('h1').evaluate((h1) => getComputedStyle(h1).hyphens)).toBe('manual');
        await page.context().close();
      }
    },
  );

  it.each(['', 'councils/reading/', 'national/', 'themes/management-oversight/'])('/%s: draws chart text at least 12 px at 320 px', async (address) => {
    const page = await open(address, { width: 320 });
    const sizes = await page.locator('svg text').evaluateAll((texts) =>
      (texts as SVGTextElement[])
        .filter((t) => t.checkVisibility())
        .map((t) => ({ text: t.textContent, px: Math.round(parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM()!.a * 10) / 10 })),
    );
    expect(sizes.length).toBeGreaterThan(3);
    expect(sizes.filter((s) => s.px < 12)).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['light', 320],
    ['light', 1280],
    ['dark', 320],
    ['dark', 1280],
  ] as const)('draws the home page’s chart marks at 3:1 against the page, and text on them at 4.5:1 (%s, %i px)', async (colorScheme, width) => {
    const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(site.url);
    const found = await page.evaluate(() => {
      const paint = (el: Element) => ({ colour: getComputedStyle(el).color, opacity: Number(getComputedStyle(el).opacity) });
      const shown = (selector: string) => [...document.querySelectorAll(selector)].filter((el) => el.checkVisibility());
      return {
        page: getComputedStyle(document.body).backgroundColor,
        marks: shown('.chart-svg [class*="tone--"], .chart-legend [class*="tone--"]').map((el) => ({ what: el.getAttribute('class'), ...paint(el) })),
        none: shown('.chart-svg .segment-none').map(paint)[0],
        onNone: shown('.segment-text.on-none').map((el) => getComputedStyle(el).fill),
      };
    });
    expect(found.marks.length).toBeGreaterThan(10);
    expect(found.marks.filter((m) => contrast(m.colour, found.page, m.opacity) < 3)).toEqual([]);
    // The pale "no overall grade yet" segments hold their counts on the wide chart.
    if (width > 1000) expect(found.onNone.length).toBeGreaterThan(0);
    for (const text of found.onNone) expect(contrast(text, found.none.colour)).toBeGreaterThanOrEqual(4.5);
    await context.close();
  });
});

describe('search results, more of them', () => {
  it('shows ten at a time and moves focus to the first new result on "show more"', async () => {
    const page = await open('search/?q=inspection', { javaScript: true });
    await page.locator('#search-status:not(:empty)').waitFor();
    expect(await page.locator('#result-list > li').count()).toBe(10);
    const more = page.locator('#search-more');
    expect(await more.textContent()).toMatch(/^Show more results \(\d+ more\)$/);
    await more.click();
    await expect.poll(() => page.locator('#result-list > li').count()).toBe(20);
    expect(await page.evaluate(() => [...document.querySelectorAll('#result-list > li')].indexOf(document.activeElement!.closest('li')!))).toBe(10);
    await page.context().close();
  });

  it('shows as many again on returning from a result, where the reader was, and ten for a new search', async () => {
    const page = await open('search/?q=inspection', { javaScript: true });
    await page.locator('#search-status:not(:empty)').waitFor();
    await page.locator('#search-more').click();
    await expect.poll(() => page.locator('#result-list > li').count()).toBe(20);
    const result = page.locator('#result-list > li').nth(14).locator('a');
    await result.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(1000);
    await result.click();
    await page.waitForURL(/\/councils\//);
    await page.goBack();
    await page.locator('#search-status:not(:empty)').waitFor();
    await expect.poll(() => page.locator('#result-list > li').count()).toBe(20);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(scrolled);
    await page.getByLabel('Search for').fill('visit');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=visit/);
    await expect.poll(() => page.locator('#result-list > li').count()).toBe(10);
    await page.context().close();
  });
});

describe('no third-party requests, and dark mode', () => {
  it.each(PAGE_TYPES)('%s: every request stays on the site', async (_type, address) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== new URL(site.url).origin) elsewhere.push(request.url());
    });
    await page.goto(new URL(address, site.url).href, { waitUntil: 'networkidle' });
    expect(elsewhere).toEqual([]);
    await context.close();
  });

  it.each(PAGE_TYPES.filter(([type]) => ['home', 'council', 'entry', 'search', 'national'].includes(type)))(
    '%s: no WCAG 2.2 AA violations in dark mode',
    async (_type, address) => {
      const context = await browser.newContext({ colorScheme: 'dark' });
      const page = await context.newPage();
      await page.goto(new URL(address, site.url).href);
      if (address.startsWith('search')) await page.locator('#search-status:not(:empty)').waitFor();
      await page.locator('details').evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    },
  );

  it('keeps a focused table readable in dark mode: the focus ring marks it, its text keeps its colour', async () => {
    const context = await browser.newContext({ colorScheme: 'dark', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(new URL('councils/', site.url).href);
    const table = page.locator('.table-wrap').first();
    const headerColour = () => table.locator('thead th').first().evaluate((th) => getComputedStyle(th).color);
    const before = await headerColour();
    await table.focus();
    expect(await table.evaluate((el) => el.matches(':focus-visible'))).toBe(true);
    expect(await headerColour()).toBe(before);
    expect(await table.evaluate((el) => getComputedStyle(el).boxShadow)).toContain('rgb(255, 221, 0)');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('zero JavaScript', () => {
  it.each(PAGE_TYPES.filter(([type]) => type !== 'search'))('%s ships no script', async (_type, address) => {
    const page = await open(address);
    expect(await page.locator('script').count()).toBe(0);
    await page.context().close();
  });
});

describe('page weight', () => {
  it('keeps every council page within 60 kB of HTML and CSS, the heaviest named if not', async () => {
    const weights = await councilPageWeights(out);
    expect(weights.length).toBeGreaterThan(150);
    const over = weights.filter((w) => w.html + w.css > 60_000).map((w) => `${w.page}: ${w.html} B of HTML + ${w.css} B of CSS`);
    expect(over).toEqual([]);
    // Every page's stylesheets were found and counted.
    expect(weights.filter((w) => w.css < 10_000).map((w) => w.page)).toEqual([]);
  });

  // A component's scoped <style> makes Astro stamp a data-astro-cid attribute on
  // every element it renders: 30% of a theme page's bytes at 10,000 entries.
  it('stamps no element with a scoped-style attribute: every stylesheet is global, its selectors namespaced by class', async () => {
    const pages = (await readdir(out, { recursive: true })).map(String).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(1000);
    const stamped: string[] = [];
    for (const page of pages) if ((await readFile(path.join(out, page), 'utf8')).includes('data-astro-cid-')) stamped.push(page);
    expect(stamped).toEqual([]);
  });
});
