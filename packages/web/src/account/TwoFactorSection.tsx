import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, type Schemas } from '../api/client.ts';
import { unwrap } from '../api/problems.ts';
import { fieldMessage } from './errors.ts';
import { FormError } from './FormError.tsx';
import { QrCode } from './QrCode.tsx';
import { TextField } from './TextField.tsx';
import { useSetAccount, type Account } from './useAccount.ts';

/** `JBSWY3DPEHPK3PXP` → `JBSW Y3DP EHPK 3PXP`: easier to read and type in. */
export function groupSecret(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret;
}

const CODE_PATTERN = /^[0-9]{6}$/;

/** Two-factor sign-in with an authenticator app: turn it on (secret, then a code) or off (password). */
export function TwoFactorSection({ account }: { account: Account }): React.JSX.Element {
  const [done, setDone] = useState<string | undefined>(undefined);
  return (
    <section className="card account-section" aria-labelledby="two-factor-title">
      <h2 id="two-factor-title">Two-factor sign-in</h2>
      {done ? (
        <p role="status" className="alert alert--success">
          {done}
        </p>
      ) : null}
      {account.user.twoFactor ? (
        <TurnOff onDone={() => setDone('Two-factor sign-in is off. You sign in with your password alone.')} />
      ) : (
        <TurnOn
          onDone={() =>
            setDone('Two-factor sign-in is on. From now on, sign in with your password and a code from your app.')
          }
        />
      )}
    </section>
  );
}

function TurnOn({ onDone }: { onDone: () => void }): React.JSX.Element {
  const setAccount = useSetAccount();
  const [setup, setSetup] = useState<Schemas['TotpSetup'] | undefined>(undefined);
  const [code, setCode] = useState('');
  const [codeProblem, setCodeProblem] = useState<string | undefined>(undefined);

  const begin = useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/auth/totp/setup')),
    onSuccess: (data) => {
      setCode('');
      setSetup(data);
    },
  });
  const confirm = useMutation({
    mutationFn: async (body: Schemas['TotpCodeInput']) => unwrap(await api.POST('/api/auth/totp/confirm', { body })),
    onSuccess: (account) => {
      setAccount(account);
      setSetup(undefined);
      onDone();
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (!CODE_PATTERN.test(code)) {
      setCodeProblem('Enter the 6 digits your authenticator app shows now');
      return;
    }
    setCodeProblem(undefined);
    confirm.mutate({ code });
  };

  if (!setup) {
    return (
      <>
        <p>
          <strong>Off.</strong> With two-factor sign-in, signing in needs your password and a 6-digit code from an
          authenticator app on your phone, so a stolen password alone is not enough.
        </p>
        <FormError error={begin.isPending ? null : begin.error} />
        <div className="button-row">
          <button
            type="button"
            className="button button--primary"
            disabled={begin.isPending}
            onClick={() => begin.mutate()}
          >
            Turn on two-factor sign-in
          </button>
        </div>
      </>
    );
  }

  const error = confirm.isPending ? null : confirm.error;
  return (
    <div className="two-factor-setup">
      <ol className="two-factor-steps">
        <li>
          <p>
            Open an authenticator app on your phone (for example one from your phone’s maker, or any app that supports
            time-based codes) and add an account.
          </p>
        </li>
        <li>
          <p>Scan this code with the app:</p>
          <QrCode text={setup.uri} label="QR code for setting up Myomap in an authenticator app" />
          <p>Or choose to enter a set-up key, and type in this key:</p>
          <p>
            <code className="secret">{groupSecret(setup.secret)}</code>
          </p>
          <p className="muted">
            The spaces are only there to make it easier to read. On this phone or tablet you can instead{' '}
            <a href={setup.uri}>open the key in your authenticator app</a>.
          </p>
          <details className="two-factor-uri">
            <summary>Show the full set-up link</summary>
            <p>
              <code>{setup.uri}</code>
            </p>
          </details>
        </li>
        <li>
          <form className="form" noValidate onSubmit={submit} aria-label="Confirm two-factor sign-in">
            <FormError error={error} labels={{ code: 'Code' }} />
            <TextField
              label="6-digit code from your app"
              hint="This proves your app is set up. The code changes every 30 seconds."
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9]{6}"
              maxLength={6}
              required
              value={code}
              onChange={(e) => setCode(e.target.value.replace(/\D/g, '').slice(0, 6))}
              error={codeProblem ?? fieldMessage(error, 'code', 'Code')}
            />
            <div className="button-row">
              <button type="submit" className="button button--primary" disabled={confirm.isPending}>
                Confirm and turn on
              </button>
              <button type="button" className="button" onClick={() => setSetup(undefined)}>
                Cancel
              </button>
            </div>
          </form>
        </li>
      </ol>
    </div>
  );
}

function TurnOff({ onDone }: { onDone: () => void }): React.JSX.Element {
  const setAccount = useSetAccount();
  const [password, setPassword] = useState('');
  const disable = useMutation({
    mutationFn: async (body: Schemas['PasswordConfirmationInput']) =>
      unwrap(await api.POST('/api/auth/totp/disable', { body })),
    onSuccess: (account) => {
      setPassword('');
      setAccount(account);
      onDone();
    },
  });
  const error = disable.isPending ? null : disable.error;
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    disable.mutate({ password });
  };
  return (
    <>
      <p>
        <strong>On.</strong> Signing in needs your password and a code from your authenticator app.
      </p>
      <form className="form" noValidate onSubmit={submit} aria-label="Turn off two-factor sign-in">
        <FormError error={error} labels={{ password: 'Password' }} />
        <TextField
          label="Your password"
          hint="To turn two-factor sign-in off, confirm it is you."
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fieldMessage(error, 'password', 'Password')}
        />
        <div className="button-row">
          <button type="submit" className="button button--danger" disabled={disable.isPending}>
            Turn off two-factor sign-in
          </button>
        </div>
      </form>
    </>
  );
}
