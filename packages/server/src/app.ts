import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { DatabaseHandle } from './db/connection.ts';
import { installAuthentication } from './http/authenticate.ts';
import { installCacheControl } from './http/cache-control.ts';
import { installCsrfProtection } from './http/csrf.ts';
import { installErrorHandling } from './http/error-handler.ts';
import { installInputGuard } from './http/input-guard.ts';
import { DEFAULT_LIMITS, type RequestLimits } from './http/rate-limits.ts';
import { installOpenApi } from './http/openapi.ts';
import { HttpProblem } from './http/problem.ts';
import { installWebApp } from './http/web-app.ts';
import { atlasRoutes } from './routes/atlas.routes.ts';
import { authRoutes } from './routes/auth.routes.ts';
import { calendarRoutes } from './routes/calendar.routes.ts';
import { clientRoutes } from './routes/client.routes.ts';
import { clinicRoutes } from './routes/clinic.routes.ts';
import { fhirRoutes } from './routes/fhir.routes.ts';
import { noteRoutes } from './routes/note.routes.ts';
import { outcomeRoutes } from './routes/outcome.routes.ts';
import { questionnaireRoutes } from './routes/questionnaire.routes.ts';
import { outboxRoutes } from './routes/outbox.routes.ts';
import { portalRoutes } from './routes/portal.routes.ts';
import { finderRoutes } from './routes/finder.routes.ts';
import { healthRoutes } from './routes/health.routes.ts';
import { homeProgramRoutes } from './routes/home-program.routes.ts';
import { planRoutes } from './routes/plan.routes.ts';
import { regionRoutes } from './routes/regions.routes.ts';
import { reportRoutes } from './routes/report.routes.ts';
import { screeningRoutes } from './routes/screening.routes.ts';
import { AtlasService } from './services/atlas.service.ts';
import { ephemeralSecurity, type AccountSecurity } from './services/account-mail.ts';
import { AuthService, DEFAULT_SESSION_POLICY, type SessionPolicy } from './services/auth.service.ts';
import { EmailLinkService } from './services/email-link.service.ts';
import { PortalGrantService } from './services/portal-grant.service.ts';
import { StaffInvitationService } from './services/staff-invitation.service.ts';
import { CalendarSetupService } from './services/calendar-setup.service.ts';
import { CalendarService } from './services/calendar.service.ts';
import { FeedService } from './services/feed.service.ts';
import { ClientService } from './services/client.service.ts';
import { ClinicService } from './services/clinic.service.ts';
import { NoteService } from './services/note.service.ts';
import { OutcomeService } from './services/outcome.service.ts';
import { QuestionnaireService } from './services/questionnaire.service.ts';
import { OutboxService } from './services/outbox.service.ts';
import { PortalService } from './services/portal.service.ts';
import { FinderService } from './services/finder.service.ts';
import { HealthService } from './services/health.service.ts';
import { InteropService } from './fhir/interop.service.ts';
import { HomeProgramService } from './services/home-program.service.ts';
import { PlanService } from './services/plan.service.ts';
import { ReportService } from './services/report.service.ts';
import { ScreeningService } from './services/screening.service.ts';

export interface AppOptions {
  database: DatabaseHandle;
  logger?: FastifyServerOptions['logger'];
  /** Built web app folder; when absent only the API is served. */
  webDistDir?: string | undefined;
  sessionPolicy?: SessionPolicy;
  /** See ServerConfig.trustProxy. */
  trustProxy?: boolean | number | string;
  /** See RequestLimits; each one defaults to DEFAULT_LIMITS. */
  limits?: Partial<RequestLimits>;
  /** Secret keys and the public address for emailed links; default: a key for this process only (tests). */
  security?: AccountSecurity;
}

