/**
 * The whole site as one index, built once per build: councils A–Z with
 * their journeys, entries in time order, and the links between entries
 * (related both ways, previous and next in a journey). Pages look things up
 * here instead of scanning every entry, which keeps a 50,000-entry build
 * linear.
 */
import type { CouncilData, ThemeData } from './content/schema.ts';
import type { EntryTheme } from './themes.ts';
import { formatDate } from './dates.ts';
import { journeyHeadline, latestJudgement, sortJourney, type JourneyEntry } from './journey.ts';
import { inYearSeasons } from './ofsted/datasets.ts';

export interface CouncilView {
  id: string;
  data: CouncilData;
  /** Published entries, oldest first. */
  entries: JourneyEntry[];
  /** The latest entry with an overall grade. */
  latest?: JourneyEntry;
  headline: string;
}

export interface SiteModel {
  /** A–Z by short name. */
  councils: CouncilView[];
  council(id: string): CouncilView | undefined;
  /** A council's short name, or its id where there is no such council (a successor not on the site). */
  councilName(id: string): string;
  /** Every entry, oldest first. */
  entries: JourneyEntry[];
  /** How many entries have text of their own, which themes are found in and search reads; the rest are imported grades and dates. */
  withText: number;
  entry(id: string): JourneyEntry | undefined;
  themes: ThemeData[];
  theme(id: string): ThemeData | undefined;
  /** Entries this one lists in `related`, and entries that list it. */
  related(id: string): { reports: JourneyEntry[]; reportedIn: JourneyEntry[] };
  neighbours(id: string): { previous?: JourneyEntry; next?: JourneyEntry };
  /** The entry's title, with its date where another entry of its council has the same title, so page titles differ. */
  pageTitle(entry: JourneyEntry): string;
  /** Newest first. */
  recent(count: number): JourneyEntry[];
  /** Entries that raised a theme (listed or found), newest first, with how. */
  raising(themeId: string): { entry: JourneyEntry; match: EntryTheme }[];
  /** The years ("2022–23") whose Ofsted visits were imported from its in-year statistics, oldest first. */
  visitSeasons: string[];
}

export function buildSiteModel(
  councilRecords: { id: string; data: CouncilData }[],
  entryList: JourneyEntry[],
  themes: ThemeData[],
): SiteModel {
  const entries = sortJourney(entryList);
  const entryById = new Map(entries.map((e) => [e.id, e]));
  const byCouncil = Map.groupBy(entries, (e) => e.council);

  const councils = councilRecords
    .map((c): CouncilView => {
      const journey = byCouncil.get(c.id) ?? [];
      return { id: c.id, data: c.data, entries: journey, latest: latestJudgement(journey), headline: journeyHeadline(journey, c.data.abolished) };
    })
    .sort((a, b) => a.data.short_name.localeCompare(b.data.short_name, 'en-GB'));
  const councilById = new Map(councils.map((c) => [c.id, c]));

  const reportedIn = Map.groupBy(
    entries.flatMap((entry) => (entry.related ?? []).map((target) => ({ target, entry }))),
    (link) => link.target,
  );

  const position = new Map<string, number>();
  for (const journey of byCouncil.values()) journey.forEach((e, i) => position.set(e.id, i));

  // Titles reused within a council, e.g. two inspections with the same grade years apart.
  const sameTitle = (e: JourneyEntry) => `${e.council}\n${e.title}`;
  const titleUses = Map.groupBy(entries, sameTitle);

  const themeById = new Map(themes.map((t) => [t.id, t]));
  const raisingTheme = Map.groupBy(
    [...entries].reverse().flatMap((entry) => entry.themeMatches.map((match) => ({ entry, match }))),
    (item) => item.match.id,
  );

  return {
    councils,
    council: (id) => councilById.get(id),
    councilName: (id) => councilById.get(id)?.data.short_name ?? id,
    entries,
    withText: entries.filter((e) => e.hasText).length,
    entry: (id) => entryById.get(id),
    themes,
    theme: (id) => themeById.get(id),
    related: (id) => ({
      // A related draft is not published, so it is not linked.
      reports: (entryById.get(id)?.related ?? []).map((r) => entryById.get(r)).filter((e): e is JourneyEntry => !!e),
      reportedIn: (reportedIn.get(id) ?? []).map((link) => link.entry),
    }),
    neighbours: (id) => {
      const entry = entryById.get(id);
      const journey = entry ? byCouncil.get(entry.council) ?? [] : [];
      const i = position.get(id) ?? -1;
      return { previous: i > 0 ? journey[i - 1] : undefined, next: i >= 0 ? journey[i + 1] : undefined };
    },
    pageTitle: (entry) => {
      const shared = (titleUses.get(sameTitle(entry))?.length ?? 0) > 1;
      return shared ? `${entry.title} (${formatDate(entry.when)})` : entry.title;
    },
    recent: (count) => entries.slice(-count).reverse(),
    raising: (themeId) => raisingTheme.get(themeId) ?? [],
    visitSeasons: inYearSeasons(entries.map((e) => e.imported)),
  };
}
