import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HttpProblem, problemSchema } from '../http/problem.ts';
import { clearSessionCookie, sessionToken, setSessionCookie } from '../http/session-cookie.ts';
import {
  accountSchema,
  changePasswordSchema,
  checkEmailSchema,
  emailLinkInfoSchema,
  emailLinkTokenSchema,
  emailOnlySchema,
  invitationIdSchema,
  receivedInvitationSchema,
  useEmailLinkSchema,
  passwordOnlySchema,
  setUpSchema,
  signInSchema,
  signUpSchema,
  totpCodeSchema,
  totpSetupSchema,
} from '../schemas/auth.schemas.ts';
import type { AuthService } from '../services/auth.service.ts';
import type { EmailLinkService } from '../services/email-link.service.ts';
import type { StaffInvitationService } from '../services/staff-invitation.service.ts';

// Sign-in attempts per address and minute: enough for typos, too few for guessing.
const SIGN_IN_LIMIT = { max: 10, timeWindow: '1 minute' };

export const authRoutes =
  (
    auth: AuthService,
    links: EmailLinkService,
    invitations: StaffInvitationService,
    sessionSeconds: number,
  ): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/auth/setup',
      {
        schema: {
          tags: ['accounts'],
          summary: 'Whether this Myomap still needs its first account',
          response: { 200: z.object({ needsSetup: z.boolean() }) },
        },
      },
      async () => ({ needsSetup: await auth.needsSetup() }),
    );

    app.post(
      '/api/auth/setup',
      {
        config: { rateLimit: SIGN_IN_LIMIT },
        schema: {
          tags: ['accounts'],
          summary: 'First start: create the first account, and with a clinic name, the clinic it owns',
          body: setUpSchema,
          response: { 201: accountSchema, 400: problemSchema, 409: problemSchema, 429: problemSchema },
        },
      },
      async (request, reply) => {
        const session = await auth.setUp(request.body, { ip: request.ip });
        setSessionCookie(request, reply, session.token, sessionSeconds);
        return reply.code(201).send(session.account);
      },
    );

    const CHECK_EMAIL = {
      status: 'check-email' as const,
      message: 'Check your email: we sent a message to this address with what to do next.',
    };

    app.post(
      '/api/auth/signup',
      {
        config: { rateLimit: SIGN_IN_LIMIT },
        schema: {
          tags: ['accounts'],
          summary: 'Start a personal self-care account: a link to finish it goes to the address',
          description:
            'Always 202 for a well-formed request, whether or not the address has an account: a new address gets a link (good for 24 hours) that makes the account once it is opened with the same password; an address with an account gets a note that someone tried. No session starts here.',
          body: signUpSchema,
          response: { 202: checkEmailSchema, 400: problemSchema, 429: problemSchema },
        },
      },
      async (request, reply) => {
        await links.signUp(request.body, { ip: request.ip });
        return reply.code(202).send(CHECK_EMAIL);
      },
    );

    app.post(
      '/api/auth/email-link/info',
      {
        config: { rateLimit: SIGN_IN_LIMIT },
        schema: {
          tags: ['accounts'],
          summary: 'What an emailed link is for and what using it needs (the link stays unused)',
          body: emailLinkTokenSchema,
          response: { 200: emailLinkInfoSchema, 400: problemSchema, 429: problemSchema },
        },
      },
      async (request) => links.peek(request.body.token, request.account?.user.id),
    );

    app.post(
      '/api/auth/email-link',
      {
        config: { rateLimit: SIGN_IN_LIMIT },
        schema: {
          tags: ['accounts'],
          summary: 'Use an emailed link (once): finish a sign-up, prove the address, join a clinic or sign in',
          description:
            'A link works once and expires. Its token was emailed after # in the link, so it never reached a server log. A verify or invitation link used by someone not signed in as the account sets the password sent with it and signs every other device out.',
          body: useEmailLinkSchema,
          response: {
            200: accountSchema,
            400: problemSchema,
            401: problemSchema,
            409: problemSchema,
            429: problemSchema,
          },
        },
      },
      async (request, reply) => {
        const session = await links.use(request.body, request.account?.user.id, { ip: request.ip });
        const previous = sessionToken(request);
        if (previous) await auth.signOut(previous, { ip: request.ip });
        setSessionCookie(request, reply, session.token, sessionSeconds);
        return session.account;
      },
    );

    app.post(
      '/api/auth/signin-link',
      {
        config: { rateLimit: SIGN_IN_LIMIT },
        schema: {
          tags: ['accounts'],
          summary: 'Ask for a new one-time sign-in link for an email locked after failed sign-ins',
          description: 'Always 202: a link goes only to a locked account, and at most every 5 minutes.',
          body: emailOnlySchema,
          response: { 202: checkEmailSchema, 400: problemSchema, 429: problemSchema },
        },
      },
      async (request, reply) => {
        await auth.lock.requestLink(request.body.email);
        return reply.code(202).send(CHECK_EMAIL);
      },
    );

    app.post(
      '/api/auth/signin',
      {
        config: { rateLimit: SIGN_IN_LIMIT },
        schema: {
          tags: ['accounts'],
          summary: 'Sign in; a new session (and cookie) every time',
          body: signInSchema,
          description:
            'Accounts with two-factor sign-in also send `code`; without it the answer is 401 with an error on body.code. Five failed attempts for one email within 15 minutes lock the password alone out for 15 minutes (429) and email the account a one-time sign-in link; with two-factor on, the password and a code still sign in.',
          response: { 200: accountSchema, 400: problemSchema, 401: problemSchema, 429: problemSchema },
        },
      },
      async (request, reply) => {
        const previous = sessionToken(request);
        if (previous) await auth.signOut(previous, { ip: request.ip });
        const session = await auth.signIn(request.body, { ip: request.ip });
        setSessionCookie(request, reply, session.token, sessionSeconds);
        return session.account;
      },
    );

    app.post(
      '/api/auth/signout',
      {
        schema: {
          tags: ['accounts'],
          summary: 'Sign out: the session ends on the server',
          response: { 204: z.null(), 403: problemSchema },
        },
      },
      async (request, reply) => {
        const token = sessionToken(request);
        if (token) await auth.signOut(token, { ip: request.ip });
        clearSessionCookie(reply);
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/api/auth/me',
      {
        schema: {
          tags: ['accounts'],
          summary: 'The signed-in account, its clinics and roles, and its CSRF token',
          response: { 200: accountSchema, 401: problemSchema },
        },
      },
      async (request) => {
        const account = request.account;
        if (!account) throw new HttpProblem(401, 'Not signed in');
        return account;
      },
    );

    const signedIn = (token: string | undefined): string => {
      if (!token) throw new HttpProblem(401, 'Not signed in');
      return token;
    };

    app.post(
      '/api/auth/password',
      {
        config: { rateLimit: SIGN_IN_LIMIT },
        schema: {
          tags: ['accounts'],
          summary:
            'Change the password (needs the current one); every session ends and a new one (cookie and CSRF token) replaces this one',
          body: changePasswordSchema,
          response: {
            200: accountSchema,
            400: problemSchema,
            401: problemSchema,
            403: problemSchema,
            429: problemSchema,
          },
        },
      },
      async (request, reply) => {
        const session = await auth.changePassword(signedIn(sessionToken(request)), request.body, { ip: request.ip });
        setSessionCookie(request, reply, session.token, sessionSeconds);
        return session.account;
      },
    );

    app.post(
      '/api/auth/totp/setup',
      {
        schema: {
          tags: ['accounts'],
          summary: 'Start two-factor set-up: a secret and otpauth:// URI for an authenticator app',
          response: { 200: totpSetupSchema, 401: problemSchema, 403: problemSchema },
        },
      },
      async (request) => auth.beginTotp(signedIn(sessionToken(request))),
    );

    app.post(
      '/api/auth/totp/confirm',
      {
        config: { rateLimit: SIGN_IN_LIMIT },
        schema: {
          tags: ['accounts'],
          summary: 'Turn two-factor sign-in on with a code from the new secret',
          body: totpCodeSchema,
          response: {
            200: accountSchema,
            400: problemSchema,
            401: problemSchema,
            403: problemSchema,
            429: problemSchema,
          },
        },
      },
      async (request) => auth.confirmTotp(signedIn(sessionToken(request)), request.body.code, { ip: request.ip }),
    );

    app.post(
      '/api/auth/totp/disable',
      {
        config: { rateLimit: SIGN_IN_LIMIT },
        schema: {
          tags: ['accounts'],
          summary: 'Turn two-factor sign-in off (needs the password)',
          body: passwordOnlySchema,
          response: {
            200: accountSchema,
            400: problemSchema,
            401: problemSchema,
            403: problemSchema,
            429: problemSchema,
          },
        },
      },
      async (request) => auth.disableTotp(signedIn(sessionToken(request)), request.body.password, { ip: request.ip }),
    );

    app.post(
      '/api/auth/verify-email',
      {
        config: { rateLimit: SIGN_IN_LIMIT },
        schema: {
          tags: ['accounts'],
          summary: 'Email the signed-in account a link to prove its address',
          response: { 202: checkEmailSchema, 401: problemSchema, 403: problemSchema, 429: problemSchema },
        },
      },
      async (request, reply) => {
        const account = request.account;
        if (!account) throw new HttpProblem(401, 'Not signed in');
        await links.requestVerification(account.user.id);
        return reply.code(202).send(CHECK_EMAIL);
      },
    );

    app.get(
      '/api/auth/invitations',
      {
        schema: {
          tags: ['accounts'],
          summary: 'Clinics inviting the signed-in account to their staff (once its address is proved)',
          response: { 200: z.array(receivedInvitationSchema), 401: problemSchema },
        },
      },
      async (request) => {
        const account = request.account;
        if (!account) throw new HttpProblem(401, 'Not signed in');
        return invitations.received(account.user.id);
      },
    );

    for (const [verb, accept] of [
      ['accept', true],
      ['decline', false],
    ] as const) {
      app.post(
        `/api/auth/invitations/:invitationId/${verb}`,
        {
          schema: {
            tags: ['accounts'],
            summary: accept ? 'Join the clinic\u2019s staff as invited' : 'Decline the invitation',
            params: invitationIdSchema,
            response: { 200: accountSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema },
          },
        },
        async (request) => {
          const account = request.account;
          if (!account) throw new HttpProblem(401, 'Not signed in');
          await invitations.respond(account.user.id, request.params.invitationId, accept);
          const updated = await auth.current(sessionToken(request));
          if (!updated) throw new HttpProblem(401, 'Not signed in');
          return updated;
        },
      );
    }
  };
