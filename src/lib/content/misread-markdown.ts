/**
 * Markdown an officer types meaning one thing that the site reads as
 * another, without a word: a list or paragraph indented by a tab or four
 * spaces becomes a box of code (and is not read for themes); a heading with
 * no space after its #s ("##Areas for improvement") stays text, so it is
 * neither a heading nor a section; a line of --- directly under a line of
 * text makes that text a heading, where officers mean a separator.
 * Warnings, not errors: the page builds, just not as the officer meant.
 *
 * Read from the parse, as the site reads the text, so a fenced ``` block
 * (code on purpose), a code span and the lines of a quotation count only as
 * what Markdown makes of them. A pattern first spares most bodies the parse.
 */
import type { Nodes } from 'mdast';
import { sectionFor } from '../markdown/rehype-entry-sections.ts';
import { parseEntryMarkdown } from '../markdown/remark-tables.ts';

/**
 * A line indented by a tab or four spaces, a line starting with #s and no
 * space, or a line of - or = right under text (found from that text's last
 * character: `^.*\S.*\n` read each line again from every start, and took
 * 2 s over 10,000 entries).
 */
const ANY = /^[ \t>]*(?: {4}|\t|#{1,6}[^ \t#\n])|\S[ \t]*\n[ \t>]*(?:-+|=+)[ \t]*$/m;
/** The #s at the start of a line of text, and what follows them. */
const HASHES = /^(#{1,6})([^ \t#])(.*)$/;
/** What comes before a line's text: indentation and the > of a quotation. */
const LINE_START = /^[ \t>]*/;

export interface MisreadMarkdown {
  /** The file line. */
  line: number;
  message: string;
}

const CODE_ALLOWED = 'text starting at the margin; a list item under another is indented by two spaces, as in "  - Supervision"';

/** Warnings for the body (starting on file line `firstLine`) where Markdown reads the layout otherwise than an officer means. */
export function misreadMarkdown(body: string, firstLine = 1): MisreadMarkdown[] {
  if (!ANY.test(body)) return [];
  const lines = body.split('\n');
  const found: MisreadMarkdown[] = [];
  const at = (line: number, message: string) => found.push({ line: line + firstLine - 1, message: `warning: ${message}` });

  const visit = (node: Nodes, parent?: Nodes) => {
    const { start, end } = node.position!;
    // A fenced block starts at its ``` or ~~~; an indented one at its indentation.
    if (node.type === 'code' && !/[`~]/.test(body[start.offset!])) {
      const [which, them] = end.line > start.line ? [`lines ${start.line + firstLine - 1}–${end.line + firstLine - 1} are`, 'them'] : ['this line is', 'it'];
      at(start.line, `${which} indented by a tab or four spaces or more, so the site shows ${them} as a box of code, not as text, and finds no themes in ${them} (allowed: ${CODE_ALLOWED})`);
    } else if (node.type === 'heading' && end.line > start.line) {
      // Only a heading underlined with --- or === spans two lines.
      const mark = lines[end.line - 1].includes('=') ? '===' : '---';
      const instead = mark === '---' ? 'a blank line above the --- for a separator line' : 'for a separator line, a line of --- with a blank line above it';
      at(end.line, `this line of ${mark}, directly under a line of text, makes that text a heading (allowed: ${instead}; for a heading, "## " at the start of the text and no line of ${mark})`);
    } else if (node.type === 'text' && parent?.type === 'paragraph') {
      node.value.split('\n').forEach((segment, i) => {
        const line = start.line + i;
        // The first line of a text node is at a line's start only if nothing but indentation or > comes before it.
        if (i === 0 && lines[line - 1].slice(0, start.column - 1).replace(LINE_START, '') !== '') return;
        const message = unspacedHeading(segment, lines[line - 1].replace(LINE_START, ''));
        if (message) at(line, message);
      });
    }
    if ('children' in node) for (const child of node.children) visit(child, node);
  };
  visit(parseEntryMarkdown(body));
  return found;
}

/** Why a line of text starting with #s is not the heading it looks meant to be, if it is. */
function unspacedHeading(segment: string, written: string): string | undefined {
  const match = HASHES.exec(segment);
  if (!match) return undefined;
  const [, hashes, first, rest] = match;
  const words = `${first}${rest}`.replace(/^\s+/, '');
  // "#1 priority" or a hashtag is ordinary text; a single # is taken for a heading only before a section's name.
  if (hashes.length === 1 && !sectionFor(words)) return undefined;
  const shown = written.length > 60 ? `${written.slice(0, 60)}…` : written;
  const space = /\s/.test(first) ? 'an ordinary space after the #s, and this one is a non-breaking space' : 'a space after the #s';
  return `"${shown}" shows as text, not as a heading: a heading needs ${space} (allowed: "${hashes} ${words}")`;
}
