/**
 * The twenty real Ofsted focused-visit letters in ../shared/data/letters
 * (2018–2025): for each, the council, kind, visit dates, letter date and
 * inspectors, written by hand from the letter itself, against what import
 * finds. The phrasing differs across the years ("The inspectors were …",
 * "Her Majesty's Inspectors for this visit were …", "carried out by …,
 * Her Majesty's Inspectors", "… all of whom are Her Majesty's Inspectors
 * (HMI)"); North Somerset's letter is dated "6 November 20205".
 *
 * After the checks, the field-by-field accuracy over the set is printed.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkEntryFile } from '../../../src/lib/content/validate.ts';
import { draftEntry } from '../../../src/lib/import/draft.ts';
import { readDocument, parseDocument, type ImportContext } from '../../../src/lib/import/index.ts';
import type { ParsedDocument } from '../../../src/lib/import/types.ts';
import { allCouncils, context } from './helpers.ts';
import { lettersDir } from '../../support/shared-material.ts';

interface Expected {
  file: string;
  council: string;
  kind: string;
  /** First and last day of the visit (the same day for a one-day visit). */
  start: string;
  end: string;
  /** The letter's date → published. */
  letter: string;
  inspectors: string[];
}

const LETTERS: Expected[] = [
  { file: 'blackburn-with-darwen-focused-visit-letter-2018-11-30.pdf', council: 'blackburn-with-darwen', kind: 'focused-visit', start: '2018-11-07', end: '2018-11-07', letter: '2018-11-30', inspectors: ['Paula Thomson-Jones', 'Alison Smale'] },
  { file: 'cheshire-east-focused-visit-letter-2021-12-08.pdf', council: 'cheshire-east', kind: 'focused-visit', start: '2021-11-03', end: '2021-11-04', letter: '2021-12-08', inspectors: ['Kathryn Grindrod HMI', 'Russel Breyer HMI'] },
  { file: 'derbyshire-focused-visit-letter-2022-10-26.pdf', council: 'derbyshire', kind: 'focused-visit', start: '2022-09-21', end: '2022-09-22', letter: '2022-10-26', inspectors: ['Margaret Burke', 'Claire Beckingham'] },
  { file: 'ealing-focused-visit-letter-2018-11-16.pdf', council: 'ealing', kind: 'focused-visit', start: '2018-10-24', end: '2018-10-25', letter: '2018-11-16', inspectors: ['Brenda McLaughlin', 'Maire Atherton'] },
  { file: 'halton-focused-visit-letter-2023-01-13.pdf', council: 'halton', kind: 'focused-visit', start: '2022-11-23', end: '2022-11-24', letter: '2023-01-13', inspectors: ['Vicky Metheringham', 'Andy Waugh'] },
  { file: 'havering-focused-visit-letter-2021-06-25.pdf', council: 'havering', kind: 'focused-visit', start: '2021-05-12', end: '2021-05-13', letter: '2021-06-25', inspectors: ['Joy Howick', 'Nasim Butt', 'Louise Hocking', 'Andy Whippey', 'Julie Knight'] },
  { file: 'leeds-focused-visit-letter-2021-08-31.pdf', council: 'leeds', kind: 'focused-visit', start: '2021-07-20', end: '2021-07-21', letter: '2021-08-31', inspectors: ['Victoria Horsefield', 'Matt Reed'] },
  { file: 'lewisham-focused-visit-letter-2025-06-03.pdf', council: 'lewisham', kind: 'focused-visit', start: '2025-04-30', end: '2025-05-01', letter: '2025-06-03', inspectors: ['Claire Beckingham', 'Monique Lindsay'] },
  { file: 'luton-focused-visit-letter-2024-09-09.pdf', council: 'luton', kind: 'focused-visit', start: '2024-07-31', end: '2024-08-01', letter: '2024-09-09', inspectors: ['Jenny-ellen Scotland', 'Rebecca Quested'] },
  // Printed "6 November 20205".
  { file: 'north-somerset-focused-visit-letter-2025-11-06.pdf', council: 'north-somerset', kind: 'focused-visit', start: '2025-10-07', end: '2025-10-08', letter: '2025-11-06', inspectors: ['Steve Bailey', 'Zafer Yilkan'] },
  { file: 'plymouth-focused-visit-letter-2025-07-31.pdf', council: 'plymouth', kind: 'focused-visit', start: '2025-07-01', end: '2025-07-02', letter: '2025-07-31', inspectors: ['Joy Howick', 'Monique Lindsay', 'Michele Henry'] },
  { file: 'reading-focused-visit-letter-2022-03-21.pdf', council: 'reading', kind: 'focused-visit', start: '2022-02-16', end: '2022-02-17', letter: '2022-03-21', inspectors: ['Alexander Kemp', 'Amanda Maxwell'] },
  { file: 'reading-focused-visit-letter-2023-10-17.pdf', council: 'reading', kind: 'focused-visit', start: '2023-09-12', end: '2023-09-13', letter: '2023-10-17', inspectors: ['Amanda Maxwell', 'Nhlanganiso Nyathi'] },
  { file: 'sandwell-focused-visit-letter-2025-05-20.pdf', council: 'sandwell', kind: 'focused-visit', start: '2025-04-15', end: '2025-04-16', letter: '2025-05-20', inspectors: ['Alison Smale', 'Nick Bennison'] },
  { file: 'southampton-focused-visit-letter-2021-06-18.pdf', council: 'southampton', kind: 'focused-visit', start: '2021-05-05', end: '2021-05-06', letter: '2021-06-18', inspectors: ['Nick Stacey', 'Tracey Scott', 'Alex Dignan', 'Maire Atherton', 'Lee Selby'] },
  { file: 'surrey-focused-visit-letter-2021-05-11.pdf', council: 'surrey', kind: 'focused-visit', start: '2021-03-24', end: '2021-03-25', letter: '2021-05-11', inspectors: ['Matt Reed', 'Tracey Scott', 'Nick Stacey', 'Maire Atherton', 'Stephen Bentham'] },
  { file: 'tameside-focused-visit-letter-2021-06-25.pdf', council: 'tameside', kind: 'focused-visit', start: '2021-05-12', end: '2021-05-13', letter: '2021-06-25', inspectors: ['Paula Thomson-Jones', 'Kathryn Grindrod', 'Alison Smale', 'Vicky Metheringham', 'Tonwen Empson'] },
  { file: 'tameside-focused-visit-letter-2022-06-06.pdf', council: 'tameside', kind: 'focused-visit', start: '2022-04-27', end: '2022-04-28', letter: '2022-06-06', inspectors: ['Mandy Nightingale', 'Jo Warburton'] },
  { file: 'west-sussex-focused-visit-letter-2020-12-04.pdf', council: 'west-sussex', kind: 'focused-visit', start: '2020-10-20', end: '2020-10-20', letter: '2020-12-04', inspectors: ['Tracey Scott', 'Margaret Burke', 'Joy Howick', 'Dominic Stevens', 'Kathryn Moles'] },
  { file: 'windsor-and-maidenhead-focused-visit-letter-2018-12-20.pdf', council: 'windsor-and-maidenhead', kind: 'focused-visit', start: '2018-11-27', end: '2018-11-28', letter: '2018-12-20', inspectors: ['Linda Steele', 'Donna Marriott'] },
];

