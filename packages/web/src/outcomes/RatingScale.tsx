import { SCALES, type ScaleId } from '@myomap/core/outcomes/measures.ts';
import { useId } from 'react';
import './outcomes.css';

/**
 * A 0–10 rating as a row of large radio buttons (two rows on a phone), with the scale's words for 0 and 10
 * under it so a number means the same thing every day. Works by touch, mouse and keyboard (arrow keys).
 */
export function RatingScale({
  scale,
  value,
  onChange,
  onClear,
  error,
  legend,
}: {
  scale: ScaleId;
  value: number | undefined;
  onChange: (value: number) => void;
  /** Offered for optional scales, so a rating can be taken back. */
  onClear?: () => void;
  error?: string | undefined;
  legend?: string;
}): React.JSX.Element {
  const id = useId();
  const definition = SCALES[scale];
  const low = definition.anchors.find((a) => a.value === 0)?.label;
  const high = definition.anchors.find((a) => a.value === 10)?.label;
  const describedBy = [`${id}-question`, `${id}-anchors`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <fieldset className="rating" aria-describedby={describedBy}>
      <legend className="rating__legend">{legend ?? definition.label}</legend>
      <p id={`${id}-question`} className="rating__question muted">
        {definition.question}
      </p>
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
      <div className="rating__scale">
        {Array.from({ length: 11 }, (_, n) => (
          <label key={n} className="rating__option">
            <input
              type="radio"
              name={`${id}-${scale}`}
              value={n}
              checked={value === n}
              aria-invalid={error ? true : undefined}
              onChange={() => onChange(n)}
            />
            <span>{n}</span>
          </label>
        ))}
      </div>
      <p id={`${id}-anchors`} className="rating__anchors">
        <span>0: {low}</span>
        <span>10: {high}</span>
      </p>
      {onClear && value !== undefined ? (
        <button type="button" className="button button--small rating__clear" onClick={onClear}>
          Clear {definition.label.toLowerCase()}
        </button>
      ) : null}
    </fieldset>
  );
}
