/**
 * Markdown or HTML typed into a front-matter field the site shows as plain
 * text: the title, the summary and the source's title appear on the council
 * timeline, in search results and in feeds exactly as written, so
 * `**significant**` or `<b>` would be published with its asterisks or tag.
 * A warning, not an error: the text is safe either way, and an asterisk or
 * a bracket can be meant.
 */
import type { FieldPath } from './read.ts';

const SHOWN_AS_TEXT: FieldPath[] = [['title'], ['summary'], ['source', 'title']];

/** Bold or italic with two marks, a Markdown link, or an HTML tag. */
const MARKUP = /(\*\*|__)(?=\S)[^\n]*?\S\1|\[[^\]\n]+\]\([^)\n]*\)|<\/?[a-z][a-z0-9]*(?:\s[^<>\n]*)?\/?>/i;

export interface MarkupInField {
  path: FieldPath;
  message: string;
}

function valueAt(data: unknown, path: FieldPath): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string | number, unknown>)[key] : undefined), data);
}

/** The plain-text fields of `data` (an entry's front-matter) that hold Markdown or HTML. */
export function markupInFields(data: unknown): MarkupInField[] {
  return SHOWN_AS_TEXT.flatMap((path) => {
    const value = valueAt(data, path);
    const found = typeof value === 'string' ? MARKUP.exec(value)?.[0] : undefined;
    if (!found) return [];
    const shown = found.length > 40 ? `${found.slice(0, 39)}…` : found;
    return [{ path, message: `warning: this is shown as plain text, so the page, search results and feeds will show ${shown} exactly as typed (allowed: plain sentences; emphasis, links and tables go in the text below the front-matter)` }];
  });
}
