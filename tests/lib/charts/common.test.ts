import { describe, expect, it } from 'vitest';
import { LAYOUT, NARROWEST } from '../../../src/lib/charts/common.ts';

describe('layouts', () => {
  it('draws phones’ charts so that their smallest text is at least 12 px on a 320 px screen', () => {
    // A viewBox shown NARROWEST px wide scales its units by NARROWEST / width.
    expect((LAYOUT.narrow.small * NARROWEST) / LAYOUT.narrow.width).toBeGreaterThanOrEqual(12);
  });
});
