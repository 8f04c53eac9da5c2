/**
 * npm run import end to end: scripts/import.ts run as an officer would run
 * it, on the seeds, on the folder of twenty real letters (timed), on files
 * it cannot read, and twice on the same file. Drafts go to a scratch copy
 * of a fixture content directory, which must pass the full content check
 * afterwards.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/content/validate.ts';
import { allCouncils, repoRoot, scratchContent, seedCouncils } from './helpers.ts';
import { lettersDir, seedFile } from '../../support/shared-material.ts';

const run = promisify(execFile);

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return cliWith({}, ...args);
}

/** The import with settings npm passes on: an option typed without the -- before it (npm run import --dry-run) comes as npm_config_dry_run. */
async function cliWith(env: Record<string, string>, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['scripts/import.ts', ...args], { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** A PDF with one blank page: valid, but no text to read (a scan would look the same). */
function blankPdf(): Buffer {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

const entriesIn = async (dir: string) =>
  (await readdir(path.join(dir, 'entries'), { recursive: true }).catch(() => [] as string[])).filter((f) => String(f).endsWith('.md')).map(String).sort();

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.map((c) => c()));
  cleanups = [];
});
async function scratch(from: string) {
  const s = await scratchContent(from);
  cleanups.push(s.cleanup);
  return s.dir;
}

let seeds: Record<string, string>;
beforeAll(async () => {
  seeds = Object.fromEntries(await Promise.all(['000', '001', '002', '003', '004'].map(async (n) => [n, await seedFile(n)])));
});

