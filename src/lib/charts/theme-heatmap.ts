/**
 * Recurring themes as a heatmap: a row per theme, a column per year, each
 * cell the number of entries that raised the theme that year (officer-listed
 * or detected), darker for more. Themes raised in the most years come first,
 * then those raised by the most entries. The page draws it as a shaded
 * table, which is also its accessible data.
 */
import { range } from 'd3-array';
import { yearOf } from '../dates.ts';
import type { JourneyEntry } from '../journey.ts';
import { listPhrase, plural } from '../list-phrase.ts';

export interface ThemeCount {
  id: string;
  label: string;
  /** Entries that raised it, per year of the span (zeros included). */
  counts: { year: number; count: number }[];
  total: number;
  /** Number of years in which it was raised. */
  years: number;
}

/**
 * Counts entries per theme and year, and orders the themes by recurrence:
 * most years first, then most entries, then dictionary order. Themes never
 * raised are left out. The years run from the first that raised a theme
 * (earlier columns would all be empty, and on a phone they are what shows
 * first) to the latest entry that could raise one (so themes no longer
 * raised show as such). An entry with no text and no listed themes, as
 * most imported ones are, could not: columns for its years alone would read
 * as if nothing had been raised since.
 */
export function countThemesByYear(
  entries: JourneyEntry[],
  themes: { id: string; label: string }[],
  span?: [number, number],
): { years: number[]; themes: ThemeCount[]; examined: number; published: number } {
  const published = entries.filter((e) => !e.draft);
  const examined = published.filter(couldRaiseThemes);
  const none = { years: [], themes: [], examined: examined.length, published: published.length };
  if (!published.length) return none;
  const themedYears = published.filter((e) => e.themeMatches.length).map((e) => yearOf(e.when));
  if (!themedYears.length && !span) return none;
  const [first, last] = span ?? [Math.min(...themedYears), Math.max(...examined.map((e) => yearOf(e.when)))];
  const years = range(first, last + 1);
  const counts = new Map<string, Map<number, number>>();
  for (const entry of published) {
    const year = yearOf(entry.when);
    for (const id of new Set(entry.themeMatches.map((t) => t.id))) {
      const byYear = counts.get(id) ?? new Map<number, number>();
      byYear.set(year, (byYear.get(year) ?? 0) + 1);
      counts.set(id, byYear);
    }
  }
  const order = new Map(themes.map((t, i) => [t.id, i]));
  const rows = themes
    .filter((t) => counts.has(t.id))
    .map((t): ThemeCount => {
      const byYear = counts.get(t.id)!;
      const list = years.map((year) => ({ year, count: byYear.get(year) ?? 0 }));
      return {
        id: t.id,
        label: t.label,
        counts: list,
        total: list.reduce((sum, c) => sum + c.count, 0),
        years: list.filter((c) => c.count > 0).length,
      };
    })
    .filter((t) => t.total > 0)
    .sort((a, b) => b.years - a.years || b.total - a.total || order.get(a.id)! - order.get(b.id)!);
  return { years, themes: rows, examined: examined.length, published: published.length };
}

/** Whether an entry could raise a theme: it has text to find one in, or lists some. */
/** What illustrates a recurring theme under the heatmap: the newest entry that raised it, and its sentence that did. */
export interface ThemeEvidence {
  theme: ThemeCount;
  entry?: JourneyEntry;
  /** The sentence that raised it, where the site found one; else the entry listed it. */
  sentence?: string;
  asserted: boolean;
}

/**
 * For each of the first `count` themes (most recurrent first), the newest
 * published entry that raised it with a sentence to quote, else the newest
 * that raised it at all.
 */
export function themeEvidence(entries: JourneyEntry[], themes: ThemeCount[], count: number): ThemeEvidence[] {
  const newestFirst = entries.filter((e) => !e.draft).reverse();
  return themes.slice(0, count).map((theme) => {
    const matchIn = (e: JourneyEntry) => e.themeMatches.find((t) => t.id === theme.id);
    const raising = newestFirst.filter((e) => matchIn(e));
    const entry = raising.find((e) => matchIn(e)!.evidence.length > 0) ?? raising[0];
    const match = entry && matchIn(entry);
    return { theme, entry, sentence: match?.evidence[0], asserted: match?.asserted ?? false };
  });
}

export function couldRaiseThemes(entry: JourneyEntry): boolean {
  return entry.hasText || (entry.themes?.length ?? 0) > 0;
}

/** Shade level 1–4 of a count (0 for none): the count itself up to 4, else its quarter of the maximum. */
export function heatLevel(count: number, max: number): number {
  if (count <= 0) return 0;
  if (max <= 4) return count;
  return Math.min(4, Math.max(1, Math.ceil((count / max) * 4)));
}

/**
 * The heatmap's summary for screen readers: the years in which themes were
 * raised (not the whole span of the columns, which may start or end with
 * years of no themes) and the most recurrent themes.
 */
export function heatmapDescription(themes: ThemeCount[]): string {
  const raised = themes.flatMap((t) => t.counts.filter((c) => c.count > 0).map((c) => c.year));
  const [first, last] = [Math.min(...raised), Math.max(...raised)];
  const top = themes.slice(0, 3).map((t) => `${t.label} (${plural(t.years, 'year', 'years')}, ${plural(t.total, 'entry', 'entries')})`);
  return (
    `${plural(themes.length, 'theme', 'themes')} raised ${first === last ? `in ${first}` : `from ${first} to ${last}`}. ` +
    `Most recurrent: ${listPhrase(top)}.`
  );
}
