import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { api, type Schemas } from '../api/client.ts';
import { unwrap } from '../api/problems.ts';
import { ClientForm, inputOf, valuesOf, type ClientFormValues } from './ClientForm.tsx';
import { formatDate, formatDay } from './format.ts';

type Profile = Schemas['ClientProfile'];

function Fact({ term, value }: { term: string; value: string | null }): React.JSX.Element {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{value ?? <span className="muted">Not recorded</span>}</dd>
    </div>
  );
}

/** Contact details, for every member of staff, with "Edit details". */
export function ProfileSection({
  clinicId,
  profile,
  onSaved,
}: {
  clinicId: string;
  profile: Profile;
  onSaved: (profile: Profile) => Promise<void>;
}): React.JSX.Element {
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const formHeading = useRef<HTMLHeadingElement>(null);
  const save = useMutation({
    mutationFn: async (values: ClientFormValues) =>
      unwrap(
        await api.PATCH('/api/clinics/{clinicId}/clients/{clientId}', {
          params: { path: { clinicId, clientId: profile.id } },
          body: inputOf(values),
        }),
      ),
    onSuccess: async (updated) => {
      await onSaved(updated);
      setEditing(false);
      setSaved(true);
    },
  });
  useEffect(() => {
    if (editing) formHeading.current?.focus();
  }, [editing]);
  const erased = profile.erasedAt !== null;
  const emergency = [profile.emergencyContact.name, profile.emergencyContact.phone].filter(Boolean).join(', ');

  return (
    <section aria-labelledby="details-title" className="card clinic-section">
      <div className="clinic-section__head">
        <h2 id="details-title">Contact details</h2>
        {!erased && !editing ? (
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              save.reset();
              setSaved(false);
              setEditing(true);
            }}
          >
            Edit details
          </button>
        ) : null}
      </div>
      {saved ? (
        <p className="alert alert--success" role="status">
          Details saved.
        </p>
      ) : null}
      {editing ? (
        <>
          <h3 ref={formHeading} tabIndex={-1}>
            Edit details
          </h3>
          <ClientForm
            initial={valuesOf(profile)}
            submitLabel="Save details"
            pendingLabel="Saving…"
            pending={save.isPending}
            error={save.error}
            onSubmit={(values) => save.mutate(values)}
            onCancel={() => setEditing(false)}
          />
        </>
      ) : (
        <dl className="facts clinic-facts">
          <Fact term="Date of birth" value={profile.dateOfBirth ? formatDate(profile.dateOfBirth) : null} />
          <Fact term="Phone" value={profile.phone} />
          <Fact term="Email" value={profile.email} />
          <Fact term="Emergency contact" value={emergency || null} />
          <Fact term="Client since" value={formatDay(profile.createdAt)} />
        </dl>
      )}
    </section>
  );
}
