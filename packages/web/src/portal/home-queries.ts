import { api, type Schemas } from '../api/client.ts';
import { unwrap } from '../api/problems.ts';

export type HomeProgram = Schemas['HomeProgram'];
export type Visit = Schemas['Appointment'];

export const portalVisitsKey = (clientId: string) => ['portal', 'visits', clientId] as const;
export const portalProgramsKey = (clientId: string) => ['portal', 'home-programs', clientId] as const;

/** Upcoming visits, the clinic's rules for changing them, and the visit types a client may ask for. */
export async function fetchVisits(clientId: string) {
  return unwrap(await api.GET('/api/portal/records/{clientId}/visits', { params: { path: { clientId } } }));
}

export type PortalVisits = Awaited<ReturnType<typeof fetchVisits>>;

export async function fetchPrograms(clientId: string): Promise<HomeProgram[]> {
  return unwrap(await api.GET('/api/portal/records/{clientId}/home-programs', { params: { path: { clientId } } }));
}
