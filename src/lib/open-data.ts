/**
 * The site's facts as open data and feeds: every entry and every council as
 * JSON and CSV, every graded judgement as CSV, and Atom feeds of the newest
 * entries.
 * Everything is derived from content alone (no clock), so two builds of the
 * same content give the same bytes.
 */
import { stringify } from 'csv-stringify/sync';
import { Feed } from 'feed';
import { dateBounds } from './dates.ts';
import { gssCodeOn } from './gss-codes.ts';
import { judgementDate, type JourneyEntry } from './journey.ts';
import type { SiteModel } from './site-model.ts';
import { importedIds } from './ofsted/datasets.ts';
import { SITE_NAME } from './site-meta.ts';
import { BODY_IDS, COUNCIL_TYPE_IDS, FRAMEWORK_IDS, GRADES, KIND_IDS, KINDS, frameworkById, gradeWord } from './vocabulary.ts';

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
  region: string | null;
  title: string;
  kind: string;
  date: string | null;
  start_date: string | null;
  published: string | null;
  timeline_date: string;
  body: string;
  framework: string | null;
  grades: Record<string, string>;
  summary: string;
  themes: string[];
  detected_themes: string[];
  ignore_themes: string[];
  inspectors: string[];
  visit_number: number | null;
  related: string[];
  source_url: string | null;
  source_title: string | null;
  imported: string[];
}

export function entryRecords(site: SiteModel, urlOf: (entry: JourneyEntry) => string): EntryRecord[] {
  return site.entries.map((entry) => {
    const council = site.council(entry.council);
    return {
      id: entry.id,
      url: urlOf(entry),
      council: entry.council,
      council_name: council?.data.name ?? entry.council,
      gss_code: (council && gssCodeOn(council.data, entry.when)) ?? null,
      region: council?.data.region ?? null,
      title: entry.title,
      kind: entry.kind,
      date: entry.date ?? null,
      start_date: entry.start_date ?? null,
      published: entry.published ?? null,
      timeline_date: entry.when,
      body: entry.body,
      framework: entry.framework ?? null,
      grades: entry.grades ?? {},
      summary: entry.summary,
      themes: entry.themes ?? [],
      detected_themes: entry.themeMatches.filter((t) => t.detected).map((t) => t.id),
      ignore_themes: entry.ignore_themes ?? [],
      inspectors: entry.inspectors ?? [],
      visit_number: entry.visit_number ?? null,
      related: entry.related ?? [],
      source_url: entry.source?.url ?? null,
      source_title: entry.source?.title ?? null,
      imported: importedIds(entry.imported),
    };
  });
}

/**
 * A cell that starts with =, +, - or @ would run as a formula when the file is
 * opened in a spreadsheet; the library prefixes such cells with an apostrophe.
 */
const CSV_OPTIONS = { header: true, escape_formulas: true } as const;

/** Why a council's rows can carry two codes (gss-codes.ts). */
const CODE_OF_THE_TIME = 'A council that kept its name but got a new code when it was reorganised has its former code on the rows dated before the change, so each row joins to other ONS data of its year.';

/**
 * What each field of an entry holds, in the order entries.csv writes them.
 * The /data/ page lists these, so every field the files carry is described.
 */
