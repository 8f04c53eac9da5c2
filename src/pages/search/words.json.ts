/**
 * The words the search index holds, which the search page knows a query's
 * words by and respells them from (lib/search-words.ts): of each entry, what
 * its page gives Pagefind (title, summary, council, inspectors and judgements, text,
 * its themes' names), and the page's own headings around them.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getSite } from '../../data/site.ts';
import { aboutHeading, searchWords, searchedFacts, searchedThemes } from '../../lib/search-words.ts';
import { KINDS, SECTIONS } from '../../lib/vocabulary.ts';

export const GET: APIRoute = async () => {
  const [site, entries] = await Promise.all([getSite(), getCollection('entries')]);
  const texts = entries.map((e) =>
    [
      e.data.title,
      e.data.summary,
      searchedFacts(site.council(e.id.split('/')[0])?.data.name ?? '', e.data),
      e.rendered?.html ?? '',
      searchedThemes((site.entry(e.id)?.themeMatches ?? []).map((match) => site.theme(match.id)?.label ?? '')),
    ].join('\n'),
  );
  const headings = [...Object.values(KINDS).map((kind) => aboutHeading(kind.noun)), ...Object.values(SECTIONS).map((section) => section.label)];
  return new Response(JSON.stringify(searchWords([...texts, ...headings])), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
