/**
 * npm run new: adds an entry to a council's improvement journey. Asks for
 * each field in a terminal (council by search, kind with its description,
 * dates checked as they are typed, grades only where the kind is graded),
 * or takes them all as flags (`npm run new -- --help`). Writes
 * content/entries/<council>/<date>-<kind>.md with the conventional headings,
 * never over an existing file, and only after the text passes the same
 * check as `npm run check`. Exit 1, with nothing written, on any problem.
 * The logic is in src/lib/new-entry.ts.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { styleText } from 'node:util';
import { checkbox, confirm, input, search, select } from '@inquirer/prompts';
import {
  createPrompt,
  isEnterKey,
  makeTheme,
  useKeypress,
  usePrefix,
  useState,
  type Status,
} from '@inquirer/core';
import { formatDate } from '../src/lib/dates.ts';
import { firstFreeNameIn } from '../src/lib/content/entry-names.ts';
import { parseMarkdown } from '../src/lib/content/read.ts';
import { findSameVisit } from '../src/lib/content/held-visit.ts';
import { loadCouncils, loadThemes } from '../src/lib/content/validate.ts';
import {
  MULTI_DAY_KINDS,
  answersFromFlags,
  asEntry,
  checkAnswer,
  entryUrl,
  finalProblems,
  formatInputProblem,
  gradeChoices,
  helpText,
  namesIn,
  nextVisitNumber,
  parseFlags,
  prepareEntry,
  ruleProblems,
  searchCouncils,
  suggestFramework,
  suggestTitle,
  withDefaults,
  type Choices,
  type InputProblem,
  type KnownAnswers,
  type NewEntry,
} from '../src/lib/new-entry.ts';
import { displayPath, printable } from '../src/lib/content/problems.ts';
import { contentDir } from '../src/lib/settings.ts';
import {
  BODIES,
  BODY_IDS,
  FRAMEWORKS,
  KIND_IDS,
  KINDS,
  defaultBody,
  frameworkById,
  type Grade,
} from '../src/lib/vocabulary.ts';
import { plural } from '../src/lib/list-phrase.ts';

function fail(problems: InputProblem[], hint?: string): never {
  for (const problem of problems) console.error(formatInputProblem(problem));
  console.error(`${plural(problems.length, 'problem')}: nothing written${hint ? `\n${hint}` : ''}`);
  process.exit(1);
}

// ---------------------------------------------------------------------------
// A date question that checks as the officer types.

const PARTIAL_DATE = /^\d{0,4}(?:-(?:\d{0,2}(?:-\d{0,2})?)?)?$/;
const WHOLE_DATE = /^\d{4}-\d{2}(?:-\d{2})?$/;

interface DateQuestion {
  message: string;
  /** Shown in place of the question once answered. */
  label: string;
  /** Shown under the answer while it is empty. */
  hint: string;
  /** The message for Enter on an empty answer, or undefined when it may be left out. */
  required?: () => string | undefined;
  /** The problem with a value (as `npm run check` says it), or undefined. */
  check: (value: string) => string | undefined;
}

/** A theme that shows the question while asking and a short label once answered. */
const asked = (label: string) => ({
  style: { message: (text: string, status: Status) => styleText('bold', status === 'done' ? label : text) },
});

const describeDate = (value: string) => (value.length === 7 ? `${formatDate(value)}, month only` : formatDate(value));

const dateInput = createPrompt<string, DateQuestion>((config, done) => {
  const theme = makeTheme<object>(asked(config.label));
  const [status, setStatus] = useState<Status>('idle');
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const prefix = usePrefix({ status, theme });

  useKeypress((key, rl) => {
    if (status !== 'idle') return;
    if (isEnterKey(key)) {
      const answer = value.trim();
      const problem = answer ? config.check(answer) : config.required?.();
      if (problem) {
        rl.write(value); // Enter cleared the line: give it back to correct.
        setError(problem);
        return;
      }
      setValue(answer);
      setStatus('done');
      done(answer);
    } else {
      setValue(rl.line);
      setError(undefined);
    }
  });

  const message = theme.style.message(config.message, status);
  if (status === 'done') {
    return `${prefix} ${message} ${theme.style.answer(value ? `${value} (${describeDate(value)})` : 'left out')}`;
  }
  const typed = value.trim();
  let below: string;
  if (error) below = styleText('red', `✖ ${error}`);
  else if (!typed) below = styleText('dim', config.hint);
  else if (PARTIAL_DATE.test(typed) && !WHOLE_DATE.test(typed)) below = styleText('dim', 'keep typing: YYYY-MM-DD, or YYYY-MM if only the month is known');
  else {
    const problem = config.check(typed);
    below = problem ? styleText('red', `✖ ${problem}`) : styleText('green', `✔ ${describeDate(typed)}`);
  }
  return [`${prefix} ${message} ${value}`, below];
});

