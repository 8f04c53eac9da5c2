/**
 * npm run new end to end, on a scratch copy of tests/fixtures/site (councils
 * northby and southwell, four themes): run with flags and no terminal, as a
 * script would; with wrong flags (the messages of npm run check, exit 1,
 * nothing written); beside an existing file (-2); and interactively in a
 * real pseudo-terminal, made by util-linux `script`, typing to search for a
 * council, moving with the arrow keys and pressing Enter, reading the screen
 * as it goes. Every file written must pass the whole content check.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/lib/content/read.ts';
import { loadContent } from '../../src/lib/content/validate.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const fixture = path.join(repoRoot, 'tests/fixtures/site');
const run = promisify(execFile);

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.map((c) => c()));
  cleanups = [];
});

async function scratch(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ij-new-'));
  await cp(fixture, dir, { recursive: true });
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

// Plain text to compare: no colours, and no FORCE_COLOR from CI, which would make Node warn that NO_COLOR is ignored.
const { FORCE_COLOR: _forced, ...plainEnv } = process.env;
const env = (dir: string) => ({ ...plainEnv, IJ_CONTENT_DIR: dir, IJ_SITE_URL: 'https://example.gov.uk/journeys/', NO_COLOR: '1' });

/** Runs scripts/new.ts with no terminal (stdin a pipe), as a script or CI would. */
async function cli(dir: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['scripts/new.ts', ...args], { cwd: repoRoot, env: env(dir) });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Every entry file under a content directory, as `<council>/<name>`. */
const entries = async (dir: string) =>
  (await readdir(path.join(dir, 'entries'), { recursive: true })).map(String).filter((f) => f.endsWith('.md')).map((f) => f.split(path.sep).join('/')).sort();

const frontMatter = async (file: string) => parseMarkdown(await readFile(file, 'utf8')).data as Record<string, unknown>;

