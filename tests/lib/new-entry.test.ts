/**
 * src/lib/new-entry.ts, the logic of `npm run new`: flags, defaults and
 * suggestions, answer checks (worded as `npm run check` words them), and the
 * file it writes, which must pass the content check for every kind.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyTemplate } from '../../src/lib/content/body-notes.ts';
import { expectedName } from '../../src/lib/content/entry-names.ts';
import { checkEntryFile, loadContent, loadCouncils, loadThemes } from '../../src/lib/content/validate.ts';
import { parseMarkdown } from '../../src/lib/content/read.ts';
import { entryMarkdownOptions, markdownBuildSettings } from '../../src/lib/markdown/pipeline.ts';
import { bodyHasText } from '../../src/lib/markdown/rehype-entry-sections.ts';
import {
  answersFromFlags,
  checkAnswer,
  entryText,
  entryUrl,
  finalProblems,
  findCouncil,
  formatInputProblem,
  gradeChoices,
  helpText,
  nextVisitNumber,
  parseFlags,
  prepareEntry,
  searchCouncils,
  suggestFramework,
  suggestTitle,
  withDefaults,
  type Choices,
  type NewEntry,
} from '../../src/lib/new-entry.ts';
import { FRAMEWORKS, KIND_IDS, KINDS, defaultBody, type Kind } from '../../src/lib/vocabulary.ts';

const fixture = path.resolve(import.meta.dirname, '../fixtures/site');
let choices: Choices;
let scratch: string;

beforeAll(async () => {
  choices = { councils: await loadCouncils(fixture), themes: await loadThemes(fixture) };
  scratch = await mkdtemp(path.join(tmpdir(), 'ij-new-lib-'));
  await cp(fixture, scratch, { recursive: true });
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

/** Problems the flags give, printed as the script prints them. */
const flagProblems = (...argv: string[]) => answersFromFlags(parseFlags(argv), choices).problems.map(formatInputProblem);

const base: NewEntry = {
  council: 'northby',
  kind: 'monitoring-visit',
  date: '2019-03-01',
  body: 'ofsted',
  title: 'Monitoring visit 3',
  summary: 'Progress is slow.',
};

describe('parseFlags', () => {
  it('says flags typed without the -- before them (npm run new --council northby) go after it: npm keeps them for itself', () => {
    // What npm passes on for: npm run new --council northby --kind focused-visit
    const flags = parseFlags(['northby', 'focused-visit'], { npm_config_council: 'true', npm_config_kind: 'true' });
    expect(flags.problems).toEqual([
      { flag: '(flags)', field: 'arguments', message: '--council, --kind must come after the -- of npm run new, or npm keeps them for itself (allowed: npm run new -- --council <value> …)' },
    ]);
    // npm's own --yes is not taken for one.
    expect(parseFlags(['--council', 'northby'], { npm_config_yes: 'true' }).problems).toEqual([]);
  });

  it('reads --name value, --name=value, repeated flags, comma lists and -y', () => {
    const flags = parseFlags(['--council', 'northby', '--title=Monitoring visit 3', '--grade', 'overall=good', '--grade', 'leadership=good', '--theme', 'care-leavers,front-door', '--theme', 'workforce-stability', '-y']);
    expect(flags.problems).toEqual([]);
    expect(flags.values).toEqual({ council: 'northby', title: 'Monitoring visit 3' });
    expect(flags.grades).toEqual(['overall=good', 'leadership=good']);
    expect(flags.themes).toEqual(['care-leavers', 'front-door', 'workforce-stability']);
    expect(flags.yes).toBe(true);
  });

  it('reads inspectors one a flag, by commas, or as the letter lists them', () => {
    expect(parseFlags(['--inspector', 'Alison Smale', '--inspector', 'Nick Bennison']).inspectors).toEqual(['Alison Smale', 'Nick Bennison']);
    expect(parseFlags(['--inspector', 'Alison Smale, Nick Bennison and Tom Lee']).inspectors).toEqual(['Alison Smale', 'Nick Bennison', 'Tom Lee']);
    expect(parseFlags(['--inspector', 'Alison Smale, Nick Bennison, and Tom Lee']).inspectors).toEqual(['Alison Smale', 'Nick Bennison', 'Tom Lee']);
    expect(parseFlags(['--inspector', 'Sandy Anderson & Andrew Brand']).inspectors).toEqual(['Sandy Anderson', 'Andrew Brand']);
  });

  it('names unknown flags with a suggestion, missing values and stray words', () => {
    expect(parseFlags(['--kin', 'x']).problems.map(formatInputProblem)).toEqual([
      expect.stringMatching(/^--kin: flag: is not a flag \(did you mean --kind\?\) \(allowed: --council, --kind, .*\)$/),
      expect.stringMatching(/^\(flags\): arguments: 'x' is not a flag/),
    ]);
    // A value never swallows the next flag.
    expect(parseFlags(['--title', '--summary', 'x']).problems.map(formatInputProblem)[0]).toBe(
      '--title: title: needs a value (allowed: short title, e.g. "Monitoring visit 3")',
    );
    expect(parseFlags(['--kind', 'a', '--kind', 'b']).problems.map(formatInputProblem)).toEqual([
      "--kind: kind: is given twice ('a' and 'b'; allowed: once)",
    ]);
  });

  it('has help that lists every flag', () => {
    for (const flag of ['--council', '--kind', '--date', '--start-date', '--published', '--body', '--framework', '--grade', '--visit-number', '--title', '--summary', '--theme', '--source', '--inspector', '--yes']) {
      expect(helpText()).toContain(flag);
    }
  });
});

