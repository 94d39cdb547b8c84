import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../http/authenticate.ts';
import { problemSchema } from '../http/problem.ts';
import {
  addendumSchema,
  clientParamsSchema,
  noteCreateQuerySchema,
  noteParamsSchema,
  noteViewSchema,
  sessionNoteContentSchema,
} from '../schemas/practice.schemas.ts';
import type { NoteService } from '../services/note.service.ts';

const denied = { 401: problemSchema, 403: problemSchema, 404: problemSchema };
const base = '/api/clinics/:clinicId/clients/:clientId/notes';

export const noteRoutes =
  (notes: NoteService): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      base,
      {
        schema: {
          tags: ['clients'],
          summary: 'Write a SOAP session note with its body chart (a draft, or signed at once with ?sign=true)',
          params: clientParamsSchema,
          querystring: noteCreateQuerySchema,
          body: sessionNoteContentSchema,
          response: { 201: noteViewSchema, 400: problemSchema, ...denied, 409: problemSchema },
        },
      },
      async (request, reply) =>
        reply.code(201).send(
          await notes.create(actorOf(request), request.params.clinicId, request.params.clientId, request.body, {
            sign: request.query.sign === 'true',
          }),
        ),
    );

    app.get(
      `${base}/:noteId`,
      {
        schema: {
          tags: ['clients'],
          summary: 'A session note with its addenda',
          params: noteParamsSchema,
          response: { 200: noteViewSchema, ...denied },
        },
      },
      async (request) =>
        notes.read(actorOf(request), request.params.clinicId, request.params.clientId, request.params.noteId),
    );

    app.put(
      `${base}/:noteId`,
      {
        schema: {
          tags: ['clients'],
          summary: 'Change a draft note (signed notes are locked: 409)',
          params: noteParamsSchema,
          body: sessionNoteContentSchema,
          response: { 200: noteViewSchema, 400: problemSchema, ...denied, 409: problemSchema },
        },
      },
      async (request) =>
        notes.update(
          actorOf(request),
          request.params.clinicId,
          request.params.clientId,
          request.params.noteId,
          request.body,
        ),
    );

    app.post(
      `${base}/:noteId/sign`,
      {
        schema: {
          tags: ['clients'],
          summary: 'Sign a draft note (its author only); it is locked from then on',
          params: noteParamsSchema,
          response: { 200: noteViewSchema, ...denied, 409: problemSchema },
        },
      },
      async (request) =>
        notes.sign(actorOf(request), request.params.clinicId, request.params.clientId, request.params.noteId),
    );

    app.post(
      `${base}/:noteId/addenda`,
      {
        schema: {
          tags: ['clients'],
          summary: 'Add an addendum to a signed note (who and when are recorded)',
          params: noteParamsSchema,
          body: addendumSchema,
          response: { 201: noteViewSchema, 400: problemSchema, ...denied, 409: problemSchema },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await notes.addAddendum(
              actorOf(request),
              request.params.clinicId,
              request.params.clientId,
              request.params.noteId,
              request.body.body,
            ),
          ),
    );
  };
