import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, type Schemas } from '../api/client.ts';
import { ApiError, unwrap } from '../api/problems.ts';
import { usePageTitle } from '../app/usePageTitle.ts';
import { fieldMessage } from '../account/errors.ts';
import { FormError } from '../account/FormError.tsx';
import { destinationAfterSignIn, safeNext } from '../account/redirect.ts';
import { TextField } from '../account/TextField.tsx';
import { useAccount, useSetAccount } from '../account/useAccount.ts';
import '../account/account.css';

const LABELS = { email: 'Email', password: 'Password', code: 'Two-factor code' } as const;
const CODE_PATTERN = /^[0-9]{6}$/;

/** Whether a failed sign-in asks for the two-factor code (401 with an error on body.code). */
function asksForCode(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401 && fieldMessage(error, 'code', LABELS.code) !== undefined;
}

export function SignInPage(): React.JSX.Element {
  usePageTitle('Sign in');
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const setAccount = useSetAccount();
  const { account } = useAccount();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [needsCode, setNeedsCode] = useState(false);
  const [codeProblem, setCodeProblem] = useState<string | undefined>(undefined);

  const linkRequest = useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/auth/signin-link', { body: { email } })),
  });

  const signIn = useMutation({
    mutationFn: async (body: Schemas['SignInRequestInput']) => unwrap(await api.POST('/api/auth/signin', { body })),
    onSuccess: (signedIn) => {
      setAccount(signedIn);
      void navigate(destinationAfterSignIn(signedIn, next), { replace: true });
    },
    onError: (error) => {
      if (asksForCode(error)) setNeedsCode(true);
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (needsCode && !CODE_PATTERN.test(code.trim())) {
      setCodeProblem('Enter the 6 digits your authenticator app shows now');
      return;
    }
    setCodeProblem(undefined);
    signIn.mutate({ email, password, ...(needsCode ? { code: code.trim() } : {}) });
  };

  // The first answer for a two-factor account only asks for the code; a wrong code is an error beside the field.
  const sentCode = signIn.variables?.code !== undefined;
  const codeError = codeProblem ?? (sentCode ? fieldMessage(signIn.error, 'code', LABELS.code) : undefined);
  const emailError = fieldMessage(signIn.error, 'email', LABELS.email);
  const passwordError = fieldMessage(signIn.error, 'password', LABELS.password);
  // Locked after failed attempts: the password alone waits, the emailed link (or a TOTP code) does not.
  const locked = !signIn.isPending && signIn.error instanceof ApiError && signIn.error.status === 429;

  return (
    <div className="auth-page">
      <header className="page-header">
        <h1>Sign in</h1>
        <p className="lede">Sign in to reach your clinic, your client portal or your own account.</p>
      </header>

      {account ? (
        <p className="alert">
          You are signed in as <strong>{account.user.name}</strong>. Signing in here switches to another account.
        </p>
      ) : null}

      <form className="form" noValidate onSubmit={submit} aria-label="Sign in">
        <FormError error={signIn.isPending ? null : signIn.error} labels={LABELS} />
        <TextField
          label={LABELS.email}
          type="email"
          name="email"
          autoComplete="username"
          inputMode="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={emailError}
        />
        <TextField
          label={LABELS.password}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={passwordError}
        />
        {needsCode ? (
          <TextField
            label={LABELS.code}
            hint="The 6-digit code your authenticator app shows for Myomap now."
            name="code"
            type="text"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9]{6}"
            maxLength={6}
            required
            autoFocus
            value={code}
            onChange={(e) => setCode(e.target.value.replace(/\D/g, '').slice(0, 6))}
            error={codeError}
          />
        ) : null}
        {locked ? (
          <div className="alert">
            <p>
              Check your email for a one-time sign-in link. Have two-factor sign-in on? Enter your code below and sign
              in.
            </p>
            {linkRequest.isSuccess ? (
              <p role="status">{linkRequest.data.message}</p>
            ) : (
              <button
                type="button"
                className="button button--small"
                disabled={linkRequest.isPending}
                onClick={() => linkRequest.mutate()}
              >
                Email me a new sign-in link
              </button>
            )}
            {needsCode ? null : (
              <button type="button" className="button button--small" onClick={() => setNeedsCode(true)}>
                I have a two-factor code
              </button>
            )}
          </div>
        ) : null}
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={signIn.isPending}>
            {signIn.isPending ? 'Signing in…' : 'Sign in'}
          </button>
        </div>
        {signIn.isPending ? (
          <p role="status" className="muted">
            Checking your details…
          </p>
        ) : null}
      </form>

      <section className="auth-aside" aria-labelledby="no-account">
        <h2 id="no-account">No account yet?</h2>
        <ul className="link-list">
          <li>
            <Link to="/signup">Create a personal account</Link> to keep your self-care in one place.
          </li>
          <li>
            Client of a clinic? Your clinic gives you your sign-in: use the email and one-time password they gave you,
            or the link they had Myomap email you.
          </li>
          <li>
            Running Myomap for the first time? <Link to="/setup">Set up Myomap</Link>.
          </li>
        </ul>
      </section>
    </div>
  );
}
