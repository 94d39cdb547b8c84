import { useId, useMemo, useState } from 'react';
import type { Side } from '@myomap/core/body/region.types.ts';
import { createAtlasFinder } from '@myomap/core/finder/atlas-finder.ts';
import type { Finder } from '@myomap/core/finder/finder.ts';
import type { NoteTechnique } from '@myomap/core/practice/session-note.ts';
import { newTreatedPoint, type MarkedRegion, type TreatedPointRow } from './note-form.ts';
import {
  searchTriggerPoints,
  TECHNIQUE_OPTIONS,
  triggerPointLabel,
  triggerPointOption,
  usualSide,
} from './trigger-points.ts';

let finder: Finder | undefined;
function atlasFinder(): Finder {
  finder ??= createAtlasFinder();
  return finder;
}

interface Suggestion {
  triggerPoint: string;
  side: Side;
  muscle: string;
}

const SUGGESTION_COUNT = 6;

/** The most telling trigger point of each leading muscle for the body chart, on the side(s) it explains. */
function suggestionsFor(regions: readonly MarkedRegion[]): Suggestion[] {
  if (regions.length === 0) return [];
  const output = atlasFinder()({ regions, top: SUGGESTION_COUNT + 2 });
  return output.results.flatMap((result) => {
    const triggerPoint = result.triggerPoints[0];
    return triggerPoint ? result.sides.map((side) => ({ triggerPoint, side, muscle: result.name })) : [];
  });
}

function sideLabel(side: Side): string {
  return side === 'left' ? 'left' : 'right';
}

