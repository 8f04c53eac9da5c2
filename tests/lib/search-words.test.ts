/** The entries' words that the search page respells a query from. */
import { describe, expect, it } from 'vitest';
import { searchWords } from '../../src/lib/search-words.ts';

describe('searchWords', () => {
  it('lists each word once, those in most entries first, then A to Z, and leaves out words too short to respell', () => {
    const texts = ['Management oversight of casework', 'Oversight of plans; oversight again', 'Weak management oversight', 'Caseloads'];
    expect(searchWords(texts)).toEqual(['oversight', 'management', 'caseloads', 'casework']);
  });

  it('reads the words of rendered HTML, not its tags, attributes or entities', () => {
    const html = '<p class="lead">Safeguarding&nbsp;&amp; <a href="https://example.org/supervision" class="external">oversight</a>&#8217;s</p>';
    expect(searchWords([html])).toEqual(['oversight', 'safeguarding']);
  });
});
