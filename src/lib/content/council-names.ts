/**
 * The councils a title or summary names, so that an entry saved in another
 * council's folder, which the site would publish as that council's, is told
 * of: "Focused visit to Lewisham children's services" in
 * content/entries/leeds/.
 *
 * Names are the council files' `name` and `short_name`, matched as written
 * (case and all) and as whole words, the longest first: "Cheshire West and
 * Chester" is not read as another council's "Cheshire", nor
 * "Nottinghamshire" as "Nottingham".
 */

export interface CouncilNames {
  id: string;
  name: string;
  short_name: string;
}

export interface Mention {
  /** The name as the council file writes it. */
  name: string;
  /** The councils of that name (one, unless two files share it). */
  councils: string[];
  /** Written where it may be an ordinary word ("Reading the letter"): enough to say an entry names its own council, not another. */
  maybeWord: boolean;
}

/**
 * Council names that are also English words, so that a sentence may start
 * with one and not mean the council: "Reading the letter, …", "Bury the …".
 */
const ALSO_WORDS = new Set(['Reading', 'Bury', 'Derby', 'Slough', 'Harrow', 'Hackney']);

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SENTENCE_START = /(?:^|[.!?]\s)["'“‘([]*$/u;
const LOWER_CASE_WORD = /^ \p{Ll}/u;

/** One space for any run of white space, as YAML may keep a line break inside a value. */
const squash = (text: string) => text.replace(/\s+/g, ' ');

/** A name that is also a word, starting a sentence and followed by a word in lower case, may be the word. */
const maybeWord = (text: string, name: string, at: number) =>
  ALSO_WORDS.has(name) && LOWER_CASE_WORD.test(text.slice(at + name.length)) && SENTENCE_START.test(text.slice(0, at));

/** A finder of the council names in a text, each as often as it is written. */
export function councilNameFinder(councils: readonly CouncilNames[]): (text: string) => Mention[] {
  const byName = new Map<string, string[]>();
  for (const council of councils) {
    for (const name of new Set([council.name, council.short_name].map((n) => squash(n.trim())))) {
      byName.set(name, [...(byName.get(name) ?? []), council.id]);
    }
  }
  // Looked up by a name's first word, longest name first.
  const byFirstWord = new Map<string, string[]>();
  for (const name of [...byName.keys()].sort((a, b) => b.length - a.length)) {
    const first = /^[\p{L}\p{N}]+/u.exec(name)?.[0];
    if (first) byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), name]);
  }
  return (written) => {
    const text = squash(written);
    const mentions: Mention[] = [];
    const words = /[\p{L}\p{N}]+/gu;
    for (let word = words.exec(text); word; word = words.exec(text)) {
      const at = word.index;
      const name = byFirstWord.get(word[0])?.find((n) => text.startsWith(n, at) && !LETTER_OR_DIGIT.test(text.charAt(at + n.length)));
      if (!name) continue;
      words.lastIndex = at + name.length;
      mentions.push({ name, councils: byName.get(name)!, maybeWord: maybeWord(text, name, at) });
    }
    return mentions;
  };
}

/**
 * Whether an entry in `own`'s folder looks like another council's: the first
 * of `fields` to name councils other than `own` and those `alike` (that took
 * over from it, or it from them), with those councils, when no field names
 * `own`. An entry about a partnership names its own council beside the other.
 * A name that may be a word counts only as `own`'s, so that it raises no
 * false alarm either way ("Slough and Reading" in Slough's folder).
 */
export function otherCouncilNamed(
  fields: readonly [field: string, text: string | undefined][],
  own: string,
  find: (text: string) => Mention[],
  alike: (id: string) => boolean = () => false,
): { field: string; others: Mention[] } | undefined {
  const found = fields.map(([field, text]) => ({ field, mentions: text ? find(text) : [] }));
  if (found.some(({ mentions }) => mentions.some((m) => m.councils.includes(own)))) return undefined;
  for (const { field, mentions } of found) {
    const others = mentions.filter((m) => !m.maybeWord && !m.councils.some(alike)).filter((m, i, all) => all.findIndex((n) => n.name === m.name) === i);
    if (others.length) return { field, others };
  }
  return undefined;
}
