/**
 * Two steps of the entry pipeline that read the body's structure:
 * `rehypeTextBlocks` collects the text of every block for theme detection
 * (before links gain their hidden "(external site)" label), and
 * `rehypeEntrySections` lifts the conventional sections (`## Strengths`,
 * `## Areas for improvement`, `## Next steps`) out of the prose so the page
 * can show them as labelled lists, where the first of them was: the author's
 * opening comes before them and any later text after them. Both run after
 * sanitising, so the items are safe HTML.
 *
 * Results go where Astro's Markdown processor passes plugin data back:
 * `file.data.astro.frontmatter` (as `textBlocks` and `entrySections`).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import type { VFile } from 'vfile';
import { SECTIONS, type SectionKey } from '../vocabulary.ts';
import { eachElement } from './each-element.ts';

export type EntrySections = Partial<Record<SectionKey, string[]>>;

/**
 * Marks where the lifted sections stood in the body's HTML. Sanitising has
 * already removed every comment the author wrote, so only this one can be
 * there.
 */
const SECTIONS_MARK = 'entry-sections';

/** Whether the rendered body says anything: text either side of the sections, or the sections' items. */
export function bodyHasText(html: string, sections: EntrySections): boolean {
  const { opening, rest } = splitAtSections(html);
  return Boolean(opening || rest || Object.values(sections).some((items) => items?.length));
}

/** The body's HTML before the lifted sections and after them, trimmed ('' for none). */
export function splitAtSections(html: string): { opening: string; rest: string } {
  const mark = `<!--${SECTIONS_MARK}-->`;
  const at = html.indexOf(mark);
  return at < 0 ? { opening: html.trim(), rest: '' } : { opening: html.slice(0, at).trim(), rest: html.slice(at + mark.length).trim() };
}

const HEADING = /^h[1-6]$/;
const TEXT_BLOCKS = new Set(['p', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'dt', 'dd']);

const normalise = (text: string) => text.toLowerCase().replace(/[:.]\s*$/, '').replace(/\s+/g, ' ').trim();

export function sectionFor(headingText: string): SectionKey | undefined {
  const heading = normalise(headingText);
  return (Object.keys(SECTIONS) as SectionKey[]).find((key) =>
    (SECTIONS[key].headings as readonly string[]).includes(heading),
  );
}

const isElement = (node: RootContent | ElementContent): node is Element => node.type === 'element';

/** One list item per `li`; any other block under the heading (before its list) is an item of its own. */
function itemsOf(node: RootContent): string[] {
  if (!isElement(node)) {
    // The page inserts items as HTML: text is escaped like the rest.
    return node.type === 'text' && node.value.trim() ? [toHtml(node).trim()] : [];
  }
  if (node.tagName === 'ul' || node.tagName === 'ol') {
    return node.children.filter(isElement).map((li) => {
      const content = li.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
      // A loose list wraps each item in <p>: unwrap a single paragraph.
      const loose = content.length === 1 && isElement(content[0]) && content[0].tagName === 'p';
      return toHtml(loose ? (content[0] as Element).children : li.children).trim();
    });
  }
  return [toHtml(node.tagName === 'p' ? node.children : node).trim()];
}

const frontmatter = (file: VFile) => {
  file.data.astro ??= {};
  file.data.astro.frontmatter ??= {};
  return file.data.astro.frontmatter;
};

export function rehypeTextBlocks() {
  return (tree: Root, file: VFile) => {
    const textBlocks: string[] = [];
    eachElement(tree, (node) => {
      if (!TEXT_BLOCKS.has(node.tagName)) return;
      // A list item holding paragraphs is collected through them.
      if (node.tagName === 'li' && node.children.some((c) => isElement(c) && c.tagName === 'p')) return;
      const text = toText(node, { whitespace: 'normal' }).trim();
      if (text) textBlocks.push(text);
    });
    frontmatter(file).textBlocks = textBlocks;
  };
}

export function rehypeEntrySections() {
  return (tree: Root, file: VFile) => {
    const sections: EntrySections = {};
    const kept: RootContent[] = [];
    let current: SectionKey | undefined;
    let listed = false;
    let marked = false;
    for (const child of tree.children) {
      if (isElement(child) && HEADING.test(child.tagName) && Number(child.tagName[1]) <= 2) {
        current = sectionFor(toText(child));
        listed = false;
        if (current) {
          if (!marked) kept.push({ type: 'comment', value: SECTIONS_MARK });
          marked = true;
          continue;
        }
      }
      // A paragraph or quotation after a section's list is the author's own comment
      // ("The council said…"), not one more point: it ends the section and stays in the text.
      if (current && listed && isElement(child) && child.tagName !== 'ul' && child.tagName !== 'ol') current = undefined;
      if (isElement(child) && (child.tagName === 'ul' || child.tagName === 'ol')) listed = true;
      if (current) {
        const items = itemsOf(child).filter(Boolean);
        if (items.length) sections[current] = [...(sections[current] ?? []), ...items];
      } else {
        kept.push(child);
      }
    }
    tree.children = kept;
    frontmatter(file).entrySections = sections;
  };
}
