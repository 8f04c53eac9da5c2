/**
 * npm run check -- --watch on a scratch copy of tests/fixtures/site: it
 * checks at once, then again whenever a file is saved, printing the problem
 * (in npm run check's words) when a file is broken and "no problems" when it
 * is fixed, under the time of each check; SIGINT stops it. Also: the plain
 * npm run check keeps its output and exit codes.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const fixture = path.join(repoRoot, 'tests/fixtures/site');

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.map((c) => c()));
  cleanups = [];
});

async function scratch(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ij-watch-'));
  await cp(fixture, dir, { recursive: true });
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** `npm run check -- --watch` as a child process whose output we read as it comes. */
class Watcher {
  output = '';
  private seen = 0;
  readonly child: ChildProcess;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(dir: string, args = ['--watch'], env: Record<string, string> = {}) {
    this.child = spawn(process.execPath, ['scripts/check.ts', ...args], { cwd: repoRoot, env: { ...process.env, IJ_CONTENT_DIR: dir, ...env } });
    this.child.stdout!.on('data', (chunk: Buffer) => (this.output += chunk.toString('utf8')));
    this.child.stderr!.on('data', (chunk: Buffer) => (this.output += chunk.toString('utf8')));
    this.exited = new Promise((resolve) => this.child.on('close', (code, signal) => resolve({ code, signal })));
    cleanups.push(async () => {
      this.child.kill('SIGKILL');
    });
  }

