/**
 * One inspection or visit entered twice: which entries loadContent takes for
 * the same event, which of the two it reports, and how it words it.
 */
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/lib/content/problems.ts';
import { entryText, lineOfKey, tempContents, withBase } from './helpers.ts';

const MV = '2018-08-01-monitoring-visit.md';
const problem = (file: string, line: number, field: string, message: string): Problem => ({ file, line, field, message });

const { load, shown } = tempContents();

describe('sameEvents: the same event entered twice', () => {
  const imported = entryText({ title: 'Inspection', kind: 'inspection', date: undefined, start_date: '2019-09-16', published: '2019-10-28', framework: 'ilacs', grades: '{overall: requires-improvement}' });
  const byHand = entryText({ title: 'Inspection', kind: 'inspection', date: '2019-09-27', start_date: '2019-09-16', published: '2019-10-28', framework: 'ilacs', grades: '{overall: requires-improvement}' });

  it('refuses two entries of one visit kind that share a first day, a last day or a publication date', async () => {
    const set = await load(withBase({ 'entries/reading/2019-10-28-inspection.md': imported, 'entries/reading/2019-09-27-inspection.md': byHand }));
    expect(set.problems).toEqual([
      problem(shown('entries/reading/2019-10-28-inspection.md'), lineOfKey(imported, 'start_date'), 'start_date', 'looks like the same inspection as reading/2019-09-27-inspection.md, which has the same start_date 2019-09-16 (allowed: one entry for each inspection; keep one file, and put what you know in it)'),
    ]);
    const copy = await load(withBase({ [`entries/reading/${MV}`]: entryText(), 'entries/reading/2018-08-01-monitoring-visit-2.md': entryText() }));
    expect(copy.problems.map((p) => `${p.file.split('/').pop()}:${p.line}: ${p.field}`)).toEqual(['2018-08-01-monitoring-visit-2.md:4: date']);
  });

  it('reports the copy written by hand, not the imported entry, whatever the file names', async () => {
    // The imported file's name sorts after the officer's: the officer's is still the one reported.
    const fromOfsted = imported.replace('title:', 'imported: ofsted-la-inspections-2009-2023\ntitle:');
    const set = await load(withBase({ 'entries/reading/2019-10-28-inspection.md': fromOfsted, 'entries/reading/2019-09-27-inspection.md': byHand }));
    expect(set.problems).toEqual([
      problem(shown('entries/reading/2019-09-27-inspection.md'), lineOfKey(byHand, 'start_date'), 'start_date', 'looks like the same inspection as reading/2019-10-28-inspection.md, which has the same start_date 2019-09-16 (allowed: one entry for each inspection; move what you wrote into reading/2019-10-28-inspection.md (a re-import never changes its title, summary or text) and delete this file)'),
    ]);
    // Both imported: the later name, as when neither is.
    const both = await load(withBase({ 'entries/reading/2019-10-28-inspection.md': fromOfsted, 'entries/reading/2019-09-27-inspection.md': byHand.replace('title:', 'imported: ofsted-ilacs-history-2025\ntitle:') }));
    expect(both.problems.map((p) => `${p.file.split('/').pop()}: ${p.field}`)).toEqual(['2019-10-28-inspection.md: start_date']);
  });

  it("refuses a date, say the letter's, that falls between another entry's first day and publication, both included", async () => {
    const fromOfsted = entryText({ kind: 'monitoring-visit', date: undefined, start_date: '2019-09-16', published: '2019-10-28', imported: 'ofsted-la-inspections-2009-2023' });
    const letter = entryText({ kind: 'monitoring-visit', date: '2019-10-28' });
    const set = await load(withBase({ 'entries/reading/2019-10-28-monitoring-visit.md': fromOfsted, 'entries/reading/2019-10-28-monitoring-visit-2.md': letter }));
    expect(set.problems).toEqual([
      problem(shown('entries/reading/2019-10-28-monitoring-visit-2.md'), lineOfKey(letter, 'date'), 'date', 'looks like the same monitoring visit as reading/2019-10-28-monitoring-visit.md, which has start_date 2019-09-16 and published 2019-10-28, either side of date 2019-10-28 (allowed: one entry for each monitoring visit; move what you wrote into reading/2019-10-28-monitoring-visit.md (a re-import never changes its title, summary or text) and delete this file)'),
    ]);
    // Neither imported: the later name is reported, here the one with the span.
    const lastDay = entryText({ kind: 'monitoring-visit', date: '2019-09-16' });
    const byHand = await load(withBase({ 'entries/reading/2019-10-28-monitoring-visit.md': fromOfsted.replace(/^imported: .*\n/m, ''), 'entries/reading/2019-09-16-monitoring-visit.md': lastDay }));
    expect(byHand.problems).toEqual([
      problem(shown('entries/reading/2019-10-28-monitoring-visit.md'), lineOfKey(fromOfsted, 'start_date'), 'start_date', 'looks like the same monitoring visit as reading/2019-09-16-monitoring-visit.md, which has date 2019-09-16, between start_date 2019-09-16 and published 2019-10-28 (allowed: one entry for each monitoring visit; keep one file, and put what you know in it)'),
    ]);
  });

  it('refuses a date up to 60 days after the first day of a visit whose entry has no publication date', async () => {
    const firstDayOnly = entryText({ kind: 'focused-visit', date: undefined, start_date: '2023-01-24', imported: 'ofsted-in-year-2022-23' });
    const lastDay = entryText({ kind: 'focused-visit', date: '2023-01-25' });
    const set = await load(withBase({ 'entries/reading/2023-01-24-focused-visit.md': firstDayOnly, 'entries/reading/2023-01-25-focused-visit.md': lastDay }));
    expect(set.problems).toEqual([
      problem(shown('entries/reading/2023-01-25-focused-visit.md'), lineOfKey(lastDay, 'date'), 'date', 'looks like the same focused visit as reading/2023-01-24-focused-visit.md, which has start_date 2023-01-24 and no publication date (taken as up to 60 days after the first day), either side of date 2023-01-25 (allowed: one entry for each focused visit; move what you wrote into reading/2023-01-24-focused-visit.md (a re-import never changes its title, summary or text) and delete this file)'),
    ]);
    // Day 60 is the last taken for the same visit; day 61 and a month running past it are another.
    const at = (date: string) => load(withBase({ 'entries/reading/2023-01-24-focused-visit.md': firstDayOnly, [`entries/reading/${date}-focused-visit.md`]: entryText({ kind: 'focused-visit', date }) }));
    expect((await at('2023-03-25')).problems.map((p) => p.field)).toEqual(['date']);
    expect((await at('2023-03-26')).problems).toEqual([]);
    expect((await at('2023-03')).problems).toEqual([]);
  });

  it('accepts two papers to one meeting, a draft beside the entry it will be merged into, and inspections of different areas', async () => {
    const paper = entryText({ kind: 'committee-paper', body: 'council', date: '2018-10-04' });
    const slac = (area: string) => entryText({ kind: 'inspection', date: undefined, published: '2011-02-25', framework: 'slac', grades: `{${area}: good}` });
    const set = await load(withBase({
      'entries/reading/2018-10-04-committee-paper.md': paper,
      'entries/reading/2018-10-04-committee-paper-2.md': paper,
      [`entries/reading/${MV}`]: entryText(),
      'entries/reading/2018-08-01-monitoring-visit-2.md': entryText({ draft: 'true' }),
      'entries/reading/2011-02-25-inspection.md': slac('safeguarding'),
      'entries/reading/2011-02-25-inspection-2.md': slac('looked-after-children'),
      // The next monitoring visit, and one dated only by a month that runs past the publication.
      'entries/reading/2018-10-15-monitoring-visit.md': entryText({ date: undefined, start_date: '2018-09-03', published: '2018-10-15' }),
      'entries/reading/2018-10-monitoring-visit.md': entryText({ date: '2018-10' }),
      'entries/reading/2018-10-16-monitoring-visit.md': entryText({ date: '2018-10-16' }),
    }));
    expect(set.problems).toEqual([]);
  });
});
