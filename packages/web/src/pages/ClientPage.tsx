import { can, ROLE_LABELS } from '@myomap/core/practice/roles.ts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { RequireAccount } from '../account/RequireAccount.tsx';
import { staffMemberships, type Account, type Membership } from '../account/useAccount.ts';
import { api, type Schemas } from '../api/client.ts';
import { problemMessage, problemOf, unwrap } from '../api/problems.ts';
import { usePageTitle } from '../app/usePageTitle.ts';
import { ClientFeedSection } from '../clinic/ClientFeedSection.tsx';
import { ConsentSection } from '../clinic/ConsentSection.tsx';
import { EraseSection, ErasedNotice } from '../clinic/EraseSection.tsx';
import { ClientVisitsSection } from '../clinic/ClientVisitsSection.tsx';
import { ExportRecord } from '../clinic/ExportRecord.tsx';
import { formatDate } from '../clinic/format.ts';
import { HomeProgramSection } from '../clinic/HomeProgramSection.tsx';
import { MedicinesSection } from '../clinic/MedicinesSection.tsx';
import { PortalAccessSection } from '../clinic/PortalAccessSection.tsx';
import { ProfileSection } from '../clinic/ProfileSection.tsx';
import { QuestionnaireSection } from '../clinic/QuestionnaireSection.tsx';
import {
  allClientsKey,
  clientKey,
  consentsKey,
  profileKey,
  recordKey,
  recordQuery,
  retryServerErrors,
  statusOf,
} from '../clinic/queries.ts';
import { ScreeningSection } from '../clinic/ScreeningSection.tsx';
import { Timeline } from '../clinic/Timeline.tsx';
import { ClientOutcomesSection } from '../outcomes/ClientOutcomesSection.tsx';
import '../clinic/clinic.css';

type Profile = Schemas['ClientProfile'];
type Consent = Schemas['ConsentStatus'];

/** /clinic/:clinicId/clients/:clientId — one client, as the person's role in the clinic allows. */
export function ClientPage(): React.JSX.Element {
  // The client's name stays out of the tab title, and so out of the browser's history.
  usePageTitle('Client record');
  const { clinicId = '', clientId = '' } = useParams();
  return (
    <RequireAccount>
      {(account) => (
        <ClientView key={`${clinicId}/${clientId}`} account={account} clinicId={clinicId} clientId={clientId} />
      )}
    </RequireAccount>
  );
}

function ClientView({
  account,
  clinicId,
  clientId,
}: {
  account: Account;
  clinicId: string;
  clientId: string;
}): React.JSX.Element {
  const membership = staffMemberships(account).find((m) => m.clinicId === clinicId);
  if (!membership) {
    return (
      <section aria-labelledby="client-missing">
        <h1 id="client-missing">Clinic not found</h1>
        <p>This clinic does not exist, or you are not one of its staff.</p>
        <p>
          <Link to="/clinic">Go to your clinics</Link>
        </p>
      </section>
    );
  }
  return can(membership.role, 'clients.health.read') ? (
    <ClinicianView membership={membership} clientId={clientId} />
  ) : (
    <FrontDeskView membership={membership} clientId={clientId} />
  );
}

function Breadcrumb({ membership }: { membership: Membership }): React.JSX.Element {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumb">
      <Link to={`/clinic/${membership.clinicId}`}>{membership.clinicName}</Link> › Client
    </nav>
  );
}

function Loading(): React.JSX.Element {
  return (
    <p role="status" className="loading">
      Loading the client’s record…
    </p>
  );
}

function LoadFailed({
  membership,
  error,
  onRetry,
}: {
  membership: Membership;
  error: unknown;
  onRetry: () => void;
}): React.JSX.Element {
  const back = (
    <p>
      <Link to={`/clinic/${membership.clinicId}`}>Back to the clients of {membership.clinicName}</Link>
    </p>
  );
  if (statusOf(error) === 404) {
    return (
      <>
        <Breadcrumb membership={membership} />
        <section aria-labelledby="client-missing">
          <h1 id="client-missing">Client not found</h1>
          <p>
            There is no such client at {membership.clinicName}
            {membership.role === 'therapist' ? ', or the clinic shows you only the clients assigned to you' : ''}. The
            link may be old, or mistyped.
          </p>
          {back}
        </section>
      </>
    );
  }
  return (
    <>
      <Breadcrumb membership={membership} />
      <h1>Client record</h1>
      <div className="alert alert--error" role="alert">
        <p>The client’s record could not be loaded. {problemMessage(problemOf(error))}</p>
        <button type="button" className="button button--small" onClick={onRetry}>
          Try again
        </button>
      </div>
      {back}
    </>
  );
}

function ClientHeader({
  membership,
  profile,
  actions,
}: {
  membership: Membership;
  profile: Profile;
  actions?: React.ReactNode;
}): React.JSX.Element {
  const facts = [
    profile.dateOfBirth ? `Born ${formatDate(profile.dateOfBirth)}` : null,
    profile.phone ? `Phone ${profile.phone}` : null,
  ].filter((f): f is string => f !== null);
  return (
    <>
      <Breadcrumb membership={membership} />
      <header className="page-header clinic-header">
        <div>
          <h1>{profile.name}</h1>
          <p className="muted">
            {facts.length > 0 ? `${facts.join(' · ')} · ` : ''}
            You are viewing as {ROLE_LABELS[membership.role].toLowerCase()}.
          </p>
        </div>
        {actions}
      </header>
      <ErasedNotice profile={profile} />
    </>
  );
}

