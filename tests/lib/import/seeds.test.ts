/**
 * The five seed documents in ../shared/seeds, every field import extracts
 * checked against what the document says: 002 is an Ofsted monitoring-visit
 * letter to Reading; 000, 001 and 004 are committee reports of Reading,
 * Tameside and Havering; 003 is minutes of Windsor and Maidenhead, which
 * call the council only "the Royal Borough".
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkEntryFile } from '../../../src/lib/content/validate.ts';
import { draftEntry } from '../../../src/lib/import/draft.ts';
import { loadImportContext, type ImportContext } from '../../../src/lib/import/index.ts';
import { valuesOf, type ParsedDocument } from '../../../src/lib/import/types.ts';
import { allCouncils, context, parseFile, scratchContent, seedCouncils } from './helpers.ts';
import { seedFile } from '../../support/shared-material.ts';

let seeds: ImportContext;
let all: ImportContext;
beforeAll(async () => {
  seeds = await context(seedCouncils);
  all = await context(allCouncils);
});

function draftOf(parsed: ParsedDocument, ctx: ImportContext) {
  const id = parsed.fields.council?.value;
  const draft = draftEntry(parsed, { source: 'seed.txt', today: '2026-01-01', council: id ? ctx.councils.byId(id) : undefined });
  if ('error' in draft) throw new Error(draft.error);
  return draft;
}

/** The draft passes the check `npm run check` makes of each entry. */
function expectValid(parsed: ParsedDocument, ctx: ImportContext) {
  const draft = draftOf(parsed, ctx);
  const { problems } = checkEntryFile(`content/entries/${draft.council}/${draft.name}`, draft.council, draft.name, draft.text);
  expect(problems).toEqual([]);
  expect(draft.text).toMatch(/^draft: true$/m);
  return draft;
}

