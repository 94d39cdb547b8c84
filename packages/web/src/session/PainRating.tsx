import { useId } from 'react';

/** Pain now, 0–10 (numeric rating scale), as a row of large buttons that works by touch and keyboard. */
export function PainRating({
  label,
  value,
  onChange,
}: {
  label: string;
  value: number | undefined;
  onChange: (v: number) => void;
}): React.JSX.Element {
  const id = useId();
  return (
    <fieldset className="pain-rating" aria-describedby={id}>
      <legend>{label}</legend>
      <p id={id} className="muted">
        0 is no pain, 10 the worst pain you can imagine.
      </p>
      <div className="pain-rating__scale">
        {Array.from({ length: 11 }, (_, n) => (
          <label key={n} className="chip">
            <input type="radio" name={`${id}-pain`} checked={value === n} onChange={() => onChange(n)} />
            <span>{n}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
