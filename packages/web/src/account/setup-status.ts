import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { unwrap } from '../api/problems.ts';

export const SETUP_STATUS_KEY = ['auth', 'setup'] as const;

/** The password rules, said the same way on every form that sets one. */
export const PASSWORD_HINT = 'At least 8 characters. Common passwords are not accepted; a few unusual words work well.';

/** Whether this Myomap still needs its first account. */
export function useSetupStatus(): ReturnType<typeof useQuery<{ needsSetup: boolean }>> {
  return useQuery({
    queryKey: SETUP_STATUS_KEY,
    queryFn: async () => unwrap(await api.GET('/api/auth/setup')),
    staleTime: 0,
  });
}
