import type { AppointmentView, BookingResult } from './calendar.service.ts';
import type { ClientExport } from './client.service.ts';

/** What the client downloads from the portal (see portalExportSchema). */
export type PortalExport = Omit<ClientExport, 'accessLog'> & {
  accessLog: { at: string; role: ClientExport['accessLog'][number]['role']; action: string }[];
};

/**
 * A visit as the client sees it: the note on a visit is the staff's (what to prepare, what to watch for)
 * and stays with them. Every visit the portal answers with passes here.
 */
export function visitForClient(view: AppointmentView): AppointmentView {
  return { ...view, note: null };
}

export function bookingForClient(result: BookingResult): BookingResult {
  return { ...result, booked: result.booked.map(visitForClient) };
}

/**
 * The export for the client: staff members' user ids and IP addresses are the clinic's business, not
 * the client's, so the access log says only which role did what, and when.
 */
export function exportForClient(record: ClientExport): PortalExport {
  return {
    ...record,
    appointments: record.appointments.map(visitForClient),
    accessLog: record.accessLog.map(({ at, role, action }) => ({ at, role, action })),
  };
}
