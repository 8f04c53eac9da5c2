/**
 * A council's journey: order, year groups, judgements and the headline.
 */
import { describe, expect, it } from 'vitest';
import type { EntryData } from '../../src/lib/content/schema.ts';
import {
  byTime,
  describeWhenWithin,
  gradeList,
  groupByYear,
  headlineGrade,
  journeyHeadline,
  judgementDate,
  latestEntries,
  latestJudgement,
  overallJudgements,
  sortJourney,
  toJourneyEntry,
  type JourneyEntry,
} from '../../src/lib/journey.ts';
import type { Grade } from '../../src/lib/vocabulary.ts';

/** An entry whose id is made from its date and kind, as the file name would be. */
function entry(data: Partial<EntryData> & Pick<EntryData, 'kind'>, council = 'reading', n?: number): JourneyEntry {
  const full = { title: 'An event', body: 'ofsted', summary: 'What happened.', ...data } as EntryData;
  const anchor = full.date ?? full.published ?? full.start_date;
  return toJourneyEntry(`${council}/${anchor}-${full.kind}${n ? `-${n}` : ''}`, full);
}

const inspection = (date: string, overall: Grade, extra: Partial<EntryData> = {}) =>
  entry({ kind: 'inspection', date, framework: 'sif', grades: { overall }, ...extra });
const visit = (date: string, extra: Partial<EntryData> = {}) => entry({ kind: 'monitoring-visit', date, ...extra });

/** Reading's journey as the contract's example tells it. */
const READING = [
  inspection('2016-06', 'inadequate', { published: '2016-08' }),
  visit('2017-02-22'),
  visit('2018-08-01', { start_date: '2018-07-31' }),
  entry({ kind: 'deep-dive', date: '2018-09', body: 'dfe' }),
  entry({ kind: 'committee-paper', date: '2018-10-04', body: 'council' }),
];

describe('toJourneyEntry', () => {
  it('adds the council and where the entry sits', () => {
    const e = toJourneyEntry('reading/2018-08-24-committee-paper', {
      title: 't', kind: 'committee-paper', body: 'council', summary: 's', published: '2018-08-24', start_date: '2018-08-20',
    });
    expect(e).toMatchObject({ id: 'reading/2018-08-24-committee-paper', council: 'reading', when: '2018-08-24', themeMatches: [] });
    expect(toJourneyEntry('reading/x', { title: 't', kind: 'other', body: 'other', summary: 's', start_date: '2018-07-31' }).when).toBe('2018-07-31');
    expect(toJourneyEntry('reading/x', { title: 't', kind: 'other', body: 'other', summary: 's', date: '2018-08', published: '2018-09' }).when).toBe('2018-08');
  });
});

describe('sortJourney', () => {
  it('puts entries oldest first, whatever order they come in', () => {
    const shuffled = [READING[3], READING[0], READING[4], READING[2], READING[1]];
    expect(sortJourney(shuffled).map((e) => e.id)).toEqual(READING.map((e) => e.id));
  });

  it('does not change the list it is given', () => {
    const list = [READING[1], READING[0]];
    sortJourney(list);
    expect(list.map((e) => e.id)).toEqual([READING[1].id, READING[0].id]);
  });

  it('orders a month-only entry after a dated one on the month\'s first day, and before the second', () => {
    const list = [visit('2018-08-02'), entry({ kind: 'other', date: '2018-08', body: 'council' }), visit('2018-08-01')];
    expect(sortJourney(list).map((e) => e.when)).toEqual(['2018-08-01', '2018-08', '2018-08-02']);
  });

  it('keeps events on one date in a stable order by id', () => {
    const a = visit('2018-08-01');
    const b = entry({ kind: 'monitoring-visit', date: '2018-08-01' }, 'reading', 2);
    const c = entry({ kind: 'committee-paper', date: '2018-08-01', body: 'council' });
    expect(sortJourney([b, c, a]).map((e) => e.id)).toEqual([
      'reading/2018-08-01-committee-paper',
      'reading/2018-08-01-monitoring-visit',
      'reading/2018-08-01-monitoring-visit-2',
    ]);
    expect(byTime(a, a)).toBe(0);
  });

  it('places an entry with no date at its publication, and one with only a start at its start', () => {
    const published = entry({ kind: 'committee-paper', published: '2018-08-15', body: 'council' });
    const started = entry({ kind: 'focused-visit', start_date: '2018-08-10' });
    expect(sortJourney([published, started, visit('2018-08-12')]).map((e) => e.when)).toEqual(['2018-08-10', '2018-08-12', '2018-08-15']);
  });
});

