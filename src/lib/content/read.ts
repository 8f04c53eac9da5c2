/**
 * Reads content files as officers write them, keeping line numbers so every
 * problem can name its line. gray-matter splits the front-matter, which is
 * read with the YAML 1.2 core schema, under which `2018-08-01` stays the
 * string it was written as (no time-zone-shifted `Date`).
 *
 * Two YAML libraries, for speed: js-yaml reads the data (three times
 * faster, which matters at 50,000 files), and the `yaml` library's
 * document, with positions, is built only for a file that has a problem,
 * to find its lines and word its syntax errors.
 */
import matter from 'gray-matter';
import jsyaml from 'js-yaml';
import { LineCounter, parseDocument, isAlias, isMap, isNode, isSeq, isScalar, visit, type Document, type Node, type Scalar } from 'yaml';
import { explainSpecialStart, explainYamlErrors, type KnownFields } from './yaml-errors.ts';

export type FieldPath = (string | number)[];

export interface YamlProblem {
  line: number;
  message: string;
  /** The field the line was meant to be, when the message names one. */
  field?: string;
}

/** A value that a ` #` on its line cut short: YAML reads the rest as a comment. */
export interface CutValue {
  path: FieldPath;
  line: number;
  /** What YAML keeps ('' when the value starts with the #), the whole value as written, and its line with that value quoted. */
  kept: string;
  written: string;
  suggestion: string;
}

export interface ParsedYaml {
  data: unknown;
  /** The line a field (or its nearest existing parent) is on; 1 when it is absent. */
  lineOf(path: FieldPath): number;
  /** Syntax errors, worded for officers (see yaml-errors.ts). */
  errors: YamlProblem[];
  cutValues(): CutValue[];
}

export interface ParsedMarkdown extends ParsedYaml {
  /** False when the file does not start with a `---` front-matter block. */
  hasFrontMatter: boolean;
  body: string;
  /** File line on which the body starts. */
  bodyLine: number;
}

/** Windows line endings and a byte-order mark are how editors save files, not content. */
const normalise = (text: string) => text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');

/**
 * A non-breaking space pasted from Word or a web page where YAML needs an
 * ordinary one (indenting, after a list's "-" or a field's ":") is how the
 * text was copied, not content; YAML would misread the line and blame the
 * next one. At the end of a line it is dropped, as YAML drops spaces there:
 * kept, it spoilt a date or kind copied with it, invisibly ('2022-02-17 ' is
 * not a date). Inside a value it is kept.
 */
