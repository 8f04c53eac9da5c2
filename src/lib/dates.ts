/**
 * Calendar dates as officers write them: `YYYY-MM-DD` or `YYYY-MM`.
 * They stay strings from file to page and are never turned into `Date`
 * objects, so no time zone can shift them (YAML's own timestamps are UTC
 * instants, the classic cause of dates shown a day early).
 */

export interface CalendarDate {
  year: number;
  month: number;
  /** Absent for month precision. */
  day?: number;
}

const PATTERN = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** The months' names, January first: dates in words are read and written with these alone. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The number (1–12) of a month named in full or by its first three or more letters, in any case ("Sept", "MARCH"); 0 for none. */
export function monthNumber(name: string): number {
  return name.length < 3 ? 0 : MONTHS.findIndex((m) => m.toLowerCase().startsWith(name.toLowerCase())) + 1;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const parsedCache = new Map<string, CalendarDate | { error: string }>();

/** Parses `YYYY-MM-DD` or `YYYY-MM`; returns a reason when it is not a real calendar date. */
export function parseCalendarDate(text: string): CalendarDate | { error: string } {
  // The same few thousand dates are compared again and again when sorting journeys.
  let result = parsedCache.get(text);
  if (!result) {
    result = parseUncached(text);
    parsedCache.set(text, result);
  }
  return result;
}

/**
 * The `YYYY-MM-DD` or `YYYY-MM` a date written another usual way reads as,
 * whether or not that day exists: the British 14/03/2025 or 14.3.2025, in
 * words (14 March 2025, 14th Mar 2025, March 2025), or without its zeros
 * (2025-3-14), or with a word processor's dashes for its hyphens
 * (2025–03–14: an en or em dash, a non-breaking hyphen or a minus sign).
 */
function readAs(text: string): string | undefined {
  const written = text.trim().replace(/[\u2010-\u2015\u2212]/g, '-');
  const iso = (year: string, m: number | string, day?: string) =>
    `${year}-${String(m).padStart(2, '0')}${day === undefined ? '' : `-${day.padStart(2, '0')}`}`;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(written))) return iso(match[3], match[2], match[1]);
  if ((match = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(written))) return iso(match[1], match[2], match[3]);
  if ((match = /^(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?([a-z]{3,9})\.?,?\s+(\d{4})$/i.exec(written)) && monthNumber(match[2])) {
    return iso(match[3], monthNumber(match[2]), match[1]);
  }
  return undefined;
}

/** The `YYYY-MM-DD` or `YYYY-MM` a date written another usual way stands for (readAs), if that is a real date. */
export function readDate(text: string): string | undefined {
  const meant = readAs(text);
  return meant && !('error' in parseUncached(meant)) ? meant : undefined;
}

/**
 * " (did you mean 2025-03-14?)" for a date written another usual way
 * (readDate); for one that reads as a day that does not exist, why not
 * (31/02/2023: February 2023 has 28 days), with the date meant where it is
 * written month first (12/25/2023); else ''.
 */
function meantDate(text: string): string {
  const read = readAs(text);
  if (!read) return '';
  if (!('error' in parseUncached(read))) return read !== text.trim() ? ` (did you mean ${read}?)` : '';
  const [year, month, day] = read.split('-').map(Number);
  if (month < 1 || month > 12) {
    const monthFirst = day ? readDate(`${year}-${day}-${month}`) : undefined;
    return monthFirst ? ` (did you mean ${monthFirst}? A date written with / or . is read day first)` : `: there is no month ${month}`;
  }
  if (day === 0) return ': there is no day 0';
  return day ? `: ${MONTHS[month - 1]} ${year} has ${daysInMonth(year, month)} days` : '';
}

/** Where a range's first date ends and its last begins: a dash, "to", "until" or "and". */
const RANGE_SEPARATOR = /\s*[-–—]\s*|\s+(?:to|until|till|and|&)\s+/gi;

/**
 * The first and last day, as `YYYY-MM-DD`, of two days written as one value,
 * as a letter gives a visit's dates: "2022-07-20 to 2022-07-22", "20-22 July
 * 2022", "30 June – 2 July 2022", "20/07/2022 - 22/07/2022". The first may
 * leave out the month and year it shares with the last. Undefined for
 * anything else, or where the first is not before the last.
 */
