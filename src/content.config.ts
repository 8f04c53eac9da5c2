/**
 * Content collections: the contract's schemas (src/lib/content/schema.ts)
 * with loaders that validate the whole content directory first.
 */
import { defineCollection } from 'astro:content';
import { councilSchema, entrySchema, themeSchema } from './lib/content/schema.ts';
import { councilsLoader, entriesLoader, themesLoader } from './loaders/journeys.ts';

export const collections = {
  councils: defineCollection({ loader: councilsLoader(), schema: councilSchema }),
  themes: defineCollection({ loader: themesLoader(), schema: themeSchema }),
  entries: defineCollection({ loader: entriesLoader(), schema: entrySchema }),
};
