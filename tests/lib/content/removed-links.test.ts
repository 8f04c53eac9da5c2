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
    const body = '[x](javascript:alert(1))\n<a href="vbscript:x">z</a> and [y].\n\n[y]: data:text/html,hi\n';
    expect(lines(body)).toEqual([
      `1: warning: this link's address starts "javascript:", which the site removes, keeping only the link's words`,
      `2: warning: this link's address starts "vbscript:", which the site removes, keeping only the link's words`,
      `4: warning: this link's address starts "data:", which the site removes, keeping only the link's words`,
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

  it('warns of an address with no scheme that starts with a host name, and suggests https:// before it', () => {
    expect(lines('The [plan](files.example.gov.uk/plan.pdf) and\n[p2](lewisham.gov.uk/plan), <a href="ofsted.gov.uk">Ofsted</a>.\n\n[letter]: reports.ofsted.gov.uk/x?y=1\n', 4)).toEqual([
      '4: warning: the link to files.example.gov.uk/plan.pdf has no https:// at its start, so a browser would look for it on this site',
      '5: warning: the link to lewisham.gov.uk/plan has no https:// at its start, so a browser would look for it on this site',
      '5: warning: the link to ofsted.gov.uk has no https:// at its start, so a browser would look for it on this site',
      '7: warning: the link to reports.ofsted.gov.uk/x?y=1 has no https:// at its start, so a browser would look for it on this site',
    ]);
    expect(removedLinks('[p2](lewisham.gov.uk/plan)')[0].message).toMatch(/\(allowed: .*; here, https:\/\/lewisham\.gov\.uk\/plan\)$/);
  });

  it('warns of any other address that is neither a web address nor a page of this site from its root', () => {
    expect(lines('[plan](plan.pdf), [Reading](councils/reading/), [up](../x) and [drive](Plans\\plan.docx)')).toEqual([
      "1: warning: the link to plan.pdf is not a web address or a page of this site starting with /, so a browser would look for it beside this entry's page, where there is nothing",
      "1: warning: the link to councils/reading/ is not a web address or a page of this site starting with /, so a browser would look for it beside this entry's page, where there is nothing",
      "1: warning: the link to ../x is not a web address or a page of this site starting with /, so a browser would look for it beside this entry's page, where there is nothing",
      "1: warning: this link's address, Plans\\plan.docx, is a file on a computer or shared drive that nobody outside the council can open, so the site keeps only the link's words",
    ]);
    expect(removedLinks('[Email us](childrens@reading.gov.uk)')[0].message).toBe(
      'warning: the link to childrens@reading.gov.uk has no mailto: at its start, so a browser would look for it on this site (allowed: an address starting https:// or http://, a mailto: address, or a page of this site such as /councils/reading/; here, mailto:childrens@reading.gov.uk)',
    );
  });

  it('leaves to the image warning an image without a web address, but still names a www. or script one', () => {
    expect(lines('![Chart](chart.png) ![Map](lewisham.gov.uk/map.png)')).toEqual([]);
    expect(lines("![x](www.x.gov.uk/a.png)\n![y](javascript:alert('y'))")).toEqual([
      '1: warning: the link to www.x.gov.uk/a.png has no https:// at its start, so a browser would look for it on this site',
      `2: warning: this link's address starts "javascript:", which the site removes, keeping only the link's words`,
    ]);
  });

  it('leaves alone the same characters in code and in words Markdown does not read as a link, but not a link in a quotation', () => {
    const body = 'Write `[plan](plan.pdf)` or `<a href="javascript:x">`.\n\n```\n[plan](lewisham.gov.uk/plan)\n[x]: data:x\n```\n\n[Note]: the council agreed.\n\nThe [plan] (plan.pdf) and [draft](plan v2.pdf).\n';
    expect(removedLinks(body)).toEqual([]);
    expect(lines('> See [the plan](plan.pdf).')).toEqual([
      "1: warning: the link to plan.pdf is not a web address or a page of this site starting with /, so a browser would look for it beside this entry's page, where there is nothing",
    ]);
  });
});
