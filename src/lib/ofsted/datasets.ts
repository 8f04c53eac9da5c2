/**
 * Recognises Ofsted's tables by their header rows and turns each row into
 * what it says: facts about a council, and events (inspections and visits)
 * with their dates and judgements. Every column a table has is either read
 * here or reported as unused, so a new column in next year's file is
 * noticed rather than silently dropped.
 *
 * Tables known (by the columns they have, whatever the file is called):
 * - `la-inspections`: per-council history 2009–2023 (SLAC, CPI/CPRI, TLAC,
 *   SIF, ILACS), publication dates only, current councils then those that
 *   no longer exist;
 * - `ilacs-history`: every graded ILACS inspection, fieldwork start and
 *   publication dates, with "Local authority status";
 * - `in-year`: a year's inspections and visits (visits with their theme);
 * - `as-at`: each council's latest judgements on a date;
 * - `lookup`: la_lookup.csv, codes and names (not an Ofsted table: it only
 *   helps to name and check councils).
 */
import { listPhrase } from '../list-phrase.ts';
import { MONTHS, formatDate, isCalendarDate, monthNumber, readDate } from '../dates.ts';
import { KINDS, type Grade, type Kind } from '../vocabulary.ts';
import type { Cell, Sheet, SheetRow } from './tables.ts';

export type TableType = 'la-inspections' | 'ilacs-history' | 'in-year' | 'as-at' | 'lookup';

/** Order of precedence within one edition when tables disagree: the more detailed table first. */
const TYPE_ORDER: TableType[] = ['ilacs-history', 'in-year', 'as-at', 'la-inspections', 'lookup'];

export interface Dataset {
  /** The id written to `imported`, e.g. `ofsted-ilacs-history-2025`. */
  id: string;
  type: TableType;
  /** The table's own title line, e.g. "ILACS inspection history from 2018-2025". */
  title: string;
  /** The year of the publication the table is from; later editions take precedence. */
  edition: number;
  file: string;
  sheet: string;
}

/** Plain code-unit order: the same on every machine, whatever its locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Like compareText, but runs of digits compare as numbers: `file:9` before `file:10`. */
export function compareNatural(a: string, b: string): number {
  const pa = a.split(/(\d+)/);
  const pb = b.split(/(\d+)/);
  for (let i = 0; i < Math.min(pa.length, pb.length); i += 1) {
    const c = i % 2 ? Number(pa[i]) - Number(pb[i]) || compareText(pa[i], pb[i]) : compareText(pa[i], pb[i]);
    if (c) return c;
  }
  return pa.length - pb.length;
}

/** Precedence: later editions first, then the more detailed table. */
export function compareDatasets(a: Pick<Dataset, 'edition' | 'type' | 'id'>, b: Pick<Dataset, 'edition' | 'type' | 'id'>): number {
  return b.edition - a.edition || TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) || compareText(a.id, b.id);
}

/** What one row says about its council. */
export interface CouncilFacts {
  name: string;
  /** In a table of councils that no longer exist, or marked "No longer exists". */
  former: boolean;
  gss?: string;
  region?: string;
  /** Ofsted's "LA Authority Type" as written. */
  type?: string;
  link?: string;
  dataset: Dataset;
  where: string;
}

export interface LookupFacts {
  name: string;
  /** Other names the row gives (ONS names, also known as). */
  aliases: string[];
  gss?: string;
  laCode?: string;
  urn?: string;
  type?: string;
  where: string;
}

export type Family = 'slac' | 'cpi' | 'tlac' | 'sif' | 'ilacs';

export type Variant =
  | 'slac'
  | 'slac-safeguarding-reinspection'
  | 'slac-lac-reinspection'
  | 'cpi'
  | 'cpi-reinspection'
  | 'tlac'
  | 'sif'
  | 'sif-reinspection'
  | 'ilacs'
  | 'visit';

