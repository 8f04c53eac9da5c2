/**
 * The words of every entry, for the search page: to tell a word no entry
 * uses, which Pagefind would otherwise answer with entries that share only
 * its first letters (search-state.ts, `unknownWords`), and to offer the
 * nearest words the entries do use ("Did you mean safeguarding?",
 * `respelt`). The page fetches this list with the first search that has
 * words in it.
 */
import type { EntryData } from './content/schema.ts';
import { gradeList } from './journey.ts';
import { gradeWord } from './vocabulary.ts';

/** A tag, an entity or a word, hyphenated or not, in lower case: tags and entities are read past, so only words count. */
const TOKENS = /<[^>]*>|&#?[a-z0-9]+;|[a-z]+(?:-[a-z]+)*/g;

/**
 * The words of the given texts (one an entry: its title, summary and body
 * as HTML), in lower case, most used first (in how many texts), then A to
 * Z; each once. It reads every entry's HTML on the build's main thread, so
 * it lower-cases each text once and makes no list for a word without a hyphen.
 */
export function searchWords(texts: string[]): string[] {
  const uses = new Map<string, number>();
  const words = new Set<string>();
  for (const text of texts) {
    words.clear();
    for (const token of text.toLowerCase().match(TOKENS) ?? []) {
      if (token[0] === '<' || token[0] === '&') continue;
      if (!token.includes('-')) {
        words.add(token);
        continue;
      }
      // Pagefind indexes "case-management" as "casemanagement" and as each part, and reads a query's "case-management" as the first.
      const parts = token.split('-');
      for (const part of parts) words.add(part);
      words.add(parts.join(''));
    }
    for (const word of words) uses.set(word, (uses.get(word) ?? 0) + 1);
  }
  return [...uses].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).map(([word]) => word);
}

/**
 * An entry's council, inspectors and grades as its page gives them to the
 * search, which leaves out the list of facts and the table they are shown
 * in: "Council: Reading. Inspectors: Nick Stacey. Grades: Requires
 * improvement to be good, Inadequate." So a search for "inadequate" finds an
 * inspection with any area judged so, whatever its overall grade. The
 * areas' names stay out: "care leavers" would otherwise find every
 * inspection that judged care leavers, not what was said of them. The word
 * list reads the same sentences.
 */
export function searchedFacts(council: string, entry: Pick<EntryData, 'inspectors' | 'framework' | 'grades'>): string {
  const facts = [`Council: ${council}.`];
  if (entry.inspectors?.length) facts.push(`Inspectors: ${entry.inspectors.join(', ')}.`);
  const grades = new Set(gradeList(entry).map(({ grade }) => gradeWord(grade, entry.framework, 'label')));
  if (grades.size) facts.push(`Grades: ${[...grades].join(', ')}.`);
  return facts.join(' ');
}

/**
 * An entry's themes as its page gives them to the search: by name, labelled
 * as the site's themes ("Theme: Management oversight."), so an entry that
 * raised one in other words is found by it and its excerpt says why. The
 * word list reads the same sentence.
 */
export const searchedThemes = (labels: string[]) => labels.map((label) => `Theme: ${label}.`).join(' ');

/** The heading above an entry's text where judgements come first, which the search reads with the page. */
export const aboutHeading = (noun: string) => `About this ${noun}`;
