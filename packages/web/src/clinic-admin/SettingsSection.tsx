import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ACCOUNT_KEY } from '../account/useAccount.ts';
import { api, type Schemas } from '../api/client.ts';
import { ApiError, fieldError, problemMessage, problemOf, unwrap } from '../api/problems.ts';
import { adminKeys, refreshAudit } from './admin-queries.ts';

type Settings = Schemas['ClinicSettings'];

function SettingsForm({ clinicId, settings }: { clinicId: string; settings: Settings }): React.JSX.Element {
  const queryClient = useQueryClient();
  const [name, setName] = useState(settings.name);
  const [ownOnly, setOwnOnly] = useState(settings.therapistsSeeOwnClientsOnly);
  const [years, setYears] = useState(String(settings.retentionYears));
  const [saved, setSaved] = useState(false);
  const mutation = useMutation({
    mutationFn: async () => {
      if (years.trim() === '') {
        throw new ApiError({ errors: [{ field: 'body.retentionYears', message: 'is required' }] }, 400);
      }
      return unwrap(
        await api.PATCH('/api/clinics/{clinicId}', {
          params: { path: { clinicId } },
          body: { name, therapistsSeeOwnClientsOnly: ownOnly, retentionYears: Number(years.trim()) },
        }),
      );
    },
    onSuccess: async (updated) => {
      queryClient.setQueryData(adminKeys.settings(clinicId), updated);
      setSaved(true);
      // The clinic's name is in the account's memberships (menus, headings).
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ACCOUNT_KEY }),
        refreshAudit(queryClient, clinicId),
      ]);
    },
  });
  const problem = mutation.error ? problemOf(mutation.error) : undefined;
  const errors = {
    name: fieldError(problem, 'name'),
    retentionYears: fieldError(problem, 'retentionYears'),
  };
  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        mutation.mutate();
      }}
    >
      {mutation.isError ? (
        <div className="alert alert--error" role="alert">
          <p>
            The settings were not saved.{' '}
            {errors.name || errors.retentionYears
              ? 'Please correct the fields marked below.'
              : problemMessage(problem, 'The server could not be reached. Please try again.')}
          </p>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="settings-name">Clinic name</label>
        <input
          id="settings-name"
          value={name}
          autoComplete="organization"
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? 'settings-name-error' : undefined}
          onChange={(e) => {
            setSaved(false);
            setName(e.target.value);
          }}
        />
        {errors.name ? (
          <p className="field__error" id="settings-name-error">
            {errors.name}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label className="check-row" htmlFor="settings-own-only">
          <input
            id="settings-own-only"
            type="checkbox"
            checked={ownOnly}
            aria-describedby="settings-own-only-hint"
            onChange={(e) => {
              setSaved(false);
              setOwnOnly(e.target.checked);
            }}
          />
          <span>Therapists see only their own clients</span>
        </label>
        <span className="field__hint" id="settings-own-only-hint">
          When on, a therapist finds and opens only the clients assigned to them. Owners and the front desk still see
          every client.
        </span>
      </div>
      <div className="field">
        <label htmlFor="settings-retention">Record retention in years</label>
        <span className="field__hint" id="settings-retention-hint">
          When a client asks for their record to be erased, their signed notes, screenings and consent signatures are
          kept for this many years after the last signed session, then deleted. Check how long the law where you
          practise requires clinical records to be kept.
        </span>
        <input
          id="settings-retention"
          type="number"
          inputMode="numeric"
          min={1}
          max={100}
          step={1}
          value={years}
          aria-invalid={errors.retentionYears ? true : undefined}
          aria-describedby={
            errors.retentionYears ? 'settings-retention-hint settings-retention-error' : 'settings-retention-hint'
          }
          onChange={(e) => {
            setSaved(false);
            setYears(e.target.value);
          }}
        />
        {errors.retentionYears ? (
          <p className="field__error" id="settings-retention-error">
            {errors.retentionYears}
          </p>
        ) : null}
      </div>
      <p className="button-row">
        <button type="submit" className="button button--primary" disabled={mutation.isPending}>
          {mutation.isPending ? 'Saving…' : 'Save settings'}
        </button>
      </p>
      <p role="status" className="muted">
        {saved ? 'Settings saved.' : ''}
      </p>
    </form>
  );
}

export function SettingsSection({ clinicId }: { clinicId: string }): React.JSX.Element {
  const query = useQuery({
    queryKey: adminKeys.settings(clinicId),
    queryFn: async () => unwrap(await api.GET('/api/clinics/{clinicId}', { params: { path: { clinicId } } })),
  });
  return (
    <section className="admin-section" id="settings" aria-labelledby="settings-title">
      <h2 id="settings-title">Settings</h2>
      {query.isPending ? (
        <p role="status">Loading the settings…</p>
      ) : query.isError ? (
        <div className="alert alert--error" role="alert">
          <p>The settings could not be loaded. {problemMessage(problemOf(query.error))}</p>
        </div>
      ) : (
        <SettingsForm key={query.data.id} clinicId={clinicId} settings={query.data} />
      )}
    </section>
  );
}
