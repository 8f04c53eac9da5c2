/**
 * The words of every entry, for the search page's "Did you mean …?".
 * Pagefind leaves out a query's words that no page uses, so "safegaurding
 * hub" finds entries about hubs, and "safegaurding" alone finds nothing;
 * the search page fetches this list when a query has a word long enough
 * to respell, and offers the nearest words the entries use (search-state.ts,
 * `respelt`). Only words that long are listed.
 */

/** Shorter words are too like each other to guess between ("care", "cafe"). */
export const MIN_WORD_LENGTH = 6;

/** A tag, an entity or a word: tags and entities are read past, so only words count. */
const TOKENS = /<[^>]*>|&#?[a-z0-9]+;|[a-z]+/gi;

/**
 * The words of the given texts (one an entry: its title, summary and body
 * as HTML), in lower case, most used first (in how many texts), then A to
 * Z; each once.
 */
export function searchWords(texts: string[]): string[] {
  const uses = new Map<string, number>();
  for (const text of texts) {
    const words = new Set<string>();
    for (const token of text.match(TOKENS) ?? []) {
      if (token.length >= MIN_WORD_LENGTH && token[0] !== '<' && token[0] !== '&') words.add(token.toLowerCase());
    }
    for (const word of words) uses.set(word, (uses.get(word) ?? 0) + 1);
  }
  return [...uses].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).map(([word]) => word);
}
