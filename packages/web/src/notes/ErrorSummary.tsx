export interface SummaryItem {
  /** Shown before the message, e.g. "Session date". */
  label: string;
  message: string;
  /** The control to focus when the item is chosen. */
  target?: string | undefined;
}

function focusControl(event: React.MouseEvent<HTMLAnchorElement>, target: string): void {
  const element = document.getElementById(target);
  if (!element) return;
  event.preventDefault();
  element.scrollIntoView({ block: 'center' });
  element.focus();
}

/**
 * What went wrong with a form, in one place: the server's sentence and each field's message, each
 * one a link to its control. Announced as soon as it appears (role="alert").
 */
export function ErrorSummary({
  title,
  detail,
  items,
  ref,
}: {
  title: string;
  detail?: string | undefined;
  items: readonly SummaryItem[];
  ref?: React.Ref<HTMLDivElement>;
}): React.JSX.Element {
  return (
    <div className="alert alert--error error-summary" role="alert" ref={ref} tabIndex={-1}>
      <p className="error-summary__title">
        <strong>{title}</strong>
      </p>
      {detail ? <p>{detail}</p> : null}
      {items.length > 0 ? (
        <ul>
          {items.map((item, index) => (
            <li key={`${item.label}-${index}`}>
              {item.target ? (
                <a href={`#${item.target}`} onClick={(event) => focusControl(event, item.target!)}>
                  {item.label}: {item.message}
                </a>
              ) : (
                <>
                  {item.label}: {item.message}
                </>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
