/**
 * Councils as Ofsted's tables name them, turned into council files: one id
 * per council whatever spelling a table uses ("Bedford Borough", "Bedford";
 * "Telford & Wrekin", "Telford and Wrekin"), with the facts of the newest
 * table that has them, and the reorganisations that ended some councils.
 */
import type { CouncilType } from '../vocabulary.ts';
import { compareDatasets, compareNatural, type CouncilFacts, type LookupFacts } from './datasets.ts';
import { comparableLink } from './links.ts';

/**
 * Reorganisations the tables reflect ("no longer exists"). The dates are the
 * days the new councils took over (the tables do not give them).
 */
export const REORGANISATIONS: { date: string; from: string[]; to: string[] }[] = [
  { date: '2019-04-01', from: ['bournemouth', 'poole', 'dorset-county-council'], to: ['bournemouth-christchurch-and-poole'] },
  { date: '2019-04-01', from: ['dorset-county-council'], to: ['dorset'] },
  { date: '2021-04-01', from: ['northamptonshire'], to: ['north-northamptonshire', 'west-northamptonshire'] },
  { date: '2023-04-01', from: ['cumbria'], to: ['cumberland', 'westmorland-and-furness'] },
];

/** Councils that no longer exist whose name a current council now has. */
const FORMER_NAMES: Record<string, { id: string; name: string; short_name: string }> = {
  dorset: { id: 'dorset-county-council', name: 'Dorset County Council', short_name: 'Dorset County' },
};

/** Spellings of one council that normalising alone does not join. */
const ALIASES: Record<string, string> = {
  'bedford borough': 'bedford',
  'county durham': 'durham',
  'durham county': 'durham',
  bcp: 'bournemouth christchurch and poole',
  hull: 'kingston upon hull',
  'herefordshire county of': 'herefordshire',
};

/** Ofsted's "LA Authority Type" (and la_lookup's) → the contract's council types. */
const TYPES: Record<string, CouncilType> = {
  'shire county': 'county',
  county: 'county',
  unitary: 'unitary',
  'unitary authority': 'unitary',
  'metropolitan district': 'metropolitan-borough',
  'metropolitan borough': 'metropolitan-borough',
  'london borough': 'london-borough',
};

/** ONS code prefixes: the kind of area the code is for. */
const GSS_TYPES: Record<string, CouncilType> = {
  E06: 'unitary',
  E08: 'metropolitan-borough',
  E09: 'london-borough',
  E10: 'county',
};

/**
 * Councils whose type their tables and ONS code get wrong: the City of
 * London has a London-borough code (E09) and Ofsted lists it as one, but it
 * is the City of London Corporation, not a borough.
 */
const TYPE_BY_CODE: Record<string, CouncilType> = { E09000001: 'other' };

/** The eight Ofsted regions, as the 2025 tables spell them. */
const REGIONS = [
  'East Midlands',
  'East of England',
  'London',
  'North East, Yorkshire and the Humber',
  'North West',
  'South East',
  'South West',
  'West Midlands',
];

