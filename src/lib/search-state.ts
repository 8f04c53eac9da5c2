/**
 * The search page's state as a URL, so any search can be shared and
 * bookmarked: /search/?q=supervision&council=reading&year=2018. Pure
 * functions, used by the page's script and by the tests.
 */
import { distance } from 'fastest-levenshtein';
import stem from 'wink-porter2-stemmer';
import { idFromName } from './ids.ts';
import { listPhrase } from './list-phrase.ts';

export const FACETS = ['council', 'region', 'kind', 'year', 'grade', 'theme'] as const;
export type Facet = (typeof FACETS)[number];

/** An entry page's value for a facet, as Pagefind reads it from `data-pagefind-filter`. */
export const filterValue = (facet: Facet, value: string | number) => `${facet}:${value}`;

/** What the search status calls each filter. */
const FACET_NAMES: Record<Facet, string> = {
  council: 'council',
  region: 'Ofsted region',
  kind: 'kind',
  year: 'year',
  grade: 'overall grade',
  theme: 'theme',
};

export interface SearchState {
  query: string;
  filters: Record<Facet, string[]>;
  /** Relevance, unless a reader asks for newest first (or searches by filters alone). */
  sort: 'relevance' | 'newest';
}

export function emptyFilters(): Record<Facet, string[]> {
  return { council: [], region: [], kind: [], year: [], grade: [], theme: [] };
}

export function stateFromParams(params: URLSearchParams): SearchState {
  const filters = emptyFilters();
  for (const facet of FACETS) {
    filters[facet] = [...new Set(params.getAll(facet).map((v) => v.trim()).filter(Boolean))];
  }
  return { query: (params.get('q') ?? '').trim(), filters, sort: params.get('sort') === 'newest' ? 'newest' : 'relevance' };
}

/**
 * The chosen filters in words, for the search status: "filtered by year
 * 2018 and theme Care leavers"; "" when none is chosen. `labelOf` gives a
 * value's label as the form shows it.
 */
export function describeFilters(state: SearchState, labelOf: (facet: Facet, value: string) => string): string {
  const parts = FACETS.filter((facet) => state.filters[facet].length).map(
    (facet) => `${FACET_NAMES[facet]} ${listPhrase(state.filters[facet].map((value) => labelOf(facet, value)), 'or')}`,
  );
  return parts.length ? `filtered by ${listPhrase(parts, 'and')}` : '';
}

export interface FilterValue {
  facet: Facet;
  value: string;
}

/**
 * Splits the filters an address asks for into those the form offers and
 * those it does not (a mistyped or outdated link: ?kind=jtai), so a search
 * is never narrowed by a filter the reader cannot see or clear.
 */
export function offeredFilters(state: SearchState, offered: (facet: Facet, value: string) => boolean): { state: SearchState; dropped: FilterValue[] } {
  const filters = emptyFilters();
  const dropped: FilterValue[] = [];
  for (const facet of FACETS) {
    for (const value of state.filters[facet]) {
      if (offered(facet, value)) filters[facet].push(value);
      else dropped.push({ facet, value });
    }
  }
  return { state: { ...state, filters }, dropped };
}

/** What the search status says of filters left out: "This site has no kind “jtai”, so that filter was left out." */
export function describeDropped(dropped: FilterValue[]): string {
  if (!dropped.length) return '';
  const asked = listPhrase(dropped.map(({ facet, value }) => `${FACET_NAMES[facet]} “${value}”`), 'or');
  return `This site has no ${asked}, so ${dropped.length === 1 ? 'that filter was' : 'those filters were'} left out.`;
}

/** The query in curly quotes for the search status; a query already in quotes (an exact phrase) keeps only the curly ones. */
export function quotedQuery(query: string): string {
  return `“${query.replace(/^["“]([^"“”]*)["”]$/, '$1')}”`;
}


export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const facet of FACETS) for (const value of state.filters[facet]) params.append(facet, value);
  if (state.sort === 'newest') params.set('sort', 'newest');
  return params;
}

/** The region filter's value for an Ofsted region's name: "North East, Yorkshire and the Humber" → north-east-yorkshire-and-the-humber. */
export function regionId(region: string): string {
  return idFromName(region);
}

/** Pagefind's filter object: values within a facet are alternatives (any of), facets combine (all of). */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const facet of FACETS) if (state.filters[facet].length) filters[facet] = { any: state.filters[facet] };
  return filters;
}

/**
 * Disjunctive faceting: each facet with a selection is counted by a search
 * with every other facet's selection but not its own, so its other values
 * show how many results they hold instead of "(0)".
 */
export function countingStates(state: SearchState): [Facet, SearchState][] {
  return FACETS.filter((facet) => state.filters[facet].length).map((facet) => [
    facet,
    { ...state, filters: { ...state.filters, [facet]: [] } },
  ]);
}

