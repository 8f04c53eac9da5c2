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

export function remarkTables(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(...syntax());
  (data.fromMarkdownExtensions ??= []).push(...tree());
}

/** An entry's text parsed as the site parses it, for checks that need its structure (a `---` under a table's header is not a heading's underline). */
export function parseEntryMarkdown(body: string): Root {
  return fromMarkdown(body, { extensions: syntax(), mdastExtensions: tree() });
}