/** A council's name reduced to the words that identify it: "Bristol, City of" → "bristol". */
export function councilKey(name: string): string {
  const key = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[’'`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/ city of$/, '')
    .replace(/ (council|borough council|city council|county council|metropolitan borough council)$/, '');
  return ALIASES[key] ?? key;
}

/** The council id a table's name stands for. */
export function councilIdFor(name: string, former: boolean): string {
  const key = councilKey(name);
  if (former && FORMER_NAMES[key]) return FORMER_NAMES[key].id;
  return key.replace(/ /g, '-');
}

export function displayName(name: string): string {
  return name.replace(/\s*&\s*/g, ' and ').replace(/\s+/g, ' ').trim();
}

export interface OfficialCouncil {
  id: string;
  name: string;
  short_name: string;
  gss_code?: string;
  type: CouncilType;
  region?: string;
  ofsted_url?: string;
  abolished?: string;
  successors?: string[];
  predecessors?: string[];
  /** Some table says it no longer exists. */
  former: boolean;
}

/** Something two sources say differently, and what was kept. */
export interface Disagreement {
  council: string;
  /** Undefined for the council file itself. */
  entry?: string;
  field: string;
  message: string;
}

export interface CouncilSet {
  councils: Map<string, OfficialCouncil>;
  /** The council id of a row's facts. */
  idOf(facts: CouncilFacts): string;
  disagreements: Disagreement[];
  notes: string[];
  /** Whether two links are the same Ofsted page for this council (http/https, its LA number or URN). */
  sameLink(id: string, a: string, b: string): boolean;
}

/**
 * Joins every row's facts into one record per council. `existing` maps ONS
 * codes of council files already written to their ids, so a council an
 * officer filed under another id is found rather than added twice.
 */
export function buildCouncils(facts: CouncilFacts[], lookup: LookupFacts[], existing: Map<string, string> = new Map()): CouncilSet {
  const disagreements: Disagreement[] = [];
  const notes: string[] = [];
  const ordered = [...facts].sort((a, b) => compareDatasets(a.dataset, b.dataset) || compareNatural(a.where, b.where));

  // Ids: by name; a council file already written with the row's ONS code
  // keeps its id, and so do the rows that name that council without a code.
  const redirect = new Map<string, string>();
  for (const f of ordered) {
    const nameId = councilIdFor(f.name, f.former);
    const fileId = f.gss ? existing.get(f.gss) : undefined;
    if (fileId && fileId !== nameId && !redirect.has(nameId)) redirect.set(nameId, fileId);
  }
  const idByFacts = new Map<CouncilFacts, string>();
  const idByGss = new Map<string, string>();
  for (const f of ordered) {
    const nameId = councilIdFor(f.name, f.former);
    const id = redirect.get(nameId) ?? nameId;
    idByFacts.set(f, id);
    if (f.gss && !idByGss.has(f.gss)) idByGss.set(f.gss, id);
  }
  const byId = new Map<string, CouncilFacts[]>();
  for (const f of ordered) {
    const id = idByFacts.get(f)!;
    byId.set(id, [...(byId.get(id) ?? []), f]);
  }

  const lookupById = new Map<string, LookupFacts>();
  for (const row of lookup) {
    const ids = [row.name, ...row.aliases].map((n) => councilIdFor(n, false)).map((i) => redirect.get(i) ?? i);
    const id = (row.gss && (existing.get(row.gss) ?? idByGss.get(row.gss))) || ids.find((i) => byId.has(i));
    if (id && byId.has(id) && !lookupById.has(id)) lookupById.set(id, row);
  }

  // Links: the same link for several councils (Ofsted's 2025 tables give the
  // successor's page for councils that no longer exist) is the weaker choice.
  const councilsByLink = new Map<string, Set<string>>();
  for (const [id, list] of byId) {
    for (const f of list) if (f.link) councilsByLink.set(comparableLink(f.link), (councilsByLink.get(comparableLink(f.link)) ?? new Set()).add(id));
  }

  const councils = new Map<string, OfficialCouncil>();
  for (const id of [...byId.keys()].sort()) {
    const list = byId.get(id)!;
    const newest = list[0];
    const look = lookupById.get(id);
    const former = list.some((f) => f.former) || REORGANISATIONS.some((r) => r.from.includes(id));
    const special = Object.values(FORMER_NAMES).find((n) => n.id === id);
    const name = special?.name ?? displayName(newest.name);
    const council: OfficialCouncil = { id, name, short_name: special?.short_name ?? name, type: 'other', former };

    // ONS code: Ofsted's tables first, then the lookup.
    const codes = [...new Set(list.map((f) => f.gss).filter((c): c is string => !!c))];
    const officialCode = list.find((f) => f.gss)?.gss;
    if (codes.length > 1) {
      disagreements.push({ council: id, field: 'gss_code', message: `Ofsted's tables give ${codes.join(' and ')}; kept ${officialCode} (${list.find((f) => f.gss)!.dataset.id})` });
    }
    if (officialCode && look?.gss && look.gss !== officialCode) {
      disagreements.push({ council: id, field: 'gss_code', message: `${list.find((f) => f.gss)!.dataset.id} gives ${officialCode}, la_lookup.csv gives ${look.gss}; kept ${officialCode}` });
    }
    const gss = officialCode ?? look?.gss;
    if (gss && /^[EWSN]\d{8}$/.test(gss)) council.gss_code = gss;

    // Type: the kind of area the ONS code of the newest table is for (councils
    // change type: Buckinghamshire, North Yorkshire and Somerset became unitary
    // after the 2009–2023 table's "LA Authority Type" was written), else
    // Ofsted's "LA Authority Type", else the lookup's.
    const ofstedType = list.find((f) => f.type);
    const fromOfsted = ofstedType ? TYPES[ofstedType.type!.toLowerCase()] : undefined;
    if (ofstedType && !fromOfsted) notes.push(`${id}: LA Authority Type '${ofstedType.type}' is not a type this importer knows`);
    const codeFacts = list.find((f) => f.gss);
    const fromCode = codeFacts ? GSS_TYPES[codeFacts.gss!.slice(0, 3)] : undefined;
    const fromLookup = look?.type ? TYPES[look.type.toLowerCase()] : undefined;
    const codeIsNewer = !!codeFacts && (!ofstedType || compareDatasets(codeFacts.dataset, ofstedType.dataset) < 0);
    council.type = (gss ? TYPE_BY_CODE[gss] : undefined) ?? (codeIsNewer ? (fromCode ?? fromOfsted) : (fromOfsted ?? fromCode)) ?? (gss ? GSS_TYPES[gss.slice(0, 3)] : undefined) ?? fromLookup ?? 'other';
    if (fromOfsted && fromCode && fromOfsted !== fromCode) {
      disagreements.push({
        council: id,
        field: 'type',
        message: `${ofstedType!.dataset.id} says ${ofstedType!.type} (${fromOfsted}), ${codeFacts!.dataset.id} gives the ONS code ${codeFacts!.gss}, a ${fromCode} code; kept ${council.type}`,
      });
    }

    // Region: the newest table's, in the 2025 tables' spelling.
    const regionFacts = list.find((f) => f.region);
    if (regionFacts) council.region = REGIONS.find((r) => r.toLowerCase() === regionFacts.region!.toLowerCase()) ?? regionFacts.region;

    // Link: one the lookup confirms (its LA number or URN), else one no other council shares, newest first.
    const candidates = list.filter((f) => f.link);
    const confirms = (link: string) =>
      !!look && [look.laCode, look.urn].some((code) => code && new RegExp(`/provider/\\d+/${code}$`).test(comparableLink(link)));
    const score = (f: CouncilFacts) =>
      (confirms(f.link!) ? 0 : 2) + ((councilsByLink.get(comparableLink(f.link!))?.size ?? 1) > 1 ? 1 : 0) + (isLegacyLink(f.link!) ? 0.5 : 0);
    const best = [...candidates].sort((a, b) => score(a) - score(b) || compareDatasets(a.dataset, b.dataset) || (a.link!.startsWith('https') ? -1 : 1))[0];
    if (best) {
      council.ofsted_url = best.link;
      const newestLink = candidates[0];
      if (comparableLink(newestLink.link!) !== comparableLink(best.link!) && !sameProvider(newestLink.link!, best.link!, look) && !isLegacyLink(newestLink.link!)) {
        disagreements.push({
          council: id,
          field: 'ofsted_url',
          message: `${newestLink.dataset.id} links to ${newestLink.link}, ${best.dataset.id} to ${best.link}; kept ${best.link} (${confirms(best.link!) ? 'its number is the council’s in la_lookup.csv' : 'no other council has it'})`,
        });
      }
    }
    councils.set(id, council);
  }

  // Reorganisations, for the councils the tables have.
  for (const r of REORGANISATIONS) {
    const from = r.from.filter((id) => councils.has(id));
    const to = r.to.filter((id) => councils.has(id));
    for (const id of from) {
      const c = councils.get(id)!;
      c.abolished = r.date;
      c.successors = [...new Set([...(c.successors ?? []), ...to])].sort();
    }
    for (const id of to) {
      const c = councils.get(id)!;
      c.predecessors = [...new Set([...(c.predecessors ?? []), ...from])].sort();
    }
  }
  for (const c of councils.values()) {
    if (c.former && !c.abolished) notes.push(`${c.id}: a table says it no longer exists, but this importer knows no successor for it (add one to REORGANISATIONS in src/lib/ofsted/councils.ts)`);
    if (!c.successors?.length) delete c.successors;
    if (!c.predecessors?.length) delete c.predecessors;
  }

  return {
    councils,
    idOf: (f) => idByFacts.get(f) ?? redirect.get(councilIdFor(f.name, f.former)) ?? councilIdFor(f.name, f.former),
    disagreements,
    notes,
    sameLink: (id, a, b) => comparableLink(a) === comparableLink(b) || sameProvider(a, b, lookupById.get(id)) || [a, b].some(isLegacyLink),
  };
}

/** Ofsted's pages before report-finder numbered them: `/local-authorities/<name>`; they cannot be compared with numbered ones. */
function isLegacyLink(link: string): boolean {
  return /\/local-authorities\/[^/]+\/?$/i.test(link);
}

/** Two links to one council's page in Ofsted's two numbering schemes (LA number, URN) are not a disagreement. */
function sameProvider(a: string, b: string, look: LookupFacts | undefined): boolean {
  if (!look) return false;
  const codes = [look.laCode, look.urn].filter(Boolean);
  const num = (l: string) => /\/provider\/\d+\/(\d+)$/.exec(comparableLink(l))?.[1];
  return [num(a), num(b)].every((n) => n !== undefined && codes.includes(n));
}
