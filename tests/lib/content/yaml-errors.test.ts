/**
 * The yaml library's syntax errors in an officer's words, called directly:
 * with and without the file's fields, once a line. The wording of each
 * usual mistake in an entry is tested through checkEntryFile (validate.test.ts).
 */
import { LineCounter, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { explainSpecialStart, explainYamlErrors, proseWithColon, type KnownFields } from '../../../src/lib/content/yaml-errors.ts';

const FIELDS: KnownFields = {
  names: ['title', 'kind', 'date', 'start_date', 'summary'],
  accepts: (name, value) => typeof value === 'string' && (!name.includes('date') || /^\d{4}-\d{2}-\d{2}$/.test(value)),
};

/** The errors of `lines` as YAML text, explained. */
function explain(lines: string[], fields?: KnownFields) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(lines.join('\n'), { schema: 'core', lineCounter, prettyErrors: false });
  return explainYamlErrors(doc.errors, lines, (offset) => lineCounter.linePos(offset).line, fields);
}

describe('explainYamlErrors', () => {
  it("with the file's fields, says a field without its colon first, then the text's other errors with the colon put in, by line", () => {
    expect(explain(['title: Visit', 'kind focused-visit', 'summary: a: b'], FIELDS)).toEqual([
      { line: 2, field: 'kind', message: "'kind' needs a colon after it, or YAML cannot read the line as a field (allowed: a field's name, a colon and a space, then its value; write it like this: kind: focused-visit)" },
      { line: 3, message: 'the value contains a colon and a space, which YAML reads as the start of another field: put the whole value in straight double quotes, like this: summary: "a: b"' },
    ]);
  });

  it('without them, takes that line for the value above carried on', () => {
    expect(explain(['title: Visit', 'kind focused-visit'])).toEqual([
      { line: 2, message: "this line is not a field: YAML reads it as the rest of 'title' on the line above, carried on to a new line (allowed: a value on one line; join this line to the end of the one above, or indent it by two spaces)" },
    ]);
  });

  it('says each line once, and passes on the first line of an error that is not one of the usual mistakes', () => {
    expect(explain(['title: x', '  summary: y']).map((e) => e.line)).toEqual([2]);
    expect(explain(['title: [a'])).toEqual([{ line: 1, message: 'Flow sequence in block collection must be sufficiently indented and end with a ]' }]);
  });
});

describe('explainSpecialStart', () => {
  it('says how to quote a value YAML reads specially, in a list item too', () => {
    expect(explainSpecialStart('  - *starred')).toBe(
      'the * at the start of this value is a character YAML reads specially, not as text (allowed: a value starting with * in double quotes; write it like this: - "*starred")',
    );
  });

  it('says nothing of a value YAML reads as text, such as a minus before a number', () => {
    expect(explainSpecialStart('summary: -5% fewer referrals')).toBeUndefined();
    expect(explainSpecialStart('title: Visit')).toBeUndefined();
  });
});

describe('proseWithColon', () => {
  it('joins a line carried on from a field above, whose colon YAML took for a field, into that field', () => {
    expect(proseWithColon(2, ['summary: Ofsted found that', 'Areas to improve: many'], FIELDS)).toEqual({
      line: 2,
      field: 'summary',
      message: `this line carries on 'summary' from the line above, but YAML reads the words before its colon as a field's name (allowed: the whole of summary on one line, in straight double quotes; write it like this: summary: "Ofsted found that Areas to improve: many")`,
    });
  });

  it("is not said for a field's name written with a space, a quoted value above, or a field that cannot have the joined text", () => {
    expect(proseWithColon(2, ['title: Visit', 'start date: 2024-03-01'], FIELDS)).toBeUndefined();
    expect(proseWithColon(2, ['summary: "Ofsted found that"', 'Areas to improve: many'], FIELDS)).toBeUndefined();
    expect(proseWithColon(2, ['date: 2024-03-05', 'Areas to improve: many'], FIELDS)).toBeUndefined();
  });
});
