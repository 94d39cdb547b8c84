import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { api, type Schemas } from '../api/client.ts';
import { fieldError, problemMessage, problemOf, unwrap } from '../api/problems.ts';
import { formatDateTime } from './format.ts';

type Consent = Schemas['ConsentStatus'];

function statusText(consent: Consent, erased: boolean): string {
  if (consent.signedAt) return `Signed ${formatDateTime(consent.signedAt)}`;
  if (erased) return 'Not signed';
  if (consent.signedEarlierVersion !== null) {
    return `To sign again: the text changed since version ${consent.signedEarlierVersion} was signed`;
  }
  return 'Not signed yet';
}

/** Signing in clinic: the client reads the form on this device and types their full name. */
function SignInClinic({
  clinicId,
  clientId,
  consent,
  onSigned,
  onCancel,
}: {
  clinicId: string;
  clientId: string;
  consent: Consent;
  onSigned: (consents: Consent[]) => void;
  onCancel: () => void;
}): React.JSX.Element {
  const id = useId();
  const [name, setName] = useState('');
  const [missing, setMissing] = useState(false);
  const sign = useMutation({
    mutationFn: async (signedName: string) =>
      unwrap(
        await api.POST('/api/clinics/{clinicId}/clients/{clientId}/consents', {
          params: { path: { clinicId, clientId } },
          body: { formId: consent.formId, signedName },
        }),
      ),
    onSuccess: onSigned,
  });
  const problem = problemOf(sign.error);
  const error = missing ? 'The client types their full name to sign.' : fieldError(problem, 'signedName');
  const general = sign.error && !error ? problemMessage(problem) : undefined;
  return (
    <form
      className="form clinic-consent__sign"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const trimmed = name.trim();
        setMissing(!trimmed);
        if (trimmed) sign.mutate(trimmed);
      }}
    >
      <p>
        Hand the device to the client. They read the form above and type their full name: that is their signature, with
        today’s date and time.
      </p>
      {general ? (
        <p className="alert alert--error" role="alert">
          {general}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-name`}>Full name, typed by the client</label>
        <input
          id={`${id}-name`}
          type="text"
          value={name}
          autoComplete="off"
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => setName(event.target.value)}
        />
        {error ? (
          <p className="field__error" id={`${id}-error`} role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={sign.isPending}>
          {sign.isPending ? 'Signing…' : 'Sign consent'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Each current consent form: signed or to sign, and signing in clinic. Front desk and clinicians alike. */
export function ConsentSection({
  clinicId,
  clientId,
  consents,
  erased,
  onSigned,
}: {
  clinicId: string;
  clientId: string;
  consents: Consent[] | undefined;
  erased: boolean;
  onSigned: (consents: Consent[]) => void;
}): React.JSX.Element {
  const [signing, setSigning] = useState<string | null>(null);
  const [justSigned, setJustSigned] = useState<string | null>(null);
  return (
    <section aria-labelledby="consent-title" className="card clinic-section">
      <h2 id="consent-title">Consent</h2>
      {consents === undefined ? (
        <p role="status" className="muted">
          Loading consent forms…
        </p>
      ) : consents.length === 0 ? (
        <p>The clinic has no consent forms. The owner can publish them in the clinic settings.</p>
      ) : (
        <ul className="plain-list clinic-consents">
          {consents.map((consent) => {
            const signed = consent.signedAt !== null;
            return (
              <li key={consent.formId} className="clinic-consent">
                <div className="clinic-consent__head">
                  <h3 className="clinic-consent__title">
                    {consent.title} <span className="muted">(version {consent.version})</span>
                  </h3>
                  <span className={`clinic-tag ${signed ? 'clinic-tag--ok' : 'clinic-tag--todo'}`}>
                    {statusText(consent, erased)}
                  </span>
                </div>
                {justSigned === consent.formId && signed ? (
                  <p className="alert alert--success" role="status">
                    Signature recorded.
                  </p>
                ) : null}
                <details className="clinic-details" open={signing === consent.formId || undefined}>
                  <summary>Read the form</summary>
                  <div className="clinic-consent__body">{consent.body}</div>
                </details>
                {!signed && !erased ? (
                  signing === consent.formId ? (
                    <SignInClinic
                      clinicId={clinicId}
                      clientId={clientId}
                      consent={consent}
                      onCancel={() => setSigning(null)}
                      onSigned={(next) => {
                        setSigning(null);
                        setJustSigned(consent.formId);
                        onSigned(next);
                      }}
                    />
                  ) : (
                    <button
                      type="button"
                      className="button"
                      onClick={() => {
                        setJustSigned(null);
                        setSigning(consent.formId);
                      }}
                    >
                      Record signature in clinic<span className="visually-hidden">: {consent.title}</span>
                    </button>
                  )
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
