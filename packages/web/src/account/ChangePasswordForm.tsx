import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, type Schemas } from '../api/client.ts';
import { unwrap } from '../api/problems.ts';
import { fieldMessage } from './errors.ts';
import { FormError } from './FormError.tsx';
import { PASSWORD_HINT } from './setup-status.ts';
import { TextField } from './TextField.tsx';
import { useSetAccount, type Account } from './useAccount.ts';

/**
 * Current password + new password → POST /api/auth/password. With `oneTime`, the current password is
 * the one-time password the clinic gave. Other sessions of the account end when it changes.
 */
export function ChangePasswordForm({
  email,
  oneTime = false,
  onChanged,
}: {
  email: string;
  oneTime?: boolean;
  onChanged: (account: Account) => void;
}): React.JSX.Element {
  const setAccount = useSetAccount();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const labels = {
    currentPassword: oneTime ? 'One-time password from your clinic' : 'Current password',
    newPassword: 'New password',
  };

  const change = useMutation({
    mutationFn: async (body: Schemas['ChangePasswordRequestInput']) =>
      unwrap(await api.POST('/api/auth/password', { body })),
    onSuccess: (account) => {
      setAccount(account);
      setCurrentPassword('');
      setNewPassword('');
      onChanged(account);
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    change.mutate({ currentPassword, newPassword });
  };
  const error = change.isPending ? null : change.error;

  return (
    <form
      className="form"
      noValidate
      onSubmit={submit}
      aria-label={oneTime ? 'Choose your own password' : 'Change password'}
    >
      <FormError error={error} labels={labels} />
      {/* Lets a password manager file the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        label={labels.currentPassword}
        hint={oneTime ? 'As your clinic gave it to you. It works only until you choose your own.' : undefined}
        type="password"
        name="current-password"
        autoComplete="current-password"
        required
        value={currentPassword}
        onChange={(e) => setCurrentPassword(e.target.value)}
        error={fieldMessage(error, 'currentPassword', labels.currentPassword)}
      />
      <TextField
        label={labels.newPassword}
        hint={PASSWORD_HINT}
        type="password"
        name="new-password"
        autoComplete="new-password"
        required
        minLength={8}
        value={newPassword}
        onChange={(e) => setNewPassword(e.target.value)}
        error={fieldMessage(error, 'newPassword', labels.newPassword)}
      />
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={change.isPending}>
          {change.isPending ? 'Saving…' : oneTime ? 'Save my password' : 'Change password'}
        </button>
      </div>
      {change.isPending ? (
        <p role="status" className="muted">
          Saving your new password…
        </p>
      ) : null}
    </form>
  );
}