describe('flag values are checked with the messages of npm run check', () => {
  it('kind, body, dates, grades, visit number, themes and source', () => {
    expect(flagProblems('--kind', 'monitorng-visit')).toEqual([
      `--kind: kind: 'monitorng-visit' is not a kind (did you mean monitoring-visit?) (allowed: ${KIND_IDS.join(', ')})`,
    ]);
    expect(flagProblems('--body', 'ofstd')).toEqual([
      "--body: body: 'ofstd' is not a body (did you mean ofsted?) (allowed: ofsted, dfe, council, peer, other)",
    ]);
    expect(flagProblems('--date', '2019-02-30')).toEqual([
      "--date: date: '2019-02-30' is not a real calendar date (February 2019 has 28 days) (allowed: YYYY-MM-DD, a real calendar date, or YYYY-MM)",
    ]);
    expect(flagProblems('--published', '1/3/2019')).toEqual([
      "--published: published: '1/3/2019' is not a date in the form YYYY-MM-DD or YYYY-MM (did you mean 2019-03-01?) (allowed: YYYY-MM-DD, a real calendar date, or YYYY-MM)",
    ]);
    expect(flagProblems('--kind', 'inspection', '--framework', 'ilacs', '--grade', 'overall=goood')).toEqual([
      "--grade: grades.overall: 'goood' is not a grade (did you mean good?) (allowed: outstanding, good, requires-improvement, inadequate)",
    ]);
    // Every mistake in the grades at once: a misspelt grade does not hide an area the framework lacks.
    expect(flagProblems('--kind', 'inspection', '--framework', 'ilacs', '--grade', 'overall=Good', '--grade', 'care-leaver=good')).toEqual([
      "--grade: grades.overall: 'Good' is not a grade (did you mean good?) (allowed: outstanding, good, requires-improvement, inadequate)",
      "--grade: grades.care-leaver: 'care-leaver' is not a judgement area of ilacs (allowed: overall, leadership, help-and-protection, children-in-care-and-care-leavers)",
    ]);
    // Ofsted's "adequate" of before November 2013 is requires-improvement, worded for the framework given: never inadequate.
    expect(flagProblems('--kind', 'inspection', '--date', '2011-10-10', '--framework', 'slac', '--grade', 'safeguarding=adequate')).toEqual([
      `--grade: grades.safeguarding: 'adequate' is not a grade (did you mean requires-improvement? Ofsted's "adequate" before November 2013; the site shows it as "Adequate") (allowed: outstanding, good, requires-improvement, inadequate)`,
    ]);
    expect(flagProblems('--kind', 'inspection', '--framework', 'ilacs', '--grade', 'overall=adequate')).toEqual([
      `--grade: grades.overall: 'adequate' is not a grade (did you mean requires-improvement? It replaced Ofsted's "adequate" in November 2013, and ilacs has no "adequate": check the report) (allowed: outstanding, good, requires-improvement, inadequate)`,
    ]);
    expect(flagProblems('--grade', 'overall:good')).toEqual([
      "--grade: grades: 'overall:good' is not area=grade (allowed: e.g. --grade overall=good, with grades outstanding, good, requires-improvement, inadequate)",
    ]);
    expect(flagProblems('--visit-number', 'three')).toEqual([
      '--visit-number: visit_number: must be a whole number (the 7th monitoring visit is 7)',
    ]);
    expect(flagProblems('--theme', 'care-leaver')).toEqual([
      "--theme: themes[0]: 'care-leaver' is not a theme (did you mean care-leavers?) (allowed: an id from content/themes.yaml: management-oversight, care-leavers, workforce-stability, front-door)",
    ]);
    expect(flagProblems('--source', 'www.example.org')).toEqual([
      "--source: source.url: 'www.example.org' is not a web address (did you mean https://www.example.org?) (allowed: an address starting https:// or http://)",
    ]);
    expect(flagProblems('--council', 'northbee')).toEqual([
      "--council: council: 'northbee' is not a council (did you mean northby?) (allowed: a file name in content/councils/ or a council's name)",
    ]);
  });

  it('the rules between fields', () => {
    expect(flagProblems('--date', '2019-03-01', '--start-date', '2019-03-02', '--published', '2019-02-01')).toEqual([
      '--start-date: start_date: 2019-03-02 is after date 2019-03-01 (allowed: on or before date)',
      '--published: published: 2019-02-01 is before start_date 2019-03-02 (allowed: on or after start_date)',
      '--published: published: 2019-02-01 is before date 2019-03-01 (allowed: on or after date)',
    ]);
    expect(flagProblems('--kind', 'focused-visit', '--visit-number', '2')).toEqual([
      '--visit-number: visit_number: only monitoring visits are numbered (this is a focused-visit)',
    ]);
    expect(flagProblems('--kind', 'monitoring-visit', '--grade', 'overall=good')).toEqual([
      '--grade: grades: a monitoring-visit is not graded (allowed: grades only on inspection, short-inspection)',
    ]);
    expect(flagProblems('--kind', 'committee-paper', '--framework', 'ilacs')).toEqual([
      '--framework: framework: a committee-paper is not graded (allowed: a framework only on inspection, short-inspection)',
    ]);
    expect(flagProblems('--kind', 'inspection', '--framework', 'ilacs', '--grade', 'adoption=good')).toEqual([
      "--grade: grades.adoption: 'adoption' is not a judgement area of ilacs (allowed: overall, leadership, help-and-protection, children-in-care-and-care-leavers)",
    ]);
  });

  it('accepts a council by name or short name, in any case', () => {
    expect(answersFromFlags(parseFlags(['--council', 'Southwell County Council']), choices).known.council).toBe('southwell');
    expect(answersFromFlags(parseFlags(['--council', 'NORTHBY']), choices).known.council).toBe('northby');
    expect(findCouncil(choices.councils, 'nowhere')).toBeUndefined();
  });

  it('accepts a council by the name its letters give it, with the words around the name', () => {
    // Ofsted's tables, and so the council files, name many councils bare: "Leeds", "Barnet".
    const bare = [{ id: 'leeds', data: { name: 'Leeds', short_name: 'Leeds', type: 'metropolitan' } }, { id: 'barnet', data: { name: 'Barnet', short_name: 'Barnet', type: 'london' } }] as never[];
    expect(findCouncil(bare, 'Leeds City Council')?.id).toBe('leeds');
    expect(findCouncil(bare, 'the London Borough of Barnet')?.id).toBe('barnet');
    expect(findCouncil(bare, 'Barnet Council')?.id).toBe('barnet');
    expect(findCouncil(choices.councils, 'Northby')?.id).toBe('northby');
    expect(findCouncil(bare, 'City Council')).toBeUndefined();
  });

  it('reports what is missing once no more can be asked', () => {
    const problems = finalProblems(withDefaults({ council: 'northby' }), choices).map(formatInputProblem);
    expect(problems).toEqual([
      `--kind: kind: is required (allowed: ${KIND_IDS.join(', ')})`,
      '--date: date: is required unless published or start_date is given (allowed: YYYY-MM-DD or YYYY-MM)',
      '--summary: summary: is required (allowed: one or two plain sentences, up to 400 characters)',
    ]);
  });
});

