/**
 * The search page's behaviour: reads the search from the URL, runs it with
 * Pagefind's JS API, shows results ten at a time, puts counts on the
 * facets and keeps the URL in step. The page is usable only with this
 * script, so it reveals the form itself and hides the no-JavaScript note.
 */
import {
  FACETS,
  councilRespelt,
  countingStates,
  describeDropped,
  describeFilters,
  emptyFilters,
  entryStems,
  EXCERPT_WORDS,
  excerptRuns,
  hasCriteria,
  highlightedUrl,
  markedPhrases,
  namedCouncils,
  offeredFilters,
  pagefindFilters,
  ownWordsExcerpt,
  phraseExcerpt,
  paramsFromState,
  quotedQuery,
  respelt,
  stateFromParams,
  unknownWords,
  withoutWords,
  yearInQuery,
  type Facet,
  type SearchState,
} from '../lib/search-state.ts';
import { listPhrase } from '../lib/list-phrase.ts';
import { titleContext } from '../lib/title-context.ts';

interface PagefindResultData {
  url: string;
  /** The page's indexed text. */
  content: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string | null, options: Record<string, unknown>): Promise<PagefindSearch>;
}

const PAGE_SIZE = 10;
/** How long a list's choice must stay put before it is searched for. */
const SELECT_SETTLE_MS = 500;
const form = document.querySelector<HTMLFormElement>('#search-form')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const suggestion = document.querySelector<HTMLElement>('#search-suggestion')!;
const councilOptions = [...document.querySelectorAll<HTMLOptionElement>('#facet-council option')].filter((o) => o.value);
const councilNames = councilOptions.map((o) => o.text);
const years = [...document.querySelectorAll<HTMLOptionElement>('#facet-year option')].map((o) => o.value).filter(Boolean);
const resultsSection = document.querySelector<HTMLElement>('#search-results')!;
const skipToResults = document.querySelector<HTMLElement>('#skip-to-results')!;
/** The results, and the link that skips the filters to them, are shown only once there is a search. */
const showResults = (on: boolean) => {
  resultsSection.hidden = !on;
  skipToResults.hidden = !on;
};
const list = document.querySelector<HTMLOListElement>('#result-list')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
const filters = document.querySelector<HTMLDetailsElement>('#search-filters')!;
const chosen = document.querySelector<HTMLElement>('#filters-chosen')!;
const clearFilters = document.querySelector<HTMLButtonElement>('#clear-filters')!;
const bundle = form.dataset.bundle!;
const sortChoices = [...form.querySelectorAll<HTMLInputElement>('input[name="sort"]')];
const byRelevance = sortChoices.find((radio) => radio.value === 'relevance')!;
const orderNote = document.querySelector<HTMLElement>('#order-note')!;
/** The order the reader chose, kept while a search without words can only list newest first. */
let chosenSort: SearchState['sort'] = 'relevance';
/** The entries' words and their stems, fetched with the first search that has words; undefined if they could not be. */
let entryWords: Promise<{ words: string[]; stems: string[] } | undefined> | undefined;
const wordsOfEntries = () =>
  (entryWords ??= fetch(form.dataset.words!)
    .then((response) => (response.ok ? (response.json() as Promise<string[]>) : undefined))
    .then((words) => (words?.length ? { words, stems: entryStems(words) } : undefined))
    .catch(() => undefined));

/** Resolves to Pagefind once it has loaded, or to undefined when the index is missing. */
let pagefind: Promise<Pagefind | undefined>;
let shown: PagefindResult[] = [];
let pending: PagefindResult[] = [];
let runId = 0;
/** The words of the search whose results are shown. */
let shownQuery = '';

