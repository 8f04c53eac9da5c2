/**
 * Text nested so deeply (quotes in quotes, lists in lists, HTML elements in
 * elements) that rendering it would overflow the Markdown pipeline's
 * recursion, which happens from about 1,000 levels: the check refuses it on
 * its line, so the build never meets it. No letter or paper nests more than
 * a few levels, so the limit is far from anything an officer writes.
 */
export const MAX_DEPTH = 100;

export const TOO_DEEP = 'holds quotes (>), lists or HTML elements nested too deeply inside one another for the site to show (allowed: a few levels; look for a long run of > or of tags opened and never closed)';

/** A line's quote and list markers and its indentation, as levels (two spaces or a tab being one). */
const PREFIX = /^(?:[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t])))*[ \t]*/;
/** A line with fewer characters of prefix than MAX_DEPTH cannot reach it: most bodies have none. */
const LONG_PREFIX = new RegExp(`^[ \\t>*+\\-\\d.)]{${MAX_DEPTH}}`, 'm');

const TAG = /<(\/?)([a-z][\w-]*)[^>]*?(\/?)>/gi;
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

/** The first line at which the body (starting on file line `firstLine`) nests deeper than MAX_DEPTH, if any. */
export function deepNesting(body: string, firstLine = 1): DeepNesting[] {
  if (LONG_PREFIX.test(body)) {
    const at = body.split('\n').findIndex((line) => markdownDepth(line) > MAX_DEPTH);
    if (at >= 0) return [{ line: firstLine + at, message: TOO_DEEP }];
  }
  if (body.split('<', MAX_DEPTH + 2).length <= MAX_DEPTH + 1) return [];
  let depth = 0;
  for (const [at, line] of body.split('\n').entries()) {
    for (const [, closing, name, selfClosing] of line.matchAll(TAG)) {
      if (closing) depth = Math.max(0, depth - 1);
      else if (!selfClosing && !VOID.has(name.toLowerCase())) depth += 1;
      if (depth > MAX_DEPTH) return [{ line: firstLine + at, message: TOO_DEEP }];
    }
  }
  return [];
}
