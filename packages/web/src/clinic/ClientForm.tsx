import { useId, useState } from 'react';
import type { Schemas } from '../api/client.ts';
import { fieldError, problemMessage, problemOf } from '../api/problems.ts';
import { todayIso } from './format.ts';

export interface ClientFormValues {
  name: string;
  email: string;
  phone: string;
  dateOfBirth: string;
  emergencyName: string;
  emergencyPhone: string;
}

export const EMPTY_CLIENT: ClientFormValues = {
  name: '',
  email: '',
  phone: '',
  dateOfBirth: '',
  emergencyName: '',
  emergencyPhone: '',
};

export function valuesOf(profile: Schemas['ClientProfile']): ClientFormValues {
  return {
    name: profile.name,
    email: profile.email ?? '',
    phone: profile.phone ?? '',
    dateOfBirth: profile.dateOfBirth ?? '',
    emergencyName: profile.emergencyContact.name ?? '',
    emergencyPhone: profile.emergencyContact.phone ?? '',
  };
}

/** The form's text → the API's input: an empty field clears the value. */
export function inputOf(values: ClientFormValues): Schemas['ClientInput'] {
  const text = (value: string): string | null => value.trim() || null;
  return {
    name: values.name.trim(),
    email: text(values.email),
    phone: text(values.phone),
    dateOfBirth: text(values.dateOfBirth),
    emergencyContact: { name: text(values.emergencyName), phone: text(values.emergencyPhone) },
  };
}

type Field = keyof ClientFormValues;

/** Where the server names each field in a problem's `errors`. */
const SERVER_FIELDS: Readonly<Record<Field, string>> = {
  name: 'name',
  email: 'email',
  phone: 'phone',
  dateOfBirth: 'dateOfBirth',
  emergencyName: 'emergencyContact.name',
  emergencyPhone: 'emergencyContact.phone',
};

const LABELS: Readonly<Record<Field, string>> = {
  name: 'Full name',
  email: 'Email',
  phone: 'Phone',
  dateOfBirth: 'Date of birth',
  emergencyName: 'Emergency contact name',
  emergencyPhone: 'Emergency contact phone',
};

function checkLocally(values: ClientFormValues): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  if (!values.name.trim()) errors.name = 'Enter the client’s full name.';
  const email = values.email.trim();
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    errors.email = 'Enter an email address like name@example.com, or leave it empty.';
  }
  if (values.dateOfBirth && values.dateOfBirth > todayIso())
    errors.dateOfBirth = 'A date of birth cannot be in the future.';
  return errors;
}

/**
 * A client's contact details: used to add a client and to edit one. Errors show beside each field
 * and in a summary; the server's answer (e.g. a date it refuses) is shown the same way.
 */
export function ClientForm({
  initial,
  submitLabel,
  pendingLabel,
  onSubmit,
  onCancel,
  pending,
  error,
}: {
  initial: ClientFormValues;
  submitLabel: string;
  pendingLabel: string;
  onSubmit: (values: ClientFormValues) => void;
  onCancel?: () => void;
  pending: boolean;
  error: unknown;
}): React.JSX.Element {
  const id = useId();
  const [values, setValues] = useState(initial);
  const [localErrors, setLocalErrors] = useState<Partial<Record<Field, string>>>({});
  const problem = problemOf(error);
  const errorOf = (field: Field): string | undefined => localErrors[field] ?? fieldError(problem, SERVER_FIELDS[field]);
  const fields = Object.keys(LABELS) as Field[];
  const withErrors = fields.filter((f) => errorOf(f));
  const generalError = error && withErrors.length === 0 ? problemMessage(problem) : undefined;

  const set = (field: Field) => (event: React.ChangeEvent<HTMLInputElement>) =>
    setValues({ ...values, [field]: event.target.value });

  const input = (field: Field, type: string, extra: React.InputHTMLAttributes<HTMLInputElement> = {}) => {
    const message = errorOf(field);
    const hint = extra['aria-describedby'];
    return (
      <div className="field">
        <label htmlFor={`${id}-${field}`}>
          {LABELS[field]}
          {field === 'name' ? null : <span className="muted"> (optional)</span>}
        </label>
        <input
          id={`${id}-${field}`}
          type={type}
          value={values[field]}
          onChange={set(field)}
          aria-invalid={message ? true : undefined}
          {...extra}
          aria-describedby={[hint, message ? `${id}-${field}-error` : undefined].filter(Boolean).join(' ') || undefined}
        />
        {message ? (
          <p className="field__error" id={`${id}-${field}-error`}>
            {message}
          </p>
        ) : null}
      </div>
    );
  };

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const errors = checkLocally(values);
        setLocalErrors(errors);
        if (Object.keys(errors).length === 0) onSubmit(values);
      }}
    >
      {withErrors.length > 0 ? (
        <div className="alert alert--error" role="alert">
          <p>Please check these details:</p>
          <ul>
            {withErrors.map((f) => (
              <li key={f}>
                <a href={`#${id}-${f}`}>
                  {LABELS[f]}: {errorOf(f)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {generalError ? (
        <p className="alert alert--error" role="alert">
          {generalError}
        </p>
      ) : null}
      {input('name', 'text', { autoComplete: 'off', required: true })}
      <div className="field-row">
        {input('email', 'email', { autoComplete: 'off', inputMode: 'email' })}
        {input('phone', 'tel', { autoComplete: 'off' })}
      </div>
      {input('dateOfBirth', 'date', { max: todayIso(), min: '1900-01-01' })}
      <fieldset className="clinic-fieldset">
        <legend>Emergency contact</legend>
        <div className="field-row">
          {input('emergencyName', 'text', { autoComplete: 'off' })}
          {input('emergencyPhone', 'tel', { autoComplete: 'off' })}
        </div>
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? pendingLabel : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
