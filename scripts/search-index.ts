/**
 * Builds the Pagefind search index from the built HTML. Only entry pages
 * are searched, and only their article (marked data-pagefind-body), so
 * councils, themes, navigation, footers and charts stay out of the index;
 * the glob keeps Pagefind from even reading the other pages.
 */
import * as pagefind from 'pagefind';
import path from 'node:path';
import { canonicalisePagefind } from './pagefind-canonical.ts';

export async function indexSite(outDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: outDir, glob: 'councils/*/*/index.html' });
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    await canonicalisePagefind(path.join(outDir, 'pagefind'));
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
