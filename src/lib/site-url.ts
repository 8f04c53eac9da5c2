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

const ALLOWED = 'allowed: the address the site will be published at, starting https://, such as https://www.example.gov.uk/journeys/';

/** What is wrong with IJ_SITE_URL as written, if anything: checked before the build, which would otherwise stop with a stack trace or build wrong links. */
export function siteUrlProblem(value = process.env.IJ_SITE_URL): string | undefined {
  if (!value) return undefined;
  const said = `IJ_SITE_URL is '${value}'`;
  const url = URL.parse(value.trim());
  if (!url || !/^https?:$/.test(url.protocol)) return `${said}, which is not a web address (${ALLOWED})`;
  if (url.search || url.hash) return `${said}, which has a ${url.search ? 'query (?…)' : 'fragment (#…)'} that a site's address cannot have (${ALLOWED})`;
  // Astro's routes cannot be built under a base with an escaped character in it (`/my%20site/`).
  if (url.pathname.includes('%')) return `${said}, whose path has a space or another character written with % (${ALLOWED}: a folder name of letters, digits, - and _)`;
  if (url.pathname.includes('//')) return `${said}, which has an empty folder (//) in its path (${ALLOWED})`;
  if (/\.[a-z\d]+$/i.test(url.pathname)) return `${said}, which ends in a file's name (${ALLOWED}: the folder, not a page in it)`;
  return undefined;
}
