/**
 * Shapes of document the seeds and the twenty letters do not cover, on
 * made-up texts (tests/fixtures/import/documents): a graded ILACS report, a
 * JTAI letter, a monitoring visit across a month end with "the 7th
 * monitoring visit", minutes "held on" a date that report a visit printed
 * without a year; and the text clean-up every source goes through.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkEntryFile } from '../../../src/lib/content/validate.ts';
import { draftEntry } from '../../../src/lib/import/draft.ts';
import { classify, loadImportContext, type ImportContext } from '../../../src/lib/import/index.ts';
import { readSource, sentenceCase, titleCase } from '../../../src/lib/import/text.ts';
import { valuesOf, type ParsedDocument } from '../../../src/lib/import/types.ts';
import { allCouncils, context, fixtures, parseFile, scratchContent, seedCouncils } from './helpers.ts';

const doc = (name: string) => path.join(fixtures, 'documents', name);
let ctx: ImportContext;
beforeAll(async () => {
  ctx = await context(allCouncils);
});

function validDraft(p: ParsedDocument) {
  const draft = draftEntry(p, { source: 'x.txt', today: '2026-01-01', council: ctx.councils.byId(p.fields.council!.value) });
  if ('error' in draft) throw new Error(draft.error);
  expect(checkEntryFile(`content/entries/${draft.council}/${draft.name}`, draft.council, draft.name, draft.text).problems).toEqual([]);
  return draft;
}

describe('a full ILACS inspection report (2023 framework)', () => {
  let p: ParsedDocument;
  beforeAll(async () => {
    p = await parseFile(doc('ilacs-2023-inspection-report.txt'), ctx);
  });

  it('reads the judgements into the framework’s areas', () => {
    expect(valuesOf(p.fields)).toMatchObject({
      council: 'tameside',
      kind: 'inspection',
      start_date: '2023-10-30',
      date: '2023-11-10',
      framework: 'ilacs-2023',
      grades: {
        overall: 'requires-improvement',
        leadership: 'requires-improvement',
        'help-and-protection': 'inadequate',
        'children-in-care': 'requires-improvement',
        'care-leavers': 'good',
      },
      inspectors: ['Alex Example', 'Sam Sample', 'Jo Placeholder', 'Chris Specimen'],
      title: 'Inspection: requires improvement to be good',
    });
    // Not its first sentence, which is measured from the last inspection.
    expect(p.fields.summary?.value).toBe('Services for children who need help and protection have declined, and too many children wait too long for their needs to be assessed.');
    expect(p.sections.improvements).toEqual([
      'The timeliness of strategy discussions and child protection enquiries.',
      'The quality of management oversight and supervision.',
      'The sufficiency of homes for children in care.',
    ]);
  });

  it('drafts grades that pass the check, and asks for the publication date it could not find', () => {
    expect(p.missing.map((m) => m.field)).toEqual(['published']);
    const draft = validDraft(p);
    expect(draft.text).toContain('framework: ilacs-2023\ngrades:\n  overall: requires-improvement\n');
    expect(draft.text).toContain('# TODO: published: no letter date at the top of the document\n# published: YYYY-MM-DD\n');
  });

  it('reads the ILACS framework before 2023 and SIF from its own areas', async () => {
    const ilacs = (await import('../../../src/lib/import/ofsted.ts')).findGrades(
      readSource('Overall effectiveness\tGood\nThe experiences and progress of children in care and care leavers\tOutstanding').blocks,
      2019,
    );
    expect(ilacs).toMatchObject({ framework: 'ilacs', grades: { overall: 'good', 'children-in-care-and-care-leavers': 'outstanding' } });
    const sif = (await import('../../../src/lib/import/ofsted.ts')).findGrades(
      readSource('1. Children who need help and protection\tInadequate\n2.1 Adoption performance\tRequires improvement\nThe Local Safeguarding Children Board (LSCB) is good.').blocks,
      2016,
    );
    expect(sif).toMatchObject({ framework: 'sif', grades: { 'help-and-protection': 'inadequate', adoption: 'requires-improvement', lscb: 'good' } });
  });
});

describe('a JTAI letter', () => {
  it('reads kind, dates, letter date and subject; names no inspectors and asks for none', async () => {
    const p = await parseFile(doc('jtai-letter.txt'), ctx);
    expect(valuesOf(p.fields)).toMatchObject({
      council: 'reading',
      kind: 'jtai',
      start_date: '2019-03-04',
      date: '2019-03-08',
      published: '2019-05-14',
      title: 'Joint targeted area inspection: multi-agency response to children living with domestic abuse',
    });
    expect(p.fields.inspectors).toBeUndefined();
    expect(p.missing).toEqual([]);
    expect(validDraft(p).name).toBe('2019-03-08-jtai.md');
  });
});

describe('a monitoring visit across a month end', () => {
  it('reads the span, the visit number and inspectors named after their title', async () => {
    const p = await parseFile(doc('monitoring-visit-year-end.txt'), ctx);
    expect(valuesOf(p.fields)).toMatchObject({
      council: 'havering',
      kind: 'monitoring-visit',
      start_date: '2021-11-30',
      date: '2021-12-01',
      published: '2022-01-19',
      visit_number: 7,
      inspectors: ['Pat Invented', 'Lou Madeup'],
      title: 'Monitoring visit 7: quality of help and protection for children at the front door',
    });
    expect(p.sections.improvements).toEqual(['The quality of assessments of children’s needs.', 'Management oversight of decisions to step down to early help.']);
    expect(validDraft(p).text).toContain('visit_number: 7');
  });
});

describe('minutes "held on" a date, reporting a visit printed without a year', () => {
  it('reads committee, date and title, and links the visit’s entry when it exists', async () => {
    const scratch = await scratchContent(allCouncils);
    try {
      await mkdir(path.join(scratch.dir, 'entries/reading'), { recursive: true });
      await writeFile(path.join(scratch.dir, 'entries/reading/2018-11-01-monitoring-visit.md'), '---\n---\n');
      const p = await parseFile(doc('minutes-held-on.txt'), await loadImportContext(scratch.dir));
      expect(valuesOf(p.fields)).toMatchObject({
        council: 'reading',
        kind: 'minutes',
        committee: 'Corporate Parenting Panel',
        date: '2018-12-04',
        title: 'Ofsted monitoring visit of 31 October to 1 November',
        related: ['reading/2018-11-01-monitoring-visit'],
      });
      expect(p.checks).toEqual([]);
    } finally {
      await scratch.cleanup();
    }
  });
});

describe('a letter about a council that has no file', () => {
  it('is not filed under another council it mentions in passing', async () => {
    const { parseDocument } = await import('../../../src/lib/import/index.ts');
    const text = [
      '1 March 2024',
      'Dear Director',
      'Focused visit to Slough children’s services',
      'This letter summarises the findings of the focused visit to Slough children’s services on 6 and 7 February 2024. His Majesty’s Inspectors for this visit were Pat Invented and Lou Madeup.',
      'Leaders have learned from Reading and from Reading Borough Council’s company, Brighter Futures for Children.',
    ].join('\n\n');
    const p = parseDocument(text, await context(seedCouncils))!;
    expect(p.fields.council).toBeUndefined();
    expect(p.missing.find((m) => m.field === 'council')?.why).toBe('it is about “Slough”, and no council file in content/councils has that name');
    expect(p.fields.date?.value).toBe('2024-02-07');
  });
});

describe('a letter whose headline findings are all about the last inspection', () => {
  it('drafts its summary as a TODO, which the check refuses once the entry is published', async () => {
    const { parseDocument } = await import('../../../src/lib/import/index.ts');
    const text = [
      '3 June 2025',
      'Dear Director',
      'Focused visit to Reading children’s services',
      'This letter summarises the findings of the focused visit to Reading children’s services on 30 April and 1 May 2025. His Majesty’s Inspectors for this visit were Pat Invented and Lou Madeup.',
      'Headline findings',
      // Lewisham's, whose next paragraphs say what the visit found.
      'Since the last inspection in 2023, when the experiences and progress of children who need help and protection were judged to be good, leaders have sustained and, in some areas, strengthened practice.',
      'What needs to improve in this area of social work practice?',
      '- The timeliness of pre-proceedings family meetings.',
    ].join('\n\n');
    const p = parseDocument(text, ctx)!;
    expect(p.fields.summary).toBeUndefined();
    expect(p.missing.find((m) => m.field === 'summary')?.why).toMatch(/^every sentence of its headline findings is about an earlier inspection or visit/);
    const draft = validDraft(p);
    expect(draft.text).toMatch(/^summary: "?TODO: one or two plain sentences on what it found \(every sentence of its headline findings/m);
    expect(draft.todos).toContainEqual(expect.stringMatching(/^summary: /));
    const published = draft.text.replace('draft: true\n', '');
    const { problems } = checkEntryFile(`content/entries/reading/${draft.name}`, 'reading', draft.name, published);
    expect(problems).toContainEqual(expect.objectContaining({ field: 'summary', message: expect.stringContaining('still has a TODO') }));
  });
});

describe('telling documents apart', () => {
  it('classifies the seeds and refuses text that is neither', async () => {
    const { readFile } = await import('node:fs/promises');
    expect(classify(await readFile(doc('jtai-letter.txt'), 'utf8'))).toBe('ofsted');
    expect(classify(await readFile(doc('minutes-held-on.txt'), 'utf8'))).toBe('committee');
    expect(classify(await readFile(doc('README.md'), 'utf8'))).toBeUndefined();
  });
});

describe('text clean-up', () => {
  it('turns HTML cover sheets and OCR look-alike letters into plain blocks', () => {
    const { blocks } = readSource('<b>Report To:</b>\t<b>EXECUTIVE CABINET</b>\n<p>One.</p> <p>Two &amp; three.</p>\n\u0442\u043e:\tCOMMITTEE');
    expect(blocks.map((b) => b.text)).toEqual(['Report To: EXECUTIVE CABINET', 'One.', 'Two & three.', 'to: COMMITTEE']);
    expect(blocks[0].cells).toEqual(['Report To:', 'EXECUTIVE CABINET']);
  });

  it('joins lines cut mid-sentence and keeps list items apart', () => {
    const { blocks } = readSource('This letter summarises the findings of a visit\nto Leeds children’s services.\n◼ First point\n- Second point\n14. Numbered paragraph.');
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'This letter summarises the findings of a visit to Leeds children’s services.'],
      ['item', 'First point'],
      ['item', 'Second point'],
      ['paragraph', '14. Numbered paragraph.'],
    ]);
    expect(blocks[3].numbered).toBe(true);
  });

  it('recases text printed in capitals, keeping acronyms and council names', () => {
    expect(sentenceCase("OFSTED MONITORING VISIT AND DEEP DIVE OF CHILDREN'S SERVICES")).toBe("Ofsted monitoring visit and deep dive of children's services");
    expect(sentenceCase('READING SEND AND MASH UPDATE', ['Reading'])).toBe('Reading SEND and MASH update');
    expect(sentenceCase('Ofsted Improvement')).toBe('Ofsted Improvement');
    expect(titleCase('CHILDREN AND LEARNING OVERVIEW AND SCRUTINY SUB-COMMITTEE')).toBe('Children and Learning Overview and Scrutiny Sub-Committee');
  });
});
