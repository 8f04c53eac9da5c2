import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeFingerprint } from '../../../src/lib/content/code-fingerprint.ts';

describe('codeFingerprint', () => {
  let root: string;
  const paths = ['src/lib', 'package-lock.json'];
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'ij-fingerprint-'));
    mkdirSync(path.join(root, 'src/lib/markdown'), { recursive: true });
    writeFileSync(path.join(root, 'src/lib/markdown/pipeline.ts'), "export const hint = 'Scroll sideways';\n");
    writeFileSync(path.join(root, 'src/lib/themes.ts'), 'export {};\n');
    writeFileSync(path.join(root, 'package-lock.json'), '{"rehype-sanitize":"6.0.0"}');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is the same for the same code', () => {
    expect(codeFingerprint(root, paths)).toBe(codeFingerprint(root, paths));
  });

  it('changes when a module in a nested folder changes', () => {
    const before = codeFingerprint(root, paths);
    writeFileSync(path.join(root, 'src/lib/markdown/pipeline.ts'), "export const hint = 'Scroll across';\n");
    expect(codeFingerprint(root, paths)).not.toBe(before);
  });

  it('changes when a module is added or renamed', () => {
    const before = codeFingerprint(root, paths);
    writeFileSync(path.join(root, 'src/lib/markdown/new-plugin.ts'), 'export {};\n');
    const added = codeFingerprint(root, paths);
    expect(added).not.toBe(before);
    rmSync(path.join(root, 'src/lib/markdown/new-plugin.ts'));
    rmSync(path.join(root, 'src/lib/themes.ts'));
    writeFileSync(path.join(root, 'src/lib/theme-detection.ts'), 'export {};\n');
    expect(codeFingerprint(root, paths)).not.toBe(before);
  });

  it('changes when a locked dependency version changes', () => {
    const before = codeFingerprint(root, paths);
    writeFileSync(path.join(root, 'package-lock.json'), '{"rehype-sanitize":"6.0.1"}');
    expect(codeFingerprint(root, paths)).not.toBe(before);
  });
});
