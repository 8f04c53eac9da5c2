/**
 * Where the site is published, as one setting: IJ_SITE_URL, e.g.
 * `https://www.example.gov.uk/journeys/`. Its origin is Astro's `site` and
 * its path Astro's `base`, so the whole site (links, assets, search index)
 * can live under a sub-path.
 */
export const DEFAULT_SITE_URL = 'http://localhost:4321/';

export function siteLocation(value = process.env.IJ_SITE_URL || DEFAULT_SITE_URL): { site: string; base: string } {
  const url = new URL(value);
  const base = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { site: url.origin, base };
}
