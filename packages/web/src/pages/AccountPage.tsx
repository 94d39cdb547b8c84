import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ROLE_LABELS } from '@myomap/core/practice/roles.ts';
import { usePageTitle } from '../app/usePageTitle.ts';
import { ChangePasswordForm } from '../account/ChangePasswordForm.tsx';
import { EmailVerification, ReceivedInvitations } from '../account/EmailAndInvitations.tsx';
import { homeFor, safeNext } from '../account/redirect.ts';
import { RequireAccount } from '../account/RequireAccount.tsx';
import { TwoFactorSection } from '../account/TwoFactorSection.tsx';
import type { Account } from '../account/useAccount.ts';
import '../account/account.css';

export function AccountPage(): React.JSX.Element {
  return (
    <RequireAccount>
      {(account) =>
        account.user.mustChangePassword ? <ChooseOwnPassword account={account} /> : <AccountDetails account={account} />
      }
    </RequireAccount>
  );
}

/** First sign-in with a password someone else set: the person chooses their own before anything else. */
function ChooseOwnPassword({ account }: { account: Account }): React.JSX.Element {
  usePageTitle('Choose your own password');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNext(params.get('next'));
  const clinics = [...new Set(account.memberships.map((m) => m.clinicName))];
  return (
    <div className="auth-page">
      <header className="page-header">
        <h1>Choose your own password</h1>
        <p className="lede">
          Welcome, {account.user.name}. {clinics.length > 0 ? clinics.join(' and ') : 'Your clinic'} gave you a one-time
          password to sign in the first time. Choose a password only you know before you go on: the one-time password
          stops working once you do.
        </p>
      </header>
      <section className="card account-section account-section--prominent" aria-labelledby="own-password-title">
        <h2 id="own-password-title">Your new password</h2>
        <ChangePasswordForm
          email={account.user.email}
          oneTime
          onChanged={(updated) => void navigate(next ?? homeFor(updated), { replace: true })}
        />
      </section>
    </div>
  );
}

function AccountDetails({ account }: { account: Account }): React.JSX.Element {
  usePageTitle('Your account');
  const [passwordChanged, setPasswordChanged] = useState(false);
  return (
    <div className="account-page">
      <header className="page-header">
        <h1>Your account</h1>
        <p className="lede">Your details, where you belong, and how you sign in.</p>
      </header>

      <section className="card account-section" aria-labelledby="profile-title">
        <h2 id="profile-title">Profile</h2>
        <dl className="facts">
          <dt>Name</dt>
          <dd>{account.user.name}</dd>
          <dt>Email</dt>
          <dd>{account.user.email}</dd>
        </dl>
        <EmailVerification account={account} />
        <h3>Clinics</h3>
        {account.memberships.length === 0 ? (
          <p className="muted">
            You use Myomap for your own self-care: the <Link to="/body-map">body map</Link>,{' '}
            <Link to="/session">guided sessions</Link> and your <Link to="/diary">diary</Link>.
          </p>
        ) : (
          <ul className="membership-list">
            {account.memberships.map((m) => (
              <li key={`${m.clinicId}:${m.role}`}>
                <Link to={m.role === 'client' ? '/portal' : `/clinic/${encodeURIComponent(m.clinicId)}`}>
                  {m.clinicName}
                </Link>{' '}
                <span className="chip-label">{ROLE_LABELS[m.role]}</span>
                {m.role === 'client' ? <span className="muted"> · your client portal</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <ReceivedInvitations />

      <section className="card account-section" aria-labelledby="password-title">
        <h2 id="password-title">Change password</h2>
        {passwordChanged ? (
          <p role="status" className="alert alert--success">
            Your password is changed. Anywhere else you were signed in, you are now signed out.
          </p>
        ) : null}
        <ChangePasswordForm email={account.user.email} onChanged={() => setPasswordChanged(true)} />
      </section>

      <TwoFactorSection account={account} />
    </div>
  );
}
