import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, type Schemas } from '../api/client.ts';
import { unwrap } from '../api/problems.ts';
import { usePageTitle } from '../app/usePageTitle.ts';
import { fieldMessage } from '../account/errors.ts';
import { FormError } from '../account/FormError.tsx';
import { PASSWORD_HINT, useSetupStatus } from '../account/setup-status.ts';
import { TextField } from '../account/TextField.tsx';
import '../account/account.css';

const LABELS = { name: 'Your name', email: 'Email', password: 'Password' } as const;

export function SignUpPage(): React.JSX.Element {
  usePageTitle('Create a personal account');
  const setupStatus = useSetupStatus();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const signUp = useMutation({
    mutationFn: async (body: Schemas['SignUpRequestInput']) => unwrap(await api.POST('/api/auth/signup', { body })),
  });

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    signUp.mutate({ name, email, password });
  };

  const error = signUp.isPending ? null : signUp.error;

  if (signUp.isSuccess) {
    // The same answer whether or not the address already has an account: the mailbox tells which.
    return (
      <div className="auth-page">
        <header className="page-header">
          <h1>Check your email</h1>
          <p className="lede" role="status">
            We sent a message to <strong>{signUp.variables.email}</strong>.
          </p>
        </header>
        <div className="card account-section">
          <p>
            Open the link in it within 24 hours and enter the password you just chose: that confirms the address is
            yours and creates your account. If this address already has an account, the email says so instead, and you
            can <Link to="/signin">sign in</Link>.
          </p>
          <p className="muted">
            Nothing arrived after a few minutes? Check your spam folder, or{' '}
            <button type="button" className="button button--small" onClick={() => signUp.reset()}>
              try again
            </button>
            .
          </p>
        </div>
      </div>
    );
  }

  return (
    <div className="auth-page">
      <header className="page-header">
        <h1>Create a personal account</h1>
        <p className="lede">
          A free account for your own self-care with Myomap. The body map, atlas and guided sessions also work without
          one.
        </p>
      </header>

      {setupStatus.data?.needsSetup ? (
        <div className="alert alert--warning">
          <p>
            This Myomap has no accounts yet. If you run a clinic, <Link to="/setup">set up Myomap</Link> first: the
            first account becomes the clinic’s owner.
          </p>
        </div>
      ) : null}

      <form className="form" noValidate onSubmit={submit} aria-label="Create a personal account">
        <FormError error={error} labels={LABELS} />
        <TextField
          label={LABELS.name}
          name="name"
          autoComplete="name"
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fieldMessage(error, 'name', LABELS.name)}
        />
        <TextField
          label={LABELS.email}
          hint="You sign in with it. We email it a link to confirm it is yours."
          type="email"
          name="email"
          inputMode="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fieldMessage(error, 'email', LABELS.email)}
        />
        <TextField
          label={LABELS.password}
          hint={PASSWORD_HINT}
          type="password"
          name="new-password"
          autoComplete="new-password"
          required
          minLength={8}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fieldMessage(error, 'password', LABELS.password)}
        />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={signUp.isPending}>
            {signUp.isPending ? 'Sending…' : 'Create my account'}
          </button>
        </div>
        {signUp.isPending ? (
          <p role="status" className="muted">
            Sending you a confirmation link…
          </p>
        ) : null}
      </form>

      <section className="auth-aside" aria-labelledby="clinic-clients">
        <h2 id="clinic-clients">Client of a clinic?</h2>
        <p>
          You do not need to sign up here. If your clinic uses Myomap, it gives you your portal account: sign in with
          the email and one-time password it sent you, then choose your own password.
        </p>
        <p>
          Already have an account? <Link to="/signin">Sign in</Link>.
        </p>
      </section>
    </div>
  );
}
