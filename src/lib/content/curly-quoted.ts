/**
 * Front-matter values wrapped whole in curly quotes. Word and Outlook turn
 * typed quotes into “ ” and ‘ ’, and YAML reads only straight quotes as
 * quotes, so `title: “Monitoring visit 3”` is published with its curly
 * quotes. A warning, not an error: a title may really be a quotation.
 */
import type { FieldPath } from './read.ts';

const WRAPPED = /^(“[^“”]*”|‘[^‘’]*’)$/;

export interface CurlyQuoted {
  path: FieldPath;
  message: string;
}

/** Every text value in `data` (front-matter, nested lists and maps included) that curly quotes wrap whole. */
export function curlyQuoted(data: unknown, path: FieldPath = []): CurlyQuoted[] {
  if (typeof data === 'string') {
    const text = data.trim();
    if (!WRAPPED.test(text)) return [];
    const [open, close] = [text[0], text.at(-1)];
    return [{
      path,
      message: `warning: the value is wrapped in curly quotes ${open}…${close}, which YAML does not read as quotes, so the page will show them (if they only mark the text, delete them, or use straight quotes "…")`,
    }];
  }
  if (Array.isArray(data)) return data.flatMap((item, i) => curlyQuoted(item, [...path, i]));
  if (data && typeof data === 'object' && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([key, value]) => curlyQuoted(value, [...path, key]));
  }
  return [];
}