describe('002: Ofsted monitoring-visit letter to Reading, 24 March 2017', () => {
  let p: ParsedDocument;
  beforeAll(async () => {
    p = await parseFile(await seedFile('002'), seeds);
  });

  it('reads every field the letter states', () => {
    expect(p.type).toBe('ofsted');
    expect(valuesOf(p.fields)).toMatchObject({
      council: 'reading',
      kind: 'monitoring-visit',
      body: 'ofsted',
      start_date: '2017-02-21',
      date: '2017-02-22',
      published: '2017-03-24',
      inspectors: ['Nick Stacey HMI', 'Brenda McInerney HMI'],
      visit_number: 2,
      focus: 'help and protection',
      title: 'Monitoring visit 2: help and protection',
    });
    expect(p.fields.summary?.value).toBe(
      'The local authority has made some progress in improving the rigour and effectiveness of responses to children missing from home and care, although the overall pace and scale of practice improvements for children in need are too slow.',
    );
    expect(p.fields.council?.evidence).toContain('Monitoring visit of Reading Borough Council children');
    expect(p.fields.date?.evidence).toContain('on 21 and 22 February 2017');
  });

  it('finds the themes of the letter in the content dictionary', () => {
    expect(p.fields.themes?.value).toEqual(expect.arrayContaining(['management-oversight', 'exploitation-and-missing', 'workforce-stability']));
  });

  it('says what it could not find: the letter has no list of what needs to improve', () => {
    expect(p.missing.map((m) => m.field)).toEqual(['findings']);
    expect(p.checks).toEqual([]);
  });

  it('drafts a valid entry with the letter’s opening quoted and the conventional headings', () => {
    const draft = expectValid(p, seeds);
    expect(draft.name).toBe('2017-02-22-monitoring-visit.md');
    expect(draft.text).toContain('start_date: 2017-02-21');
    expect(draft.text).toContain('visit_number: 2');
    expect(draft.text).toContain('  - Nick Stacey HMI\n  - Brenda McInerney HMI\n');
    expect(draft.text).toContain('> The local authority has made some progress');
    expect(draft.text).toMatch(/## Strengths\n\nTODO: [^\n]+\n\n## Areas for improvement\n\nTODO: [^\n]+\n\n## Next steps\n\nTODO: /);
  });
});

describe('000: Reading committee report, 4 October 2018', () => {
  let p: ParsedDocument;
  beforeAll(async () => {
    p = await parseFile(await seedFile('000'), all);
  });

  it('reads the committee, meeting date and title from an OCR’d cover sheet', () => {
    expect(p.type).toBe('committee');
    expect(valuesOf(p.fields)).toMatchObject({
      council: 'reading',
      kind: 'committee-paper',
      body: 'council',
      date: '2018-10-04',
      title: "Ofsted monitoring visit and deep dive of children's services",
      // OCR moved "COMMITTEE" into the middle: "ADULT SOCIAL CARE COMMITTEE , CHILDREN'S SERVICES AND EDUCATION".
      committee: "Adult Social Care, Children's Services and Education Committee",
    });
    expect(p.fields.summary?.value).toMatch(/^Reading Borough Council \(RBC\) Childrens Services received an inspection of services/);
    expect(p.checks).toEqual([]);
  });

  it('takes the findings it reports from its lists, by what introduces each', () => {
    expect(p.sections.improvements.slice(0, 3)).toEqual([
      'Improving our participation and involvement of young people in developing and influencing provision',
      'Ensuring a clear pathway for emotional health and wellbeing service with our health partners',
      'Continuing to improve supervision practice to eradicate variability',
    ]);
    expect(p.sections.improvements).toContain('Communication with staff');
    expect(p.sections.strengths).toHaveLength(7);
    expect(p.sections.strengths).toContain('Improved partnership working and relationships');
    expect(p.sections.nextSteps[0]).toMatch(/^A focus on Court work practice/);
  });

  it('links the draft to the entry for the monitoring visit it reports, where that entry exists', async () => {
    const scratch = await scratchContent(allCouncils);
    try {
      await mkdir(path.join(scratch.dir, 'entries/reading'), { recursive: true });
      await writeFile(path.join(scratch.dir, 'entries/reading/2018-08-01-monitoring-visit.md'), '---\n---\n');
      const ctx = await loadImportContext(scratch.dir);
      const linked = await parseFile(await seedFile('000'), ctx);
      expect(linked.fields.related?.value).toEqual(['reading/2018-08-01-monitoring-visit']);
      expect(draftOf(linked, ctx).text).toContain('related:\n  - reading/2018-08-01-monitoring-visit\n');
    } finally {
      await scratch.cleanup();
    }
  });

  it('drafts a valid committee-paper entry', () => {
    const draft = expectValid(p, all);
    expect(draft.name).toBe('2018-10-04-committee-paper.md');
    expect(draft.text).toContain("Report to the Adult Social Care, Children's Services and Education Committee, 4 October 2018.");
  });
});

describe('001: Tameside Executive Cabinet report dated 23 January 2018, on a visit in November 2018', () => {
  let p: ParsedDocument;
  beforeAll(async () => {
    p = await parseFile(await seedFile('001'), all);
  });

  it('reads the fields of its cover sheet', () => {
    expect(valuesOf(p.fields)).toMatchObject({
      council: 'tameside',
      kind: 'committee-paper',
      committee: 'Executive Cabinet',
      title: 'Children’s services Ofsted update',
      date: '2018-01-23',
      summary: 'Our children’s services are subject to three monthly Monitoring Visits by the regulator Ofsted.',
    });
  });

  it('notices the paper is dated before the events it reports and flags it, with the likely date', () => {
    expect(p.checks).toHaveLength(1);
    const [check] = p.checks;
    expect(check.field).toBe('date');
    expect(check.message).toContain('dated 23 January 2018');
    expect(check.message).toContain('27 and 28 November 2018');
    expect(check.message).toContain('perhaps 23 January 2019');
  });

  it('keeps the printed date in the draft, marked for the officer', () => {
    const draft = expectValid(p, all);
    expect(draft.name).toBe('2018-01-23-committee-paper.md');
    expect(draft.text).toMatch(/# TODO: check date: the paper is dated 23 January 2018 [^\n]*\ndate: 2018-01-23\n/);
    expect(draft.todos[0]).toContain('check date');
    // Every TODO in the draft is counted (the one in the instructions at the top is not one to resolve).
    expect(draft.todos.length).toBe((draft.text.match(/\bTODO\b/g) ?? []).length - 1);
  });

  it('finds the findings it quotes from Ofsted', () => {
    expect(p.sections.improvements[0]).toBe(
      "Weaknesses remain in the quality and consistency of assessments and analysis of children's needs, planning, chronologies and supervision.",
    );
  });
});

describe('003: minutes of Windsor and Maidenhead, which name it only "the Royal Borough"', () => {
  it('finds the council among the seed councils, the one royal borough', async () => {
    const p = await parseFile(await seedFile('003'), seeds);
    expect(p.fields.council?.value).toBe('windsor-and-maidenhead');
    expect(p.fields.council?.evidence).toContain('the Royal Borough');
  });

  it('among several royal boroughs, says it cannot tell and writes nothing', async () => {
    const p = await parseFile(await seedFile('003'), all);
    expect(p.fields.council).toBeUndefined();
    const why = p.missing.find((m) => m.field === 'council')?.why;
    expect(why).toMatch(/could be any of/);
    expect(why).toContain('windsor-and-maidenhead');
    expect(why).toContain('kensington-and-chelsea');
    const draft = draftEntry(p, { source: '003.txt', today: '2026-01-01' });
    expect(draft).toEqual({ error: expect.stringContaining('--council <id>') });
  });

  it('reads what the minutes say and marks what they do not', async () => {
    const p = await parseFile(await seedFile('003'), await context(allCouncils, 'windsor-and-maidenhead'));
    expect(valuesOf(p.fields)).toMatchObject({
      council: 'windsor-and-maidenhead',
      kind: 'minutes',
      body: 'council',
      title: 'Verbal Update on Outcome of Ofsted Focused Visit',
      summary: 'To receive a verbal update on the focused visit by Ofsted that took place on November 27th and 28th.',
      // Not dated: estimated from the visit it reports, whose year is the latest it mentions.
      date: '2018-11',
    });
    expect(p.fields.committee).toBeUndefined();
    expect(p.missing.map((m) => m.field).sort()).toEqual(['committee', 'date']);
    expect(p.checks).toEqual([expect.objectContaining({ field: 'date', message: expect.stringContaining('estimate') })]);
    expect(p.sections.improvements).toContain(
      'An area for improvement was to provide further information on available options for families who did not meet the necessary thresholds for support.',
    );
    expect(p.sections.strengths).toContain('Overall, Ofsted noted that the MASH service was effective.');

    const draft = expectValid(p, all);
    expect(draft.name).toBe('2018-11-minutes.md');
    expect(draft.text).toContain('Minutes of TODO: which committee or meeting, November 2018 (TODO: exact date).');
  });
});

describe('004: Havering scrutiny sub-committee report, 6 July 2017', () => {
  let p: ParsedDocument;
  beforeAll(async () => {
    p = await parseFile(await seedFile('004'), all);
  });

  it('reads the committee and date from the headings of the cover page', () => {
    expect(valuesOf(p.fields)).toMatchObject({
      council: 'havering',
      kind: 'committee-paper',
      committee: 'Children and Learning Overview and Scrutiny Sub-Committee',
      date: '2017-07-06',
      title: 'Ofsted Improvement',
    });
    expect(p.fields.summary?.value).toMatch(/^To ensure that Havering is meeting its statutory responsibilities/);
    expect(p.fields.council?.evidence).toContain('Havering');
    expect(p.checks).toEqual([]);
  });

  it('reads Ofsted’s recommendations, the early improvements and the next steps', () => {
    expect(p.sections.improvements).toHaveLength(13);
    expect(p.sections.improvements[1]).toBe('Understanding and application of thresholds.');
    expect(p.sections.strengths).toHaveLength(8);
    expect(p.sections.nextSteps).toHaveLength(5);
    expect(p.sections.nextSteps[4]).toBe('Begin to plan for the new inspection framework being developed by Ofsted.');
  });

  it('drafts a valid entry', () => {
    expect(expectValid(p, all).name).toBe('2017-07-06-committee-paper.md');
  });
});
