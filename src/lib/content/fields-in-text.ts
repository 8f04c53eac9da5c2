/**
 * Fields typed below the `---` that ends the front-matter ("inspectors:
 * [Jane Smith]" added after the rest), or cut off from it by a stray `---`
 * among the fields: Markdown would show them as the page's first paragraph
 * and the entry would lose them without a word. The check refuses them and
 * says where they go.
 *
 * Only lines at the very start of the text count, written as a field is
 * (`name:` at the margin, one of the entry's field names), with the lines
 * indented under them: prose does not start with `inspectors:`.
 */

export interface FieldInText {
  /** The file line. */
  line: number;
  field: string;
  message: string;
}

const FIELD_LINE = /^([a-z_]+):(?:[ \t]|$)/;
const UNDER_A_FIELD = /^[ \t]+\S/;

/** Field lines at the start of a body (starting on file line `firstLine`, right after the closing `---`). */
export function fieldsInText(body: string, firstLine: number, fieldNames: readonly string[]): FieldInText[] {
  // Most bodies start with prose or a heading: not split into lines for nothing.
  if (!/^\s*[a-z_]+:/.test(body)) return [];
  const lines = body.split('\n');
  const found: { line: number; field: string }[] = [];
  let i = 0;
  for (; i < lines.length; i++) {
    const text = lines[i].replace(/\r$/, '');
    const name = FIELD_LINE.exec(text)?.[1];
    if (name && fieldNames.includes(name)) found.push({ line: firstLine + i, field: name });
    else if (!(found.length && UNDER_A_FIELD.test(text)) && text.trim()) break;
  }
  if (!found.length) return [];
  const closing = firstLine - 1;
  // A stray `---` among the fields ended the front-matter early when the real one comes right after them.
  const realEnd = /^---[ \t]*$/.test(lines[i] ?? '') ? firstLine + i : undefined;
  const fix = realEnd
    ? `delete the --- on line ${closing}, so the front-matter runs on to the --- on line ${realEnd}`
    : `move it, with any lines indented under it, above the --- on line ${closing}`;
  return found.map(({ line, field }) => ({
    line,
    field,
    message: `is below the --- on line ${closing} that ends the front-matter, so it is not read as a field and the page would show it as text (allowed: every field between the two --- lines at the top; ${fix})`,
  }));
}