export function hasCriteria(state: SearchState): boolean {
  return Boolean(state.query) || FACETS.some((facet) => state.filters[facet].length > 0);
}

/** Splits Pagefind's excerpt into plain and highlighted runs, so it can be shown without innerHTML. */
export function excerptRuns(excerpt: string, decode: (html: string) => string): { text: string; marked: boolean }[] {
  const runs: { text: string; marked: boolean }[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const match of excerpt.matchAll(pattern)) {
    if (match.index > last) runs.push({ text: decode(excerpt.slice(last, match.index)), marked: false });
    runs.push({ text: decode(match[1]), marked: true });
    last = match.index + match[0].length;
  }
  if (last < excerpt.length) runs.push({ text: decode(excerpt.slice(last)), marked: false });
  return runs.filter((run) => run.text.length > 0);
}

/** How many words an excerpt shows (Pagefind's `excerptLength`, and `phraseExcerpt`'s). */
export const EXCERPT_WORDS = 24;

/** Words that open the sentences entry pages give the search out of sight: their council, inspectors and themes (search-words.ts, the entry page). */
const HIDDEN_LABELS = new Set(['Council:', 'Inspectors:', 'Theme:']);

/** Whether each word is the entry's own: not in a hidden sentence, which runs from its label to a full stop. */
function ownWords(words: string[]): boolean[] {
  let hidden = false;
  return words.map((word) => {
    if (HIDDEN_LABELS.has(word)) hidden = true;
    const own = !hidden;
    if (/[.!?]$/.test(word)) hidden = false;
    return own;
  });
}

/** The run of the entry's own words (`ownWords`) that holds words `from` up to `to`, as [first, end). */
function ownSpan(own: boolean[], from: number, to: number): [number, number] {
  while (from > 0 && own[from - 1]) from--;
  while (to < own.length && own[to]) to++;
  return [from, to];
}

type Run = { text: string; marked: boolean };

/** Neighbouring pieces, marked or not alike, joined into one run. */
function joinRuns(pieces: Run[]): Run[] {
  const runs: Run[] = [];
  for (const piece of pieces) {
    const last = runs.at(-1);
    if (last && last.marked === piece.marked) last.text += piece.text;
    else runs.push({ ...piece });
  }
  return runs;
}

/**
 * Pagefind's excerpt, as runs, cut to the entry's own words around its first
 * highlight: a match at the end of the summary or the text drew the excerpt on
 * into the hidden sentences after it ("… the effectiveness of quality
 * assurance. Theme: Child in need and child protection plans. Theme: …").
 * Left as it is when the first highlight is in a hidden sentence.
 */
export function ownWordsExcerpt(runs: Run[]): Run[] {
  const pieces = runs.flatMap((run) => run.text.split(/(\s+)/).filter(Boolean).map((text) => ({ text, marked: run.marked })));
  const wordAt = pieces.map((piece, i) => (/\S/.test(piece.text) ? i : -1)).filter((i) => i >= 0);
  const own = ownWords(wordAt.map((i) => pieces[i].text));
  const first = wordAt.findIndex((i) => pieces[i].marked);
  if (first < 0 || !own[first]) return runs;
  const [from, to] = ownSpan(own, first, first + 1);
  return joinRuns(pieces.slice(wordAt[from], wordAt[to - 1] + 1));
}

/**
 * For a query that is one quoted phrase, an excerpt around the phrase's first
 * use in the entry's own words, as runs like `excerptRuns`'. For a phrase,
 * Pagefind shows its first match among the page's lowest-weighted words,
 * which are the hidden sentences naming the entry's council, inspectors and
 * themes, even where the text uses the phrase. Words match as Pagefind's do,
 * by their stems. Undefined for any other query, or when only those hidden
 * sentences hold the phrase, so that Pagefind's excerpt stands.
 */
export function phraseExcerpt(content: string, query: string, length = EXCERPT_WORDS): Run[] | undefined {
  const phrase = /^\s*"([^"]+)"\s*$/.exec(query)?.[1];
  const wanted = phrase?.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.map((word) => stem(word));
  if (!wanted) return undefined;
  const words = content.split(/\s+/).filter(Boolean);
  const stems = words.map((word) => stem(word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')));
  const own = ownWords(words);
  const at = words.findIndex((_, i) => wanted.every((wantedStem, k) => own[i + k] && stems[i + k] === wantedStem));
  if (at < 0) return undefined;
  // The excerpt stays within the run of the entry's own words that holds the phrase.
  const [from, to] = ownSpan(own, at, at + wanted.length);
  const start = Math.max(from, Math.min(at - Math.floor((length - wanted.length) / 2), to - length));
  const shown = words.slice(start, Math.min(to, start + length));
  return joinRuns(shown.flatMap((word, k) => [...(k ? [{ text: ' ', marked: false }] : []), { text: word, marked: start + k >= at && start + k < at + wanted.length }]));
}

/** The highlighted phrases of an excerpt: neighbouring marked words joined, punctuation trimmed. */
export function markedPhrases(runs: { text: string; marked: boolean }[]): string[] {
  const phrases: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const phrase = current.join(' ').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (phrase.length > 1 && !phrases.includes(phrase)) phrases.push(phrase);
    current = [];
  };
  for (const run of runs) {
    if (run.marked) current.push(run.text.trim());
    else if (run.text.trim()) flush();
  }
  flush();
  return phrases;
}

