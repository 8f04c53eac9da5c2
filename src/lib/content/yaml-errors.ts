/**
 * The yaml library's syntax errors, said in words an officer can act on:
 * which line is wrong and how to write it instead, with the line rewritten
 * where that is safe to suggest. A message the library gives that is not
 * one of the usual mistakes is passed on as it is. explainSpecialStart is
 * also used by read.ts for values YAML reads specially without an error.
 */
import { distance } from 'fastest-levenshtein';
import { LineCounter, parseDocument, type YAMLError } from 'yaml';

export interface ExplainedError {
  /** Line of the YAML text, from 1. */
  line: number;
  message: string;
  /** The field the line was meant to be, when the message names one. */
  field?: string;
}

/**
 * A file's top-level fields, from its schema: with them a line that is a
 * field without its colon can be told from a value carried on to a new line.
 */
export interface KnownFields {
  names: readonly string[];
  /** Whether the field can have this value, as YAML reads it. */
  accepts(name: string, value: unknown): boolean;
}

/** Whether a field can have `text` as its value (YAML text that does not read, or reads as nothing, cannot be one). */
function fits(fields: KnownFields, name: string, text: string): boolean {
  const doc = parseDocument(text, { schema: 'core' });
  const value: unknown = doc.errors.length ? undefined : doc.toJS();
  return value != null && fields.accepts(name, value);
}

