import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { createAtlasFinder } from '@myomap/core/finder/atlas-finder.ts';
import type { FinderOutput } from '@myomap/core/finder/finder.ts';
import { FinderResults } from './FinderResults.tsx';

afterEach(cleanup);

const find = createAtlasFinder();
const shin = [
  { region: 'shin.right', intensity: 4 },
  { region: 'ankle.front.right', intensity: 7 },
  { region: 'toe.big.top.right', intensity: 7 },
];

function show(output: FinderOutput): void {
  render(
    <MemoryRouter>
      <FinderResults output={output} loading={false} shown={undefined} onShow={() => {}} onAnswer={() => {}} />
    </MemoryRouter>,
  );
}

describe('FinderResults', () => {
  it('puts "see a doctor first" above the muscles when a foot has started to drop', () => {
    show(find({ regions: shin, symptoms: ['foot-drop'], top: 8 }));
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'See a doctor first' })).toBeDefined();
    expect(alert.textContent).toMatch(/A foot that slaps, drags or catches\./);
    expect(alert.textContent).toMatch(/trigger points do not cause it/);
  });

  it('shows no warning for the same drawing without a warning symptom', () => {
    show(find({ regions: shin, top: 8 }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('link', { name: 'Tibialis anterior' })).toBeDefined();
  });
});
