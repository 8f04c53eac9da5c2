import { describe, expect, it } from 'vitest';
import { describeCouncil, gradeWord } from '../../src/lib/vocabulary.ts';

describe('describeCouncil', () => {
  it('names the council, its type and its region', () => {
    expect(describeCouncil({ name: 'Reading Borough Council', type: 'unitary', region: 'South East' })).toBe('Reading Borough Council, a unitary authority in Ofsted’s South East region');
    expect(describeCouncil({ name: 'Tameside Council', type: 'metropolitan-borough' })).toBe('Tameside Council, a metropolitan borough');
    expect(describeCouncil({ name: 'Leeds City Council', type: 'metropolitan-borough', region: 'North East, Yorkshire and the Humber' })).toBe(
      'Leeds City Council, a metropolitan borough in Ofsted’s North East, Yorkshire and the Humber region',
    );
    expect(describeCouncil({ name: 'Some Trust', type: 'other', region: 'North West' })).toBe('Some Trust in Ofsted’s North West region');
  });

  it('does not say a London borough is in London twice over', () => {
    expect(describeCouncil({ name: 'London Borough of Havering', type: 'london-borough', region: 'London' })).toBe('London Borough of Havering, a London borough');
    expect(describeCouncil({ name: 'City of London', type: 'other', region: 'London' })).toBe('City of London in Ofsted’s London region');
  });
});

describe('gradeWord', () => {
  it('says "Adequate" for the third grade before the single inspection framework, and today’s words since', () => {
    expect(gradeWord('requires-improvement', 'slac')).toBe('Adequate');
    expect(gradeWord('requires-improvement', 'cpi', 'label')).toBe('Adequate');
    expect(gradeWord('requires-improvement', 'tlac')).toBe('Adequate');
    expect(gradeWord('requires-improvement', 'sif')).toBe('Requires improvement');
    expect(gradeWord('requires-improvement', 'ilacs', 'label')).toBe('Requires improvement to be good');
    expect(gradeWord('good', 'slac')).toBe('Good');
    expect(gradeWord('inadequate', undefined)).toBe('Inadequate');
  });
});
