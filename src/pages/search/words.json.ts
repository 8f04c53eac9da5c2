/** The entries' words, which the search page respells a query from (lib/search-words.ts). */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { searchWords } from '../../lib/search-words.ts';

export const GET: APIRoute = async () => {
  const [entries, themes, councils] = await Promise.all([getCollection('entries'), getCollection('themes'), getCollection('councils')]);
  const texts = [
    ...entries.map((e) => `${e.data.title}\n${e.data.summary}\n${e.rendered?.html ?? ''}`),
    // A council or theme a query names is a word to keep, even where no entry's text uses it.
    ...councils.map((c) => c.data.name),
    ...themes.map((t) => t.data.label),
  ];
  return new Response(JSON.stringify(searchWords(texts)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
