import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useReducer, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { FIGURE_VIEWS } from '@myomap/core/body/figures/index.ts';
import type { ViewId } from '@myomap/core/body/region.types.ts';
import { BodyMap, visibleView } from './BodyMap.tsx';
import { regionInDirection } from './navigation.ts';
import { drawingReducer } from './usePainDrawing.ts';

function Harness({ view = 'front', showPelvic }: { view?: ViewId; showPelvic?: boolean }): React.JSX.Element {
  const [state, dispatch] = useReducer(drawingReducer, { regions: [], past: [] });
  const [selected, setSelected] = useState<string | undefined>(undefined);
  return (
    <>
      <BodyMap
        view={view}
        regions={state.regions}
        dispatch={dispatch}
        selected={selected}
        onSelect={setSelected}
        {...(showPelvic === undefined ? {} : { showPelvic })}
      />
      <output data-testid="state">{JSON.stringify(state.regions)}</output>
    </>
  );
}

const drawn = (): { region: string; intensity: number }[] =>
  JSON.parse(screen.getByTestId('state').textContent ?? '[]') as { region: string; intensity: number }[];

afterEach(cleanup);

describe('BodyMap', () => {
  it('names every region by its plain label and state, with one region in the tab order', () => {
    render(<Harness />);
    const boxes = screen.getAllByRole('checkbox');
    // The four pelvic regions stay hidden until the person asks for them.
    expect(boxes).toHaveLength(FIGURE_VIEWS.front.regions.length - 4);
    expect(screen.queryByRole('checkbox', { name: 'Penis' })).toBeNull();
    expect(boxes.filter((b) => b.getAttribute('tabindex') === '0')).toHaveLength(1);
    expect(screen.getByRole('checkbox', { name: 'Right temple' }).getAttribute('aria-checked')).toBe('false');
  });

  it('shows the pelvic regions only on request, named plainly', () => {
    render(<Harness showPelvic />);
    for (const name of ['Anus and rectum', 'Vagina', 'Penis', 'Scrotum and testicles']) {
      expect(screen.getByRole('checkbox', { name })).toBeDefined();
    }
    expect(visibleView(FIGURE_VIEWS.front, false, new Set(['vagina'])).regions.map((r) => r.id)).toContain('vagina');
  });

  it('announces each side of a finger and reaches the thumb web by the arrow keys', () => {
    render(<Harness view="hand-back" />);
    expect(screen.getByRole('checkbox', { name: 'Back of the right index finger' })).toBeDefined();
    const view = FIGURE_VIEWS['hand-back'];
    expect(regionInDirection(view, 'thumb.back.right', 'right')).toBe('thumb.web.right');
    render(<Harness view="hand-palm" />);
    expect(screen.getByRole('checkbox', { name: 'Palm side of the left little finger' })).toBeDefined();
  });

  it('marks by click and announces intensity', () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Right temple' }));
    expect(drawn()).toEqual([{ region: 'temple.right', intensity: 5, qualities: [] }]);
    expect(screen.getByRole('checkbox', { name: 'Right temple, 5 out of 10' }).getAttribute('aria-checked')).toBe(
      'true',
    );
  });

  it('moves with arrow keys, marks with Space and sets intensity with digits (0 = 10)', () => {
    render(<Harness />);
    const temple = screen.getByRole('checkbox', { name: 'Right temple' });
    act(() => temple.focus());
    fireEvent.keyDown(temple, { key: ' ' });
    fireEvent.keyDown(temple, { key: '0' });
    expect(drawn()).toEqual([{ region: 'temple.right', intensity: 10, qualities: [] }]);
    fireEvent.keyDown(temple, { key: 'ArrowDown' });
    const next = regionInDirection(FIGURE_VIEWS.front, 'temple.right', 'down');
    expect(next).toBeDefined();
    expect(document.activeElement?.getAttribute('data-region')).toBe(next);
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    expect(drawn().map((r) => r.region)).toEqual(['temple.right', next]);
    fireEvent.keyDown(document.activeElement!, { key: 'Delete' });
    expect(drawn().map((r) => r.region)).toEqual(['temple.right']);
  });

  it('moves only in the direction asked, preferring neighbouring regions', () => {
    const view = FIGURE_VIEWS.front;
    for (const region of view.regions.slice(0, 40)) {
      const from = region.centroid;
      for (const direction of ['up', 'down', 'left', 'right'] as const) {
        const target = regionInDirection(view, region.id, direction);
        if (!target) continue;
        const to = view.regions.find((r) => r.id === target)!.centroid;
        if (direction === 'up') expect(to.y).toBeLessThan(from.y);
        if (direction === 'down') expect(to.y).toBeGreaterThan(from.y);
        if (direction === 'left') expect(to.x).toBeLessThan(from.x);
        if (direction === 'right') expect(to.x).toBeGreaterThan(from.x);
      }
    }
  });
});