/** Owner and therapist: the whole clinical record. */
function ClinicianView({ membership, clientId }: { membership: Membership; clientId: string }): React.JSX.Element {
  const { clinicId } = membership;
  const queryClient = useQueryClient();
  const record = useQuery(recordQuery(clinicId, clientId));
  if (record.isPending) return <Loading />;
  if (record.isError) {
    return <LoadFailed membership={membership} error={record.error} onRetry={() => void record.refetch()} />;
  }
  const data = record.data;
  const { profile } = data;
  const erased = profile.erasedAt !== null;
  const refresh = async (): Promise<void> => {
    await queryClient.invalidateQueries({ queryKey: clientKey(clinicId, clientId) });
  };

  return (
    <>
      <ClientHeader
        membership={membership}
        profile={profile}
        actions={
          erased ? null : (
            <Link className="button button--primary" to={`/clinic/${clinicId}/clients/${clientId}/notes/new`}>
              New session note
            </Link>
          )
        }
      />
      <div className="client-layout">
        <div className="client-layout__main">
          {erased ? null : <ClientVisitsSection clinicId={clinicId} clientId={clientId} />}
          <ScreeningSection clinicId={clinicId} clientId={clientId} record={data} />
          <HomeProgramSection
            clinicId={clinicId}
            clientId={clientId}
            clientName={profile.name}
            timeline={data.timeline}
            erased={erased}
          />
          <ClientOutcomesSection clinicId={clinicId} clientId={clientId} clientName={profile.name} />
          <QuestionnaireSection clinicId={clinicId} clientId={clientId} clientName={profile.name} erased={erased} />
          <Timeline clinicId={clinicId} clientId={clientId} entries={data.timeline} erased={erased} />
        </div>
        <div className="client-layout__side">
          <ConsentSection
            clinicId={clinicId}
            clientId={clientId}
            consents={data.consents}
            erased={erased}
            onSigned={() => void refresh()}
          />
          <MedicinesSection clinicId={clinicId} clientId={clientId} medications={data.medications} erased={erased} />
          <ProfileSection
            clinicId={clinicId}
            profile={profile}
            onSaved={async (updated) => {
              queryClient.setQueryData<Schemas['ClientRecord']>(recordKey(clinicId, clientId), (old) =>
                old ? { ...old, profile: updated } : old,
              );
              await queryClient.invalidateQueries({ queryKey: allClientsKey(clinicId) });
            }}
          />
          <PortalAccessSection clinicId={clinicId} profile={profile} />
          {erased ? null : <ClientFeedSection clinicId={clinicId} clientId={clientId} clientName={profile.name} />}
          <ExportRecord clinicId={clinicId} clientId={clientId} clientName={profile.name} />
          {membership.role === 'owner' ? <EraseSection clinicId={clinicId} profile={profile} /> : null}
        </div>
      </div>
    </>
  );
}

/** Front desk: contact details and consent; the clinical record is for therapists. */
function FrontDeskView({ membership, clientId }: { membership: Membership; clientId: string }): React.JSX.Element {
  const { clinicId } = membership;
  const queryClient = useQueryClient();
  const profile = useQuery({
    queryKey: profileKey(clinicId, clientId),
    queryFn: async () =>
      unwrap(
        await api.GET('/api/clinics/{clinicId}/clients/{clientId}', {
          params: { path: { clinicId, clientId } },
        }),
      ),
    retry: retryServerErrors,
  });
  const consents = useQuery({
    queryKey: consentsKey(clinicId, clientId),
    queryFn: async () =>
      unwrap(
        await api.GET('/api/clinics/{clinicId}/clients/{clientId}/consents', {
          params: { path: { clinicId, clientId } },
        }),
      ),
    retry: retryServerErrors,
    enabled: profile.isSuccess,
  });
  if (profile.isPending) return <Loading />;
  if (profile.isError) {
    return <LoadFailed membership={membership} error={profile.error} onRetry={() => void profile.refetch()} />;
  }
  const data = profile.data;
  const erased = data.erasedAt !== null;

  return (
    <>
      <ClientHeader membership={membership} profile={data} />
      <div className="alert clinic-restricted" role="note">
        <p>
          <strong>Clinical records are visible to therapists only.</strong> Safety screenings, medicines, pain drawings,
          session notes and the timeline are not shown to front desk; ask the client’s therapist.
        </p>
      </div>
      <div className="client-layout client-layout--even">
        <ProfileSection
          clinicId={clinicId}
          profile={data}
          onSaved={async (updated) => {
            queryClient.setQueryData<Profile>(profileKey(clinicId, clientId), updated);
            await queryClient.invalidateQueries({ queryKey: allClientsKey(clinicId) });
          }}
        />
        {consents.isError ? (
          <section aria-labelledby="consent-title" className="card clinic-section">
            <h2 id="consent-title">Consent</h2>
            <div className="alert alert--error" role="alert">
              <p>The consent forms could not be loaded. {problemMessage(problemOf(consents.error))}</p>
              <button type="button" className="button button--small" onClick={() => void consents.refetch()}>
                Try again
              </button>
            </div>
          </section>
        ) : (
          <ConsentSection
            clinicId={clinicId}
            clientId={clientId}
            consents={consents.data}
            erased={erased}
            onSigned={(next: Consent[]) => queryClient.setQueryData<Consent[]>(consentsKey(clinicId, clientId), next)}
          />
        )}
        {erased ? null : <ClientFeedSection clinicId={clinicId} clientId={clientId} clientName={data.name} />}
      </div>
    </>
  );
}
