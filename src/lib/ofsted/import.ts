/**
 * The Ofsted import from end to end: read the tables, join their rows into
 * councils and events, match them with the content already written, and
 * plan every file to write. Nothing is written unless asked, and nothing
 * that fails the content contract is ever written.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatProblem } from '../content/problems.ts';
import { firstFreeName } from '../content/entry-names.ts';
import { parseYaml } from '../content/read.ts';
import { councilSchema, type EntryData } from '../content/schema.ts';
import { sameVisit } from '../content/same-visit.ts';
import { checkEntryFile, loadContent } from '../content/validate.ts';
import { KINDS } from '../vocabulary.ts';
import { buildCouncils } from './councils.ts';
import { compareText, readSheet, type CouncilFacts, type LookupFacts, type OfficialEvent, type TableRead } from './datasets.ts';
import { compareOfficialEntries, mergeEvents, type OfficialEntry } from './events.ts';
import { hasMarker, splitFrontMatter } from './frontmatter.ts';
import { editCouncil, editEntry, matchScore, newCouncilText, newEntryText } from './merge.ts';
import { readTableFile } from './tables.ts';

export interface ImportOptions {
  /** `.ods` workbooks and `.csv` exports of their sheets. */
  files: string[];
  /** The content directory, as it should appear in messages. */
  contentDir: string;
  dryRun?: boolean;
}

export interface ImportSummary {
  tables: { file: string; sheet: string; dataset: string; title: string; rows: number; formerRows: number; events: number }[];
  skipped: string[];
  councils: { total: number; former: number; added: string[]; updated: { file: string; fields: string[] }[]; unchanged: string[] };
  entries: { total: number; added: string[]; updated: { file: string; fields: string[] }[]; unchanged: string[] };
  /** Existing value kept where Ofsted's differs: `file: field: message`. */
  conflicts: string[];
  /** Ofsted's tables disagree with each other: `file: field: message`. */
  disagreements: string[];
  /** Official facts left out of a file, and why. */
  notWritten: string[];
  unmappedThemes: { label: string; visits: number }[];
  /** Cells that could not be read, and files that would not have passed the checks. */
  problems: string[];
  notes: string[];
  unusedColumns: string[];
  /** Problems `npm run check` finds in the content before the import. */
  existingProblems: number;
  writes: { path: string; display: string; text: string }[];
}

/** Sheets worth parsing: those with a council table's header. */
const keepSheet = (_name: string, xml: string) => /local authority name|la_code_new/i.test(xml);

/** Reads all tables given; a dataset given twice (ODS and its CSV export) is read once, ODS first. */
export async function readTables(files: string[]): Promise<{ tables: TableRead[]; skipped: string[]; problems: string[] }> {
  const ordered = [...files].sort((a, b) => Number(!a.toLowerCase().endsWith('.ods')) - Number(!b.toLowerCase().endsWith('.ods')) || compareText(a, b));
  const tables: TableRead[] = [];
  const skipped: string[] = [];
  const problems: string[] = [];
  for (const file of ordered) {
    const sheets = await readTableFile(file, keepSheet);
    let found = 0;
    for (const sheet of sheets) {
      const { tables: read, errors } = readSheet(sheet);
      problems.push(...errors);
      for (const table of read) {
        found += 1;
        const same = tables.find((t) => t.dataset.id === table.dataset.id);
        if (same) {
          skipped.push(`${file} (${sheet.name}): ${table.dataset.id} already read from ${same.dataset.file}${same.dataset.file.toLowerCase().endsWith('.ods') ? ` (${same.dataset.sheet})` : ''}`);
        } else {
          tables.push(table);
        }
      }
    }
    if (!found) skipped.push(`${file}: no table this importer knows (it reads council tables with a "Local authority name" column, and la_lookup.csv)`);
  }
  return { tables, skipped, problems };
}

interface ExistingEntry {
  name: string;
  path: string;
  display: string;
  text: string;
  owned: boolean;
  data: NonNullable<ReturnType<typeof checkEntryFile>['entry']>['data'];
}

