/**
 * Links an officer writes to other pages of the site keep working when the
 * site is published under a sub-path.
 */
import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { beforeAll, describe, expect, it } from 'vitest';
import { entryMarkdownOptions, markdownBuildSettings } from '../../../src/lib/markdown/pipeline.ts';
import { rehypeSiteLinks } from '../../../src/lib/markdown/rehype-site-links.ts';

/** The entry pipeline as it runs for a site published at https://…/journeys/. */
async function processorFor(base: string): Promise<MarkdownRenderer> {
  const rehypePlugins = entryMarkdownOptions.rehypePlugins.map((plugin) =>
    Array.isArray(plugin) && plugin[0] === rehypeSiteLinks ? [rehypeSiteLinks, { base }] : plugin,
  );
  return createMarkdownProcessor({ ...entryMarkdownOptions, ...markdownBuildSettings, rehypePlugins } as Parameters<typeof createMarkdownProcessor>[0]);
}

let journeys: MarkdownRenderer;
let root: MarkdownRenderer;
beforeAll(async () => {
  [journeys, root] = await Promise.all([processorFor('/journeys/'), processorFor('/')]);
});

describe('links within the site', () => {
  it('get the base path the site is published under', async () => {
    const { code } = await journeys.render('See [the inspection](/councils/reading/2016-06-inspection/#next-steps).\n');
    expect(code).toBe('<p>See <a href="/journeys/councils/reading/2016-06-inspection/#next-steps">the inspection</a>.</p>');
  });

  it('get it inside lifted sections and raw HTML too', async () => {
    const { code, metadata } = await journeys.render('<a href="/themes/">themes</a>\n\n## Next steps\n\n- Read [the plan](/councils/reading/)\n');
    expect(code).toContain('<a href="/journeys/themes/">themes</a>');
    expect(metadata.frontmatter.entrySections.nextSteps).toEqual(['Read <a href="/journeys/councils/reading/">the plan</a>']);
  });

  it('are left alone when they already have it, are relative, are anchors or go to another site', async () => {
    const markdown = '[a](/journeys/councils/) [b](../reading/) [c](#strengths) [d](//evil.example/) [e](https://www.gov.uk/)\n';
    const { code } = await journeys.render(markdown);
    expect(code).toContain('<a href="/journeys/councils/">a</a>');
    expect(code).toContain('<a href="../reading/">b</a>');
    expect(code).toContain('<a href="#strengths">c</a>');
    expect(code).toMatch(/<a href="\/\/evil\.example\/"[^>]*>d/);
    expect(code).toMatch(/<a href="https:\/\/www\.gov\.uk\/"[^>]*>e/);
  });

  it('are unchanged for a site at the root of its domain', async () => {
    const { code } = await root.render('[a](/councils/reading/)\n');
    expect(code).toBe('<p><a href="/councils/reading/">a</a></p>');
  });
});
