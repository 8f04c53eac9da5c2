/**
 * A council's ONS (GSS) code over time. A council reorganised under its old
 * name got a new code (North Yorkshire: E10000023, then E06000065 from
 * 1 April 2023), and researchers join the open data to other ONS tables by
 * code and year, so each row carries the code of its date.
 */
import type { CouncilData } from './content/schema.ts';
import { addDays, dateBounds, formatDate } from './dates.ts';

type Codes = Pick<CouncilData, 'gss_code' | 'former_gss_codes'>;

/**
 * The code in force on `date`: the first former code (oldest first) whose
 * `until` is after it, else the current one. The change day itself has the
 * new code; a month-only date counts from its first day.
 */
export function gssCodeOn(council: Codes, date: string): string | undefined {
  const day = dateBounds(date)[0];
  return council.former_gss_codes?.find((former) => day < former.until)?.gss_code ?? council.gss_code;
}

/** "E06000065 since 1 April 2023 (E10000023 to 31 March 2023)"; just the code for a council that never changed it. */
export function describeGssCodes(council: Codes): string | undefined {
  const former = council.former_gss_codes ?? [];
  if (!council.gss_code || !former.length) return council.gss_code;
  const periods = former.map(({ gss_code, until }, i) => {
    const to = formatDate(addDays(until, -1));
    return i === 0 ? `${gss_code} to ${to}` : `${gss_code} from ${formatDate(former[i - 1].until)} to ${to}`;
  });
  return `${council.gss_code} since ${formatDate(former.at(-1)!.until)} (${periods.reverse().join('; ')})`;
}
