import { describe, expect, it } from 'vitest';
import { astroLogLevel, deviceOf, outDirProblem } from '../../src/lib/settings.ts';

describe('outDirProblem', () => {
  // Two disks: the project's, and /mnt's.
  const device = (where: string) => (where.startsWith('/mnt') ? 2 : 1);

  it('allows a folder inside the project, or outside it on the same disk', () => {
    expect(outDirProblem('/work/site', '/work/site/dist', device)).toBeUndefined();
    expect(outDirProblem('/work/site', '/work/site/.bench/dist', device)).toBeUndefined();
    expect(outDirProblem('/work/site', '/tmp/site', device)).toBeUndefined();
  });

  it('says why a folder on another disk cannot be built into, and what to do', () => {
    const problem = outDirProblem('/work/site', '/mnt/www/journeys', device);
    expect(problem).toContain('IJ_OUT_DIR is /mnt/www/journeys');
    expect(problem).toContain('another disk');
    expect(problem).toContain('copy the site from there');
  });

  it('refuses a folder beside the project whose name starts with the project\'s, which Astro takes for one inside it', () => {
    const problem = outDirProblem('/work/site', '/work/site-out', device);
    expect(problem).toContain('IJ_OUT_DIR is /work/site-out, beside the project (/work/site)');
    expect(problem).toContain("one whose name does not start with site");
    expect(outDirProblem('/work/site', '/work/out-site', device)).toBeUndefined();
  });

  it('asks the disk of a folder not made yet from the nearest one above it that exists', () => {
    expect(deviceOf(`${import.meta.dirname}/no/such/folder`)).toBe(deviceOf(import.meta.dirname));
  });
});

describe('astroLogLevel', () => {
  it("keeps Astro to its warnings and errors unless IJ_BUILD_LOG asks for its whole log or its errors only", () => {
    expect(astroLogLevel(undefined)).toEqual({ level: 'warn' });
    expect(astroLogLevel('')).toEqual({ level: 'warn' });
    expect(astroLogLevel('full')).toEqual({ level: 'info' });
    expect(astroLogLevel(' silent ')).toEqual({ level: 'error' });
  });

  it('names a value it does not know, and the ones it does', () => {
    expect(astroLogLevel('verbose').problem).toBe("IJ_BUILD_LOG='verbose' is not a build log setting (allowed: full, silent, or not set)");
  });
});
