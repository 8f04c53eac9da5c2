/**
 * Theme detection: whole words, any case, plurals and hyphens either way,
 * evidence kept, and merged with the themes an officer listed.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compileThemes, mergeThemes, sentences, singular, words, type ThemeDefinition } from '../../src/lib/themes.ts';

const theme = (id: string, ...phrases: string[]): ThemeDefinition => ({ id, label: id, phrases });

/** Ids of the themes found in one block of text with these phrases. */
function found(phrases: string[], text: string): boolean {
  return compileThemes([theme('t', ...phrases)]).detect([text]).length > 0;
}

describe('words and singular', () => {
  it('lower-cases, drops punctuation and possessives, and makes words singular', () => {
    expect(words("Children's social workers’ caseloads, multi-agency.")).toEqual(['child', 'social', 'worker', 'caseload', 'multi', 'agency']);
  });

  it.each([
    ['caseloads', 'caseload'],
    ['children', 'child'],
    ['people', 'person'],
    ['families', 'family'],
    ['matches', 'match'],
    ['crashes', 'crash'],
    ['boxes', 'box'],
    ['plans', 'plan'],
    ['process', 'process'],
    ['status', 'status'],
    ['analysis', 'analysis'],
    ['has', 'has'],
    ['mash', 'mash'],
  ])('singular(%s) = %s', (word, single) => {
    expect(singular(word)).toBe(single);
  });
});

describe('sentences', () => {
  it('splits on sentence ends before a capital or digit, and on new lines', () => {
    expect(sentences('Caseloads are high. Staff leave.\nA new line! 2 more? (Yes.)')).toEqual([
      'Caseloads are high.',
      'Staff leave.',
      'A new line!',
      '2 more?',
      '(Yes.)',
    ]);
  });

  it('collapses white space and drops empty lines', () => {
    expect(sentences('  one   two \n\n\n three ')).toEqual(['one two', 'three']);
  });
});

describe('matching', () => {
  it('is case-insensitive', () => {
    expect(found(['front door'], 'The FRONT DOOR is busy.')).toBe(true);
    expect(found(['MASH'], 'the mash works well')).toBe(true);
  });

  it('matches whole words only', () => {
    expect(found(['care'], 'Good care.')).toBe(true);
    expect(found(['care'], 'Careful planning.')).toBe(false);
    expect(found(['care'], 'Scare stories.')).toBe(false);
    expect(found(['care'], 'Careers advice.')).toBe(false);
  });

  it.each([
    ['care', 'Careful work with families.'],
    ['mash', 'Windows were smashed.'],
    ['mash', 'The mashup.'],
    ['supervision', 'The supervisor reviewed the case.'],
    ['supervision', 'Supervisory oversight.'],
    ['plan', 'The planet is warming.'],
    ['plan', 'Planning is weak.'],
    ['audit', 'The auditor.'],
    ['lac', 'Black and white.'],
    ['need', 'Needless delay.'],
  ])('the phrase %j does not match %j', (phrase, text) => {
    expect(found([phrase], text)).toBe(false);
  });

  it('plurals match either way: caseloads ↔ caseload', () => {
    expect(found(['caseload'], 'Caseloads are too high.')).toBe(true);
    expect(found(['caseloads'], 'A manageable caseload.')).toBe(true);
    expect(found(['caseload'], 'A manageable caseload.')).toBe(true);
  });

  it('plurals match either way: children in need ↔ child in need', () => {
    expect(found(['children in need'], 'Support for a child in need.')).toBe(true);
    expect(found(['child in need'], 'Children in need plans are weak.')).toBe(true);
    expect(found(['child in need'], 'Child-in-need plans are weak.')).toBe(true);
  });

  it('hyphen and space are the same: multi-agency ↔ multi agency', () => {
    expect(found(['multi-agency'], 'Multi agency working is strong.')).toBe(true);
    expect(found(['multi agency'], 'Multi-agency working is strong.')).toBe(true);
    expect(found(['multi-agency'], 'Multi-agency working is strong.')).toBe(true);
    expect(found(['multi-agency'], 'Multiagency working.')).toBe(false);
  });

  it('matches a possessive and curly apostrophes', () => {
    expect(found(['voice of the child'], "The child's voice is heard; the voice of the child’s family too.")).toBe(true);
    expect(found(['social worker'], 'The social worker’s caseload.')).toBe(true);
  });

  it('needs every word of a phrase, in order and next to each other', () => {
    expect(found(['management oversight'], 'Management oversight is weak.')).toBe(true);
    expect(found(['management oversight'], 'Oversight by management is weak.')).toBe(false);
    expect(found(['management oversight'], 'Management of the oversight.')).toBe(false);
  });

  it('finds a phrase that is part of a longer phrase of another theme', () => {
    const matcher = compileThemes([theme('supervision', 'supervision'), theme('reflective', 'reflective supervision')]);
    expect(matcher.detect(['Reflective supervision is regular.']).map((d) => d.id)).toEqual(['supervision', 'reflective']);
  });

  it('returns themes in dictionary order, not the order found', () => {
    const matcher = compileThemes([theme('a', 'alpha'), theme('b', 'beta')]);
    expect(matcher.detect(['Beta then alpha.']).map((d) => d.id)).toEqual(['a', 'b']);
  });

  it('ignores phrases with no words', () => {
    const matcher = compileThemes([theme('empty', '', '--'), theme('x', 'x-ray')]);
    expect(matcher.detect(['Anything at all, x ray.']).map((d) => d.id)).toEqual(['x']);
  });
});

