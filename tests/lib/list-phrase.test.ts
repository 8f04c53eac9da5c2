/** Lists in the site's sentences and messages. */
import { describe, expect, it } from 'vitest';
import { listPhrase } from '../../src/lib/list-phrase.ts';

describe('listPhrase', () => {
  it('joins with commas and the conjunction before the last', () => {
    expect(listPhrase([])).toBe('');
    expect(listPhrase(['a'])).toBe('a');
    expect(listPhrase(['a', 'b'])).toBe('a and b');
    expect(listPhrase(['a', 'b', 'c'], 'or')).toBe('a, b or c');
  });
});
