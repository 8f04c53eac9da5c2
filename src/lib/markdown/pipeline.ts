/**
 * The Markdown pipeline for entry bodies, as options for Astro's unified
 * processor (`unified()` from @astrojs/markdown-remark): raw HTML is parsed
 * and then sanitised, so nothing an officer pastes can run script; images
 * become links; links within the site get its base path; external links
 * are marked; conventional sections are lifted out (last, so their items
 * carry the same marking). astro.config.mjs and the tests both use these
 * options.
 */
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import rehypeExternalLinks, { type Options as ExternalLinksOptions } from 'rehype-external-links';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { rehypeEntrySections, rehypeTextBlocks } from './rehype-entry-sections.ts';
import { rehypeProseOnly, rehypeScrollableTables } from './rehype-prose-only.ts';
import { rehypeSiteLinks } from './rehype-site-links.ts';
import { remarkNativeParse } from './remark-native-parse.ts';
import { remarkTables } from './remark-tables.ts';
import { sanitizeSchema } from './sanitize-schema.ts';
import { siteLocation } from '../site-url.ts';

type Transform = (tree: Root, file: VFile) => Root | undefined | void;

/** Runs `transform` only on a body whose Markdown matches `mayNeed`: on any other it would find nothing to do. */
const onlyWhere = (mayNeed: RegExp, transform: Transform): Transform => (tree, file) =>
  mayNeed.test(String(file.value)) ? transform(tree, file) : undefined;

/**
 * Every address rehype-external-links marks (http:, https: or //) is in the
 * Markdown as written, or behind a character reference or a backslash
 * escape. Most entries link nowhere, and its walk of every node was a tenth
 * of rendering them (docs/BENCHMARKS.md), so a body with none is skipped.
 */
const MAY_LINK_OUT = /\/\/|http|&|\\/i;

function rehypeExternalLinksIfAny(options: ExternalLinksOptions) {
  return onlyWhere(MAY_LINK_OUT, rehypeExternalLinks(options));
}

/**
 * rehype-raw turns HTML written in the Markdown into elements, for the
 * sanitiser to judge. Such HTML always begins with `<`; a body without one
 * has none, and passing its whole tree through parse5 all the same was a
 * fifth of rendering it (docs/BENCHMARKS.md, item 29), so it is skipped.
 * Astro's processor appends rehype-raw once more at the end; unified keeps
 * a plugin used twice only once, at its first place, so the `false` placed
 * first below turns that copy off.
 */
export function rehypeRawIfAny() {
  return onlyWhere(/</, rehypeRaw());
}

export const entryMarkdownOptions = {
  // Full GFM and SmartyPants cost more than everything else together; tables
  // and strikethrough are all entries use (see remark-tables.ts).
  gfm: false,
  smartypants: false,
  remarkPlugins: [remarkTables],
  rehypePlugins: [
    [rehypeRaw, false],
    rehypeRawIfAny,
    rehypeProseOnly,
    [rehypeSanitize, sanitizeSchema],
    rehypeTextBlocks,
    // After the text blocks, so its hint is not read for themes.
    rehypeScrollableTables,
    [rehypeSiteLinks, { base: siteLocation().base }],
    [
      rehypeExternalLinksIfAny,
      {
        rel: ['noopener', 'noreferrer'],
        properties: { className: ['external'] },
        content: { type: 'text', value: ' (external site)' },
        contentProperties: { className: ['visually-hidden'] },
      },
    ],
    rehypeEntrySections,
  ],
} satisfies UnifiedProcessorOptions;

/** The same for a body satteri parses as remark-parse does (`parsesNatively`): parsed natively. */
export const entryMarkdownOptionsParsedNatively = {
  ...entryMarkdownOptions,
  remarkPlugins: [remarkNativeParse],
} satisfies UnifiedProcessorOptions;

/** Settings for Astro's `markdown` config that this site does not need and that cost build time. */
export const markdownBuildSettings = {
  syntaxHighlight: false as const,
};