export const ENTRY_FIELDS = {
  id: 'The entry’s identifier: its council and file name, e.g. reading/2018-08-01-monitoring-visit.',
  url: 'The address of the entry’s page on this site.',
  council: 'The council’s identifier, as in its page’s address, e.g. reading.',
  council_name: 'The council’s name as its council file gives it: from Ofsted’s tables for imported councils (e.g. Devon), or as an officer wrote it (e.g. Reading Borough Council). Join on council or gss_code, not on the name.',
  gss_code: `The council’s ONS (GSS) code on the entry’s timeline_date, e.g. E06000038, where known. ${CODE_OF_THE_TIME}`,
  region: 'The council’s Ofsted region, e.g. North West, where known.',
  title: 'The entry’s title.',
  kind: `What kind of event it was: ${KIND_IDS.join(', ')}.`,
  date: 'The event’s date, where known: the last day of a visit, or the date of a meeting or paper. Ofsted’s tables give most imported entries only published or start_date.',
  start_date: 'The first day of a visit that lasted more than a day.',
  published: 'When the letter or report was published.',
  timeline_date: 'The one date the site files the entry under, on timelines and in search’s year filter: its date, else its publication date, else its first day. Sort or count by year on this column.',
  body: `Who carried it out or wrote it: ${BODY_IDS.join(', ')}.`,
  framework: `The inspection framework its grades use: ${FRAMEWORK_IDS.join(', ')}.`,
  grades: 'The grade for each judgement area of its framework: in JSON an object from area id to grade, in CSV area=grade pairs. Under slac, cpi and tlac (before November 2013) requires-improvement stands for Ofsted’s third grade of the time, Adequate.',
  summary: 'One or two sentences on what it found or decided.',
  themes: 'A list of the ids of the themes its author listed.',
  detected_themes: 'A list of the ids of the themes found in its text, less those in ignore_themes.',
  ignore_themes: 'A list of the ids of the themes its author set aside: their phrases are in its text, but it is not about them (a job title, a committee’s name).',
  inspectors: 'A list of the inspectors’ names as printed in the letter.',
  visit_number: 'Which monitoring visit to the council this was: 1, 2, 3…',
  related: 'A list of the ids of the entries this one reports on.',
  source_url: 'The address of the original document.',
  source_title: 'The original document’s title.',
  imported: 'Where an import of published tables supplied the facts: a list of the ids of those datasets.',
} satisfies Record<keyof EntryRecord, string>;

const ENTRY_COLUMNS = Object.keys(ENTRY_FIELDS) as (keyof EntryRecord)[];

/** A JSON value as one CSV cell: lists joined with "; ", an object's pairs written "key=value", nothing an empty cell. */
function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(csvCell).join('; ');
  if (typeof value === 'object') return Object.entries(value).map(([k, v]) => `${k}=${v}`).join('; ');
  return String(value);
}

/** Records as CSV, one row each, with `columns` in order. */
const recordsCsv = <T extends object>(records: T[], columns: (keyof T & string)[]) =>
  stringify(records.map((r) => columns.map((c) => csvCell(r[c]))), { ...CSV_OPTIONS, columns });

/** Records as JSON, as the files are written. */
export const recordsJson = (records: object[]) => `${JSON.stringify(records, null, 2)}\n`;

/** Lists are joined with "; " and grades written "area=grade", so each entry is one row. */
export const entriesCsv = (records: EntryRecord[]) => recordsCsv(records, ENTRY_COLUMNS);

/** One council as published data. `url` and `feed` are absolute. */
export interface CouncilRecord {
  id: string;
  url: string;
  name: string;
  short_name: string;
  gss_code: string | null;
  former_gss_codes: { gss_code: string; until: string }[];
  type: string;
  region: string | null;
  website: string | null;
  ofsted_url: string | null;
  abolished: string | null;
  successors: string[];
  predecessors: string[];
  entries: number;
  feed: string;
}

/** What each field of councils.json and councils.csv holds, in the order the CSV writes them. */
export const COUNCIL_FIELDS = {
  id: 'The council’s identifier, as in its page’s address and in the council field of the other files, e.g. reading.',
  url: 'The address of the council’s page on this site.',
  name: 'The council’s name as its council file gives it (as council_name in the other files).',
  short_name: 'The name the site uses for it in titles and charts, e.g. Reading.',
  gss_code: 'The council’s ONS (GSS) code in force now, where known.',
  former_gss_codes: 'The codes it had before, oldest first, each with the day the next took effect: in JSON a list of objects with gss_code and until, in CSV gss_code=until pairs.',
  type: `The kind of council: ${COUNCIL_TYPE_IDS.join(', ')}.`,
  region: ENTRY_FIELDS.region,
  website: 'The council’s website.',
  ofsted_url: 'Ofsted’s page for the council, where its reports are published.',
  abolished: 'The day the council ceased to exist, for a council reorganised away; empty for one that exists. Leave these out to count today’s councils.',
  successors: 'A list of the ids of the councils that took over its services.',
  predecessors: 'A list of the ids of the councils whose services it took over.',
  entries: 'How many entries this site has for it.',
  feed: 'The address of the Atom feed of its newest entries.',
} satisfies Record<keyof CouncilRecord, string>;

