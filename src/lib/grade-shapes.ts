/**
 * Each grade's shape, so grades read without colour: in chart marks and
 * legends (SVG, from `shapePath`) and in text badges (the same shapes as
 * CSS clip-paths in site.css).
 */
import type { Grade } from './vocabulary.ts';

const n = (value: number) => Math.round(value * 10) / 10;

/** The grade's shape as absolute SVG path data, `size` across, centred on (cx, cy). */
export function shapePath(grade: Grade, cx: number, cy: number, size: number): string {
  const r = size / 2;
  const [x0, x1, y0, y1] = [n(cx - r), n(cx + r), n(cy - r), n(cy + r)];
  switch (grade) {
    case 'outstanding':
      return `M${n(cx)} ${y0}L${x1} ${n(cy)}L${n(cx)} ${y1}L${x0} ${n(cy)}Z`;
    case 'good':
      return `M${x0} ${n(cy)}a${n(r)} ${n(r)} 0 1 0 ${n(size)} 0a${n(r)} ${n(r)} 0 1 0 ${n(-size)} 0Z`;
    case 'requires-improvement':
      return `M${n(cx)} ${n(cy - r * 0.9)}L${x1} ${n(cy + r * 0.9)}H${x0}Z`;
    case 'inadequate':
      return `M${n(x0 + r * 0.1)} ${n(y0 + r * 0.1)}H${n(x1 - r * 0.1)}V${n(y1 - r * 0.1)}H${n(x0 + r * 0.1)}Z`;
  }
}

export const GRADE_SHAPE_NAMES: Record<Grade, string> = {
  outstanding: 'diamond',
  good: 'circle',
  'requires-improvement': 'triangle',
  inadequate: 'square',
};
