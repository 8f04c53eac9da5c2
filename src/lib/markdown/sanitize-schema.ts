/**
 * What HTML an entry may contain once rendered: GitHub's sanitising rules
 * (hast-util-sanitize's default), tightened for a public-sector site that
 * makes no third-party requests and has one h1 per page.
 */
import { defaultSchema } from 'rehype-sanitize';
import type { Options as SanitizeSchema } from 'rehype-sanitize';

/** Images and embeds would fetch from other sites; inputs and tab stops don't belong in prose. */
const REMOVED_TAGS = new Set(['img', 'picture', 'source', 'input']);
const REMOVED_ATTRIBUTES = new Set(['tabIndex', 'accessKey']);

export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !REMOVED_TAGS.has(tag)),
  attributes: {
    ...defaultSchema.attributes,
    '*': (defaultSchema.attributes?.['*'] ?? []).filter((a) => typeof a !== 'string' || !REMOVED_ATTRIBUTES.has(a)),
  },
  // Whole elements whose content is code or an embedded document, never text to keep.
  strip: ['script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript', 'svg', 'math'],
};
