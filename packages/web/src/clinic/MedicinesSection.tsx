import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { api } from '../api/client.ts';
import { problemMessage, problemOf, unwrap } from '../api/problems.ts';
import { clientKey } from './queries.ts';

/** The client's current medicines, as they name them; the safety screening checks them. */
export function MedicinesSection({
  clinicId,
  clientId,
  medications,
  erased,
}: {
  clinicId: string;
  clientId: string;
  medications: string[];
  erased: boolean;
}): React.JSX.Element {
  const id = useId();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: async (lines: string[]) =>
      unwrap(
        await api.PUT('/api/clinics/{clinicId}/clients/{clientId}/medications', {
          params: { path: { clinicId, clientId } },
          body: { medications: lines },
        }),
      ),
    onSuccess: async () => {
      setEditing(false);
      setSaved(true);
      await queryClient.invalidateQueries({ queryKey: clientKey(clinicId, clientId) });
    },
  });

  return (
    <section aria-labelledby="medicines-title" className="card clinic-section">
      <div className="clinic-section__head">
        <h2 id="medicines-title">Medicines</h2>
        {!erased && !editing ? (
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              save.reset();
              setSaved(false);
              setText(medications.join('\n'));
              setEditing(true);
            }}
          >
            Edit medicines
          </button>
        ) : null}
      </div>
      {saved ? (
        <p className="alert alert--success" role="status">
          Medicines saved. Re-screen the client if anything changed: some medicines call for lighter pressure.
        </p>
      ) : null}
      {editing ? (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate(
              text
                .split('\n')
                .map((line) => line.trim())
                .filter((line) => line.length > 0),
            );
          }}
        >
          {save.isError ? (
            <p className="alert alert--error" role="alert">
              The medicines were not saved. {problemMessage(problemOf(save.error))}
            </p>
          ) : null}
          <div className="field">
            <label htmlFor={`${id}-list`}>Medicines, one per line</label>
            <textarea
              id={`${id}-list`}
              rows={5}
              value={text}
              aria-describedby={`${id}-hint`}
              onChange={(event) => setText(event.target.value)}
            />
            <p className="field__hint" id={`${id}-hint`}>
              As the client names them, with the strength if they know it. Leave empty if they take none.
            </p>
          </div>
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={save.isPending}>
              {save.isPending ? 'Saving…' : 'Save medicines'}
            </button>
            <button type="button" className="button" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : medications.length > 0 ? (
        <ul className="clinic-medicines">
          {medications.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      ) : (
        <p>No medicines recorded.</p>
      )}
      <p className="muted">
        The safety screening checks these for anything that calls for lighter pressure or a doctor first. Myomap never
        recommends medicines or doses: questions about them go to the client’s doctor or pharmacist.
      </p>
    </section>
  );
}
