import type { APIRoute } from 'astro';
import { absolute, getSite } from '../../data/site.ts';
import { entryRecords, recordsJson } from '../../lib/open-data.ts';
import { paths } from '../../lib/paths.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const body = recordsJson(entryRecords(site, (entry) => absolute(paths.entry(entry.id))));
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
