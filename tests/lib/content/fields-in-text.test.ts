/** fieldsInText: fields written below the front-matter's closing ---, which the page would show as text. */
import { describe, expect, it } from 'vitest';
import { fieldsInText } from '../../../src/lib/content/fields-in-text.ts';
import { ENTRY_FIELD_NAMES } from '../../../src/lib/content/schema.ts';

// The body starts on line 8, right after the closing --- on line 7.
const found = (body: string) => fieldsInText(body, 8, ENTRY_FIELD_NAMES).map(({ line, field }) => [line, field]);

describe('fieldsInText', () => {
  it('finds fields typed after the closing ---, with lines indented under them, and says to move them up', () => {
    const body = 'themes: [care-leavers, plans]\ninspectors:\n  - Jane Smith\nsource:\n  url: https://example.gov.uk/a.pdf\n\nThe committee heard.\n';
    expect(found(body)).toEqual([[8, 'themes'], [9, 'inspectors'], [11, 'source']]);
    expect(fieldsInText(body, 8, ENTRY_FIELD_NAMES)[0].message).toBe(
      'is below the --- on line 7 that ends the front-matter, so it is not read as a field and the page would show it as text (allowed: every field between the two --- lines at the top; move it, with any lines indented under it, above the --- on line 7)',
    );
  });

  it('after blank lines too, and with Windows line endings', () => {
    expect(found('\n\r\ninspectors: [Jane Smith]\r\n\r\nText.\r\n')).toEqual([[10, 'inspectors']]);
  });

  it('says to delete a stray --- among the fields when the real one follows them', () => {
    const [first] = fieldsInText('body: council\nsummary: An update.\n---\nThe committee heard.\n', 8, ENTRY_FIELD_NAMES);
    expect(first.message).toMatch(/; delete the --- on line 7, so the front-matter runs on to the --- on line 10\)$/);
  });

  it('leaves text alone: prose, a name that is no field, capitals, and field-like lines after the first paragraph', () => {
    expect(found('The committee heard.\n\nsummary: not a field here.\n')).toEqual([]);
    expect(found('note: the council agreed.\n')).toEqual([]);
    expect(found('Summary: the council agreed.\n')).toEqual([]);
    expect(found('date:2018 was a hard year.\n')).toEqual([]);
    expect(found('')).toEqual([]);
  });
});
