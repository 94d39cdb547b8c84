import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../http/authenticate.ts';
import { problemSchema } from '../http/problem.ts';
import {
  auditEntrySchema,
  auditQuerySchema,
  clinicCreateSchema,
  clinicParamsSchema,
  clinicSettingsSchema,
  clinicSettingsUpdateSchema,
  consentFormInputSchema,
  consentFormSchema,
  invitationParamsSchema,
  memberInputSchema,
  memberParamsSchema,
  memberSchema,
  staffInvitationSchema,
} from '../schemas/practice.schemas.ts';
import type { ClinicService } from '../services/clinic.service.ts';
import type { StaffInvitationService } from '../services/staff-invitation.service.ts';

const denied = { 401: problemSchema, 403: problemSchema, 404: problemSchema };

export const clinicRoutes =
  (clinics: ClinicService, invitations: StaffInvitationService): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/clinics',
      {
        schema: {
          tags: ['clinic'],
          summary: 'Open a new clinic, owned by the signed-in account',
          body: clinicCreateSchema,
          response: { 201: clinicSettingsSchema, 400: problemSchema, ...denied },
        },
      },
      async (request, reply) => reply.code(201).send(await clinics.create(actorOf(request), request.body.name)),
    );

    app.get(
      '/api/clinics/:clinicId',
      {
        schema: {
          tags: ['clinic'],
          summary: 'The clinic\u2019s settings (owner)',
          params: clinicParamsSchema,
          response: { 200: clinicSettingsSchema, ...denied },
        },
      },
      async (request) => clinics.settings(actorOf(request), request.params.clinicId),
    );

    app.patch(
      '/api/clinics/:clinicId',
      {
        schema: {
          tags: ['clinic'],
          summary: 'Change the clinic\u2019s name, record retention, or whether therapists see only their own clients',
          params: clinicParamsSchema,
          body: clinicSettingsUpdateSchema,
          response: { 200: clinicSettingsSchema, 400: problemSchema, ...denied },
        },
      },
      async (request) => clinics.updateSettings(actorOf(request), request.params.clinicId, request.body),
    );

    app.get(
      '/api/clinics/:clinicId/members',
      {
        schema: {
          tags: ['clinic'],
          summary: 'Staff of the clinic and their roles (owner)',
          params: clinicParamsSchema,
          response: { 200: z.array(memberSchema), ...denied },
        },
      },
      async (request) => clinics.members(actorOf(request), request.params.clinicId),
    );

    app.get(
      '/api/clinics/:clinicId/therapists',
      {
        schema: {
          tags: ['clinic'],
          summary: 'The clinic\u2019s therapists, to assign clients (staff)',
          params: clinicParamsSchema,
          response: { 200: z.array(memberSchema), ...denied },
        },
      },
      async (request) => clinics.therapists(actorOf(request), request.params.clinicId),
    );

    app.post(
      '/api/clinics/:clinicId/members',
      {
        schema: {
          tags: ['clinic'],
          summary: 'Invite a therapist, front-desk member or co-owner by email; they join when they accept',
          description:
            'The answer is the same whether or not the address has an account (202, the invitation, no name). The invitee accepts with the emailed link, or signed in with a proved address, on their account page.',
          params: clinicParamsSchema,
          body: memberInputSchema,
          response: { 202: staffInvitationSchema, 400: problemSchema, ...denied, 409: problemSchema },
        },
      },
      async (request, reply) =>
        reply.code(202).send(await invitations.invite(actorOf(request), request.params.clinicId, request.body)),
    );

    app.get(
      '/api/clinics/:clinicId/invitations',
      {
        schema: {
          tags: ['clinic'],
          summary: 'Staff invitations not yet accepted (owner)',
          params: clinicParamsSchema,
          response: { 200: z.array(staffInvitationSchema), ...denied },
        },
      },
      async (request) => invitations.pending(actorOf(request), request.params.clinicId),
    );

    app.delete(
      '/api/clinics/:clinicId/invitations/:invitationId',
      {
        schema: {
          tags: ['clinic'],
          summary: 'Withdraw a staff invitation (owner); its link stops working',
          params: invitationParamsSchema,
          response: { 204: z.null(), ...denied },
        },
      },
      async (request, reply) => {
        await invitations.revoke(actorOf(request), request.params.clinicId, request.params.invitationId);
        return reply.code(204).send(null);
      },
    );

    app.delete(
      '/api/clinics/:clinicId/members/:userId',
      {
        schema: {
          tags: ['clinic'],
          summary: 'Remove a staff member from the clinic (their account stays)',
          params: memberParamsSchema,
          response: { 204: z.null(), ...denied, 409: problemSchema },
        },
      },
      async (request, reply) => {
        await clinics.removeMember(actorOf(request), request.params.clinicId, request.params.userId);
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/api/clinics/:clinicId/consent-forms',
      {
        schema: {
          tags: ['clinic'],
          summary: 'Every version of the clinic\u2019s consent forms',
          params: clinicParamsSchema,
          response: { 200: z.array(consentFormSchema), ...denied },
        },
      },
      async (request) => clinics.consentForms(actorOf(request), request.params.clinicId),
    );

    app.post(
      '/api/clinics/:clinicId/consent-forms',
      {
        schema: {
          tags: ['clinic'],
          summary: 'Publish a new version of a consent form; clients are asked to sign again',
          params: clinicParamsSchema,
          body: consentFormInputSchema,
          response: { 201: consentFormSchema, 400: problemSchema, ...denied },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await clinics.publishConsentForm(actorOf(request), request.params.clinicId, request.body)),
    );

    app.get(
      '/api/clinics/:clinicId/audit',
      {
        schema: {
          tags: ['clinic'],
          summary: 'The audit log, newest first (owner): who, when (UTC), from where, what — never health data',
          params: clinicParamsSchema,
          querystring: auditQuerySchema,
          response: { 200: z.array(auditEntrySchema), 400: problemSchema, ...denied },
        },
      },
      async (request) => clinics.auditLog(actorOf(request), request.params.clinicId, request.query),
    );
  };
