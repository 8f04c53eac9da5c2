/**
 * npm run check: validates all content without building and prints every
 * problem as `path:line: field: what is wrong (allowed: …)`, then a count.
 * Exit 1 when there is any problem.
 *
 * npm run check -- <file>: the same check, showing the named files'
 * problems and warnings and a count of the other files' (named-files.ts).
 *
 * npm run check -- --watch: checks, then checks again each time a file
 * under the content directory is saved, reprinting the problem list (or
 * "no problems") under the time of the check. Ctrl+C stops it. Files named
 * with it are the ones shown.
 */
import { watch } from 'chokidar';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ENTRY_PATTERN } from '../src/lib/content/entry-names.ts';
import { CONTENT_FILES, loadContent, type ContentSet } from '../src/lib/content/validate.ts';
import { findNamedFile, namedFileProblem, splitByFile } from '../src/lib/content/named-files.ts';
import { describeContent, displayPath, formatProblems, formatWarnings, suggestion, type Problem } from '../src/lib/content/problems.ts';
import { keptByNpm } from '../src/lib/npm-options.ts';
import { contentDir } from '../src/lib/settings.ts';
import { plural } from '../src/lib/list-phrase.ts';

const dir = contentDir();

const summary = (content: ContentSet) => `${dir}: ${describeContent(content)}: no problems`;

/** What a check found: warnings, problems, and the line saying what has none; for the named files alone when there are any. */
function findings(content: ContentSet, files: string[]): { warnings: Problem[]; problems: string; fine: string } {
  if (!files.length) {
    const problems = content.problems.length ? formatProblems(content.problems) : '';
    return { warnings: content.warnings, problems, fine: problems ? '' : summary(content) };
  }
  const { named, others } = splitByFile(content.problems, files);
  const read = new Set([...content.entries, ...content.councils].map((record) => record.file).concat(displayPath(path.join(dir, 'themes.yaml'))));
  const fine = files
    .map(displayPath)
    .filter((file) => !named.some((p) => p.file === file))
    .map((file) => {
      if (!read.has(file)) return `${file}: not a file the site is built from, so not checked (allowed: ${CONTENT_FILES})`;
      const draft = content.entries.some((e) => e.file === file && e.data.draft);
      return `${file}: no problems${draft ? ' (a draft: left out of the site until draft: true is taken out)' : ''}`;
    });
  const otherFiles = new Set(others.map((p) => p.file)).size;
  const elsewhere = others.length
    ? `${plural(others.length, 'problem')} in ${plural(otherFiles, 'other file')}: the site will not build until ${others.length === 1 ? 'it is' : 'they are'} fixed (npm run check with no file named lists them).`
    : '';
  return {
    warnings: splitByFile(content.warnings, files).named,
    problems: [named.length ? formatProblems(named) : '', elsewhere].filter(Boolean).join('\n'),
    fine: fine.join('\n'),
  };
}

/** Saves come in bursts (an editor writes, renames, touches): wait this long after the last event. */
const SETTLE_MS = 150;

/** Warnings, problems and the line saying what has none, as one text. */
const asText = ({ warnings, problems, fine }: ReturnType<typeof findings>) =>
  [warnings.length ? formatWarnings(warnings) : '', problems, fine].filter(Boolean).join('\n');

async function watchContent(files: string[]): Promise<void> {
  // On a terminal each check replaces the last; in a log each is appended.
  const clear = process.stdout.isTTY ? '\x1b[2J\x1b[3J\x1b[H' : '';
  const time = () => new Date().toLocaleTimeString('en-GB', { hour12: false });

  let running = false;
  /** A check asked for while one was running: run it (with its reason) when that one ends. */
  let pending: string | undefined;
  let changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;

  const check = async (reason: string) => {
    if (running) {
      pending = reason;
      return;
    }
    running = true;
    try {
      const result = asText(findings(await loadContent(dir), files));
      process.stdout.write(`${clear}[${time()}] ${reason}\n${result}\n\nWatching ${dir} for changes: Ctrl+C to stop.\n`);
    } catch (error) {
      process.stdout.write(`${clear}[${time()}] ${reason}\nthe check failed: ${(error as Error).message}\n`);
    } finally {
      running = false;
    }
    if (pending) {
      const next = pending;
      pending = undefined;
      await check(next);
    }
  };

  // Watch before the first check, so nothing saved while it runs is missed.
  // chokidar, not fs.watch: Node's recursive fs.watch on Linux lost a file
  // once an editor (gedit, vim, sed -i) had saved it by renaming a
  // temporary file over it, and later saves went unchecked.
  const watcher = watch(dir, { ignoreInitial: true });
  watcher.on('all', (_event, file) => {
    changed.add(path.relative(dir, file).split(path.sep).join('/'));
    clearTimeout(timer);
    timer = setTimeout(() => {
      // Name the files an officer saved, not an editor's or sed's temporary files.
      const files = [...changed].filter((f) => /\.(md|ya?ml)$/i.test(f) || existsSync(path.join(dir, f))).sort();
      changed = new Set();
      const named = files.length > 3 ? `${files.slice(0, 3).join(', ')} and ${files.length - 3} more` : files.join(', ');
      void check(`checked after a change${named ? ` to ${named}` : ''}`);
    }, SETTLE_MS);
  });
  watcher.on('error', (error) => {
    console.error(`${dir}: stopped watching: ${(error as Error).message}`);
    process.exit(1);
  });
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  const stop = () => {
    void watcher.close();
    clearTimeout(timer);
    process.stdout.write('\nStopped watching.\n');
    process.exit(0);
  };
  // Before the first check says "Ctrl+C to stop", so a Ctrl+C just after it stops the watch as said.
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await check('checked');
}

// Typed without the -- before it (npm run check --watch), --watch is kept by
// npm (keptByNpm), and would check once without a word.
const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg.startsWith('-') && arg !== '--watch');
if (unknown.length) {
  console.error(`${unknown.map((arg) => `'${arg}'`).join(', ')} ${unknown.length === 1 ? 'is not an option' : 'are not options'} of npm run check${suggestion(unknown[0], ['--watch'])} (allowed: --watch, to check again each time a file is saved: npm run check -- --watch; a file's path, to see its problems alone: npm run check -- ${ENTRY_PATTERN})`);
  process.exit(2);
}
const files = args.filter((arg) => !arg.startsWith('-')).map((typed) => findNamedFile(typed, dir));
const unreadable = files.map((file) => namedFileProblem(file, dir)).filter((problem) => problem !== undefined);
if (unreadable.length) {
  console.error(unreadable.join('\n'));
  process.exit(2);
}
if (!args.includes('--watch') && keptByNpm('watch') !== 'true') {
  const content = await loadContent(dir);
  const { warnings, problems, fine } = findings(content, files);
  if (warnings.length) console.error(formatWarnings(warnings));
  if (problems) console.error(problems);
  if (fine) console.log(fine);
  // Any problem, named file or not, stops the site building.
  process.exit(content.problems.length ? 1 : 0);
} else {
  await watchContent(files);
}
