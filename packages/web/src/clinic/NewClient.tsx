import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../api/client.ts';
import { unwrap } from '../api/problems.ts';
import { ClientForm, EMPTY_CLIENT, inputOf, type ClientFormValues } from './ClientForm.tsx';
import { allClientsKey, profileKey } from './queries.ts';

/** "New client": contact details first; on their page the intake (screening, consent) follows. */
export function NewClient({
  clinicId,
  open,
  onOpenChange,
}: {
  clinicId: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}): React.JSX.Element {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const heading = useRef<HTMLHeadingElement>(null);
  const create = useMutation({
    mutationFn: async (values: ClientFormValues) =>
      unwrap(
        await api.POST('/api/clinics/{clinicId}/clients', {
          params: { path: { clinicId } },
          body: inputOf(values),
        }),
      ),
    onSuccess: async (client) => {
      queryClient.setQueryData(profileKey(clinicId, client.id), client);
      await queryClient.invalidateQueries({ queryKey: allClientsKey(clinicId) });
      await navigate(`/clinic/${clinicId}/clients/${client.id}`);
    },
  });

  // Opening the form takes the keyboard and screen reader straight to it.
  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);

  return (
    <div className="clinic-new-client">
      <button
        type="button"
        className={open ? 'button' : 'button button--primary'}
        aria-expanded={open}
        aria-controls="new-client-panel"
        onClick={() => onOpenChange(!open)}
      >
        New client
      </button>
      <div id="new-client-panel" hidden={!open}>
        <section aria-labelledby="new-client-title" className="card clinic-panel">
          <h2 id="new-client-title" ref={heading} tabIndex={-1}>
            New client
          </h2>
          <p className="muted">
            Only the name is needed now. The safety screening, consent and medicines are recorded on the client’s page.
          </p>
          {open ? (
            <ClientForm
              initial={EMPTY_CLIENT}
              submitLabel="Add client"
              pendingLabel="Adding…"
              pending={create.isPending}
              error={create.error}
              onSubmit={(values) => create.mutate(values)}
              onCancel={() => {
                create.reset();
                onOpenChange(false);
              }}
            />
          ) : null}
        </section>
      </div>
    </div>
  );
}