describe('defaults and suggestions', () => {
  it('body from the kind', () => {
    expect(defaultBody('monitoring-visit')).toBe('ofsted');
    expect(defaultBody('jtai')).toBe('ofsted');
    expect(defaultBody('deep-dive')).toBe('dfe');
    expect(defaultBody('committee-paper')).toBe('council');
    expect(defaultBody('minutes')).toBe('council');
    expect(defaultBody('peer-review')).toBe('peer');
  });

  it('titles', () => {
    expect(suggestTitle({ kind: 'monitoring-visit', visit_number: 3 })).toBe('Monitoring visit 3');
    expect(suggestTitle({ kind: 'monitoring-visit' })).toBe('Monitoring visit');
    expect(suggestTitle({ kind: 'focused-visit' })).toBe('Focused visit');
    expect(suggestTitle({ kind: 'committee-paper' })).toBe('Committee paper');
    expect(suggestTitle({ kind: 'inspection', framework: 'ilacs', grades: { overall: 'requires-improvement' } })).toBe(
      'ILACS inspection: requires improvement to be good',
    );
    expect(suggestTitle({ kind: 'short-inspection', framework: 'ilacs-2023' })).toBe('ILACS short inspection');
    expect(suggestTitle({ kind: 'inspection' })).toBe('Inspection');
  });

  it('grades as the site shows them under the framework: "Adequate" under slac, cpi and tlac', () => {
    expect(gradeChoices('ilacs').map((c) => c.name)).toEqual(['Outstanding', 'Good', 'Requires improvement to be good', 'Inadequate', 'Not graded / leave out']);
    for (const framework of ['slac', 'cpi', 'tlac']) {
      const choices = gradeChoices(framework);
      expect(choices.map((c) => c.name)).toEqual(['Outstanding', 'Good', 'Adequate', 'Inadequate', 'Not graded / leave out']);
      expect(choices[2]).toEqual({
        value: 'requires-improvement',
        name: 'Adequate',
        description: 'Ofsted\'s word then for what is now "Requires improvement to be good": the file says requires-improvement, and the site shows "Adequate"',
      });
    }
  });

  it('the framework in use at a date, by the areas graded where two overlap', () => {
    expect(suggestFramework('2011-05-01')).toBe('slac');
    expect(suggestFramework('2015-05')).toBe('sif');
    expect(suggestFramework('2018-03-01')).toBe('ilacs');
    expect(suggestFramework('2018-03-01', ['overall', 'adoption'])).toBe('sif');
    expect(suggestFramework('2020-01-01')).toBe('ilacs');
    expect(suggestFramework('2024-06-30')).toBe('ilacs-2023');
    expect(suggestFramework('2005-01-01')).toBe('slac');
    // A grade the framework of the day lacks does not pick an older framework: the check says so instead.
    expect(suggestFramework('2020-01-01', ['adoption'])).toBe('ilacs');
  });

  it('withDefaults fills body, title and (with grades) framework', () => {
    expect(withDefaults({ kind: 'inspection', date: '2019-10-28', grades: { overall: 'good' } })).toMatchObject({
      body: 'ofsted',
      framework: 'ilacs',
      title: 'ILACS inspection: good',
    });
    expect(withDefaults({ kind: 'committee-paper', title: 'Cabinet report' })).toMatchObject({ body: 'council', title: 'Cabinet report' });
  });

  it('the next monitoring visit number from the council\u2019s folder', async () => {
    // northby has monitoring visit 2 on 2017-02-22, after its June 2016 inspection, and an inspection on 2019-10-28.
    expect(await nextVisitNumber(scratch, 'northby', '2019-03-01')).toBe(3);
    expect(await nextVisitNumber(scratch, 'northby', '2019-10-28')).toBe(3);
    // Visits after a new inspection are a new series.
    expect(await nextVisitNumber(scratch, 'northby', '2020-03-01')).toBe(1);
    expect(await nextVisitNumber(scratch, 'northby')).toBe(1);
    expect(await nextVisitNumber(scratch, 'northby', '2016-01-01')).toBe(1);
    expect(await nextVisitNumber(scratch, 'southwell')).toBe(1);
    expect(await nextVisitNumber(scratch, 'no-such-council')).toBe(1);
  });
});