/**
 * One inspection or visit as one table states it. ILACS grades are keyed by
 * the column they came from: `children-in-care` is the column Ofsted's
 * 2023 and 2025 tables label "children in care", which for inspections
 * before 2023 holds the combined children in care and care leavers
 * judgement; the framework, and so the area, is settled when the tables
 * are merged (see events.ts).
 */
export interface OfficialEvent {
  dataset: Dataset;
  where: string;
  council: CouncilFacts;
  /** Undefined for a graded inspection whose table does not say standard or short. */
  kind?: Kind;
  family?: Family;
  variant: Variant;
  /** First day of fieldwork. */
  start?: string;
  published?: string;
  grades: Record<string, Grade>;
  /** Ofsted's visit theme as written, e.g. "Care leavers". */
  theme?: string;
}

export interface TableRead {
  dataset: Dataset;
  rows: number;
  formerRows: number;
  events: OfficialEvent[];
  councils: CouncilFacts[];
  lookup: LookupFacts[];
  /** Headers of columns nothing here reads. */
  unusedColumns: string[];
  /** Cells that could not be read, each `where: what`. */
  problems: string[];
  /** Judgement cells marked "-" (not applicable), left out. */
  notApplicable: number;
}

/** Header text as compared: lower case, single spaces, straight quotes, no leading "The". */
export function normHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

const GRADE_TEXT: Record<string, Grade> = {
  outstanding: 'outstanding',
  good: 'good',
  'requires improvement to be good': 'requires-improvement',
  'requires improvement': 'requires-improvement',
  inadequate: 'inadequate',
};
const NOT_APPLICABLE = new Set(['-', '–', 'n/a', 'na', 'not applicable']);

const KIND_TEXT: Record<string, Kind> = {
  'ilacs standard inspection': 'inspection',
  'ilacs short inspection': 'short-inspection',
  'ilacs focused visit': 'focused-visit',
  'la monitoring visit': 'monitoring-visit',
  'ilacs monitoring visit': 'monitoring-visit',
  'monitoring visit': 'monitoring-visit',
  'focused visit': 'focused-visit',
  'joint targeted area inspection': 'jtai',
  jtai: 'jtai',
};

const pad = (n: number | string) => String(n).padStart(2, '0');

/**
 * A date as the tables give it: an ODS date cell, `DD/MM/YYYY` (the CSV
 * exports), `YYYY-MM-DD` (with or without a time) or `1 April 2019`, read
 * as readDate reads a date; a day, since a month alone places no event.
 */
export function parseOfficialDate(cell: Cell): string | { error: string } | undefined {
  if (cell.date) return cell.date;
  const text = cell.text.trim();
  if (!text || NOT_APPLICABLE.has(text.toLowerCase())) return undefined;
  const day = readDate(text.replace(/^(\d{4}-\d{2}-\d{2})[T ][\d:.]+Z?$/, '$1'));
  if (day?.length !== 10) return { error: `'${text}' is not a date (allowed: DD/MM/YYYY or YYYY-MM-DD)` };
  return day;
}

export function parseGrade(text: string): Grade | 'not-applicable' | { error: string } | undefined {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!t) return undefined;
  if (NOT_APPLICABLE.has(t)) return 'not-applicable';
  return GRADE_TEXT[t] ?? { error: `'${text.trim()}' is not a judgement (allowed: Outstanding, Good, Requires improvement to be good, Inadequate)` };
}

