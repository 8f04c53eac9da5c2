/**
 * Theme detection: finds the phrases of content/themes.yaml in an entry's
 * text, keeps the sentences that matched as evidence, and merges them with
 * the themes listed in the entry. Matching is case-insensitive on whole words,
 * and a plural matches its singular ("caseloads" finds "caseload",
 * "children in need" finds "child in need"), as does a hyphen a space
 * ("multi-agency" finds "multi agency").
 *
 * Phrases are compiled once into a word trie, so each sentence is scanned
 * once whatever the number of themes: cheap enough to run on every entry of
 * a 50,000-entry build.
 */

export interface ThemeDefinition {
  id: string;
  label: string;
  phrases: string[];
}

export interface DetectedTheme {
  id: string;
  /** Sentences that matched, in the order they appear; at most `MAX_EVIDENCE`. */
  evidence: string[];
}

export interface EntryTheme {
  id: string;
  /** Listed in the entry's front-matter: by the officer, or by the import from Ofsted's visit theme. */
  asserted: boolean;
  /** Found in the text by the build. */
  detected: boolean;
  evidence: string[];
}

const MAX_EVIDENCE = 3;
const MAX_SENTENCE = 400;

const IRREGULAR: Record<string, string> = {
  children: 'child',
  people: 'person',
  women: 'woman',
  men: 'man',
};

const singulars = new Map<string, string>();

/** Reduces a lower-case word to its singular, so plurals match either way. */
export function singular(word: string): string {
  let result = singulars.get(word);
  if (result === undefined) {
    result = singularUncached(word);
    singulars.set(word, result);
  }
  return result;
}

function singularUncached(word: string): string {
  if (IRREGULAR[word]) return IRREGULAR[word];
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ss|ch|sh|x)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Lower-case singular words, ignoring punctuation and possessives. */
export function words(text: string): string[] {
  const tokens = text.toLowerCase().replace(/['’‘]s\b/g, '').match(/[a-z0-9]+/g) ?? [];
  for (let i = 0; i < tokens.length; i++) tokens[i] = singular(tokens[i]);
  return tokens;
}

/** Splits text into sentences; list items and lines are separate already. */
export function sentences(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?])\s+(?=[A-Z0-9“"‘'(])/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 0);
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Themes whose phrase ends here. */
  themes: string[];
}

const node = (): TrieNode => ({ next: new Map(), themes: [] });

export interface ThemeMatcher {
  /** Themes found in the text blocks (title, summary, paragraphs, list items), in dictionary order. */
  detect(blocks: string[]): DetectedTheme[];
}

export function compileThemes(themes: ThemeDefinition[]): ThemeMatcher {
  const root = node();
  for (const theme of themes) {
    for (const phrase of theme.phrases) {
      const tokens = words(phrase);
      if (!tokens.length) continue;
      let at = root;
      for (const token of tokens) {
        if (!at.next.has(token)) at.next.set(token, node());
        at = at.next.get(token)!;
      }
      if (!at.themes.includes(theme.id)) at.themes.push(theme.id);
    }
  }
  const order = themes.map((t) => t.id);

  function themesIn(tokens: string[]): Set<string> {
    const found = new Set<string>();
    for (let start = 0; start < tokens.length; start++) {
      let at: TrieNode | undefined = root;
      for (let i = start; i < tokens.length && at; i++) {
        at = at.next.get(tokens[i]);
        if (at) for (const id of at.themes) found.add(id);
      }
    }
    return found;
  }

  return {
    detect(blocks) {
      const evidence = new Map<string, string[]>();
      for (const block of blocks) {
        for (const sentence of sentences(block)) {
          for (const id of themesIn(words(sentence))) {
            const list = evidence.get(id) ?? [];
            const text = sentence.length > MAX_SENTENCE ? `${sentence.slice(0, MAX_SENTENCE - 1)}…` : sentence;
            if (list.length < MAX_EVIDENCE && !list.includes(text)) list.push(text);
            evidence.set(id, list);
          }
        }
      }
      return order.filter((id) => evidence.has(id)).map((id) => ({ id, evidence: evidence.get(id)! }));
    },
  };
}

/**
 * Officer-listed themes first (always shown), then those only the build
 * found, less those the officer set aside (`ignore_themes`: a phrase found
 * where the entry is not about it, such as a job title).
 */
export function mergeThemes(asserted: string[], detected: DetectedTheme[], ignored: string[] = []): EntryTheme[] {
  const found = new Map(detected.map((d) => [d.id, d.evidence]));
  const merged: EntryTheme[] = asserted.map((id) => ({
    id,
    asserted: true,
    detected: found.has(id),
    evidence: found.get(id) ?? [],
  }));
  for (const d of detected) {
    if (!asserted.includes(d.id) && !ignored.includes(d.id)) merged.push({ id: d.id, asserted: false, detected: true, evidence: d.evidence });
  }
  return merged;
}
