import { describe, expect, it } from 'vitest';
import { removedLinks } from '../../../src/lib/content/removed-links.ts';

const lines = (body: string, firstLine = 1) => removedLinks(body, firstLine).map((l) => `${l.line}: ${l.message.split(' (allowed')[0]}`);

describe('removedLinks', () => {
  it('keeps web, mail and site addresses without a word', () => {
    const body = 'See [the letter](https://files.ofsted.gov.uk/x.pdf), [email](mailto:a@b.gov.uk), [Reading](/councils/reading/), [below](#next) and <https://example.org>.\n\n[ref]: http://example.org/r\n';
    expect(removedLinks(body)).toEqual([]);
  });

  it('warns of a file on a shared drive or computer, on its line', () => {
    const body = 'Intro.\n\nSee [the plan](S:\\Childrens\\Plans\\plan.docx)\nand [notes](file:///C:/Users/me/notes.docx).\n';
    expect(lines(body, 10)).toEqual([
      "12: warning: this link's address, S:\\Childrens\\Plans\\plan.docx, is a file on a computer or shared drive that nobody outside the council can open, so the site keeps only the link's words",
      "13: warning: this link's address, file:///C:/Users/me/notes.docx, is a file on a computer or shared drive that nobody outside the council can open, so the site keeps only the link's words",
    ]);
  });

  it('warns of script and data addresses, in Markdown, references and HTML', () => {
    const body = '[x](javascript:alert(1))\n[y]: data:text/html,hi\n<a href="vbscript:x">z</a>\n';
    expect(lines(body)).toEqual([
      `1: warning: this link's address starts "javascript:", which the site removes, keeping only the link's words`,
      `2: warning: this link's address starts "data:", which the site removes, keeping only the link's words`,
      `3: warning: this link's address starts "vbscript:", which the site removes, keeping only the link's words`,
    ]);
  });

  it('leaves alone tags that look like a one-letter scheme, such as the <o:p> Word pastes', () => {
    expect(removedLinks('<div class="MsoNormal"><o:p></o:p>Pasted from Word</div>\n<w:WordDocument></w:WordDocument>\n')).toEqual([]);
    expect(lines('Autolinked: <javascript:alert(1)>')).toEqual([`1: warning: this link's address starts "javascript:", which the site removes, keeping only the link's words`]);
  });

  it('warns of an address with no https:// that a browser would look for on this site', () => {
    expect(lines('The [report](www.ofsted.gov.uk/reports/x).')).toEqual([
      '1: warning: the link to www.ofsted.gov.uk/reports/x has no https:// at its start, so a browser would look for it on this site',
    ]);
  });
});
