/**
 * Settings read from the environment, in one place, so the build, the
 * scripts and the tests agree on them.
 */
import { statSync } from 'node:fs';
import path from 'node:path';

/** The content directory the build and scripts read: `content/` unless IJ_CONTENT_DIR says otherwise. */
export function contentDir(): string {
  return process.env.IJ_CONTENT_DIR || 'content';
}

/** Where the built site goes: `dist/` unless IJ_OUT_DIR says otherwise (tests build fixtures elsewhere). */
export function outDir(): string {
  return process.env.IJ_OUT_DIR || 'dist';
}

/**
 * Astro's log level in `npm run build` (IJ_BUILD_LOG). By default only its
 * warnings and errors: its line for every page (1,400 at 800 entries) would
 * scroll the content check's warnings out of sight, and the build prints a
 * line of its own for each phase instead. `full` gives Astro's whole log;
 * `silent` only its errors (the benchmark and the end-to-end tests).
 */
export function astroLogLevel(value = process.env.IJ_BUILD_LOG): { level: 'info' | 'warn' | 'error'; problem?: string } {
  const written = value?.trim() ?? '';
  if (written === 'full') return { level: 'info' };
  if (written === 'silent') return { level: 'error' };
  if (written === '') return { level: 'warn' };
  return { level: 'warn', problem: `IJ_BUILD_LOG='${written}' is not a build log setting (allowed: full, silent, or not set)` };
}

/** The device (disk) a path is on, or the nearest folder above it that exists. */
export function deviceOf(where: string): number {
  for (;;) {
    try {
      return statSync(where).dev;
    } catch {
      if (path.dirname(where) === where) throw new Error(`No folder of ${where} exists`);
      where = path.dirname(where);
    }
  }
}

/**
 * Why the site cannot be built into `out`, or undefined. Astro builds a site
 * whose folder is outside the project in the project's .astro/ folder, then
 * moves its files into place, which no system can do from one disk to
 * another (Node fails with EXDEV and a stack trace).
 */
export function outDirProblem(project: string, out: string, device: (where: string) => number = deviceOf): string | undefined {
  const relative = path.relative(project, out);
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  if (!inside && out.startsWith(project)) {
    // Astro asks whether the folder is inside the project by its path's first letters alone.
    return `IJ_OUT_DIR is ${out}, beside the project (${project}) with a name that starts with the project's: Astro takes it for a folder inside the project, and the build then cannot find the project's packages. Build into a folder inside the project (dist/, the default), or one whose name does not start with ${path.basename(project)}.`;
  }
  if (inside || device(out) === device(project)) return undefined;
  return `IJ_OUT_DIR is ${out}, which is on another disk from the project (${project}). Astro builds a site outside the project in the project's .astro folder and then moves its files into place, which cannot be done from one disk to another. Build into a folder inside the project (dist/, the default) and copy the site from there.`;
}
