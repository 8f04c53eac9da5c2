/**
 * The _headers file: every rule under the site's base, and a policy that
 * forbids framing both ways.
 */
import { describe, expect, it } from 'vitest';
import { headersFile } from '../../src/lib/http-headers.ts';
import { contentSecurityPolicy } from '../../src/lib/site-meta.ts';

const paths = (text: string) => text.split('\n').filter((line) => line.startsWith('/'));

describe('headersFile', () => {
  it('puts every rule under the base', () => {
    expect(paths(headersFile('/'))).toEqual(['/*', '/_astro/*', '/pagefind/*']);
    expect(paths(headersFile('/journeys/'))).toEqual(['/journeys/*', '/journeys/_astro/*', '/journeys/pagefind/*']);
  });

  it('sends the pages’ own policy, plus frame-ancestors, and the headers a meta tag cannot set', () => {
    const text = headersFile('/');
    expect(text).toContain(`  Content-Security-Policy: ${contentSecurityPolicy}; frame-ancestors 'none'\n`);
    expect(text).toContain('  X-Frame-Options: DENY\n');
    expect(text).toContain('  Strict-Transport-Security: max-age=31536000\n');
  });

  it('under a sub-path, leaves the header that would hold for the whole domain as a comment', () => {
    expect(headersFile('/journeys/')).toContain('\n  # for the whole domain, only where all of it is HTTPS: Strict-Transport-Security: max-age=31536000\n');
    expect(headersFile('/journeys/')).not.toMatch(/^ {2}Strict-Transport-Security/m);
  });

  it('caches only content-named assets for long', () => {
    expect(headersFile('/')).toMatch(/^\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
    expect(headersFile('/')).toMatch(/^\/pagefind\/\*\n {2}Cache-Control: no-cache$/m);
  });
});
