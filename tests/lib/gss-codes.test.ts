/** The ONS code in force on a date, for councils reorganised under their old name. */
import { describe, expect, it } from 'vitest';
import { describeGssCodes, gssCodeOn } from '../../src/lib/gss-codes.ts';

const northYorkshire = { gss_code: 'E06000065', former_gss_codes: [{ gss_code: 'E10000023', until: '2023-04-01' }] };
// Two changes, oldest first (no council has had two; the rule must still hold).
const twice = { gss_code: 'E06000099', former_gss_codes: [{ gss_code: 'E10000001', until: '2009-04-01' }, { gss_code: 'E10000098', until: '2023-04-01' }] };

describe('gssCodeOn', () => {
  it('gives the former code before the change day and the new code from it', () => {
    expect(gssCodeOn(northYorkshire, '2014-06-30')).toBe('E10000023');
    expect(gssCodeOn(northYorkshire, '2023-03-31')).toBe('E10000023');
    expect(gssCodeOn(northYorkshire, '2023-04-01')).toBe('E06000065');
    expect(gssCodeOn(northYorkshire, '2025-01-27')).toBe('E06000065');
  });

  it('reads a month-only date from its first day', () => {
    expect(gssCodeOn(northYorkshire, '2023-03')).toBe('E10000023');
    expect(gssCodeOn(northYorkshire, '2023-04')).toBe('E06000065');
  });

  it('walks several former codes in order', () => {
    expect(gssCodeOn(twice, '2008-12-01')).toBe('E10000001');
    expect(gssCodeOn(twice, '2009-04-01')).toBe('E10000098');
    expect(gssCodeOn(twice, '2023-03-31')).toBe('E10000098');
    expect(gssCodeOn(twice, '2023-04-01')).toBe('E06000099');
  });

  it('gives the one code of a council that never changed it, or none', () => {
    expect(gssCodeOn({ gss_code: 'E06000038' }, '2010-01-01')).toBe('E06000038');
    expect(gssCodeOn({}, '2010-01-01')).toBeUndefined();
  });
});

describe('describeGssCodes', () => {
  it('names each code with the days it was in force', () => {
    expect(describeGssCodes(northYorkshire)).toBe('E06000065 since 1 April 2023 (E10000023 to 31 March 2023)');
    expect(describeGssCodes(twice)).toBe('E06000099 since 1 April 2023 (E10000098 from 1 April 2009 to 31 March 2023; E10000001 to 31 March 2009)');
  });

  it('is just the code of a council that never changed it', () => {
    expect(describeGssCodes({ gss_code: 'E06000038' })).toBe('E06000038');
    expect(describeGssCodes({})).toBeUndefined();
  });
});
