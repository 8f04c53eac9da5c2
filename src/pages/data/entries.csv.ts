import type { APIRoute } from 'astro';
import { absolute, getSite } from '../../data/site.ts';
import { entriesCsv, entryRecords } from '../../lib/open-data.ts';
import { paths } from '../../lib/paths.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const body = entriesCsv(entryRecords(site, (entry) => absolute(paths.entry(entry.id))));
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
