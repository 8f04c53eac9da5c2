/**
 * npm run check -- <file>: which named files cannot be checked, and the
 * split of problems into the named files' and the rest.
 */
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findNamedFile, namedFileProblem, splitByFile } from '../../../src/lib/content/named-files.ts';
import { displayPath } from '../../../src/lib/content/problems.ts';

describe('findNamedFile', () => {
  it('finds an entry typed by its file name alone, by its id, or from the folder npm was run in', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ij-named-'));
    for (const council of ['reading', 'slough']) await mkdir(path.join(dir, 'entries', council), { recursive: true });
    for (const file of ['reading/2016-06-inspection.md', 'reading/2023-03-17-inspection.md', 'slough/2023-03-17-inspection.md']) await writeFile(path.join(dir, 'entries', file), '');
    const shown = (file: string) => path.relative(process.cwd(), path.join(dir, 'entries', file));
    expect(findNamedFile('2016-06-inspection.md', dir, undefined)).toBe(shown('reading/2016-06-inspection.md'));
    expect(findNamedFile('reading/2016-06-inspection', dir, undefined)).toBe(shown('reading/2016-06-inspection.md'));
    expect(findNamedFile('2016-06-inspection.md', dir, path.join(dir, 'entries/reading'))).toBe(shown('reading/2016-06-inspection.md'));
    // In two councils' folders: as typed, and namedFileProblem names both.
    expect(findNamedFile('2023-03-17-inspection.md', dir, undefined)).toBe('2023-03-17-inspection.md');
    expect(namedFileProblem('2023-03-17-inspection.md', dir)).toBe(
      `2023-03-17-inspection.md: more than one council has a file of this name (allowed: its path, one of ${shown('reading/2023-03-17-inspection.md')}, ${shown('slough/2023-03-17-inspection.md')})`,
    );
    expect(namedFileProblem('2016-06-inspektion.md', dir)).toBe(
      "2016-06-inspektion.md: no such file in any council's folder (allowed: its path, such as content/entries/<council>/<file name>)",
    );
  });
});

describe('namedFileProblem', () => {
  it('offers the nearest name in the folder for a slip, and none for another date', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ij-named-'));
    await mkdir(path.join(dir, 'entries/reading'), { recursive: true });
    for (const name of ['2018-08-01-monitoring-visit.md', '2018-08-02-monitoring-visit.md', '2019-10-28-inspection.md']) await writeFile(path.join(dir, 'entries/reading', name), '');
    const named = (name: string) => path.join(dir, 'entries/reading', name);
    expect(namedFileProblem(named('2018-08-01-monitoring-vist.md'), dir)).toBe(`${named('2018-08-01-monitoring-vist.md')}: no such file (did you mean 2018-08-01-monitoring-visit.md?)`);
    expect(namedFileProblem(named('2019-10-82-inspection.md'), dir)).toBe(`${named('2019-10-82-inspection.md')}: no such file (did you mean 2019-10-28-inspection.md?)`);
    expect(namedFileProblem(named('2012-03-23-inspection.md'), dir)).toBe(`${named('2012-03-23-inspection.md')}: no such file`);
    expect(namedFileProblem(path.join(dir, 'nowhere/x.md'), dir)).toBe(`${path.join(dir, 'nowhere/x.md')}: no such file`);
    expect(namedFileProblem(named('2019-10-28-inspection.md'), dir)).toBeUndefined();
  });

  it('refuses a file outside the content folder', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ij-named-'));
    expect(namedFileProblem('package.json', dir)).toBe(`package.json: not in ${dir}/, the folder npm run check reads (IJ_CONTENT_DIR names another)`);
  });
});

describe('splitByFile', () => {
  it('matches a file however it was typed: relative, absolute, or with ./', () => {
    const problem = (file: string) => ({ file, line: 1, field: 'kind', message: 'x' });
    const mine = problem(displayPath('content/entries/reading/a.md'));
    const theirs = problem(displayPath('content/entries/reading/b.md'));
    for (const typed of ['content/entries/reading/a.md', './content/entries/reading/a.md', path.resolve('content/entries/reading/a.md')]) {
      expect(splitByFile([mine, theirs], [typed])).toEqual({ named: [mine], others: [theirs] });
    }
  });
});