describe('npm run new with flags, no terminal', () => {
  it('writes a valid monitoring visit with everything asked for, and says where it will appear', async () => {
    const dir = await scratch();
    const before = await entries(dir);
    const { code, stdout, stderr } = await cli(dir,
      '--council', 'southwell', '--kind', 'monitoring-visit', '--date', '2019-03-01', '--start-date', '2019-02-28',
      '--published', '2019-03-29', '--visit-number', '3', '--summary', 'Progress for care leavers is too slow.',
      '--theme', 'care-leavers', '--theme', 'front-door', '--source', 'https://reports.ofsted.gov.uk/southwell-mv3.pdf',
      '--inspector', 'Alison Smale, Nick Bennison and Tom Lee');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const file = path.join(dir, 'entries/southwell/2019-03-01-monitoring-visit.md');
    expect(await entries(dir)).toEqual([...before, 'southwell/2019-03-01-monitoring-visit.md'].sort());
    expect(stdout).toContain('body: ofsted (default; --body to change)');
    expect(stdout).toContain('title: Monitoring visit 3 (default; --title to change)');
    expect(stdout).toContain(`Wrote ${path.relative(repoRoot, file)}`);
    expect(stdout).toContain('It will appear at https://example.gov.uk/journeys/councils/southwell/2019-03-01-monitoring-visit/');

    expect(await frontMatter(file)).toEqual({
      title: 'Monitoring visit 3',
      kind: 'monitoring-visit',
      date: '2019-03-01',
      start_date: '2019-02-28',
      published: '2019-03-29',
      body: 'ofsted',
      visit_number: 3,
      summary: 'Progress for care leavers is too slow.',
      themes: ['care-leavers', 'front-door'],
      source: { url: 'https://reports.ofsted.gov.uk/southwell-mv3.pdf' },
      inspectors: ['Alison Smale', 'Nick Bennison', 'Tom Lee'],
    });
    const text = await readFile(file, 'utf8');
    for (const heading of ['## Strengths', '## Areas for improvement', '## Next steps']) expect(text).toContain(`\n${heading}\n`);
    // The whole directory, new file included, passes npm run check.
    const content = await loadContent(dir);
    expect(content.problems).toEqual([]);
    expect(content.entries.map((e) => e.id)).toContain('southwell/2019-03-01-monitoring-visit');
  });

  it('writes a graded inspection, taking the framework in use at the date', async () => {
    const dir = await scratch();
    const { code, stdout } = await cli(dir,
      '--council', 'Southwell', '--kind', 'inspection', '--date', '2023-06-16', '--start-date', '2023-06-05',
      '--grade', 'overall=good', '--grade', 'care-leavers=requires-improvement', '--grade', 'leadership=good',
      '--summary', 'Services are good.', '--yes');
    expect(code).toBe(0);
    expect(stdout).toContain('framework: ilacs-2023 (in use at the date; --framework to change)');
    const data = await frontMatter(path.join(dir, 'entries/southwell/2023-06-16-inspection.md'));
    expect(data).toMatchObject({
      title: 'ILACS inspection: good',
      body: 'ofsted',
      framework: 'ilacs-2023',
      // In the framework's order, not the flags'.
      grades: { overall: 'good', leadership: 'good', 'care-leavers': 'requires-improvement' },
    });
    expect(Object.keys(data.grades as object)).toEqual(['overall', 'leadership', 'care-leavers']);
    expect((await loadContent(dir)).problems).toEqual([]);
  });

  it('writes a committee paper by its publication date alone, with the council as its body', async () => {
    const dir = await scratch();
    const { code } = await cli(dir, '--council', 'northby', '--kind', 'committee-paper', '--published', '2021-01',
      '--title', 'Children’s services improvement: report to cabinet', '--summary', 'The director reported progress.');
    expect(code).toBe(0);
    expect(await frontMatter(path.join(dir, 'entries/northby/2021-01-committee-paper.md'))).toEqual({
      title: 'Children’s services improvement: report to cabinet',
      kind: 'committee-paper',
      published: '2021-01',
      body: 'council',
      summary: 'The director reported progress.',
    });
    expect((await loadContent(dir)).problems).toEqual([]);
  });

  it('refuses a visit the council already has an entry for, naming it, and writes nothing', async () => {
    const dir = await scratch();
    const before = await entries(dir);
    // The letter's date, within the inspection northby/2019-10-28-inspection.md holds (16 September to 28 October 2019).
    const { code, stdout, stderr } = await cli(dir, '--council', 'northby', '--kind', 'inspection', '--date', '2019-10-25', '--summary', 'Services require improvement.');
    expect(code).toBe(1);
    expect(stdout).not.toContain('Wrote');
    expect(stderr).toContain('entries/northby/2019-10-28-inspection.md ("ILACS inspection: requires improvement to be good") already holds this inspection: it has start_date 2019-09-16 and published 2019-10-28, either side of date 2019-10-25.');
    expect(stderr).toContain('Add what you know to that file instead (npm run check allows one entry for each inspection). Nothing written.');
    expect(await entries(dir)).toEqual(before);
  });

  it('shows the title of a file it names with any control character by its code, so no terminal acts on it', async () => {
    const dir = await scratch();
    const existing = path.join(dir, 'entries/northby/2018-10-04-committee-paper.md');
    await writeFile(existing, (await readFile(existing, 'utf8')).replace(/^title: .*$/m, 'title: "\\e]0;Renamed\\a\\e[2JPaper"'));
    const { stdout } = await cli(dir, '--council', 'northby', '--kind', 'committee-paper', '--date', '2018-10-04', '--summary', 'A second paper.');
    expect(stdout).toContain('("\\u001b]0;Renamed\\u0007\\u001b[2JPaper") already exists');
    expect(stdout).not.toContain('\u001b');
  });

  it('never overwrites: an existing file makes this one -2, and says so', async () => {
    // Two papers to one meeting are two entries; two visits of one kind on one day would be refused by the check.
    const dir = await scratch();
    const existing = path.join(dir, 'entries/northby/2018-10-04-committee-paper.md');
    const original = await readFile(existing, 'utf8');
    const { code, stdout } = await cli(dir, '--council', 'northby', '--kind', 'committee-paper', '--date', '2018-10-04', '--summary', 'A second paper to the same meeting.');
    expect(code).toBe(0);
    expect(stdout).toMatch(/2018-10-04-committee-paper\.md \("Committee: Ofsted monitoring visit and deep dive"\) already exists: writing this one as 2018-10-04-committee-paper-2\.md/);
    expect(stdout).toContain('councils/northby/2018-10-04-committee-paper-2/');
    expect(await readFile(existing, 'utf8')).toBe(original);
    expect((await frontMatter(path.join(dir, 'entries/northby/2018-10-04-committee-paper-2.md'))).summary).toBe('A second paper to the same meeting.');
    // And a third time, -3.
    expect((await cli(dir, '--council', 'northby', '--kind', 'committee-paper', '--date', '2018-10-04', '--summary', 'Third.')).stdout).toContain('as 2018-10-04-committee-paper-3.md');
    expect((await loadContent(dir)).problems).toEqual([]);
  });

  it('wrong values: every problem in the words of npm run check, exit 1, nothing written', async () => {
    const dir = await scratch();
    const before = await entries(dir);
    const { code, stdout, stderr } = await cli(dir,
      '--council', 'northbee', '--kind', 'monitorng-visit', '--date', '2019-02-30', '--body', 'ofstd',
      '--visit-number', 'three', '--theme', 'care-leaver', '--source', 'reports.ofsted.gov.uk', '--sumary', 'x');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^--sumary: flag: is not a flag \(did you mean --summary\?\) \(allowed: --council, .*\)$/),
      expect.stringMatching(/^\(flags\): arguments: 'x' is not a flag/),
      "--council: council: 'northbee' is not a council (did you mean northby?) (allowed: a file name in content/councils/ or a council's name)",
      "--kind: kind: 'monitorng-visit' is not a kind (did you mean monitoring-visit?) (allowed: inspection, short-inspection, focused-visit, monitoring-visit, jtai, annual-engagement, deep-dive, committee-paper, minutes, self-evaluation, peer-review, other)",
      "--date: date: '2019-02-30' is not a real calendar date (February 2019 has 28 days) (allowed: YYYY-MM-DD, a real calendar date, or YYYY-MM)",
      "--body: body: 'ofstd' is not a body (did you mean ofsted?) (allowed: ofsted, dfe, council, peer, other)",
      '--visit-number: visit_number: must be a whole number (the 7th monitoring visit is 7)',
      "--theme: themes[0]: 'care-leaver' is not a theme (did you mean care-leavers?) (allowed: an id from content/themes.yaml: management-oversight, care-leavers, workforce-stability, front-door)",
      "--source: source.url: 'reports.ofsted.gov.uk' is not a web address (allowed: an address starting https:// or http://)",
      '9 problems: nothing written',
      'npm run new -- --help lists the flags and their values.',
    ]);
    expect(await entries(dir)).toEqual(before);
  });

  it('rules between fields, and grades where the kind is not graded', async () => {
    const dir = await scratch();
    const before = await entries(dir);
    const { code, stderr } = await cli(dir, '--council', 'northby', '--kind', 'focused-visit', '--date', '2019-03-01',
      '--start-date', '2019-03-04', '--grade', 'overall=good', '--summary', 'x');
    expect(code).toBe(1);
    expect(stderr).toContain('--start-date: start_date: 2019-03-04 is after date 2019-03-01 (allowed: on or before date)');
    expect(stderr).toContain('--grade: grades: a focused-visit is not graded (allowed: grades only on inspection, short-inspection)');
    expect(stderr).toContain('2 problems: nothing written');
    expect(await entries(dir)).toEqual(before);

    const area = await cli(dir, '--council', 'northby', '--kind', 'inspection', '--date', '2019-03-01', '--framework', 'ilacs', '--grade', 'adoption=good', '--summary', 'x');
    expect(area.code).toBe(1);
    expect(area.stderr).toContain("--grade: grades.adoption: 'adoption' is not a judgement area of ilacs (allowed: overall, leadership, help-and-protection, children-in-care-and-care-leavers)");
    expect(await entries(dir)).toEqual(before);
  });

  it('with no terminal to ask in, says which required flags are missing', async () => {
    const dir = await scratch();
    const before = await entries(dir);
    const { code, stderr } = await cli(dir, '--council', 'northby', '--kind', 'monitoring-visit');
    expect(code).toBe(1);
    expect(stderr.trimEnd().split('\n')).toEqual([
      '--date: date: is required unless published or start_date is given (allowed: YYYY-MM-DD or YYYY-MM)',
      '--summary: summary: is required (allowed: one or two plain sentences, up to 400 characters)',
      '2 problems: nothing written',
      'There is no terminal to ask in: give these as flags (npm run new -- --help).',
    ]);
    expect(await entries(dir)).toEqual(before);
  });

  it('--help lists the flags', async () => {
    const { code, stdout } = await cli(await scratch(), '--help');
    expect(code).toBe(0);
    expect(stdout).toContain('--visit-number <value>');
    expect(stdout).toContain('npm run new -- --council reading --kind monitoring-visit --date 2019-03-01');
  });
});