describe('latestEntries', () => {
  it('gives the newest entries first, by when they sit on the timeline, whatever order they came in', () => {
    const latest = latestEntries([READING[2], READING[4], READING[0], READING[3], READING[1]], 3);
    expect(latest.map((e) => e.when)).toEqual(['2018-10-04', '2018-09', '2018-08-01']);
  });

  it('gives them all when there are fewer, and nothing for no entries', () => {
    expect(latestEntries(READING.slice(0, 2), 5).map((e) => e.when)).toEqual(['2017-02-22', '2016-06']);
    expect(latestEntries([], 5)).toEqual([]);
  });
});

describe('groupByYear', () => {
  it('groups sorted entries by the year they sit in, oldest year first', () => {
    const groups = groupByYear([READING[4], READING[0], READING[2], READING[1], READING[3]]);
    expect(groups.map((g) => [g.year, g.entries.map((e) => e.when)])).toEqual([
      [2016, ['2016-06']],
      [2017, ['2017-02-22']],
      [2018, ['2018-08-01', '2018-09', '2018-10-04']],
    ]);
  });

  it('leaves out years with no entries and returns nothing for no entries', () => {
    expect(groupByYear([visit('2014-01-01'), visit('2018-01-01')]).map((g) => g.year)).toEqual([2014, 2018]);
    expect(groupByYear([])).toEqual([]);
  });

  it('puts 31 December and 1 January in their own years', () => {
    expect(groupByYear([visit('2018-01-01'), visit('2017-12-31')]).map((g) => g.year)).toEqual([2017, 2018]);
  });
});

