import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { usePageTitle } from '../app/usePageTitle.ts';
import { summariseError } from '../account/errors.ts';
import { RequireAccount } from '../account/RequireAccount.tsx';
import { ConsentSection } from '../portal/ConsentSection.tsx';
import { PortalDiarySection } from '../outcomes/PortalDiarySection.tsx';
import { HomeProgramSection } from '../portal/HomeProgramSection.tsx';
import { PortalScreening } from '../portal/PortalScreening.tsx';
import {
  fetchPortalRecord,
  fetchPortalRecords,
  PORTAL_RECORDS_KEY,
  portalRecordKey,
  type PortalRecordLink,
} from '../portal/queries.ts';
import { QuestionnairesSection } from '../portal/QuestionnairesSection.tsx';
import { RecordSection } from '../portal/RecordSection.tsx';
import { VisitsSection } from '../portal/VisitsSection.tsx';
import '../account/account.css';
import '../portal/portal.css';

export function PortalPage(): React.JSX.Element {
  usePageTitle('Client portal');
  return <RequireAccount>{() => <Portal />}</RequireAccount>;
}

function LoadError({ error, retry }: { error: unknown; retry: () => void }): React.JSX.Element {
  return (
    <div role="alert" className="alert alert--error">
      <p>{summariseError(error).message}</p>
      <button type="button" className="button button--small" onClick={retry}>
        Try again
      </button>
    </div>
  );
}

function Portal(): React.JSX.Element {
  const pickerId = useId();
  const records = useQuery({ queryKey: PORTAL_RECORDS_KEY, queryFn: fetchPortalRecords });
  const [chosen, setChosen] = useState<string | undefined>(undefined);

  const header = (lede: React.ReactNode): React.JSX.Element => (
    <header className="page-header">
      <h1>Client portal</h1>
      <p className="lede">{lede}</p>
    </header>
  );

  if (records.isPending) {
    return (
      <>
        {header('Your record at your clinic.')}
        <p role="status" className="loading">
          Loading your record…
        </p>
      </>
    );
  }
  if (records.isError) {
    return (
      <>
        {header('Your record at your clinic.')}
        <LoadError error={records.error} retry={() => void records.refetch()} />
      </>
    );
  }
  const list = records.data;
  if (list.length === 0) {
    return (
      <>
        {header('This page is for clients of a clinic that uses Myomap.')}
        <section className="card portal-empty" aria-labelledby="no-record">
          <h2 id="no-record">No clinic record linked to your account</h2>
          <p>
            When a clinic that uses Myomap gives you portal access, your record with them appears here: consent forms to
            sign, safety questions to answer before a visit, and your session notes.
          </p>
          <p>
            Using Myomap for your own self-care? Everything you need is in the <Link to="/body-map">body map</Link>, the{' '}
            <Link to="/atlas">atlas</Link>, <Link to="/session">guided sessions</Link> and your{' '}
            <Link to="/diary">diary</Link>.
          </p>
        </section>
      </>
    );
  }

  const current: PortalRecordLink = list.find((r) => r.clientId === chosen) ?? list[0]!;
  return (
    <>
      {header(
        <>
          Your record at <strong>{current.clinicName}</strong>: your visits, your home program, consent, safety
          questions before your visit, and your session notes.
        </>,
      )}
      {list.length > 1 ? (
        <div className="field portal-picker">
          <label htmlFor={pickerId}>Clinic</label>
          <select id={pickerId} value={current.clientId} onChange={(e) => setChosen(e.target.value)}>
            {list.map((r) => (
              <option key={r.clientId} value={r.clientId}>
                {r.clinicName}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <ClientRecord key={current.clientId} clientId={current.clientId} />
    </>
  );
}

function ClientRecord({ clientId }: { clientId: string }): React.JSX.Element {
  const record = useQuery({ queryKey: portalRecordKey(clientId), queryFn: () => fetchPortalRecord(clientId) });
  if (record.isPending) {
    return (
      <p role="status" className="loading">
        Loading your record…
      </p>
    );
  }
  if (record.isError) return <LoadError error={record.error} retry={() => void record.refetch()} />;
  const data = record.data;
  const toSign = data.consents.some((c) => c.signedAt === null);
  // Keyed, so it keeps its "thank you" message when the last signature moves it down the page.
  const consent = (
    <ConsentSection key="consent" clientId={clientId} clinicName={data.clinic.name} consents={data.consents} />
  );
  return (
    <div className="portal">
      {/* Forms still to sign come first; once signed, the list of signatures can wait below the visits. */}
      {toSign ? consent : null}
      <VisitsSection clientId={clientId} clinicName={data.clinic.name} />
      <HomeProgramSection clientId={clientId} />
      <PortalDiarySection clientId={clientId} clinicName={data.clinic.name} />
      <QuestionnairesSection clientId={clientId} clinicName={data.clinic.name} />
      {toSign ? null : consent}
      <PortalScreening
        clientId={clientId}
        clinicName={data.clinic.name}
        medications={data.medications}
        latest={data.latestScreening}
      />
      <RecordSection record={data} />
    </div>
  );
}
