import { api, type Schemas } from '../api/client.ts';
import { unwrap } from '../api/problems.ts';

export type PortalRecord = Schemas['PortalRecord'];
export type PortalRecordLink = Schemas['PortalRecordLink'];

export const PORTAL_RECORDS_KEY = ['portal', 'records'] as const;
export const portalRecordKey = (clientId: string) => ['portal', 'record', clientId] as const;

export async function fetchPortalRecords(): Promise<PortalRecordLink[]> {
  return unwrap(await api.GET('/api/portal/records'));
}

export async function fetchPortalRecord(clientId: string): Promise<PortalRecord> {
  return unwrap(await api.GET('/api/portal/records/{clientId}', { params: { path: { clientId } } }));
}