describe('judgements', () => {
  it('judgementDate is publication, else date, else start_date', () => {
    expect(judgementDate({ date: '2016-06', published: '2016-08' })).toBe('2016-08');
    expect(judgementDate({ date: '2016-06' })).toBe('2016-06');
    expect(judgementDate({ start_date: '2016-06-01' })).toBe('2016-06-01');
  });

  it('headlineGrade reads the framework\'s overall area, and nothing for frameworks without one', () => {
    expect(headlineGrade({ framework: 'sif', grades: { overall: 'inadequate', adoption: 'good' } })).toBe('inadequate');
    expect(headlineGrade({ framework: 'ilacs-2023', grades: { overall: 'good' } })).toBe('good');
    expect(headlineGrade({ framework: 'slac', grades: { safeguarding: 'good' } })).toBeUndefined();
    expect(headlineGrade({ framework: 'cpi', grades: { overall: 'good' } })).toBeUndefined();
    expect(headlineGrade({ framework: 'ilacs', grades: { leadership: 'good' } })).toBeUndefined();
    expect(headlineGrade({ grades: { overall: 'good' } })).toBeUndefined();
  });

  it('gradeList follows the framework\'s order of areas, with their labels', () => {
    expect(gradeList({ framework: 'ilacs', grades: { 'children-in-care-and-care-leavers': 'good', overall: 'requires-improvement' } })).toEqual([
      { area: 'overall', label: 'Overall effectiveness', grade: 'requires-improvement' },
      { area: 'children-in-care-and-care-leavers', label: 'Children in care and care leavers', grade: 'good' },
    ]);
    expect(gradeList({ framework: 'ilacs' })).toEqual([]);
    expect(gradeList({ grades: { overall: 'good' } })).toEqual([]);
  });

  it('overallJudgements: graded, not draft, ordered by when they became public', () => {
    const early = inspection('2014-01-10', 'good', { published: '2014-06-01' });
    const late = inspection('2014-03-01', 'inadequate', { published: '2014-04-01' });
    const draft = inspection('2015-01-01', 'good', { draft: true });
    const slac = entry({ kind: 'inspection', date: '2011-01-01', framework: 'slac', grades: { safeguarding: 'good' } });
    expect(overallJudgements([early, late, draft, slac, visit('2014-05-01')]).map((e) => e.id)).toEqual([late.id, early.id]);
  });

  describe('latestJudgement', () => {
    const first = inspection('2016-06', 'inadequate', { published: '2016-08-05' });
    const second = inspection('2019-10-28', 'requires-improvement', { published: '2019-12-10', framework: 'ilacs' });
    const journey = [second, visit('2018-08-01'), first];

    it('is the latest overall judgement', () => {
      expect(latestJudgement(journey)?.id).toBe(second.id);
      expect(latestJudgement([visit('2018-08-01')])).toBeUndefined();
      expect(latestJudgement([])).toBeUndefined();
    });

    it('as at a date: only judgements public by then, counting the publication day', () => {
      expect(latestJudgement(journey, '2019-12-09')?.id).toBe(first.id);
      expect(latestJudgement(journey, '2019-12-10')?.id).toBe(second.id);
      expect(latestJudgement(journey, '2016-08-05')?.id).toBe(first.id);
      expect(latestJudgement(journey, '2016-08-04')).toBeUndefined();
    });

    it('as at a month: a judgement published that month counts', () => {
      expect(latestJudgement(journey, '2019-12')?.id).toBe(second.id);
      expect(latestJudgement(journey, '2019-11')?.id).toBe(first.id);
    });

    it('as at a day, a judgement published "sometime that month" is taken as public', () => {
      // canPrecede treats '2016-08' as possibly on or before 1 August 2016.
      const monthOnly = inspection('2016-06', 'inadequate', { published: '2016-08' });
      expect(latestJudgement([monthOnly], '2016-08-01')?.id).toBe(monthOnly.id);
      expect(latestJudgement([monthOnly], '2016-07-31')).toBeUndefined();
    });

    it('ignores drafts', () => {
      const draft = inspection('2021-01-01', 'good', { draft: true });
      expect(latestJudgement([...journey, draft])?.id).toBe(second.id);
    });
  });
});

describe('describeWhenWithin', () => {
  it('says "published" or "began" after a comma, so a report’s date does not read as the inspection’s', () => {
    // A council page gave its latest grade as "(Inspection, 28 October 2019)", for an inspection that began on 16 September.
    expect(describeWhenWithin(entry({ kind: 'inspection', start_date: '2019-09-16', published: '2019-10-28' }))).toBe('published 28 October 2019');
    expect(describeWhenWithin(entry({ kind: 'monitoring-visit', start_date: '2022-05-11' }))).toBe('began 11 May 2022');
    expect(describeWhenWithin(entry({ kind: 'focused-visit', start_date: '2022-02-16', date: '2022-02-17', published: '2022-03-21' }))).toBe('16 to 17 February 2022');
  });
});

