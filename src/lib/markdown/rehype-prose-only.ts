/**
 * Keeps an entry's body to prose before it is sanitised: an image becomes
 * a link to it, or just its alt text, so nothing is fetched from another
 * site; top-level headings are demoted, since the page's title is its only h1;
 * a link's scheme is put in lower case (browsers read HTTPS:// as https://,
 * but the sanitiser would drop the address and rehype-external-links would
 * not mark it), and its address is read as a browser reads it.
 */
import type { Element, Root } from 'hast';
import { eachElement } from './each-element.ts';

/**
 * What an image becomes: its words, and a link to it when its address is a
 * web one (anything else, a file beside the entry or on a shared drive,
 * would be a broken link). The content check's warning says the same.
 */
export function imageStandIn(alt: string, src: string): { text: string; href?: string } {
  const text = `Image${alt.trim() ? `: ${alt.trim()}` : ''}`;
  return /^https?:\/\//i.test(src) ? { text, href: src } : { text };
}

const lowerCaseScheme = (address: string) => address.replace(/^[a-z][a-z\d+.-]*:/i, (scheme) => scheme.toLowerCase());

/**
 * A link's address as a browser reads it, without the spaces and control
 * characters it ignores around one (so ` //elsewhere/` is marked as another
 * site's). A backslash, tab or line break is never part of a web address,
 * but a browser reads one as a slash or drops it, and could be led to
 * another site unmarked: that link keeps only its words, as the content
 * check's warning says.
 */
function linkAddress(href: string): string | undefined {
  const address = href.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  return /[\\\t\n\r]/.test(address) ? undefined : lowerCaseScheme(address);
}

export function rehypeProseOnly() {
  return (tree: Root) => {
    eachElement(tree, (node) => {
      if (node.tagName === 'h1') node.tagName = 'h2';
      if (node.tagName === 'img') {
        const { text, href } = imageStandIn(String(node.properties.alt ?? ''), String(node.properties.src ?? ''));
        node.tagName = href ? 'a' : 'span';
        node.properties = href ? { href } : {};
        node.children = [{ type: 'text', value: text }];
      }
      if (node.tagName === 'a' && typeof node.properties.href === 'string') node.properties.href = linkAddress(node.properties.href);
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