function readForm(): SearchState {
  const state = stateFromParams(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
  // "Newest first" shown for a search without words is not the reader's choice (showOrder).
  return byRelevance.disabled ? { ...state, sort: chosenSort } : state;
}

/** Shows the order the results are in: newest first when there are no words to rank by. */
function showOrder(state: SearchState) {
  chosenSort = state.sort;
  const ranked = Boolean(state.query);
  byRelevance.disabled = !ranked;
  orderNote.hidden = ranked;
  for (const radio of sortChoices) radio.checked = radio.value === (ranked ? state.sort : 'newest');
}

function writeForm(state: SearchState) {
  form.querySelector<HTMLInputElement>('#search-q')!.value = state.query;
  for (const facet of FACETS) {
    const values = new Set(state.filters[facet]);
    for (const select of form.querySelectorAll<HTMLSelectElement>(`select[data-facet="${facet}"]`)) {
      select.value = [...values][0] ?? '';
    }
    for (const box of form.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${facet}"]`)) {
      box.checked = values.has(box.value);
    }
  }
  showOrder(state);
  // A chosen theme is not hidden in the closed list of themes.
  if (state.filters.theme.length) form.querySelector('fieldset[data-facet="theme"]')!.closest('details')!.open = true;
}

/**
 * Shows each facet value's number of results, given the query and the other
 * facets' selections; with no counts (no search), the plain labels.
 */
function showCounts(counts?: Record<string, Record<string, number>>) {
  for (const facet of FACETS) {
    const count = (value: string) => (counts ? ` (${counts[facet]?.[value] ?? 0})` : '');
    for (const option of form.querySelectorAll<HTMLOptionElement>(`select[data-facet="${facet}"] option`)) {
      if (!option.value) continue;
      option.dataset.label ??= option.textContent ?? '';
      option.textContent = `${option.dataset.label}${count(option.value)}`;
    }
    for (const box of form.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${facet}"]`)) {
      const label = box.parentElement!.querySelector<HTMLElement>('[data-label]')!;
      label.dataset.text ??= label.textContent ?? '';
      label.textContent = `${label.dataset.text}${count(box.value)}`;
    }
  }
}

function decode(html: string): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content.textContent ?? '';
}

async function renderResult(result: PagefindResult): Promise<HTMLLIElement> {
  const data = await result.data();
  const runs = phraseExcerpt(data.content, shownQuery) ?? ownWordsExcerpt(excerptRuns(data.excerpt, decode));
  const item = document.createElement('li');
  const meta = document.createElement('p');
  meta.className = 'entry-kind';
  meta.textContent = [data.meta.date, data.meta.kind, data.meta.council].filter(Boolean).join(' · ');
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = highlightedUrl(data.url, markedPhrases(runs));
  link.textContent = data.meta.title ?? data.url;
  const context = document.createElement('span');
  context.className = 'visually-hidden';
  context.textContent = titleContext(data.meta.council, data.meta.date);
  link.append(context);
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.className = 'result-excerpt';
  for (const run of runs) {
    if (run.marked) {
      const mark = document.createElement('mark');
      mark.textContent = run.text;
      excerpt.append(mark);
    } else {
      excerpt.append(run.text);
    }
  }
  item.append(meta, heading, excerpt);
  return item;
}

async function showMore() {
  const next = pending.slice(0, PAGE_SIZE);
  pending = pending.slice(PAGE_SIZE);
  const items = await Promise.all(next.map(renderResult));
  list.append(...items);
  shown = shown.concat(next);
  more.hidden = pending.length === 0;
  more.textContent = `Show more results (${pending.length} more)`;
  return items;
}

const optionFor = (facet: Facet, value: string) =>
  [...form.querySelectorAll<HTMLOptionElement>(`select[data-facet="${facet}"] option`)].find((o) => o.value === value);