function PointRow({
  row,
  index,
  errors,
  onChange,
  onRemove,
}: {
  row: TreatedPointRow;
  index: number;
  errors: ReadonlyMap<string, string>;
  onChange: (row: TreatedPointRow) => void;
  onRemove: () => void;
}): React.JSX.Element {
  const label = triggerPointLabel(row.triggerPoint);
  const description = triggerPointOption(row.triggerPoint)?.description;
  const error = (field: string): string | undefined => errors.get(`treatedPoints[${index}].${field}`);
  const rowError = errors.get(`treatedPoints[${index}]`) ?? error('triggerPoint');
  const described = (field: string, hint?: string): string | undefined =>
    [hint, error(field) ? `${row.key}-${field}-error` : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <li className="treated-point">
      <fieldset className="treated-point__fieldset">
        <legend className="treated-point__legend">
          <span className="treated-point__name">{label}</span>
          <span className="visually-hidden">, {sideLabel(row.side)} side</span>
        </legend>
        {description ? <p className="treated-point__where muted">{description}</p> : null}
        {rowError ? <p className="field__error">{rowError}</p> : null}
        <div className="treated-point__controls">
          <fieldset className="field treated-point__side" aria-describedby={described('side')}>
            <legend>Side</legend>
            <div className="segmented-choice">
              {(['left', 'right'] as const).map((side) => (
                <label key={side} className="chip">
                  <input
                    type="radio"
                    id={`${row.key}-side-${side}`}
                    name={`${row.key}-side`}
                    checked={row.side === side}
                    onChange={() => onChange({ ...row, side })}
                  />
                  <span>{side === 'left' ? 'Left' : 'Right'}</span>
                </label>
              ))}
            </div>
            {error('side') ? (
              <p className="field__error" id={`${row.key}-side-error`}>
                {error('side')}
              </p>
            ) : null}
          </fieldset>
          <div className="field">
            <label htmlFor={`${row.key}-technique`}>Technique</label>
            <select
              id={`${row.key}-technique`}
              value={row.technique}
              aria-invalid={error('technique') ? true : undefined}
              aria-describedby={described('technique')}
              onChange={(e) => onChange({ ...row, technique: e.target.value as NoteTechnique })}
            >
              {TECHNIQUE_OPTIONS.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
            {error('technique') ? (
              <p className="field__error" id={`${row.key}-technique-error`}>
                {error('technique')}
              </p>
            ) : null}
          </div>
          <div className="field treated-point__duration">
            <label htmlFor={`${row.key}-durationSeconds`}>Duration in seconds</label>
            <input
              id={`${row.key}-durationSeconds`}
              type="number"
              inputMode="numeric"
              min={0}
              max={3600}
              step={1}
              value={row.durationSeconds}
              aria-invalid={error('durationSeconds') ? true : undefined}
              aria-describedby={described('durationSeconds', `${row.key}-duration-hint`)}
              onChange={(e) => onChange({ ...row, durationSeconds: e.target.value })}
            />
            <span className="field__hint" id={`${row.key}-duration-hint`}>
              Optional
            </span>
            {error('durationSeconds') ? (
              <p className="field__error" id={`${row.key}-durationSeconds-error`}>
                {error('durationSeconds')}
              </p>
            ) : null}
          </div>
        </div>
        <div className="treated-point__responses">
          <label className="check-row" htmlFor={`${row.key}-localTwitch`}>
            <input
              id={`${row.key}-localTwitch`}
              type="checkbox"
              checked={row.localTwitch}
              onChange={(e) => onChange({ ...row, localTwitch: e.target.checked })}
            />
            <span>Local twitch response</span>
          </label>
          <label className="check-row" htmlFor={`${row.key}-referralReproduced`}>
            <input
              id={`${row.key}-referralReproduced`}
              type="checkbox"
              checked={row.referralReproduced}
              onChange={(e) => onChange({ ...row, referralReproduced: e.target.checked })}
            />
            <span>Referred pain reproduced</span>
          </label>
          <button type="button" className="button button--small button--danger" onClick={onRemove}>
            Remove<span className="visually-hidden"> {`${label}, ${sideLabel(row.side)} side`}</span>
          </button>
        </div>
      </fieldset>
    </li>
  );
}

/**
 * The trigger points treated: one-tap suggestions from the body chart, a search over the whole atlas,
 * and for each point its side, technique, duration and response.
 */
export function TreatedPoints({
  rows,
  regions,
  errors,
  onChange,
  onRemove,
}: {
  rows: readonly TreatedPointRow[];
  regions: readonly MarkedRegion[];
  errors: ReadonlyMap<string, string>;
  onChange: (rows: TreatedPointRow[]) => void;
  /** A row was removed: field errors that point at rows by index no longer match. */
  onRemove: () => void;
}): React.JSX.Element {
  const [query, setQuery] = useState('');
  const searchId = useId();
  const suggestions = useMemo(() => suggestionsFor(regions), [regions]);
  const open = suggestions
    .filter((s) => !rows.some((r) => r.triggerPoint === s.triggerPoint && r.side === s.side))
    .slice(0, SUGGESTION_COUNT);
  const results = useMemo(() => searchTriggerPoints(query), [query]);
  const add = (triggerPoint: string, side: Side): void => onChange([...rows, newTreatedPoint(triggerPoint, side)]);
  const defaultSide = usualSide(regions);

  return (
    <section className="note-section" aria-labelledby="treated-title">
      <h2 id="treated-title">Trigger points treated</h2>
      <div className="treated-finder">
        <h3 className="note-subheading">Suggested from the body chart</h3>
        {regions.length === 0 ? (
          <p className="muted">Mark the painful places on the body chart to see the likely trigger points here.</p>
        ) : open.length === 0 ? (
          <p className="muted">
            {suggestions.length === 0
              ? 'No trigger point in the atlas refers pain to the places marked. Search for a point below.'
              : 'All suggested points are added. Search for any other point below.'}
          </p>
        ) : (
          <ul className="suggestion-list" aria-label="Suggested trigger points">
            {open.map((s) => (
              <li key={`${s.triggerPoint}:${s.side}`}>
                <button type="button" className="button button--small" onClick={() => add(s.triggerPoint, s.side)}>
                  Add {triggerPointLabel(s.triggerPoint)} ({sideLabel(s.side)})
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="tp-search">
          <label htmlFor={searchId}>Find a trigger point</label>
          <input
            id={searchId}
            type="search"
            value={query}
            autoComplete="off"
            placeholder="e.g. trapezius, SCM, infraspinatus"
            aria-describedby={`${searchId}-hint`}
            onChange={(e) => setQuery(e.target.value)}
          />
          <span className="field__hint" id={`${searchId}-hint`}>
            Any point of the atlas; it is added on the {defaultSide} side, which you can change.
          </span>
          {query.trim() ? (
            results.length > 0 ? (
              <ul className="tp-search__results" aria-label="Trigger points found">
                {results.map((option) => (
                  <li key={option.id}>
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => {
                        add(option.id, defaultSide);
                        setQuery('');
                      }}
                    >
                      Add {option.label}
                    </button>
                    <span className="muted tp-search__where">{option.description}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p role="status" className="muted">
                No trigger point matches “{query}”.
              </p>
            )
          ) : null}
        </div>
      </div>
      <p role="status" className="muted treated-count">
        {rows.length === 0
          ? 'No trigger points added yet.'
          : `${rows.length} ${rows.length === 1 ? 'point' : 'points'} treated.`}
      </p>
      {rows.length > 0 ? (
        <ol className="treated-list" aria-label="Points treated">
          {rows.map((row, index) => (
            <PointRow
              key={row.key}
              row={row}
              index={index}
              errors={errors}
              onChange={(changed) => onChange(rows.map((r) => (r.key === row.key ? changed : r)))}
              onRemove={() => {
                onChange(rows.filter((r) => r.key !== row.key));
                onRemove();
              }}
            />
          ))}
        </ol>
      ) : null}
    </section>
  );
}
