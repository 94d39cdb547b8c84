import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../api/client.ts';
import { fieldError, problemMessage, problemOf, unwrap } from '../api/problems.ts';
import { ACCOUNT_KEY } from '../account/useAccount.ts';

/** Opens a new clinic owned by the signed-in person, then goes to it. */
export function OpenClinicForm(): React.JSX.Element {
  const id = useId();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [missing, setMissing] = useState(false);
  const open = useMutation({
    mutationFn: async (clinicName: string) => unwrap(await api.POST('/api/clinics', { body: { name: clinicName } })),
    onSuccess: async (clinic) => {
      // The account's memberships now include the new clinic: ask for them again before going there.
      await queryClient.invalidateQueries({ queryKey: ACCOUNT_KEY });
      await navigate(`/clinic/${clinic.id}`);
    },
  });
  const problem = problemOf(open.error);
  const error = missing ? 'Enter the clinic’s name.' : fieldError(problem, 'name');
  const general = open.error && !error ? problemMessage(problem) : undefined;

  return (
    <section aria-labelledby={`${id}-title`} className="card clinic-panel">
      <h2 id={`${id}-title`}>Open a clinic</h2>
      <p className="muted">
        You become its owner: you can then add clients, and invite therapists and front-desk staff.
      </p>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const trimmed = name.trim();
          setMissing(!trimmed);
          if (trimmed) open.mutate(trimmed);
        }}
      >
        {general ? (
          <p className="alert alert--error" role="alert">
            {general}
          </p>
        ) : null}
        <div className="field">
          <label htmlFor={`${id}-name`}>Clinic name</label>
          <input
            id={`${id}-name`}
            type="text"
            value={name}
            required
            autoComplete="organization"
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
        <div>
          <button type="submit" className="button button--primary" disabled={open.isPending}>
            {open.isPending ? 'Opening…' : 'Open a clinic'}
          </button>
        </div>
      </form>
    </section>
  );
}
