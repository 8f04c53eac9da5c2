/**
 * Link addresses the site cannot keep, found before the build so the officer
 * is told rather than finding dead words on the page. The sanitiser
 * (sanitize-schema.ts) drops an address whose scheme is not a web one,
 * keeping only the link's words: `javascript:`, `data:`, `file:`, or a path
 * on a shared drive (`S:\Reports\…`, read as the scheme "s"). An address
 * with no scheme that is not a path from the site's root (`/councils/…`) or
 * a fragment (`#…`) is looked for beside the entry's page, where nothing is:
 * `www.ofsted.gov.uk/…`, `lewisham.gov.uk/plan`, `plan.pdf`.
 * Warnings, not errors: the page is safe either way.
 *
 * A plain pattern over the text first: the check reads every entry on every
 * build, and links are rare. Only a body with a suspect address is parsed,
 * so that one in code, or in words Markdown does not read as a link, is not
 * reported.
 */
import type { Nodes } from 'mdast';
import { parseEntryMarkdown } from '../markdown/remark-tables.ts';
import { looksLikeHost } from './host-name.ts';
import { sanitizeSchema } from '../markdown/sanitize-schema.ts';

const KEPT = new Set(sanitizeSchema.protocols?.href ?? []);

/**
 * A Markdown link `](address`, a reference `[x]: address`, an autolink
 * `<address>` (whose scheme CommonMark requires to be 2 to 32 characters, so
 * Word's `<o:p>` is a tag, not a link), or HTML `href="address"`.
 */
const ADDRESS = /(?:\]\(\s*<?|^[ \t]*\[[^\]\n]+\]:[ \t]*<?|<(?=[a-z][a-z0-9+.-]{1,31}:[^\s>]*>)|href\s*=\s*["']?\s*)([^\s)"'>]+)/gim;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const EMAIL = /^[^@\s/]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i;
/** Where Markdown or HTML reads an address; anywhere else (code, plain words) the pattern matched only text. */
const LINKING = new Set(['link', 'image', 'definition', 'html']);

const ALLOWED = 'an address starting https:// or http://, a mailto: address, or a page of this site such as /councils/reading/';

export interface RemovedLink {
  /** The file line. */
  line: number;
  message: string;
}

const shorten = (address: string) => (address.length > 50 ? `${address.slice(0, 50)}…` : address);

/** What is wrong with an address, if anything; an image without a web address has images.ts's warning instead. */
function problemWith(address: string, image = false): string | undefined {
  if (/^www\./i.test(address) || (!image && looksLikeHost(address))) {
    return `warning: the link to ${address} has no https:// at its start, so a browser would look for it on this site (allowed: ${ALLOWED}; here, https://${address})`;
  }
  const scheme = SCHEME.exec(address)?.[1].toLowerCase();
  if (scheme && KEPT.has(scheme)) return undefined;
  if (scheme?.length === 1 || scheme === 'file' || (!scheme && address.includes('\\'))) {
    return `warning: this link's address, ${shorten(address)}, is a file on a computer or shared drive that nobody outside the council can open, so the site keeps only the link's words (allowed: ${ALLOWED}; link to the published document instead)`;
  }
  if (scheme) return `warning: this link's address starts "${scheme}:", which the site removes, keeping only the link's words (allowed: ${ALLOWED})`;
  if (image || /^[/#]/.test(address)) return undefined;
  if (EMAIL.test(address)) {
    return `warning: the link to ${address} has no mailto: at its start, so a browser would look for it on this site (allowed: ${ALLOWED}; here, mailto:${address})`;
  }
  return `warning: the link to ${shorten(address)} is not a web address or a page of this site starting with /, so a browser would look for it beside this entry's page, where there is nothing (allowed: ${ALLOWED}; link to the published document on the web)`;
}

/** The kind of the innermost linking node (link, image, definition, HTML) holding `offset`, if any. */
function linkingAt(node: Nodes, offset: number): string | undefined {
  const { start, end } = node.position ?? {};
  if (start?.offset === undefined || end?.offset === undefined || offset < start.offset || offset >= end.offset) return undefined;
  const within = 'children' in node ? node.children.map((child) => linkingAt(child, offset)).find(Boolean) : undefined;
  return within ?? (LINKING.has(node.type) ? node.type : undefined);
}

export interface LinkIn {
  /** The file line. */
  line: number;
  address: string;
  kind: string;
}

/**
 * The links, images, definitions and HTML links of a body (starting on file
 * line `firstLine`) whose address `wanted` picks, by what Markdown reads as one.
 */
export function linksIn(body: string, firstLine: number, wanted: (address: string) => boolean): LinkIn[] {
  if (!/\]|<|href/i.test(body)) return [];
  const suspect = [...body.matchAll(ADDRESS)].filter((match) => wanted(match[1]));
  if (!suspect.length) return [];
  const tree = parseEntryMarkdown(body);
  return suspect.flatMap((match) => {
    const offset = match.index + match[0].length - match[1].length;
    const kind = linkingAt(tree, offset);
    return kind ? [{ line: firstLine + body.slice(0, offset).split('\n').length - 1, address: match[1], kind }] : [];
  });
}

/** Links in a body (starting on file line `firstLine`) whose address the site removes or cannot reach. */
export function removedLinks(body: string, firstLine = 1): RemovedLink[] {
  return linksIn(body, firstLine, (address) => Boolean(problemWith(address))).flatMap(({ line, address, kind }) => {
    const message = problemWith(address, kind === 'image');
    return message ? [{ line, message }] : [];
  });
}