/** How each summary starts: read against each letter by hand as a sentence of its headline findings (or, with none, its findings) on this visit. */
const SUMMARIES: Record<string, string> = {
  'blackburn-with-darwen-focused-visit-letter-2018-11-30.pdf': 'Children in Blackburn with Darwen who are at immediate risk are protected.',
  // After "An inspection … took place in November 2019" and "Since that time, …".
  'cheshire-east-focused-visit-letter-2021-12-08.pdf': 'Assessments and plans are mainly thorough',
  'derbyshire-focused-visit-letter-2022-10-26.pdf': 'Changes within Derbyshire’s political and senior leadership',
  'ealing-focused-visit-letter-2018-11-16.pdf': 'The local authority is an extremely ambitious corporate parent.',
  // After the previous focused visit of March 2021, its priority actions and "Since then, …".
  'halton-focused-visit-letter-2023-01-13.pdf': 'The development of a newly established senior leadership team',
  'havering-focused-visit-letter-2021-06-25.pdf': 'Strong, timely corporate and political support',
  'leeds-focused-visit-letter-2021-08-31.pdf': 'When there is a clear identification of risk',
  // After the last inspection and the Families First pathfinder.
  'lewisham-focused-visit-letter-2025-06-03.pdf': 'With high aspirations and a steadfast emphasis',
  'luton-focused-visit-letter-2024-09-09.pdf': 'Care leavers’ experiences of transitions',
  'north-somerset-focused-visit-letter-2025-11-06.pdf': 'Most children in care in North Somerset live in stable, nurturing homes',
  'plymouth-focused-visit-letter-2025-07-31.pdf': 'Plymouth City Council is an ambitious Corporate Parent',
  'reading-focused-visit-letter-2022-03-21.pdf': 'Progress has been made in discrete areas of practice',
  'reading-focused-visit-letter-2023-10-17.pdf': 'Senior leaders have made improvements to services for children in care',
  'sandwell-focused-visit-letter-2025-05-20.pdf': 'Leaders are ambitious for vulnerable children in Sandwell',
  'southampton-focused-visit-letter-2021-06-18.pdf': 'Social workers are physically visiting children',
  'surrey-focused-visit-letter-2021-05-11.pdf': 'A stable senior leadership team and the recently appointed director',
  'tameside-focused-visit-letter-2021-06-25.pdf': 'Scrutiny by senior leaders is too focused',
  'tameside-focused-visit-letter-2022-06-06.pdf': 'Too many children experience delay',
  'west-sussex-focused-visit-letter-2020-12-04.pdf': 'Strengthened corporate and partnership working',
  'windsor-and-maidenhead-focused-visit-letter-2018-12-20.pdf': 'A stable senior leadership team is now in place.',
};

