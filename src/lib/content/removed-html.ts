/**
 * Raw HTML in an entry's text that the site removes with everything inside
 * it (sanitize-schema.ts strips these elements), found before the build so
 * the officer is told rather than finding a gap on the page. A warning, not
 * an error: the site is safe either way, and the hostile fixture must build.
 * Only HTML the Markdown parser reads as HTML counts: `<iframe>` in a code
 * span or block is text, and shown as such.
 */
import type { Html, Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { sanitizeSchema } from '../markdown/sanitize-schema.ts';

const STRIPPED = sanitizeSchema.strip ?? [];
const OPENING = `<(${STRIPPED.join('|')})\\b`;
const ANY = new RegExp(OPENING, 'i');

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
  if (!ANY.test(body)) return [];
  const found: RemovedHtml[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'html') {
      for (const match of (node as Html).value.matchAll(new RegExp(OPENING, 'gi'))) {
        const tag = match[1].toLowerCase();
        const line = (node.position?.start.line ?? 1) + (node as Html).value.slice(0, match.index).split('\n').length - 1 + firstLine - 1;
        const [why, instead] = WHY[tag] ?? EMBED;
        found.push({ line, message: `warning: <${tag}> is removed from the page with everything inside it: ${why} (allowed: ${instead})` });
      }
    }
    if ('children' in node) node.children.forEach(visit);
  };
  visit(fromMarkdown(body));
  return found;
}
