/**
 * findSameVisit: the entry of a council that already holds a visit, which
 * npm run new and npm run import name before writing a copy.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSameVisit } from '../../../src/lib/content/held-visit.ts';
import { entryText, tempContents, withBase } from './helpers.ts';

describe('findSameVisit', () => {
  const temp = tempContents();

  it('names the first entry file of the council that holds the visit, with its title and why', async () => {
    const content = await temp.write(
      withBase({
        // A badly named file is not read as an entry, a draft is not compared, another council's entries are not looked at.
        'entries/reading/2019-10-28 monitoring visit.md': entryText({ title: 'Misnamed', date: '2019-10-28' }),
        'entries/reading/2019-10-27-monitoring-visit.md': entryText({ title: 'Draft', date: '2019-10-27', start_date: '2019-10-01', draft: 'true' }),
        'entries/reading/2019-10-28-monitoring-visit.md': entryText({ title: 'Held', date: '2019-10-28', start_date: '2019-10-01' }),
        'entries/reading/2019-10-29-monitoring-visit.md': entryText({ title: 'Later', date: '2019-10-29', start_date: '2019-10-01' }),
        'entries/slough/2019-10-02-monitoring-visit.md': entryText({ title: 'Elsewhere', date: '2019-10-02', start_date: '2019-10-01' }),
      }),
    );
    const visit = { kind: 'monitoring-visit' as const, date: '2019-10-28', start_date: '2019-10-01' };
    expect(await findSameVisit(content.dir, 'reading', visit)).toEqual({
      file: path.join(content.dir, 'entries/reading/2019-10-28-monitoring-visit.md'),
      title: 'Held',
      why: 'has the same start_date 2019-10-01',
    });
    expect(await findSameVisit(content.dir, 'reading', { ...visit, kind: 'focused-visit' })).toBeUndefined();
    expect(await findSameVisit(content.dir, 'no-such-council', visit)).toBeUndefined();
  });
});