export function councilRecords(site: SiteModel, urlOf: (id: string) => string, feedOf: (id: string) => string): CouncilRecord[] {
  return site.councils.map(({ id, data, entries }) => ({
    id,
    url: urlOf(id),
    name: data.name,
    short_name: data.short_name,
    gss_code: data.gss_code ?? null,
    former_gss_codes: data.former_gss_codes ?? [],
    type: data.type,
    region: data.region ?? null,
    website: data.website ?? null,
    ofsted_url: data.ofsted_url ?? null,
    abolished: data.abolished ?? null,
    successors: data.successors ?? [],
    predecessors: data.predecessors ?? [],
    entries: entries.length,
    feed: feedOf(id),
  }));
}

export const councilsCsv = (records: CouncilRecord[]) =>
  recordsCsv(
    records.map((r) => ({ ...r, former_gss_codes: r.former_gss_codes.map(({ gss_code, until }) => `${gss_code}=${until}`) })),
    Object.keys(COUNCIL_FIELDS) as (keyof CouncilRecord)[],
  );

/** What each column of grades.csv holds, in the order it writes them (shown on the /data/ page). */
export const GRADE_FIELDS = {
  council: ENTRY_FIELDS.council,
  council_name: ENTRY_FIELDS.council_name,
  gss_code: `The council’s ONS (GSS) code on the entry’s date (its date, else published, else start_date), e.g. E06000038, where known. ${CODE_OF_THE_TIME}`,
  region: ENTRY_FIELDS.region,
  date: ENTRY_FIELDS.date,
  start_date: ENTRY_FIELDS.start_date,
  published: ENTRY_FIELDS.published,
  judgement_date: 'When the judgement became public: published, else date, else start_date.',
  kind: `What kind of event gave the grade: ${KIND_IDS.filter((kind) => KINDS[kind].graded).join(', ')}.`,
  framework: ENTRY_FIELDS.framework,
  area: 'The judgement area’s id within its framework, e.g. overall.',
  area_label: 'The judgement area’s name.',
  grade: `The grade: ${GRADES.join(', ')}.`,
  entry: 'The address of the page of the entry that gave the grade.',
  grade_label: 'The grade in the words of its framework: “Adequate” for requires-improvement under slac, cpi and tlac (before November 2013, when Ofsted’s third grade was adequate), else Ofsted’s words, e.g. “Requires improvement to be good”.',
};

/** One row per graded judgement. */
export function gradesCsv(site: SiteModel, urlOf: (entry: JourneyEntry) => string): string {
  const rows = site.entries.flatMap((entry) => {
    const framework = entry.framework ? frameworkById(entry.framework) : undefined;
    if (!framework || !entry.grades) return [];
    const council = site.council(entry.council);
    return framework.areas
      .filter((area) => entry.grades![area.id])
      .map((area): Record<keyof typeof GRADE_FIELDS, string> => ({
        council: entry.council,
        council_name: council?.data.name ?? entry.council,
        gss_code: (council && gssCodeOn(council.data, entry.when)) ?? '',
        region: council?.data.region ?? '',
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
        grade_label: gradeWord(entry.grades![area.id], framework.id, 'label'),
      }));
  });
  return stringify(rows, { ...CSV_OPTIONS, columns: Object.keys(GRADE_FIELDS) });
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

/**
 * When an entry's news reached the public: its letter's publication date
 * where it has one (Ofsted publishes weeks after a visit), else its own date.
 */
const madePublic = (entry: JourneyEntry) => instant(entry.published ?? entry.when);

/**
 * An Atom feed of the newest entries. Each is `updated` when it was made
 * public, with its letter's date as `published` where known; the feed is
 * `updated` with the latest of them, never the build's clock.
 */
export function atomFeed(options: FeedOptions): string {
  const newest = [...options.entries].reverse().slice(0, options.count ?? 50);
  const latest = Math.max(0, ...newest.map((entry) => madePublic(entry).getTime()));
  const feed = new Feed({
    // The feed's own title is plain text, which the library escapes itself.
    title: options.title,
    id: options.feedUrl,
    link: options.pageUrl,
    language: 'en-GB',
    updated: new Date(latest),
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
      date: madePublic(entry),
      published: entry.published ? instant(entry.published) : undefined,
      description: asHtmlText(`${KINDS[entry.kind].label}. ${entry.summary}`),
    });
  }
  return feed.atom1();
}
