/**
 * eachElement: every element once, parents first and in document order;
 * the children walked are those `fn` leaves; 'skip' leaves a subtree alone.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { eachElement } from '../../../src/lib/markdown/each-element.ts';

const tree = (html: string): Root => fromHtml(html, { fragment: true });

describe('eachElement', () => {
  it('visits every element once, each before its children, in document order', () => {
    const seen: string[] = [];
    eachElement(tree('<p>One <em>two <strong>three</strong></em></p>text<ul><li>a</li><li>b</li></ul>'), (node) => {
      seen.push(node.tagName);
    });
    expect(seen).toEqual(['p', 'em', 'strong', 'ul', 'li', 'li']);
  });

  it('walks the children an element has after fn changed it, and gives index and parent', () => {
    const root = tree('<p><img alt="x"></p><h1>Title</h1>');
    const seen: string[] = [];
    eachElement(root, (node, index, parent) => {
      seen.push(`${node.tagName}@${index} in ${parent.type === 'root' ? 'root' : parent.tagName}`);
      if (node.tagName === 'img') node.children = [{ type: 'element', tagName: 'b', properties: {}, children: [] }];
    });
    expect(seen).toEqual(['p@0 in root', 'img@0 in p', 'b@0 in img', 'h1@1 in root']);
  });

  it("does not walk into an element when fn answers 'skip'", () => {
    const root = tree('<table><tr><td><table></table></td></tr></table>');
    let tables = 0;
    eachElement(root, (node, index, parent) => {
      if (node.tagName !== 'table') return;
      tables += 1;
      const wrap: Element = { type: 'element', tagName: 'section', properties: {}, children: [node] };
      parent.children[index] = wrap;
      return 'skip';
    });
    expect(tables).toBe(1);
    expect((root.children[0] as Element).tagName).toBe('section');
  });
});
