/**
 * `_headers` at the site's base, with the base in its paths. Astro leaves
 * page files whose names start with "_" out of the build, so the name is
 * given here instead.
 */
import type { APIRoute } from 'astro';
import { href } from '../data/site.ts';
import { headersFile } from '../lib/http-headers.ts';

export const getStaticPaths = () => [{ params: { headers: '_headers' } }];

export const GET: APIRoute = () =>
  new Response(headersFile(href()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
