/**
 * Dates as documents print them: "21 and 22 February 2017", "3 to 4 November
 * 2021", "30 April and 1 May 2025", "31 December 2021 and 1 January 2022",
 * "July 31st and August 1st 2018", "November 27th and 28th" (no year),
 * "4 OCTOBER 2018", "Tuesday, 4th December 2018", "June 2016", "04/10/2018".
 *
 * `findDates` returns every mention with where it is; a mention without a
 * year is kept with `year` unknown, for the caller to place from context
 * (`placeYear`). A mistyped year ("6 November 20205") is kept with the
 * years it could have meant, for the caller to choose from.
 */
import { daysInMonth, monthName, monthNumber } from '../dates.ts';

export interface DayParts {
  year?: number;
  month: number;
  /** Absent for a month ("June 2016"). */
  day?: number;
}

export interface DateMention {
  /** The text as printed. */
  text: string;
  index: number;
  start: DayParts;
  end: DayParts;
  /** A span of days ("21 and 22 February 2017") rather than one date. */
  range: boolean;
  /** Years a mistyped year could stand for, when the printed year has too many digits. */
  yearCandidates?: number[];
  printedYear?: string;
}

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4,5})(?![\\d])';
const CONN = '\\s*(?:-|–|—|to|and|until|till|through)\\s*(?:the\\s+)?';
const COMMA = '\\s*,?\\s*';
const B = '(?<![\\d£$.,/:])';

/** Years a mistyped five-digit year could be: each way of dropping one digit that gives 1990–2099. */
function repairYear(printed: string): number[] {
  const out = new Set<number>();
  for (let i = 0; i < printed.length; i++) {
    const y = Number(printed.slice(0, i) + printed.slice(i + 1));
    if (y >= 1990 && y <= 2099) out.add(y);
  }
  return [...out].sort((a, b) => a - b);
}

type Builder = (m: RegExpExecArray) => Omit<DateMention, 'text' | 'index'> | undefined;

/** Year of a match: a 4-digit year, or the latest plausible reading of a mistyped one (callers choose with context). */
function year(printed: string): { year?: number; candidates?: number[]; printed?: string } {
  if (printed.length === 4) return { year: Number(printed) };
  const candidates = repairYear(printed);
  return candidates.length ? { year: candidates.at(-1), candidates, printed } : {};
}

