/**
 * Matching a document to a council file by the names councils go by, with
 * any set of council files: full and short names, the name without its
 * style, web domains, delivering bodies; longer names before the shorter
 * names inside them; and no guess where two councils are as likely.
 */
import { describe, expect, it } from 'vitest';
import { councilMatcher, unstyled, type CouncilInfo } from '../../../src/lib/import/councils.ts';

const COUNCILS: CouncilInfo[] = [
  { id: 'reading', name: 'Reading Borough Council', short_name: 'Reading', website: 'https://www.reading.gov.uk', delivered_by: [{ name: 'Brighter Futures for Children' }] },
  { id: 'havering', name: 'London Borough of Havering', short_name: 'Havering', website: 'https://www.havering.gov.uk' },
  { id: 'windsor-and-maidenhead', name: 'Royal Borough of Windsor and Maidenhead', short_name: 'Windsor and Maidenhead' },
  { id: 'tameside', name: 'Tameside Metropolitan Borough Council', short_name: 'Tameside' },
  { id: 'somerset', name: 'Somerset Council', short_name: 'Somerset' },
  { id: 'north-somerset', name: 'North Somerset Council', short_name: 'North Somerset' },
  { id: 'derby', name: 'Derby City Council', short_name: 'Derby' },
  { id: 'derbyshire', name: 'Derbyshire County Council', short_name: 'Derbyshire' },
  { id: 'greenwich', name: 'Royal Borough of Greenwich', short_name: 'Greenwich' },
];
const matcher = councilMatcher(COUNCILS);

describe('unstyled', () => {
  it.each([
    ['Reading Borough Council', 'Reading'],
    ['London Borough of Havering', 'Havering'],
    ['Royal Borough of Windsor and Maidenhead', 'Windsor and Maidenhead'],
    ['Tameside Metropolitan Borough Council', 'Tameside'],
    ['Derbyshire County Council', 'Derbyshire'],
    ['North Somerset Council', 'North Somerset'],
    ['City of York Council', 'York'],
  ])('%s → %s', (name, bare) => expect(unstyled(name)).toBe(bare));
});

describe('councilMatcher', () => {
  it.each([
    ['Monitoring visit of Reading Borough Council children’s services', 'reading'],
    ['Focused visit to Havering children’s services', 'havering'],
    ['Focused visit to Windsor & Maidenhead children’s services', 'windsor-and-maidenhead'],
    ['Focused visit to Tameside Metropolitan Borough Council children’s services', 'tameside'],
    ['Focused visit to North Somerset children’s services', 'north-somerset'],
    ['Focused visit to Somerset children’s services', 'somerset'],
    ['Focused visit to Derbyshire local authority children’s services', 'derbyshire'],
  ])('the subject “%s” names %s', (subject, id) => {
    expect(matcher.match(subject, subject).id).toBe(id);
  });

  it('never reads a short name inside a longer place name', () => {
    // Only North Somerset is named: "Somerset" inside it does not count for Somerset.
    const m = matcher.match('North Somerset children in care. North Somerset Council.');
    expect(m.id).toBe('north-somerset');
    expect(m.candidates.map((c) => c.id)).toEqual(['north-somerset']);
    expect(matcher.match('Derbyshire County Council').candidates.map((c) => c.id)).toEqual(['derbyshire']);
  });

  it('matches one-word names only with their capital', () => {
    expect(matcher.match('reading the letter, we found').id).toBeUndefined();
  });

  it('counts web domains and the bodies that deliver the service', () => {
    expect(matcher.match('Contact: ali.omar@havering.gov.uk').id).toBe('havering');
    expect(matcher.match('Brighter Futures for Children was set up in 2018.').id).toBe('reading');
  });

  it('prefers the council a paper is about over one it compares itself with', () => {
    const text = 'Tameside has improved. Children in Tameside. Tameside staff. Unlike Reading Borough Council.';
    expect(matcher.match(text).id).toBe('tameside');
  });

  it('says which councils it could be rather than guess', () => {
    const m = matcher.match('The Ofsted visit took place in the Royal Borough. The Royal Borough is in a strong position.');
    expect(m.id).toBeUndefined();
    expect(m.reason).toContain('windsor-and-maidenhead');
    expect(m.reason).toContain('greenwich');
  });

  it('does not take "the Royal Borough of X" for another royal borough', () => {
    expect(matcher.match('the Royal Borough of Kensington and Chelsea').id).toBeUndefined();
  });

  it('says when no council file matches', () => {
    expect(matcher.match('Focused visit to Leeds children’s services', 'Focused visit to Leeds children’s services')).toEqual({
      reason: expect.stringContaining('no council in content/councils is named in it'),
      candidates: [],
    });
  });
});
