/**
 * Dates as documents print them, to `YYYY-MM-DD`: spans within a month,
 * across a month end and a year end, US order with ordinals, OCR'd capitals,
 * no year at all (placed by the letter's date) and a mistyped year.
 */
import { describe, expect, it } from 'vitest';
import { describe as say, findDates, isoOf, placeYear, withYear, type DateMention } from '../../../src/lib/import/date-phrases.ts';

const span = (m: DateMention) => [isoOf(m.start), isoOf(m.end)];
const only = (text: string) => {
  const found = findDates(text);
  expect(found, text).toHaveLength(1);
  return found[0];
};

describe('findDates', () => {
  it.each([
    ['the visit to Reading children’s services on 21 and 22 February 2017.', '2017-02-21', '2017-02-22'],
    ['on 3 to 4 November 2021', '2021-11-03', '2021-11-04'],
    ['on 21, 22 and 23 May 2019', '2019-05-21', '2019-05-23'],
    ['on 30 April and 1 May 2025', '2025-04-30', '2025-05-01'],
    ['on 30 November and 1 December 2021', '2021-11-30', '2021-12-01'],
    ['on 31 December 2021 and 1 January 2022', '2021-12-31', '2022-01-01'],
    ['between 30 December and 2 January 2023', '2022-12-30', '2023-01-02'],
    ['Inspection dates: 20 January 2020 to 31 January 2020', '2020-01-20', '2020-01-31'],
    ['On July 31st and August 1st 2018 Ofsted undertook', '2018-07-31', '2018-08-01'],
    ['On September 5th and 6th 2018 the Commissioner', '2018-09-05', '2018-09-06'],
    ['the monitoring visit on the 10 and 11 January 2018', '2018-01-10', '2018-01-11'],
    ['27–28 November 2018', '2018-11-27', '2018-11-28'],
  ])('%s', (text, start, end) => {
    const m = only(text);
    expect(span(m)).toEqual([start, end]);
    expect(m.range).toBe(true);
  });

  it.each([
    ['DATE:\t4 OCTOBER 2018\tAGENDA', '2018-10-04'],
    ['Tuesday, 4th December, 2018', '2018-12-04'],
    ['on 7th September 2018,', '2018-09-07'],
    ['September 7, 2018', '2018-09-07'],
    ['Date: 04/10/2018', '2018-10-04'],
    ['the inspection ending in June 2016', '2016-06'],
  ])('%s', (text, date) => {
    const m = only(text);
    expect(span(m)).toEqual([date, date]);
    expect(m.range).toBe(false);
  });

  it('finds several dates in order, the longer reading of overlapping ones', () => {
    const found = findDates('Judged inadequate in August 2016; visited on 21 and 22 February 2017; letter of 24 March 2017.');
    expect(found.map((m) => m.text)).toEqual(['August 2016', '21 and 22 February 2017', '24 March 2017']);
  });

  it('ignores numbers that are not dates and impossible days', () => {
    expect(findDates('care leavers aged 18 to 25. caseloads of 22. 2019/20 budget.')).toEqual([]);
    // No 31st of February: only the month is read.
    expect(findDates('on 31 February 2019').map(span)).toEqual([['2019-02', '2019-02']]);
    expect(findDates('inspectors may 2 weeks')).toEqual([]);
  });

  it('keeps a mistyped year with the years it could mean', () => {
    const m = only('6 November 20205');
    expect(m.printedYear).toBe('20205');
    expect(m.yearCandidates).toEqual([2005, 2020, 2025]);
    expect(span(withYear(m, 2025))).toEqual(['2025-11-06', '2025-11-06']);
  });
});

describe('dates printed without a year', () => {
  it('are found with the year unknown', () => {
    const m = only('on 31 October to 1 November');
    expect(m.start.year).toBeUndefined();
    expect(isoOf(m.end)).toBeUndefined();
  });

  it('take the latest year that puts them on or before the letter', () => {
    expect(span(placeYear(only('on 31 October to 1 November'), '2022-12-04'))).toEqual(['2022-10-31', '2022-11-01']);
    // A letter of January: the visit was the year before.
    expect(span(placeYear(only('on 31 October to 1 November'), '2023-01-10'))).toEqual(['2022-10-31', '2022-11-01']);
    expect(span(placeYear(only('on 30 December and 2 January'), '2023-01-20'))).toEqual(['2022-12-30', '2023-01-02']);
    expect(span(placeYear(only('November 27th and 28th'), '2018-12-13'))).toEqual(['2018-11-27', '2018-11-28']);
  });
});

describe('describe', () => {
  it('writes a span as a person would', () => {
    expect(say(only('21 and 22 February 2017'))).toBe('21 to 22 February 2017');
    expect(say(only('30 April and 1 May 2025'))).toBe('30 April to 1 May 2025');
    expect(say(only('31 December 2021 and 1 January 2022'))).toBe('31 December 2021 to 1 January 2022');
    expect(say(only('4 OCTOBER 2018'))).toBe('4 October 2018');
  });
});
