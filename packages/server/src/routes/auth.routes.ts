import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HttpProblem, problemSchema } from '../http/problem.ts';
import { clearSessionCookie, sessionToken, setSessionCookie } from '../http/session-cookie.ts';
import { accountSchema, setUpSchema, signInSchema, signUpSchema } from '../schemas/auth.schemas.ts';
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
        const account = await auth.current(sessionToken(request));
        if (!account) throw new HttpProblem(401, 'Not signed in');
        return account;
      },
    );
  };