describe('npm run import on the seeds', () => {
  it('writes a valid draft for each and says what it found and what it did not', async () => {
    const dir = await scratch(seedCouncils);
    const { code, stdout } = await cli(...Object.values(seeds), '--content', dir);
    expect(code).toBe(0);
    expect(await entriesIn(dir)).toEqual([
      ['havering', '2017-07-06-committee-paper.md'].join(path.sep),
      ['reading', '2017-02-22-monitoring-visit.md'].join(path.sep),
      ['reading', '2018-10-04-committee-paper.md'].join(path.sep),
      ['tameside', '2018-01-23-committee-paper.md'].join(path.sep),
      ['windsor-and-maidenhead', '2018-11-minutes.md'].join(path.sep),
    ]);
    // The whole content directory, drafts included, passes npm run check.
    expect((await loadContent(dir)).problems).toEqual([]);

    expect(stdout).toMatch(/^\[3\/5\] \S*002_\S+\.txt → \S*entries\/reading\/2017-02-22-monitoring-visit\.md$/m);
    expect(stdout).toContain('  found inspectors: Nick Stacey HMI, Brenda McInerney HMI');
    expect(stdout).toContain('  found visit_number: 2');
    expect(stdout).toContain('  not found findings: no “What needs to improve”, areas for improvement or strengths list');
    expect(stdout).toMatch(/  check date: the paper is dated 23 January 2018 but reports as past events after that date: “27 and 28 November 2018”/);
    expect(stdout).toContain('  not found committee: no “Report to:” line or committee heading');
    expect(stdout).toMatch(/\n5 files: 5 drafts written in \d+\.\d s\n$/);

    const draft = await readFile(path.join(dir, 'entries/reading/2017-02-22-monitoring-visit.md'), 'utf8');
    expect(draft).toMatch(/^---\n# Draft made by npm run import from \S+002_\S+\.txt on \d{4}-\d{2}-\d{2}\./);
  });

  it('never overwrites: a second import of the same letter is -2, and it says the first exists', async () => {
    const dir = await scratch(seedCouncils);
    await cli(seeds['002'], '--content', dir);
    const first = await readFile(path.join(dir, 'entries/reading/2017-02-22-monitoring-visit.md'), 'utf8');
    const officer = first.replace('draft: true', 'draft: false');
    await writeFile(path.join(dir, 'entries/reading/2017-02-22-monitoring-visit.md'), officer);
    const { stdout } = await cli(seeds['002'], '--content', dir);
    expect(stdout).toContain('entries/reading/2017-02-22-monitoring-visit-2.md');
    expect(stdout).toContain('note: 2017-02-22-monitoring-visit.md already exists for this date and kind: is this document already imported?');
    expect(await readFile(path.join(dir, 'entries/reading/2017-02-22-monitoring-visit.md'), 'utf8')).toBe(officer);
    expect((await loadContent(dir)).problems).toEqual([]);
  });

  it('says when the site already holds the visit under other dates, in the draft and on the screen', async () => {
    const dir = await scratch(seedCouncils);
    // As the Ofsted statistics import writes it: the visit's first day and the letter's date, not the last day,
    // so the draft (named by the last day, 2017-02-22) gets a file of its own.
    const imported = ['---', 'title: "Monitoring visit"', 'kind: monitoring-visit', 'start_date: 2017-02-21', 'published: 2017-03-20', 'body: ofsted', 'summary: Ofsted monitoring visit.', 'imported: ofsted-test', '---', 'Imported.', ''].join('\n');
    await mkdir(path.join(dir, 'entries/reading'), { recursive: true });
    await writeFile(path.join(dir, 'entries/reading/2017-03-20-monitoring-visit.md'), imported);
    const { stdout } = await cli(seeds['002'], '--content', dir);
    expect(stdout).toMatch(/note: \S*entries\/reading\/2017-03-20-monitoring-visit\.md already holds this monitoring visit \(it has the same start_date 2017-02-21\): move what the draft adds into that file, then delete the draft/);
    const draft = await readFile(path.join(dir, 'entries/reading/2017-02-22-monitoring-visit.md'), 'utf8');
    expect(draft).toMatch(/^# TODO: \S*2017-03-20-monitoring-visit\.md already holds this monitoring visit \(it has the same start_date 2017-02-21\): move what this draft adds into that file, then delete this draft$/m);
    // Published as it stands, the copy is refused.
    await writeFile(path.join(dir, 'entries/reading/2017-02-22-monitoring-visit.md'), draft.replace(/^draft: true$/m, 'draft: false'));
    expect((await loadContent(dir)).problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/^looks like the same monitoring visit as reading\/2017-03-20-monitoring-visit\.md/));
  });

  it('writes nothing for a document whose council it cannot tell, and says why and what to do', async () => {
    const dir = await scratch(allCouncils);
    const { code, stdout } = await cli(seeds['003'], '--content', dir);
    expect(code).toBe(1);
    expect(stdout).toMatch(/003_\S+\.txt: nothing written: no council: it could be any of .*windsor-and-maidenhead.* \(if you know it, give it with --council <id>\)/);
    expect(await entriesIn(dir)).toEqual([]);

    const named = await cli(seeds['003'], '--content', dir, '--council', 'windsor-and-maidenhead');
    expect(named.code).toBe(0);
    expect(named.stdout).toContain('  found council: windsor-and-maidenhead');
    expect(await entriesIn(dir)).toEqual([['windsor-and-maidenhead', '2018-11-minutes.md'].join(path.sep)]);
  });

  it('writes nothing on a dry run typed without the -- (npm run import --dry-run <file>), which npm keeps for itself', async () => {
    const dir = await scratch(seedCouncils);
    const { code, stdout } = await cliWith({ npm_config_dry_run: 'true' }, seeds['000'], '--content', dir);
    expect(code).toBe(0);
    expect(stdout).toMatch(/\(dry run: not written\)/);
    expect(await entriesIn(dir)).toEqual([]);
  });

  it('refuses --council typed without the --, whose value npm passes on as a file', async () => {
    const dir = await scratch(seedCouncils);
    const { code, stderr } = await cliWith({ npm_config_council: 'true' }, 'reading', seeds['000'], '--content', dir);
    expect(code).toBe(2);
    expect(stderr).toBe('--council must come after the -- of npm run import, or npm keeps it for itself (allowed: npm run import -- --council <value> <file>)\n');
  });

  it('shows the draft and writes nothing on a dry run', async () => {
    const dir = await scratch(seedCouncils);
    const { code, stdout } = await cli(seeds['000'], '--content', dir, '--dry-run');
    expect(code).toBe(0);
    expect(stdout).toMatch(/→ \S+entries\/reading\/2018-10-04-committee-paper\.md \(dry run: not written\)/);
    expect(stdout).toContain('title: Ofsted monitoring visit and deep dive of children\'s services\nkind: committee-paper\ndate: 2018-10-04\n');
    expect(await entriesIn(dir)).toEqual([]);
  });
});

describe('npm run import on files it cannot read', () => {
  it('goes on with the others, says why for each, and exits 1', async () => {
    const dir = await scratch(seedCouncils);
    const junk = await mkdtemp(path.join(tmpdir(), 'ij-junk-'));
    cleanups.push(() => rm(junk, { recursive: true, force: true }));
    await writeFile(path.join(junk, 'broken.pdf'), '%PDF-1.4\nthis is not really a PDF\n');
    await writeFile(path.join(junk, 'scan.pdf'), blankPdf());
    const { code, stdout, stderr } = await cli(path.join(junk, 'broken.pdf'), path.join(junk, 'scan.pdf'), path.join(junk, 'missing.pdf'), seeds['002'], '--content', dir);
    expect(code).toBe(1);
    expect(stdout).toMatch(/broken\.pdf: could not be read: is not a PDF that can be read/);
    expect(stdout).toMatch(/scan\.pdf: could not be read: has no text layer \(1 page of images\?\): run it through OCR first/);
    expect(stderr).toMatch(/missing\.pdf: could not be read: no such file or folder/);
    expect(await entriesIn(dir)).toEqual([['reading', '2017-02-22-monitoring-visit.md'].join(path.sep)]);
    expect(stdout).toMatch(/4 files: 1 draft written, 3 could not be read/);
  });

  it('says how to give a file whose name has spaces, typed without quotes', async () => {
    const dir = await scratch(seedCouncils);
    const junk = await mkdtemp(path.join(tmpdir(), 'ij-junk-'));
    cleanups.push(() => rm(junk, { recursive: true, force: true }));
    const file = path.join(junk, 'Reading letter.pdf');
    await writeFile(file, '%PDF-1.4\n');
    const { code, stderr } = await cli(...file.split(' '), '--content', dir, '--dry-run');
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(`${file}: could not be read: its name has spaces in it, so each word was taken for a file of its own (allowed: a name with spaces in quotes; write it like this: npm run import -- "${file}")`);
  });

  it('exits 1 when a file was read but nothing could be drafted from it', async () => {
    const dir = await scratch(seedCouncils);
    const { code, stdout } = await cli(path.join(lettersDir, 'leeds-focused-visit-letter-2021-08-31.pdf'), '--content', dir);
    expect(code).toBe(1);
    expect(stdout).toMatch(/nothing written: no council: it is about “Leeds”, and no council file in content\/councils has that name/);
  });

  it('says a text file too short to be a letter is too short, not empty', async () => {
    const dir = await scratch(seedCouncils);
    const junk = await mkdtemp(path.join(tmpdir(), 'ij-junk-'));
    cleanups.push(() => rm(junk, { recursive: true, force: true }));
    await writeFile(path.join(junk, 'note.txt'), 'hello\n');
    const { code, stdout } = await cli(path.join(junk, 'note.txt'), '--content', dir);
    expect(code).toBe(1);
    expect(stdout).toMatch(/note\.txt: could not be read: has only 5 characters of text, too little to be a letter or a paper\n$/);
  });
});

describe('npm run import on a folder with Word documents and system files', () => {
  const docx = () => zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') });
  const SKIPPED = 'skipped: Word documents cannot be read; save it as PDF (File > Save as > PDF) and import that';
  async function folder(files: Record<string, string | Uint8Array>): Promise<string> {
    const made = await mkdtemp(path.join(tmpdir(), 'ij-folder-'));
    cleanups.push(() => rm(made, { recursive: true, force: true }));
    for (const [name, content] of Object.entries(files)) await writeFile(path.join(made, name), content);
    return made;
  }

  it('names a Word document alone in a folder, says to save it as PDF, and exits 1', async () => {
    const dir = await scratch(seedCouncils);
    const letters = await folder({ 'letter.docx': docx(), '.DS_Store': 'x' });
    const { code, stdout, stderr } = await cli(letters, '--content', dir);
    expect(code).toBe(1);
    expect(stdout).toMatch(new RegExp(`letter\\.docx: ${SKIPPED.replace(/[().>]/g, '\\$&')}\n$`));
    expect(stderr).toBe('');
  });

  it('drafts the PDF beside it, names the Word document, passes over system files in silence, and exits 1', async () => {
    const dir = await scratch(seedCouncils);
    const letters = await folder({ 'reading.txt': await readFile(seeds['002']), 'letter.docx': docx(), '.DS_Store': 'x', 'Thumbs.db': 'x', 'desktop.ini': 'x' });
    const { code, stdout } = await cli(letters, '--content', dir);
    expect(code).toBe(1);
    expect(stdout).toContain(`[1/2] ${path.relative(repoRoot, path.join(letters, 'letter.docx'))}: ${SKIPPED}`);
    expect(stdout).toMatch(/^\[2\/2\] \S+reading\.txt → \S+entries\/reading\/2017-02-22-monitoring-visit\.md$/m);
    expect(stdout).not.toMatch(/DS_Store|Thumbs|desktop/);
    expect(stdout).toMatch(/\n2 files: 1 draft written, 1 to save as PDF first in \d+\.\d s\n$/);
  });

  it('says a folder holding only system files is empty, and exits 1', async () => {
    const dir = await scratch(seedCouncils);
    const letters = await folder({ '.DS_Store': 'x', 'Thumbs.db': 'x' });
    const { code, stdout, stderr } = await cli(letters, '--content', dir);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`${letters}: nothing to import: the folder is empty\n`);
  });
});

