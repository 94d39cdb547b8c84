import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, type Schemas } from '../api/client.ts';
import { unwrap } from '../api/problems.ts';
import { usePageTitle } from '../app/usePageTitle.ts';
import { fieldMessage, summariseError } from '../account/errors.ts';
import { FormError } from '../account/FormError.tsx';
import { PASSWORD_HINT, SETUP_STATUS_KEY, useSetupStatus } from '../account/setup-status.ts';
import { TextField } from '../account/TextField.tsx';
import { useSetAccount } from '../account/useAccount.ts';
import '../account/account.css';

const LABELS = { name: 'Your name', email: 'Email', password: 'Password', clinicName: 'Clinic name' } as const;

type Use = 'clinic' | 'self-care';

export function SetUpPage(): React.JSX.Element {
  usePageTitle('Set up Myomap');
  const status = useSetupStatus();

  if (status.isPending) {
    return (
      <p role="status" className="loading">
        Checking whether Myomap is set up…
      </p>
    );
  }
  if (status.isError) {
    return (
      <>
        <h1>Set up Myomap</h1>
        <div role="alert" className="alert alert--error">
          <p>{summariseError(status.error).message}</p>
          <button type="button" className="button button--small" onClick={() => void status.refetch()}>
            Try again
          </button>
        </div>
      </>
    );
  }
  if (!status.data.needsSetup) {
    return (
      <div className="auth-page">
        <header className="page-header">
          <h1>Myomap is already set up</h1>
          <p className="lede">This Myomap already has its first account, so there is nothing more to set up here.</p>
        </header>
        <p className="button-row">
          <Link className="button button--primary" to="/signin">
            Sign in
          </Link>
          <Link className="button" to="/signup">
            Create a personal account
          </Link>
        </p>
      </div>
    );
  }
  return <SetUpForm />;
}

function SetUpForm(): React.JSX.Element {
  const navigate = useNavigate();
  const setAccount = useSetAccount();
  const queryClient = useQueryClient();
  const choiceName = useId();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [use, setUse] = useState<Use>('clinic');
  const [clinicName, setClinicName] = useState('');
  const [clinicNameMissing, setClinicNameMissing] = useState(false);

  const setUp = useMutation({
    mutationFn: async (body: Schemas['SetUpRequestInput']) => unwrap(await api.POST('/api/auth/setup', { body })),
    onSuccess: (account, body) => {
      setAccount(account);
      queryClient.setQueryData(SETUP_STATUS_KEY, { needsSetup: false });
      void navigate(body.clinicName ? '/clinic' : '/', { replace: true });
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const clinic = clinicName.trim();
    if (use === 'clinic' && clinic === '') {
      setClinicNameMissing(true);
      return;
    }
    setClinicNameMissing(false);
    setUp.mutate({ name, email, password, ...(use === 'clinic' ? { clinicName: clinic } : {}) });
  };

  const error = setUp.isPending ? null : setUp.error;
  const clinicNameError = clinicNameMissing
    ? 'Enter the name of your clinic'
    : fieldMessage(error, 'clinicName', LABELS.clinicName);

  return (
    <div className="auth-page">
      <header className="page-header">
        <h1>Set up Myomap</h1>
        <p className="lede">
          Welcome. Create the first account of this Myomap. Running a clinic? You become its owner and can add your team
          and clients next.
        </p>
      </header>
      <form className="form" noValidate onSubmit={submit} aria-label="Set up Myomap">
        {clinicNameMissing ? (
          <div role="alert" className="alert alert--error">
            <p className="alert__message">Please check the form:</p>
            <ul>
              <li>Enter the name of your clinic, or choose “Just for my own self-care”.</li>
            </ul>
          </div>
        ) : (
          <FormError error={error} labels={LABELS} />
        )}
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
          hint="You sign in with it."
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
        <fieldset className="field choice-group">
          <legend>How will you use Myomap?</legend>
          <label className="choice">
            <input
              type="radio"
              name={choiceName}
              value="clinic"
              checked={use === 'clinic'}
              onChange={() => setUse('clinic')}
            />
            <span>
              <strong>I run a clinic</strong>
              <span className="choice__detail">Client records, session notes, consent and a portal for clients.</span>
            </span>
          </label>
          <label className="choice">
            <input
              type="radio"
              name={choiceName}
              value="self-care"
              checked={use === 'self-care'}
              onChange={() => setUse('self-care')}
            />
            <span>
              <strong>Just for my own self-care</strong>
              <span className="choice__detail">No clinic: the body map, atlas, guided sessions and your diary.</span>
            </span>
          </label>
        </fieldset>
        {use === 'clinic' ? (
          <TextField
            label={LABELS.clinicName}
            hint="As your clients know it. You can change it later."
            name="organization"
            autoComplete="organization"
            required
            value={clinicName}
            onChange={(e) => setClinicName(e.target.value)}
            error={clinicNameError}
          />
        ) : null}
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={setUp.isPending}>
            {setUp.isPending ? 'Setting up…' : 'Set up Myomap'}
          </button>
        </div>
        {setUp.isPending ? (
          <p role="status" className="muted">
            Creating your account…
          </p>
        ) : null}
      </form>
      <p className="muted auth-aside">
        Already set up? <Link to="/signin">Sign in</Link>.
      </p>
    </div>
  );
}
