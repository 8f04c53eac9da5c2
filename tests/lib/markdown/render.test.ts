/**
 * renderAll: worker threads for a large batch give the same results as
 * rendering on this thread, each entry once; a failure rejects.
 * textToRender: what an entry's themes are found in.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/content/validate.ts';
import { entryMarkdownOptions, markdownBuildSettings } from '../../../src/lib/markdown/pipeline.ts';
import { createRenderer, textToRender, renderAll, unrenderable, type EntryText, type RenderedEntry, type RenderFailure } from '../../../src/lib/markdown/render.ts';
import { TOO_DEEP } from '../../../src/lib/content/deep-nesting.ts';
import type { ThemeDefinition } from '../../../src/lib/themes.ts';

const themes = [{ id: 'management-oversight', label: 'Management oversight', phrases: ['management oversight'] }] as ThemeDefinition[];
const entries: EntryText[] = Array.from({ length: 260 }, (_, i) => ({
  title: `Entry ${i}`,
  summary: 'A summary.',
  body: `Paragraph ${i}.\n\n## Areas for improvement\n\n- ${i % 2 ? 'Management oversight of plans' : 'Timeliness'}\n`,
}));

/** The error renderAll rejects with: which entry failed, and why. */
const failedAt = (entry: EntryText, failure: RenderFailure) => new Error(`${entry.title}: ${failure.stackOverflow ? 'too deep' : failure.message}`);

describe('renderAll', () => {
  it('renders a large batch on workers exactly as on this thread, each entry once', async () => {
    const results = new Map<EntryText, RenderedEntry>();
    let calls = 0;
    await renderAll(entries, (e) => e, themes, (entry, rendered) => {
      calls += 1;
      results.set(entry, rendered);
    }, failedAt);
    expect(calls).toBe(entries.length);
    const render = await createRenderer(themes);
    for (const entry of [entries[0], entries[1], entries[259]]) expect(results.get(entry)).toEqual(await render(entry));
    expect(results.get(entries[1])!.detected.map((t) => t.id)).toEqual(['management-oversight']);
  });

  it('rejects when an entry fails on a worker, instead of ending the process, naming the entry', async () => {
    // This thread takes the first entry; the workers take theirs from the next, in batches.
    const failing = entries.map((entry, i) => (i === 10 ? { ...entry, summary: null as unknown as string } : entry));
    await expect(renderAll(failing, (e) => e, themes, () => {}, failedAt)).rejects.toThrow(/^Entry 10: .*null/);
  });

  it('names an entry nested too deeply to render, on this thread or a worker', async () => {
    for (const at of [0, 130]) {
      const deep = entries.map((entry, i) => (i === at ? { ...entry, body: `${'>'.repeat(5000)} deep\n` } : entry));
      await expect(renderAll(deep, (e) => e, themes, () => {}, failedAt)).rejects.toThrow(`Entry ${at}: too deep`);
    }
  });

  it('rejects when the themes cannot be read, before rendering anything', async () => {
    const broken = [{ id: 'broken', label: 'Broken', phrases: null }] as unknown as ThemeDefinition[];
    let calls = 0;
    await expect(renderAll(entries, (e) => e, broken, () => void calls++, failedAt)).rejects.toThrow(/phrases/);
    expect(calls).toBe(0);
  });
});

describe('unrenderable', () => {
  it('tells the officer of text nested too deeply, on its first line, and of any other failure as the site\'s fault', () => {
    const entry = { file: 'content/entries/reading/2016-06-inspection.md', bodyLine: 14 };
    expect(unrenderable(entry, { message: 'Maximum call stack size exceeded', stackOverflow: true })).toEqual({
      file: 'content/entries/reading/2016-06-inspection.md',
      line: 14,
      field: 'text',
      message: TOO_DEEP,
    });
    expect(unrenderable(entry, { message: 'x is undefined', stackOverflow: false }).message).toMatch(/^could not be turned into a page: x is undefined \(allowed: this is a fault in the site/);
  });
});

describe('createRenderer', () => {
  it('renders tables and strikethrough, a one-column table with no | among them', async () => {
    const render = await createRenderer(themes);
    for (const body of ['| Area | Grade |\n|---|---|\n| Overall | Good |\n', 'Area\n:--\nOverall\n', 'Grade\n -:\n']) {
      expect((await render({ title: '', summary: '', body })).html).toContain('<table>');
    }
    expect((await render({ title: '', summary: '', body: 'A ~~withdrawn~~ finding.' })).html).toContain('<del>withdrawn</del>');
  });

  it('renders every body exactly as the pipeline with remark-parse does, whether or not it is parsed natively', async () => {
    const full = await createMarkdownProcessor({ ...entryMarkdownOptions, ...markdownBuildSettings });
    const render = await createRenderer(themes);
    const bodies = [
      'Area\n---\nGood\n', 'Area\n- \n', 'a\n  ---  \n', '> Grade\n> -\n', '- Area\n  -\n', 'Time 10:30 - 11:00\n', '## Heading\n\nText with *emphasis*, `code` and [a link](/about/).\n',
      // Bodies satteri would render differently (remark-native-parse.ts), which keep remark-parse.
      '*foo_*bar', '*\\**p', '*-*😀', 'a\0b',
    ];
    for (const dir of ['content', 'tests/fixtures/hostile']) bodies.push(...(await loadContent(dir)).entries.map((entry) => entry.body));
    for (const body of bodies) expect((await render({ title: '', summary: '', body })).html, JSON.stringify(body)).toBe((await full.render(body, { frontmatter: {} })).code);
  });
});

describe('textToRender', () => {
  const looked = [{ id: 'children-in-care', label: 'Children in care', phrases: ['looked after children'] }] as ThemeDefinition[];

  it('an imported entry\'s title and summary, made from Ofsted\'s names for what was judged, raise no theme; its text can', async () => {
    const render = await createRenderer(looked);
    const data = { title: 'SLAC inspection of looked after children: Good', summary: 'Ofsted judged services for looked after children good.' };
    expect((await render(textToRender({ ...data, imported: 'ofsted-la-inspections-2009-2023' }, 'Imported from the tables.\n'))).detected).toEqual([]);
    expect((await render(textToRender({ ...data, imported: 'ofsted-la-inspections-2009-2023' }, 'Plans for looked after children were weak.\n'))).detected.map((t) => t.id)).toEqual(['children-in-care']);
    expect((await render(textToRender(data, 'Text.\n'))).detected.map((t) => t.id)).toEqual(['children-in-care']);
  });
});
