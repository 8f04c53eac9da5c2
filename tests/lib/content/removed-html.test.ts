/**
 * Raw HTML the site removes with its content is reported, on its line, as a
 * warning; the same words in code are text and are not.
 */
import { describe, expect, it } from 'vitest';
import { removedHtml } from '../../../src/lib/content/removed-html.ts';

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

  it('leaves HTML the site keeps, and the same words in code, alone', () => {
    expect(lines('Text with <b>bold</b>, <abbr title="x">MASH</abbr> and <scripted> words.\n')).toEqual([]);
    expect(lines('Write `<iframe>` to embed.\n\n```\n<script>alert(1)</script>\n```\n\n    <style>indented code</style>\n')).toEqual([]);
  });
});