const boxFor = (facet: Facet, value: string) =>
  [...form.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${facet}"]`)].find((b) => b.value === value);

/** A filter value's label as the form shows it, without its count. */
function filterLabel(facet: Facet, value: string): string {
  const option = optionFor(facet, value);
  const label = boxFor(facet, value)?.parentElement?.querySelector<HTMLElement>('[data-label]');
  return option ? (option.dataset.label ?? option.text) : label ? (label.dataset.text ?? label.textContent ?? value) : value;
}

/** Filters in the address that the form does not offer, in words; cleared by the reader's next search. */
let addressNote = '';

/** The search the address asks for, less any filter the form does not offer. */
function searchFromAddress(): SearchState {
  const asked = stateFromParams(new URLSearchParams(location.search));
  const { state, dropped } = offeredFilters(asked, (facet, value) => Boolean(optionFor(facet, value) ?? boxFor(facet, value)));
  addressNote = describeDropped(dropped);
  return state;
}

function describe(state: SearchState, count: number): string {
  const what = state.query ? ` for ${quotedQuery(state.query)}` : '';
  const filtered = describeFilters(state, filterLabel);
  const found = `${count === 0 ? 'No' : count} result${count === 1 ? '' : 's'}${what}${filtered && `, ${filtered}`}`;
  return addressNote ? `${found}. ${addressNote}` : found;
}

/** Where the reader was in this search, kept in its history entry: how many results were on screen, and how far down. */
interface Place {
  shown?: number;
  scrollY?: number;
}

/**
 * Keeps how far down the reader is in the history entry they are leaving,
 * for `run` to return them there: the browser's own restoring happens
 * before the results are back, so it stops short.
 */
function rememberScroll() {
  history.replaceState({ ...history.state, scrollY: window.scrollY }, '');
}

/** `back`: where the reader was when they left this search, to return to. */
async function run(state: SearchState, back: Place = {}) {
  const id = ++runId;
  showOrder(state);
  // Says on the closed filters that some are applied.
  const count = FACETS.reduce((sum, facet) => sum + state.filters[facet].length, 0);
  chosen.textContent = count ? ` (${count} chosen)` : '';
  clearFilters.hidden = count === 0;
  const engine = await pagefind;
  if (!engine || id !== runId) return;
  if (!hasCriteria(state)) {
    showResults(false);
    status.textContent = addressNote;
    list.replaceChildren();
    showCounts();
    return suggest(state, undefined, id);
  }
  const term = state.query || null;
  // Fetched (once) while Pagefind searches, rather than before: a first search waits for one of the two, not both.
  const words = /[a-z]/i.test(state.query) ? wordsOfEntries() : undefined;
  const counting = countingStates(state);
  // Pagefind caches the index chunks, so the counting searches cost little.
  const [search, ...others] = await Promise.all([
    engine.search(term, {
      filters: pagefindFilters(state),
      // Filters alone have no relevance to rank by, so they list newest first.
      sort: state.sort === 'newest' || !state.query ? { date: 'desc' } : undefined,
    }),
    ...counting.map(([, without]) => engine.search(term, { filters: pagefindFilters(without) })),
  ]);
  const known = await words;
  if (id !== runId) return;
  const unknown = known ? unknownWords(state.query, known.stems) : [];
  if (unknown.length) return showNoEntryUses(state, unknown, id);
  const counts = { ...search.filters };
  counting.forEach(([facet], i) => (counts[facet] = others[i].filters[facet] ?? {}));
  showCounts(counts);
  list.replaceChildren();
  shown = [];
  shownQuery = state.query;
  pending = search.results;
  showResults(true);
  await showMore();
  while (id === runId && shown.length < (back.shown ?? 0) && pending.length) await showMore();
  if (id !== runId) return;
  status.textContent = describe(state, search.results.length);
  await suggest(state, search.results.length, id);
  // Once all above the results is back in place.
  if (back.scrollY && id === runId) window.scrollTo(0, back.scrollY);
}

/**
 * A query with a word no entry uses has no results, whatever Pagefind would
 * list for the first letters of that word (`unknownWords`): says which words,
 * and offers a respelling or the search without them.
 */
async function showNoEntryUses(state: SearchState, unknown: string[], id: number) {
  showCounts({});
  list.replaceChildren();
  shown = [];
  pending = [];
  more.hidden = true;
  showResults(true);
  const quoted = unknown.map((word) => `“${word}”`);
  status.textContent = `${describe(state, 0)}: no entry uses the word${unknown.length > 1 ? 's' : ''} ${listPhrase(quoted, 'or')}`;
  await suggest(state, 0, id, unknown);
}

/**
 * "Did you mean care leavers in Nottingham?", linking to the same search
 * with a council's name spelt as the site spells it and the other words as
 * the entries spell them ("Did you mean safeguarding hub?"); else, when words no entry uses left
 * nothing (`unknown`), the same search without them; else, when the query
 * holds a year, the same search by the Year filter instead (a year typed is
 * a word the text must hold); else, when the query names a council (or
 * two, by a word of their names: "kingston"), a link to each page; else,
 * when filters leave nothing, a link to the same words without them (the
 * filters may be closed out of sight on a phone). `id`: the search this is for, which a newer one
 * replaces while the entries' words load.
 */
async function suggest(state: SearchState, count: number | undefined, id: number, unknown: string[] = []) {
  const known = state.query ? await wordsOfEntries() : undefined;
  // A council's name respelt, then any other word: "safegaurding in Notingham" → "safeguarding in Nottingham".
  const councilSpelt = councilRespelt(state.query, councilNames);
  const respelling = (known && respelt(councilSpelt ?? state.query, known.words, known.stems)) || councilSpelt;
  if (id !== runId) return;
  const link = document.createElement('a');
  if (respelling) {
    link.href = `?${paramsFromState({ ...state, query: respelling }).toString()}`;
    link.textContent = respelling;
    return suggestion.replaceChildren('Did you mean ', link, '?');
  }
  const rest = withoutWords(state.query, unknown);
  if (unknown.length && rest) {
    link.href = `?${paramsFromState({ ...state, query: rest }).toString()}`;
    link.textContent = quotedQuery(rest);
    return suggestion.replaceChildren(`Search without ${listPhrase(unknown.map((word) => `“${word}”`), 'and')}: `, link);
  }
  const typedYear = state.filters.year.length ? undefined : yearInQuery(state.query, years);
  if (typedYear) {
    link.href = `?${paramsFromState({ ...state, query: typedYear.rest, filters: { ...state.filters, year: [typedYear.year] } }).toString()}`;
    link.textContent = typedYear.rest ? `${quotedQuery(typedYear.rest)} in ${typedYear.year}` : `every entry of ${typedYear.year}`;
    return suggestion.replaceChildren(`Looking for entries from ${typedYear.year}? Search for `, link, '.');
  }
  const named = namedCouncils(state.query, councilNames);
  if (named.length && !state.filters.council.length) {
    const links = named.map((name) => {
      const page = document.createElement('a');
      // By position: the options' text gains counts once there is a search.
      page.href = `${form.dataset.councils}${councilOptions[councilNames.indexOf(name)].value}/`;
      page.textContent = `${name}’s page`;
      return page;
    });
    return suggestion.replaceChildren(`Looking for ${links.length === 1 ? 'the council' : 'a council'}? See `, ...links.flatMap((page, i) => (i ? [' or ', page] : [page])), '.');
  }
  if (count === 0 && state.query && FACETS.some((facet) => state.filters[facet].length)) {
    link.href = `?${paramsFromState({ ...state, filters: emptyFilters() }).toString()}`;
    link.textContent = `search for ${quotedQuery(state.query)} without filters`;
    return suggestion.replaceChildren('No entry matches all of these filters: ', link, '.');
  }
  suggestion.replaceChildren();
}

/** The query string of the search on screen: a step that changes only the #fragment (a skip link) is not a new search. */
let shownSearch = location.search;

/**
 * Each new search or filter change is a history entry of its own, so Back
 * returns to the search before it (popstate runs it again).
 */
function update() {
  addressNote = '';
  const state = readForm();
  const query = paramsFromState(state).toString();
  const url = `${location.pathname}${query ? `?${query}` : ''}`;
  // The same search submitted again is not a step to go back to.
  if (url !== `${location.pathname}${location.search}`) {
    rememberScroll();
    history.pushState(null, '', url);
  }
  shownSearch = location.search;
  return run(state);
}


async function loadPagefind(): Promise<Pagefind | undefined> {
  try {
    const loaded = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
    // Entries run from a 26-word record of grades to pages of findings; Pagefind's default favours short pages
    // (pageLength 0.75) so strongly that 26 such records about care leavers came before the findings about them.
    await loaded.options({ excerptLength: EXCERPT_WORDS, ranking: { pageLength: 0.1 } });
    await loaded.init();
    // Loading the filter index lets every search report counts per facet value.
    await loaded.filters();
    return loaded;
  } catch {
    status.textContent =
      'The search index is missing. It is made by npm run build; the development server does not have one.';
    return undefined;
  }
}

function start() {
  document.querySelector<HTMLElement>('#search-unavailable')!.hidden = true;
  form.hidden = false;
  filters.open = matchMedia('(min-width: 40em)').matches;
  const state = searchFromAddress();
  writeForm(state);
  pagefind = loadPagefind();
  // A closed list steps through its options on the arrow keys, firing a
  // change at each: the search waits until the choice has settled, so each
  // step is neither a search nor a history entry of its own.
  let settling: ReturnType<typeof setTimeout> | undefined;
  const settled = () => {
    clearTimeout(settling);
    settling = undefined;
  };
  // Listen while Pagefind loads: a search typed straight away waits for it
  // here, instead of submitting the form and reloading the page.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    settled();
    void update();
  });
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLElement;
    if (target.id === 'search-q') return;
    settled();
    if (target instanceof HTMLSelectElement) settling = setTimeout(() => void update(), SELECT_SETTLE_MS);
    else void update();
  });
  clearFilters.addEventListener('click', () => {
    settled();
    writeForm({ ...readForm(), filters: emptyFilters() });
    // The button hides itself; the filters' heading is where the reader was.
    filters.querySelector('summary')!.focus();
    void update();
  });
  more.addEventListener('click', async () => {
    const firstNew = shown.length;
    await showMore();
    history.replaceState({ ...history.state, shown: shown.length }, '');
    // Move focus to the first new result so keyboard users carry on from there.
    list.children[firstNew]?.querySelector('a')?.focus();
  });
  window.addEventListener('popstate', () => {
    if (location.search === shownSearch) return;
    shownSearch = location.search;
    const next = searchFromAddress();
    writeForm(next);
    void run(next, history.state ?? {});
  });
  // Leaving for a result (or any page): Back runs this search again, and returns here.
  window.addEventListener('pagehide', rememberScroll);
  void run(state, history.state ?? {});
}

start();