describe('npm run import on the folder of twenty real letters', () => {
  it('drafts all twenty with a progress line each, every draft valid, and names the README beside them without failing', async () => {
    const dir = await scratch(allCouncils);
    const started = performance.now();
    const { code, stdout } = await cli(lettersDir, '--content', dir);
    const seconds = (performance.now() - started) / 1000;
    console.log(`npm run import on ${lettersDir}: 20 PDFs in ${seconds.toFixed(1)} s (whole command, Node start-up included)`);
    expect(code).toBe(0);
    const progress = stdout.split('\n').filter((l) => /^\[\d+\/21\] /.test(l));
    expect(progress).toHaveLength(21);
    expect(progress[0]).toMatch(/^\[1\/21\] \S+README\.md: skipped: from a folder, import reads only \.pdf \.txt \.text \.htm \.html files \(name this one on its own to read it anyway\)$/);
    expect(progress.filter((l) => l.includes(' → '))).toHaveLength(20);
    expect(progress[3]).toMatch(/^\[4\/21\] \S+derbyshire-focused-visit-letter-2022-10-26\.pdf → \S+entries\/derbyshire\/2022-09-22-focused-visit\.md$/);
    expect(stdout).toMatch(/\n21 files: 20 drafts written, 1 other file skipped in \d+\.\d s\n$/);
    expect(await entriesIn(dir)).toHaveLength(20);
    const content = await loadContent(dir);
    expect(content.problems).toEqual([]);
    expect(content.entries.every((e) => e.data.draft === true)).toBe(true);
  });
});
