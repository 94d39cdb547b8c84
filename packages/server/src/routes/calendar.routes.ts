import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../http/authenticate.ts';
import { HttpProblem, problemSchema } from '../http/problem.ts';
import {
  appointmentParamsSchema,
  appointmentQuerySchema,
  appointmentSchema,
  appointmentTypeInputSchema,
  appointmentTypeSchema,
  bookingCheckSchema,
  bookingResultSchema,
  bookingSchema,
  cancelSchema,
  changeSchema,
  feedFileParamsSchema,
  feedLinkSchema,
  feedRequestSchema,
  roomInputSchema,
  roomParamsSchema,
  roomSchema,
  therapistParamsSchema,
  typeParamsSchema,
  workingHoursInputSchema,
  workingHoursSchema,
} from '../schemas/calendar.schemas.ts';
import { clientParamsSchema, clinicParamsSchema } from '../schemas/practice.schemas.ts';
import type { CalendarSetupService } from '../services/calendar-setup.service.ts';
import type { CalendarService } from '../services/calendar.service.ts';
import type { FeedService } from '../services/feed.service.ts';

const denied = { 401: problemSchema, 403: problemSchema, 404: problemSchema };
const tags = ['calendar'];

export const calendarRoutes =
  (calendar: CalendarService, setup: CalendarSetupService, feeds: FeedService): FastifyPluginAsyncZod =>
  async (app) => {
    const clinic = '/api/clinics/:clinicId';

    app.get(
      `${clinic}/rooms`,
      {
        schema: {
          tags,
          summary: 'Rooms and locations',
          params: clinicParamsSchema,
          response: { 200: z.array(roomSchema), ...denied },
        },
      },
      async (request) => setup.rooms(actorOf(request), request.params.clinicId),
    );
    app.post(
      `${clinic}/rooms`,
      {
        schema: {
          tags,
          summary: 'Add a room (owner)',
          params: clinicParamsSchema,
          body: roomInputSchema,
          response: { 201: roomSchema, 400: problemSchema, ...denied },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await setup.addRoom(actorOf(request), request.params.clinicId, request.body.name)),
    );
    app.delete(
      `${clinic}/rooms/:roomId`,
      {
        schema: {
          tags,
          summary: 'Archive a room (owner)',
          params: roomParamsSchema,
          response: { 204: z.null(), ...denied },
        },
      },
      async (request, reply) => {
        await setup.archive(actorOf(request), request.params.clinicId, 'rooms', request.params.roomId);
        return reply.code(204).send(null);
      },
    );

    app.get(
      `${clinic}/appointment-types`,
      {
        schema: {
          tags,
          summary: 'Appointment types: name, duration and buffer',
          params: clinicParamsSchema,
          response: { 200: z.array(appointmentTypeSchema), ...denied },
        },
      },
      async (request) => setup.types(actorOf(request), request.params.clinicId),
    );
    app.post(
      `${clinic}/appointment-types`,
      {
        schema: {
          tags,
          summary: 'Add an appointment type (owner)',
          params: clinicParamsSchema,
          body: appointmentTypeInputSchema,
          response: { 201: appointmentTypeSchema, 400: problemSchema, ...denied },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await setup.addType(actorOf(request), request.params.clinicId, request.body)),
    );
    app.delete(
      `${clinic}/appointment-types/:typeId`,
      {
        schema: {
          tags,
          summary: 'Archive an appointment type (owner)',
          params: typeParamsSchema,
          response: { 204: z.null(), ...denied },
        },
      },
      async (request, reply) => {
        await setup.archive(actorOf(request), request.params.clinicId, 'appointment_types', request.params.typeId);
        return reply.code(204).send(null);
      },
    );

    app.get(
      `${clinic}/therapists/:therapistId/hours`,
      {
        schema: {
          tags,
          summary: 'A therapist\u2019s working hours: weekly pattern, exceptions and time off',
          params: therapistParamsSchema,
          response: { 200: workingHoursSchema, ...denied },
        },
      },
      async (request) => setup.hours(actorOf(request), request.params.clinicId, request.params.therapistId),
    );
    app.put(
      `${clinic}/therapists/:therapistId/hours`,
      {
        schema: {
          tags,
          summary: 'Set working hours (the therapist, or the owner)',
          params: therapistParamsSchema,
          body: workingHoursInputSchema,
          response: { 200: workingHoursSchema, 400: problemSchema, ...denied },
        },
      },
      async (request) =>
        setup.setHours(actorOf(request), request.params.clinicId, request.params.therapistId, request.body),
    );

    app.get(
      `${clinic}/appointments`,
      {
        schema: {
          tags,
          summary: 'Visits in a window (day, week or list views), cancelled ones left out',
          params: clinicParamsSchema,
          querystring: appointmentQuerySchema,
          response: { 200: z.array(appointmentSchema), 400: problemSchema, ...denied },
        },
      },
      async (request) => calendar.list(actorOf(request), request.params.clinicId, request.query),
    );
    app.post(
      `${clinic}/appointments/check`,
      {
        schema: {
          tags,
          summary: 'Check every visit of a booking for clashes without booking',
          params: clinicParamsSchema,
          body: bookingSchema,
          response: { 200: bookingCheckSchema, 400: problemSchema, ...denied, 409: problemSchema },
        },
      },
      async (request) => calendar.check(actorOf(request), request.params.clinicId, request.body),
    );
    app.post(
      `${clinic}/appointments`,
      {
        schema: {
          tags,
          summary: 'Book a visit or a series; with clashes, 409 lists each (errors[].field = occurrences[i])',
          params: clinicParamsSchema,
          body: bookingSchema,
          response: { 201: bookingResultSchema, 400: problemSchema, ...denied, 409: problemSchema },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await calendar.book(actorOf(request), request.params.clinicId, request.body)),
    );
    app.patch(
      `${clinic}/appointments/:appointmentId`,
      {
        schema: {
          tags,
          summary: 'Move or change this visit, this and following, or the whole series',
          params: appointmentParamsSchema,
          body: changeSchema,
          response: { 200: z.array(appointmentSchema), 400: problemSchema, ...denied, 409: problemSchema },
        },
      },
      async (request) =>
        calendar.change(actorOf(request), request.params.clinicId, request.params.appointmentId, request.body),
    );
    app.post(
      `${clinic}/appointments/:appointmentId/cancel`,
      {
        schema: {
          tags,
          summary: 'Cancel this visit, this and following, or the whole series',
          params: appointmentParamsSchema,
          body: cancelSchema,
          response: { 200: z.array(appointmentSchema), 400: problemSchema, ...denied },
        },
      },
      async (request) =>
        calendar.cancel(actorOf(request), request.params.clinicId, request.params.appointmentId, request.body.scope),
    );

    app.post(
      `${clinic}/therapists/:therapistId/feed`,
      {
        schema: {
          tags,
          summary: 'A new secret calendar feed URL for a therapist (earlier ones stop working)',
          params: therapistParamsSchema,
          // Fastify hands a request without a body on as null: the old body-less POST keeps working.
          body: feedRequestSchema.nullish(),
          response: { 201: feedLinkSchema, 400: problemSchema, ...denied },
        },
      },
      async (request, reply) =>
        reply.code(201).send(
          await feeds.renew(actorOf(request), request.params.clinicId, 'therapist', request.params.therapistId, {
            clientNames: request.body?.clientNames ?? 'initials',
          }),
        ),
    );
    app.delete(
      `${clinic}/therapists/:therapistId/feed`,
      {
        schema: {
          tags,
          summary: 'Revoke a therapist\u2019s feed URL',
          params: therapistParamsSchema,
          response: { 204: z.null(), ...denied },
        },
      },
      async (request, reply) => {
        await feeds.revoke(actorOf(request), request.params.clinicId, 'therapist', request.params.therapistId);
        return reply.code(204).send(null);
      },
    );
    app.post(
      `${clinic}/clients/:clientId/feed`,
      {
        schema: {
          tags,
          summary: 'A new secret calendar feed URL for a client (earlier ones stop working)',
          params: clientParamsSchema,
          response: { 201: feedLinkSchema, ...denied },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await feeds.renew(actorOf(request), request.params.clinicId, 'client', request.params.clientId)),
    );
    app.delete(
      `${clinic}/clients/:clientId/feed`,
      {
        schema: {
          tags,
          summary: 'Revoke a client\u2019s feed URL',
          params: clientParamsSchema,
          response: { 204: z.null(), ...denied },
        },
      },
      async (request, reply) => {
        await feeds.revoke(actorOf(request), request.params.clinicId, 'client', request.params.clientId);
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/api/feeds/:file',
      {
        schema: {
          tags,
          summary: 'An iCalendar feed (text/calendar) to subscribe to; the URL itself is the key',
          params: feedFileParamsSchema,
          response: { 200: z.string(), 404: problemSchema },
        },
      },
      async (request, reply) => {
        const token = request.params.file.replace(/\.ics$/, '');
        if (token === request.params.file) throw new HttpProblem(404, 'No such calendar feed');
        const body = await feeds.ics(token, request.ip);
        return (
          reply
            .type('text/calendar; charset=utf-8')
            // Names and visit times: no shared cache may keep them; calendar apps refetch on their own
            // schedule, and some mishandle `no-store` on downloads, so `private, max-age=0` rather than that.
            .header('cache-control', 'private, max-age=0')
            .header('content-disposition', 'inline; filename="myomap.ics"')
            .send(body)
        );
      },
    );
  };
