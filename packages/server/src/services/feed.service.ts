import { createHash, randomBytes } from 'node:crypto';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { expandSeries } from '@myomap/core/scheduling/recurrence.ts';
import ical, { ICalCalendarMethod } from 'ical-generator';
import type { Kysely } from 'kysely';
import { DateTime } from 'luxon';
import type {
  AppointmentSeriesTable,
  AppointmentTable,
  CalendarFeedTable,
  FeedClientNames,
} from '../db/calendar-schema.ts';
import type { ClinicTable, Database } from '../db/schema.ts';
import { HttpProblem } from '../http/problem.ts';
import { CalendarRepository } from '../repositories/calendar.repository.ts';
import { ClientRepository } from '../repositories/client.repository.ts';
import { ClinicRepository } from '../repositories/clinic.repository.ts';
import { AuditRepository } from '../repositories/audit.repository.ts';
import { UserRepository } from '../repositories/user.repository.ts';
import { ClinicAccess, type Actor, type ClinicContext } from './clinic-access.ts';
import { icsPlainText, icsTextValue } from './ics-text.ts';

/** The command line asked for a feed of someone who is not a therapist there. */
export class FeedNotFound extends Error {}

export interface FeedLink {
  /** Path of the feed; the token in it is the only key, so it is shown once. */
  path: string;
  createdAt: string;
}

const hash = (token: string): string => createHash('sha256').update(token).digest('hex');

/** "Ada Lovelace" → "A. L.": first and last word, enough for the therapist, little for anyone else. */
export function initialsOf(name: string): string {
  const words = name
    .trim()
    .split(/\s+/u)
    .filter((w) => /\p{L}/u.test(w));
  const picked = words.length > 1 ? [words[0]!, words.at(-1)!] : words;
  const initials = picked.map((w) => `${[...w.replace(/^\P{L}+/u, '')][0]!.toLocaleUpperCase()}.`).join(' ');
  return initials || '?';
}

/** `20260317T100000` for an instant as wall-clock time in a zone (EXDATE;TZID=… values). */
function icsLocal(instant: string, zone: string): string {
  return DateTime.fromISO(instant, { zone: 'UTC' }).setZone(zone).toFormat("yyyyLLdd'T'HHmmss");
}

/** ical-generator writes a plain Date's UTC fields under the TZID; a zoned DateTime gives the local time. */
function inZone(instant: string, zone: string): DateTime {
  return DateTime.fromISO(instant, { zone: 'UTC' }).setZone(zone);
}

interface FeedContent {
  name: string;
  clinic: ClinicTable;
  appointments: AppointmentTable[];
  series: AppointmentSeriesTable[];
  /** Only these visits belong in the feed (a series may have visits with another therapist). */
  include: (appointment: AppointmentTable) => boolean;
  summary: (appointment: AppointmentTable) => string;
}

/**
 * iCalendar (RFC 5545) for calendar apps. A series is one event with its RRULE in its time zone (with a
 * VTIMEZONE), cancelled visits are EXDATEs, and visits moved on their own are overrides with RECURRENCE-ID.
 */
