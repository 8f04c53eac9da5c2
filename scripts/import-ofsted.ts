/**
 * npm run import:ofsted -- <file.ods|file.csv …> [--dry-run] [--content <dir>]
 *
 * Imports Ofsted's official statistics on local authority children's
 * services (the ODS workbooks as published, or CSV exports of their sheets,
 * plus la_lookup.csv if given) into the content directory: a council file
 * per council and an entry per inspection or visit, merged with what is
 * already there. Prints what it added, updated and left unchanged, and every
 * conflict and disagreement on its own line. Exit 1 when a file could not be
 * written because it would not have passed `npm run check`.
 */
import { runImport, type ImportSummary } from '../src/lib/ofsted/import.ts';
import { contentDir } from '../src/lib/settings.ts';
import { plural } from '../src/lib/list-phrase.ts';

const USAGE = 'usage: npm run import:ofsted -- <file.ods|file.csv …> [--dry-run] [--content <dir>]';

function parseArgs(argv: string[]): { files: string[]; dryRun: boolean; content: string } {
  const files: string[] = [];
  let dryRun = false;
  let content = contentDir();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--dry-run') dryRun = true;
    else if (arg === '--content') {
      const value = argv[++i];
      if (!value) throw new Error(`--content needs a directory\n${USAGE}`);
      content = value;
    } else if (arg.startsWith('--content=')) content = arg.slice('--content='.length);
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}\n${USAGE}`);
    else files.push(arg);
  }
  if (!files.length) throw new Error(`no tables given\n${USAGE}`);
  return { files, dryRun, content };
}

function section(title: string, lines: string[]): string[] {
  return lines.length ? [`${title}: ${lines.length}`, ...lines.map((l) => `  ${l}`)] : [`${title}: 0`];
}

export function formatSummary(s: ImportSummary, dryRun: boolean, seconds: number): string {
  const out: string[] = [];
  out.push(`Tables read: ${s.tables.length}`);
  for (const t of s.tables) {
    const former = t.formerRows ? `, ${t.formerRows} of councils that no longer exist` : '';
    out.push(`  ${t.dataset}: ${t.file}${t.file.toLowerCase().endsWith('.ods') ? ` (${t.sheet})` : ''}: ${t.rows} rows${former}, ${t.events} inspections and visits`);
  }
  out.push(...s.skipped.map((l) => `  skipped ${l}`));
  const updated = (list: { file: string; fields: string[] }[]) => list.map((u) => `${u.file} (${u.fields.join(', ')})`);
  out.push(
    `Councils: ${s.councils.total} in the tables (${s.councils.former} no longer exist): added ${s.councils.added.length}, updated ${s.councils.updated.length}, unchanged ${s.councils.unchanged.length}`,
  );
  out.push(...updated(s.councils.updated).map((l) => `  updated ${l}`));
  out.push(
    `Entries: ${s.entries.total} inspections and visits: added ${s.entries.added.length}, updated ${s.entries.updated.length}, unchanged ${s.entries.unchanged.length}`,
  );
  out.push(...updated(s.entries.updated).map((l) => `  updated ${l}`));
  out.push(...section('Conflicts (the existing value is kept)', s.conflicts));
  out.push(...section('Disagreements between Ofsted tables (the newer, more detailed table is followed)', s.disagreements));
  out.push(...section('Official facts not written', s.notWritten));
  out.push(
    ...section(
      'Visit themes with no theme id in themes.yaml (not added)',
      s.unmappedThemes.map((t) => `"${t.label}": ${plural(t.visits, 'visit')}`),
    ),
  );
  if (s.unusedColumns.length) out.push(...section('Columns not read', s.unusedColumns));
  out.push(...section('Problems', s.problems));
  if (s.notes.length) out.push(...section('Notes', s.notes));
  if (s.existingProblems) out.push(`The content had ${s.existingProblems} problem(s) before the import: run npm run check.`);
  out.push(
    dryRun
      ? `Dry run: nothing written (${plural(s.writes.length, 'file')} would be). ${seconds.toFixed(1)} s.`
      : `Wrote ${plural(s.writes.length, 'file')} in ${seconds.toFixed(1)} s.`,
  );
  return out.join('\n');
}

if (import.meta.main) {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  const started = performance.now();
  try {
    const summary = await runImport({ files: args.files, contentDir: args.content, dryRun: args.dryRun });
    console.log(formatSummary(summary, args.dryRun, (performance.now() - started) / 1000));
    if (summary.problems.some((p) => p.startsWith('not written'))) process.exitCode = 1;
  } catch (error) {
    console.error(`import:ofsted: ${(error as Error).message}`);
    process.exit(1);
  }
}