// ---------------------------------------------------------------------------
// A real terminal

const KEY = { up: '\x1b[A', down: '\x1b[B', enter: '\r', space: ' ', backspace: '\x7f', ctrlC: '\x03' } as const;

/**
 * scripts/new.ts in a pseudo-terminal: util-linux `script` gives the child a
 * pty (so stdin and stdout are TTYs, and the prompts run in raw mode) and
 * relays our pipe to it as keystrokes. The screen is read as the stream of
 * everything written, escape codes removed.
 */
class Terminal {
  private output = '';
  private seen = 0;
  private readonly child: ChildProcess;
  readonly exited: Promise<number>;

  constructor(dir: string, args: string[]) {
    const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
    const command = `stty cols 200 rows 50; exec ${[process.execPath, 'scripts/new.ts', ...args].map(quote).join(' ')}`;
    this.child = spawn('script', ['-qfec', command, '/dev/null'], { cwd: repoRoot, env: { ...process.env, IJ_CONTENT_DIR: dir, IJ_SITE_URL: 'https://example.gov.uk/journeys/', TERM: 'xterm-256color' } });
    this.child.stdout!.on('data', (chunk: Buffer) => (this.output += chunk.toString('utf8')));
    this.child.stderr!.on('data', (chunk: Buffer) => (this.output += chunk.toString('utf8')));
    this.exited = new Promise((resolve) => this.child.on('close', (code) => resolve(code ?? -1)));
  }

