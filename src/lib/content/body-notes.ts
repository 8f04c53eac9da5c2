/**
 * Notes for the officer in an entry's body: `npm run new` writes them
 * between `<!--` and `-->`, which never appear on the site. Anything else
 * between those arrows would vanish from the page without a word, so the
 * check refuses it: text written inside a note, or a note whose `-->` was
 * deleted and that now hides everything below it.
 */
import { KINDS, KIND_IDS, type Kind } from '../vocabulary.ts';

/** The body a new entry starts with: the conventional headings, and notes on what goes where. */
export function bodyTemplate(kind: Kind): string {
  const noun = KINDS[kind].noun;
  return [
    '<!--',
    '  Notes for you between these arrows never appear on the site: delete',
    '  them when you are done. Below, write in plain sentences what this',
    `  ${noun} found or decided: a short paragraph first, then a list`,
    '  under each heading. Quote the source with "> " at the start of a line.',
    '  Save, then run npm run check.',
    '-->',
    '',
    '## Strengths',
    '<!-- One line per strength, each starting "- ". Delete the heading if there are none. -->',
    '',
    '## Areas for improvement',
    '<!-- One line per area to improve, each starting "- " (Ofsted: "What needs to improve"). -->',
    '',
    '## Next steps',
    '<!-- What happens next, each starting "- ": the next visit, a plan, a deadline. -->',
    '',
  ].join('\n');
}

const NOTE = /<!--([\s\S]*?)-->/g;
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every note the template writes, for any kind, with its spacing squashed. */
const TEMPLATE_NOTES = new Set(KIND_IDS.flatMap((kind) => [...bodyTemplate(kind).matchAll(NOTE)].map((m) => squash(m[1]))));

export interface HiddenText {
  /** The file line of the `<!--`. */
  line: number;
  message: string;
}

/** Notes in a body (starting on file line `firstLine`) that hide something other than the template's own notes. */
export function hiddenText(body: string, firstLine = 1): HiddenText[] {
  if (!body.includes('<!--')) return [];
  const found: HiddenText[] = [];
  const lineAt = (offset: number) => body.slice(0, offset).split('\n').length + firstLine - 1;
  for (let start = body.indexOf('<!--'); start >= 0; start = body.indexOf('<!--', start + 4)) {
    const end = body.indexOf('-->', start + 4);
    if (end < 0) {
      found.push({
        line: lineAt(start),
        message: 'a note opened with <!-- is never closed with -->, so nothing below it would appear on the site (close it with -->, or delete the <!--)',
      });
      break;
    }
    if (!TEMPLATE_NOTES.has(squash(body.slice(start + 4, end)))) {
      const [from, to] = [lineAt(start), lineAt(end)];
      found.push({
        line: from,
        message: `${to > from ? `lines ${from}–${to} are` : 'this text is'} between <!-- and -->, so ${to > from ? 'they' : 'it'} would not appear on the site (allowed between the arrows: only the notes npm run new writes; write your text outside them, or delete the note, arrows and all)`,
      });
    }
    start = end;
  }
  return found;
}

export const UNTOUCHED_TEMPLATE_MESSAGE =
  'the text is still only the headings and notes npm run new wrote, so the page will show the details and summary alone (write what was found under the headings, or delete the notes and headings if there is nothing more to say)';

/**
 * A warning, on the body's first line, when the body is still only what
 * `npm run new` wrote: its notes and empty headings. That is valid (the page
 * shows the entry's details and summary), but more often than not the officer
 * meant to write the text. Imported entries, whose text is left empty on
 * purpose, have no notes.
 */
export function untouchedTemplate(body: string, firstLine = 1): HiddenText[] {
  if (!body.includes('<!--')) return [];
  const rest = body.replace(NOTE, '').replace(/^#{1,6} .*$/gm, '');
  const untouched = rest.trim() === '' && [...body.matchAll(NOTE)].every((m) => TEMPLATE_NOTES.has(squash(m[1])));
  return untouched ? [{ line: firstLine, message: `warning: ${UNTOUCHED_TEMPLATE_MESSAGE}` }] : [];
}
