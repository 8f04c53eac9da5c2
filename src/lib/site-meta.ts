/** Site-wide facts every page and feed uses. */
export const SITE_NAME = 'Improvement Journeys';

export const SITE_DESCRIPTION =
  'How English councils’ children’s services have been inspected and how they are improving: every Ofsted inspection and grade, with monitoring and focused visits, DfE reviews and council papers, council by council.';

/**
 * No inline script and nothing from other sites. Pagefind's search needs
 * WebAssembly ('wasm-unsafe-eval') on the search page only, but one policy
 * for all pages keeps it simple and still forbids eval and inline script.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** The dev preview's policy: Vite injects each stylesheet there as an inline <style>, which the site's policy would block. */
export const previewContentSecurityPolicy = contentSecurityPolicy.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
