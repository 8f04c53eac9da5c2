/**
 * Calls `fn` on every element of a hast tree, each before its children,
 * which are then walked as they are after `fn` (it may change them).
 * `unist-util-visit` does the same for any test, but gives every node it
 * passes a fresh, named function (for its stack traces): walking a rendered
 * entry that way cost more than this site's own steps did.
 */
import type { Element, Root } from 'hast';

export function eachElement(tree: Root | Element, fn: (node: Element, index: number, parent: Root | Element) => 'skip' | void): void {
  const { children } = tree;
  for (let index = 0; index < children.length; index++) {
    const child = children[index];
    if (child.type !== 'element' || fn(child, index, tree) === 'skip') continue;
    const now = children[index];
    if (now.type === 'element') eachElement(now, fn);
  }
}
