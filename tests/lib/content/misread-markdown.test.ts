/**
 * Layout that Markdown reads otherwise than an officer means is reported on
 * its file line as a warning; the same characters where Markdown reads them
 * as meant (fenced code, a code span, a separator after a blank line) are not.
 */
import { describe, expect, it } from 'vitest';
import { misreadMarkdown } from '../../../src/lib/content/misread-markdown.ts';

const lines = (body: string, first = 1) => misreadMarkdown(body, first).map((r) => `${r.line}: ${r.message.split(' (allowed')[0]}`);

describe('misreadMarkdown: indented lines', () => {
  it('names the lines of a list indented by a tab under a heading, once, on its file lines', () => {
    const body = 'Intro.\n\n## Areas for improvement\n\t- Management oversight\n\t- Supervision\n';
    expect(misreadMarkdown(body, 10)).toEqual([
      {
        line: 13,
        message: 'warning: lines 13–14 are indented by a tab or four spaces or more, so the site shows them as a box of code, not as text, and finds no themes in them (allowed: text starting at the margin; a list item under another is indented by two spaces, as in "  - Supervision")',
      },
    ]);
  });

  it('names a paragraph indented by four spaces, in a list item and in a quotation too', () => {
    expect(lines('First.\n\n    Indented paragraph.\n\n- Item\n\n      Indented in the item.\n\n> Quoted\n>\n>     indented in the quote\n')).toEqual([
      '3: warning: this line is indented by a tab or four spaces or more, so the site shows it as a box of code, not as text, and finds no themes in it',
      '7: warning: this line is indented by a tab or four spaces or more, so the site shows it as a box of code, not as text, and finds no themes in it',
      '11: warning: this line is indented by a tab or four spaces or more, so the site shows it as a box of code, not as text, and finds no themes in it',
    ]);
  });

  it('leaves alone fenced code, indented lines that continue a paragraph or list, and lists nested by two or four spaces', () => {
    expect(lines('```\n\t- code on purpose\n    more\n```\n\n~~~\n    also\n~~~\n')).toEqual([]);
    expect(lines('A sentence that\n    wraps onto an indented line.\n\n- Item\n  - Under it\n    - Further under\n\n1. Item\n\n    More of the item.\n')).toEqual([]);
  });
});

describe('misreadMarkdown: headings without a space', () => {
  it('names "##Areas for improvement" on its file line, with the heading as it should be', () => {
    expect(misreadMarkdown('Intro.\n\n##Areas for improvement\n- Supervision\n', 7)).toEqual([
      { line: 9, message: 'warning: "##Areas for improvement" shows as text, not as a heading: a heading needs a space after the #s (allowed: "## Areas for improvement")' },
    ]);
  });

  it('finds one inside a paragraph, after a line break, in a quotation, and after a non-breaking space', () => {
    expect(lines('Text *here*\n###Next steps\n\nEnd  \n##Strengths\n\n> ##Quoted heading\n\n##\u00a0Strengths\n')).toEqual([
      '2: warning: "###Next steps" shows as text, not as a heading: a heading needs a space after the #s',
      '5: warning: "##Strengths" shows as text, not as a heading: a heading needs a space after the #s',
      '7: warning: "##Quoted heading" shows as text, not as a heading: a heading needs a space after the #s',
      '9: warning: "##\u00a0Strengths" shows as text, not as a heading: a heading needs an ordinary space after the #s, and this one is a non-breaking space',
    ]);
  });

  it('takes a single # for a heading only before a section\'s name', () => {
    expect(lines('#Strengths\n\n#1 priority is care leavers.\n\n#SocialWorkWeek\n')).toEqual([
      '1: warning: "#Strengths" shows as text, not as a heading: a heading needs a space after the #s',
    ]);
  });

  it('leaves alone headings, #s within a line or a list item, seven #s, and code', () => {
    expect(lines('## Strengths\n\n##\n\nThe council’s ##1 aim.\n\n- ##Item\n\n#######Seven\n\n`##Code` span\n\n```\n##Fenced\n```\n')).toEqual([]);
  });
});

describe('misreadMarkdown: a line of --- or === under text', () => {
  it('names the line of ---, not the text it makes a heading', () => {
    expect(misreadMarkdown('Intro.\n\nThe council agreed the plan.\n---\nNext part.\n', 20)).toEqual([
      { line: 23, message: 'warning: this line of ---, directly under a line of text, makes that text a heading (allowed: a blank line above the --- for a separator line; for a heading, "## " at the start of the text and no line of ---)' },
    ]);
  });

  it('names a line of === under text of two lines, and a line of --- in a quotation', () => {
    expect(lines('A title\nover two lines\n=====\n\n> Quoted\n> ---\n')).toEqual([
      '3: warning: this line of ===, directly under a line of text, makes that text a heading',
      '6: warning: this line of ---, directly under a line of text, makes that text a heading',
    ]);
  });

  it('leaves alone a separator after a blank line, under a list or quotation, and a table\'s header', () => {
    expect(lines('Text.\n\n---\n\n- Item\n---\n\n> Quoted\n---\n\n| Area | Grade |\n|---|---|\n| Overall | Good |\n\n```\ncode\n---\n```\n')).toEqual([]);
  });
});
