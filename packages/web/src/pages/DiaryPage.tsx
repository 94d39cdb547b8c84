import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useAccount } from '../account/useAccount.ts';
import { problemMessage, problemOf } from '../api/problems.ts';
import { QuickEntry } from '../diary/QuickEntry.tsx';
import { SessionList } from '../diary/SessionList.tsx';
import { OutcomeChart } from '../outcomes/OutcomeChart.tsx';
import { PainHeatMap } from '../outcomes/PainHeatMap.tsx';
import type { OutcomeSource } from '../outcomes/queries.ts';
import { fetchPortalRecords, PORTAL_RECORDS_KEY } from '../portal/queries.ts';
import { SectionIntro } from './SectionIntro.tsx';
import '../outcomes/outcomes.css';

export function DiaryPage(): React.JSX.Element {
  const { account } = useAccount();
  return (
    <>
      <SectionIntro title="Diary">
        Log your pain, stiffness, stress and sleep in a few seconds, and see over weeks whether treatment is helping.
      </SectionIntro>
      {account === undefined ? (
        <p role="status" className="loading">
          Loading your diary…
        </p>
      ) : account === null ? (
        <SignedOut />
      ) : account.user.mustChangePassword ? (
        <div className="alert alert--warning" role="note">
          <p>
            Choose your own password first: <Link to="/account?next=/diary">go to your account</Link>.
          </p>
        </div>
      ) : account.memberships.some((m) => m.role === 'client') ? (
        <ClientDiary />
      ) : (
        <Diary
          source={{ kind: 'me' }}
          savedWhere="Saved to your account, so it is there on any device you sign in on."
        />
      )}
      <SessionList />
    </>
  );
}

function SignedOut(): React.JSX.Element {
  return (
    <section className="card diary-section" aria-labelledby="diary-sign-in">
      <h2 id="diary-sign-in">Keep your diary safe</h2>
      <p>
        Sign in to log your pain in a few seconds and see it on a chart over the weeks. Your diary is then kept with
        your account, so it is safe if this browser’s data is cleared and it is there on your phone and computer alike.
      </p>
      <div className="button-row">
        <Link className="button button--primary" to="/signin?next=/diary">
          Sign in
        </Link>
        <Link className="button" to="/signup">
          Create an account
        </Link>
      </div>
    </section>
  );
}

/** A clinic's client keeps the diary with their record, where their therapist can read it. */
function ClientDiary(): React.JSX.Element {
  const pickerId = useId();
  const records = useQuery({ queryKey: PORTAL_RECORDS_KEY, queryFn: fetchPortalRecords });
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  if (records.isPending) {
    return (
      <p role="status" className="loading">
        Loading your diary…
      </p>
    );
  }
  if (records.isError) {
    return (
      <div className="alert alert--error" role="alert">
        <p>Your diary could not be loaded. {problemMessage(problemOf(records.error))}</p>
        <button type="button" className="button button--small" onClick={() => void records.refetch()}>
          Try again
        </button>
      </div>
    );
  }
  const current = records.data.find((r) => r.clientId === chosen) ?? records.data[0];
  if (!current) {
    return (
      <div className="alert" role="note">
        <p>
          Your clinic record is not available at the moment, so the diary cannot be saved. Ask your clinic, or see the{' '}
          <Link to="/portal">client portal</Link>.
        </p>
      </div>
    );
  }
  return (
    <>
      {records.data.length > 1 ? (
        <div className="field diary-section">
          <label htmlFor={pickerId}>Clinic</label>
          <select id={pickerId} value={current.clientId} onChange={(e) => setChosen(e.target.value)}>
            {records.data.map((r) => (
              <option key={r.clientId} value={r.clientId}>
                {r.clinicName}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <Diary
        key={current.clientId}
        source={{ kind: 'portal', clientId: current.clientId }}
        savedWhere={`Saved with your record at ${current.clinicName}, where your therapist can see it.`}
      />
    </>
  );
}

function Diary({ source, savedWhere }: { source: OutcomeSource; savedWhere: string }): React.JSX.Element {
  return (
    <>
      <QuickEntry source={source} savedWhere={savedWhere} />
      <div className="card diary-section">
        <OutcomeChart source={source} title="Over time" />
      </div>
      <div className="card diary-section">
        <PainHeatMap source={source} title="Pain drawings" />
      </div>
    </>
  );
}
