import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken, type Schemas } from '../api/client.ts';
import { ApiError, unwrap } from '../api/problems.ts';

export type Account = Schemas['Account'];
export type Membership = Account['memberships'][number];

export const ACCOUNT_KEY = ['account'] as const;

async function fetchAccount(): Promise<Account | null> {
  const result = await api.GET('/api/auth/me');
  if (result.response.status === 401) {
    setCsrfToken(undefined);
    return null;
  }
  const account = unwrap(result);
  setCsrfToken(account.csrfToken);
  return account;
}

/** The signed-in account (null when signed out); `undefined` while it is being asked for. */
export function useAccount(): { account: Account | null | undefined; isLoading: boolean } {
  const query = useQuery({ queryKey: ACCOUNT_KEY, queryFn: fetchAccount, staleTime: 30_000, retry: false });
  return { account: query.data, isLoading: query.isLoading };
}

/** After sign-in, set-up or sign-up: remember the account without asking again. */
export function useSetAccount(): (account: Account | null) => void {
  const client = useQueryClient();
  return (account) => {
    setCsrfToken(account?.csrfToken);
    client.setQueryData(ACCOUNT_KEY, account);
  };
}

export function useSignOut(): () => Promise<void> {
  const client = useQueryClient();
  const mutation = useMutation({
    mutationFn: async () => {
      const result = await api.POST('/api/auth/signout');
      if (!result.response.ok && result.response.status !== 403) throw new ApiError({}, result.response.status);
    },
  });
  return async () => {
    await mutation.mutateAsync();
    setCsrfToken(undefined);
    // Nothing of the previous account may stay in memory for the next person on this device.
    client.clear();
    client.setQueryData(ACCOUNT_KEY, null);
  };
}

/** The memberships in which the account works as staff (not as a client). */
export function staffMemberships(account: Account | null | undefined): Membership[] {
  return account?.memberships.filter((m) => m.role !== 'client') ?? [];
}
