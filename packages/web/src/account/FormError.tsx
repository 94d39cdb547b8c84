import { summariseError } from './errors.ts';

/** The summary of a failed request above a form, read out as soon as it appears. */
export function FormError({
  error,
  labels,
}: {
  error: unknown;
  labels?: Readonly<Record<string, string>>;
}): React.JSX.Element | null {
  if (error === null || error === undefined) return null;
  const summary = summariseError(error, labels);
  return (
    <div role="alert" className="alert alert--error">
      <p className="alert__message">{summary.message}</p>
      {summary.fields.length > 0 ? (
        <ul>
          {summary.fields.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
