/**
 * The site's facts as open data and feeds: every entry as JSON and CSV,
 * every graded judgement as CSV, and Atom feeds of the newest entries.
 * Everything is derived from content alone (no clock), so two builds of the
 * same content give the same bytes.
 */
import { stringify } from 'csv-stringify/sync';
import { Feed } from 'feed';
import { dateBounds } from './dates.ts';
import { judgementDate, type JourneyEntry } from './journey.ts';
import type { SiteModel } from './site-model.ts';
import { SITE_NAME } from './site-meta.ts';
import { KINDS, frameworkById } from './vocabulary.ts';

export const LICENCE = {
  name: 'Open Government Licence v3.0',
  url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
};

/** One entry as published data. `url` is absolute. */
export interface EntryRecord {
  id: string;
  url: string;
  council: string;
  council_name: string;
  gss_code: string | null;
  title: string;
  kind: string;
  date: string | null;
  start_date: string | null;
  published: string | null;
  body: string;
  framework: string | null;
  grades: Record<string, string>;
  summary: string;
  themes: string[];
  detected_themes: string[];
  inspectors: string[];
  visit_number: number | null;
  related: string[];
  source_url: string | null;
  source_title: string | null;
  imported: string | null;
}

export function entryRecords(site: SiteModel, urlOf: (entry: JourneyEntry) => string): EntryRecord[] {
  return site.entries.map((entry) => {
    const council = site.council(entry.council);
    return {
      id: entry.id,
      url: urlOf(entry),
      council: entry.council,
      council_name: council?.data.name ?? entry.council,
      gss_code: council?.data.gss_code ?? null,
      title: entry.title,
      kind: entry.kind,
      date: entry.date ?? null,
      start_date: entry.start_date ?? null,
      published: entry.published ?? null,
      body: entry.body,
      framework: entry.framework ?? null,
      grades: entry.grades ?? {},
      summary: entry.summary,
      themes: entry.themes ?? [],
      detected_themes: entry.themeMatches.filter((t) => t.detected).map((t) => t.id),
      inspectors: entry.inspectors ?? [],
      visit_number: entry.visit_number ?? null,
      related: entry.related ?? [],
      source_url: entry.source?.url ?? null,
      source_title: entry.source?.title ?? null,
      imported: entry.imported ?? null,
    };
  });
}

export function entriesJson(records: EntryRecord[]): string {
  return `${JSON.stringify(records, null, 2)}\n`;
}

/**
 * A cell that starts with =, +, - or @ would run as a formula when the file is
 * opened in a spreadsheet; the library prefixes such cells with an apostrophe.
 */
const CSV_OPTIONS = { header: true, escape_formulas: true } as const;

const ENTRY_COLUMNS: (keyof EntryRecord)[] = [
  'id', 'url', 'council', 'council_name', 'gss_code', 'title', 'kind', 'date', 'start_date', 'published', 'body',
  'framework', 'grades', 'summary', 'themes', 'detected_themes', 'inspectors', 'visit_number', 'related',
  'source_url', 'source_title', 'imported',
];

/** Lists are joined with "; " and grades written "area=grade", so each entry is one row. */
export function entriesCsv(records: EntryRecord[]): string {
  const cell = (value: EntryRecord[keyof EntryRecord]) => {
    if (value === null) return '';
    if (Array.isArray(value)) return value.join('; ');
    if (typeof value === 'object') return Object.entries(value).map(([k, v]) => `${k}=${v}`).join('; ');
    return String(value);
  };
  return stringify(records.map((r) => ENTRY_COLUMNS.map((c) => cell(r[c]))), { ...CSV_OPTIONS, columns: ENTRY_COLUMNS });
}

/** One row per graded judgement. */
export function gradesCsv(site: SiteModel, urlOf: (entry: JourneyEntry) => string): string {
  const rows = site.entries.flatMap((entry) => {
    const framework = entry.framework ? frameworkById(entry.framework) : undefined;
    if (!framework || !entry.grades) return [];
    const council = site.council(entry.council);
    return framework.areas
      .filter((area) => entry.grades![area.id])
      .map((area) => ({
        council: entry.council,
        council_name: council?.data.name ?? entry.council,
        gss_code: council?.data.gss_code ?? '',
        date: entry.date ?? '',
        start_date: entry.start_date ?? '',
        published: entry.published ?? '',
        judgement_date: judgementDate(entry),
        kind: entry.kind,
        framework: framework.id,
        area: area.id,
        area_label: area.label,
        grade: entry.grades![area.id],
        entry: urlOf(entry),
      }));
  });
  const columns = ['council', 'council_name', 'gss_code', 'date', 'start_date', 'published', 'judgement_date', 'kind', 'framework', 'area', 'area_label', 'grade', 'entry'];
  return stringify(rows, { ...CSV_OPTIONS, columns });
}

/** The feed library marks entries' titles and summaries as HTML, so plain text is escaped to stay text. */
const asHtmlText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Midnight UTC of the first day a calendar date stands for: feeds need instants. */
const instant = (date: string) => new Date(`${dateBounds(date)[0]}T00:00:00Z`);

export interface FeedOptions {
  title: string;
  /** Absolute address of the feed itself and of the page it describes. */
  feedUrl: string;
  pageUrl: string;
  entries: JourneyEntry[];
  urlOf: (entry: JourneyEntry) => string;
  councilName: (id: string) => string;
  count?: number;
}

/** An Atom feed of the newest entries; "updated" is the newest entry's date, never the build's clock. */
export function atomFeed(options: FeedOptions): string {
  const newest = [...options.entries].reverse().slice(0, options.count ?? 50);
  const feed = new Feed({
    // The feed's own title is plain text, which the library escapes itself.
    title: options.title,
    id: options.feedUrl,
    link: options.pageUrl,
    language: 'en-GB',
    updated: newest[0] ? instant(newest[0].when) : new Date(0),
    generator: SITE_NAME,
    // Atom requires an author for the feed when its entries name none.
    author: { name: SITE_NAME },
    feedLinks: { atom: options.feedUrl },
    copyright: `Facts from Ofsted: Crown copyright, ${LICENCE.name}`,
  });
  for (const entry of newest) {
    feed.addItem({
      title: asHtmlText(`${options.councilName(entry.council)}: ${entry.title}`),
      id: options.urlOf(entry),
      link: options.urlOf(entry),
      date: instant(entry.when),
      description: asHtmlText(`${KINDS[entry.kind].label}. ${entry.summary}`),
    });
  }
  return feed.atom1();
}
