import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { unwrap } from '../api/problems.ts';

export const adminKeys = {
  all: (clinicId: string) => ['clinic-admin', clinicId] as const,
  settings: (clinicId: string) => ['clinic-admin', clinicId, 'settings'] as const,
  members: (clinicId: string) => ['clinic-admin', clinicId, 'members'] as const,
  invitations: (clinicId: string) => ['clinic-admin', clinicId, 'invitations'] as const,
  consentForms: (clinicId: string) => ['clinic-admin', clinicId, 'consent-forms'] as const,
  audit: (clinicId: string, clientId: string) => ['clinic-admin', clinicId, 'audit', clientId] as const,
};

/** Every change is itself in the audit log: show it there at once. */
export async function refreshAudit(queryClient: QueryClient, clinicId: string): Promise<void> {
  await queryClient.invalidateQueries({ queryKey: ['clinic-admin', clinicId, 'audit'] });
}

/** The staff list: the staff section shows it, the audit log names accounts with it. */
export function membersQuery(clinicId: string) {
  return queryOptions({
    queryKey: adminKeys.members(clinicId),
    queryFn: async () => unwrap(await api.GET('/api/clinics/{clinicId}/members', { params: { path: { clinicId } } })),
  });
}

/** Staff invitations not yet accepted. */
export function invitationsQuery(clinicId: string) {
  return queryOptions({
    queryKey: adminKeys.invitations(clinicId),
    queryFn: async () =>
      unwrap(await api.GET('/api/clinics/{clinicId}/invitations', { params: { path: { clinicId } } })),
  });
}
