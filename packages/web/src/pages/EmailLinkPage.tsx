import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { ROLE_LABELS, STAFF_ROLES, type StaffRole } from '@myomap/core/practice/roles.ts';
import { api, type Schemas } from '../api/client.ts';
import { problemMessage, problemOf, unwrap } from '../api/problems.ts';
import { usePageTitle } from '../app/usePageTitle.ts';
import { fieldMessage } from '../account/errors.ts';
import { FormError } from '../account/FormError.tsx';
import { homeFor } from '../account/redirect.ts';
import { PASSWORD_HINT, SETUP_STATUS_KEY } from '../account/setup-status.ts';
import { TextField } from '../account/TextField.tsx';
import { useAccount, useSetAccount } from '../account/useAccount.ts';
import '../account/account.css';

type LinkInfo = Schemas['EmailLinkInfo'];

const LABELS = { password: 'Password', code: 'Two-factor code', token: 'Link' } as const;

/** The token travels after # so it never reaches a server log or a Referer header. */
function tokenFrom(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token') ?? '';
}

function roleLabel(role: string | null): string {
  return role && (STAFF_ROLES as readonly string[]).includes(role)
    ? ROLE_LABELS[role as StaffRole].toLowerCase()
    : 'staff';
}

function heading(info: LinkInfo): { title: string; lede: string } {
  switch (info.purpose) {
    case 'signup':
      return { title: 'Finish creating your account', lede: `Confirm ${info.email} with the password you chose.` };
    case 'verify':
      return {
        title: 'Confirm your email address',
        lede: info.clinicName
          ? `${info.clinicName} opened its client portal for ${info.email}. Confirm the address to see your records.`
          : `Confirm that ${info.email} is yours.`,
      };
    case 'invitation':
      return {
        title: `Join ${info.clinicName ?? 'the clinic'}`,
        lede: `${info.clinicName ?? 'A clinic'} invites ${info.email} to join its team as ${roleLabel(info.role)}.`,
      };
    case 'sign-in':
      return {
        title: 'Sign in with your one-time link',
        lede: `Signing in to ${info.email} with the password alone is paused after failed attempts. This link gets you in.`,
      };
  }
}

/** Every link Myomap emails lands here: sign-up, address confirmation, staff invitation, sign-in after a lock. */
export function EmailLinkPage(): React.JSX.Element {
  const location = useLocation();
  const token = tokenFrom(location.hash);
  const navigate = useNavigate();
  const setAccount = useSetAccount();
  const queryClient = useQueryClient();
  const { account, isLoading } = useAccount();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');

  const info = useQuery({
    queryKey: ['email-link', token, account?.user.id ?? null],
    enabled: token !== '' && !isLoading,
    retry: false,
    queryFn: async () => unwrap(await api.POST('/api/auth/email-link/info', { body: { token } })),
  });
  usePageTitle(info.data ? heading(info.data).title : 'Email link');

  const use = useMutation({
    mutationFn: async (body: Schemas['UseEmailLinkInput']) => unwrap(await api.POST('/api/auth/email-link', { body })),
    onSuccess: (signedIn) => {
      setAccount(signedIn);
      queryClient.setQueryData(SETUP_STATUS_KEY, { needsSetup: false });
      void queryClient.invalidateQueries({ queryKey: ['account', 'invitations'] });
      void navigate(homeFor(signedIn), { replace: true });
    },
  });

  if (!token) {
    return (
      <div className="auth-page">
        <header className="page-header">
          <h1>Email link</h1>
        </header>
        <p className="alert alert--error" role="alert">
          This page opens from a link in an email from Myomap. Open the whole link from the email; if your email app
          split it over lines, copy all of it into the address bar.
        </p>
      </div>
    );
  }
  if (info.isError) {
    return (
      <div className="auth-page">
        <header className="page-header">
          <h1>This link no longer works</h1>
        </header>
        <p className="alert alert--error" role="alert">
          {problemMessage(problemOf(info.error))}
        </p>
        <p>
          <Link to="/signin">Sign in</Link> or <Link to="/signup">sign up again</Link> to get a new one.
        </p>
      </div>
    );
  }
  if (!info.data) return <p role="status">Checking the link…</p>;

  const { title, lede } = heading(info.data);
  const needs = info.data.needs;
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    use.mutate({
      token,
      ...(needs === 'nothing' ? {} : { password }),
      ...(info.data.twoFactor ? { code: code.trim() } : {}),
    });
  };
  const error = use.isPending ? null : use.error;
  const passwordHint =
    needs === 'new-password'
      ? `${PASSWORD_HINT} It replaces any password this account had, and signs out every other device.`
      : needs === 'signup-password'
        ? 'The password you chose when you signed up.'
        : undefined;

  return (
    <div className="auth-page">
      <header className="page-header">
        <h1>{title}</h1>
        <p className="lede">{lede}</p>
      </header>
      <form className="form" noValidate onSubmit={submit} aria-label={title}>
        <FormError error={error} labels={LABELS} />
        {needs === 'nothing' ? (
          <p>You are signed in as {info.data.email}.</p>
        ) : (
          <TextField
            label={needs === 'new-password' ? 'Choose a password' : LABELS.password}
            hint={passwordHint}
            type="password"
            name={needs === 'new-password' ? 'new-password' : 'password'}
            autoComplete={needs === 'new-password' ? 'new-password' : 'current-password'}
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={fieldMessage(error, 'password', LABELS.password)}
          />
        )}
        {info.data.twoFactor ? (
          <TextField
            label={LABELS.code}
            hint="The 6-digit code your authenticator app shows for Myomap now."
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            required
            value={code}
            onChange={(e) => setCode(e.target.value.replace(/\D/g, '').slice(0, 6))}
            error={fieldMessage(error, 'code', LABELS.code)}
          />
        ) : null}
        {needs === 'new-password' && info.data.purpose !== 'signup' ? (
          <p className="muted">
            Already have a password for {info.data.email}? <Link to="/signin">Sign in</Link> first, then open this link
            again to keep it.
          </p>
        ) : null}
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={use.isPending}>
            {info.data.purpose === 'invitation' ? 'Join' : info.data.purpose === 'sign-in' ? 'Sign in' : 'Confirm'}
          </button>
        </div>
      </form>
    </div>
  );
}
