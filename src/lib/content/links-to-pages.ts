/**
 * Links in an entry's text to pages of this site that will not be there: a
 * council or entry that does not exist (a mistyped date in the address), or
 * an entry that is still a draft, which the build leaves out. The page would
 * link to "page not found"; the check says so, by line. Warnings, not
 * errors: the draft may be published with it.
 *
 * Only the addresses the site's content decides are looked at: a council's
 * (`/councils/<council>/`), an entry's (`/councils/<council>/<file name>/`)
 * and a theme's (`/themes/<theme>/`).
 */
import { closest } from './problems.ts';
import { linksIn } from './removed-links.ts';

export interface SitePages {
  /** An entry's state by its id (`<council>/<file name>`); undefined where there is none. */
  entry(id: string): 'published' | 'draft' | undefined;
  /** The ids of a council's published entries, to offer the one a mistyped address meant. */
  published(council: string): string[];
  council(id: string): boolean;
  theme(id: string): boolean;
}

export interface DeadLink {
  /** The file line. */
  line: number;
  message: string;
}

/** Pages under a council's own address that no entry makes. */
const COUNCIL_PAGES = new Set(['journey', 'feed.xml']);

/** Why the page at a path from the site's root will not be there, if it will not. */
function missing(path: string, pages: SitePages): string | undefined {
  const [section, id, page] = path.split(/[?#]/)[0].split('/').filter(Boolean);
  if (section === 'themes' && id && !pages.theme(id)) return `there is no theme ${id} in content/themes.yaml`;
  if (section !== 'councils' || !id) return undefined;
  if (!pages.council(id)) return `there is no council ${id} in content/councils/`;
  if (!page || COUNCIL_PAGES.has(page)) return undefined;
  const state = pages.entry(`${id}/${page}`);
  if (state === 'draft') return `the entry ${id}/${page} is a draft, which is not published until draft: true is taken out of it`;
  if (!state) {
    const meant = closest(`${id}/${page}`, pages.published(id));
    return `there is no entry ${id}/${page} (content/entries/${id}/${page}.md)${meant ? ` (did you mean /councils/${meant}/?)` : ''}`;
  }
  return undefined;
}

/** Links in a body (starting on file line `firstLine`) to pages of this site that will not be there. */
export function deadLinksToPages(body: string, firstLine: number, pages: SitePages): DeadLink[] {
  return linksIn(body, firstLine, (address) => address.startsWith('/') && Boolean(missing(address, pages))).map(({ line, address }) => ({
    line,
    message: `warning: the link to ${address} would lead to "page not found": ${missing(address, pages)} (allowed: a published page of this site; copy its address from the page itself)`,
  }));
}
