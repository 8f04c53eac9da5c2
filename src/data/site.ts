/**
 * The site model, built once per build from the content collections and
 * shared by every page (module state lives for the whole static build).
 */
import { getCollection } from 'astro:content';
import type { EntryAnalysis } from '../loaders/journeys.ts';
import { themeStats } from '../lib/charts/theme-mentions.ts';
import { toJourneyEntry } from '../lib/journey.ts';
import { bodyHasText } from '../lib/markdown/rehype-entry-sections.ts';
import { resolveAsAt } from '../lib/national.ts';
import { buildSiteModel, type SiteModel } from '../lib/site-model.ts';
import { mergeThemes } from '../lib/themes.ts';

let model: Promise<SiteModel> | undefined;

export function getSite(): Promise<SiteModel> {
  model ??= (async () => {
    const [councils, themes, entries] = await Promise.all([
      getCollection('councils'),
      getCollection('themes'),
      getCollection('entries'),
    ]);
    const journeyEntries = entries.map((e) => {
      const analysis = e.rendered?.metadata as EntryAnalysis | undefined;
      const themes = mergeThemes(e.data.themes ?? [], analysis?.detected ?? [], e.data.ignore_themes);
      return toJourneyEntry(e.id, e.data, themes, bodyHasText(e.rendered?.html ?? '', analysis?.sections ?? {}));
    });
    return buildSiteModel(
      councils.map((c) => ({ id: c.id, data: c.data })),
      journeyEntries,
      themes.map((t) => t.data),
    );
  })();
  return model;
}

/** getStaticPaths for a page per council (its page, its journey, its feed). */
export async function councilPaths(): Promise<{ params: { council: string } }[]> {
  const site = await getSite();
  return site.councils.map((council) => ({ params: { council: council.id } }));
}

let asAt: Promise<string | undefined> | undefined;

/** The build's as-at date for national figures: IJ_AS_AT, else the latest overall judgement. */
export function getAsAt(): Promise<string | undefined> {
  asAt ??= getSite().then((site) => resolveAsAt(process.env.IJ_AS_AT, site.councils));
  return asAt;
}

let stats: Promise<ReturnType<typeof themeStats>> | undefined;

/** Every theme's counts over the published entries, worked out once: the themes page and each theme's page read them. */
export function getThemeStats(): Promise<ReturnType<typeof themeStats>> {
  stats ??= getSite().then((site) => themeStats(site.entries, site.themes));
  return stats;
}

/** The base the site is published under, without its last slash; every link on every page starts with it. */
const BASE = import.meta.env.BASE_URL.replace(/\/$/, '');

/** A path inside the site, with the base the site is published under. */
export function href(path = ''): string {
  return `${BASE}/${path[0] === '/' ? path.slice(1) : path}`;
}

/** The full address of a path inside the site, for feeds, data and sitemaps. */
export function absolute(path = ''): string {
  return new URL(href(path), import.meta.env.SITE).href;
}