describe('council search', () => {
  it('matches id, name or short name, any case, every word', () => {
    expect(searchCouncils(choices.councils, 'south').map((c) => c.id)).toEqual(['southwell']);
    expect(searchCouncils(choices.councils, 'BOROUGH').map((c) => c.id)).toEqual(['northby']);
    expect(searchCouncils(choices.councils, 'county north')).toEqual([]);
    expect(searchCouncils(choices.councils, '').map((c) => c.id)).toEqual(['northby', 'southwell']);
  });

  it('puts councils whose name starts with the term first, on the real 158', async () => {
    const real = await loadCouncils(path.resolve(import.meta.dirname, '../../content'));
    expect(real.length).toBeGreaterThan(150);
    const found = searchCouncils(real, 'read').map((c) => c.id);
    expect(found[0]).toBe('reading');
    expect(searchCouncils(real, 'windsor').map((c) => c.id)).toContain('windsor-and-maidenhead');
  });
});

describe('checking answers as they are given', () => {
  it('says what is wrong with the field name, or nothing', () => {
    expect(checkAnswer('date', '2019-03-01', {})).toBeUndefined();
    expect(checkAnswer('date', '2019-13', {})).toBe("date: '2019-13' has no month 13 (allowed: YYYY-MM-DD, a real calendar date, or YYYY-MM)");
    expect(checkAnswer('start_date', '2019-03-02', { date: '2019-03-01' })).toBe(
      'start_date: 2019-03-02 is after date 2019-03-01 (allowed: on or before date)',
    );
    expect(checkAnswer('published', '2019-02', { date: '2019-03-01' })).toBe('published: 2019-02 is before date 2019-03-01 (allowed: on or after date)');
    // A month may hold the day: 2019-03 is not before 2019-03-01.
    expect(checkAnswer('published', '2019-03', { date: '2019-03-01' })).toBeUndefined();
    expect(checkAnswer('summary', '', {})).toBe('summary: must not be empty (one or two plain sentences, up to 400 characters)');
    expect(checkAnswer('source', 'example.org', {})).toMatch(/^source\.url: 'example\.org' is not a web address/);
    expect(checkAnswer('visit_number', 0, { kind: 'monitoring-visit' })).toBe('visit_number: must be 1 or more');
  });
});