/**
 * A hop count becomes "trust the nearest n proxies", so the client address is the right-most
 * X-Forwarded-For entry that no trusted proxy wrote. `true` means one hop (the usual single TLS
 * terminator): Fastify's own `true` trusts every entry and takes the left-most, which the client writes
 * itself, so anyone could pick the address the rate limit and the audit log see. Addresses or CIDRs go to
 * Fastify as they are (it walks from the right and stops at the first untrusted hop).
 */
export function trustProxySetting(
  setting: boolean | number | string | undefined,
): boolean | string | ((address: string, hop: number) => boolean) {
  const hops = setting === true ? 1 : setting;
  if (typeof hops === 'number') return (_address, hop) => hop < hops;
  return hops ?? false;
}

/** Builds the HTTP application: API routes, docs, problem-details errors and the web app. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    // Bodies beyond 256 kB are refused with 413 before they are parsed. The largest real request (a note
    // with its body chart, or a week of working hours) is a few kilobytes; backups restore from the CLI.
    bodyLimit: 256 * 1024,
    // Cap the time a client may take to send its request, so slow clients cannot pin sockets.
    requestTimeout: 30_000,
    return503OnClosing: true,
    trustProxy: trustProxySetting(options.trustProxy),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);
  installInputGuard(app);
  const limits: RequestLimits = { ...DEFAULT_LIMITS, ...options.limits };
  // Security headers on every response. The docs page (Swagger UI) needs inline styles and
  // scripts, so the policy allows them only there; everything else gets the strict default.
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    // Plain HTTP on localhost must keep working, so HSTS only behind a TLS-terminating proxy (browsers
    // ignore it over plain HTTP anyway). No `preload`: that is the operator's decision for the domain.
    hsts: options.trustProxy ? { maxAge: 31_536_000, includeSubDomains: true, preload: false } : false,
  });
  // Brotli or gzip for text responses: the app's scripts shrink to about a third on a phone's link.
  await app.register(fastifyCompress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });
  await installOpenApi(app);
  await app.register(fastifyCookie);
  // Only routes that ask for it are limited (sign-in and sign-up); the answer is a 429 problem.
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new HttpProblem(429, `Too many attempts: try again in ${Math.ceil(context.ttl / 1000)} seconds`),
  });
  const policy = options.sessionPolicy ?? DEFAULT_SESSION_POLICY;
  const security = options.security ?? ephemeralSecurity();
  const auth = new AuthService(options.database.db, policy, security);
  const invitations = new StaffInvitationService(options.database.db, auth.mail);
  installAuthentication(app, auth, limits.deniedPerMinute);
  installCsrfProtection(app);
  installCacheControl(app);

  await app.register(healthRoutes(new HealthService(options.database)));
  const links = new EmailLinkService(options.database.db, auth.mail, auth);
  await app.register(authRoutes(auth, links, invitations, Math.floor(policy.absoluteMs / 1000)));
  await app.register(regionRoutes());
  await app.register(atlasRoutes(new AtlasService(), limits));
  await app.register(finderRoutes(new FinderService(), limits));
  await app.register(screeningRoutes(new ScreeningService(), limits));
  await app.register(planRoutes(new PlanService(), limits));
  const db = options.database.db;
  await app.register(clinicRoutes(new ClinicService(db), invitations));
  await app.register(clientRoutes(new ClientService(db), new PortalGrantService(db, auth.mail)));
  await app.register(noteRoutes(new NoteService(db)));
  await app.register(portalRoutes(new PortalService(db)));
  await app.register(outcomeRoutes(new OutcomeService(db), new PortalService(db)));
  await app.register(questionnaireRoutes(new QuestionnaireService(db), new PortalService(db)));
  await app.register(outboxRoutes(new OutboxService(db)));
  await app.register(homeProgramRoutes(new HomeProgramService(db)));
  await app.register(reportRoutes(new ReportService(db)));
  await app.register(calendarRoutes(new CalendarService(db), new CalendarSetupService(db), new FeedService(db)));
  await app.register(fhirRoutes(new InteropService(db), new PortalService(db)));

  await installWebApp(app, options.webDistDir);
  return app;
}
