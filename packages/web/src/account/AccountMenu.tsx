import { Link, useNavigate } from 'react-router';
import { useAccount, useSignOut } from './useAccount.ts';

/**
 * Header corner: "Sign in" when signed out; when in, the client portal (for clients), the person's name (to their
 * account page) and "Sign out".
 */
export function AccountMenu(): React.JSX.Element | null {
  const { account } = useAccount();
  const signOut = useSignOut();
  const navigate = useNavigate();
  if (account === undefined) return null;
  if (account === null) {
    return (
      <div className="account-menu">
        <Link to="/signin" className="nav-link">
          Sign in
        </Link>
      </div>
    );
  }
  const isClient = account.memberships.some((m) => m.role === 'client');
  return (
    <div className="account-menu">
      {isClient ? (
        <Link to="/portal" className="nav-link">
          Portal
        </Link>
      ) : null}
      <Link to="/account" className="nav-link">
        {account.user.name}
      </Link>
      <button
        type="button"
        className="button button--small"
        onClick={() => {
          void signOut().then(() => navigate('/'));
        }}
      >
        Sign out
      </button>
    </div>
  );
}
