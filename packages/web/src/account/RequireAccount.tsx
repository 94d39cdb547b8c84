import { Link, Navigate, useLocation } from 'react-router';
import { useAccount, type Account } from './useAccount.ts';

/**
 * Shows its children only to a signed-in person. Signed out: a sign-in prompt that returns here.
 * Someone holding a one-time password is sent to change it first.
 */
export function RequireAccount({ children }: { children: (account: Account) => React.ReactNode }): React.JSX.Element {
  const { account, isLoading } = useAccount();
  const location = useLocation();
  const here = `${location.pathname}${location.search}`;
  if (isLoading || account === undefined) {
    return (
      <p role="status" className="loading">
        Checking your sign-in…
      </p>
    );
  }
  if (account === null) {
    return (
      <section className="card" aria-labelledby="signin-needed">
        <h1 id="signin-needed">Please sign in</h1>
        <p>This part of Myomap holds private health records, so it needs you to sign in.</p>
        <p className="button-row">
          <Link className="button" to={`/signin?next=${encodeURIComponent(here)}`}>
            Sign in
          </Link>
          <Link to="/setup">First time here? Set up Myomap</Link>
        </p>
      </section>
    );
  }
  if (account.user.mustChangePassword && location.pathname !== '/account') {
    return <Navigate to={`/account?next=${encodeURIComponent(here)}`} replace />;
  }
  return <>{children(account)}</>;
}