/**
 * A link that highlights the matched phrases on the entry page with the
 * browser's own text fragments (`#:~:text=`), so entry pages need no script.
 */
export function highlightedUrl(url: string, phrases: string[]): string {
  // Longest first: a whole matched phrase says more than one of its words.
  const chosen = [...phrases].sort((a, b) => b.length - a.length).slice(0, 3);
  if (!chosen.length) return url;
  // In a text directive, '-', '&' and ',' are syntax, so they are percent-encoded too.
  const encode = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C');
  return `${url.split('#')[0]}#:~:${chosen.map((p) => `text=${encode(p)}`).join('&')}`;
}

const plainWords = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** Shorter words are too like each other to guess between ("care", "cafe"). */
const MIN_WORD_LENGTH = 6;

/**
 * How many letters a word may be from the one meant, for a guess at it:
 * one for words of six to eight letters, two for longer, none for shorter
 * ones, which are too like ordinary words to guess between.
 */
const allowedEdits = (length: number) => (length >= 9 ? 2 : length >= MIN_WORD_LENGTH ? 1 : 0);

/**
 * Letters between what was typed and a word: Levenshtein distance, but with
 * two neighbouring letters swapped counted as one slip, as it is typed
 * ("tamesdie" for "tameside"), not as two.
 */
function typingDistance(typed: string, word: string): number {
  const d = distance(typed, word);
  return d === 2 && swappedNeighbours(typed, word) ? 1 : d;
}