  /** Waits for `pattern` in the output after the last match; returns the whole check it is in. */
  async waitFor(pattern: string | RegExp, timeout = 20_000): Promise<string> {
    const started = Date.now();
    for (;;) {
      const rest = this.output.slice(this.seen);
      const index = typeof pattern === 'string' ? rest.indexOf(pattern) : rest.search(pattern);
      if (index >= 0) {
        const length = typeof pattern === 'string' ? pattern.length : pattern.exec(rest)![0].length;
        const block = rest.slice(0, index + length);
        this.seen += index + length;
        return block;
      }
      if (Date.now() - started > timeout) throw new Error(`timed out waiting for ${String(pattern)}; output since the last match:\n${rest}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** Checks printed so far (each starts with its time). */
  checks(): number {
    return (this.output.match(/^\[\d{2}:\d{2}:\d{2}\] checked/gm) ?? []).length;
  }
}

/** The fixture's one draft, named as the check names files: relative to the repository, where it runs. */
const draftOf = (dir: string) => path.relative(repoRoot, path.join(dir, 'entries/northby/2020-01-committee-paper.md'));

const quietFor = async (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('npm run check -- --watch', () => {
  it('shows a problem when a file is broken and "no problems" when it is fixed, until stopped', { timeout: 90_000 }, async () => {
    const dir = await scratch();
    const w = new Watcher(dir);
    const first = await w.waitFor('no problems');
    expect(first).toMatch(/^\[\d{2}:\d{2}:\d{2}\] checked\n/);
    expect(first).toContain(`: 8 entries (1 draft: ${draftOf(dir)}), 2 councils, 4 themes: no problems`);
    await w.waitFor('Watching');

    // Break a file: the problem appears, worded and placed as npm run check places it.
    const file = path.join(dir, 'entries/southwell/2018-11-28-focused-visit.md');
    const good = await readFile(file, 'utf8');
    await writeFile(file, good.replace('kind: focused-visit', 'kind: focussed-visit'));
    const broken = await w.waitFor('1 problem in 1 file');
    expect(broken).toMatch(/\[\d{2}:\d{2}:\d{2}\] checked after a change to entries\/southwell\/2018-11-28-focused-visit\.md\n/);
    expect(broken).toMatch(/entries\/southwell\/2018-11-28-focused-visit\.md:3: kind: 'focussed-visit' is not a kind \(did you mean focused-visit\?\) \(allowed: inspection, /);
    expect(broken).not.toContain('no problems');

    // Fix it: "no problems" again.
    await writeFile(file, good);
    const fixed = await w.waitFor('no problems');
    expect(fixed).toMatch(/\[\d{2}:\d{2}:\d{2}\] checked after a change to entries\/southwell\/2018-11-28-focused-visit\.md\n/);
    expect(fixed).not.toContain('problem in');

    // A new file in a new folder (an unknown council), then removed.
    await mkdir(path.join(dir, 'entries/eastham'));
    await writeFile(path.join(dir, 'entries/eastham/2020-01-01-other.md'), good.replace('kind: focused-visit', 'kind: other').replace(/^date: .*$/m, 'date: 2020-01-01'));
    const folder = await w.waitFor(/\d+ problems? in 1 file/);
    expect(folder).toContain("entries/eastham/2020-01-01-other.md:1: council folder: 'eastham' is not a council");
    await rm(path.join(dir, 'entries/eastham'), { recursive: true });
    await w.waitFor('no problems');

    // Stopped with Ctrl+C (SIGINT): says so and exits 0.
    w.child.kill('SIGINT');
    expect(await w.exited).toEqual({ code: 0, signal: null });
    expect(w.output).toContain('Stopped watching.');
  });

  it('sees every save an editor makes by renaming a temporary file over the file', { timeout: 90_000 }, async () => {
    const dir = await scratch();
    const w = new Watcher(dir);
    await w.waitFor('Watching');
    const file = path.join(dir, 'entries/southwell/2018-11-28-focused-visit.md');
    const good = await readFile(file, 'utf8');
    // As gedit, vim and sed -i save: write a temporary file beside it, then rename it over the file.
    const save = async (text: string) => {
      const temporary = path.join(dir, 'entries/southwell/.goutputstream-ABC123');
      await writeFile(temporary, text);
      await rename(temporary, file);
    };
    // Node's recursive fs.watch lost the file after the first such save: the later ones went unchecked.
    for (let round = 0; round < 3; round++) {
      await save(good.replace('kind: focused-visit', 'kind: focussed-visit'));
      expect(await w.waitFor('1 problem in 1 file')).toContain('checked after a change to entries/southwell/2018-11-28-focused-visit.md');
      await save(good);
      expect(await w.waitFor('no problems')).toContain('checked after a change to entries/southwell/2018-11-28-focused-visit.md');
    }
    w.child.kill('SIGINT');
    expect((await w.exited).code).toBe(0);
  });

  it('checks once for a burst of saves', { timeout: 60_000 }, async () => {
    const dir = await scratch();
    const w = new Watcher(dir);
    await w.waitFor('Watching');
    expect(w.checks()).toBe(1);
    const file = path.join(dir, 'entries/northby/2018-09-06-deep-dive.md');
    const text = await readFile(file, 'utf8');
    // Five saves at once, as an editor's save-all does.
    await Promise.all([1, 2, 3, 4, 5].map((n) => writeFile(path.join(dir, `entries/northby/2018-09-0${n}-other.md`), text.replace('kind: deep-dive', 'kind: other').replace(/^date: .*$/m, `date: 2018-09-0${n}`).replace(/^start_date: .*\n/m, ''))));
    const after = await w.waitFor(/entries\/northby\/2018-09-01-other\.md.*and 2 more\n/);
    expect(after).toContain('checked after a change to entries/northby/2018-09-01-other.md, entries/northby/2018-09-02-other.md, entries/northby/2018-09-03-other.md and 2 more');
    await w.waitFor('no problems');
    await quietFor(1000);
    expect(w.checks()).toBe(2);
    await Promise.all([1, 2, 3, 4, 5].map((n) => unlink(path.join(dir, `entries/northby/2018-09-0${n}-other.md`))));
    await w.waitFor('no problems');
    w.child.kill('SIGINT');
    expect((await w.exited).code).toBe(0);
  });
});

describe('npm run check --watch, typed without the -- before --watch', () => {
  it('watches all the same: npm keeps the flag as its own setting, npm_config_watch', { timeout: 60_000 }, async () => {
    const watcher = new Watcher(await scratch(), [], { npm_config_watch: 'true' });
    await watcher.waitFor('Ctrl+C to stop.');
    watcher.child.kill('SIGINT');
    expect(await watcher.exited).toEqual({ code: 0, signal: null });
  });
});

describe('npm run check without --watch', () => {
  const run = promisify(execFile);
  const check = async (dir: string, files: string[] = []) => {
    try {
      const { stdout, stderr } = await run(process.execPath, ['scripts/check.ts', ...files], { cwd: repoRoot, env: { ...process.env, IJ_CONTENT_DIR: dir } });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };

  it('refuses an option it does not have, naming the one it has', async () => {
    const dir = await scratch();
    try {
      await run(process.execPath, ['scripts/check.ts', '--wtach'], { cwd: repoRoot, env: { ...process.env, IJ_CONTENT_DIR: dir } });
      expect.unreachable();
    } catch (error) {
      const e = error as { code: number; stderr: string };
      expect(e.code).toBe(2);
      expect(e.stderr).toBe(
        "'--wtach' is not an option of npm run check (did you mean --watch?) (allowed: --watch, to check again each time a file is saved: npm run check -- --watch; a file's path, to see its problems alone: npm run check -- content/entries/<council>/<date>-<kind>[-<n>].md)\n",
      );
    }
  });

  it('still prints once and exits 0 or 1', async () => {
    const dir = await scratch();
    const ok = await check(dir);
    expect(ok).toEqual({ code: 0, stdout: `${dir}: 8 entries (1 draft: ${draftOf(dir)}), 2 councils, 4 themes: no problems\n`, stderr: '' });
    const file = path.join(dir, 'entries/southwell/2018-11-28-focused-visit.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('kind: focused-visit', 'kind: focussed-visit'));
    const bad = await check(dir);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/2018-11-28-focused-visit\.md:3: kind: 'focussed-visit' is not a kind .*\n1 problem in 1 file\n$/);
  });

  describe('with a file named', () => {
    const shown = (file: string) => path.relative(repoRoot, file);
    async function breakFocusedVisit(dir: string): Promise<string> {
      const file = path.join(dir, 'entries/southwell/2018-11-28-focused-visit.md');
      await writeFile(file, (await readFile(file, 'utf8')).replace('kind: focused-visit', 'kind: focussed-visit'));
      return file;
    }

    it("shows that file's problems alone", async () => {
      const dir = await scratch();
      const broken = await breakFocusedVisit(dir);
      const result = await check(dir, [broken]);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/2018-11-28-focused-visit\.md:3: kind: 'focussed-visit' is not a kind .*\n1 problem in 1 file\n$/);
    });

    it('says a file with none has none, and counts the other files\' problems, which stop the build', async () => {
      const dir = await scratch();
      await breakFocusedVisit(dir);
      const fine = path.join(dir, 'entries/northby/2017-02-22-monitoring-visit.md');
      const result = await check(dir, [fine]);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe(`${shown(fine)}: no problems\n`);
      expect(result.stderr).toBe('1 problem in 1 other file: the site will not build until it is fixed (npm run check with no file named lists them).\n');
      expect(await check(dir, [path.join(dir, 'entries/northby/2020-01-committee-paper.md')])).toMatchObject({ stdout: expect.stringMatching(/: no problems \(a draft: left out of the site until draft: true is taken out\)\n$/) });
    });

    it('refuses a file that does not exist, offering the nearest name, or one outside the content folder', async () => {
      const dir = await scratch();
      const typo = path.join(dir, 'entries/northby/2017-02-21-monitoring-visit.md');
      expect(await check(dir, [typo])).toEqual({ code: 2, stdout: '', stderr: `${typo}: no such file (did you mean 2017-02-22-monitoring-visit.md?)\n` });
      const outside = path.join(repoRoot, 'package.json');
      expect((await check(dir, [outside])).stderr).toBe(`${outside}: not in ${dir}/, the folder npm run check reads (IJ_CONTENT_DIR names another)\n`);
    });
  });
});
