/**
 * Each grade's shape, so grades read without colour: in badges, chart marks
 * and legends alike. Paths fill a 10 × 10 box centred on (5, 5).
 */
import type { Grade } from './vocabulary.ts';

export const GRADE_SHAPES: Record<Grade, { name: string; path: string }> = {
  outstanding: { name: 'diamond', path: 'M5 0L10 5L5 10L0 5Z' },
  good: { name: 'circle', path: 'M5 0A5 5 0 1 1 5 10A5 5 0 1 1 5 0Z' },
  'requires-improvement': { name: 'triangle', path: 'M5 0.5L10 9.5H0Z' },
  inadequate: { name: 'square', path: 'M0.5 0.5H9.5V9.5H0.5Z' },
};
