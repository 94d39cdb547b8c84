import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HttpProblem, problemSchema } from '../http/problem.ts';
import { clearSessionCookie, sessionToken, setSessionCookie } from '../http/session-cookie.ts';
import {
  accountSchema,
  changePasswordSchema,
  passwordOnlySchema,
  setUpSchema,
  signInSchema,
  signUpSchema,
  totpCodeSchema,
  totpSetupSchema,
} from '../schemas/auth.schemas.ts';
import type { AuthService } from '../services/auth.service.ts';

// Sign-in attempts per address and minute: enough for typos, too few for guessing.
const SIGN_IN_LIMIT = { max: 10, timeWindow: '1 minute' };

export const authRoutes =
  (auth: AuthService, sessionSeconds: number): FastifyPluginAsyncZod =>
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

    app.post(
      '/api/auth/signup',
      {
        config: { rateLimit: SIGN_IN_LIMIT },
        schema: {
          tags: ['accounts'],
          summary: 'Create a personal self-care account',
          body: signUpSchema,
          response: { 201: accountSchema, 400: problemSchema, 409: problemSchema, 429: problemSchema },
        },
      },
      async (request, reply) => {
        const session = await auth.signUp(request.body, { ip: request.ip });
        setSessionCookie(request, reply, session.token, sessionSeconds);
        return reply.code(201).send(session.account);
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
            'Accounts with two-factor sign-in also send `code`; without it the answer is 401 with an error on body.code. Five failed attempts for one email within 15 minutes lock it for 15 minutes (429).',
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
  };
