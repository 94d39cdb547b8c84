import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '../api/client.ts';
import { ApiError, problemOf, unwrap } from '../api/problems.ts';
import { adminKeys } from '../clinic-admin/admin-queries.ts';
import { retryServerErrors } from '../clinic/queries.ts';

export type AppointmentType = Schemas['AppointmentType'];
export type Room = Schemas['Room'];
export type WorkingHours = Schemas['WorkingHours'];
export type Therapist = Schemas['Member'];
export type BookingCheck = Schemas['BookingCheck'];
export type BookingResult = Schemas['BookingResult'];
export type Clash = Schemas['Clash'];

/** Query keys of the calendar. Every visit list sits under `appointments`, so a booking refreshes them all. */
export const calendarKeys = {
  all: (clinicId: string) => ['calendar', clinicId] as const,
  appointments: (clinicId: string) => ['calendar', clinicId, 'appointments'] as const,
  window: (clinicId: string, from: string, to: string, therapistId: string) =>
    ['calendar', clinicId, 'appointments', from, to, therapistId] as const,
  therapists: (clinicId: string) => ['calendar', clinicId, 'therapists'] as const,
  types: (clinicId: string) => ['calendar', clinicId, 'types'] as const,
  rooms: (clinicId: string) => ['calendar', clinicId, 'rooms'] as const,
  hours: (clinicId: string, therapistId: string) => ['calendar', clinicId, 'hours', therapistId] as const,
};

/** Visits starting before `to` and ending after `from` (instants), cancelled ones left out. */
export function appointmentsQuery(clinicId: string, from: string, to: string, therapistId: string) {
  return queryOptions({
    queryKey: calendarKeys.window(clinicId, from, to, therapistId),
    queryFn: async () =>
      unwrap(
        await api.GET('/api/clinics/{clinicId}/appointments', {
          params: { path: { clinicId }, query: { from, to, ...(therapistId ? { therapistId } : {}) } },
        }),
      ),
    retry: retryServerErrors,
  });
}

export function therapistsQuery(clinicId: string) {
  return queryOptions({
    queryKey: calendarKeys.therapists(clinicId),
    queryFn: async () =>
      unwrap(await api.GET('/api/clinics/{clinicId}/therapists', { params: { path: { clinicId } } })),
    staleTime: 60_000,
    retry: retryServerErrors,
  });
}

export function typesQuery(clinicId: string) {
  return queryOptions({
    queryKey: calendarKeys.types(clinicId),
    queryFn: async () =>
      unwrap(await api.GET('/api/clinics/{clinicId}/appointment-types', { params: { path: { clinicId } } })),
    retry: retryServerErrors,
  });
}

export function roomsQuery(clinicId: string) {
  return queryOptions({
    queryKey: calendarKeys.rooms(clinicId),
    queryFn: async () => unwrap(await api.GET('/api/clinics/{clinicId}/rooms', { params: { path: { clinicId } } })),
    retry: retryServerErrors,
  });
}

export function hoursQuery(clinicId: string, therapistId: string) {
  return queryOptions({
    queryKey: calendarKeys.hours(clinicId, therapistId),
    queryFn: async () =>
      unwrap(
        await api.GET('/api/clinics/{clinicId}/therapists/{therapistId}/hours', {
          params: { path: { clinicId, therapistId } },
        }),
      ),
    retry: retryServerErrors,
  });
}

/** The clinic's settings (owner only): the same cache entry as the administration page's settings form. */
export function settingsQuery(clinicId: string) {
  return queryOptions({
    queryKey: adminKeys.settings(clinicId),
    queryFn: async () => unwrap(await api.GET('/api/clinics/{clinicId}', { params: { path: { clinicId } } })),
    retry: retryServerErrors,
  });
}

/** After a booking, a move or a cancellation: every view of the diary asks again. */
export async function refreshAppointments(queryClient: QueryClient, clinicId: string): Promise<void> {
  await queryClient.invalidateQueries({ queryKey: calendarKeys.appointments(clinicId) });
}

/** For requests answered with 204 No Content (no body for `unwrap`): throws the problem unless it succeeded. */
export function ensureOk(result: { error?: unknown; response: Response }): void {
  if (!result.response.ok) throw new ApiError(problemOf(result.error) ?? {}, result.response.status);
}