export async function runImport(options: ImportOptions): Promise<ImportSummary> {
  const dir = path.resolve(options.contentDir);
  const shown = (rel: string) => path.join(options.contentDir, rel).split(path.sep).join('/');
  const { tables, skipped, problems } = await readTables(options.files);
  const summary: ImportSummary = {
    tables: tables.map((t) => ({
      file: t.dataset.file,
      sheet: t.dataset.sheet,
      dataset: t.dataset.id,
      title: t.dataset.title,
      rows: t.rows,
      formerRows: t.formerRows,
      events: t.events.length,
    })),
    skipped,
    councils: { total: 0, former: 0, added: [], updated: [], unchanged: [] },
    entries: { total: 0, added: [], updated: [], unchanged: [] },
    conflicts: [],
    disagreements: [],
    notWritten: [],
    unmappedThemes: [],
    problems: [...problems, ...tables.flatMap((t) => t.problems)],
    notes: [],
    unusedColumns: tables.flatMap((t) => t.unusedColumns.map((c) => `${t.dataset.file} (${t.dataset.sheet}): column '${c}' is not read`)),
    existingProblems: 0,
    writes: [],
  };
  const notApplicable = tables.reduce((n, t) => n + t.notApplicable, 0);
  if (notApplicable) summary.notes.push(`${notApplicable} judgement cells marked "-" (not applicable) were left out`);

  const content = existsSync(dir) ? await loadContent(dir) : { councils: [], entries: [], themes: [], problems: [], entryFiles: 0 };
  summary.existingProblems = content.problems.length;
  if (!content.themes.length) summary.notes.push(`${shown('themes.yaml')} has no themes: visit themes cannot be mapped`);

  const facts: CouncilFacts[] = tables.flatMap((t) => t.councils);
  const lookup: LookupFacts[] = tables.flatMap((t) => t.lookup);
  const events: OfficialEvent[] = tables.flatMap((t) => t.events);
  const existingByCode = new Map(content.councils.filter((c) => c.data.gss_code).map((c) => [c.data.gss_code!, c.id]));
  const councilSet = buildCouncils(facts, lookup, existingByCode);
  summary.notes.push(...councilSet.notes);
  const officials = mergeEvents(events, (e) => councilSet.idOf(e.council));
  summary.councils.total = councilSet.councils.size;
  summary.councils.former = [...councilSet.councils.values()].filter((c) => c.former).length;
  summary.entries.total = officials.length;

  const write = (rel: string, text: string) => summary.writes.push({ path: path.join(dir, rel), display: shown(rel), text });

  // Councils.
  const usable = new Set<string>();
  for (const d of councilSet.disagreements.filter((d) => !d.entry)) {
    summary.disagreements.push(`${shown(`councils/${d.council}.yaml`)}: ${d.field}: ${d.message}`);
  }
  for (const council of councilSet.councils.values()) {
    const rel = `councils/${council.id}.yaml`;
    const file = path.join(dir, rel);
    const existing = content.councils.find((c) => c.id === council.id);
    if (existing) {
      const result = editCouncil(await readFile(file, 'utf8'), existing.data, council, (a, b) => councilSet.sameLink(council.id, a, b));
      if ('error' in result) {
        summary.problems.push(`${shown(rel)}: not updated: ${result.error}`);
        usable.add(council.id);
        continue;
      }
      summary.conflicts.push(...result.conflicts.map((c) => `${shown(rel)}: ${c.field}: ${c.message}`));
      if (result.text && checkCouncilText(shown(rel), result.text, summary)) {
        write(rel, result.text);
        summary.councils.updated.push({ file: shown(rel), fields: result.changed });
      } else {
        summary.councils.unchanged.push(shown(rel));
      }
      usable.add(council.id);
    } else if (existsSync(file)) {
      summary.problems.push(`${shown(rel)}: not updated, and its entries not imported: the file has problems (run npm run check)`);
    } else {
      const text = newCouncilText(council);
      if (checkCouncilText(shown(rel), text, summary)) {
        write(rel, text);
        summary.councils.added.push(shown(rel));
        usable.add(council.id);
      }
    }
  }

  // Entries, council by council.
  const themeIds = new Set(content.themes.map((t) => t.id));
  const unmapped = new Map<string, number>();
  const byCouncil = new Map<string, OfficialEntry[]>();
  for (const o of officials) byCouncil.set(o.council, [...(byCouncil.get(o.council) ?? []), o]);
  for (const [councilId, list] of [...byCouncil].sort(([a], [b]) => compareText(a, b))) {
    if (!usable.has(councilId)) continue;
    // Words written into entries use the council's short name as its file has it.
    const official = councilSet.councils.get(councilId)!;
    const file = content.councils.find((c) => c.id === councilId);
    const council = file ? { ...official, short_name: file.data.short_name } : official;
    const folder = path.join(dir, 'entries', councilId);
    const names = existsSync(folder) ? (await readdir(folder)).sort() : [];
    const taken = new Set(names);
    const existing: ExistingEntry[] = [];
    for (const record of content.entries.filter((e) => e.council === councilId).sort((a, b) => compareText(a.id, b.id))) {
      const name = `${record.id.slice(councilId.length + 1)}.md`;
      const file = path.join(folder, name);
      const text = await readFile(file, 'utf8');
      const parts = splitFrontMatter(text);
      existing.push({ name, path: file, display: shown(`entries/${councilId}/${name}`), text, owned: !!parts && hasMarker(parts.yaml), data: record.data });
    }

    // Closest pairs first; each existing entry stands for one event at most.
    const pairs: { o: number; e: number; score: number }[] = [];
    list.forEach((o, oi) =>
      existing.forEach((e, ei) => {
        const score = matchScore(e.data, e.owned, o);
        if (score !== undefined) pairs.push({ o: oi, e: ei, score });
      }),
    );
    pairs.sort((a, b) => a.score - b.score || a.o - b.o || a.e - b.e);
    const matchOf = new Map<number, number>();
    const used = new Set<number>();
    for (const p of pairs) {
      if (matchOf.has(p.o) || used.has(p.e)) continue;
      matchOf.set(p.o, p.e);
      used.add(p.e);
    }

    const ctx = { council, themeIds };
    const ordered = list.map((o, i) => ({ o, i })).sort((a, b) => compareOfficialEntries(a.o, b.o));
    for (const { o, i } of ordered) {
      let rel: string;
      let unmappedThemes: string[] = [];
      const matched = matchOf.get(i);
      if (matched !== undefined) {
        const e = existing[matched];
        rel = `entries/${councilId}/${e.name}`;
        const result = editEntry(e.text, e.data, o, ctx);
        if ('error' in result) {
          summary.problems.push(`${e.display}: not updated: ${result.error}`);
          continue;
        }
        unmappedThemes = result.unmappedThemes;
        summary.conflicts.push(...result.conflicts.map((c) => `${e.display}: ${c.field}: ${c.message}`));
        summary.notWritten.push(...result.notWritten.map((c) => `${e.display}: ${c.field}: ${c.message}`));
        if (result.text && checkEntryText(e.display, councilId, e.name, result.text, summary)) {
          write(rel, result.text);
          summary.entries.updated.push({ file: e.display, fields: result.changed });
        } else {
          summary.entries.unchanged.push(e.display);
        }
      } else {
        const { name } = firstFreeName(o, taken);
        rel = `entries/${councilId}/${name}`;
        const created = newEntryText(o, ctx);
        unmappedThemes = created.unmappedThemes;
        const data = checkEntryText(shown(rel), councilId, name, created.text, summary);
        if (!data) continue;
        const held = heldBy(data, existing);
        if (held) {
          summary.problems.push(`not written: ${shown(rel)}: ${held}`);
          continue;
        }
        taken.add(name);
        write(rel, created.text);
        summary.entries.added.push(shown(rel));
      }
      for (const label of unmappedThemes) unmapped.set(label, (unmapped.get(label) ?? 0) + 1);
      summary.disagreements.push(...o.disagreements.map((d) => `${shown(rel)}: ${d.field}: ${d.message}`));
      summary.notes.push(...o.notes.map((n) => `${shown(rel)}: ${n}`));
    }
  }
  summary.unmappedThemes = [...unmapped].map(([label, visits]) => ({ label, visits })).sort((a, b) => compareText(a.label, b.label));

  if (!options.dryRun) {
    for (const w of summary.writes) {
      await mkdir(path.dirname(w.path), { recursive: true });
      await writeFile(w.path, w.text);
    }
  }
  return summary;
}