describe('the file', () => {
  const asFile = (entry: NewEntry, name = expectedName(entry)) =>
    checkEntryFile(`content/entries/${entry.council}/${name}`, entry.council, name, entryText(entry));

  it('passes the content check for every kind, with the headings ready to fill', () => {
    for (const kind of KIND_IDS) {
      const entry = withDefaults({ ...base, kind, body: undefined, title: undefined, visit_number: kind === 'monitoring-visit' ? 3 : undefined }) as NewEntry;
      const check = asFile(entry);
      expect(check.problems, kind).toEqual([]);
      expect(check.entry!.data).toMatchObject({ kind, title: entry.title, body: defaultBody(kind as Kind) });
      expect(check.entry!.body).toContain('## Strengths');
      expect(check.entry!.body).toContain('## Areas for improvement');
      expect(check.entry!.body).toContain('## Next steps');
    }
  });

  it('passes with every framework\u2019s full set of grades, in the framework\u2019s order', () => {
    for (const framework of FRAMEWORKS) {
      const grades = Object.fromEntries([...framework.areas].reverse().map((a) => [a.id, 'good' as const]));
      const entry = withDefaults({ ...base, kind: 'inspection', date: `${framework.starts}-15`, framework: framework.id, grades, title: undefined }) as NewEntry;
      const check = asFile(entry);
      expect(check.problems, framework.id).toEqual([]);
      expect(Object.keys(check.entry!.data.grades!)).toEqual(framework.areas.map((a) => a.id));
    }
  });

  it('writes every field asked, in the contract\u2019s order, with YAML quoting where needed', () => {
    const entry: NewEntry = {
      ...base,
      start_date: '2019-02-28',
      published: '2019-04',
      visit_number: 3,
      title: 'Monitoring visit 3: care leavers',
      summary: 'Progress: slow, "uneven" and # not yet secure.',
      themes: ['care-leavers', 'front-door'],
      source: 'https://reports.ofsted.gov.uk/x.pdf',
      inspectors: ['Alison Smale', "Nick O'Brien"],
    };
    const text = entryText(entry);
    expect(text.split('---\n')[1].split('\n').map((l) => l.split(':')[0])).toEqual([
      'title', 'kind', 'date', 'start_date', 'published', 'body', 'visit_number', 'summary', 'themes', 'source', '  url', 'inspectors', '',
    ]);
    expect(text).toContain('themes: [care-leavers, front-door]\n');
    expect(text).toContain("inspectors: [Alison Smale, Nick O'Brien]\n");
    const data = parseMarkdown(text).data;
    expect(data).toEqual({
      title: 'Monitoring visit 3: care leavers',
      kind: 'monitoring-visit',
      date: '2019-03-01',
      start_date: '2019-02-28',
      published: '2019-04',
      body: 'ofsted',
      visit_number: 3,
      summary: 'Progress: slow, "uneven" and # not yet secure.',
      themes: ['care-leavers', 'front-door'],
      source: { url: 'https://reports.ofsted.gov.uk/x.pdf' },
      inspectors: ['Alison Smale', "Nick O'Brien"],
    });
    expect(asFile(entry).problems).toEqual([]);
  });

  it('notes for the officer are HTML comments that never reach the page, and leave no empty sections', async () => {
    const processor = await createMarkdownProcessor({ ...entryMarkdownOptions, ...markdownBuildSettings } as Parameters<typeof createMarkdownProcessor>[0]);
    const result = await processor.render(bodyTemplate('focused-visit'));
    expect(result.metadata.frontmatter.entrySections).toEqual({});
    expect(bodyHasText(result.code, result.metadata.frontmatter.entrySections)).toBe(false);
    // Only the headings' own words are text for theme detection: none of the notes.
    expect(result.metadata.frontmatter.textBlocks).toEqual(['Strengths', 'Areas for improvement', 'Next steps']);
    // Once filled in, the sections are lists as usual.
    const filled = await processor.render(bodyTemplate('focused-visit').replace('## Strengths\n', '## Strengths\n- Stable workforce\n'));
    expect(filled.metadata.frontmatter.entrySections).toEqual({ strengths: ['Stable workforce'] });
  });

  it('a second file on one date passes the whole content check beside its first', async () => {
    // The fixture's northby/2018-10-04-committee-paper.md exists.
    const entry: NewEntry = { ...base, council: 'northby', kind: 'committee-paper', date: '2018-10-04', body: 'council', title: 'x' };
    await writeFile(path.join(scratch, 'entries/northby', expectedName(entry, 2)), entryText(entry));
    expect((await loadContent(scratch)).problems).toEqual([]);
  });

  it('prepareEntry reports what npm run check would, and the id', () => {
    const ok = prepareEntry('content', base, '2019-03-01-monitoring-visit.md');
    expect(ok.problems).toEqual([]);
    expect(ok.id).toBe('northby/2019-03-01-monitoring-visit');
    const wrongName = prepareEntry('content', base, '2019-03-02-monitoring-visit.md');
    expect(wrongName.problems).toEqual([
      expect.stringMatching(/^content\/entries\/northby\/2019-03-02-monitoring-visit\.md:4: date: 2019-03-01 does not match the file name/),
    ]);
  });

  it('the address on the site follows IJ_SITE_URL, sub-path included', () => {
    expect(entryUrl('reading/2019-03-01-monitoring-visit', 'https://example.gov.uk/journeys/')).toBe(
      'https://example.gov.uk/journeys/councils/reading/2019-03-01-monitoring-visit/',
    );
    expect(entryUrl('reading/2019-03-01-monitoring-visit', 'http://localhost:4321')).toBe(
      'http://localhost:4321/councils/reading/2019-03-01-monitoring-visit/',
    );
  });
});