describe('journeyHeadline', () => {
  it('reads as in the docs for Reading\'s journey', () => {
    expect(journeyHeadline(READING)).toBe(
      'Inadequate since Aug 2016; 2 monitoring visits and 1 DfE deep dive on record since then, the latest in Sep 2018.',
    );
  });

  it('does not depend on the order entries are given in', () => {
    expect(journeyHeadline([...READING].reverse())).toBe(journeyHeadline(READING));
  });

  it('no entries', () => {
    expect(journeyHeadline([])).toBe('No entries yet.');
  });

  it('an abolished council: the grade held until then, not "since"', () => {
    expect(journeyHeadline(READING, '2019-04-01')).toBe(
      'Inadequate from Aug 2016 until the council was abolished in Apr 2019; 2 monitoring visits and 1 DfE deep dive on record in that time, the latest in Sep 2018.',
    );
    expect(journeyHeadline([], '2019-04-01')).toBe('No entries yet. The council was abolished in Apr 2019.');
  });

  it('no graded inspection: counts entries and their years', () => {
    const paper = entry({ kind: 'committee-paper', date: '2018-01', body: 'council' });
    const minutes = entry({ kind: 'minutes', date: '2019-03-04', body: 'council' });
    expect(journeyHeadline([paper])).toBe('No overall graded judgement recorded yet; 1 entry in 2018.');
    expect(journeyHeadline([paper, minutes])).toBe('No overall graded judgement recorded yet; 2 entries from 2018 to 2019.');
    expect(journeyHeadline([paper, visit('2018-06-01')])).toBe('No overall graded judgement recorded yet; 2 entries in 2018.');
  });

  it('a framework with no overall judgement (SLAC) is not an overall grade', () => {
    const slac = entry({ kind: 'inspection', date: '2011-03', framework: 'slac', grades: { safeguarding: 'good', 'looked-after-children': 'good' } });
    expect(journeyHeadline([slac])).toBe('No overall graded judgement recorded yet; 1 entry in 2011.');
  });

  it('a single judgement and nothing after it', () => {
    expect(journeyHeadline([READING[0]])).toBe('Inadequate since Aug 2016.');
  });

  it('the "since" is when the judgement became public, given as a month', () => {
    expect(journeyHeadline([inspection('2016-06-24', 'inadequate', { published: '2016-08-05' })])).toBe('Inadequate since Aug 2016.');
    expect(journeyHeadline([inspection('2016-06-24', 'good')])).toBe('Good since Jun 2016.');
  });

  it('a change of grade: since the new grade, with the previous one', () => {
    const journey = [
      ...READING,
      inspection('2019-10-28', 'requires-improvement', { framework: 'ilacs', published: '2019-12' }),
      entry({ kind: 'focused-visit', date: '2020-03' }),
      entry({ kind: 'annual-engagement', date: '2020-05' }),
    ];
    expect(journeyHeadline(journey)).toBe(
      'Requires improvement since Dec 2019 (inadequate before that); 1 focused visit and 1 annual engagement meeting on record since then, the latest in May 2020.',
    );
  });

  it('the same grade twice running: since the first of the run, previously the grade before it', () => {
    const journey = [
      inspection('2010-01', 'good'),
      inspection('2014-01', 'inadequate'),
      visit('2014-05'),
      inspection('2016-01', 'inadequate'),
      visit('2016-05'),
    ];
    expect(journeyHeadline(journey)).toBe(
      'Inadequate since Jan 2014 (good before that), judged inadequate again in Jan 2016; 2 monitoring visits on record since Jan 2014, the latest in May 2016.',
    );
  });

  it('after a re-inspection, says the visits count from the first of the run, not from the re-inspection', () => {
    // Reading: a bare "since" after "again in Jul 2024" read as since Jul 2024, then named a visit of Sep 2023.
    const journey = [inspection('2019-10', 'requires-improvement'), visit('2023-09'), inspection('2024-07', 'requires-improvement')];
    expect(journeyHeadline(journey)).toBe(
      'Requires improvement since Oct 2019, judged requires improvement again in Jul 2024; 1 monitoring visit on record since Oct 2019, in Sep 2023.',
    );
  });

  it('gives the previous grade right after the "since", not after a re-inspection or the abolition it was not before', () => {
    // Cumbria read "… again in Nov 2022, until the council was abolished in Apr 2023 (inadequate before that)."
    const journey = [inspection('2015-05', 'inadequate'), inspection('2018-01', 'requires-improvement'), inspection('2022-11', 'requires-improvement')];
    expect(journeyHeadline(journey, '2023-04-01')).toBe(
      'Requires improvement from Jan 2018 (inadequate before that), judged requires improvement again in Nov 2022, until the council was abolished in Apr 2023.',
    );
    expect(journeyHeadline(journey)).toBe('Requires improvement since Jan 2018 (inadequate before that), judged requires improvement again in Nov 2022.');
  });

  it('names every re-inspection that gave the same grade, with no previous grade to give', () => {
    const journey = [inspection('2014-01', 'inadequate'), inspection('2016-01', 'inadequate'), inspection('2019-03', 'inadequate')];
    expect(journeyHeadline(journey)).toBe('Inadequate since Jan 2014, judged inadequate again in Jan 2016 and Mar 2019.');
  });

  it('counts only Ofsted and DfE events that are not judgements themselves', () => {
    const journey = [
      READING[0],
      entry({ kind: 'committee-paper', date: '2017-01', body: 'council' }),
      entry({ kind: 'peer-review', date: '2017-03', body: 'peer' }),
      entry({ kind: 'self-evaluation', date: '2017-04', body: 'council' }),
      entry({ kind: 'jtai', date: '2017-06', body: 'ofsted' }),
    ];
    expect(journeyHeadline(journey)).toBe('Inadequate since Aug 2016; 1 joint targeted area inspection on record since then, in Jun 2017.');
  });

  it('counts visits after the judgement became public, not those before it', () => {
    const journey = [inspection('2016-06', 'inadequate', { published: '2016-08' }), visit('2016-07'), visit('2016-09')];
    expect(journeyHeadline(journey)).toMatch(/^Inadequate since Aug 2016; 1 monitoring visit on record since/);
  });

  it('ignores drafts, including a draft judgement', () => {
    const journey = [
      inspection('2014-01', 'good'),
      inspection('2016-01', 'inadequate', { draft: true }),
      visit('2016-05', { draft: true }),
    ];
    expect(journeyHeadline(journey)).toBe('Good since Jan 2014.');
    expect(journeyHeadline([visit('2016-05', { draft: true })])).toBe('No entries yet.');
  });

  it('lists three kinds with commas and "and"', () => {
    const journey = [
      READING[0],
      entry({ kind: 'annual-engagement', date: '2017-01' }),
      visit('2017-03'),
      entry({ kind: 'deep-dive', date: '2017-06', body: 'dfe' }),
    ];
    expect(journeyHeadline(journey)).toBe(
      'Inadequate since Aug 2016; 1 annual engagement meeting, 1 monitoring visit and 1 DfE deep dive on record since then, the latest in Jun 2017.',
    );
  });

  // Reads badly (src/lib/journey.ts:119): the latest event is written "in <date>", which
  // suits a month ("in Sep 2018") but not a day: "the latest in 6 Sep 2018" — should be
  // "on 6 Sep 2018" (or the month alone).
  it('a day-precision latest event does not read "in 6 Sep 2018"', () => {
    const journey = [READING[0], visit('2017-02-22'), entry({ kind: 'deep-dive', date: '2018-09-06', body: 'dfe' })];
    const headline = journeyHeadline(journey);
    expect(headline).toContain('the latest');
    expect(headline).not.toMatch(/ in \d{1,2} [A-Z][a-z]{2} \d{4}/);
  });

  // Reads badly (src/lib/journey.ts:119): with one event, "the latest" has nothing to be
  // the latest of: "1 monitoring visit on record since then, the latest in May 2016".
  it('a single event since is not called "the latest"', () => {
    expect(journeyHeadline([inspection('2016-01', 'inadequate'), visit('2016-05')])).not.toContain('the latest');
  });
});
