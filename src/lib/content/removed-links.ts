/**
 * Link addresses the site cannot keep, found before the build so the officer
 * is told rather than finding dead words on the page. The sanitiser
 * (sanitize-schema.ts) drops an address whose scheme is not a web one,
 * keeping only the link's words: `javascript:`, `data:`, `file:`, or a path
 * on a shared drive (`S:\Reports\…`, read as the scheme "s"). An address
 * starting `www.` has no scheme, so a browser would look for it on this site.
 * Warnings, not errors: the page is safe either way.
 *
 * A plain pattern over the text, not a Markdown parse: the check reads every
 * entry on every build, and links are rare.
 */
import { sanitizeSchema } from '../markdown/sanitize-schema.ts';

const KEPT = new Set(sanitizeSchema.protocols?.href ?? []);

/**
 * A Markdown link `](address`, a reference `[x]: address`, an autolink
 * `<address>` (whose scheme CommonMark requires to be 2 to 32 characters, so
 * Word's `<o:p>` is a tag, not a link), or HTML `href="address"`.
 */
const ADDRESS = /(?:\]\(\s*<?|^[ \t]*\[[^\]\n]+\]:[ \t]*<?|<(?=[a-z][a-z0-9+.-]{1,31}:[^\s>]*>)|href\s*=\s*["']?\s*)([^\s)"'>]+)/gim;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

const ALLOWED = 'an address starting https:// or http://, a mailto: address, or a page of this site such as /councils/reading/';

export interface RemovedLink {
  /** The file line. */
  line: number;
  message: string;
}

function problemWith(address: string): string | undefined {
  if (/^www\./i.test(address)) {
    return `warning: the link to ${address} has no https:// at its start, so a browser would look for it on this site (allowed: ${ALLOWED}; here, https://${address})`;
  }
  const scheme = SCHEME.exec(address)?.[1].toLowerCase();
  if (!scheme || KEPT.has(scheme)) return undefined;
  if (scheme.length === 1 || scheme === 'file') {
    const shown = address.length > 50 ? `${address.slice(0, 50)}…` : address;
    return `warning: this link's address, ${shown}, is a file on a computer or shared drive that nobody outside the council can open, so the site keeps only the link's words (allowed: ${ALLOWED}; link to the published document instead)`;
  }
  return `warning: this link's address starts "${scheme}:", which the site removes, keeping only the link's words (allowed: ${ALLOWED})`;
}

/** Links in a body (starting on file line `firstLine`) whose address the site removes or cannot reach. */
export function removedLinks(body: string, firstLine = 1): RemovedLink[] {
  if (!/\]|<|href/i.test(body)) return [];
  const found: RemovedLink[] = [];
  for (const match of body.matchAll(ADDRESS)) {
    const message = problemWith(match[1]);
    if (message) found.push({ line: firstLine + body.slice(0, match.index).split('\n').length - 1, message });
  }
  return found;
}
