import { useMemo, useState } from 'react';
import { viewsOfRegion } from '@myomap/core/body/figures/index.ts';
import { findRegion } from '@myomap/core/body/regions.ts';
import type { ViewId } from '@myomap/core/body/region.types.ts';
import type { FinderOutput } from '@myomap/core/finder/finder.ts';
import { usePageTitle } from '../app/usePageTitle.ts';
import { useAtlas } from '../atlas/useAtlas.ts';
import { BodyMap, type Overlay } from '../body/BodyMap.tsx';
import { DrawingSummary } from '../body/DrawingSummary.tsx';
import { FinderResults } from '../body/FinderResults.tsx';
import { RegionSearch } from '../body/RegionSearch.tsx';
import { usePainDrawing } from '../body/usePainDrawing.ts';
import { ViewPicker } from '../body/ViewPicker.tsx';

export function BodyMapPage(): React.JSX.Element {
  usePageTitle('Body map');
  const [drawing, dispatch] = usePainDrawing();
  const [view, setView] = useState<ViewId>('front');
  // Off by default: the anus and genitals appear only when the person chooses to see them.
  const [showPelvic, setShowPelvic] = useState(false);
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const [shown, setShown] = useState<string | undefined>(undefined);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const { atlas } = useAtlas();
  const finder = useMemo(() => (atlas ? atlas.createAtlasFinder() : undefined), [atlas]);

  const output: FinderOutput | undefined = useMemo(() => {
    if (!finder) return undefined;
    const result = finder({ regions: drawing.regions, top: 8 });
    return { ...result, ask: result.ask.filter((r) => !dismissed.has(r)) };
  }, [finder, drawing.regions, dismissed]);

  const overlay: Overlay | undefined = useMemo(() => {
    const result = output?.results.find((r) => r.muscle === shown);
    const muscle = shown && atlas ? atlas.findMuscle(shown) : undefined;
    if (!result || !muscle || !atlas) return undefined;
    const essential = new Set<string>();
    const spillover = new Set<string>();
    for (const side of result.sides) {
      for (const tp of atlas.viewMuscle(muscle, side).triggerPoints) {
        tp.essential.forEach((r) => essential.add(r));
        tp.spillover.forEach((r) => spillover.add(r));
      }
    }
    return { essential, spillover };
  }, [output, shown, atlas]);

  const reveal = (region: string): void => {
    setSelected(region);
    if (findRegion(region)?.optIn === 'pelvic') setShowPelvic(true);
    const views = viewsOfRegion(region);
    if (!views.includes(view) && views[0]) setView(views[0]);
  };

  const marked = new Set(drawing.regions.map((r) => r.region));

  return (
    <>
      <header className="page-header">
        <h1>Body map</h1>
        <p className="lede">
          Mark where it hurts, then set how strong it is and what it feels like. Myomap shows the muscles whose trigger
          points most often send pain there. Your drawing stays in this browser.
        </p>
      </header>
      <div className="body-map-layout">
        <div className="body-map">
          <ViewPicker view={view} onChange={setView} />
          <BodyMap
            view={view}
            regions={drawing.regions}
            dispatch={dispatch}
            selected={selected}
            onSelect={setSelected}
            overlay={overlay}
            showPelvic={showPelvic}
          />
          <label className="body-map__opt-in">
            <input type="checkbox" checked={showPelvic} onChange={(event) => setShowPelvic(event.target.checked)} />{' '}
            Show pelvic regions (anus, vagina, penis, scrotum) beside the front view
          </label>
          <RegionSearch
            marked={marked}
            onPick={(region) => {
              dispatch({ type: 'mark', region });
              reveal(region);
            }}
          />
        </div>
        <div className="body-map-side">
          <DrawingSummary
            regions={drawing.regions}
            selected={selected}
            onSelect={reveal}
            dispatch={dispatch}
            canUndo={drawing.past.length > 0}
          />
          <FinderResults
            output={output}
            loading={!atlas}
            shown={shown}
            onShow={setShown}
            onAnswer={(region, hurts) => {
              if (hurts) {
                dispatch({ type: 'mark', region });
                reveal(region);
              } else setDismissed(new Set([...dismissed, region]));
            }}
          />
        </div>
      </div>
    </>
  );
}
