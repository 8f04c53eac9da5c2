/**
 * The `_headers` file that Netlify and Cloudflare Pages read: security
 * headers for every file, and cache lifetimes, under the base the site is
 * published at. docs/deploying.md lists the same set for other hosts.
 */
import { contentSecurityPolicy } from './site-meta.ts';

export const SECURITY_HEADERS = {
  // frame-ancestors only works in a header, not in the pages' <meta> policy.
  'Content-Security-Policy': `${contentSecurityPolicy}; frame-ancestors 'none'`,
  // The same for browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Strict-Transport-Security': 'max-age=31536000',
};

/**
 * Astro names its assets by their content, so they can be kept for a year.
 * Pagefind's entry files (pagefind.js, pagefind-entry.json, wasm.*) keep
 * their names from build to build, so a browser must check them each time.
 */
export const CACHE_RULES = {
  '_astro/*': 'public, max-age=31536000, immutable',
  'pagefind/*': 'no-cache',
};

/**
 * The file's text for a site whose base is e.g. `/journeys/` (with the slash
 * at both ends). Under a sub-path, Strict-Transport-Security is left as a
 * comment: it would hold for the whole domain, which the site does not own.
 */
export function headersFile(base: string): string {
  const domainWide = (name: string) => base !== '/' && name === 'Strict-Transport-Security';
  const rule = (path: string, headers: Record<string, string>) => [
    `${base}${path}`,
    ...Object.entries(headers).map(([name, value]) => `${domainWide(name) ? '  # for the whole domain, only where all of it is HTTPS: ' : '  '}${name}: ${value}`),
  ];
  return [
    '# Headers for hosts that read a _headers file (Netlify, Cloudflare Pages); see docs/deploying.md.',
    ...rule('*', SECURITY_HEADERS),
    ...Object.entries(CACHE_RULES).flatMap(([path, value]) => rule(path, { 'Cache-Control': value })),
    '',
  ].join('\n');
}