// ---------------------------------------------------------------------------
// The questions

/** Lists what the flags already gave, as the answered questions would show it. */
function showGiven(known: KnownAnswers, choices: Choices): void {
  const shown: [string, string | undefined][] = [
    ['Council', choices.councils.find((c) => c.id === known.council)?.data.name],
    ['Kind', known.kind && KINDS[known.kind].label],
    ['Date', known.date && `${known.date} (${describeDate(known.date)})`],
    ['First day', known.start_date && `${known.start_date} (${describeDate(known.start_date)})`],
    ['Published', known.published && `${known.published} (${describeDate(known.published)})`],
    ['Body', known.body && BODIES[known.body]],
    ['Framework', known.framework],
    ['Grades', known.grades && Object.entries(known.grades).map(([a, g]) => `${a}: ${g}`).join(', ')],
    ['Visit number', known.visit_number === undefined ? undefined : String(known.visit_number)],
    ['Title', known.title],
    ['Summary', known.summary],
    ['Themes', known.themes?.join(', ')],
    ['Source', known.source],
    ['Inspectors', known.inspectors?.join(', ')],
  ];
  for (const [label, value] of shown) {
    if (value) console.log(`${styleText('green', '✔')} ${styleText('bold', label)} ${styleText('cyan', value)} ${styleText('dim', '(from the flags)')}`);
  }
}

/** Stops, with nothing written, when the council already has an entry for this visit: npm run check would refuse a copy. */
async function refuseHeldVisit(dir: string, visit: Pick<NewEntry, 'council' | 'kind' | 'date' | 'start_date' | 'published' | 'grades'>) {
  const held = await findSameVisit(dir, visit.council, visit);
  if (!held) return;
  const noun = KINDS[visit.kind].noun;
  console.error(printable(`${displayPath(held.file)}${held.title ? ` ("${held.title}")` : ''} already holds this ${noun}: it ${held.why}.`));
  console.error(`Add what you know to that file instead (npm run check allows one entry for each ${noun}). Nothing written.`);
  process.exit(1);
}