/** The data of an entry file to write, when it passes the checks on one file; else why not, in the summary. */
function checkEntryText(display: string, council: string, name: string, text: string, summary: ImportSummary): EntryData | undefined {
  const check = checkEntryFile(display, council, name, text);
  summary.problems.push(...check.problems.map((p) => `not written: ${formatProblem(p)}`));
  return check.entry?.data;
}

/**
 * Which existing entry already holds a new entry's visit, by the rule of
 * npm run check (which would refuse the new one): one the import did not
 * match, say an officer's with a mistyped date or another framework.
 */
function heldBy(data: EntryData, existing: ExistingEntry[]): string | undefined {
  const noun = KINDS[data.kind].noun;
  for (const e of existing) {
    const same = sameVisit(data, e.data);
    if (same) return `${e.display} already holds this ${noun} (it ${same.why}), but the import could not match it to Ofsted's: check its dates, framework and grades against Ofsted's tables, and the next import updates it (a second entry for one ${noun} would not pass npm run check)`;
  }
  return undefined;
}

function checkCouncilText(display: string, text: string, summary: ImportSummary): boolean {
  const parsed = parseYaml(text);
  const result = parsed.errors.length ? undefined : councilSchema.safeParse(parsed.data);
  if (result?.success) return true;
  const why = parsed.errors.length
    ? parsed.errors.map((e) => e.message).join('; ')
    : result!.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  summary.problems.push(`not written: ${display}: ${why}`);
  return false;
}
