import { ROLE_LABELS } from '@myomap/core/practice/roles.ts';
import { useState } from 'react';
import { Link, Navigate, useLocation, useParams } from 'react-router';
import { staffMemberships, useAccount, type Account, type Membership } from '../account/useAccount.ts';
import { usePageTitle } from '../app/usePageTitle.ts';
import { ClientList } from '../clinic/ClientList.tsx';
import { ClinicIntro } from '../clinic/ClinicIntro.tsx';
import { NewClient } from '../clinic/NewClient.tsx';
import { OpenClinicForm } from '../clinic/OpenClinicForm.tsx';
import '../clinic/clinic.css';

/** /clinic and /clinic/:clinicId: the intro when signed out, the way into a clinic, and its client list. */
export function ClinicPage(): React.JSX.Element {
  const { account, isLoading } = useAccount();
  const { clinicId } = useParams();
  const location = useLocation();
  const here = `${location.pathname}${location.search}`;
  const membership = clinicId ? staffMemberships(account).find((m) => m.clinicId === clinicId) : undefined;
  usePageTitle(membership?.clinicName ?? 'Clinic');

  if (isLoading || account === undefined) {
    return (
      <p role="status" className="loading">
        Checking your sign-in…
      </p>
    );
  }
  if (account === null) return <ClinicIntro next={here} />;
  if (account.user.mustChangePassword) {
    return <Navigate to={`/account?next=${encodeURIComponent(here)}`} replace />;
  }
  if (!clinicId) return <ChooseClinic account={account} />;
  if (!membership) return <NotAMember account={account} />;
  return <ClinicHome key={membership.clinicId} membership={membership} />;
}

function ChooseClinic({ account }: { account: Account }): React.JSX.Element {
  const staff = staffMemberships(account);
  const isClient = account.memberships.some((m) => m.role === 'client');
  if (staff.length === 1) return <Navigate to={`/clinic/${staff[0]!.clinicId}`} replace />;
  if (staff.length > 1) {
    return (
      <>
        <header className="page-header">
          <h1>Clinic</h1>
          <p className="lede">You work in {staff.length} clinics. Choose the one to open.</p>
        </header>
        <ul className="card-grid" aria-label="Your clinics">
          {staff.map((m) => (
            <li key={m.clinicId} className="card">
              <h2 className="clinic-offers__title">
                <Link to={`/clinic/${m.clinicId}`}>{m.clinicName}</Link>
              </h2>
              <p>Your role: {ROLE_LABELS[m.role]}</p>
            </li>
          ))}
        </ul>
        {isClient ? <PortalLink /> : null}
      </>
    );
  }
  return (
    <>
      <header className="page-header">
        <h1>Clinic</h1>
        <p className="lede">
          You are signed in as {account.user.name}, but you do not work in a clinic on this Myomap yet.
        </p>
      </header>
      {isClient ? <PortalLink /> : null}
      <div className="clinic-columns">
        <section aria-labelledby="join-title" className="card clinic-panel">
          <h2 id="join-title">Join your clinic</h2>
          <p>
            If your clinic already uses Myomap, ask its owner to add you as a therapist or front-desk member with your
            email address, <strong>{account.user.email}</strong>. You will then see the clinic here.
          </p>
        </section>
        <OpenClinicForm />
      </div>
    </>
  );
}

function PortalLink(): React.JSX.Element {
  return (
    <div className="alert clinic-portal-link">
      <p>
        <strong>Are you a client of a clinic?</strong> Your record, consent forms and screenings are in your portal.
      </p>
      <Link className="button button--small" to="/portal">
        Open your portal
      </Link>
    </div>
  );
}

function NotAMember({ account }: { account: Account }): React.JSX.Element {
  const staff = staffMemberships(account);
  return (
    <section aria-labelledby="clinic-missing">
      <h1 id="clinic-missing">Clinic not found</h1>
      <p>
        This clinic does not exist, or you are not one of its staff. If you should be, ask the clinic’s owner to add
        you.
      </p>
      <p>
        <Link to="/clinic">{staff.length > 0 ? 'Go to your clinics' : 'Back to Clinic'}</Link>
      </p>
    </section>
  );
}

function ClinicHome({ membership }: { membership: Membership }): React.JSX.Element {
  const { clinicId, clinicName, role } = membership;
  const [adding, setAdding] = useState(false);
  return (
    <>
      <header className="page-header clinic-header">
        <div>
          <h1>{clinicName}</h1>
          <p className="muted clinic-role">
            Your role here: <strong>{ROLE_LABELS[role]}</strong>
            {role === 'front-desk' ? ' — contact details and consent; clinical records are for therapists.' : null}
          </p>
        </div>
        <div className="button-row">
          <Link className="button button--primary" to={`/clinic/${clinicId}/calendar`}>
            Calendar
          </Link>
          {role === 'owner' ? (
            <Link className="button" to={`/clinic/${clinicId}/admin`}>
              Clinic settings, staff and audit log
            </Link>
          ) : null}
        </div>
      </header>
      <NewClient clinicId={clinicId} open={adding} onOpenChange={setAdding} />
      <ClientList clinicId={clinicId} onAddClient={() => setAdding(true)} />
    </>
  );
}
