/**
 * Parses an entry's Markdown with satteri, the Rust parser behind Astro 7's
 * default Markdown engine, in place of remark-parse (micromark). It builds
 * the same mdast tree, so every remark and rehype plugin after it runs as
 * before, in a fraction of the time: parsing was half the time of rendering
 * an entry (docs/BENCHMARKS.md, item 35).
 *
 * Positions are left out: nothing after parsing reads them, and the content
 * check, whose messages give lines, parses with micromark.
 */
import type { Root } from 'mdast';
import { markdownToMdast } from 'satteri';
import type { Processor } from 'unified';
import { mayHoldTables } from './remark-tables.ts';

/**
 * Where satteri 0.10.5 builds a different tree from micromark's, found by
 * comparing the two on 1.5 million random documents (some of them kept in
 * tests/lib/markdown/remark-native-parse.test.ts). A body with any of these
 * keeps remark-parse, and so micromark's reading of it.
 */
const PARSED_DIFFERENTLY = [
  // Emphasis beside `_`, `\`, an emoji or some other symbols (`ß*␧***`).
  /[_\\\uD800-\uDFFF]|[^\0-\x7F]\*|\*[^\0-\x7F]/,
  // HTML, code spans and fences, NUL.
  /[<`\0]/,
  // Indented code, or a list item's text indented as code.
  /\t| {4}/,
  // Link reference definitions (`[a]: /address`) and the blocks after them.
  /\]:/,
];

/**
 * Whether satteri parses this Markdown as remark-parse does: CommonMark
 * without any of those, and without a table or strikethrough, which satteri
 * parses only with the rest of GFM (bare addresses as links, footnotes, task
 * lists), which entries do not use.
 */
export const parsesNatively = (markdown: string): boolean =>
  !mayHoldTables(markdown) && !PARSED_DIFFERENTLY.some((pattern) => pattern.test(markdown));

export function parseCommonMark(markdown: string): Root {
  return markdownToMdast(markdown, { features: { gfm: false, frontmatter: false }, position: false }) as Root;
}

/** A remark plugin: placed after remark-parse (in `remarkPlugins`), it replaces the processor's parser. */
export function remarkNativeParse(this: Processor) {
  this.parser = parseCommonMark;
}
