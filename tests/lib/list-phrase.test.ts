/** Lists and counts in the site's sentences and messages. */
import { describe, expect, it } from 'vitest';
import { listPhrase, plural } from '../../src/lib/list-phrase.ts';

describe('listPhrase', () => {
  it('joins with commas and the conjunction before the last', () => {
    expect(listPhrase([])).toBe('');
    expect(listPhrase(['a'])).toBe('a');
    expect(listPhrase(['a', 'b'])).toBe('a and b');
    expect(listPhrase(['a', 'b', 'c'], 'or')).toBe('a, b or c');
  });
});

describe('plural', () => {
  it('gives the noun for one and its plural for any other count', () => {
    expect(plural(1, 'file')).toBe('1 file');
    expect(plural(0, 'file')).toBe('0 files');
    expect(plural(2, 'entry', 'entries')).toBe('2 entries');
    expect(plural(1, 'entry', 'entries')).toBe('1 entry');
  });
});
