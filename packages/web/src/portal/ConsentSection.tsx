import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, type Schemas } from '../api/client.ts';
import { unwrap } from '../api/problems.ts';
import { fieldMessage } from '../account/errors.ts';
import { FormError } from '../account/FormError.tsx';
import { TextField } from '../account/TextField.tsx';
import { formatDateTime } from './format.ts';
import { portalRecordKey, type PortalRecord } from './queries.ts';

type Consent = Schemas['ConsentStatus'];

/** Consent forms to sign before treatment, in full, each signed by typing one's name. */
export function ConsentSection({
  clientId,
  clinicName,
  consents,
}: {
  clientId: string;
  clinicName: string;
  consents: readonly Consent[];
}): React.JSX.Element {
  const [signedNow, setSignedNow] = useState<string[]>([]);
  const toSign = consents.filter((c) => c.signedAt === null);
  const signed = consents.filter((c) => c.signedAt !== null);
  return (
    <section className="portal-section" aria-labelledby="consent-title">
      <h2 id="consent-title">{toSign.length > 0 ? 'Consent to sign first' : 'Consent'}</h2>
      {signedNow.length > 0 ? (
        <p role="status" className="alert alert--success">
          Thank you: you signed {signedNow.join(' and ')}. {clinicName} can see your signature.
        </p>
      ) : null}
      {toSign.length > 0 ? (
        <p>
          {clinicName} asks you to read and sign {toSign.length === 1 ? 'this form' : 'these forms'} before your
          treatment. Take your time, and ask the clinic about anything that is not clear.
        </p>
      ) : null}
      {toSign.map((consent) => (
        <ConsentToSign
          key={consent.formId}
          clientId={clientId}
          consent={consent}
          onSigned={() => setSignedNow((list) => [...list, consent.title])}
        />
      ))}
      {signed.length > 0 ? (
        <>
          <h3>Signed</h3>
          <ul className="plain-list signed-consents">
            {signed.map((c) => (
              <li key={c.formId}>
                <strong>{c.title}</strong> (version {c.version}), signed{' '}
                <time dateTime={c.signedAt ?? undefined}>{formatDateTime(c.signedAt ?? '')}</time>
              </li>
            ))}
          </ul>
        </>
      ) : toSign.length === 0 ? (
        <p className="muted">{clinicName} has no consent forms for you to sign.</p>
      ) : null}
    </section>
  );
}

function ConsentToSign({
  clientId,
  consent,
  onSigned,
}: {
  clientId: string;
  consent: Consent;
  onSigned: () => void;
}): React.JSX.Element {
  const queryClient = useQueryClient();
  const [signedName, setSignedName] = useState('');
  const [missing, setMissing] = useState(false);
  const sign = useMutation({
    mutationFn: async (body: Schemas['ConsentSignatureInput']) =>
      unwrap(await api.POST('/api/portal/records/{clientId}/consents', { params: { path: { clientId } }, body })),
    onSuccess: (consents) => {
      onSigned();
      queryClient.setQueryData<PortalRecord>(portalRecordKey(clientId), (old) => (old ? { ...old, consents } : old));
      void queryClient.invalidateQueries({ queryKey: portalRecordKey(clientId) });
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (signedName.trim() === '') {
      setMissing(true);
      return;
    }
    setMissing(false);
    sign.mutate({ formId: consent.formId, signedName: signedName.trim() });
  };
  const error = sign.isPending ? null : sign.error;
  const titleId = `consent-${consent.formId}`;
  return (
    <article className="card consent" aria-labelledby={titleId}>
      <h3 id={titleId}>{consent.title}</h3>
      <p className="muted">Version {consent.version}</p>
      {consent.signedEarlierVersion !== null ? (
        <p className="alert alert--warning">
          The clinic changed this form since you signed version {consent.signedEarlierVersion}. Please read it again and
          sign the new version.
        </p>
      ) : null}
      <div className="consent__text" tabIndex={0} role="region" aria-label={`Text of ${consent.title}`}>
        {consent.body}
      </div>
      <form className="form" noValidate onSubmit={submit} aria-label={`Sign ${consent.title}`}>
        <FormError error={error} labels={{ signedName: 'Your full name' }} />
        <TextField
          label="Type your full name to sign"
          hint="Typing your name here counts as your signature on this version of the form."
          name="signed-name"
          autoComplete="name"
          required
          value={signedName}
          onChange={(e) => setSignedName(e.target.value)}
          error={missing ? 'Type your full name to sign' : fieldMessage(error, 'signedName', 'Your full name')}
        />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={sign.isPending}>
            {sign.isPending ? 'Signing…' : 'Sign consent'}
          </button>
        </div>
      </form>
    </article>
  );
}
