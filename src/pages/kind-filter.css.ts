/**
 * The journey page's "show only" filter works without JavaScript: a radio
 * button per kind, and these rules (one pair per kind in the vocabulary)
 * hide the other kinds' entries, the years left empty and their links in
 * the list of years.
 */
import type { APIRoute } from 'astro';
import { KIND_IDS } from '../lib/vocabulary.ts';

export const GET: APIRoute = () => {
  const rules = KIND_IDS.map(
    (kind) =>
      `.journey:has(#show-${kind}:checked) .entry-list > li:not([data-kind="${kind}"]),\n` +
      `.journey:has(#show-${kind}:checked) .year:not([data-kinds~="${kind}"]),\n` +
      `.journey:has(#show-${kind}:checked) .year-nav li:not([data-kinds~="${kind}"]) { display: none; }`,
  );
  return new Response(`${rules.join('\n')}\n`, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