export function dateRange(text: string): [string, string] | undefined {
  for (const separator of text.trim().matchAll(RANGE_SEPARATOR)) {
    const first = separator.input.slice(0, separator.index).trim();
    const last = readDate(separator.input.slice(separator.index + separator[0].length));
    if (!first || !last || last.length !== 10) continue;
    const [year, month] = last.split('-');
    const day = /^(\d{1,2})(?:st|nd|rd|th)?$/i.exec(first);
    const start = day ? readDate(`${year}-${month}-${day[1]}`) : (readDate(first) ?? readDate(`${first} ${year}`));
    if (start?.length === 10 && start < last) return [start, last];
  }
  return undefined;
}

function parseUncached(text: string): CalendarDate | { error: string } {
  const match = PATTERN.exec(text);
  if (!match) return { error: `'${text}' is not a date in the form YYYY-MM-DD or YYYY-MM${meantDate(text)}` };
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return { error: `'${text}' has no month ${match[2]}` };
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) {
    return { error: `'${text}' is not a real calendar date (${MONTHS[month - 1]} ${year} has ${daysInMonth(year, month)} days)` };
  }
  return { year, month, day };
}

export function isCalendarDate(text: string): boolean {
  return !('error' in parseCalendarDate(text));
}

function parsed(text: string): CalendarDate {
  const result = parseCalendarDate(text);
  if ('error' in result) throw new Error(result.error);
  return result;
}

const pad = (n: number) => String(n).padStart(2, '0');

const boundsCache = new Map<string, readonly [string, string]>();

/** First and last day a date may stand for, as `YYYY-MM-DD` (a month covers all its days). */
export function dateBounds(text: string): readonly [string, string] {
  // Sorting journeys asks for the same dates' bounds again and again.
  let bounds = boundsCache.get(text);
  if (!bounds) {
    const { year, month, day } = parsed(text);
    const ym = `${year}-${pad(month)}`;
    bounds = Object.freeze(day !== undefined ? [text, text] : [`${ym}-01`, `${ym}-${pad(daysInMonth(year, month))}`]) as readonly [string, string];
    boundsCache.set(text, bounds);
  }
  return bounds;
}

/** Today's date, `YYYY-MM-DD`, for checks only: nothing built depends on the clock. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Whether `earlier` can be on or before `later`. With month precision this is
 * true whenever the two could be in order: `2018-08` is not after `2018-08-01`.
 */
export function canPrecede(earlier: string, later: string): boolean {
  return dateBounds(earlier)[0] <= dateBounds(later)[1];
}

/**
 * Orders dates on a timeline: by first possible day, then day precision
 * before month precision (a month-only date is less certain, so it goes last
 * of the events starting that day).
 */
export function compareDates(a: string, b: string): number {
  const [a0] = dateBounds(a);
  const [b0] = dateBounds(b);
  if (a0 !== b0) return a0 < b0 ? -1 : 1;
  return a.length === b.length ? 0 : a.length > b.length ? -1 : 1;
}

export type DateStyle = 'long' | 'short';

/** "1 August 2018" / "August 2018"; short: "1 Aug 2018" / "Aug 2018". */
export function formatDate(text: string, style: DateStyle = 'long'): string {
  const { year, month, day } = parsed(text);
  const name = monthName(month, style);
  return day === undefined ? `${name} ${year}` : `${day} ${name} ${year}`;
}

/** A visit's span: "31 July to 1 August 2018", "21 to 22 February 2017". */
export function formatDateRange(start: string | undefined, end: string, style: DateStyle = 'long'): string {
  if (!start || start === end) return formatDate(end, style);
  const s = parsed(start);
  const e = parsed(end);
  if (s.day === undefined || e.day === undefined) {
    return `${formatDate(start, style)} to ${formatDate(end, style)}`;
  }
  if (s.year !== e.year) return `${formatDate(start, style)} to ${formatDate(end, style)}`;
  if (s.month !== e.month) return `${s.day} ${monthName(s.month, style)} to ${formatDate(end, style)}`;
  return `${s.day} to ${formatDate(end, style)}`;
}

export function yearOf(text: string): number {
  return parsed(text).year;
}

/** Days from 1970-01-01 to the first day a date may stand for; for chart scales. */
export function dayNumber(text: string): number {
  const { year, month, day } = parsed(text);
  return Date.UTC(year, month - 1, day ?? 1) / 86_400_000;
}

/** Days from the first day `from` may stand for to the first day `to` may, negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The day `days` after the first day a date may stand for, as `YYYY-MM-DD`. */
export function addDays(text: string, days: number): string {
  return new Date((dayNumber(text) + days) * 86_400_000).toISOString().slice(0, 10);
}

/** The month name for a month number (1–12): "August"; short, "Aug". */
export function monthName(month: number, style: DateStyle = 'long'): string {
  return style === 'long' ? MONTHS[month - 1] : MONTHS[month - 1].slice(0, 3);
}
