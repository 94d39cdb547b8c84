import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderViewRegions } from './view-regions.render.ts';

describe('generated view region table', () => {
  it('matches the figures (run packages/core/scripts/generate-view-regions.ts after changing one)', () => {
    const committed = readFileSync(new URL('./view-regions.generated.ts', import.meta.url), 'utf8');
    expect(committed).toBe(renderViewRegions());
  });
});
