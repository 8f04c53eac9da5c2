/**
 * The content problems the dev preview (`npm run dev`) currently has. In
 * the preview a mistake must not stop the server: the loader leaves out the
 * files with problems, records the problems here, and every page shows them
 * until the file is fixed and saved. The loader and the pages run in one
 * process but as separate module instances (Vite loads the pages), so the
 * list lives on globalThis.
 */
import type { Problem } from './problems.ts';

const KEY = Symbol.for('improvement-journeys.preview-problems');
const store = globalThis as Record<symbol, Problem[] | undefined>;

export function setPreviewProblems(problems: Problem[]): void {
  store[KEY] = problems;
}

export function previewProblems(): Problem[] {
  return store[KEY] ?? [];
}
