// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import { entryMarkdownOptions, markdownBuildSettings } from './src/lib/markdown/pipeline.ts';
import { siteLocation } from './src/lib/site-url.ts';

const { site, base } = siteLocation();

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  output: 'static',
  // Every stylesheet is a file: the Content-Security-Policy allows no inline style.
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    ...markdownBuildSettings,
    processor: unified(entryMarkdownOptions),
  },
  devToolbar: { enabled: false },
});