const PATTERNS: [RegExp, Builder][] = [
  // 31 December 2021 and 1 January 2022
  [
    new RegExp(`${B}${DAY}\\s+${MONTH}${COMMA}${YEAR}${CONN}${DAY}\\s+${MONTH}${COMMA}${YEAR}`, 'gi'),
    (m) => ({ start: { year: Number(m[3]), month: monthNumber(m[2]), day: Number(m[1]) }, end: { year: Number(m[6]), month: monthNumber(m[5]), day: Number(m[4]) }, range: true }),
  ],
  // 30 November and 1 December 2021 (the start's year is the one before when the months wrap)
  [
    new RegExp(`${B}${DAY}\\s+${MONTH}${CONN}${DAY}\\s+${MONTH}${COMMA}${YEAR}`, 'gi'),
    (m) => {
      const y = year(m[5]);
      const sm = monthNumber(m[2]);
      const em = monthNumber(m[4]);
      return { start: { year: y.year === undefined ? undefined : sm > em ? y.year - 1 : y.year, month: sm, day: Number(m[1]) }, end: { year: y.year, month: em, day: Number(m[3]) }, range: true, yearCandidates: y.candidates, printedYear: y.printed };
    },
  ],
  // 21 and 22 February 2017; 3 to 4 November 2021; 21, 22 and 23 May 2019
  [
    new RegExp(`${B}${DAY}(?:\\s*,\\s*\\d{1,2}(?:st|nd|rd|th)?)*${COMMA}${CONN}${DAY}\\s+${MONTH}${COMMA}${YEAR}`, 'gi'),
    (m) => {
      const y = year(m[4]);
      const month = monthNumber(m[3]);
      return { start: { year: y.year, month, day: Number(m[1]) }, end: { year: y.year, month, day: Number(m[2]) }, range: true, yearCandidates: y.candidates, printedYear: y.printed };
    },
  ],
  // July 31st and August 1st 2018
  [
    new RegExp(`${B}${MONTH}\\s+${DAY}${CONN}${MONTH}\\s+${DAY}${COMMA}${YEAR}`, 'gi'),
    (m) => {
      const y = Number(m[5]);
      const sm = monthNumber(m[1]);
      const em = monthNumber(m[3]);
      return { start: { year: sm > em ? y - 1 : y, month: sm, day: Number(m[2]) }, end: { year: y, month: em, day: Number(m[4]) }, range: true };
    },
  ],
  // September 5th and 6th 2018
  [
    new RegExp(`${B}${MONTH}\\s+${DAY}${CONN}${DAY}${COMMA}${YEAR}`, 'gi'),
    (m) => ({ start: { year: Number(m[4]), month: monthNumber(m[1]), day: Number(m[2]) }, end: { year: Number(m[4]), month: monthNumber(m[1]), day: Number(m[3]) }, range: true }),
  ],
  // 4 OCTOBER 2018; Tuesday, 4th December, 2018; 6 November 20205
  [
    new RegExp(`${B}${DAY}\\s+(?:of\\s+)?${MONTH}${COMMA}${YEAR}`, 'gi'),
    (m) => {
      const y = year(m[3]);
      const day = { year: y.year, month: monthNumber(m[2]), day: Number(m[1]) };
      return { start: day, end: day, range: false, yearCandidates: y.candidates, printedYear: y.printed };
    },
  ],
  // 7th September 2018 is above; September 7th, 2018 / September 7, 2018
  [
    new RegExp(`${B}${MONTH}\\s+${DAY}${COMMA}${YEAR}`, 'gi'),
    (m) => {
      const day = { year: Number(m[3]), month: monthNumber(m[1]), day: Number(m[2]) };
      return { start: day, end: day, range: false };
    },
  ],
  // 04/10/2018 (UK order)
  [
    /(?<![\d/])(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?![\d/])/g,
    (m) => {
      const day = { year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) };
      return { start: day, end: day, range: false };
    },
  ],
  // Without a year: 30 November and 1 December; 27 and 28 November; November 27th and 28th; July 31st and August 1st
  [
    new RegExp(`${B}${DAY}\\s+${MONTH}${CONN}${DAY}\\s+${MONTH}(?![\\s,]*\\d)`, 'gi'),
    (m) => ({ start: { month: monthNumber(m[2]), day: Number(m[1]) }, end: { month: monthNumber(m[4]), day: Number(m[3]) }, range: true }),
  ],
  [
    new RegExp(`${B}${DAY}${CONN}${DAY}\\s+${MONTH}(?![\\s,]*\\d)`, 'gi'),
    (m) => ({ start: { month: monthNumber(m[3]), day: Number(m[1]) }, end: { month: monthNumber(m[3]), day: Number(m[2]) }, range: true }),
  ],
  [
    new RegExp(`${B}${MONTH}\\s+${DAY}${CONN}${MONTH}\\s+${DAY}(?![\\s,]*\\d)`, 'gi'),
    (m) => ({ start: { month: monthNumber(m[1]), day: Number(m[2]) }, end: { month: monthNumber(m[3]), day: Number(m[4]) }, range: true }),
  ],
  [
    new RegExp(`${B}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)${CONN}${DAY}(?![\\s,]*\\d)`, 'gi'),
    (m) => ({ start: { month: monthNumber(m[1]), day: Number(m[2]) }, end: { month: monthNumber(m[1]), day: Number(m[3]) }, range: true }),
  ],
  [
    new RegExp(`${B}${DAY}\\s+${MONTH}(?![\\s,]*\\d)`, 'gi'),
    (m) => {
      const day = { month: monthNumber(m[2]), day: Number(m[1]) };
      return { start: day, end: day, range: false };
    },
  ],
  [
    new RegExp(`${B}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)(?![\\s,]*\\d)`, 'gi'),
    (m) => {
      const day = { month: monthNumber(m[1]), day: Number(m[2]) };
      return { start: day, end: day, range: false };
    },
  ],
  // June 2016
  [
    new RegExp(`(?<![\\d\\p{L}])${MONTH}${COMMA}${YEAR}`, 'giu'),
    (m) => {
      const month = { year: Number(m[2]), month: monthNumber(m[1]) };
      return { start: month, end: month, range: false };
    },
  ],
];

