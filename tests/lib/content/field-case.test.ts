/**
 * Field names written with capitals are read as the field meant, so its
 * value is checked and its line found, and each is named once.
 */
import { describe, expect, it } from 'vitest';
import { lowerCaseFieldNames } from '../../../src/lib/content/field-case.ts';
import { parseYaml } from '../../../src/lib/content/read.ts';

const NAMES = ['title', 'summary', 'source'];

describe('lowerCaseFieldNames', () => {
  it('reads a capitalised name as the field, and finds its lines and cut values by that name', () => {
    const { parsed, capitalised } = lowerCaseFieldNames(parseYaml('Title: Visit\nSUMMARY: Found #1 gap\nSource:\n  url: https://example.org\nColour: red\n'), NAMES);
    expect(parsed.data).toEqual({ title: 'Visit', summary: 'Found', source: { url: 'https://example.org' }, Colour: 'red' });
    expect(parsed.lineOf(['source', 'url'])).toBe(4);
    expect(parsed.cutValues().map((cut) => cut.path)).toEqual([['summary']]);
    expect(capitalised).toEqual([
      { name: 'title', line: 1, message: 'field names are lower case: write title: in place of Title:' },
      { name: 'summary', line: 2, message: 'field names are lower case: write summary: in place of SUMMARY:' },
      { name: 'source', line: 3, message: 'field names are lower case: write source: in place of Source:' },
    ]);
  });

  it('leaves a capitalised name alone beside the name itself, or a second spelling of one already read', () => {
    const { parsed, capitalised } = lowerCaseFieldNames(parseYaml('Title: A\ntitle: B\nSummary: C\nSUMMARY: D\n'), NAMES);
    expect(parsed.data).toEqual({ Title: 'A', title: 'B', summary: 'C', SUMMARY: 'D' });
    expect(capitalised.map((c) => c.name)).toEqual(['summary']);
  });
});