it('every kind is described for the question', () => {
  for (const kind of KIND_IDS) expect(KINDS[kind].description.length).toBeGreaterThan(10);
});

describe('rules of npm run check beyond the schema', () => {
  it('reach the answers too: a TODO in a published title or summary', () => {
    expect(checkAnswer('summary', 'TODO: write this', { kind: 'focused-visit', date: '2019-03-01' })).toMatch(/^summary: still has a TODO/);
    expect(checkAnswer('title', 'Focused visit TODO', {})).toMatch(/^title: still has a TODO/);
    expect(flagProblems('--council', 'northby', '--kind', 'focused-visit', '--date', '2019-03-01', '--summary', 'TODO')).toEqual([
      expect.stringMatching(/^--summary: summary: still has a TODO from a draft/),
    ]);
    expect(finalProblems(withDefaults({ council: 'northby', kind: 'focused-visit', date: '2019-03-01', summary: 'TODO' }), choices).map(formatInputProblem)).toEqual([
      expect.stringMatching(/^--summary: summary: still has a TODO/),
    ]);
  });
});

it('an unknown council lists those matching what was typed', () => {
  expect(flagProblems('--council', 'south')).toEqual([
    "--council: council: 'south' is not a council (allowed: a file name in content/councils/ or a council's name; those matching 'south': southwell)",
  ]);
});
