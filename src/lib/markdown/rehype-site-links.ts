/**
 * A link an officer writes to another page of the site, from its root
 * (`/councils/reading/2016-06-inspection/`), gets the base the site is
 * published under, so it still works when the site lives at a sub-path such
 * as a council's `/journeys/`. A link that already starts with the base, a
 * relative link and a link to another site are left alone.
 */
import type { Root } from 'hast';
import { eachElement } from './each-element.ts';

export function rehypeSiteLinks({ base }: { base: string }) {
  const prefix = base.replace(/\/$/, '');
  return (tree: Root) => {
    if (!prefix) return;
    eachElement(tree, (node) => {
      const href = node.tagName === 'a' ? node.properties.href : undefined;
      if (typeof href !== 'string' || !href.startsWith('/') || href.startsWith('//')) return;
      if (href === prefix || href.startsWith(`${prefix}/`)) return;
      node.properties.href = `${prefix}${href}`;
    });
  };
}
