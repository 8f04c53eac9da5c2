/**
 * Finds which council a document is about, from the council files alone, so
 * it works with any set of them: each council is known by its full name
 * ("Royal Borough of Windsor and Maidenhead"), its short name, the name
 * without its style ("Windsor and Maidenhead"), its web domain
 * ("havering.gov.uk") and the bodies that delivered its services
 * ("Brighter Futures for Children").
 *
 * A name found in the place a document names its subject (an Ofsted
 * letter's "Focused visit to Reading children's services") decides alone.
 * Otherwise every mention counts, full names more than short ones; the
 * council mentioned most wins only when clearly ahead of the next, so a
 * committee paper that compares itself with its neighbours is not filed
 * under a neighbour, and a document that could be about either of two
 * councils is reported as such rather than guessed.
 */
import { escapeRegExp, plainQuotes } from './text.ts';

export interface CouncilInfo {
  id: string;
  name: string;
  short_name: string;
  website?: string;
  /** Ofsted's page of the council's reports, the source a letter's draft is offered. */
  ofsted_url?: string;
  delivered_by?: { name: string }[];
}

interface Alias {
  text: string;
  councils: string[];
  weight: number;
  kind: 'name' | 'short name' | 'domain' | 'provider' | 'style';
  pattern: RegExp;
}

export interface CouncilCandidate {
  id: string;
  score: number;
  /** The words that named it, as printed, first few. */
  mentions: string[];
}

export interface CouncilMatch {
  id?: string;
  /** Why this council (or why none). */
  reason: string;
  candidates: CouncilCandidate[];
}

/** "Reading Borough Council" → "Reading"; "London Borough of Havering" → "Havering". */
export function unstyled(name: string): string {
  return name
    .replace(/^(?:the\s+)?(?:(?:royal|london)\s+borough|city|county|metropolitan borough|borough|council)\s+of\s+/i, '')
    .replace(/\s+(?:metropolitan\s+)?(?:borough|city|county|district)?\s*council$/i, '')
    .replace(/\s+council$/i, '')
    .trim();
}

const COMPASS = '(?:North|South|East|West|Central|Mid|Greater|Upper|Lower|Inner|Outer|Bath and North East|North East|North West|South East|South West)';

function normaliseName(text: string): string {
  return plainQuotes(text).replace(/\s*&\s*/g, ' and ').replace(/\s+/g, ' ').trim();
}

function aliasPattern(text: string, caseSensitive: boolean, kind: Alias['kind']): RegExp {
  const words = normaliseName(text).split(' ').map(escapeRegExp).join('\\s+');
  if (kind === 'domain') return new RegExp(`(?<![\\p{L}\\d-])${words}(?![\\p{L}\\d-])`, 'giu');
  const style = kind === 'style';
  // A short name must not be part of a longer place name: "Somerset" in
  // "North Somerset", "Cheshire" in "Cheshire East", "Derby" in "Derbyshire".
  const guard = `(?<!${COMPASS}\\s)(?<![\\p{L}\\d.@/-])`;
  const after = `(?![\\p{L}\\d]|\\s+(?:East|West|North|South)\\b${style ? '|\\s+of\\b' : ''})`;
  return new RegExp(`${guard}${words}${after}`, caseSensitive ? 'gu' : 'giu');
}

export interface CouncilMatcher {
  /**
   * `subject`: where the document names what it is about (a letter's subject
   * line); a single council named there decides. `text`: the whole document.
   */
  match(text: string, subject?: string): CouncilMatch;
  /** Names to keep capitalised when recasing text printed in capitals. */
  properNouns: string[];
  byId(id: string): CouncilInfo | undefined;
}

export function councilMatcher(councils: CouncilInfo[]): CouncilMatcher {
  const table = new Map<string, Alias>();
  const add = (text: string, id: string, weight: number, kind: Alias['kind'], caseSensitive = false) => {
    const key = normaliseName(text).toLowerCase();
    if (key.length < 3) return;
    const existing = table.get(key);
    if (existing) {
      if (!existing.councils.includes(id)) existing.councils.push(id);
      existing.weight = Math.max(existing.weight, weight);
      return;
    }
    table.set(key, { text: normaliseName(text), councils: [id], weight, kind, pattern: aliasPattern(text, caseSensitive, kind) });
  };
  for (const c of councils) {
    add(c.name, c.id, 4, 'name');
    const bare = unstyled(c.name);
    // One-word names are matched with their capital ("Reading", not "reading").
    for (const short of new Set([c.short_name, bare])) add(short, c.id, short.includes(' ') ? 3 : 2, 'short name', !short.includes(' '));
    if (c.website) {
      const host = c.website.replace(/^https?:\/\//i, '').replace(/^www\./i, '').split('/')[0];
      if (host.includes('.')) add(host, c.id, 3, 'domain');
    }
    for (const d of c.delivered_by ?? []) add(d.name, c.id, 2, 'provider');
    // "the Royal Borough": how a royal borough's own papers name it.
    if (/^Royal Borough of /i.test(c.name)) add('the Royal Borough', c.id, 2, 'style');
  }
  // Longest aliases first, so "North Somerset" is taken before "Somerset" can be.
  const aliases = [...table.values()].sort((a, b) => b.text.length - a.text.length);

  function scan(text: string) {
    const plain = normaliseName(text);
    const taken: [number, number][] = [];
    const scores = new Map<string, CouncilCandidate>();
    for (const alias of aliases) {
      alias.pattern.lastIndex = 0;
      for (let m = alias.pattern.exec(plain); m; m = alias.pattern.exec(plain)) {
        const start = m.index;
        const end = start + m[0].length;
        if (taken.some(([s, e]) => start < e && end > s)) continue;
        taken.push([start, end]);
        for (const id of alias.councils) {
          const c = scores.get(id) ?? { id, score: 0, mentions: [] };
          c.score += alias.weight;
          if (c.mentions.length < 4 && !c.mentions.includes(m[0])) c.mentions.push(m[0]);
          scores.set(id, c);
        }
      }
    }
    return [...scores.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  }

  const describe = (c: CouncilCandidate) => `${c.id} (${c.mentions.map((m) => `“${m}”`).join(', ')})`;

  return {
    properNouns: [...new Set(councils.flatMap((c) => [c.short_name, unstyled(c.name)]))].sort((a, b) => b.length - a.length),
    byId: (id) => councils.find((c) => c.id === id),
    match(text, subject) {
      if (subject) {
        const named = scan(subject);
        if (named.length === 1) {
          return { id: named[0].id, reason: `named in “${subject.trim()}”`, candidates: named };
        }
      }
      const candidates = scan(text);
      if (!candidates.length) {
        return { reason: `no council in content/councils is named in it${subject ? ` (its subject: “${subject.trim()}”)` : ''}`, candidates };
      }
      const [top, next] = candidates;
      if (!next || top.score >= next.score * 1.5) {
        return { id: top.id, reason: `named most often: ${top.mentions.map((m) => `“${m}”`).join(', ')}`, candidates };
      }
      const close = candidates.filter((c) => c.score * 1.5 > top.score);
      return { reason: `it could be any of ${close.map(describe).join(', ')}`, candidates };
    },
  };
}
