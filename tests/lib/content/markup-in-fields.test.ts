import { describe, expect, it } from 'vitest';
import { markupInFields } from '../../../src/lib/content/markup-in-fields.ts';

const shown = (data: unknown) => markupInFields(data).map((m) => `${m.path.join('.')}: ${/show (.*) exactly as typed/.exec(m.message)![1]}`);

describe('markupInFields', () => {
  it('finds bold, links and HTML in the title, the summary and the source title', () => {
    expect(shown({
      title: 'Monitoring visit <b>3</b>',
      summary: 'Inspectors found **significant** progress, see [the letter](https://x.org).',
      source: { url: 'https://x.org', title: 'The __final__ letter' },
    })).toEqual(['title: <b>', 'summary: **significant**', 'source.title: __final__']);
  });

  it('finds a link when no bold comes first, and shortens a long one', () => {
    expect(shown({ summary: 'See [the letter from Ofsted to the director](https://files.ofsted.gov.uk/v1/file/50012345).' })).toEqual([
      'summary: [the letter from Ofsted to the director…',
    ]);
  });

  it('leaves ordinary punctuation alone', () => {
    expect(markupInFields({
      title: 'Focused visit: children in need (part 2)',
      summary: 'Caseloads fell from 25 to <20 in most teams; 3 * 2 = 6; a [sic] remark; under_score and 5 < 6 > 4.',
      body: 'ofsted',
      grades: { overall: 'good' },
    })).toEqual([]);
  });

  it('ignores fields that are not text', () => {
    expect(markupInFields({ title: 7, source: 'https://x.org' })).toEqual([]);
  });
});
