/**
 * `npm run dev` on a scratch copy of the fixture site with a mistake in
 * it: the preview still starts, leaves the broken file out, and lists the
 * problem (file, line, field, what is allowed) on every page until the
 * file is fixed and saved; then the entry is back and the list is gone.
 * And the preview is styled: its policy lets Vite's inline styles through.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { buildEnvironment, repoRoot } from './support/build.ts';

let dir: string;
let child: ChildProcess | undefined;
afterAll(async () => {
  child?.kill('SIGKILL');
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Starts the dev server and resolves with its address once it answers. */
async function startPreview(contentDir: string): Promise<string> {
  const astro = path.join(repoRoot, 'node_modules/astro/bin/astro.mjs');
  // Vitest's own variables would make the dev server serve nothing (404 for every page).
  child = spawn(process.execPath, [astro, 'dev', '--port', '0'], { cwd: repoRoot, env: { ...buildEnvironment(), IJ_CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' } });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<never>((_, reject) => child!.on('close', (code) => reject(new Error(`astro dev exited (${code}):\n${output}`))));
  const started = Date.now();
  for (;;) {
    // CI may force colours, which put escape codes between "Local" and the address.
    const url = /Local\s+(http:\/\/localhost:\d+\/)/.exec(stripVTControlCharacters(output))?.[1];
    if (url) return url;
    if (Date.now() - started > 60_000) throw new Error(`astro dev did not start:\n${output}`);
    await Promise.race([exited, new Promise((r) => setTimeout(r, 100))]);
  }
}

async function get(base: string, page: string) {
  const response = await fetch(new URL(page, base));
  return { status: response.status, html: await response.text() };
}

/** Polls a page until `done` holds (the preview reloads content a moment after a save). */
async function until(base: string, page: string, done: (r: { status: number; html: string }) => boolean) {
  const started = Date.now();
  for (;;) {
    const result = await get(base, page);
    if (done(result)) return result;
    if (Date.now() - started > 30_000) throw new Error(`${page} did not change: ${result.status}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('npm run dev with a mistake in a file', () => {
  it('keeps previewing, lists the problem on every page, and takes the fix when it is saved', { timeout: 120_000 }, async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'ij-preview-'));
    await cp(path.join(repoRoot, 'tests/fixtures/site'), dir, { recursive: true });
    const file = path.join(dir, 'entries/southwell/2018-11-28-focused-visit.md');
    const good = await readFile(file, 'utf8');
    await writeFile(file, good.replace('kind: focused-visit', 'kind: focussed-visit'));
    // A file with a warning: still a page, and the warning is on every page too, not only in the terminal.
    const pictured = path.join(dir, 'entries/northby/2018-09-06-deep-dive.md');
    await writeFile(pictured, `${await readFile(pictured, 'utf8')}\n![Chart of caseloads](chart3.png)\n`);

    const base = await startPreview(dir);
    // Vite may still be preparing its modules when the server says it is ready.
    const council = await until(base, 'councils/southwell/', (r) => r.status === 200);
    const alert = /<div class="panel problem-banner" role="alert">([\s\S]*?)<\/div>/.exec(council.html)?.[1] ?? '';
    expect(alert).toContain('A content file has a problem');
    expect(alert).toMatch(/2018-11-28-focused-visit\.md<\/code>, line 3, kind: &#39;focussed-visit&#39; is not a kind \(did you mean focused-visit\?\)/);
    expect((await get(base, 'councils/southwell/2018-11-28-focused-visit/')).status).toBe(404);
    const warned = /<div class="panel warning-banner">([\s\S]*?)<\/div>/.exec(council.html)?.[1] ?? '';
    expect(warned).toContain('A content file has a warning');
    expect(warned).toMatch(/2018-09-06-deep-dive\.md<\/code>, line \d+, text: the site does not show images: this one becomes the words “Image: Chart of caseloads” alone, since chart3\.png is not a web address/);
    expect((await get(base, 'councils/northby/2018-09-06-deep-dive/')).status).toBe(200);
    // Every other page is still there, with the same list.
    const home = await get(base, '');
    expect(home.status).toBe(200);
    expect(home.html).toContain('role="alert"');
    // Styled as the built site is: the preview's stylesheets are inline <style>s, which its policy must allow.
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const blocked: string[] = [];
      page.on('console', (message) => message.text().includes('Content Security Policy') && blocked.push(message.text()));
      await page.goto(new URL('councils/southwell/', base).href, { waitUntil: 'networkidle' });
      expect(await page.locator('[role="alert"]').evaluate((el) => getComputedStyle(el).borderLeftWidth)).toBe('5px');
      expect(blocked).toEqual([]);
    } finally {
      await browser.close();
    }

    await writeFile(file, good);
    const fixed = await until(base, 'councils/southwell/2018-11-28-focused-visit/', (r) => r.status === 200);
    expect(fixed.html).not.toContain('role="alert"');
    expect((await get(base, 'councils/southwell/')).html).not.toContain('role="alert"');
    // An address typed without its last slash is answered, as a web server would (trailingSlash 'ignore').
    expect((await get(base, 'councils/southwell')).status).toBe(200);
  });
});
