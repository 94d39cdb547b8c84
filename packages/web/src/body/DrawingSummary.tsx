import { PAIN_QUALITIES, type PainQuality } from '@myomap/core/body/pain-drawing.ts';
import { regionLabel } from '../atlas/labels.ts';
import type { DrawingAction, MarkedRegion } from './usePainDrawing.ts';

const QUALITY_LABELS: Readonly<Record<PainQuality, string>> = {
  aching: 'Aching',
  sharp: 'Sharp',
  burning: 'Burning',
  tingling: 'Tingling or numb',
};

function RegionEditor({
  mark,
  dispatch,
}: {
  mark: MarkedRegion;
  dispatch: React.Dispatch<DrawingAction>;
}): React.JSX.Element {
  const label = regionLabel(mark.region);
  return (
    <div className="region-editor">
      <label className="region-editor__intensity">
        <span>
          Intensity for {label.charAt(0).toLowerCase() + label.slice(1)}: <strong>{mark.intensity}</strong> out of 10
        </span>
        <input
          type="range"
          min={1}
          max={10}
          step={1}
          value={mark.intensity}
          onChange={(e) => dispatch({ type: 'intensity', region: mark.region, intensity: Number(e.target.value) })}
        />
      </label>
      <fieldset className="region-editor__qualities">
        <legend>What it feels like</legend>
        {PAIN_QUALITIES.map((q) => (
          <label key={q} className="chip">
            <input
              type="checkbox"
              checked={mark.qualities.includes(q)}
              onChange={() => dispatch({ type: 'quality', region: mark.region, quality: q })}
            />
            <span>{QUALITY_LABELS[q]}</span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}

export interface DrawingSummaryProps {
  regions: readonly MarkedRegion[];
  selected: string | undefined;
  onSelect: (region: string) => void;
  dispatch: React.Dispatch<DrawingAction>;
  canUndo: boolean;
}

/** What the person has drawn, in words: the accessible twin of the figure, with the editor for the selected region. */
export function DrawingSummary({
  regions,
  selected,
  onSelect,
  dispatch,
  canUndo,
}: DrawingSummaryProps): React.JSX.Element {
  const selectedMark = regions.find((r) => r.region === selected);
  return (
    <section aria-labelledby="drawing-title" className="drawing-summary">
      <div className="drawing-summary__header">
        <h2 id="drawing-title">Where it hurts</h2>
        <div className="button-row">
          <button
            type="button"
            className="button button--small"
            disabled={!canUndo}
            onClick={() => dispatch({ type: 'undo' })}
          >
            Undo
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={regions.length === 0}
            onClick={() => dispatch({ type: 'clear' })}
          >
            Clear all
          </button>
        </div>
      </div>
      <p role="status" className="muted">
        {regions.length === 0
          ? 'Nothing marked yet. Tap or click where it hurts, or find a place by name.'
          : `${regions.length} ${regions.length === 1 ? 'place' : 'places'} marked.`}
      </p>
      {selectedMark ? <RegionEditor mark={selectedMark} dispatch={dispatch} /> : null}
      {regions.length > 0 ? (
        <ul className="drawing-list" aria-label="Marked places">
          {regions.map((mark) => {
            const label = regionLabel(mark.region);
            return (
              <li key={mark.region} className={mark.region === selected ? 'drawing-list__item--selected' : undefined}>
                <button type="button" className="link-button" onClick={() => onSelect(mark.region)}>
                  {label}
                </button>
                <span>
                  {' '}
                  — {mark.intensity}/10{mark.qualities.length > 0 ? `, ${mark.qualities.join(', ')}` : ''}
                </span>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove ${label}`}
                  onClick={() => dispatch({ type: 'unmark', region: mark.region })}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
