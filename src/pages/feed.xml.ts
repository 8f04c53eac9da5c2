import type { APIRoute } from 'astro';
import { absolute, getSite } from '../data/site.ts';
import { atomFeed } from '../lib/open-data.ts';
import { paths } from '../lib/paths.ts';
import { SITE_NAME } from '../lib/site-meta.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const body = atomFeed({
    title: `${SITE_NAME}: latest entries`,
    feedUrl: absolute(paths.feed()),
    pageUrl: absolute(paths.home()),
    entries: site.entries,
    urlOf: (entry) => absolute(paths.entry(entry.id)),
    councilName: site.councilName,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