const FIELDS = ['council', 'kind', 'start_date', 'date', 'published', 'inspectors'] as const;
type Field = (typeof FIELDS)[number];

const expectedValue = (e: Expected, field: Field): unknown =>
  ({ council: e.council, kind: e.kind, start_date: e.start, date: e.end, published: e.letter, inspectors: e.inspectors })[field];

/** What import found for a field; a one-day visit has no start_date, so its start is its date. */
function foundValue(p: ParsedDocument, field: Field): unknown {
  if (field === 'start_date') return p.fields.start_date?.value ?? p.fields.date?.value;
  return p.fields[field]?.value;
}

const parsed = new Map<string, ParsedDocument>();
const outcomes = new Map<string, Map<Field, boolean>>();
let ctx: ImportContext;
let seconds = 0;

beforeAll(async () => {
  ctx = await context(allCouncils);
  const started = performance.now();
  for (const letter of LETTERS) {
    const { text } = await readDocument(path.join(lettersDir, letter.file));
    parsed.set(letter.file, parseDocument(text, ctx)!);
  }
  seconds = (performance.now() - started) / 1000;
});

describe.each(LETTERS)('$file', (letter) => {
  it.each(FIELDS)('%s is what the letter says', (field) => {
    const p = parsed.get(letter.file)!;
    const ok = JSON.stringify(foundValue(p, field)) === JSON.stringify(expectedValue(letter, field));
    if (!outcomes.has(letter.file)) outcomes.set(letter.file, new Map());
    outcomes.get(letter.file)!.set(field, ok);
    expect(foundValue(p, field)).toEqual(expectedValue(letter, field));
  });

  it('drafts a valid entry named by the last day of the visit', () => {
    const p = parsed.get(letter.file)!;
    const draft = draftEntry(p, { source: letter.file, today: '2026-01-01', council: ctx.councils.byId(letter.council) });
    if ('error' in draft) throw new Error(draft.error);
    expect(draft.name).toBe(`${letter.end}-focused-visit.md`);
    expect(checkEntryFile(`content/entries/${letter.council}/${draft.name}`, letter.council, draft.name, draft.text).problems).toEqual([]);
    expect(draft.text).toContain('draft: true');
    // The count import reports is every TODO left in the draft (the instructions at the top mention one).
    expect(draft.todos.length).toBe((draft.text.match(/\bTODO\b/g) ?? []).length - 1);
  });
});

