/** The entries' words, which the search page knows a query's words by and respells them from. */
import { describe, expect, it } from 'vitest';
import { searchWords, searchedFacts, searchedThemes } from '../../src/lib/search-words.ts';

describe('searchWords', () => {
  it('lists each word once, those in most entries first, then A to Z', () => {
    const texts = ['Management oversight of casework', 'Oversight of plans; oversight again', 'Weak management oversight', 'Caseloads'];
    expect(searchWords(texts)).toEqual(['oversight', 'management', 'of', 'again', 'caseloads', 'casework', 'plans', 'weak']);
  });

  it('reads the words of rendered HTML, not its tags, attributes or entities', () => {
    const html = '<p class="lead">Safeguarding&nbsp;&amp; <a href="https://example.org/supervision" class="external">oversight</a>&#8217;s</p>';
    expect(searchWords([html])).toEqual(['oversight', 's', 'safeguarding']);
  });

  it('lists a hyphenated word as Pagefind indexes it: joined up, and each part', () => {
    expect(searchWords(['Case-management systems'])).toEqual(['case', 'casemanagement', 'management', 'systems']);
  });
});

describe('searchedFacts', () => {
  it("gives an entry's council, and its inspectors when it has any, as sentences", () => {
    expect(searchedFacts('Reading', { inspectors: ['Nick Stacey', 'Tom Anderson'] })).toBe('Council: Reading. Inspectors: Nick Stacey, Tom Anderson.');
    expect(searchedFacts('Windsor and Maidenhead', {})).toBe('Council: Windsor and Maidenhead.');
  });

  it('gives each grade the entry holds once, in the words of its table, but not the areas judged', () => {
    const sif = { framework: 'sif', grades: { overall: 'requires-improvement', 'help-and-protection': 'inadequate', adoption: 'inadequate', lscb: 'good' } } as const;
    expect(searchedFacts('Slough', sif)).toBe('Council: Slough. Grades: Requires improvement to be good, Inadequate, Good.');
  });

  it("uses the framework's own word for a grade", () => {
    expect(searchedFacts('Bexley', { framework: 'slac', grades: { safeguarding: 'requires-improvement' } })).toBe('Council: Bexley. Grades: Adequate.');
  });
});

describe('searchedThemes', () => {
  it("labels each theme's name as one of the site's themes", () => {
    expect(searchedThemes(['Management oversight', 'Care leavers'])).toBe('Theme: Management oversight. Theme: Care leavers.');
    expect(searchedThemes([])).toBe('');
  });
});