describe('evidence', () => {
  const matcher = compileThemes([theme('caseloads', 'caseload'), theme('care-leavers', 'care leaver')]);

  it('keeps the sentence that matched, as written', () => {
    expect(matcher.detect(['Inspectors met staff. Caseloads are too high for some social workers. Managers know this.'])).toEqual([
      { id: 'caseloads', evidence: ['Caseloads are too high for some social workers.'] },
    ]);
  });

  it('keeps at most three sentences, the first found', () => {
    const text = 'One caseload. Two caseloads. Three caseloads. Four caseloads. Five caseloads.';
    expect(matcher.detect([text])[0].evidence).toEqual(['One caseload.', 'Two caseloads.', 'Three caseloads.']);
  });

  it('keeps a sentence once, even when it is in two blocks', () => {
    expect(matcher.detect(['Caseloads are high.', 'Caseloads are high.', 'Caseloads are high. Caseloads fell.'])[0].evidence).toEqual([
      'Caseloads are high.',
      'Caseloads fell.',
    ]);
  });

  it('gathers evidence for each theme separately across blocks', () => {
    expect(matcher.detect(['Care leavers are well supported.', 'Caseloads are high.'])).toEqual([
      { id: 'caseloads', evidence: ['Caseloads are high.'] },
      { id: 'care-leavers', evidence: ['Care leavers are well supported.'] },
    ]);
  });

  it('shortens a very long sentence', () => {
    const long = `Caseloads ${'are high '.repeat(100)}today.`;
    const [evidence] = matcher.detect([long])[0].evidence;
    expect(evidence.length).toBe(400);
    expect(evidence.endsWith('…')).toBe(true);
  });

  it('finds nothing in nothing', () => {
    expect(matcher.detect([])).toEqual([]);
    expect(matcher.detect(['', '   '])).toEqual([]);
  });
});

describe('mergeThemes', () => {
  it('keeps every officer theme, marked asserted, even when not found in the text', () => {
    expect(mergeThemes(['workforce-stability'], [])).toEqual([
      { id: 'workforce-stability', asserted: true, detected: false, evidence: [] },
    ]);
  });

  it('marks a theme both asserted and detected, with its evidence', () => {
    expect(mergeThemes(['caseloads'], [{ id: 'caseloads', evidence: ['Caseloads are high.'] }])).toEqual([
      { id: 'caseloads', asserted: true, detected: true, evidence: ['Caseloads are high.'] },
    ]);
  });

  it('adds detected themes after the officer\'s, marked detected only', () => {
    expect(
      mergeThemes(['b', 'a'], [
        { id: 'c', evidence: ['C.'] },
        { id: 'a', evidence: ['A.'] },
      ]),
    ).toEqual([
      { id: 'b', asserted: true, detected: false, evidence: [] },
      { id: 'a', asserted: true, detected: true, evidence: ['A.'] },
      { id: 'c', asserted: false, detected: true, evidence: ['C.'] },
    ]);
  });

  it('leaves out a detected theme the officer set aside, and keeps one the officer listed', () => {
    const detected = [
      { id: 'early-help', evidence: ['By the Director of Children, Education and Early Help Services.'] },
      { id: 'caseloads', evidence: ['Caseloads are high.'] },
    ];
    expect(mergeThemes([], detected, ['early-help']).map((t) => t.id)).toEqual(['caseloads']);
    expect(mergeThemes(['early-help'], detected, ['early-help']).map((t) => t.id)).toEqual(['early-help', 'caseloads']);
  });

  it('with nothing asserted, returns what was detected', () => {
    expect(mergeThemes([], [{ id: 'x', evidence: ['X.'] }])).toEqual([{ id: 'x', asserted: false, detected: true, evidence: ['X.'] }]);
  });
});

describe('the project theme dictionary', () => {
  it('does not find themes in text that only contains their false friends', async () => {
    const themes = parse(await readFile('content/themes.yaml', 'utf8')) as ThemeDefinition[];
    const matcher = compileThemes(themes);
    const innocent = [
      'The careful planner smashed the planet record.',
      'A supervisor, a planning officer and an auditor met.',
      'Visitors praised the carers and the building.',
    ];
    expect(matcher.detect(innocent).map((d) => d.id)).toEqual([]);
  });

  it('finds the themes the docs promise from the words officers use', async () => {
    const themes = parse(await readFile('content/themes.yaml', 'utf8')) as ThemeDefinition[];
    const ids = themes.map((t) => t.id);
    const matcher = compileThemes(themes);
    const detected = matcher.detect(['Management oversight of child in need plans is weak.', 'Reflective supervision is irregular.']).map((d) => d.id);
    expect(ids).toContain('management-oversight');
    expect(detected).toContain('management-oversight');
  });
});
