/**
 * Builds the fixture site (tests/fixtures/site) once for all end-to-end
 * tests and serves it on localhost; tests read its address with inject('siteUrl').
 */
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { FIXTURE_CONTACT, buildSite, repoRoot } from './build.ts';
import { serveSite } from '../../../scripts/serve-static.ts';

export const FIXTURE_OUT = path.join(repoRoot, '.test-dist/site');

export default async function setup(project: TestProject) {
  const build = await buildSite({ content: 'tests/fixtures/site', out: FIXTURE_OUT, env: { IJ_CONTACT: FIXTURE_CONTACT } });
  if (build.code !== 0) throw new Error(`Fixture site did not build:\n${build.output}`);
  const site = await serveSite(FIXTURE_OUT);
  project.provide('siteUrl', site.url);
  project.provide('siteDir', FIXTURE_OUT);
  return () => site.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    siteDir: string;
  }
}
