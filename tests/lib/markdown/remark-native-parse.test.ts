/**
 * The native parser builds the tree remark-parse builds, positions aside,
 * for every body it is given (`parsesNatively`): every such body of the
 * real content and the fixtures, and random documents of Markdown's
 * punctuation and any character of the Basic Multilingual Plane.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Node } from 'unist';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/content/validate.ts';
import { parseCommonMark, parsesNatively } from '../../../src/lib/markdown/remark-native-parse.ts';
import { seededRandom } from '../../../scripts/bench/corpus.ts';

const micromark = unified().use(remarkParse);

function withoutPositions<T extends Node>(node: T): T {
  delete node.position;
  for (const child of (node as { children?: Node[] }).children ?? []) withoutPositions(child);
  return node;
}

function expectSameTree(markdown: string) {
  const native = parseCommonMark(markdown);
  const reference = withoutPositions(micromark.parse(markdown));
  // Compared first without vitest, which takes longer to compare than the parsers take to parse.
  if (!isDeepStrictEqual(native, reference)) expect(native, JSON.stringify(markdown)).toStrictEqual(reference);
}

describe('parseCommonMark', () => {
  it('builds the same tree as remark-parse for every body of the content and the fixtures it is given', async () => {
    let bodies = 0;
    for (const dir of ['content', 'tests/fixtures/content/valid', 'tests/fixtures/site', 'tests/fixtures/hostile']) {
      for (const { body } of (await loadContent(dir)).entries) {
        if (!parsesNatively(body)) continue;
        expectSameTree(body);
        bodies += 1;
      }
    }
    expect(bodies).toBeGreaterThan(800);
  });

  /** Checks `count` random documents of up to 30 pieces that the native parser is given. */
  function expectSameTreesFor(pieces: string[], seed: number, count: number) {
    // A fixed seed, so that a failure names a document that fails again.
    const random = seededRandom(seed);
    const anyCharacter = () => String.fromCodePoint(random() < 0.2 ? Math.floor(random() * 0x80) : 0xa0 + Math.floor(random() * (0xd800 - 0xa0)));
    for (let documents = 0; documents < count; ) {
      const length = 1 + Math.floor(random() * 30);
      let markdown = '';
      for (let i = 0; i < length; i++) markdown += random() < 0.1 ? anyCharacter() : pieces[Math.floor(random() * pieces.length)];
      if (!parsesNatively(markdown)) continue;
      expectSameTree(markdown);
      documents += 1;
    }
  }

  // Each list ends with what the native parser is not given, so that a test of a looser `parsesNatively` would fail.
  it('builds the same tree as remark-parse for 20,000 random documents of inline Markdown it is given', () => {
    const inline = [
      'a', 'word', 'Ofsted', '2018', ' ', '  ', '\n', '\n\n', '\r\n', '*', '**', '***', '# ', '> ', '- ', '1. ', '0) ', '\n- ', '\n0) ', '\n# ',
      '[', ']', '(', ')', '[a](b)', '[a][b]', '![i](s)', '(/x "t")', '!', '>', '/', '&', '&amp;', '&#38;', '&nbsp;', '&pound;', '&#x2019;',
      '&copy', ';', '"', "'", '=', '===', '---', 'http://x.y', 'www.x.org', 'a@b.co', ',', '?', '%', '@', '^', '{', '}', '$', '.', ':', '’',
      '“', '”', '–', '—', '…', '£', '€', '·', '•', '\u00a0', 'é', '中',
      '_', '__', '\\', '`', '```', '<div>', '<!--', '😀', '\0', '[b]: /c', '|', '~~', ':--',
    ];
    expectSameTreesFor(inline, 20261206, 20_000);
  });

  it('builds the same tree as remark-parse for 10,000 random documents of blocks it is given', () => {
    const blocks = [
      'a', 'b c', ' ', ' ', '  ', '   ', '\n', '\n', '\n', '\r\n', '\r', '#', '# ', '> ', '>', '-', '- ', '+ ', '* ', '*', '1. ', '1.', '2) ',
      '10) ', '===', '---', '***', '- - -', '[a]', '[a](b)', '&amp;', '"', "'", '(', ')', '.', 'é', '’',
      '    ', '     ', '\t', ' \t', '[a]: /b\n', '# H\n',
    ];
    expectSameTreesFor(blocks, 20261207, 10_000);
  });
});
