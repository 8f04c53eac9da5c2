import { describe, expect, it } from 'vitest';
import { deepNesting, MAX_DEPTH, TOO_DEEP } from '../../../src/lib/content/deep-nesting.ts';

const at = (line: number) => [{ line, message: TOO_DEEP }];

describe('deepNesting', () => {
  it('finds quotes, lists or indentation nested past the limit, on their line', () => {
    expect(deepNesting(`Text.\n\n${'>'.repeat(MAX_DEPTH + 1)} deep\n`, 10)).toEqual(at(12));
    expect(deepNesting(`${'- '.repeat(MAX_DEPTH + 1)}deep\n`)).toEqual(at(1));
    expect(deepNesting(`${'> 1. '.repeat(MAX_DEPTH / 2 + 1)}deep\n`)).toEqual(at(1));
    expect(deepNesting(Array.from({ length: MAX_DEPTH + 1 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n'))).toEqual(at(MAX_DEPTH + 1));
  });

  it('finds HTML elements opened inside one another past the limit, on the line where it is passed', () => {
    expect(deepNesting(`Text.\n${'<div>'.repeat(MAX_DEPTH)}\n<span>deep</span>\n`)).toEqual(at(3));
    // HTML ignores the slash of <div/>, a closing tag that closes nothing, and a tag across lines.
    expect(deepNesting(`Text.\n${'<div/>'.repeat(MAX_DEPTH + 1)}x\n`)).toEqual(at(2));
    expect(deepNesting(`${'<div></x>'.repeat(MAX_DEPTH + 1)}x\n`)).toEqual(at(1));
    expect(deepNesting(`${'<div\n>'.repeat(MAX_DEPTH + 1)}x\n`)).toEqual(at(MAX_DEPTH + 1));
  });

  it('finds emphasis or link openers past the limit on a line', () => {
    expect(deepNesting(`Text.\n${'*'.repeat(5000)}x${'*'.repeat(5000)}\n`)).toEqual(at(2));
    expect(deepNesting(`${'!['.repeat(MAX_DEPTH + 1)}x${'](y)'.repeat(MAX_DEPTH + 1)}\n`)).toEqual(at(1));
  });

  it('leaves alone what real letters and papers hold', () => {
    expect(deepNesting(`${'>'.repeat(MAX_DEPTH)} quoted\n`)).toEqual([]);
    expect(deepNesting('> Quoted\n>\n> - a list\n>   - nested\n>     1. more\n')).toEqual([]);
    // Many elements, each closed, and void elements that never are.
    expect(deepNesting(`${'<p>para</p><br>'.repeat(500)}\n${'<hr>'.repeat(200)}\n`)).toEqual([]);
    expect(deepNesting(`${'-'.repeat(300)}\n${'='.repeat(300)}\n${'_'.repeat(300)}\n${'*'.repeat(300)}\n`)).toEqual([]);
    // Closed elements, however many, and links spread over many lines.
    expect(deepNesting(`${'<div><p>a</p></div>\n'.repeat(300)}`)).toEqual([]);
    expect(deepNesting(`${'See [the letter](https://example.org/a).\n'.repeat(300)}`)).toEqual([]);
  });
});
