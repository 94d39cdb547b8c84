const SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/** A 0–10 pain rating as one row of large tap targets, plus "Not recorded". */
export function PainScale({
  id,
  legend,
  value,
  onChange,
  error,
}: {
  id: string;
  legend: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  error?: string | undefined;
}): React.JSX.Element {
  const errorId = `${id}-error`;
  return (
    <fieldset className="field pain-scale" aria-describedby={error ? `${id}-hint ${errorId}` : `${id}-hint`}>
      <legend>{legend}</legend>
      <p className="field__hint" id={`${id}-hint`}>
        0 is no pain, 10 the worst imaginable.
      </p>
      <div className="pain-scale__options">
        <label className="chip pain-scale__none">
          <input
            type="radio"
            id={`${id}-none`}
            name={id}
            checked={value === undefined}
            onChange={() => onChange(undefined)}
          />
          <span>Not recorded</span>
        </label>
        {SCORES.map((score) => (
          <label key={score} className="chip pain-scale__score">
            <input type="radio" name={id} checked={value === score} onChange={() => onChange(score)} />
            <span>{score}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
