import { api } from '../api/client.ts';
import { ApiError, unwrap } from '../api/problems.ts';

/**
 * Query keys of the clinic pages. Everything about one client sits under `clientKey`, so a change
 * (a screening, a consent, new details) refreshes all of it with one invalidation.
 */
export const clientsKey = (clinicId: string, search: string): readonly unknown[] => [
  'clinic',
  clinicId,
  'clients',
  search,
];
export const allClientsKey = (clinicId: string): readonly unknown[] => ['clinic', clinicId, 'clients'];
export const clientKey = (clinicId: string, clientId: string): readonly unknown[] => [
  'clinic',
  clinicId,
  'client',
  clientId,
];
export const profileKey = (clinicId: string, clientId: string): readonly unknown[] => [
  ...clientKey(clinicId, clientId),
  'profile',
];
export const recordKey = (clinicId: string, clientId: string): readonly unknown[] => [
  ...clientKey(clinicId, clientId),
  'record',
];
/** The query for a client's whole clinical record (owner and therapist). */
export function recordQuery(clinicId: string, clientId: string) {
  return {
    queryKey: recordKey(clinicId, clientId),
    queryFn: async () =>
      unwrap(
        await api.GET('/api/clinics/{clinicId}/clients/{clientId}/record', {
          params: { path: { clinicId, clientId } },
        }),
      ),
    retry: retryServerErrors,
  };
}

export const consentsKey = (clinicId: string, clientId: string): readonly unknown[] => [
  ...clientKey(clinicId, clientId),
  'consents',
];

/** Retry only what may pass on a second try: never a 4xx (not found, not allowed). */
export function retryServerErrors(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status < 500) return false;
  return failureCount < 1;
}

export function statusOf(error: unknown): number | undefined {
  return error instanceof ApiError ? error.status : undefined;
}
