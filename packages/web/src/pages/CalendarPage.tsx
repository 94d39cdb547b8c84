import { ROLE_LABELS } from '@myomap/core/practice/roles.ts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { RequireAccount } from '../account/RequireAccount.tsx';
import { type Account, type Membership } from '../account/useAccount.ts';
import { api } from '../api/client.ts';
import { problemMessage, problemOf, unwrap } from '../api/problems.ts';
import { usePageTitle } from '../app/usePageTitle.ts';
import { BookingForm, type Booked } from '../calendar/BookingForm.tsx';
import {
  addDays,
  browserTimeZone,
  formatDateRange,
  formatDayLong,
  isLocalDate,
  plural,
  startOfWeek,
  todayIn,
  type Appointment,
} from '../calendar/calendar-dates.ts';
import {
  appointmentsQuery,
  hoursQuery,
  refreshAppointments,
  settingsQuery,
  therapistsQuery,
  typesQuery,
} from '../calendar/calendar-queries.ts';
import { TimeGrid, VisitTable } from '../calendar/CalendarViews.tsx';
import { FeedSection } from '../calendar/FeedSection.tsx';
import { RequestsSection } from '../calendar/RequestsSection.tsx';
import { VisitDialog } from '../calendar/VisitDialog.tsx';
import { WorkingHoursEditor } from '../calendar/WorkingHoursEditor.tsx';
import '../calendar/calendar.css';

type View = 'day' | 'week' | 'list';
const VIEWS: { value: View; label: string }[] = [
  { value: 'day', label: 'Day' },
  { value: 'week', label: 'Week' },
  { value: 'list', label: 'List' },
];
/** The list view shows this many weeks of visits from its date. */
const LIST_WEEKS = 12;

/** /clinic/:clinicId/calendar — the clinic diary for its staff. */
export function CalendarPage(): React.JSX.Element {
  usePageTitle('Calendar');
  const { clinicId = '' } = useParams();
  return (
    <RequireAccount>
      {(account) => <CalendarScreen key={clinicId} account={account} clinicId={clinicId} />}
    </RequireAccount>
  );
}

function CalendarScreen({ account, clinicId }: { account: Account; clinicId: string }): React.JSX.Element {
  const membership = account.memberships.find((m) => m.clinicId === clinicId);
  if (!membership) {
    return (
      <section aria-labelledby="calendar-missing">
        <h1 id="calendar-missing">Clinic not found</h1>
        <p>This clinic does not exist, or you are not one of its staff.</p>
        <p>
          <Link to="/clinic">Go to your clinics</Link>
        </p>
      </section>
    );
  }
  if (membership.role === 'client') {
    return (
      <section aria-labelledby="calendar-staff-only">
        <h1 id="calendar-staff-only">This calendar is for the clinic’s staff</h1>
        <p>Your visits at {membership.clinicName}, and requests for new ones, are in your portal.</p>
        <p>
          <Link className="button" to="/portal">
            Open your portal
          </Link>
        </p>
      </section>
    );
  }
  return <Diary membership={membership} userId={account.user.id} />;
}

function parseView(value: string | null): View {
  return value === 'day' || value === 'list' ? value : 'week';
}

/** The clinic's time zone: from its settings for the owner, otherwise as the working hours report it. */
function useClinicZone(membership: Membership, userId: string, firstTherapist: string | undefined): string | undefined {
  const owner = membership.role === 'owner';
  const settings = useQuery({ ...settingsQuery(membership.clinicId), enabled: owner });
  const probe = owner ? '' : membership.role === 'therapist' ? userId : (firstTherapist ?? '');
  const hours = useQuery({ ...hoursQuery(membership.clinicId, probe), enabled: probe !== '' });
  return settings.data?.timeZone ?? hours.data?.timeZone;
}

