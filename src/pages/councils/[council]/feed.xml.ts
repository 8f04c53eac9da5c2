import type { APIRoute } from 'astro';
import { absolute, councilPaths, getSite } from '../../../data/site.ts';
import { atomFeed } from '../../../lib/open-data.ts';
import { paths } from '../../../lib/paths.ts';
import { SITE_NAME } from '../../../lib/site-meta.ts';

export const getStaticPaths = councilPaths;

export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  const council = site.council(params.council!)!;
  const body = atomFeed({
    title: `${council.data.short_name}: children's services journey – ${SITE_NAME}`,
    feedUrl: absolute(paths.councilFeed(council.id)),
    pageUrl: absolute(paths.council(council.id)),
    entries: council.entries,
    urlOf: (entry) => absolute(paths.entry(entry.id)),
    councilName: () => council.data.short_name,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
