/**
 * Text nested so deeply (quotes in quotes, lists in lists, HTML elements in
 * elements, emphasis in emphasis) that rendering it would overflow the
 * Markdown pipeline's recursion, which happens from about 1,000 levels, or
 * so many link openers on a line that micromark, which the check parses
 * with, takes minutes over it: the check refuses it on its line, so the
 * build never meets it. No letter or paper nests more than a few levels, so
 * the limit is far from anything an officer writes.
 */
export const MAX_DEPTH = 100;

export const TOO_DEEP = 'holds quotes (>), lists, emphasis, links or HTML elements nested too deeply inside one another for the site to show (allowed: a few levels; look for a long run of >, *, _ or [, or of tags opened and never closed)';

/** A line's quote and list markers and its indentation, as levels (two spaces or a tab being one). */
const PREFIX = /^(?:[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t])))*[ \t]*/;
/** A line with fewer characters of prefix than MAX_DEPTH cannot reach it: most bodies have none. */
const LONG_PREFIX = new RegExp(`^[ \\t>*+\\-\\d.)]{${MAX_DEPTH}}`, 'm');
/** Emphasis markers enough to open MAX_DEPTH levels, on a line with text (a line of them alone is a rule). */
const LONG_EMPHASIS = new RegExp(`^(?=.*[^*_~\\s]).*[*_~]{${2 * MAX_DEPTH}}`, 'm');

const TAG = /<(\/?)([a-z][\w-]*)(?:"[^"]*"|'[^']*'|[^'">])*>/gi;
/** Elements that HTML never opens for content: a tag of one nests nothing. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

export interface DeepNesting {
  /** The file line. */
  line: number;
  message: string;
}

function markdownDepth(line: string): number {
  const prefix = PREFIX.exec(line)![0];
  const markers = prefix.match(/>|[-*+]|\d+[.)]/g)?.length ?? 0;
  const indent = prefix.replace(/[^ \t]/g, '').replace(/\t/g, '  ').length;
  return markers + Math.floor(indent / 2);
}

/** More than `max` of `char` in `text`, counted without splitting all of it. */
const moreThan = (text: string, char: string, max: number) => text.split(char, max + 2).length > max + 1;

/** The index of the first line that opens more than MAX_DEPTH elements left open, as HTML counts them. */
function deepHtml(body: string): number | undefined {
  const open: string[] = [];
  for (const match of body.matchAll(TAG)) {
    const [, closing, tag] = match;
    const name = tag.toLowerCase();
    if (closing) {
      // A closing tag closes the nearest element of its name, and those opened inside it; one with no such element, nothing.
      const at = open.lastIndexOf(name);
      if (at >= 0) open.length = at;
    } else if (!VOID.has(name)) {
      // `<div/>` opens a div all the same: HTML ignores the slash.
      open.push(name);
      if (open.length > MAX_DEPTH) return body.slice(0, match.index).split('\n').length - 1;
    }
  }
  return undefined;
}

/** The first line at which the body (starting on file line `firstLine`) nests deeper than MAX_DEPTH, if any. */
export function deepNesting(body: string, firstLine = 1): DeepNesting[] {
  const found = (at: number) => [{ line: firstLine + at, message: TOO_DEEP }];
  if (LONG_PREFIX.test(body)) {
    const at = body.split('\n').findIndex((line) => markdownDepth(line) > MAX_DEPTH);
    if (at >= 0) return found(at);
  }
  if (LONG_EMPHASIS.test(body)) return found(body.split('\n').findIndex((line) => LONG_EMPHASIS.test(line)));
  if (moreThan(body, '[', MAX_DEPTH)) {
    const at = body.split('\n').findIndex((line) => moreThan(line, '[', MAX_DEPTH));
    if (at >= 0) return found(at);
  }
  if (moreThan(body, '<', MAX_DEPTH)) {
    const at = deepHtml(body);
    if (at !== undefined) return found(at);
  }
  return [];
}