describe('the twenty letters as a set', () => {
  it('reads the key findings of every letter ("What needs to improve")', () => {
    for (const letter of LETTERS) {
      expect(parsed.get(letter.file)!.sections.improvements.length, letter.file).toBeGreaterThan(0);
    }
  });

  it('takes a summary on what this visit found, not the earlier inspection or the pandemic its headline findings may open with', () => {
    for (const letter of LETTERS) {
      const summary = parsed.get(letter.file)!.fields.summary?.value;
      expect(summary, letter.file).toMatch(/^[A-Z].{40,}[.]$/);
      expect(summary?.startsWith(SUMMARIES[letter.file]), `${letter.file}: ${summary}`).toBe(true);
    }
  });

  it('reads the mistyped year of the North Somerset letter as 2025 and says so', () => {
    const p = parsed.get('north-somerset-focused-visit-letter-2025-11-06.pdf')!;
    expect(p.checks).toEqual([expect.objectContaining({ field: 'published', message: expect.stringContaining('6 November 20205') })]);
  });

  it('says when the area looked at was cut short to fit the title, so the officer shortens it in their own words', () => {
    // West Sussex's "quality and impact of key decision-making across help and protection, children in care and services for care leavers…"
    for (const file of ['west-sussex-focused-visit-letter-2020-12-04.pdf', 'windsor-and-maidenhead-focused-visit-letter-2018-12-20.pdf']) {
      const p = parsed.get(file)!;
      expect(p.fields.title?.value, file).toMatch(/…$/);
      expect(p.checks, file).toContainEqual({ field: 'title', message: expect.stringContaining('cut short') });
      const draft = draftEntry(p, { source: file, today: '2026-01-01' });
      if ('error' in draft) throw new Error(draft.error);
      expect(draft.text).toMatch(/# TODO: check title: .*cut short.*\ntitle: /);
    }
    expect(parsed.get('reading-focused-visit-letter-2022-03-21.pdf')!.checks.filter((c) => c.field === 'title')).toEqual([]);
  });

  it('says what inspectors looked at as the letter wrote it, with its "the", which the title drops', () => {
    const lookedAt = (file: string) => {
      const draft = draftEntry(parsed.get(file)!, { source: file, today: '2026-01-01' });
      if ('error' in draft) throw new Error(draft.error);
      return /Inspectors looked at ([^.]+)\./.exec(draft.text)?.[1];
    };
    for (const file of ['halton-focused-visit-letter-2023-01-13.pdf', 'leeds-focused-visit-letter-2021-08-31.pdf', 'tameside-focused-visit-letter-2022-06-06.pdf']) {
      expect(lookedAt(file), file).toMatch(/^the front door\b/);
      expect(parsed.get(file)!.fields.title?.value, file).toMatch(/: front door\b/i);
    }
    expect(lookedAt('luton-focused-visit-letter-2024-09-09.pdf')).toBe('care leavers aged 18 to 25');
  });

  it("offers the council's page of Ofsted reports as the source, which the site's imported entries link to", () => {
    const file = 'reading-focused-visit-letter-2022-03-21.pdf';
    const draft = draftEntry(parsed.get(file)!, { source: file, today: '2026-01-01', council: ctx.councils.byId('reading') });
    if ('error' in draft) throw new Error(draft.error);
    expect(draft.text).toContain("source:\n  url: https://reports.ofsted.gov.uk/provider/44/870\n  title: Ofsted's reports for Reading\n");
    expect(draft.todos.filter((todo) => todo.startsWith('source'))).toEqual([]);
    // Without the council's page, the officer is asked for the address.
    const unknown = draftEntry(parsed.get(file)!, { source: file, today: '2026-01-01' });
    if ('error' in unknown) throw new Error(unknown.error);
    expect(unknown.todos).toContain('source: the address where the document is published');
  });

  it('turns "Areas for priority action" into marked areas for improvement', () => {
    const p = parsed.get('southampton-focused-visit-letter-2021-06-18.pdf')!;
    expect(p.sections.improvements[0]).toMatch(/^Priority action: Effective and rigorous senior management oversight/);
    expect(p.sections.improvements).toContain('Visits to vulnerable children who are electively home educated (EHE).');
  });

  it('leaves letterhead, footnotes and page numbers out of the text', async () => {
    const { text } = await readDocument(path.join(lettersDir, 'north-somerset-focused-visit-letter-2025-11-06.pdf'));
    expect(text).not.toMatch(/Piccadilly Gate|Textphone|enquiries@ofsted\.gov\.uk|cross-referenced with the outcomes/);
    expect(text).toContain('What needs to improve in this area of social work practice?\n');
  });
});

/** The letter as text with the PDF's own line breaks and no paragraph spacing, as pdftotext or copying from a viewer gives. */
async function asSavedText(file: string): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(await readFile(file)));
  let out = '';
  for (let n = 1; n <= pdf.numPages; n++) {
    const { items } = await (await pdf.getPage(n)).getTextContent();
    for (const item of items) if ('str' in item) out += item.str + (item.hasEOL ? '\n' : '');
    out += '\n';
  }
  return out;
}

describe('the same letters saved as text with their line breaks', () => {
  it.each(LETTERS)('$file', async (letter) => {
    const p = parseDocument(await asSavedText(path.join(lettersDir, letter.file)), ctx)!;
    const found = Object.fromEntries(FIELDS.map((f) => [f, foundValue(p, f)]));
    expect(found).toEqual(Object.fromEntries(FIELDS.map((f) => [f, expectedValue(letter, f)])));
  });
});

afterAll(() => {
  // Field-by-field accuracy over the set, for the notes on a change.
  const rows = FIELDS.map((field) => {
    const right = LETTERS.filter((l) => outcomes.get(l.file)?.get(field)).length;
    return `${field.padEnd(12)} ${String(right).padStart(2)}/${LETTERS.length}  ${((100 * right) / LETTERS.length).toFixed(0).padStart(3)} %`;
  });
  console.log(`Import accuracy over ${LETTERS.length} real letters (read and parsed in ${seconds.toFixed(1)} s):\n${rows.join('\n')}`);
});
