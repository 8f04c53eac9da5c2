/**
 * Keeps an entry's body to prose before it is sanitised: an image becomes
 * a link to it, or just its alt text, so nothing is fetched from another
 * site; top-level headings are demoted, since the page's title is its only h1.
 */
import type { Element, Root } from 'hast';
import { eachElement } from './each-element.ts';

export function rehypeProseOnly() {
  return (tree: Root) => {
    eachElement(tree, (node) => {
      if (node.tagName === 'h1') node.tagName = 'h2';
      if (node.tagName === 'img') {
        const alt = String(node.properties.alt ?? '').trim();
        const src = String(node.properties.src ?? '');
        // Only a web address makes a useful link; anything else keeps just its alt text.
        node.tagName = /^https?:\/\//i.test(src) ? 'a' : 'span';
        node.properties = node.tagName === 'a' ? { href: src } : {};
        node.children = [{ type: 'text', value: `Image${alt ? `: ${alt}` : ''}` }];
      }
    });
  };
}

/** Above a table that scrolls (site.css shows it only then): here and in TableWrap.astro. */
export const SCROLL_HINT = 'Scroll sideways to see the whole table →';

function scrollHint(): Element {
  return {
    type: 'element',
    tagName: 'p',
    properties: { className: ['scroll-hint'], ariaHidden: 'true', dataPagefindIgnore: '' },
    children: [{ type: 'text', value: SCROLL_HINT }],
  };
}

/**
 * Wraps each table of an entry in the site's table frame, which scrolls
 * sideways on a phone instead of widening the page and can be scrolled from
 * the keyboard. Runs after sanitising, since the frame's attributes are the
 * site's own.
 */
export function rehypeScrollableTables() {
  return (tree: Root) => {
    let count = 0;
    eachElement(tree, (node, index, parent) => {
      if (node.tagName !== 'table') return;
      count += 1;
      parent.children[index] = {
        type: 'element',
        tagName: 'section',
        properties: { className: ['table-wrap'], ariaLabel: `Table ${count}`, tabIndex: 0 },
        children: [scrollHint(), node],
      };
      return 'skip';
    });
  };
}