function valid(d: DayParts): boolean {
  if (d.month < 1 || d.month > 12) return false;
  if (d.year !== undefined && (d.year < 1900 || d.year > 2199)) return false;
  if (d.day === undefined) return true;
  return d.day >= 1 && d.day <= daysInMonth(d.year ?? 2000, d.month);
}

/** Every date mentioned in the text, in order; where two readings overlap, the longer wins. */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const [pattern, build] of PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const built = build(m);
      // A lone "may" is a verb far more often than a month.
      if (built && valid(built.start) && valid(built.end) && !/^may$/.test(m[0].replace(/[\d\s,]+/g, '')) ) {
        found.push({ text: m[0], index: m.index, ...built });
      }
      if (m[0].length === 0) pattern.lastIndex++;
    }
  }
  found.sort((a, b) => b.text.length - a.text.length || a.index - b.index);
  const kept: DateMention[] = [];
  for (const mention of found) {
    const end = mention.index + mention.text.length;
    if (kept.some((k) => mention.index < k.index + k.text.length && end > k.index)) continue;
    kept.push(mention);
  }
  return kept.sort((a, b) => a.index - b.index);
}

const pad = (v: number) => String(v).padStart(2, '0');

/** `YYYY-MM-DD`, or `YYYY-MM` for a month; undefined while the year is unknown. */
export function isoOf(d: DayParts): string | undefined {
  if (d.year === undefined) return undefined;
  return d.day === undefined ? `${d.year}-${pad(d.month)}` : `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

export function hasYear(m: DateMention): boolean {
  return m.start.year !== undefined && m.end.year !== undefined;
}

/**
 * Gives a mention without a year the latest year that puts its end on or
 * before `notAfter` (a letter is written after the visit it reports):
 * "31 October to 1 November" in a letter of 4 December 2022 is 2022, the
 * same words in a letter of 10 January 2023 are also 2022.
 */
export function placeYear(m: DateMention, notAfter: string): DateMention {
  if (hasYear(m)) return m;
  const [refYear] = notAfter.split('-').map(Number);
  for (const y of [refYear, refYear - 1]) {
    const endYear = y;
    const startYear = m.start.month > m.end.month ? y - 1 : y;
    const end = isoOf({ ...m.end, year: endYear })!;
    if (end <= notAfter && valid({ ...m.end, year: endYear }) && valid({ ...m.start, year: startYear })) {
      return { ...m, start: { ...m.start, year: startYear }, end: { ...m.end, year: endYear } };
    }
  }
  return m;
}

/** The mention with its year set to `y` (for a mistyped year, once the caller has chosen). */
export function withYear(m: DateMention, y: number): DateMention {
  const wraps = m.start.month > m.end.month || (m.start.year !== undefined && m.end.year !== undefined && m.start.year < m.end.year);
  return { ...m, start: { ...m.start, year: wraps ? y - 1 : y }, end: { ...m.end, year: y } };
}

/**
 * "21 February 2017" / "21 to 22 February 2017" as a person would write it.
 * Not formatDateRange: a mention may have no year, or name a day its year
 * lacks once the caller gives it one (29 February a year later).
 */
export function describe(m: DateMention): string {
  const s = m.start;
  const e = m.end;
  const one = (d: DayParts) => [d.day, monthName(d.month), d.year].filter((v) => v !== undefined).join(' ');
  if (!m.range || (s.day === e.day && s.month === e.month && s.year === e.year)) return one(e);
  if (s.year !== e.year) return `${one(s)} to ${one(e)}`;
  if (s.month !== e.month) return `${s.day} ${monthName(s.month)} to ${one(e)}`;
  return `${s.day} to ${one(e)}`;
}
