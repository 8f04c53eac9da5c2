/**
 * Settings read from the environment, in one place, so the build, the
 * scripts and the tests agree on them.
 */

/** The content directory the build and scripts read: `content/` unless IJ_CONTENT_DIR says otherwise. */
export function contentDir(): string {
  return process.env.IJ_CONTENT_DIR || 'content';
}

/** Where the built site goes: `dist/` unless IJ_OUT_DIR says otherwise (tests build fixtures elsewhere). */
export function outDir(): string {
  return process.env.IJ_OUT_DIR || 'dist';
}
