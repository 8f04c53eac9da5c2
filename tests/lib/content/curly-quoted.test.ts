import { describe, expect, it } from 'vitest';
import { curlyQuoted } from '../../../src/lib/content/curly-quoted.ts';

const paths = (data: unknown) => curlyQuoted(data).map((found) => found.path.join('.'));

describe('curlyQuoted', () => {
  it('finds values wrapped whole in curly quotes, at any depth', () => {
    expect(paths({ title: '“Monitoring visit 3”', summary: 'Plain.', source: { title: '‘Ofsted letter’' }, inspectors: ['Jo Smith', '“Sam Lee”'] })).toEqual([
      'title',
      'source.title',
      'inspectors.1',
    ]);
  });

  it('names the quotes it found in its message', () => {
    expect(curlyQuoted({ title: '“Monitoring visit 3”' })[0].message).toMatch(/^warning: the value is wrapped in curly quotes “…”, .*straight quotes "…"\)$/);
    expect(curlyQuoted({ title: '‘Good’' })[0].message).toContain('curly quotes ‘…’');
  });

  it('leaves quotations inside a value, apostrophes, straight quotes and two quotations alone', () => {
    expect(
      paths({
        title: '“Not good enough”: Ofsted’s verdict',
        summary: 'Inspectors said “progress is slow”.',
        a: 'The council’s plan',
        b: '"Straight"',
        c: '“Safer” and “better”',
        d: new Date('2018-08-01'),
        e: 7,
      }),
    ).toEqual([]);
  });
});