function Diary({ membership, userId }: { membership: Membership; userId: string }): React.JSX.Element {
  const { clinicId, clinicName, role } = membership;
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const therapists = useQuery(therapistsQuery(clinicId));
  const types = useQuery(typesQuery(clinicId));
  const clinicZone = useClinicZone(membership, userId, therapists.data?.[0]?.userId);
  const [booking, setBooking] = useState(false);
  const [booked, setBooked] = useState<Booked | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [openVisit, setOpenVisit] = useState<Appointment | null>(null);
  const bookingHeading = useRef<HTMLHeadingElement>(null);
  const bookedRef = useRef<HTMLDivElement>(null);
  const rangeHeading = useRef<HTMLHeadingElement>(null);

  const view = parseView(params.get('view'));
  const therapistFilter = params.get('therapist') ?? '';
  const dateParam = params.get('date') ?? '';

  // Until the clinic's zone is known, the viewer's own.
  const [fallbackZone] = useState(browserTimeZone);
  const [now] = useState(() => Date.now());
  const zone = clinicZone ?? fallbackZone;
  const today = todayIn(zone, now);
  const date = isLocalDate(dateParam) ? dateParam : today;

  const first = view === 'week' ? startOfWeek(date) : date;
  const last = view === 'day' ? date : view === 'week' ? addDays(first, 6) : addDays(first, LIST_WEEKS * 7 - 1);
  const step = view === 'day' ? 1 : view === 'week' ? 7 : 28;
  const days = view === 'list' ? [] : Array.from({ length: view === 'day' ? 1 : 7 }, (_, i) => addDays(first, i));
  // A day's wide margin either side, so every visit whose local date falls in range is fetched in any zone.
  const appointments = useQuery({
    ...appointmentsQuery(clinicId, `${addDays(first, -1)}T00:00:00Z`, `${addDays(last, 2)}T00:00:00Z`, therapistFilter),
    placeholderData: keepPreviousData,
  });
  const visits = (appointments.data ?? []).filter((v) => {
    const local = v.localStart.slice(0, 10);
    return local >= first && local <= last;
  });

  const confirm = useMutation({
    mutationFn: async (visit: Appointment) =>
      unwrap(
        await api.PATCH('/api/clinics/{clinicId}/appointments/{appointmentId}', {
          params: { path: { clinicId, appointmentId: visit.id } },
          body: { scope: 'this', confirm: true },
        }),
      ),
    onSuccess: async (_changed, visit) => {
      await refreshAppointments(queryClient, clinicId);
      setAnnouncement(
        `${visit.clientName}’s visit on ${formatDayLong(visit.localStart.slice(0, 10))} at ${visit.localStart.slice(11, 16)} is confirmed.`,
      );
    },
    onError: (error) => setAnnouncement(`The visit was not confirmed. ${problemMessage(problemOf(error))}`),
  });

  useEffect(() => {
    if (booking) bookingHeading.current?.focus();
  }, [booking]);
  useEffect(() => {
    if (booked) bookedRef.current?.focus();
  }, [booked]);

  const go = (patch: Record<string, string | null>) => {
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(patch)) {
        if (value === null || value === '') next.delete(key);
        else next.set(key, value);
      }
      return next;
    });
  };
  const viewLink = (value: View) => {
    const next = new URLSearchParams(params);
    next.set('view', value);
    return `?${next.toString()}`;
  };

  const onBooked = (result: Booked) => {
    setBooking(false);
    setBooked(result);
    setAnnouncement('');
    const firstVisit = result.result.booked[0];
    if (firstVisit) go({ date: firstVisit.localStart.slice(0, 10) });
  };

  const isTherapist = role === 'owner' || role === 'therapist';
  const unit = view === 'day' ? 'day' : view === 'week' ? 'week' : null;
  const rangeTitle =
    view === 'day'
      ? formatDayLong(date)
      : view === 'week'
        ? `Week of ${formatDateRange(first, last)}`
        : `Visits from ${formatDateRange(first, last)}`;
  const countText = appointments.isSuccess
    ? visits.length === 0
      ? view === 'day'
        ? 'No visits on this day.'
        : view === 'week'
          ? 'No visits this week.'
          : `No visits in these ${LIST_WEEKS} weeks.`
      : `${plural(visits.length, 'visit')} ${view === 'day' ? 'on this day' : view === 'week' ? 'this week' : `in these ${LIST_WEEKS} weeks`}.`
    : '';
  const therapistName = therapists.data?.find((t) => t.userId === therapistFilter)?.name;

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={`/clinic/${clinicId}`}>{clinicName}</Link>
        {' › '}
        <span aria-current="page">Calendar</span>
      </nav>
      <header className="page-header cal-header">
        <div>
          <h1>Calendar</h1>
          <p className="lede cal-header__lede">
            Visits at {clinicName}. Times are in {zone.replaceAll('_', ' ')}.{' '}
            <span className="muted">Your role: {ROLE_LABELS[role]}.</span>
          </p>
        </div>
        <div className="button-row cal-header__actions">
          <button
            type="button"
            className={booking ? 'button' : 'button button--primary'}
            aria-expanded={booking}
            aria-controls="booking-panel"
            onClick={() => {
              setBooking(!booking);
              setBooked(null);
            }}
          >
            Book a visit
          </button>
          {role === 'owner' ? (
            <Link className="button" to={`/clinic/${clinicId}/admin#calendar-setup`}>
              Set up the calendar
            </Link>
          ) : null}
        </div>
      </header>

      {booked ? (
        <div className="alert alert--success cal-booked" role="status" ref={bookedRef} tabIndex={-1}>
          <p>
            <strong>
              {booked.result.booked.length === 1 ? '1 visit booked' : `${booked.result.booked.length} visits booked`}
            </strong>{' '}
            for {booked.clientName} with {booked.therapistName}
            {(booked.result.repeat ?? booked.asked) ? `: ${booked.result.repeat ?? booked.asked}` : ''}
            {booked.result.booked[0]
              ? `, from ${formatDayLong(booked.result.booked[0].localStart.slice(0, 10))} at ${booked.result.booked[0].localStart.slice(11, 16)}`
              : ''}
            .
          </p>
          {booked.result.skipped.length > 0 ? (
            <p>
              {booked.result.skipped.length === 1
                ? '1 visit that clashed was not booked:'
                : `${booked.result.skipped.length} visits that clashed were not booked:`}{' '}
              {booked.result.skipped.map((s) => s.message).join('; ')}.
            </p>
          ) : null}
          <button type="button" className="button button--small" onClick={() => setBooked(null)}>
            Done
          </button>
        </div>
      ) : null}
      <p role="status" className={announcement ? 'alert alert--success cal-announce' : 'cal-announce'}>
        {announcement}
      </p>

      <div id="booking-panel" hidden={!booking}>
        <section className="cal-panel cal-section cal-booking-panel" aria-labelledby="booking-title">
          <h2 id="booking-title" ref={bookingHeading} tabIndex={-1}>
            Book a visit
          </h2>
          {booking ? (
            therapists.isPending ? (
              <p role="status">Loading the therapists…</p>
            ) : therapists.isError ? (
              <div className="alert alert--error" role="alert">
                <p>The therapists could not be loaded. {problemMessage(problemOf(therapists.error))}</p>
              </div>
            ) : (
              <BookingForm
                clinicId={clinicId}
                therapists={therapists.data}
                preferredTherapist={isTherapist ? userId : therapistFilter}
                initialDate={date < today ? today : date}
                isOwner={role === 'owner'}
                onBooked={onBooked}
                onClose={() => setBooking(false)}
              />
            )
          ) : null}
        </section>
      </div>

      {types.isSuccess && types.data.every((t) => t.archived) ? (
        <div className="alert alert--warning cal-section">
          <p>
            <strong>The calendar is not set up yet.</strong> Visits need appointment types (such as “Treatment, 60
            minutes”).{' '}
            {role === 'owner' ? (
              <Link to={`/clinic/${clinicId}/admin#calendar-setup`}>Add them in the calendar set-up.</Link>
            ) : (
              'Please ask the clinic owner to add them.'
            )}
          </p>
        </div>
      ) : null}

      <RequestsSection
        clinicId={clinicId}
        today={today}
        onOpen={setOpenVisit}
        onConfirm={(visit) => confirm.mutate(visit)}
        confirming={confirm.isPending ? (confirm.variables?.id ?? null) : null}
      />

      <section className="cal-main" aria-labelledby="cal-range-title">
        <div className="cal-toolbar">
          <nav aria-label="Calendar views" className="segmented cal-views">
            {VIEWS.map((v) => (
              <Link
                key={v.value}
                className="segmented__option"
                to={viewLink(v.value)}
                aria-current={view === v.value ? 'page' : undefined}
              >
                {v.label}
              </Link>
            ))}
          </nav>
          <div className="button-row cal-nav">
            <button type="button" className="button button--small" onClick={() => go({ date: addDays(date, -step) })}>
              {unit ? (
                <>
                  <span aria-hidden="true">‹</span>Previous<span className="visually-hidden"> {unit}</span>
                </>
              ) : (
                <>
                  <span aria-hidden="true">‹</span>Earlier<span className="visually-hidden"> visits</span>
                </>
              )}
            </button>
            <button type="button" className="button button--small" onClick={() => go({ date: null })}>
              Today
            </button>
            <button type="button" className="button button--small" onClick={() => go({ date: addDays(date, step) })}>
              {unit ? (
                <>
                  Next<span className="visually-hidden"> {unit}</span>
                  <span aria-hidden="true">›</span>
                </>
              ) : (
                <>
                  Later<span className="visually-hidden"> visits</span>
                  <span aria-hidden="true">›</span>
                </>
              )}
            </button>
          </div>
          <div className="cal-filters">
            <div className="field">
              <label htmlFor="cal-date">{view === 'list' ? 'From' : 'Date'}</label>
              <input
                id="cal-date"
                type="date"
                value={date}
                onChange={(e) => {
                  if (isLocalDate(e.target.value)) go({ date: e.target.value });
                }}
              />
            </div>
            <div className="field">
              <label htmlFor="cal-therapist">Therapist</label>
              <select id="cal-therapist" value={therapistFilter} onChange={(e) => go({ therapist: e.target.value })}>
                <option value="">All therapists</option>
                {(therapists.data ?? []).map((t) => (
                  <option key={t.userId} value={t.userId}>
                    {t.name}
                    {t.userId === userId ? ' (you)' : ''}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </div>

        <h2 id="cal-range-title" ref={rangeHeading} tabIndex={-1} className="cal-range">
          {rangeTitle}
          {therapistName ? <span className="cal-range__who">: {therapistName}</span> : null}
        </h2>
        <p role="status" className="muted cal-count-text">
          {appointments.isPending ? 'Loading visits…' : appointments.isFetching ? 'Updating…' : countText}
        </p>
        {appointments.isError ? (
          <div className="alert alert--error" role="alert">
            <p>The visits could not be loaded. {problemMessage(problemOf(appointments.error))}</p>
            <button type="button" className="button button--small" onClick={() => void appointments.refetch()}>
              Try again
            </button>
          </div>
        ) : null}

        {appointments.isSuccess ? (
          view === 'list' ? (
            visits.length > 0 ? (
              <VisitTable
                visits={visits}
                caption={rangeTitle}
                onOpen={setOpenVisit}
                onConfirm={(visit) => confirm.mutate(visit)}
                confirming={confirm.isPending ? (confirm.variables?.id ?? null) : null}
              />
            ) : (
              <p className="cal-empty">
                Nothing booked from {formatDayLong(first)} for {LIST_WEEKS} weeks.{' '}
                <button type="button" className="link-button" onClick={() => setBooking(true)}>
                  Book a visit
                </button>
              </p>
            )
          ) : (
            <TimeGrid days={days} visits={visits} today={today} onOpen={setOpenVisit} />
          )
        ) : null}
      </section>

      {role === 'therapist' ? (
        <section className="cal-section cal-panel" aria-labelledby="own-hours-title">
          <h2 id="own-hours-title">Your working hours</h2>
          <details className="cal-details">
            <summary>Show and change your working hours, dates with other hours and time off</summary>
            <WorkingHoursEditor clinicId={clinicId} therapistId={userId} timeZone={clinicZone} level={3} own />
          </details>
        </section>
      ) : null}
      {isTherapist ? <FeedSection clinicId={clinicId} therapistId={userId} /> : null}

      {openVisit ? (
        <VisitDialog
          key={openVisit.id}
          clinicId={clinicId}
          visit={openVisit}
          onClose={() => setOpenVisit(null)}
          onDone={(message) => {
            setOpenVisit(null);
            setAnnouncement(message);
          }}
          fallbackFocus={() => rangeHeading.current}
        />
      ) : null}
    </>
  );
}
