// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { entryMarkdownOptions, markdownBuildSettings } from './src/lib/markdown/pipeline.ts';
import { siteLocation } from './src/lib/site-url.ts';
import { outDir } from './src/lib/settings.ts';

const { site, base } = siteLocation();

export default defineConfig({
  site,
  base,
  // Every page is a folder's index.html and every link ends in '/'. 'ignore' lets
  // `npm start` and `npm run dev` answer /councils/reading as web servers do
  // (with 'always' they gave a 404); the built site is byte-identical.
  trailingSlash: 'ignore',
  output: 'static',
  outDir: outDir(),
  // Every stylesheet is a file: the Content-Security-Policy allows no inline style.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  markdown: {
    ...markdownBuildSettings,
    processor: unified(entryMarkdownOptions),
  },
  integrations: [sitemap()],
  // The dev server watches content and code, not built sites and benchmark corpora.
  vite: { server: { watch: { ignored: ['**/dist/**', '**/.bench/**', '**/.test-dist/**'] } } },
  devToolbar: { enabled: false },
});