function swappedNeighbours(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * The query with the council name it seems to misspell spelt as the site
 * spells it ("care leavers in Notingham" → "care leavers in Nottingham"):
 * Pagefind matches words exactly, so such a search finds pages about
 * something else, or nothing. The other words stay as typed, for the
 * suggestion is the same search. Undefined when the query names a council
 * as written, or none is near enough (`allowedEdits`, by the name's length).
 */
export function councilRespelt(query: string, names: readonly string[]): string | undefined {
  const typed = [...query.matchAll(/[a-z0-9]+/gi)];
  const words = typed.map((word) => word[0].toLowerCase());
  const asked = ` ${words.join(' ')} `;
  let best: { name: string; first: number; last: number; distance: number } | undefined;
  for (const name of names) {
    const wanted = plainWords(name);
    if (asked.includes(` ${wanted} `)) return undefined;
    const allowed = allowedEdits(wanted.length);
    const size = wanted.split(' ').length;
    for (let i = 0; allowed && i + size <= words.length; i++) {
      const d = typingDistance(words.slice(i, i + size).join(' '), wanted);
      if (d <= allowed && d < (best?.distance ?? Infinity)) best = { name, first: i, last: i + size - 1, distance: d };
    }
  }
  if (!best) return undefined;
  const end = typed[best.last].index + typed[best.last][0].length;
  return query.slice(0, typed[best.first].index) + best.name + query.slice(end);
}

/**
 * A year typed among a query's words ("management oversight 2017"), which
 * the search reads as a word the text must hold, not as the entry's date:
 * the year, and the query without it, when it is one of `years` (the Year
 * filter's); undefined otherwise.
 */
export function yearInQuery(query: string, years: readonly string[]): { year: string; rest: string } | undefined {
  const year = query.match(/\b(?:19|20)\d\d\b/g)?.find((found) => years.includes(found));
  return year === undefined ? undefined : { year, rest: query.replace(new RegExp(`\\b${year}\\b`, 'g'), '').replace(/\s+/g, ' ').trim() };
}

/** Words of four letters or more in councils' names that name no council on their own: joining words, compass points, kinds of council and place. */
const NOT_A_NAME = new Set(['with', 'upon', 'city', 'county', 'borough', 'council', 'london', 'north', 'south', 'east', 'west', 'central']);

/**
 * The councils a query names: the one it names in full as the site spells
 * it ("care leavers in Nottingham"; the longest name where several fit),
 * or else those with a word in their name that at most one other council's
 * shares ("windsor" → Windsor and Maidenhead; "kingston" → Kingston upon
 * Hull and Kingston upon Thames). None when neither, or when the query's
 * words point at more than two councils.
 */
export function namedCouncils(query: string, names: readonly string[]): string[] {
  const asked = ` ${plainWords(query)} `;
  const inFull = names.filter((name) => asked.includes(` ${plainWords(name)} `)).sort((a, b) => b.length - a.length)[0];
  if (inFull !== undefined) return [inFull];
  const holders = new Map<string, string[]>();
  for (const name of names) {
    for (const word of new Set(plainWords(name).split(' '))) {
      if (word.length < 4 || NOT_A_NAME.has(word)) continue;
      const held = holders.get(word);
      if (held) held.push(name);
      else holders.set(word, [name]);
    }
  }
  const named = new Set<string>();
  for (const word of plainWords(query).split(' ')) {
    const held = holders.get(word);
    if (held && held.length <= 2) held.forEach((name) => named.add(name));
  }
  return named.size <= 2 ? [...named] : [];
}

/** A query's words as Pagefind reads them: letters, hyphenated or not. */
const QUERY_WORDS = /[a-z]+(?:-[a-z]+)*/gi;

/** The stems of the entries' words (search-words.ts), in order, for `unknownWords`. */
export function entryStems(words: readonly string[]): string[] {
  return [...new Set(words.map((word) => stem(word)))].sort();
}

/**
 * The words of a query that no entry uses, as typed. Pagefind stems each
 * word with Snowball's English stemmer, as here, and finds the entries with
 * a word whose stem begins with it ("safeguard" finds "safeguarding"). A
 * word that matches nothing does not find nothing: Pagefind drops letters
 * from its end until something matches (Pagefind issue 793), so "domestic"
 * finds every entry with a word beginning "do", and "Ofqual" every entry
 * with "of". The search page reports such words instead of those results.
 * A hyphenated word is one word, as Pagefind reads it ("care-leavers" is
 * "careleavers", which no entry uses, so it found every entry with "care").
 * Numbers are not looked at. `stems`: `entryStems` of the entries' words.
 */
export function unknownWords(query: string, stems: readonly string[]): string[] {
  const seen = new Set<string>();
  const typed = (query.match(QUERY_WORDS) ?? []).filter((word) => !seen.has(word.toLowerCase()) && seen.add(word.toLowerCase()));
  return typed.filter((word) => {
    const wanted = stem(word.toLowerCase().replaceAll('-', ''));
    // The first stem not before the wanted one in order is the one that would begin with it.
    let low = 0;
    let high = stems.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (stems[middle] < wanted) low = middle + 1;
      else high = middle;
    }
    return !stems[low]?.startsWith(wanted);
  });
}

/** The query without the given words (`unknownWords`), and without quotes left holding nothing or a space at either end. */
export function withoutWords(query: string, words: readonly string[]): string {
  const unwanted = new Set(words.map((word) => word.toLowerCase()));
  return query
    .replace(QUERY_WORDS, (word) => (unwanted.has(word.toLowerCase()) ? '' : word))
    .replace(/"\s*([^"]*?)\s*"/g, (_, inside: string) => (inside ? `"${inside}"` : ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The query with each word no entry uses (`unknownWords`) respelt as the
 * nearest word they do ("safegaurding" → "safeguarding"), or undefined when
 * there is none to offer; a hyphenated one as its words ("care-leavers" →
 * "care leavers"). `words` is the entries' own list, most used first
 * (search-words.ts), so of equally near words the commonest wins, and
 * `stems` its `entryStems`. How near is `allowedEdits`, by the typed word's
 * length, as for council names.
 */
export function respelt(query: string, words: readonly string[], stems: readonly string[]): string | undefined {
  const unknown = new Set(unknownWords(query, stems).map((word) => word.toLowerCase()));
  let changed = false;
  const result = query.replace(QUERY_WORDS, (typed) => {
    const word = typed.toLowerCase();
    // A hyphenated word no entry uses is offered as its words: "care-leavers" → "care leavers".
    if (word.includes('-') && unknown.has(word)) {
      changed = true;
      return typed.replaceAll('-', ' ');
    }
    const allowed = allowedEdits(word.length);
    if (!allowed || !unknown.has(word)) return typed;
    let best: { word: string; distance: number } | undefined;
    for (const candidate of words) {
      if (candidate.length < MIN_WORD_LENGTH || Math.abs(candidate.length - word.length) > allowed) continue;
      const d = typingDistance(word, candidate);
      if (d <= allowed && d < (best?.distance ?? Infinity)) best = { word: candidate, distance: d };
      // An unknown word is at least one letter from any known one.
      if (best?.distance === 1) break;
    }
    if (!best) return typed;
    changed = true;
    return best.word;
  });
  return changed ? result : undefined;
}
