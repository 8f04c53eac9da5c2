/**
 * Debian's Chromium driven by playwright-core. Browser downloads cannot
 * work here, so the executable is the system one (apt-get install chromium).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

const EXECUTABLE = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  if (!existsSync(EXECUTABLE)) {
    throw new Error(`Chromium is not at ${EXECUTABLE}: install it with 'apt-get install chromium' (or set CHROMIUM_PATH).`);
  }
  return chromium.launch({
    executablePath: EXECUTABLE,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      // Without these, Chromium tries to reach Google's hosts, which this network refuses.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices (heading order, landmarks), as GOV.UK's own tests run it. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/**
 * Runs axe-core on the page's current address. axe runs as a script, so it
 * gets a page of its own with JavaScript on even when the test reads the
 * site with JavaScript off.
 */
export async function axeViolations(page: Page) {
  // Same colour scheme as the page under test, so dark mode is checked when asked for.
  const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
  const context = await page.context().browser()!.newContext({ colorScheme: dark ? 'dark' : 'light' });
  const axePage = await context.newPage();
  await axePage.goto(page.url());
  const results = await new AxeBuilder({ page: axePage }).withTags(WCAG_TAGS).analyze();
  await context.close();
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
}

/** Each element's text as it is seen, without what is there for screen readers only (`.visually-hidden`). */
export function visibleTexts(locator: Locator): Promise<string[]> {
  return locator.evaluateAll((elements) =>
    elements.map((element) => {
      const copy = element.cloneNode(true) as Element;
      for (const hidden of copy.querySelectorAll('.visually-hidden')) hidden.remove();
      return copy.textContent ?? '';
    }),
  );
}

/**
 * Words the page shows split across two lines other than after a hyphen,
 * dash or slash: a council's name broken mid-word ("Northamptonshi-re")
 * where it should wrap whole.
 */
export function wordsSplitAcrossLines(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const split: string[] = [];
    const range = document.createRange();
    const lineOf = (node: Text, i: number) => {
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      return range.getClientRects()[0]?.top;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const parent = node.parentElement!;
      if (parent.closest('.visually-hidden') || !parent.checkVisibility()) continue;
      for (const word of node.data.matchAll(/\S{2,}/g)) {
        let previous: number | undefined;
        for (let i = word.index; i < word.index + word[0].length; i++) {
          const top = lineOf(node, i);
          if (top === undefined) continue;
          if (previous !== undefined && top > previous + 1 && !/[-–—/_.]/.test(node.data[i - 1])) split.push(word[0]);
          previous = top;
        }
      }
    }
    return split;
  });
}

/** The sRGB channels of a computed colour ("rgb(137, 143, 147)"). */
const channels = (colour: string) => colour.match(/[\d.]+/g)!.slice(0, 3).map(Number);

/** WCAG 2's relative luminance. */
function luminance(rgb: number[]): number {
  const [r, g, b] = rgb.map((c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2's contrast ratio of a computed colour painted at `opacity` over a background. */
export function contrast(colour: string, background: string, opacity = 1): number {
  const behind = channels(background);
  const painted = channels(colour).map((c, i) => c * opacity + behind[i] * (1 - opacity));
  const [lighter, darker] = [luminance(painted), luminance(behind)].sort((a, b) => b - a);
  return (lighter + 0.05) / (darker + 0.05);
}
