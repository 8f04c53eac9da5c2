/**
 * The two parts of GitHub-flavoured Markdown that entries use: tables and
 * ~~strikethrough~~. Full GFM (remark-gfm) also turns every bare URL-like
 * word into a link and parses footnotes and task lists, which entries do
 * not need and which made up a third of the time spent rendering an entry
 * (measured in docs/BENCHMARKS.md).
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import type { Processor } from 'unified';
// remark-parse declares the parser extension fields on unified's Data.
import type {} from 'remark-parse';

/** The parser's extensions for the two, and the tree's. */
const syntax = () => [gfmTable(), gfmStrikethrough()];
const tree = () => [gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown()];

/**
 * Whether a text could hold a table or strikethrough. Strikethrough needs a
 * `~`; a table needs a `|`, or, with one column, a colon beside a hyphen in
 * the row under its header (`Area` over `:--` is a table). The table
 * extension tries every line of every body, about an eighth of rendering
 * one (docs/BENCHMARKS.md), so the check parses a body with none of these
 * without the two, and the renderer natively where it can
 * (remark-native-parse.ts); its tree is the same.
 */
export const mayHoldTables = (markdown: string): boolean => /[|~]|:-|-:/.test(markdown);

export function remarkTables(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(...syntax());
  (data.fromMarkdownExtensions ??= []).push(...tree());
}

/** An entry's text parsed as the site parses it, for checks that need its structure (a `---` under a table's header is not a heading's underline). */
export function parseEntryMarkdown(body: string): Root {
  return fromMarkdown(body, mayHoldTables(body) ? { extensions: syntax(), mdastExtensions: tree() } : {});
}
