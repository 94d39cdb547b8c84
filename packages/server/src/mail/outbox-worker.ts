import type { Kysely } from 'kysely';
import nodemailer, { type SMTPSentMessageInfo, type Transporter } from 'nodemailer';
import type { Database } from '../db/schema.ts';
import { describeSmtpUrl, type MailConfig } from './mail-config.ts';
import { DEFAULT_RETRY_POLICY, OutboxRepository, type OutboxMessage, type RetryPolicy } from './outbox.repository.ts';

/** The few logger methods the worker uses (pino and Fastify's logger fit). */
export interface OutboxLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
}

const SILENT: OutboxLogger = { info: () => {}, warn: () => {} };

export interface OutboxWorkerOptions {
  db: Kysely<Database>;
  /** smtp://… or smtps://… (see MailConfig.smtpUrl). */
  smtpUrl: string;
  /** The From header. */
  from: string;
  /** See MailConfig.requireTls; default true (tests against the plain local SMTP server turn it off). */
  requireTls?: boolean | undefined;
  /** How often to look for due messages; default 15 s. */
  pollIntervalMs?: number | undefined;
  /**
   * How long a claimed message is reserved for this sender; default 5 min. Past it, the sender is taken
   * for crashed and another one re-sends the message. Keep it well above the SMTP timeouts.
   */
  leaseMs?: number | undefined;
  /** At most this many messages per round; default 20. */
  batchSize?: number | undefined;
  /** Back-off after a failed delivery; default 1, 2, 4 … minutes, at most 6 h, 8 attempts. */
  retry?: Partial<RetryPolicy> | undefined;
  /** SMTP connection, greeting and socket timeouts; default 30 s. */
  smtpTimeoutMs?: number | undefined;
  logger?: OutboxLogger | undefined;
  /** For tests that stop the process at a chosen point (see mail/test/outbox-crash-worker.ts). */
  hooks?: OutboxWorkerHooks | undefined;
}

export interface OutboxWorkerHooks {
  /** After a message was claimed, before it is handed to the SMTP server. */
  afterClaim?: (message: OutboxMessage) => Promise<void>;
  /** After the SMTP server accepted the message, before it is marked sent. */
  afterSend?: (message: OutboxMessage) => Promise<void>;
}

export interface OutboxRound {
  sent: number;
  failed: number;
}

/** The error of a failed delivery as it is stored and shown: the SMTP reply or network error, never the body. */
export function deliveryError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' && !error.message.includes(code) ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}

/**
 * Sends the outbox through SMTP: every poll it claims due messages one at a time under a lease, sends
 * each with its idempotency key as Message-ID, then marks it sent, or records the error and schedules
 * the retry. A crash between claim and "sent" leaves the message 'sending' until the lease runs out;
 * then it is sent again with the same Message-ID (at-least-once).
 */
export class OutboxWorker {
  private readonly outbox: OutboxRepository;
  private readonly transport: Transporter<SMTPSentMessageInfo>;
  private readonly pollIntervalMs: number;
  private readonly leaseMs: number;
  private readonly batchSize: number;
  private readonly retry: RetryPolicy;
  private readonly logger: OutboxLogger;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<OutboxRound> | undefined;
  private started = false;
  /** Set by stop(): the round under way finishes its message and claims no more. */
  private stopRequested = false;

  constructor(private readonly options: OutboxWorkerOptions) {
    this.outbox = new OutboxRepository(options.db);
    this.pollIntervalMs = options.pollIntervalMs ?? 15_000;
    this.leaseMs = options.leaseMs ?? 5 * 60_000;
    this.batchSize = options.batchSize ?? 20;
    this.retry = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.logger = options.logger ?? SILENT;
    const timeout = options.smtpTimeoutMs ?? 30_000;
    this.transport = nodemailer.createTransport({
      url: options.smtpUrl,
      // smtps:// is TLS from the first byte; for smtp:// nodemailer then insists on STARTTLS and fails
      // the delivery (it retries later) when the server does not offer it.
      requireTLS: options.requireTls ?? true,
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
    });
  }

