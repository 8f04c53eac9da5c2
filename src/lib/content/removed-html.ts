/**
 * Raw HTML in an entry's text that the site removes (sanitize-schema.ts),
 * found before the build so the officer is told rather than finding a gap
 * on the page: an element stripped with everything inside it, or one whose
 * tags go while its text stays (a `<form>`, an `<abbr>`, a `<font>`).
 * A warning, not an error: the site is safe either way, and the hostile
 * fixture must build. Only HTML the Markdown parser reads as HTML counts:
 * `<iframe>` in a code span or block is text, and shown as such.
 */
import type { Html, Nodes } from 'mdast';
import { parseEntryMarkdown } from '../markdown/remark-tables.ts';
import { sanitizeSchema } from '../markdown/sanitize-schema.ts';

const STRIPPED = new Set(sanitizeSchema.strip ?? []);
/** Elements an entry may use; an image has a warning of its own (images.ts). */
export const ALLOWED_ELEMENTS = (sanitizeSchema.tagNames ?? []).slice().sort();
const NOT_REPORTED = new Set([...ALLOWED_ELEMENTS, 'img']);
/** A tag, opening or closing, with its name and whether it closes itself. */
const TAG = /<(\/?)([a-z][a-z0-9-]*)(?=[\s/>])[^>]*?(\/?)>/gi;
/** Stripped elements that have no closing tag. */
const VOID = new Set(['embed']);

/** Why each element goes, and what to write instead; anything else stripped embeds content from elsewhere. */
const TEXT_INSTEAD = 'text and the Markdown in docs/CONTENT-MODEL.md';
const WHY: Record<string, [string, string]> = {
  script: ['an entry cannot run script', TEXT_INSTEAD],
  noscript: ['an entry cannot run script', TEXT_INSTEAD],
  style: ['an entry cannot carry its own styles', TEXT_INSTEAD],
  template: ['an entry shows text, not templates', TEXT_INSTEAD],
};
const EMBED: [string, string] = ['an entry cannot embed content from elsewhere', 'a link to it instead, such as [The briefing](https://…)'];

export interface RemovedHtml {
  /** The file line. */
  line: number;
  message: string;
}

/** Elements of the body (starting on file line `firstLine`) that the site removes, each on its line. */
export function removedHtml(body: string, firstLine = 1): RemovedHtml[] {
  if (!/<[a-z]/i.test(body)) return [];
  const found: RemovedHtml[] = [];
  // A stripped element still open: what is inside it goes with it, so its own tags are not reported.
  let inside: string | undefined;
  const visit = (node: Nodes) => {
    if (node.type === 'html') {
      for (const match of (node as Html).value.matchAll(TAG)) {
        const [, closing, name, selfClosing] = match;
        const tag = name.toLowerCase();
        if (inside) {
          if (closing && tag === inside) inside = undefined;
          continue;
        }
        if (closing || NOT_REPORTED.has(tag)) continue;
        const line = (node.position?.start.line ?? 1) + (node as Html).value.slice(0, match.index).split('\n').length - 1 + firstLine - 1;
        if (STRIPPED.has(tag)) {
          if (!selfClosing && !VOID.has(tag)) inside = tag;
          const [why, instead] = WHY[tag] ?? EMBED;
          found.push({ line, message: `warning: <${tag}> is removed from the page with everything inside it: ${why} (allowed: ${instead})` });
        } else {
          found.push({
            line,
            message: `warning: <${tag}> is removed from the page, though the text inside it is kept: an entry's HTML is limited to simple text markup (allowed: Markdown, or the HTML elements listed in docs/CONTENT-MODEL.md)`,
          });
        }
      }
    }
    if ('children' in node) node.children.forEach(visit);
  };
  visit(parseEntryMarkdown(body));
  return found;
}