/** Asks for every field the flags did not give; with `yes`, only for required ones without a default. */
async function ask(known: KnownAnswers, choices: Choices, dir: string, yes: boolean): Promise<KnownAnswers> {
  const e: KnownAnswers = { ...known };
  const check = (field: keyof NewEntry) => (value: string) => checkAnswer(field, value, e, choices);
  const validate = (field: keyof NewEntry, optional = false) => (value: string) =>
    (optional && !value.trim()) || (checkAnswer(field, value.trim(), e, choices) ?? true);

  showGiven(known, choices);
  if (!e.council) {
    e.council = await search({
      message: 'Council (type part of its name)',
      theme: asked('Council'),
      pageSize: 10,
      source: (term) =>
        searchCouncils(choices.councils, term).map((c) => ({
          value: c.id,
          name: c.data.short_name === c.data.name ? c.data.name : `${c.data.short_name} (${c.data.name})`,
          short: c.data.name,
        })),
    });
  }

  if (!e.kind) {
    e.kind = await select({
      message: 'Kind of event',
      theme: asked('Kind'),
      default: 'monitoring-visit',
      pageSize: KIND_IDS.length,
      choices: KIND_IDS.map((id) => ({ value: id, name: KINDS[id].label, description: KINDS[id].description })),
    });
  }
  const kind = e.kind;
  // Flags that do not fit the kind just chosen (--visit-number on a focused visit): say so now, not at the end.
  const misfits = ruleProblems(e);
  if (misfits.length) fail(misfits);
  const multiDay = MULTI_DAY_KINDS.includes(kind);

  const anyDate = () => e.date ?? e.start_date ?? e.published;
  if (e.date === undefined && !(yes && anyDate())) {
    const date = await dateInput({
      message: multiDay ? 'Date (the last day of the visit)' : 'Date (of the meeting, paper or event)',
      label: 'Date',
      hint: 'YYYY-MM-DD, or YYYY-MM if only the month is known. Leave empty if you only know when it was published.',
      check: check('date'),
    });
    if (date) e.date = date;
  }
  if (multiDay && e.start_date === undefined && !(yes && e.date)) {
    const start = await dateInput({
      message: 'First day of the visit (optional)',
      label: 'First day',
      hint: e.date ? 'Enter to leave out for a one-day visit.' : 'Enter to leave out.',
      check: check('start_date'),
    });
    if (start) e.start_date = start;
  }
  if (e.published === undefined && !(yes && anyDate())) {
    const published = await dateInput({
      message: 'Date the letter or report was published (optional)',
      label: 'Published',
      hint: anyDate() ? 'Enter to leave out.' : 'Required: no other date was given.',
      required: () => (anyDate() ? undefined : 'date: is required unless published or start_date is given (allowed: YYYY-MM-DD or YYYY-MM)'),
      check: check('published'),
    });
    if (published) e.published = published;
  }

  if (!e.body) {
    e.body = yes ? defaultBody(kind) : await select({
      message: 'Who carried it out or wrote it',
      theme: asked('Body'),
      default: defaultBody(kind),
      choices: BODY_IDS.map((id) => ({ value: id, name: BODIES[id] })),
    });
  }

  if (KINDS[kind].graded && !e.grades && !yes) {
    e.framework ??= await select({
      message: 'Inspection framework',
      theme: asked('Framework'),
      default: suggestFramework(anyDate()),
      choices: FRAMEWORKS.map((f) => ({
        value: f.id,
        name: `${f.label}, ${f.years[0]}\u2013${f.years[1] ?? 'now'}`,
        description: f.description,
      })),
    });
    const framework = frameworkById(e.framework)!;
    const grades: Record<string, Grade> = {};
    const headlineFirst = [...framework.areas].sort((a, b) => Number(b.id === framework.headline) - Number(a.id === framework.headline));
    for (const area of headlineFirst) {
      const headline = area.id === framework.headline;
      const grade = await select<Grade | ''>({
        message: `Grade: ${area.label}`,
        theme: asked(`Grade: ${area.label}`),
        default: '',
        choices: gradeChoices(framework.id, headline),
      });
      if (grade) grades[area.id] = grade;
      // No grade without the headline one (the check would refuse the file): the other areas are not asked.
      else if (headline) break;
    }
    if (Object.keys(grades).length) e.grades = grades;
  }

  // Said as soon as the dates (and any grades) are known, before the officer types the rest.
  await refuseHeldVisit(dir, { ...e, council: e.council!, kind });

  if (kind === 'monitoring-visit' && e.visit_number === undefined && !yes) {
    const suggested = await nextVisitNumber(dir, e.council!, anyDate());
    const answer = await input({
      message: 'Monitoring visit number (Enter to accept; Backspace, Enter to leave out)',
      theme: asked('Visit number'),
      default: String(suggested),
      validate: (value) => !value.trim() || (checkAnswer('visit_number', /^\d+$/.test(value.trim()) ? Number(value) : value.trim(), e) ?? true),
    });
    if (answer.trim()) e.visit_number = Number(answer);
  }

  if (e.title === undefined) {
    const suggested = suggestTitle(e);
    e.title = yes ? suggested : (await input({ message: 'Title (Enter to accept the suggestion)', theme: asked('Title'), default: suggested, validate: validate('title') })).trim();
  }
  if (e.summary === undefined) {
    e.summary = (await input({ message: 'Summary (one or two plain sentences)', theme: asked('Summary'), validate: validate('summary') })).trim();
  }
  if (e.themes === undefined && !yes && choices.themes.length) {
    const themes = await checkbox({
      message: 'Themes (optional: Space to tick, Enter when done)',
      theme: asked('Themes'),
      pageSize: 12,
      choices: choices.themes.map((t) => ({ value: t.id, name: t.label, description: t.description })),
    });
    if (themes.length) e.themes = themes;
  }
  if (e.source === undefined && !yes) {
    const source = (await input({ message: 'Web address of the source document (optional: Enter to leave out)', theme: asked('Source'), validate: validate('source', true) })).trim();
    if (source) e.source = source;
  }
  if (e.inspectors === undefined && !yes && e.body === 'ofsted') {
    const answer = await input({
      message: 'Inspectors, as the letter names them (optional: "A, B and C"; Enter to leave out)',
      theme: asked('Inspectors'),
      // Once answered, the names as read, so "A and B" shows as two.
      transformer: (value, { isFinal }) => (isFinal ? namesIn(value).join(', ') : value),
      validate: (value) => !value.trim() || (checkAnswer('inspectors', namesIn(value), e) ?? true),
    });
    if (answer.trim()) e.inspectors = namesIn(answer);
  }
  return e;
}

