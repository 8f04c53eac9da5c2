import type { APIRoute } from 'astro';
import { absolute, getSite } from '../../data/site.ts';
import { councilRecords, recordsJson } from '../../lib/open-data.ts';
import { paths } from '../../lib/paths.ts';

export const GET: APIRoute = async () => {
  const records = councilRecords(await getSite(), (id) => absolute(paths.council(id)), (id) => absolute(paths.councilFeed(id)));
  return new Response(recordsJson(records), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
