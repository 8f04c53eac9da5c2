/**
 * npm run import -- <file|folder…> [--content <dir>] [--dry-run] [--council <id>]
 *
 * Drafts entries from source documents: Ofsted letters and reports (PDF or
 * text) and council committee papers and minutes. Each draft is written to
 * content/entries/<council>/<date>-<kind>.md with draft: true, never over an
 * existing file, and always passes npm run check; what could not be found
 * is left as a TODO for the officer. Prints, for each file, what was found
 * and what was not, or why it was skipped. Exits 0 when every document
 * became a draft, 1 when any did not (a script can then tell that someone
 * must look), and 2 when the command itself is wrong. A document is a file
 * named on its own, or a PDF, text or Word document in a folder; a folder's
 * other files (a README beside the letters) are named, but do not count.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { keptByNpm } from '../src/lib/npm-options.ts';
import { contentDir } from '../src/lib/settings.ts';
import { importFile, listInputs, loadImportContext, SOURCE_EXTENSIONS, valuesOf, type ImportOutcome } from '../src/lib/import/index.ts';
import { displayPath } from '../src/lib/content/problems.ts';
import { KINDS } from '../src/lib/vocabulary.ts';
import { plural } from '../src/lib/list-phrase.ts';

const HELP = `Drafts entries from Ofsted letters and reports and council papers and minutes.

Usage: npm run import -- <file|folder…> [options]

  <file|folder…>     PDF or text files; in a folder (and the folders inside it), its
                     ${SOURCE_EXTENSIONS.join(' ')} files are read, and any other file is named
                     as skipped (save Word documents as PDF first); hidden and system
                     files (.DS_Store, Thumbs.db) are passed over
  --content <dir>    content directory to read councils and themes from and write drafts to
                     (default: ${contentDir()})
  --dry-run          show what would be written, write nothing
  --council <id>     the council the documents are about, when import cannot tell
  -h, --help         this text

Drafts are written as content/entries/<council>/<date>-<kind>.md with draft: true,
never over an existing file (-2, -3… instead). Resolve each TODO, then delete draft: true.

Exit status: 0 when every document became a draft (or would, with --dry-run); 1 when
any did not, each named above with why; 2 when the command line is wrong. A folder's
files other than PDF, text and Word documents are named as skipped, but do not count.`;

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      content: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      council: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (error) {
  console.error(`${(error as Error).message}\n\n${HELP}`);
  process.exit(2);
}
if (args.values.help || !args.positionals.length) {
  console.log(HELP);
  process.exit(args.values.help ? 0 : 2);
}

// An option typed without the -- before it is kept by npm (keptByNpm): a dry
// run typed so wrote its draft, and a --council's value came as a file's name.
const misplaced = ['council', 'content'].filter((name) => keptByNpm(name) !== undefined);
if (misplaced.length) {
  console.error(`${misplaced.map((name) => `--${name}`).join(' and ')} must come after the -- of npm run import, or npm keeps it for itself (allowed: npm run import -- --${misplaced[0]} <value> <file>)`);
  process.exit(2);
}
const dir = args.values.content ?? contentDir();
const dryRun = args.values['dry-run'] || keptByNpm('dry-run') === 'true';
const started = performance.now();
const ctx = await loadImportContext(dir, { council: args.values.council });
if (!ctx.councilRecords.length) {
  console.error(`${displayPath(path.join(dir, 'councils'))}: no council files, so no document can be matched to a council.`);
}
if (!ctx.themeCount) {
  console.error(`${displayPath(path.join(dir, 'themes.yaml'))}: no themes, so no themes are detected.`);
}

const inputs = await listInputs(args.positionals);
const outcomes: ImportOutcome[] = inputs.missing.map((file) => ({ file, status: 'unreadable', reason: 'no such file or folder' }));
for (const file of inputs.missing) console.error(`${file}: could not be read: no such file or folder`);
for (const { file } of inputs.spaced) {
  outcomes.push({ file, status: 'unreadable', reason: 'its name has spaces and was not in quotes' });
  console.error(`${file}: could not be read: its name has spaces in it, so each word was taken for a file of its own (allowed: a name with spaces in quotes; write it like this: npm run import -- "${file}")`);
}
for (const { folder, reason } of inputs.empty) console.error(`${folder}: ${reason}`);

const FIELD_ORDER = ['council', 'kind', 'title', 'committee', 'start_date', 'date', 'published', 'inspectors', 'visit_number', 'framework', 'grades', 'focus', 'themes', 'related', 'summary'] as const;

function show(value: unknown): string {
  if (Array.isArray(value)) return value.join(', ');
  if (value && typeof value === 'object') return Object.entries(value).map(([k, v]) => `${k} ${v}`).join(', ');
  const text = String(value);
  return text.length > 110 ? `“${text.slice(0, 107)}…”` : typeof value === 'string' && text.includes(' ') ? `“${text}”` : text;
}

function report(outcome: ImportOutcome, index: number, total: number) {
  const prefix = total > 1 ? `[${index}/${total}] ` : '';
  const name = displayPath(outcome.file);
  const lines: string[] = [];
  if (outcome.status === 'unreadable' || outcome.status === 'unsupported' || outcome.status === 'other') {
    console.log(`${prefix}${name}: ${outcome.status === 'unreadable' ? 'could not be read' : 'skipped'}: ${outcome.reason}`);
    return;
  }
  const target = outcome.written ? displayPath(outcome.written.file) : undefined;
  if (outcome.status === 'written') lines.push(`${prefix}${name} → ${target}`);
  else if (outcome.status === 'planned') lines.push(`${prefix}${name} → ${target} (dry run: not written)`);
  else lines.push(`${prefix}${name}: nothing written: ${outcome.reason}`);

  const parsed = outcome.parsed;
  if (parsed) {
    const values = valuesOf(parsed.fields) as Record<string, unknown>;
    const what = parsed.type === 'ofsted' ? 'Ofsted letter or report' : 'council paper or minutes';
    lines.push(`  read as: ${what}${outcome.document?.format === 'pdf' ? ` (PDF, ${outcome.document.pages} pages)` : ''}`);
    const found = FIELD_ORDER.filter((f) => values[f] !== undefined && !(f === 'date' && parsed.missing.some((m) => m.field === 'date')));
    lines.push(...found.map((f) => `  found ${f}: ${show(values[f])}`));
    const sections = parsed.sections;
    lines.push(`  found findings: ${sections.strengths.length} strengths, ${sections.improvements.length} areas for improvement, ${sections.nextSteps.length} next steps`);
    for (const m of parsed.missing) lines.push(`  not found ${m.field}: ${m.why}`);
    for (const c of parsed.checks) lines.push(`  check ${c.field}: ${c.message}`);
  }
  if (outcome.held) {
    const noun = outcome.draft ? KINDS[outcome.draft.data.kind].noun : 'visit';
    lines.push(`  note: ${outcome.held.file} already holds this ${noun} (it ${outcome.held.why}): move what the draft adds into that file, then delete the draft (npm run check refuses a second entry for one ${noun})`);
  } else if (outcome.written?.existing.length) {
    lines.push(`  note: ${outcome.written.existing.join(', ')} already exist${outcome.written.existing.length === 1 ? 's' : ''} for this date and kind: is this document already imported?`);
  }
  if (outcome.draft?.todos.length && outcome.status !== 'skipped') lines.push(`  ${plural(outcome.draft.todos.length, 'TODO')} left in the draft for the officer`);
  console.log(lines.join('\n'));
}

const total = inputs.files.length;
for (const [i, { file, skip }] of inputs.files.entries()) {
  let outcome: ImportOutcome;
  try {
    outcome = skip ? { file, status: skip.document ? 'unsupported' : 'other', reason: skip.reason } : await importFile(file, ctx, { dryRun });
  } catch (error) {
    outcome = { file, status: 'skipped', reason: `import failed: ${(error as Error).message}` };
  }
  outcomes.push(outcome);
  report(outcome, i + 1, total);
  if (dryRun && total === 1 && outcome.draft && outcome.status === 'planned') console.log(`\n${outcome.draft.text}`);
}

const count = (status: ImportOutcome['status']) => outcomes.filter((o) => o.status === status).length;
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const parts = [
  dryRun ? `${plural(count('planned'), 'draft')} planned (dry run)` : `${plural(count('written'), 'draft')} written`,
  count('skipped') ? `${count('skipped')} with nothing written` : '',
  count('unsupported') ? `${count('unsupported')} to save as PDF first` : '',
  count('unreadable') ? `${count('unreadable')} could not be read` : '',
  count('other') ? `${plural(count('other'), 'other file')} skipped` : '',
].filter(Boolean);
if (outcomes.length > 1) console.log(`\n${plural(outcomes.length, 'file')}: ${parts.join(', ')} in ${seconds} s`);
// Other files in a folder (a README beside the letters) are named, but are not documents that failed.
const documents = outcomes.length - count('other');
const drafted = count(dryRun ? 'planned' : 'written');
process.exit(drafted === documents && !inputs.empty.length ? 0 : 1);
