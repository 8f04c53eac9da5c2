// @ts-check
/**
 * The brief's reference for the build budget: a bare Astro 7 site, one page
 * per entry and nothing else, over the bench's corpus (scripts/bench/reference.ts).
 * IJ_REFERENCE_MARKDOWN=unified renders Markdown with Astro's unified
 * processor and its defaults; otherwise Astro's default engine.
 */
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';

export default defineConfig({
  output: 'static',
  outDir: process.env.IJ_REFERENCE_OUT,
  cacheDir: process.env.IJ_REFERENCE_CACHE,
  markdown: process.env.IJ_REFERENCE_MARKDOWN === 'unified' ? { processor: unified() } : {},
});