/** A link the cell holds or is. */
function linkOf(cell: Cell): string | undefined {
  if (cell.link && /^https?:\/\//i.test(cell.link)) return cell.link;
  return /^https?:\/\/\S+$/i.test(cell.text) ? cell.text : undefined;
}

// ---------------------------------------------------------------------------
// Columns

type Names = string[];

interface Group {
  variant: Variant;
  family: Family;
  date: Names;
  /** Column giving "ILACS Standard Inspection" / "ILACS Short Inspection". */
  type?: Names;
  grades: Record<string, Names>;
}

/** `first ilacs framework …` in the current-councils table is `ilacs framework …` in the other. */
const first = (name: string): Names => [name, name.replace(/^first /, '')];

const LA_GROUPS: Group[] = [
  {
    variant: 'slac',
    family: 'slac',
    date: ['safeguarding & looked after children (slac) inspection publication date'],
    grades: {
      safeguarding: ['slac safeguarding overall effectiveness (oe)'],
      'looked-after-children': ['slac looked after children overall effectiveness (oe)'],
    },
  },
  {
    variant: 'slac-safeguarding-reinspection',
    family: 'slac',
    date: ['slac re-inspection of safeguarding publication date'],
    grades: { safeguarding: ['slac re-inspection safeguarding oe'] },
  },
  {
    variant: 'slac-lac-reinspection',
    family: 'slac',
    date: ['slac re-inspection of services for children looked after publication date'],
    grades: { 'looked-after-children': ['slac re-inspection of services children looked after oe'] },
  },
  {
    variant: 'cpi',
    family: 'cpi',
    date: ['child protection inspections (cpi) publication date'],
    grades: { overall: ['cpi overall effectiveness (oe)'] },
  },
  {
    variant: 'cpi-reinspection',
    family: 'cpi',
    date: ['child protection re-inspection (cpri) publication date'],
    grades: { overall: ['cpri overall effectiveness (oe)'] },
  },
  {
    variant: 'tlac',
    family: 'tlac',
    date: ['targeted looked after children (tlac) inspection publication date'],
    grades: { overall: ['tlac overall effectiveness (oe)'] },
  },
  {
    variant: 'sif',
    family: 'sif',
    date: ["single inspection of la children's services (sif) first sif publication date"],
    grades: {
      overall: ['first sif overall judgement (oe)'],
      'help-and-protection': ['first sif children who need help and protection'],
      'looked-after-and-permanence': ['first sif children looked after and achieving permanence'],
      adoption: ['first sif cla sub: adoption performance'],
      'care-leavers': ['first sif cla sub: experiences and progress of care leavers'],
      leadership: ['first sif leadership, management and governance'],
      lscb: ['lscb overall effectiveness'],
    },
  },
  {
    variant: 'sif-reinspection',
    family: 'sif',
    date: ["single inspection of la children's services (sif) sif re-inspection publication date"],
    grades: {
      overall: ['sif re-inspection overall judgement (oe)'],
      'help-and-protection': ['sif re-inspection children who need help and protection'],
      'looked-after-and-permanence': ['sif re-inspection children looked after and achieving permanence'],
      adoption: ['sif re-inspection cla sub: adoption performance'],
      'care-leavers': ['sif re-inspection cla sub: experiences and progress of care leavers'],
      leadership: ['sif re-inspection leadership, management and governance'],
    },
  },
  {
    variant: 'ilacs',
    family: 'ilacs',
    type: first('first ilacs framework inspection type'),
    date: first('first ilacs framework publication date'),
    grades: {
      overall: first('first ilacs framework overall effectiveness'),
      leadership: first('first ilacs framework impact of leaders'),
      'help-and-protection': first('first ilacs framework experiences and progress of children who need help and protection'),
      'children-in-care-and-care-leavers': first('first ilacs framework experiences and progress of children in care and care leavers'),
    },
  },
  {
    variant: 'ilacs',
    family: 'ilacs',
    type: ['second ilacs framework inspection type'],
    date: ['second ilacs framework publication date'],
    grades: {
      overall: ['second ilacs framework overall effectiveness'],
      leadership: ['second ilacs framework impact of leaders'],
      'help-and-protection': ['second ilacs framework experiences and progress of children who need help and protection'],
      'children-in-care': ['second ilacs framework experiences and progress of children in care'],
      'care-leavers': ['second ilacs framework experiences and progress of care leavers'],
    },
  },
];

/** Columns of the ILACS-era tables (history, in-year, as-at), whichever of them a table has. */
const ILACS_COLUMNS = {
  link: ['web link'],
  gss: ['local authority area code'],
  name: ['local authority name'],
  status: ['local authority status'],
  region: ['ofsted region', 'region', 'la region'],
  start: ['inspection date', 'inspection/visit date'],
  published: ['publication date'],
  type: ['inspection type', 'inspection/visit type'],
  theme: ['visit theme'],
};
const ILACS_GRADES: Record<string, Names> = {
  overall: ['overall effectiveness'],
  leadership: ['impact of leaders on social work practice with children and families', 'impact of leaders'],
  'help-and-protection': ['experiences and progress of children who need help and protection'],
  'children-in-care': ['experiences and progress of children in care'],
  'care-leavers': ['experiences and progress of care leavers'],
};
const LA_COUNCIL_COLUMNS = {
  link: ['web link'],
  name: ['local authority name'],
  region: ['la region', 'ofsted region'],
  type: ['la authority type'],
};
const LOOKUP_COLUMNS = {
  urn: ['urn'],
  laCode: ['la_code'],
  gss: ['la_code_new'],
  name: ['local_authority_ons_name'],
  aka: ['also_known_as'],
  type: ['ons_la_type'],
  ltla: ['ltla23nm'],
  utla: ['utla23nm'],
};
/** la_lookup columns this importer has no use for (statistical neighbours, populations…). */
const LOOKUP_IGNORED = [
  'stat_neighbours', 'stat_neighbours_la_code', 'stat_neighbours_previous', 'region_code', 'region_name', 'domain',
  'ofsted_ilacs_scrape_la_name', 'rgn22cd', 'rgn22nm', 'ltla23nmw', 'country', 'ons_population_0-25',
];

function detectType(headers: string[]): TableType | undefined {
  const has = (name: string) => headers.includes(name);
  if (has('la_code_new')) return 'lookup';
  if (!has('local authority name')) return undefined;
  if (headers.some((h) => h.startsWith('safeguarding & looked after children (slac)'))) return 'la-inspections';
  if (has('local authority status')) return 'ilacs-history';
  if (has('inspection/visit type')) return 'in-year';
  if (has('overall effectiveness') && has('inspection date')) return 'as-at';
  return undefined;
}

const isHeaderRow = (row: SheetRow) => row.cells.some((c) => ['local authority name', 'la_code_new'].includes(normHeader(c.text)));
const nonEmpty = (row: SheetRow) => row.cells.filter((c) => c.text || c.link).length;

/** The day an "as at" table is for, in its title, sheet or file name: "31 March 2025". */
const AS_AT = new RegExp(`\\b(\\d{1,2})\\s+(${MONTHS.join('|')})\\s+((?:19|20)\\d{2})\\b`, 'i');

/** The dataset id and edition a table's title (or sheet name) gives. */
export function datasetOf(type: TableType, title: string, sheet: Sheet): Dataset | { error: string } {
  const text = `${title} ${sheet.name} ${sheet.file}`.replace(/_/g, '-');
  const base = { type, title, file: sheet.file, sheet: sheet.name };
  const span = /\b((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\b/.exec(text);
  const season = /\b((?:19|20)\d{2})\s*[-–]\s*(\d{2})\b/.exec(text);
  const asAt = AS_AT.exec(text);
  const why = { error: `${sheet.file} (${sheet.name}): cannot tell which year the table is for from its title '${title}'` };
  switch (type) {
    case 'la-inspections':
      return span ? { ...base, id: `ofsted-la-inspections-${span[1]}-${span[2]}`, edition: Number(span[2]) } : why;
    case 'ilacs-history':
      return span ? { ...base, id: `ofsted-ilacs-history-${span[2]}`, edition: Number(span[2]) } : why;
    case 'in-year':
      return season ? { ...base, id: `ofsted-in-year-${season[1]}-${season[2]}`, edition: Number(season[1]) + 1 } : why;
    case 'as-at': {
      if (!asAt) return why;
      const month = pad(monthNumber(asAt[2]));
      return { ...base, id: `ofsted-as-at-${asAt[3]}-${month}-${pad(asAt[1])}`, edition: Number(asAt[3]) };
    }
    case 'lookup':
      return { ...base, id: 'la-lookup', edition: 0 };
  }
}

/** The dataset ids an `imported` value lists (comma- or space-separated). */
export function importedIds(value: string | undefined): string[] {
  return value ? value.split(/[\s,]+/).filter(Boolean) : [];
}

/** The years ("2022–23") whose in-year table the entries' `imported` values name, oldest first. */
export function inYearSeasons(importedValues: Iterable<string | undefined>): string[] {
  const seasons = new Set<string>();
  for (const value of importedValues) {
    for (const id of importedIds(value)) {
      const m = /^ofsted-in-year-(\d{4})-(\d{2})$/.exec(id);
      if (m) seasons.add(`${m[1]}–${m[2]}`);
    }
  }
  return [...seasons].sort();
}

/**
 * Which of Ofsted's visits the site holds, in words. Only Ofsted's in-year
 * tables list monitoring and focused visits, and only the years `seasons`
 * are imported, so a journey's visits in other years are there only where
 * an officer added them: a reader counting visits must be told.
 */
export function describeVisitCoverage(seasons: string[]): string {
  return seasons.length
    ? `Ofsted’s monitoring and focused visits are here for ${listPhrase(seasons)}, from its official statistics for ${seasons.length === 1 ? 'that year' : 'those years'}; for other years, only those an officer has added.`
    : 'Ofsted’s monitoring and focused visits are here only where an officer has added them.';
}

/**
 * What a dataset id written to `imported` names, in words for the entry
 * page: the inverse of datasetOf. An id this version does not know is shown
 * as it is.
 */
export function describeDataset(id: string): string {
  let m = /^ofsted-la-inspections-(\d{4})-(\d{4})$/.exec(id);
  if (m) return `Local authority inspections, ${m[1]} to ${m[2]}`;
  m = /^ofsted-ilacs-history-(\d{4})$/.exec(id);
  if (m) return `ILACS inspection history, 2018 to ${m[1]}`;
  m = /^ofsted-in-year-(\d{4})-(\d{2})$/.exec(id);
  if (m) return `Inspections and visits in the year ${m[1]}–${m[2]}`;
  m = /^ofsted-as-at-(\d{4}-\d{2}-\d{2})$/.exec(id);
  if (m && isCalendarDate(m[1])) return `Councils’ latest judgements as at ${formatDate(m[1])}`;
  return id;
}

interface Segment {
  titles: string[];
  header: SheetRow;
  rows: SheetRow[];
}

/** Splits a sheet into its tables: title lines, a header row, data rows up to a blank or title line. */
function segments(sheet: Sheet): Segment[] {
  const found: Segment[] = [];
  let titles: string[] = [];
  let current: Segment | undefined;
  for (const row of sheet.rows) {
    if (isHeaderRow(row)) {
      current = { titles, header: row, rows: [] };
      found.push(current);
      titles = [];
    } else if (current && nonEmpty(row) > 1) {
      current.rows.push(row);
    } else {
      current = undefined;
      const text = row.cells.find((c) => c.text)?.text;
      if (text) titles.push(text);
    }
  }
  return found;
}

/** Reads every table a sheet holds; sheets with no known table give none. */
export function readSheet(sheet: Sheet): { tables: TableRead[]; errors: string[] } {
  const tables: TableRead[] = [];
  const errors: string[] = [];
  const parts = segments(sheet);
  // The sheet's title is the first title line of its first table.
  const sheetTitle = parts[0]?.titles[0] ?? sheet.name;
  let dataset: Dataset | undefined;
  for (const part of parts) {
    const headers = part.header.cells.map((c) => normHeader(c.text));
    const type = detectType(headers);
    if (!type) continue;
    if (!dataset || dataset.type !== type) {
      const result = datasetOf(type, sheetTitle, sheet);
      if ('error' in result) {
        errors.push(result.error);
        continue;
      }
      dataset = result;
    }
    const former = part.titles.some((t) => /no longer exist|before the restructure|former/i.test(t));
    const read = readSegment(dataset, headers, part.rows, former);
    const same = tables.find((t) => t.dataset.id === read.dataset.id);
    if (same) {
      // A second table in the same sheet (councils that no longer exist).
      same.rows += read.rows;
      same.formerRows += read.formerRows;
      same.events.push(...read.events);
      same.councils.push(...read.councils);
      same.lookup.push(...read.lookup);
      same.problems.push(...read.problems);
      same.notApplicable += read.notApplicable;
      same.unusedColumns = [...new Set([...same.unusedColumns, ...read.unusedColumns])];
    } else {
      tables.push(read);
    }
  }
  return { tables, errors };
}

function readSegment(dataset: Dataset, headers: string[], rows: SheetRow[], formerTable: boolean): TableRead {
  const used = new Set<number>();
  const col = (names: Names): number | undefined => {
    const index = headers.findIndex((h) => names.includes(h));
    if (index < 0) return undefined;
    used.add(index);
    return index;
  };
  const read: TableRead = {
    dataset,
    rows: 0,
    formerRows: 0,
    events: [],
    councils: [],
    lookup: [],
    unusedColumns: [],
    problems: [],
    notApplicable: 0,
  };
  const cell = (row: SheetRow, index: number | undefined): Cell => (index === undefined ? { text: '' } : (row.cells[index] ?? { text: '' }));
  const date = (row: SheetRow, index: number | undefined, what: string): string | undefined => {
    const result = parseOfficialDate(cell(row, index));
    if (result && typeof result === 'object') {
      read.problems.push(`${row.where}: ${what}: ${result.error}`);
      return undefined;
    }
    return result;
  };
  const grades = (row: SheetRow, columns: Record<string, number | undefined>): Record<string, Grade> => {
    const out: Record<string, Grade> = {};
    for (const [area, index] of Object.entries(columns)) {
      if (index === undefined) continue;
      const result = parseGrade(cell(row, index).text);
      if (result === 'not-applicable') read.notApplicable += 1;
      else if (result && typeof result === 'object') read.problems.push(`${row.where}: ${headers[index]}: ${result.error}`);
      else if (result) out[area] = result;
    }
    return out;
  };
  const kindOf = (row: SheetRow, index: number | undefined): Kind | undefined | { error: string } => {
    const text = cell(row, index).text;
    if (!text) return undefined;
    return KIND_TEXT[text.toLowerCase().replace(/\s+/g, ' ')] ?? { error: `'${text}' is not an inspection or visit type this importer knows` };
  };

  if (dataset.type === 'lookup') {
    const c = Object.fromEntries(Object.entries(LOOKUP_COLUMNS).map(([k, names]) => [k, col(names)]));
    for (const name of LOOKUP_IGNORED) col([name]);
    for (const row of rows) {
      const name = cell(row, c.name).text;
      if (!name) continue;
      read.rows += 1;
      const aka = cell(row, c.aka).text.replace(/^\[|\]$/g, '').split(',').map((s) => s.trim()).filter(Boolean);
      const text = (k: string) => cell(row, c[k]).text || undefined;
      read.lookup.push({
        name,
        aliases: [...new Set([...aka, cell(row, c.ltla).text, cell(row, c.utla).text].filter((s) => s && s !== name))],
        gss: text('gss'),
        laCode: text('laCode'),
        urn: text('urn'),
        type: text('type'),
        where: row.where,
      });
    }
  } else if (dataset.type === 'la-inspections') {
    const c = Object.fromEntries(Object.entries(LA_COUNCIL_COLUMNS).map(([k, names]) => [k, col(names)]));
    const groups = LA_GROUPS.map((group) => ({
      group,
      date: col(group.date),
      type: group.type ? col(group.type) : undefined,
      grades: Object.fromEntries(Object.entries(group.grades).map(([area, names]) => [area, col(names)])),
    })).filter((g) => g.date !== undefined);
    for (const row of rows) {
      const name = cell(row, c.name).text;
      if (!name) continue;
      read.rows += 1;
      if (formerTable) read.formerRows += 1;
      const council: CouncilFacts = {
        name,
        former: formerTable,
        region: cell(row, c.region).text || undefined,
        type: cell(row, c.type).text || undefined,
        link: linkOf(cell(row, c.link)),
        dataset,
        where: row.where,
      };
      read.councils.push(council);
      for (const g of groups) {
        const published = date(row, g.date, headers[g.date!]);
        const given = grades(row, g.grades);
        const kind = kindOf(row, g.type);
        if (kind && typeof kind === 'object') {
          read.problems.push(`${row.where}: ${headers[g.type!]}: ${kind.error}; row not imported`);
          continue;
        }
        if (!published) {
          if (Object.keys(given).length) {
            read.problems.push(`${row.where}: ${headers[g.date!]}: blank, but the row gives judgements; not imported (no date to place it)`);
          }
          continue;
        }
        read.events.push({
          dataset,
          where: row.where,
          council,
          kind: kind ?? (g.group.family === 'ilacs' ? undefined : 'inspection'),
          family: g.group.family,
          variant: g.group.variant,
          published,
          grades: given,
        });
      }
    }
  } else {
    const c = Object.fromEntries(Object.entries(ILACS_COLUMNS).map(([k, names]) => [k, col(names)]));
    const g = Object.fromEntries(Object.entries(ILACS_GRADES).map(([area, names]) => [area, col(names)]));
    for (const row of rows) {
      const name = cell(row, c.name).text;
      if (!name) continue;
      read.rows += 1;
      const status = cell(row, c.status).text.toLowerCase();
      const former = formerTable || status.includes('no longer');
      if (former) read.formerRows += 1;
      const council: CouncilFacts = {
        name,
        former,
        gss: cell(row, c.gss).text || undefined,
        region: cell(row, c.region).text || undefined,
        link: linkOf(cell(row, c.link)),
        dataset,
        where: row.where,
      };
      read.councils.push(council);
      const start = date(row, c.start, headers[c.start!] ?? 'inspection date');
      const published = date(row, c.published, headers[c.published!] ?? 'publication date');
      const kind = kindOf(row, c.type);
      if (kind && typeof kind === 'object') {
        read.problems.push(`${row.where}: ${headers[c.type!]}: ${kind.error}; row not imported`);
        continue;
      }
      const given = grades(row, g);
      const graded = kind === undefined || KINDS[kind].graded;
      if (!start && !published) {
        if (Object.keys(given).length || kind) read.problems.push(`${row.where}: no inspection or publication date; not imported`);
        continue;
      }
      const theme = cell(row, c.theme).text || undefined;
      if (!graded && Object.keys(given).length) {
        read.problems.push(`${row.where}: a ${kind} gives judgements; they are left out (visits are not graded)`);
      }
      read.events.push({
        dataset,
        where: row.where,
        council,
        kind,
        family: graded ? 'ilacs' : undefined,
        variant: graded ? 'ilacs' : 'visit',
        ...(start ? { start } : {}),
        ...(published ? { published } : {}),
        grades: graded ? given : {},
        ...(theme && !graded ? { theme } : {}),
      });
    }
  }
  read.unusedColumns = headers.filter((h, i) => h && !used.has(i));
  return read;
}
