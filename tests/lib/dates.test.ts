/**
 * Calendar dates as officers write them: parsing, precision, ordering and
 * formatting, and proof that no time zone shifts them.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  addDays,
  canPrecede,
  compareDates,
  dateBounds,
  dateRange,
  dayNumber,
  daysBetween,
  daysInMonth,
  formatDate,
  formatDateRange,
  isCalendarDate,
  monthName,
  monthNumber,
  parseCalendarDate,
  yearOf,
} from '../../src/lib/dates.ts';

describe('daysInMonth', () => {
  it('knows the length of every month', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2018, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
  });

  it('gives February 29 days in leap years only', () => {
    expect(daysInMonth(2016, 2)).toBe(29);
    expect(daysInMonth(2020, 2)).toBe(29);
    expect(daysInMonth(2000, 2)).toBe(29); // divisible by 400
    expect(daysInMonth(1900, 2)).toBe(28); // divisible by 100, not 400
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2019, 2)).toBe(28);
  });
});

describe('parseCalendarDate', () => {
  it('parses both precisions', () => {
    expect(parseCalendarDate('2018-08-01')).toEqual({ year: 2018, month: 8, day: 1 });
    expect(parseCalendarDate('2018-08')).toEqual({ year: 2018, month: 8 });
    expect(parseCalendarDate('2016-02-29')).toEqual({ year: 2016, month: 2, day: 29 });
  });

  it('explains what is wrong', () => {
    expect(parseCalendarDate('2018-02-30')).toEqual({ error: "'2018-02-30' is not a real calendar date (February 2018 has 28 days)" });
    expect(parseCalendarDate('2018-13')).toEqual({ error: "'2018-13' has no month 13" });
    expect(parseCalendarDate('2018-8-1')).toEqual({ error: "'2018-8-1' is not a date in the form YYYY-MM-DD or YYYY-MM (did you mean 2018-08-01?)" });
  });

  it.each([
    ['14/03/2025', '2025-03-14'],
    ['5.12.2026', '2026-12-05'],
    ['2026-10-5', '2026-10-05'],
    ['2026-3', '2026-03'],
    ['15 October 2026', '2026-10-15'],
    ['1st Sept 2019', '2019-09-01'],
    ['3rd mar. 2020', '2020-03-03'],
    ['October 2026', '2026-10'],
    // A word processor's dashes look like hyphens: an en dash, an em dash, a non-breaking hyphen, a minus sign.
    ['2026\u201311\u201312', '2026-11-12'],
    ['2026\u201411\u201412', '2026-11-12'],
    ['2026\u201111\u201112', '2026-11-12'],
    ['2026\u221211', '2026-11'],
  ])('suggests the date meant by %j', (text, meant) => {
    expect(parseCalendarDate(text)).toEqual({ error: `'${text}' is not a date in the form YYYY-MM-DD or YYYY-MM (did you mean ${meant}?)` });
  });

  it.each([
    ['31/02/2023', ': February 2023 has 28 days'],
    ['29 February 2023', ': February 2023 has 28 days'],
    ['2024-4-31', ': April 2024 has 30 days'],
    ['32/01/2025', ': January 2025 has 31 days'],
    ['0/3/2023', ': there is no day 0'],
    ['14/13/2023', ': there is no month 13'],
    ['12/25/2023', ' (did you mean 2023-12-25? A date written with / or . is read day first)'],
  ])('says why %j is no date', (text, why) => {
    expect(parseCalendarDate(text)).toEqual({ error: `'${text}' is not a date in the form YYYY-MM-DD or YYYY-MM${why}` });
  });

  it.each(['15 Octobre 2026', 'Marching 2025', 'soon'])('suggests nothing for %j', (text) => {
    expect(parseCalendarDate(text)).toEqual({ error: `'${text}' is not a date in the form YYYY-MM-DD or YYYY-MM` });
  });

  it.each(['2018-02-29', '2018-04-31', '2018-00-10', '2018-12-00', '2018-08-01T00:00:00Z', ' 2018-08-01', '20180801', '2018/08/01', ''])(
    'rejects %j',
    (text) => {
      expect(isCalendarDate(text)).toBe(false);
    },
  );

  it('refuses to use a date that is not one', () => {
    expect(() => dateBounds('2018-13')).toThrow("'2018-13' has no month 13");
  });
});

describe('dateRange', () => {
  it.each([
    ['2022-07-20 to 2022-07-22', '2022-07-20', '2022-07-22'],
    ['2022-07-20 - 2022-07-22', '2022-07-20', '2022-07-22'],
    ['2022-07-20–2022-07-22', '2022-07-20', '2022-07-22'],
    ['20-22 July 2022', '2022-07-20', '2022-07-22'],
    ['20th to 22nd July 2022', '2022-07-20', '2022-07-22'],
    ['30 June – 2 July 2022', '2022-06-30', '2022-07-02'],
    ['31 July and 1 August 2018', '2018-07-31', '2018-08-01'],
    ['20/07/2022 - 22/07/2022', '2022-07-20', '2022-07-22'],
  ])('reads %j as two days', (text, first, last) => {
    expect(dateRange(text)).toEqual([first, last]);
  });

  it.each(['2022-07-20', '14-03-2025', '20/07/2022', 'July 2022', '2022-07 to 2022-08', '2022-07-22 to 2022-07-20', '2022-02-30 to 2022-03-02', 'soon'])(
    'does not read %j as two days',
    (text) => {
      expect(dateRange(text)).toBeUndefined();
    },
  );
});

describe('dateBounds', () => {
  it('a day stands for itself; a month for all its days', () => {
    expect(dateBounds('2018-08-01')).toEqual(['2018-08-01', '2018-08-01']);
    expect(dateBounds('2018-08')).toEqual(['2018-08-01', '2018-08-31']);
    expect(dateBounds('2016-02')).toEqual(['2016-02-01', '2016-02-29']);
    expect(dateBounds('2018-02')).toEqual(['2018-02-01', '2018-02-28']);
  });
});

describe('formatDate', () => {
  it('long, at day and month precision', () => {
    expect(formatDate('2018-08-01')).toBe('1 August 2018');
    expect(formatDate('2018-08')).toBe('August 2018');
    expect(formatDate('2016-12-31', 'long')).toBe('31 December 2016');
  });

  it('short, at day and month precision', () => {
    expect(formatDate('2018-08-01', 'short')).toBe('1 Aug 2018');
    expect(formatDate('2018-09', 'short')).toBe('Sep 2018');
    expect(formatDate('2018-06-10', 'short')).toBe('10 Jun 2018');
  });

  it('throws on a date that is not one', () => {
    expect(() => formatDate('2018-02-30')).toThrow(/not a real calendar date/);
  });

  it('monthName, long and short', () => {
    expect(monthName(1)).toBe('January');
    expect(monthName(12)).toBe('December');
    expect(monthName(9, 'short')).toBe('Sep');
  });

  it('monthNumber reads a month named in full or by three or more of its first letters, in any case', () => {
    expect(['January', 'feb', 'SEPT', 'june', 'Decemb'].map(monthNumber)).toEqual([1, 2, 9, 6, 12]);
    expect(['Ju', 'jux', 'Mayday', ''].map(monthNumber)).toEqual([0, 0, 0, 0]);
  });
});

describe('formatDateRange', () => {
  it('one day, or no start', () => {
    expect(formatDateRange(undefined, '2018-08-01')).toBe('1 August 2018');
    expect(formatDateRange('2018-08-01', '2018-08-01')).toBe('1 August 2018');
  });

  it('within a month', () => {
    expect(formatDateRange('2017-02-21', '2017-02-22')).toBe('21 to 22 February 2017');
    expect(formatDateRange('2017-02-21', '2017-02-22', 'short')).toBe('21 to 22 Feb 2017');
  });

  it('across months', () => {
    expect(formatDateRange('2018-07-31', '2018-08-01')).toBe('31 July to 1 August 2018');
    expect(formatDateRange('2018-07-31', '2018-08-01', 'short')).toBe('31 Jul to 1 Aug 2018');
  });

  it('across years', () => {
    expect(formatDateRange('2018-12-31', '2019-01-02')).toBe('31 December 2018 to 2 January 2019');
    expect(formatDateRange('2018-12-31', '2019-01-02', 'short')).toBe('31 Dec 2018 to 2 Jan 2019');
  });

  it('with a month-precision end or start', () => {
    expect(formatDateRange('2018-07-30', '2018-08')).toBe('30 July 2018 to August 2018');
    expect(formatDateRange('2018-07', '2018-08-01')).toBe('July 2018 to 1 August 2018');
    expect(formatDateRange('2018-08', '2018-08')).toBe('August 2018');
  });
});

describe('compareDates', () => {
  it('orders by day', () => {
    expect(compareDates('2018-08-01', '2018-08-02')).toBeLessThan(0);
    expect(compareDates('2018-08-02', '2018-08-01')).toBeGreaterThan(0);
    expect(compareDates('2018-08-01', '2018-08-01')).toBe(0);
    expect(compareDates('2017-12-31', '2018-01-01')).toBeLessThan(0);
  });

  it('orders a month by its first day, after a day-precision date on that first day', () => {
    expect(compareDates('2018-08', '2018-08')).toBe(0);
    expect(compareDates('2018-08-01', '2018-08')).toBeLessThan(0);
    expect(compareDates('2018-08', '2018-08-01')).toBeGreaterThan(0);
    expect(compareDates('2018-08', '2018-08-02')).toBeLessThan(0);
    expect(compareDates('2018-07-31', '2018-08')).toBeLessThan(0);
    expect(compareDates('2018-08', '2018-09')).toBeLessThan(0);
  });

  it('sorts a mixed list', () => {
    const dates = ['2018-09', '2018-08-02', '2018-08', '2017-12-31', '2018-08-01', '2019-01'];
    expect([...dates].sort(compareDates)).toEqual(['2017-12-31', '2018-08-01', '2018-08', '2018-08-02', '2018-09', '2019-01']);
  });
});

describe('canPrecede', () => {
  it('day against day', () => {
    expect(canPrecede('2018-07-31', '2018-08-01')).toBe(true);
    expect(canPrecede('2018-08-01', '2018-08-01')).toBe(true);
    expect(canPrecede('2018-08-02', '2018-08-01')).toBe(false);
  });

  it('a month can precede any day in or after it, and be preceded by any day in or before it', () => {
    expect(canPrecede('2018-08', '2018-08-01')).toBe(true);
    expect(canPrecede('2018-08-31', '2018-08')).toBe(true);
    expect(canPrecede('2018-08', '2018-08')).toBe(true);
    expect(canPrecede('2018-08', '2018-07-31')).toBe(false);
    expect(canPrecede('2018-09-01', '2018-08')).toBe(false);
    expect(canPrecede('2018-09', '2018-08')).toBe(false);
  });
});

describe('yearOf, dayNumber, daysBetween and addDays', () => {
  it('yearOf', () => {
    expect(yearOf('2018-08-01')).toBe(2018);
    expect(yearOf('2016-06')).toBe(2016);
  });

  it('dayNumber counts days from 1970-01-01, a month from its first day', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2018-08')).toBe(dayNumber('2018-08-01'));
    expect(dayNumber('2018-08-01') - dayNumber('2018-07-31')).toBe(1);
    expect(Number.isInteger(dayNumber('2018-03-25'))).toBe(true); // a clock-change day in the UK
  });

  it('daysBetween counts from first day to first day, across leap days and clock changes, negative backwards', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2018-03-24', '2018-03-26')).toBe(2);
    expect(daysBetween('2018-08-10', '2018-08')).toBe(-9);
  });

  it('addDays counts on from the first day, across months, leap days and clock changes', () => {
    expect(addDays('2023-01-24', 60)).toBe('2023-03-25');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2018-03-24', 2)).toBe('2018-03-26');
    expect(addDays('2018-08', 0)).toBe('2018-08-01');
  });
});

describe('no time zone shifts a date', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  const ZONES = ['America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/London', 'Asia/Kolkata', 'UTC'];

  it.each(ZONES)('in %s, 2018-08-01 stays 1 August 2018 from file to page', async (zone) => {
    vi.stubEnv('TZ', zone);
    vi.resetModules();
    // The zone really is in force: local midnight is not UTC midnight (except in UTC and London's winter).
    if (zone === 'America/Los_Angeles') expect(new Date(2018, 7, 1).getTimezoneOffset()).toBe(420);
    if (zone === 'Pacific/Kiritimati') expect(new Date(2018, 7, 1).getTimezoneOffset()).toBe(-840);

    const dates = await import('../../src/lib/dates.ts');
    const { checkEntryFile } = await import('../../src/lib/content/validate.ts');
    const { toJourneyEntry, sortJourney, groupByYear, journeyHeadline } = await import('../../src/lib/journey.ts');

    // Parse: the file's front-matter gives back the string written.
    const text = [
      '---',
      'title: Monitoring visit',
      'kind: monitoring-visit',
      'date: 2018-08-01',
      'start_date: 2018-07-31',
      'published: 2018-08',
      'body: ofsted',
      'summary: A visit.',
      '---',
      'Text.',
      '',
    ].join('\n');
    const result = checkEntryFile('content/entries/reading/2018-08-01-monitoring-visit.md', 'reading', '2018-08-01-monitoring-visit.md', text);
    expect(result.problems).toEqual([]);
    const data = result.entry!.data;
    expect(data.date).toBe('2018-08-01');
    expect(data.start_date).toBe('2018-07-31');
    expect(data.published).toBe('2018-08');

    // Format.
    expect(dates.formatDate(data.date!)).toBe('1 August 2018');
    expect(dates.formatDate(data.date!, 'short')).toBe('1 Aug 2018');
    expect(dates.formatDate('2018-01-01')).toBe('1 January 2018');
    expect(dates.formatDate('2018-12-31')).toBe('31 December 2018');
    expect(dates.formatDateRange(data.start_date, data.date!)).toBe('31 July to 1 August 2018');
    expect(dates.yearOf('2018-01-01')).toBe(2018);
    expect(dates.yearOf('2017-12-31')).toBe(2017);
    expect(dates.dayNumber('2018-08-01')).toBe(17744);

    // Order.
    const entry = (id: string, date: string) =>
      toJourneyEntry(id, { title: 't', kind: 'monitoring-visit', body: 'ofsted', summary: 's', date });
    const journey = [
      entry('reading/2018-08-02-monitoring-visit', '2018-08-02'),
      entry('reading/2018-08-01-monitoring-visit', '2018-08-01'),
      entry('reading/2018-07-31-monitoring-visit', '2018-07-31'),
      entry('reading/2018-01-01-monitoring-visit', '2018-01-01'),
      entry('reading/2017-12-31-monitoring-visit', '2017-12-31'),
    ];
    expect(sortJourney(journey).map((e) => e.when)).toEqual(['2017-12-31', '2018-01-01', '2018-07-31', '2018-08-01', '2018-08-02']);
    expect(groupByYear(journey).map((g) => [g.year, g.entries.length])).toEqual([[2017, 1], [2018, 4]]);
    expect(journeyHeadline(journey)).toBe('No overall graded judgement recorded yet; 5 entries from 2017 to 2018.');
  });
});
