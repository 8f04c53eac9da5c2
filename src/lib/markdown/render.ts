/**
 * Renders entry bodies with Astro's unified processor and the entry
 * pipeline, and finds the themes each entry raises: one entry at a time,
 * on this thread or on a worker's (render-pool.ts).
 */
import { createMarkdownProcessor, type MarkdownHeading } from '@astrojs/markdown-remark';
import { compileThemes, type DetectedTheme, type ThemeDefinition } from '../themes.ts';
import { entryMarkdownOptions, entryMarkdownOptionsWithoutTables, markdownBuildSettings } from './pipeline.ts';
import type { EntrySections } from './rehype-entry-sections.ts';
import { mayHoldTables } from './remark-tables.ts';

export interface EntryText {
  title: string;
  summary: string;
  /** The Markdown below the front-matter. */
  body: string;
}

export interface RenderedEntry {
  html: string;
  headings: MarkdownHeading[];
  sections: EntrySections;
  /** Themes whose phrases the title, summary or body contain, with the sentences. */
  detected: DetectedTheme[];
}

export type RenderEntry = (entry: EntryText) => Promise<RenderedEntry>;

/**
 * The text an entry is rendered and searched for themes from. An imported
 * entry's title and summary are made by the import from Ofsted's names for
 * what was judged ("SLAC inspection of looked after children"), not from
 * findings, so they raise no theme; text an officer adds to it still can.
 */
export function textToRender(data: { title: string; summary: string; imported?: string }, body: string): EntryText {
  return data.imported ? { title: '', summary: '', body } : { title: data.title, summary: data.summary, body };
}

/** A renderer on this thread: the one each worker runs, too. */
export async function createRenderer(themes: ThemeDefinition[]): Promise<RenderEntry> {
  const [withTables, withoutTables] = await Promise.all(
    [entryMarkdownOptions, entryMarkdownOptionsWithoutTables].map((options) => createMarkdownProcessor({ ...options, ...markdownBuildSettings })),
  );
  const matcher = compileThemes(themes);
  return async ({ title, summary, body }) => {
    const processor = mayHoldTables(body) ? withTables : withoutTables;
    const { code, metadata } = await processor.render(body, { frontmatter: {} });
    const textBlocks: string[] = metadata.frontmatter.textBlocks ?? [];
    return {
      html: code,
      headings: metadata.headings,
      sections: metadata.frontmatter.entrySections ?? {},
      detected: matcher.detect([title, summary, ...textBlocks]),
    };
  };
}