/** `key: value` (or `- value`) split where the value starts. */
function splitLine(text: string): { lead: string; key?: string; value: string } {
  const match = /^(\s*(?:-\s+)?(?:([^\s:#][^:#]*?):(?:\s+|$))?)(.*)$/.exec(text)!;
  return { lead: match[1], key: match[2], value: match[3].trim() };
}

/** How a message names the line it is about: by its field where it has one. */
const subject = (key: string | undefined) => (key ? `'${key}'` : 'this line');

/** The value in straight double quotes, curly quotes taken off and any " inside escaped. */
function quoted(value: string): string {
  const bare = /^([“"'‘])(.*)([”"'’])$/.exec(value)?.[2] ?? value;
  return JSON.stringify(bare);
}

/** For a field indented where no field can be. */
const indented = (key: string | undefined) =>
  `${subject(key)} is indented, so YAML cannot tell which field it belongs to (allowed: each field starts at the beginning of the line; only list items and the fields under grades: and source: are indented, by two spaces)`;

/**
 * A field written as a list item (`  - overall: good`) above an indented line
 * YAML cannot place: the "- " made the fields under grades: or source: a
 * list, and the mistake is on that line, not on the ones the library blames.
 */
function dashedField(line: number, lines: string[]): (ExplainedError & { blockEnd: number }) | undefined {
  const indentOf = (text: string) => /^ */.exec(text)![0].length;
  const indent = indentOf(lines[line - 1] ?? '');
  for (let at = line - 1; at >= 1; at--) {
    const text = lines[at - 1];
    if (!text.trim()) continue;
    if (indentOf(text) < indent) return undefined;
    const { lead, key, value } = splitLine(text);
    if (indentOf(text) !== indent || !key || !/^ *- /.test(lead)) continue;
    const parent = lines.slice(0, at - 1).findLast((l) => l.trim() && indentOf(l) < indent);
    const under = parent ? `under ${parent.trim()} ` : '';
    // The lines after it at its indent are the rest of the block, which YAML misreads too.
    let blockEnd = at;
    while (blockEnd < lines.length && lines[blockEnd].trim() && indentOf(lines[blockEnd]) >= indent) blockEnd++;
    return {
      line: at,
      blockEnd,
      message: `'${key}' starts with "- ", which makes the fields ${under}a list, so YAML cannot read the lines after it (allowed: the fields ${under}one per line, indented by two spaces, with no "- "; write it like this: ${' '.repeat(indent)}${key}:${value && ` ${value}`})`,
    };
  }
  return undefined;
}

/** Fields under another whose names are also a field of the file's own. */
const SUBFIELDS: Record<string, readonly string[]> = { source: ['url', 'title'] };

/**
 * A line under grades:, source: or a list indented by more or fewer spaces
 * than the lines around it (`   leadership: good` among lines indented by
 * two): YAML cannot place it, and after one indented by too few it cannot
 * place the rest of the block either, so the mistake is said once, on its
 * line, with the line as it should be.
 */
function unevenBlock(line: number, lines: string[], ownFields: readonly string[]): (ExplainedError & { blockEnd: number }) | undefined {
  const indentOf = (text: string) => /^ */.exec(text)![0].length;
  let parent = line - 1;
  while (parent >= 1 && (!lines[parent - 1].trim() || indentOf(lines[parent - 1]) > 0)) parent--;
  const { key: parentKey, value } = splitLine(lines[parent - 1] ?? '');
  if (parent < 1 || !parentKey || value) return undefined;
  let blockEnd = parent;
  while (blockEnd < lines.length && (!lines[blockEnd].trim() || indentOf(lines[blockEnd]) > 0)) blockEnd++;
  const block = lines.slice(parent, blockEnd).map((text, i) => ({ at: parent + 1 + i, text, indent: indentOf(text) })).filter((l) => l.text.trim());
  // The indent most of the block's lines share is the one meant; between two, the first line's.
  const counts = Map.groupBy(block, (l) => l.indent);
  const meant = [...counts].sort(([, a], [, b]) => b.length - a.length)[0]?.[0];
  const odd = block.find((l) => l.indent !== meant);
  if (meant === undefined || !odd) return undefined;
  const { key } = splitLine(odd.text);
  // A field of the file's own, indented, belongs at the margin, not under the field above it.
  if (key && ownFields.includes(key) && !SUBFIELDS[parentKey]?.includes(key)) return undefined;
  const spaces = (n: number) => `${n} space${n === 1 ? '' : 's'}`;
  return {
    line: odd.at,
    blockEnd,
    message: `${subject(key)} is indented by ${spaces(odd.indent)}, where the other lines under ${parentKey}: are indented by ${meant}, so YAML cannot tell where it belongs (allowed: every line under ${parentKey}: indented alike; write it like this: ${' '.repeat(meant)}${odd.text.trim()})`,
  };
}

const CURLY = /^[“”‘’]/;
const TABBED = /^\s*\t/;

/**
 * A value starting with a character YAML reads as something other than text:
 * [ { a list or map, * & ! an alias, anchor or tag, > | a block of lines,
 * - ? a list item or key (before a space), and @ ` % , reserved.
 */
const SPECIAL = /^(?:[[\]{}*&!>|@`%,]|[-?](?=\s|$))/;

/** The library's errors for such a value, which name tokens, not the cause. */
const SPECIAL_ERRORS: ReadonlySet<string> = new Set(['UNEXPECTED_TOKEN', 'BAD_SCALAR_START', 'BAD_ALIAS', 'BLOCK_AS_IMPLICIT_KEY']);

/** How to write a line whose value starts with a character YAML reads specially; undefined for any other line. */
export function explainSpecialStart(text: string): string | undefined {
  const { lead, key, value } = splitLine(text);
  const char = SPECIAL.exec(value)?.[0];
  return char && `the ${char} at the start of ${key ? `'${key}'` : 'this value'} is a character YAML reads specially, not as text (allowed: a value starting with ${char} in double quotes; write it like this: ${lead.trimStart()}${quoted(value)})`;
}

/**
 * A line of text carried on from the field above (a summary pasted over
 * several lines) that YAML reads as a field of its own, or cannot place,
 * because of a colon in it ("… Areas to improve:"): the words before the
 * colon have spaces, so they are no field's name. Said on that line, with the
 * field's whole value joined on one line in double quotes. Undefined for any
 * other line, for a field's name written with a space (`start date`), and
 * where the field cannot have the joined text (a date).
 */
export function proseWithColon(line: number, lines: string[], fields: KnownFields): (ExplainedError & { field: string }) | undefined {
  const { key } = splitLine(lines[line - 1] ?? '');
  if (!key || !/\s/.test(key.trim()) || meantField(key, fields.names)) return undefined;
  const start = lines.slice(0, line - 1).findLastIndex((l) => l.trim() !== '' && !/^\s/.test(l));
  const field = start < 0 ? undefined : splitLine(lines[start]);
  if (!field?.key || !field.value || /^["'[{>|]/.test(field.value) || /^-\s/.test(field.lead)) return undefined;
  const joined = [field.value, ...lines.slice(start + 1, line).map((l) => l.trim())].filter(Boolean).join(' ');
  if (!fields.names.includes(field.key) || !fields.accepts(field.key, joined)) return undefined;
  return {
    line,
    field: field.key,
    message: `this line carries on '${field.key}' from the line above, but YAML reads the words before its colon as a field's name (allowed: the whole of ${field.key} on one line, in straight double quotes; write it like this: ${field.key}: ${quoted(joined)})`,
  };
}

/** The library's errors for a line it cannot read as a field of its own. */
const STRAY_LINE_ERRORS: ReadonlySet<string> = new Set(['BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'MISSING_CHAR']);

/** The field on the last line with text before `line`, if that line is unindented. */
function fieldAbove(line: number, lines: string[]): { key?: string; value?: string } {
  const above = lines.slice(0, line - 1).findLast((l) => l.trim() !== '') ?? '';
  return /^\s/.test(above) ? {} : splitLine(above);
}

/** That field, when its value is plain text that the line below could carry on. */
function plainField({ key, value }: { key?: string; value?: string }): { key: string; value: string } | undefined {
  return key && value && !/^["'[{>|]/.test(value) ? { key, value } : undefined;
}

/** Whether a line joined to the end of a field's value is still a value of that field: a date or a kind carried on is not. */
const carriesOn = (fields: KnownFields | undefined, above: { key: string; value: string }, text: string) =>
  !fields?.names.includes(above.key) || fits(fields, above.key, `${above.value} ${text.trim()}`);

/**
 * The usual causes of an unindented line YAML cannot read as a field, said
 * on that line (the library blames the line after, or names its parser's
 * tokens): a colon with no space after it, a value carried on to a new line,
 * or a field under grades: or source: left unindented.
 */
function explainStrayLine(line: number, lines: string[], fields: KnownFields | undefined): Omit<ExplainedError, 'line'> | undefined {
  const text = lines[line - 1] ?? '';
  if (!text.trim() || /^\s/.test(text)) return undefined;
  const noSpace = /^([a-z_]+):(?!\/\/)(\S.*)$/.exec(text);
  if (noSpace) return { field: noSpace[1], message: `'${noSpace[1]}' needs a space after its colon, or YAML reads the whole line as one word (write it like this: ${noSpace[1]}: ${noSpace[2]})` };
  const parent = fieldAbove(line, lines);
  const { key } = splitLine(text);
  const plain = plainField(parent);
  if (!key && !text.startsWith('- ') && plain) {
    // Joining a line to a date or a kind would spoil the field above, so that is advised only where the joined value fits it.
    return {
      message: carriesOn(fields, plain, text)
        ? `this line is not a field: YAML reads it as the rest of '${plain.key}' on the line above, carried on to a new line (allowed: a value on one line; join this line to the end of the one above, or indent it by two spaces)`
        : `this line is not a field, and cannot be the rest of '${plain.key}' on the line above (allowed: each field on a line of its own: its name, a colon and a space, then its value)`,
    };
  }
  if (key && parent.key && !parent.value && /^\s+\S/.test(lines[line] ?? '')) {
    return { message: `'${key}' belongs under '${parent.key}' on the line above, like the indented lines below it (allowed: the fields under ${parent.key}: indented by two spaces; write it like this:   ${text.trim()})` };
  }
  return undefined;
}

/** The field a name not quite written as one was meant to be: in capitals, or a letter out (two in a name of six letters or more). */
function meantField(word: string, names: readonly string[]): string | undefined {
  const written = word.toLowerCase().replace(/-/g, '_');
  const near = names.map((name) => ({ name, by: distance(written, name) })).filter(({ name, by }) => by <= (name.length >= 6 ? 2 : 1));
  return near.sort((a, b) => a.by - b.by)[0]?.name;
}

/**
 * Unindented lines `field value`, a field's name with no colon after it,
 * which YAML cannot read as a field: the library blames the line after, as
 * indented or part of a key, and the line before looks carried on. Not a
 * line inside a quoted value or a [ ] list left open above, or in a | or >
 * block, nor one of a field given elsewhere (a colon would make it given
 * twice). A name a letter or two out is taken for a field's only where what
 * follows is a value that field can have.
 */
function missingColons(lines: string[], fields: KnownFields): (ExplainedError & { written: string })[] {
  const given = new Set(lines.map((l) => /^([^\s:#][^:#]*?):(?:\s|$)/.exec(l)?.[1]));
  const found: (ExplainedError & { written: string })[] = [];
  let closing: string | undefined;
  // The indent of the line a | or > block of text starts on: its lines are text, whatever they start with.
  let block: number | undefined;
  lines.forEach((text, i) => {
    const indent = /^ */.exec(text)![0].length;
    if (block !== undefined && (!text.trim() || indent > block)) return;
    block = undefined;
    if (closing) {
      if (text.includes(closing)) closing = undefined;
      return;
    }
    const { key, value } = splitLine(text);
    if (/^[|>][-+\d]*(?:\s+#.*)?$/.test(value)) block = indent;
    const opened = /^(?:"(?:[^"\\]|\\.)*|'(?:[^']|'')*|\[[^\]]*|\{[^}]*)$/.exec(value)?.[0][0];
    if (opened) closing = { '"': '"', "'": "'", '[': ']', '{': '}' }[opened];
    const bare = !key && /^([A-Za-z][\w-]*)[ \t]+(\S.*?)\s*$/.exec(text);
    if (!bare) return;
    const [, word, rest] = bare;
    const name = fields.names.includes(word) ? word : meantField(word, fields.names);
    if (!name || given.has(name)) return;
    const above = plainField(fieldAbove(i + 1, lines));
    const carried = above && carriesOn(fields, above, text) ? above.key : undefined;
    const valueFits = fits(fields, name, rest);
    const written = `${name}: ${rest}`;
    const at = { line: i + 1, written };
    if (name === word) {
      // Prose carried on from the line above may start with a field's name, but then goes on in more than one word the field cannot have.
      if (carried && !valueFits && /\s/.test(rest)) return;
      found.push({ ...at, field: word, message: `'${word}' needs a colon after it, or YAML cannot read the line as a field (allowed: a field's name, a colon and a space, then its value; write it like this: ${written})` });
    } else if (!valueFits) {
      return;
    } else if (carried) {
      // A misspelt name may be a word of the text above (source/course, date/data): both are said.
      found.push({ ...at, message: `this line is not a field: it is the rest of '${carried}' on the line above, carried on to a new line, or '${word}' is ${name} misspelt, without its colon (allowed: a value on one line, joined to the end of the one above or indented by two spaces; or the field ${name}, written like this: ${written})` });
    } else {
      found.push({ ...at, field: word, message: `'${word}' is not a field's name (did you mean ${name}?), and needs a colon after it (allowed: a field's name, a colon and a space, then its value; write it like this: ${written})` });
    }
  });
  return found;
}

/**
 * The library's errors, said on the lines they are about. With the file's
 * fields known, a field written without its colon is said first: the
 * library's errors then blame the lines around it, so the others are those
 * of the text with the colons put in.
 */
export function explainYamlErrors(errors: YAMLError[], lines: string[], lineAt: (offset: number) => number, fields?: KnownFields): ExplainedError[] {
  const colons = fields ? missingColons(lines, fields) : [];
  if (!colons.length) return explainEach(errors, lines, lineAt, fields);
  const fixed = lines.map((text, i) => colons.find((c) => c.line === i + 1)?.written ?? text);
  const lineCounter = new LineCounter();
  const others = parseDocument(fixed.join('\n'), { schema: 'core', lineCounter, prettyErrors: false }).errors;
  return [
    ...colons.map(({ line, field, message }) => ({ line, field, message })),
    ...explainEach(others, fixed, (offset) => lineCounter.linePos(offset).line, fields),
  ].sort((a, b) => a.line - b.line);
}

/** Each of the library's errors, in words, once for each line. */
function explainEach(errors: YAMLError[], lines: string[], lineAt: (offset: number) => number, fields: KnownFields | undefined): ExplainedError[] {
  const explained: ExplainedError[] = [];
  const say = (line: number, message: string, field?: string) => {
    if (!explained.some((e) => e.line === line)) explained.push(field ? { line, message, field } : { line, message });
  };
  // Blocks whose first line's "- ", or one line's indent, is the mistake: any other error the library gives inside one follows from it.
  const dashedBlocks: { from: number; to: number }[] = [];
  const sayIndented = (line: number) => {
    const prose = fields && proseWithColon(line, lines, fields);
    if (prose) return say(line, prose.message, prose.field);
    const block = dashedField(line, lines) ?? unevenBlock(line, lines, fields?.names ?? []);
    if (!block) return say(line, indented(splitLine(lines[line - 1] ?? '').key));
    say(block.line, block.message);
    dashedBlocks.push({ from: block.line, to: block.blockEnd });
  };
  for (const error of errors) {
    const line = lineAt(error.pos[0]);
    const text = lines[line - 1] ?? '';
    const { lead, key, value } = splitLine(text);
    const suggest = `${lead.trimStart()}${quoted(value)}`;
    const special = SPECIAL_ERRORS.has(error.code) && explainSpecialStart(text);
    if (special) {
      say(line, special);
      continue;
    }
    const stray = STRAY_LINE_ERRORS.has(error.code) && explainStrayLine(line, lines, fields);
    if (stray) {
      say(line, stray.message, stray.field);
      continue;
    }
    switch (error.code) {
      case 'BLOCK_AS_IMPLICIT_KEY':
      case 'MULTILINE_IMPLICIT_KEY': {
        // On a line indented with a tab, the tab is the mistake (TAB_AS_INDENT says so), not the lines after it.
        if (TABBED.test(text)) break;
        // A line indented under a field that has a value of its own.
        const next = errors.find((e) => e.code === 'MULTILINE_IMPLICIT_KEY' && lineAt(e.pos[1]) > line);
        if (next) {
          const at = lineAt(next.pos[1]);
          sayIndented(at);
        } else if (/:\s/.test(value) || value.endsWith(':')) {
          // The example ends the message, so that it can be copied without a full stop after it.
          const curly = CURLY.test(value) ? ' (curly quotes “ ” from a word processor do not count as quotes)' : '';
          const colon = /:\s/.test(value) ? 'contains a colon and a space' : 'ends with a colon';
          say(line, `the value ${colon}, which YAML reads as the start of another field: put the whole value in straight double quotes${curly}, like this: ${suggest}`);
        } else {
          say(line, error.message.split('\n')[0]);
        }
        break;
      }
      case 'BAD_INDENT':
        // A field indented by a space or so after a list or source:, whose fields are indented further.
        if (/same column/.test(error.message)) sayIndented(line);
        else say(line, error.message.split('\n')[0]);
        break;
      case 'UNEXPECTED_TOKEN':
        if (/^["']/.test(value)) {
          say(line, `there is more text after the closing quote: put the whole value in one pair of double quotes, writing any " inside it as \\", like this: ${suggest}`);
        } else {
          say(line, error.message.split('\n')[0]);
        }
        break;
      case 'MISSING_CHAR':
        if (/quote/.test(error.message)) {
          // The library notices at the end of the text; the quote was opened on the last line whose value starts with one.
          const opened = lines.slice(0, line).findLastIndex((l) => /^["']/.test(splitLine(l).value));
          const at = opened >= 0 ? opened + 1 : line;
          const quote = splitLine(lines[at - 1] ?? '').value[0] ?? '"';
          say(at, `the ${quote} that opens this value is never closed (allowed: a quoted value ends with the same quote on the same line)`);
        } else {
          say(line, error.message.split('\n')[0]);
        }
        break;
      case 'BAD_DQ_ESCAPE': {
        // Each \ doubled, except where it already escapes a " or a \.
        const inner = /^"(.*)"$/.exec(value)?.[1] ?? value;
        const escaped = `${lead.trimStart()}"${inner.replace(/\\(["\\]?)/g, (written, kept) => (kept ? written : '\\\\'))}"`;
        say(line, `${subject(key)} has a \\ inside double quotes, which YAML reads as the start of an escape such as \\n for a new line (allowed: each \\ written as \\\\, like this: ${escaped}; or the value in single quotes instead)`);
        break;
      }
      case 'DUPLICATE_KEY': {
        const key = /^\s*([^:]+):/.exec(text)?.[1]?.trim();
        say(line, `${key ? `'${key}'` : 'this field'} is given twice (allowed: each field once; keep one and delete the other)`);
        break;
      }
      case 'MULTIPLE_DOCS': {
        // YAML reads a line of three dots as the end of the fields; the library notices at the line after it.
        const dots = lines.slice(0, line).findLastIndex((l) => /^\.\.\.\s*$/.test(l));
        if (dots >= 0) {
          say(dots + 1, 'a line of three dots ends the fields for YAML, so the lines below it are not read (allowed: only fields between the two --- lines; delete this line, and write out in words what it stood for, such as "and others")');
        } else {
          say(line, error.message.split('\n')[0]);
        }
        break;
      }
      case 'TAB_AS_INDENT':
        say(line, `${subject(key)} is indented with a tab (allowed: spaces, two for each level)`);
        break;
      default:
        say(line, error.message.split('\n')[0]);
    }
  }
  return explained.filter((e) => !dashedBlocks.some((block) => e.line > block.from && e.line <= block.to));
}