  /** The screen so far, as text. */
  text(): string {
    return stripVTControlCharacters(this.output);
  }

  /** Waits until `pattern` shows up in what was written since the last wait, and moves past it. */
  async waitFor(pattern: string | RegExp, timeout = 20_000): Promise<string> {
    const started = Date.now();
    for (;;) {
      const rest = this.text().slice(this.seen);
      const match = typeof pattern === 'string' ? (rest.includes(pattern) ? { index: rest.indexOf(pattern), 0: pattern } : null) : pattern.exec(rest);
      if (match) {
        this.seen += match.index + match[0].length;
        return match[0];
      }
      if (Date.now() - started > timeout) {
        throw new Error(`timed out waiting for ${String(pattern)}; the terminal showed, since the last match:\n${rest}`);
      }
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  type(...keys: string[]): void {
    for (const key of keys) this.child.stdin!.write(key);
  }

  kill(): void {
    this.child.kill('SIGKILL');
  }
}

async function terminal(dir: string, ...args: string[]): Promise<Terminal> {
  const t = new Terminal(dir, args);
  cleanups.push(async () => t.kill());
  return t;
}

/** After the grades: accepts the suggested title, types the summary, leaves themes, source and inspectors out, and waits for the file. */
async function answerTheRest(t: Terminal, title: string, summary: string) {
  await t.waitFor(`Title (Enter to accept the suggestion)${title && ` (${title})`}`);
  t.type(KEY.enter);
  await t.waitFor('Summary');
  t.type(summary, KEY.enter);
  await t.waitFor('Themes (optional');
  t.type(KEY.enter);
  await t.waitFor('Web address of the source document');
  t.type(KEY.enter);
  await t.waitFor('Inspectors, as the letter names them');
  t.type(KEY.enter);
  await t.waitFor('Wrote ');
  expect(await t.exited).toBe(0);
}

describe('npm run new in a terminal', () => {
  it('asks each question: council by search, kind, dates checked as typed, themes by arrow keys', { timeout: 120_000 }, async () => {
    const dir = await scratch();
    const t = await terminal(dir);

    await t.waitFor('Council (type part of its name)');
    await t.waitFor('❯ Northby (Northby Borough Council)');
    t.type('south');
    await t.waitFor(/❯ Southwell \(Southwell County Council\)/);
    t.type(KEY.enter);
    await t.waitFor('✔ Council Southwell County Council');

    // The kind starts at monitoring visit, with its description shown.
    await t.waitFor('❯ Monitoring visit');
    await t.waitFor('A visit Ofsted makes every few months');
    t.type(KEY.enter);
    await t.waitFor('✔ Kind Monitoring visit');

    // The date is checked as it is typed, with npm run check's words.
    await t.waitFor('Date (the last day of the visit)');
    t.type('2019-02-3');
    await t.waitFor('keep typing: YYYY-MM-DD');
    t.type('0');
    await t.waitFor("date: '2019-02-30' is not a real calendar date (February 2019 has 28 days) (allowed: YYYY-MM-DD, a real calendar date, or YYYY-MM)");
    t.type(KEY.enter); // Refused: stays on the question.
    await t.waitFor("✖ date: '2019-02-30' is not a real calendar date");
    t.type(KEY.backspace, KEY.backspace, '28');
    await t.waitFor('✔ 28 February 2019');
    t.type(KEY.enter);
    await t.waitFor('✔ Date 2019-02-28 (28 February 2019)');

    await t.waitFor('First day of the visit (optional)');
    t.type('2019-03-01');
    await t.waitFor('start_date: 2019-03-01 is after date 2019-02-28 (allowed: on or before date)');
    t.type(...Array(10).fill(KEY.backspace), '2019-02-27', KEY.enter);
    await t.waitFor('✔ First day 2019-02-27 (27 February 2019)');

    await t.waitFor('Date the letter or report was published (optional)');
    t.type('2019-03', KEY.enter);
    await t.waitFor('✔ Published 2019-03 (March 2019, month only)');

    // The body defaults from the kind.
    await t.waitFor('Who carried it out or wrote it');
    await t.waitFor('❯ Ofsted');
    t.type(KEY.enter);
    await t.waitFor('✔ Body Ofsted');

    // No grades are asked for a monitoring visit; its number is.
    await t.waitFor('Monitoring visit number');
    t.type('4', KEY.enter);
    await t.waitFor('✔ Visit number 4');

    await t.waitFor('Title (Enter to accept the suggestion) (Monitoring visit 4)');
    t.type(KEY.enter);
    await t.waitFor('✔ Title Monitoring visit 4');

    await t.waitFor('Summary (one or two plain sentences)');
    t.type(KEY.enter);
    await t.waitFor('summary: must not be empty (one or two plain sentences, up to 400 characters)');
    t.type('Help for care leavers is improving slowly.', KEY.enter);
    await t.waitFor('✔ Summary Help for care leavers is improving slowly.');

    await t.waitFor('Themes (optional');
    await t.waitFor('Management oversight and supervision');
    t.type(KEY.down, KEY.space); // care leavers
    await t.waitFor(/◉ Care leavers/);
    t.type(KEY.down, KEY.down, KEY.space); // front door
    await t.waitFor(/◉ Front door and MASH/);
    t.type(KEY.enter);
    await t.waitFor('✔ Themes Care leavers, Front door and MASH');

    await t.waitFor('Web address of the source document');
    t.type('reports.ofsted.gov.uk', KEY.enter);
    await t.waitFor("source.url: 'reports.ofsted.gov.uk' is not a web address");
    t.type(...Array(21).fill(KEY.backspace), 'https://reports.ofsted.gov.uk/southwell.pdf', KEY.enter);

    // Asked of an Ofsted visit: the names as the letter lists them.
    await t.waitFor('Inspectors, as the letter names them');
    t.type('Alison Smale and Nick Bennison', KEY.enter);
    await t.waitFor('✔ Inspectors Alison Smale, Nick Bennison');

    const wrote = await t.waitFor(/Wrote \S+/);
    await t.waitFor('It will appear at https://example.gov.uk/journeys/councils/southwell/2019-02-28-monitoring-visit/');
    expect(await t.exited).toBe(0);

    const file = path.join(dir, 'entries/southwell/2019-02-28-monitoring-visit.md');
    expect(wrote).toBe(`Wrote ${path.relative(repoRoot, file)}`);
    expect(await frontMatter(file)).toEqual({
      title: 'Monitoring visit 4',
      kind: 'monitoring-visit',
      date: '2019-02-28',
      start_date: '2019-02-27',
      published: '2019-03',
      body: 'ofsted',
      visit_number: 4,
      summary: 'Help for care leavers is improving slowly.',
      themes: ['care-leavers', 'front-door'],
      source: { url: 'https://reports.ofsted.gov.uk/southwell.pdf' },
      inspectors: ['Alison Smale', 'Nick Bennison'],
    });
    expect((await loadContent(dir)).problems).toEqual([]);
  });

  it('asks for grades only in the chosen framework\u2019s areas', { timeout: 120_000 }, async () => {
    const dir = await scratch();
    // Council and kind from flags; the rest asked.
    const t = await terminal(dir, '--council', 'northby', '--kind', 'inspection');
    await t.waitFor('✔ Council Northby Borough Council (from the flags)');
    await t.waitFor('✔ Kind Inspection (from the flags)');

    await t.waitFor('Date (the last day of the visit)');
    t.type('2021-06-18', KEY.enter);
    await t.waitFor('✔ Date 2021-06-18');
    await t.waitFor('First day of the visit');
    t.type('2021-06-07', KEY.enter);
    await t.waitFor('✔ First day 2021-06-07');
    await t.waitFor('Date the letter or report was published');
    t.type(KEY.enter);
    await t.waitFor('✔ Published left out');
    await t.waitFor('❯ Ofsted');
    t.type(KEY.enter);

    // The framework in use in 2021 is offered first; the questions follow its areas.
    await t.waitFor('Inspection framework');
    await t.waitFor('❯ Inspection of local authority children’s services (ILACS), 2018–2022');
    t.type(KEY.enter);
    await t.waitFor('✔ Framework Inspection of local authority children’s services (ILACS)');

    const grade = async (area: string, ups: number, expected: string) => {
      await t.waitFor(`Grade: ${area}`);
      await t.waitFor(area === 'Overall effectiveness' ? '❯ Not graded yet' : '❯ Not graded / leave out');
      if (ups) {
        t.type(...Array(ups).fill(KEY.up));
        await t.waitFor(`❯ ${expected}`);
      }
      t.type(KEY.enter);
      await t.waitFor(`✔ Grade: ${area} ${expected}`);
    };
    await grade('Overall effectiveness', 3, 'Good');
    await grade('Impact of leaders on social work practice', 2, 'Requires improvement to be good');
    await grade('Children who need help and protection', 0, 'Not graded / leave out');
    await grade('Children in care and care leavers', 4, 'Outstanding');
    expect(t.text()).not.toContain('Grade: Adoption');

    await answerTheRest(t, 'ILACS inspection: good', 'Services are now good.');

    const data = await frontMatter(path.join(dir, 'entries/northby/2021-06-18-inspection.md'));
    expect(data).toEqual({
      title: 'ILACS inspection: good',
      kind: 'inspection',
      date: '2021-06-18',
      start_date: '2021-06-07',
      body: 'ofsted',
      framework: 'ilacs',
      grades: { overall: 'good', leadership: 'requires-improvement', 'children-in-care-and-care-leavers': 'outstanding' },
      summary: 'Services are now good.',
    });
    expect((await loadContent(dir)).problems).toEqual([]);
  });

  it('offers Ofsted\u2019s "Adequate" of the day for a SLAC inspection, and writes requires-improvement', { timeout: 120_000 }, async () => {
    const dir = await scratch();
    const t = await terminal(dir, '--council', 'northby', '--kind', 'inspection', '--date', '2011-10-10', '--start-date', '2011-09-26', '--published', '2011-11-04', '--body', 'ofsted');
    await t.waitFor('❯ Safeguarding and looked after children (SLAC), 2009–2012');
    t.type(KEY.enter);

    await t.waitFor('Grade: Safeguarding');
    await t.waitFor('❯ Not graded / leave out');
    expect(t.text()).not.toContain('Requires improvement');
    t.type(KEY.up, KEY.up);
    await t.waitFor('❯ Adequate');
    await t.waitFor('the file says requires-improvement, and the site shows "Adequate"');
    t.type(KEY.enter);
    await t.waitFor('✔ Grade: Safeguarding Adequate');
    await t.waitFor('Grade: Looked after children');
    t.type(KEY.enter);
    await t.waitFor('✔ Grade: Looked after children Not graded / leave out');

    await answerTheRest(t, 'SLAC inspection', 'Safeguarding services were adequate.');

    const data = await frontMatter(path.join(dir, 'entries/northby/2011-10-10-inspection.md'));
    expect(data).toMatchObject({ framework: 'slac', grades: { safeguarding: 'requires-improvement' } });
    expect((await loadContent(dir)).problems).toEqual([]);
  });

  it('asks overall effectiveness first, and leaving it out leaves out every grade, so the file is valid', { timeout: 120_000 }, async () => {
    const dir = await scratch();
    const t = await terminal(dir, '--council', 'northby', '--kind', 'inspection', '--date', '2024-03-08', '--start-date', '2024-02-26', '--published', '2024-04-10', '--body', 'ofsted');
    await t.waitFor('Inspection framework');
    t.type(KEY.enter);
    await t.waitFor('Grade: Overall effectiveness');
    await t.waitFor('❯ Not graded yet');
    await t.waitFor('Leaves out every grade, to add when the report is out');
    t.type(KEY.enter);
    await t.waitFor('✔ Grade: Overall effectiveness Not graded yet');
    await answerTheRest(t, '', 'The inspection took place; its report is awaited.');
    expect(t.text()).not.toContain('Grade: Impact of leaders');
    const data = await frontMatter(path.join(dir, 'entries/northby/2024-03-08-inspection.md'));
    expect(data).toMatchObject({ kind: 'inspection', framework: 'ilacs-2023' });
    expect(data.grades).toBeUndefined();
    expect((await loadContent(dir)).problems).toEqual([]);
  });

  it('says a visit is already there as soon as its dates are known, before the title and summary', { timeout: 60_000 }, async () => {
    const dir = await scratch();
    const before = await entries(dir);
    const t = await terminal(dir, '--council', 'northby', '--kind', 'monitoring-visit');
    await t.waitFor('Date (the last day of the visit)');
    t.type('2017-02-22', KEY.enter);
    await t.waitFor('First day of the visit');
    t.type(KEY.enter);
    await t.waitFor('Date the letter or report was published');
    t.type(KEY.enter);
    await t.waitFor('❯ Ofsted');
    t.type(KEY.enter);
    await t.waitFor('already holds this monitoring visit: it has the same date 2017-02-22.');
    expect(await t.exited).toBe(1);
    expect(t.text()).toContain('Nothing written.');
    expect(t.text()).not.toContain('Title');
    expect(await entries(dir)).toEqual(before);
  });

  it('Ctrl+C stops it with nothing written', { timeout: 60_000 }, async () => {
    const dir = await scratch();
    const before = await entries(dir);
    const t = await terminal(dir, '--council', 'northby');
    await t.waitFor('Kind of event');
    t.type(KEY.ctrlC);
    await t.waitFor('Cancelled: nothing written.');
    expect(await t.exited).toBe(130);
    expect(await entries(dir)).toEqual(before);
  });
});
