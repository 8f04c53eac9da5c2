import { describe, expect, it } from 'vitest';
import { gradeHint } from '../../../src/lib/content/grade-hint.ts';
import { FRAMEWORK_IDS } from '../../../src/lib/vocabulary.ts';

const ADEQUATE_THEN = ' (did you mean requires-improvement? Ofsted\'s "adequate" before November 2013; the site shows it as "Adequate")';

describe('gradeHint', () => {
  it('names requires-improvement for Ofsted\'s "adequate" under slac, cpi and tlac, in any case or spacing', () => {
    for (const framework of ['slac', 'cpi', 'tlac']) {
      for (const written of ['adequate', 'Adequate', ' ADEQUATE ', 'adequte', 'Adequate.']) {
        expect(gradeHint(written, framework)).toBe(ADEQUATE_THEN);
      }
    }
  });

  it('never names inadequate for "adequate", under any framework or none', () => {
    for (const framework of [...FRAMEWORK_IDS, undefined, 'SLAC']) {
      expect(gradeHint('adequate', framework)).toMatch(/^ \(did you mean requires-improvement\? /);
    }
  });

  it('says a later framework has no "adequate", and that the report has the grade', () => {
    expect(gradeHint('adequate', 'sif')).toBe(
      ' (did you mean requires-improvement? It replaced Ofsted\'s "adequate" in November 2013, and sif has no "adequate": check the report)',
    );
    expect(gradeHint('Adequate', 'ilacs-2023')).toContain('ilacs-2023 has no "adequate"');
  });

  it('says where "adequate" was a grade when the framework is not known', () => {
    expect(gradeHint('adequate')).toBe(
      ' (did you mean requires-improvement? Ofsted\'s "adequate" before November 2013, under slac, cpi and tlac; the site shows it as "Adequate" there)',
    );
  });

  it('names the grade of each of Ofsted\'s wordings, whatever the case, hyphens or spaces', () => {
    const meant: [string, string][] = [
      ['Good', 'good'],
      ['OUTSTANDING', 'outstanding'],
      ['Inadequate', 'inadequate'],
      ['Requires improvement to be good', 'requires-improvement'],
      ['requires-improvement-to-be-good', 'requires-improvement'],
      ['Requires  Improvement', 'requires-improvement'],
      ['requires_improvement', 'requires-improvement'],
      ['RI', 'requires-improvement'],
    ];
    for (const [written, grade] of meant) {
      for (const framework of ['slac', 'sif', undefined]) expect(gradeHint(written, framework)).toBe(` (did you mean ${grade}?)`);
    }
  });

  it('names the grade of a misspelling only when it is nearer that grade than any other', () => {
    expect(gradeHint('goood')).toBe(' (did you mean good?)');
    expect(gradeHint('inadequte')).toBe(' (did you mean inadequate?)');
    expect(gradeHint('outstandin')).toBe(' (did you mean outstanding?)');
    expect(gradeHint('Requires improvment')).toBe(' (did you mean requires-improvement?)');
    // One letter from "inadequate" and one from "adequate": either grade is a guess.
    expect(gradeHint('nadequate')).toBe('');
  });

  it('names no grade for words that are no grade, or could be more than one', () => {
    for (const written of ['not good', 'Not Good', 'good enough', 'less than good', 'not outstanding', 'needs improvement', 'satisfactory', 'insufficient']) {
      expect(gradeHint(written, 'ilacs')).toBe('');
    }
  });
});
