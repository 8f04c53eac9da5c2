/**
 * Entry file names: reading `<date>-<kind>[-<n>].md` (and what a wrong name
 * was meant to be), the name the front-matter asks for, the first free one.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTRY_PATTERN, expectedName, firstFreeName, firstFreeNameIn, parseEntryFileName } from '../../../src/lib/content/entry-names.ts';

describe('parseEntryFileName', () => {
  it.each([
    ['2018-08-01-monitoring-visit.md', { date: '2018-08-01', kind: 'monitoring-visit', n: undefined }],
    ['2016-06-inspection.md', { date: '2016-06', kind: 'inspection', n: undefined }],
    ['2018-08-01-monitoring-visit-2.md', { date: '2018-08-01', kind: 'monitoring-visit', n: 2 }],
    ['2018-08-01-jtai-12.md', { date: '2018-08-01', kind: 'jtai', n: 12 }],
    ['2018-01-annual-engagement.md', { date: '2018-01', kind: 'annual-engagement', n: undefined }],
  ])('parses %s', (name, parsed) => {
    expect(parseEntryFileName(name)).toEqual(parsed);
  });

  it.each([
    '2018-08-01-monitoring-visit-1.md',
    '2018-08-01-monitoring-visit-0.md',
    '2018-08-01-monitoring-visit.markdown',
    '2018-08-01-monitoring-visit.MD',
    '2018-08-01-monitoring-visit.Md',
    '2018-08-01-monitoring-visit.txt',
    '2018-08-01-Monitoring-Visit.md',
    '2018-8-1-monitoring-visit.md',
    '2018-08-01_monitoring-visit.md',
    'monitoring-visit.md',
    '2018-08-01.md',
    '2018-08-01-visit.md',
  ])('rejects %s', (name) => {
    expect(parseEntryFileName(name)).toEqual({ error: expect.any(String) });
  });

  it.each([
    ['2018-08-01-Monitoring-Visit.md', '2018-08-01-monitoring-visit.md'],
    ['2018-08-01 monitoring visit.md', '2018-08-01-monitoring-visit.md'],
    ['2018-08-01_monitoring_visit.md', '2018-08-01-monitoring-visit.md'],
    ['2018-8-1-monitoring-visit.md', '2018-08-01-monitoring-visit.md'],
    ['01-08-2018-monitoring-visit.md', '2018-08-01-monitoring-visit.md'],
    ['2016-06-Inspection.md', '2016-06-inspection.md'],
    ['2018-08-01-Committee paper 2.md', '2018-08-01-committee-paper-2.md'],
  ])('names the file %s was meant to be', (name, meant) => {
    expect(parseEntryFileName(name)).toEqual({ error: `'${name}' is not named <date>-<kind>[-<n>].md (did you mean ${meant}?) (e.g. 2018-08-01-monitoring-visit.md)` });
  });

  it.each(['2018-08-01-monitoring-visit - Copy.md', '2018-08-01-monitoring-visit - Copy (2).md', 'Copy of 2018-08-01-monitoring-visit.md', '2018-08-01-monitoring-visit (1).md', '2018-08-01-monitoring-visit copy 2.md'])(
    'says %s is a copy of an entry, to rename for its own event or delete',
    (name) => {
      expect(parseEntryFileName(name)).toEqual({
        error: `'${name}' is the name Windows, a Mac or a browser gives a copy of 2018-08-01-monitoring-visit.md (allowed: ${ENTRY_PATTERN}; rename the copy for its own event's date and kind, or delete it if it is the same event)`,
      });
    },
  );

  it.each(['notes.md', '2018-08-01.md', '2018-08-01-focussed visit.md', '2018-02-30-Inspection.md', '2018-08-01-Inspection-.md'])('names no file for %s, which no valid name is near', (name) => {
    expect(parseEntryFileName(name)).toEqual({ error: `'${name}' is not named <date>-<kind>[-<n>].md (e.g. 2018-08-01-monitoring-visit.md)` });
  });

  it.each([
    ['2018-08-01-monitoring-visit.md.txt', '2018-08-01-monitoring-visit.md'],
    ['2018-08-01-monitoring-visit.txt', '2018-08-01-monitoring-visit.md'],
    ['2018-08-01 Monitoring visit.TXT', '2018-08-01-monitoring-visit.md'],
  ])('names the .md file %s, saved as text by Notepad, was meant to be', (name, meant) => {
    expect(parseEntryFileName(name)).toEqual({
      error: `'${name}' is not an entry file: an entry's name ends in .md (did you mean ${meant}? Notepad adds .txt unless "Save as type" is "All files") (allowed: ${ENTRY_PATTERN})`,
    });
  });

  it.each(['notes.txt', '2018-08-01-monitoring-visit.docx', '2018-08-01-monitoring-visit.pdf'])('names no .md file for %s, which is not an entry saved another way', (name) => {
    expect(parseEntryFileName(name)).toEqual({ error: `'${name}' is not an entry file (allowed: ${ENTRY_PATTERN})` });
  });

  it.each(['2018-08-01-monitoring-visit.md~', '.2018-08-01-monitoring-visit.md.swp', '.2018-08-01-monitoring-visit.md.swo', '2018-08-01-monitoring-visit.md.bak', '.#2018-08-01-monitoring-visit.md', '~$18-08-01-monitoring-visit.md', '.~lock.2018-08-01-monitoring-visit.md#'])(
    'says %s is a file an editor left, to delete',
    (name) => {
      expect(parseEntryFileName(name)).toEqual({
        error: `'${name}' is a backup or lock file that an editor leaves beside a file it has open, not an entry (delete it once the editor is closed; allowed: ${ENTRY_PATTERN})`,
      });
    },
  );

});

describe('expectedName', () => {
  it('names the file by the date the entry sits at on the timeline: its date, else its publication, else its first day', () => {
    expect(expectedName({ date: '2018-08-01', published: '2018-09-02', kind: 'monitoring-visit' })).toBe('2018-08-01-monitoring-visit.md');
    expect(expectedName({ published: '2018-09-02', start_date: '2018-07-30', kind: 'monitoring-visit' })).toBe('2018-09-02-monitoring-visit.md');
    expect(expectedName({ start_date: '2018-07-30', kind: 'monitoring-visit' })).toBe('2018-07-30-monitoring-visit.md');
    expect(expectedName({ published: '2018-08', kind: 'committee-paper' }, 2)).toBe('2018-08-committee-paper-2.md');
  });
});

describe('firstFreeName', () => {
  const paper = { date: '2018-10-04', kind: 'committee-paper' as const };

  it('takes <date>-<kind>.md, else the first free -2, -3 …, listing the names taken', () => {
    expect(firstFreeName(paper, new Set(['2018-10-04-inspection.md']))).toEqual({ name: '2018-10-04-committee-paper.md', n: undefined, taken: [] });
    expect(firstFreeName(paper, new Set(['2018-10-04-committee-paper.md', '2018-10-04-committee-paper-2.md', '2018-10-04-committee-paper-4.md']))).toEqual({
      name: '2018-10-04-committee-paper-3.md',
      n: 3,
      taken: ['2018-10-04-committee-paper.md', '2018-10-04-committee-paper-2.md'],
    });
  });

  it('reads the names taken from a council folder, which may not exist yet', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'ij-entry-names-'));
    try {
      await writeFile(path.join(folder, '2018-10-04-committee-paper.md'), '');
      expect(await firstFreeNameIn(folder, paper)).toEqual({ name: '2018-10-04-committee-paper-2.md', n: 2, taken: ['2018-10-04-committee-paper.md'] });
      expect((await firstFreeNameIn(path.join(folder, 'new-council'), paper)).name).toBe('2018-10-04-committee-paper.md');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
