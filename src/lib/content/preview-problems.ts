/**
 * The content problems and warnings the dev preview (`npm run dev`)
 * currently has. In the preview a mistake must not stop the server: the
 * loader leaves out the files with problems, records the problems here, and
 * every page shows them until the file is fixed and saved; warnings (files
 * that still become pages) are shown too, so an officer who never looks at
 * the terminal sees them. The loader and the pages run in one
 * process but as separate module instances (Vite loads the pages), so the
 * list lives on globalThis.
 */
import type { Problem } from './problems.ts';

const KEY = Symbol.for('improvement-journeys.preview-problems');
const store = globalThis as Record<symbol, PreviewProblems | undefined>;

export interface PreviewProblems {
  problems: Problem[];
  warnings: Problem[];
}

export function setPreviewProblems(found: PreviewProblems): void {
  store[KEY] = found;
}

export function previewProblems(): PreviewProblems {
  return store[KEY] ?? { problems: [], warnings: [] };
}
