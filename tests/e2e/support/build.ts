/**
 * Builds a content directory into a site for end-to-end tests, with the
 * same command officers and CI use (scripts/build.ts), into its own folder.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(fileURLToPath(import.meta.url), '../../../..');

export interface BuildResult {
  code: number;
  output: string;
}

/**
 * The environment of a build (or dev server) run from a test, without what
 * Vitest sets for itself (BASE_URL, MODE, NODE_ENV=test…), which Vite in
 * the child would otherwise take as its own.
 */
export function buildEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']) delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
  return env;
}

/** The fixture site's contact for its accessibility statement (IJ_CONTACT): every build of it that is compared must use it. */
export const FIXTURE_CONTACT = 'journeys@example.gov.uk';

export function buildSite(options: { content: string; out: string; siteUrl?: string; env?: Record<string, string> }): Promise<BuildResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'scripts/build.ts')], {
      cwd: repoRoot,
      env: {
        ...buildEnvironment(),
        IJ_CONTENT_DIR: options.content,
        IJ_OUT_DIR: options.out,
        IJ_SITE_URL: options.siteUrl ?? 'http://localhost:4321/',
        IJ_BUILD_LOG: 'silent',
        ...options.env,
      },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