export function buildIcs(content: FeedContent): string {
  const calendar = ical({
    // ical-generator writes NAME and X-WR-CALNAME unescaped, so the name is escaped here.
    name: icsTextValue(content.name),
    prodId: { company: 'Myomap', product: 'Myomap calendar', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    timezone: { name: content.clinic.time_zone, generator: getVtimezoneComponent },
    ttl: 60 * 15,
  });
  const bySeries = new Map<string, AppointmentTable[]>();
  for (const appointment of content.appointments) {
    if (appointment.series_id) {
      bySeries.set(appointment.series_id, [...(bySeries.get(appointment.series_id) ?? []), appointment]);
    } else if (appointment.status !== 'cancelled' && content.include(appointment)) {
      calendar.createEvent({
        id: `${appointment.id}@myomap`,
        start: inZone(appointment.start_utc, content.clinic.time_zone),
        end: inZone(appointment.end_utc, content.clinic.time_zone),
        timezone: content.clinic.time_zone,
        summary: icsPlainText(content.summary(appointment)),
        stamp: new Date(appointment.updated_at),
      });
    }
  }
  for (const series of content.series) {
    const visits = bySeries.get(series.id) ?? [];
    const live = visits.filter((v) => v.status !== 'cancelled' && content.include(v));
    if (live.length === 0) continue;
    const originals = expandSeries({
      start: series.start_local,
      timeZone: series.time_zone,
      durationMinutes: series.duration_minutes,
      rule: {
        frequency: series.frequency,
        interval: series.interval,
        count: series.count ?? undefined,
        until: series.until ?? undefined,
      },
    });
    const byIndex = new Map(visits.map((v) => [v.occurrence_index, v]));
    const excluded: string[] = [];
    const uid = `${series.id}@myomap`;
    for (const original of originals) {
      const visit = byIndex.get(original.index);
      if (!visit || visit.status === 'cancelled' || !content.include(visit)) {
        excluded.push(icsLocal(original.startUtc, series.time_zone));
      } else if (visit.start_utc !== original.startUtc || visit.end_utc !== original.endUtc) {
        calendar.createEvent({
          id: uid,
          recurrenceId: inZone(original.startUtc, series.time_zone),
          start: inZone(visit.start_utc, series.time_zone),
          end: inZone(visit.end_utc, series.time_zone),
          timezone: series.time_zone,
          summary: icsPlainText(content.summary(visit)),
          stamp: new Date(visit.updated_at),
        });
      }
    }
    const first = originals[0]!;
    const exdate = excluded.length ? `\r\nEXDATE;TZID=${series.time_zone}:${excluded.join(',')}` : '';
    calendar.createEvent({
      id: uid,
      start: inZone(first.startUtc, series.time_zone),
      end: inZone(first.endUtc, series.time_zone),
      timezone: series.time_zone,
      summary: icsPlainText(content.summary(live[0]!)),
      repeating: `RRULE:${series.rrule}${exdate}`,
      stamp: new Date(series.created_at),
    });
  }
  return calendar.toString();
}

/** Secret, revocable feed URLs per therapist and per client, and the feeds themselves. */
export class FeedService {
  private readonly access: ClinicAccess;

  constructor(private readonly db: Kysely<Database>) {
    this.access = new ClinicAccess(db);
  }

  /** A new feed URL; earlier ones of the same person stop working (so a leaked URL is fixed by renewing). */
  async renew(
    actor: Actor,
    clinicId: string,
    kind: CalendarFeedTable['kind'],
    subjectId: string,
    options: { clientNames?: FeedClientNames } = {},
  ): Promise<FeedLink> {
    const context = await this.enterFor(actor, clinicId, kind, subjectId, 'feed.renew');
    return this.renewIn(context, kind, subjectId, options);
  }

  async renewIn(
    context: ClinicContext,
    kind: CalendarFeedTable['kind'],
    subjectId: string,
    options: { clientNames?: FeedClientNames } = {},
  ): Promise<FeedLink> {
    const token = randomBytes(24).toString('base64url');
    const createdAt = new Date().toISOString();
    await this.db.transaction().execute(async (trx) => {
      const calendar = new CalendarRepository(trx);
      await calendar.revokeFeeds(context.clinic.id, kind, subjectId);
      await calendar.addFeed(context.clinic.id, {
        token_hash: hash(token),
        kind,
        subject_id: subjectId,
        client_names: options.clientNames ?? 'initials',
        created_at: createdAt,
        revoked_at: null,
      });
      await this.access.audit(context, 'feed.renew', kind === 'client' ? subjectId : null, 'success', trx);
    });
    return { path: `/api/feeds/${token}.ics`, createdAt };
  }

  async revoke(actor: Actor, clinicId: string, kind: CalendarFeedTable['kind'], subjectId: string): Promise<void> {
    const context = await this.enterFor(actor, clinicId, kind, subjectId, 'feed.revoke');
    await this.revokeIn(context, kind, subjectId);
  }

  async revokeIn(context: ClinicContext, kind: CalendarFeedTable['kind'], subjectId: string): Promise<void> {
    await new CalendarRepository(this.db).revokeFeeds(context.clinic.id, kind, subjectId);
    await this.access.audit(context, 'feed.revoke', kind === 'client' ? subjectId : null);
  }

  /**
   * The feed behind a token, or 404 for an unknown or revoked one. Every read leaves one audit row (which
   * feed, from where; never what it held): no one signs in, so there is no actor.
   */
  async ics(token: string, origin: string | null = null): Promise<string> {
    const feed = token.length <= 100 ? await new CalendarRepository(this.db).feedByTokenHash(hash(token)) : undefined;
    const clinic = feed ? await new ClinicRepository(this.db).findById(feed.clinic_id) : undefined;
    if (!feed || !clinic) throw new HttpProblem(404, 'No such calendar feed (it may have been renewed or revoked)');
    const body = await this.icsFor(clinic, feed.kind, feed.subject_id, feed.client_names);
    await new AuditRepository(this.db).record({
      clinic_id: clinic.id,
      actor_id: null,
      origin,
      action: 'feed.read',
      // A client's feed shows in that client's access log; a therapist's is named by the feed itself.
      subject_type: feed.kind === 'client' ? 'client' : 'calendar-feed',
      subject_id: feed.kind === 'client' ? feed.subject_id : feed.id,
      outcome: 'success',
    });
    return body;
  }

  /**
   * A therapist's visits across their clinics' calendars, for `myomap ics` on the server itself (no token:
   * whoever runs the command already holds the database). Unknown therapist: a FeedNotFound error.
   */
  async icsForTherapist(therapistId: string, clinicId?: string): Promise<string> {
    const memberships = (await new UserRepository(this.db).memberships(therapistId)).filter(
      (m) => (m.role === 'therapist' || m.role === 'owner') && (!clinicId || m.clinic_id === clinicId),
    );
    if (memberships.length === 0)
      throw new FeedNotFound(`no therapist ${therapistId}${clinicId ? ` in clinic ${clinicId}` : ''}`);
    if (memberships.length > 1) {
      throw new FeedNotFound(
        `therapist ${therapistId} works at several clinics: choose one with --clinic (${memberships.map((m) => m.clinic_id).join(', ')})`,
      );
    }
    const clinic = await new ClinicRepository(this.db).findById(memberships[0]!.clinic_id);
    if (!clinic) throw new FeedNotFound(`no clinic ${memberships[0]!.clinic_id}`);
    // Whoever runs the command already holds the whole database: the file gets full names.
    return this.icsFor(clinic, 'therapist', therapistId, 'full');
  }

  private async icsFor(
    clinic: ClinicTable,
    kind: CalendarFeedTable['kind'],
    subjectId: string,
    clientNames: FeedClientNames,
  ): Promise<string> {
    const calendar = new CalendarRepository(this.db);
    const appointments = await calendar.appointments(clinic.id, {
      ...(kind === 'therapist' ? { therapistId: subjectId } : { clientId: subjectId }),
      fromUtc: new Date(Date.now() - 90 * 86_400_000).toISOString(),
      includeCancelled: true,
    });
    // Whole series, so the RRULE and its exceptions are complete even for visits outside the window.
    const seriesIds = [...new Set(appointments.flatMap((a) => (a.series_id ? [a.series_id] : [])))];
    const series = await calendar.seriesByIds(clinic.id, seriesIds);
    const seriesVisits = (await Promise.all(seriesIds.map((id) => calendar.seriesAppointments(clinic.id, id)))).flat();
    const all = [...appointments.filter((a) => !a.series_id), ...seriesVisits];
    const types = new Map((await calendar.types(clinic.id)).map((t) => [t.id, t.name]));
    const clients = await new ClientRepository(this.db).namesOf(
      clinic.id,
      all.map((a) => a.client_id),
    );
    const therapists = await new UserRepository(this.db).namesOf([subjectId, ...all.map((a) => a.therapist_id)]);
    return buildIcs({
      name:
        kind === 'therapist' ? `${clinic.name}: ${therapists.get(subjectId) ?? 'therapist'}` : `${clinic.name} visits`,
      clinic,
      appointments: all,
      series,
      include: (a) => (kind === 'therapist' ? a.therapist_id === subjectId : a.client_id === subjectId),
      summary: (a) =>
        kind === 'therapist'
          ? clientNames === 'full'
            ? `${clients.get(a.client_id) ?? 'Client'} — ${types.get(a.type_id) ?? 'visit'}`
            : `Visit: ${initialsOf(clients.get(a.client_id) ?? '')}`
          : `${types.get(a.type_id) ?? 'Visit'} at ${clinic.name} with ${therapists.get(a.therapist_id) ?? 'your therapist'}`,
    });
  }

  /** Therapists renew their own feed, the owner anyone's; staff who book renew a client's. */
  private async enterFor(
    actor: Actor,
    clinicId: string,
    kind: CalendarFeedTable['kind'],
    subjectId: string,
    action: string,
  ): Promise<ClinicContext> {
    if (kind === 'therapist') {
      const context = await this.access.enter(
        actor,
        clinicId,
        subjectId === actor.userId ? 'calendar.view' : 'calendar.setup',
        action,
      );
      const membership = await new UserRepository(this.db).membership(clinicId, subjectId);
      if (!membership || (membership.role !== 'therapist' && membership.role !== 'owner'))
        throw new HttpProblem(404, 'Therapist not found');
      return context;
    }
    const context = await this.access.enter(actor, clinicId, 'calendar.book', action);
    await this.access.client(context, subjectId, action);
    return context;
  }
}