// ---------------------------------------------------------------------------

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2), process.env);
  if (flags.help) {
    console.log(helpText());
    return;
  }
  const dir = flags.content ?? contentDir();
  const choices: Choices = { councils: await loadCouncils(dir), themes: await loadThemes(dir) };
  if (!choices.councils.length) {
    fail([{ flag: flags.content ? '--content' : '(content)', field: 'councils', message: `no council files in ${displayPath(path.join(dir, 'councils'))} (allowed: a content directory with content/councils/<council>.yaml)` }]);
  }
  const fromFlags = answersFromFlags(flags, choices);
  if (fromFlags.problems.length) fail(fromFlags.problems, 'npm run new -- --help lists the flags and their values.');

  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const answers = withDefaults(interactive ? await ask(fromFlags.known, choices, dir, flags.yes) : fromFlags.known);
  if (!interactive) {
    // Say which defaults were taken, so a script's log shows what was written.
    for (const field of ['body', 'title'] as const) {
      if (fromFlags.known[field] === undefined && answers[field] !== undefined) console.log(`${field}: ${answers[field]} (default; --${field} to change)`);
    }
    if (answers.framework && !fromFlags.known.framework) console.log(`framework: ${answers.framework} (in use at the date; --framework to change)`);
  }
  const problems = finalProblems(answers, choices);
  if (problems.length) {
    fail(problems, interactive ? undefined : 'There is no terminal to ask in: give these as flags (npm run new -- --help).');
  }
  const entry = asEntry(answers);

  // Asked interactively, this was said as soon as the dates were known.
  if (!interactive) await refuseHeldVisit(dir, entry);

  const folder = path.join(dir, 'entries', entry.council);
  await mkdir(folder, { recursive: true });
  for (;;) {
    const { name, taken } = await firstFreeNameIn(folder, entry);
    if (taken.length) {
      const last = path.join(folder, taken.at(-1)!);
      const title = (parseMarkdown(await readFile(last, 'utf8')).data as { title?: unknown } | undefined)?.title;
      const what = printable(`${displayPath(last)}${typeof title === 'string' ? ` ("${title}")` : ''} already exists`);
      if (interactive && !flags.yes) {
        const ok = await confirm({ message: `${what}. Add this as a separate event, ${name}?`, default: true });
        if (!ok) {
          console.log('Nothing written.');
          process.exitCode = 1;
          return;
        }
      } else {
        console.log(`${what}: writing this one as ${name} (a second event of one kind on one date).`);
      }
    }
    const prepared = prepareEntry(dir, entry, name);
    if (prepared.problems.length) {
      // The checks above should have caught these; whatever they missed, never write a file that fails npm run check.
      for (const p of prepared.problems) console.error(p);
      console.error(`The new file would not pass npm run check: nothing written.`);
      process.exit(1);
    }
    try {
      await writeFile(prepared.file, prepared.text, { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue; // Written meanwhile: take the next number.
      throw error;
    }
    console.log(`${styleText('green', '✔')} Wrote ${displayPath(prepared.file)}`);
    console.log(`  It will appear at ${entryUrl(prepared.id)} once the site is next built.`);
    console.log('  Next: open the file, write what it found under the headings, then run npm run check.');
    return;
  }
}

try {
  await main();
} catch (error) {
  if (error instanceof Error && error.name === 'ExitPromptError') {
    console.log('\nCancelled: nothing written.');
    process.exit(130);
  }
  throw error;
}
