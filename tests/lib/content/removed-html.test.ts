/**
 * Raw HTML the site removes, with its content or leaving its text, is
 * reported on its line as a warning; the same words in code are text and are not.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ALLOWED_ELEMENTS, removedHtml } from '../../../src/lib/content/removed-html.ts';

const lines = (body: string, first = 1) => removedHtml(body, first).map((r) => `${r.line}: ${r.message}`);

describe('removedHtml', () => {
  it('names each embed, script or style on its file line, with what to write instead', () => {
    const body = 'Watch the briefing:\n\n<iframe src="https://www.youtube.com/embed/x"></iframe>\n\nSee <script>alert(1)</script> and <STYLE>p{}</STYLE>.\n';
    expect(lines(body, 8)).toEqual([
      '10: warning: <iframe> is removed from the page with everything inside it: an entry cannot embed content from elsewhere (allowed: a link to it instead, such as [The briefing](https://…))',
      '12: warning: <script> is removed from the page with everything inside it: an entry cannot run script (allowed: text and the Markdown in docs/CONTENT-MODEL.md)',
      '12: warning: <style> is removed from the page with everything inside it: an entry cannot carry its own styles (allowed: text and the Markdown in docs/CONTENT-MODEL.md)',
    ]);
  });

  it('counts lines within a block of HTML', () => {
    expect(lines('<div>\nIntro\n<svg onload="x()"></svg>\n</div>\n')).toEqual([expect.stringMatching(/^3: warning: <svg> is removed/)]);
  });

  it('names each element whose tags go while its text stays', () => {
    const body = 'Text with <abbr title="Multi-agency safeguarding hub">MASH</abbr>.\n\n<form action="https://example.com">\n<p>Tell us</p>\n</form>\n\nSee <scripted>this</scripted>.\n';
    expect(lines(body, 5)).toEqual([
      '5: warning: <abbr> is removed from the page, though the text inside it is kept: an entry\'s HTML is limited to simple text markup (allowed: Markdown, or the HTML elements listed in docs/CONTENT-MODEL.md)',
      expect.stringMatching(/^7: warning: <form> is removed from the page, though the text inside it is kept/),
      expect.stringMatching(/^11: warning: <scripted> is removed from the page, though/),
    ]);
  });

  it('reports a stripped element once, not the tags inside it, and goes on after it closes', () => {
    const body = 'A chart: <svg viewBox="0 0 1 1"><g><path d="M0 0"/></g></svg> and <font>old</font>.\n\n<embed src="x.pdf">\n\n<u>Underlined</u>\n';
    expect(lines(body)).toEqual([
      expect.stringMatching(/^1: warning: <svg> is removed from the page with everything inside it/),
      expect.stringMatching(/^1: warning: <font> is removed from the page, though/),
      expect.stringMatching(/^3: warning: <embed> is removed from the page with everything inside it/),
      expect.stringMatching(/^5: warning: <u> is removed from the page, though/),
    ]);
  });

  it('leaves HTML the site keeps, and the same words in code, alone', () => {
    expect(lines('Text with <b>bold</b>, <sup>1</sup>, <span>a span</span> and\n\n<details><summary>More</summary>\n\nHidden.\n\n</details>\n')).toEqual([]);
    expect(lines('Write `<iframe>` to embed.\n\n```\n<script>alert(1)</script>\n```\n\n    <style>indented code</style>\n')).toEqual([]);
  });

  it('is what the content contract lists as allowed', () => {
    const contract = readFileSync(new URL('../../../docs/CONTENT-MODEL.md', import.meta.url), 'utf8');
    const listed = /The HTML elements an entry may use are (.*?) \(GitHub's list/.exec(contract)?.[1] ?? '';
    expect([...listed.matchAll(/`<([a-z0-9]+)>`/g)].map((m) => m[1])).toEqual(ALLOWED_ELEMENTS);
  });
});
