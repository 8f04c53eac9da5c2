/**
 * What the import parsers return: every field they found, each with the
 * words it came from, what they could not find and why, and what an officer
 * must check before the draft is published.
 */
import type { Body, Grade, Kind } from '../vocabulary.ts';
import type { ThemeMatcher } from '../themes.ts';
import type { CouncilMatch, CouncilMatcher } from './councils.ts';

export interface Finding<T> {
  value: T;
  /** The words in the document it was read from (or how it was worked out). */
  evidence: string;
}

export interface ImportFields {
  council?: Finding<string>;
  kind?: Finding<Kind>;
  body?: Finding<Body>;
  title?: Finding<string>;
  /** The event's date: last day of a visit, date of a meeting or paper. */
  date?: Finding<string>;
  /** First day of a visit of more than one day. */
  start_date?: Finding<string>;
  /** The letter's date. */
  published?: Finding<string>;
  inspectors?: Finding<string[]>;
  visit_number?: Finding<number>;
  framework?: Finding<string>;
  grades?: Finding<Record<string, Grade>>;
  summary?: Finding<string>;
  /** The committee, cabinet or board a paper went to. */
  committee?: Finding<string>;
  /** The area of practice a visit looked at. */
  focus?: Finding<string>;
  /** Theme ids found in the key findings. */
  themes?: Finding<string[]>;
  related?: Finding<string[]>;
}

export type FieldName = keyof ImportFields;

export interface Sections {
  strengths: string[];
  improvements: string[];
  nextSteps: string[];
}

/** A field the parser looked for and could not find. */
export interface Missing {
  /** A field name, or `findings` for the key findings of the body. */
  field: FieldName | 'findings';
  why: string;
}

/** A value found that an officer must check. */
export interface Note {
  field: FieldName | 'document';
  message: string;
}

export interface ParsedDocument {
  /** Which parser read it. */
  type: 'ofsted' | 'committee';
  fields: ImportFields;
  /** Fields it looked for and could not find, with why. */
  missing: Missing[];
  /** Values it found but an officer must check (e.g. a paper dated before what it reports). */
  checks: Note[];
  /** Key findings for the body. */
  sections: Sections;
  /** The document's own summary paragraph, quoted at the top of the body. */
  opening?: string;
  council: CouncilMatch;
}

export interface ParseContext {
  councils: CouncilMatcher;
  themes?: ThemeMatcher;
  /** Ids of the entries that exist, for `related`. */
  entryIds?: Set<string>;
  /** A council id given by the officer (`--council`), used instead of matching. */
  council?: string;
}

/** The plain values of the fields found, for printing and tests. */
export function valuesOf(fields: ImportFields): { [K in FieldName]?: NonNullable<ImportFields[K]>['value'] } {
  const out: Record<string, unknown> = {};
  for (const [key, finding] of Object.entries(fields)) if (finding) out[key] = finding.value;
  return out;
}