  /** Polls until stop(): a round now, then one every pollIntervalMs. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.logger.info(
      { smtp: describeSmtpUrl(this.options.smtpUrl), pollIntervalMs: this.pollIntervalMs },
      'email outbox: sending',
    );
    const tick = (): void => {
      this.timer = undefined;
      this.runOnce().then(
        () => this.schedule(tick),
        (error: unknown) => {
          this.logger.warn({ err: error }, 'email outbox: round failed; trying again later');
          this.schedule(tick);
        },
      );
    };
    tick();
  }

  private schedule(tick: () => void): void {
    if (!this.started) return;
    this.timer = setTimeout(tick, this.pollIntervalMs);
    this.timer.unref();
  }

  /** Stops polling and waits for the message being sent, then closes the SMTP connection. */
  async stop(): Promise<void> {
    this.started = false;
    this.stopRequested = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
    this.transport.close();
  }

  /**
   * One round: sends what is due at `now` (default: the clock). A round already under way is
   * joined rather than run twice.
   */
  runOnce(now?: Date): Promise<OutboxRound> {
    this.running ??= this.round(now).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async round(fixedNow: Date | undefined): Promise<OutboxRound> {
    const clock = (): Date => fixedNow ?? new Date();
    const result: OutboxRound = { sent: 0, failed: 0 };
    for (let i = 0; i < this.batchSize && !this.stopRequested; i += 1) {
      const [message] = await this.outbox.claimDue(clock(), {
        leaseMs: this.leaseMs,
        limit: 1,
        maxAttempts: this.retry.maxAttempts,
      });
      if (!message) break;
      if (await this.deliver(message, clock)) result.sent += 1;
      else result.failed += 1;
    }
    return result;
  }

  private async deliver(message: OutboxMessage, clock: () => Date): Promise<boolean> {
    await this.options.hooks?.afterClaim?.(message);
    try {
      await this.transport.sendMail({
        from: this.options.from,
        to: message.to_address,
        subject: message.subject,
        text: message.text_body,
        ...(message.html_body !== null ? { html: message.html_body } : {}),
        messageId: message.idempotency_key,
        headers: { 'X-Myomap-Reference': message.reference, 'Auto-Submitted': 'auto-generated' },
      });
    } catch (error) {
      const outcome = await this.outbox.markFailed(message, deliveryError(error), clock(), this.retry);
      this.logger.warn(
        {
          outboxId: message.id,
          reference: message.reference,
          attempts: message.attempts,
          status: outcome?.status ?? 'lease lost',
          retryAt: outcome?.sendAfter ?? undefined,
          error: deliveryError(error),
        },
        outcome?.status === 'failed' ? 'email outbox: gave up on a message' : 'email outbox: delivery failed',
      );
      return false;
    }
    await this.options.hooks?.afterSend?.(message);
    const settled = await this.outbox.markSent(message, clock());
    if (!settled) {
      this.logger.warn(
        { outboxId: message.id, reference: message.reference },
        'email outbox: sent after the lease ran out; another sender may send it again',
      );
    }
    return true;
  }
}

/**
 * Starts the outbox worker when SMTP is configured; otherwise logs once that email is off (messages
 * then wait in the outbox, pending, until a server with SMTP_URL sends them).
 */
export function startOutboxWorker(
  db: Kysely<Database>,
  mail: MailConfig,
  logger: OutboxLogger,
  options: Partial<Omit<OutboxWorkerOptions, 'db' | 'smtpUrl' | 'from' | 'requireTls' | 'logger'>> = {},
): OutboxWorker | undefined {
  if (!mail.smtpUrl) {
    logger.info({}, 'email is off (SMTP_URL is not set): reminders wait in the outbox unsent');
    return undefined;
  }
  const worker = new OutboxWorker({
    ...options,
    db,
    smtpUrl: mail.smtpUrl,
    from: mail.from,
    requireTls: mail.requireTls,
    logger,
  });
  worker.start();
  return worker;
}