const plainSpaces = (text: string) =>
  !text.includes('\u00a0')
    ? text
    : text
        .replace(/^[ \u00a0]+/gm, (lead) => ' '.repeat(lead.length))
        .replace(/^( *)-[ \u00a0]*\u00a0[ \u00a0]*/gm, '$1- ')
        .replace(/^( *(?:- +)?[^\s:#"'][^:\n]*:)[ \u00a0]*\u00a0[ \u00a0]*/gm, '$1 ')
        .replace(/[ \u00a0]*\u00a0[ \u00a0]*$/gm, '');

/**
 * Zero-width spaces, word joiners and byte-order marks pasted from a web
 * page or chat are invisible and mean nothing in a field, but spoil a date
 * or kind without a mark to see ("'focused-visit' is not a kind").
 */
const withoutInvisibles = (text: string) => text.replace(/[\u200b\u2060\ufeff]/g, '');

/** Parses YAML text whose first line is file line `firstLine`; `fields`, the top-level fields its schema allows, help word its syntax errors. */
export function parseYaml(raw: string, firstLine = 1, fields?: KnownFields): ParsedYaml {
  const text = plainSpaces(withoutInvisibles(normalise(raw)));
  let positions: { doc: Document; toLine: (offset: number) => number } | undefined;
  const located = () => {
    if (!positions) {
      const lineCounter = new LineCounter();
      const doc = parseDocument(text, { schema: 'core', lineCounter, prettyErrors: false });
      positions = { doc, toLine: (offset) => lineCounter.linePos(offset).line + firstLine - 1 };
    }
    return positions;
  };
  const lineOf = (path: FieldPath) => {
    const { doc, toLine } = located();
    const offset = offsetOf(doc, path);
    return offset === undefined ? firstLine : toLine(offset);
  };
  const cutValues = () => {
    // Most files have no " #" at all, and need no document built.
    if (!/\s#/.test(text)) return [];
    const { doc, toLine } = located();
    // Only a comment on the value's own line can have been meant as part of it.
    const sameLine = ({ node }: { node: Scalar }) => {
      const lineEnd = text.indexOf('\n', node.range![0]);
      return text.slice(node.range![1], lineEnd < 0 ? undefined : lineEnd).includes('#');
    };
    return commentedValues(doc).filter(sameLine).map(({ path, node }) => {
      const line = toLine(node.range![0]);
      const lineText = text.split('\n')[line - firstLine];
      const column = node.range![0] - text.lastIndexOf('\n', node.range![0] - 1) - 1;
      const written = lineText.slice(column).trim();
      return { path, line, kept: String(node.value ?? ''), written, suggestion: `${lineText.slice(0, column).trimStart()}${JSON.stringify(written)}` };
    });
  };
  // An anchor (&) or tag (!) is taken off a value without any error (`summary: &Co findings` reads as
  // 'findings'), and js-yaml's errors for an alias (*) or unknown tag are in its own words.
  const marked = () => {
    const { doc, toLine } = located();
    return markedValues(doc, toLine, text.split('\n'), firstLine);
  };
  try {
    const data = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA }) ?? null;
    // Most files have no &, * or ! where a value starts, and need no document built.
    return { data, errors: /(?:^|[:,[{-])\s*[&*!]/m.test(text) ? marked() : [], lineOf, cutValues };
  } catch (error) {
    const { doc, toLine } = located();
    const errors = doc.errors.length
      ? explainYamlErrors(doc.errors, text.split('\n'), (offset) => toLine(offset) - firstLine + 1, fields).map((e) => ({ ...e, line: e.line + firstLine - 1 }))
      : marked();
    const { mark, reason } = error as jsyaml.YAMLException;
    return { data: undefined, errors: errors.length ? errors : [{ line: (mark?.line ?? 0) + firstLine, message: reason ?? String(error) }], lineOf, cutValues: () => [] };
  }
}

/** Values YAML reads as an anchor (&), alias (*) or tag (!) rather than as text, worded as yaml-errors.ts words them. */
function markedValues(doc: Document, toLine: (offset: number) => number, lines: string[], firstLine: number): YamlProblem[] {
  const found: YamlProblem[] = [];
  visit(doc, (_, node) => {
    if (isNode(node) && node.range && (isAlias(node) || node.anchor !== undefined || node.tag !== undefined)) {
      const line = toLine(node.range[0]);
      const message = explainSpecialStart(lines[line - firstLine] ?? '');
      if (message) found.push({ line, message });
    }
  });
  return found;
}

/** Unquoted values that carry a comment (the caller keeps those whose comment is on the value's own line). */
function commentedValues(doc: Document): { path: FieldPath; node: Scalar }[] {
  const found: { path: FieldPath; node: Scalar }[] = [];
  const walk = (node: unknown, path: FieldPath) => {
    if (isMap(node)) {
      for (const pair of node.items) if (isScalar(pair.key)) walk(pair.value, [...path, String(pair.key.value)]);
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item, [...path, i]));
    } else if (isScalar(node) && node.type === 'PLAIN' && node.comment && node.range) {
      found.push({ path, node });
    }
  };
  walk(doc.contents, []);
  return found;
}

/** Offset of the key (or list item) at `path`, or of the nearest ancestor present. */
function offsetOf(doc: Document, path: FieldPath): number | undefined {
  let node: unknown = doc.contents;
  let offset: number | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}

/** A front-matter block that is opened but not closed by a line of just `---`. */
function unclosedFrontMatter(text: string): YamlProblem | undefined {
  const lines = text.split('\n');
  const close = lines.findIndex((line, i) => i > 0 && line.startsWith('---'));
  if (close < 0) return { line: 1, message: 'the front-matter opened by --- on line 1 is never closed (allowed: a line of just --- after the last field)' };
  if (lines[close].trim() !== '---') return { line: close + 1, message: `the line that closes the front-matter must be just --- (it is ${lines[close].trim()})` };
  return undefined;
}

/** A line of dashes other than ---: two or four hyphens, or the dash a word processor makes of typed hyphens (– — ―). */
const DASHES = /^[-\u2010-\u2015\u2212]+$/;

/**
 * Why a file that does not start with `---` on its own first line has no
 * front-matter, from the line where it was meant to open: that line below
 * blank lines, with spaces beside it, as other dashes, or missing above the
 * fields; else that the file must start with front-matter.
 */
export function missingFrontMatter(raw: string): YamlProblem {
  const lines = normalise(raw).split('\n');
  const at = lines.findIndex((line) => line.trim() !== '');
  const first = lines[at]?.trim() ?? '';
  if (first === '---' && at > 0) {
    return { line: 1, message: `the --- that opens the front-matter is on line ${at + 1}, below ${at === 1 ? 'a blank line' : `${at} blank lines`} (allowed: --- as the file's first line; delete the blank line${at === 1 ? '' : 's'} above it)` };
  }
  if (first === '---') return { line: 1, message: 'the line that opens the front-matter has spaces beside its --- (allowed: a line of just ---, with nothing before or after it)' };
  if (/^---\w/.test(first)) return { line: at + 1, message: `'${first}' does not open the front-matter (allowed: a line of just ---, with the fields in YAML below it as docs/CONTENT-MODEL.md shows)` };
  if (DASHES.test(first)) {
    const typed = /[^-]/.test(first) ? '; a word processor turns typed hyphens into a dash, so type them in a plain text editor' : '';
    return { line: at + 1, message: `'${first}' does not open the front-matter (allowed: a line of just ---, three hyphens${typed})` };
  }
  if (/^[A-Za-z_][\w-]*:(\s|$)/.test(first)) {
    const closed = lines.slice(at + 1).some((line) => line.trim() === '---');
    return { line: at + 1, message: `the fields start on line ${at + 1} with no line of --- above them (allowed: front-matter between two --- lines; add a line of just --- above this one${closed ? '' : ', and another below the last field'})` };
  }
  return { line: 1, message: 'the file must start with front-matter between two --- lines (see docs/CONTENT-MODEL.md)' };
}

/** Splits a Markdown file into front-matter (parsed, with lines, as parseYaml with `fields`) and body. */
export function parseMarkdown(raw: string, fields?: KnownFields): ParsedMarkdown {
  const text = normalise(raw);
  const hasFrontMatter = /^---\n/.test(text);
  // gray-matter reads a word after the opening dashes as the front-matter's
  // language, and its `---js` runs the text with eval: only a file whose
  // first line is exactly `---` (YAML) reaches it.
  if (!hasFrontMatter) return { ...parseYaml(''), hasFrontMatter, body: text, bodyLine: 1 };
  const unclosed = unclosedFrontMatter(text);
  if (unclosed) return { ...parseYaml(''), data: undefined, errors: [unclosed], hasFrontMatter, body: '', bodyLine: 1 };
  let yaml: ParsedYaml = parseYaml('');
  const file = matter(text, {
    engines: {
      yaml: (source: string) => {
        // gray-matter hands over the text after the opening `---`, so its
        // first line is the file's first line.
        yaml = parseYaml(source, 1, fields);
        return (yaml.data as object) ?? {};
      },
    },
  });
  return { ...yaml, hasFrontMatter, body: file.content, bodyLine: file.matter.split('\n').length + 2 };
}
