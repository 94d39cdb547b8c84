import path from 'node:path';
import { DEFAULT_LIMITS, type RequestLimits } from './http/rate-limits.ts';
import { MailConfigError, readMailConfig, type MailConfig } from './mail/mail-config.ts';

/** Runtime configuration, read once from the environment. */
export interface ServerConfig {
  port: number;
  host: string;
  /** Folder for the embedded SQLite database (used when no DATABASE_URL is set). */
  dataDir: string;
  /** postgres://… switches storage to PostgreSQL. */
  databaseUrl: string | undefined;
  logLevel: string;
  /** Built web app to serve; absent in API-only runs. */
  webDistDir: string | undefined;
  /**
   * Behind a TLS-terminating proxy: which proxies to believe about the client's address and protocol
   * (X-Forwarded-For/-Proto), so session cookies are marked Secure and rate limits see real addresses.
   * `true` (one hop: the proxy in front), a hop count, or comma-separated addresses/CIDRs; off by default.
   * The client address is then the right-most X-Forwarded-For entry that no trusted proxy wrote (see
   * trustProxySetting in app.ts), and responses carry HSTS.
   */
  trustProxy: boolean | number | string;
  /** MYOMAP_RATE_LIMIT and MYOMAP_DENY_LIMIT (per minute; 0 turns one off). */
  limits: RequestLimits;
  /** Outgoing email: SMTP_URL (unset: email is off, messages wait in the outbox) and MAIL_FROM. */
  mail: MailConfig;
  /** MYOMAP_PUBLIC_URL: the web app's address as people reach it, for links in emails. */
  publicUrl: string;
}

export class ConfigError extends Error {}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 3000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535, got "${raw}"`);
  }
  return port;
}

function parseTrustProxy(raw: string | undefined): boolean | number | string {
  const value = raw?.trim() ?? '';
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

function parseLimit(name: string, raw: string | undefined, fallback: number): number {
  const value = raw?.trim() ?? '';
  if (value === '') return fallback;
  if (!/^\d+$/.test(value))
    throw new ConfigError(`${name} must be a whole number of requests a minute (0: off), got "${raw}"`);
  return Number(value);
}

function parseMail(env: NodeJS.ProcessEnv): MailConfig {
  try {
    return readMailConfig(env);
  } catch (error) {
    if (error instanceof MailConfigError) throw new ConfigError(error.message);
    throw error;
  }
}

export function readConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): ServerConfig {
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
  }
  return {
    port: parsePort(env.PORT),
    host: env.HOST?.trim() || 'localhost',
    dataDir: path.resolve(cwd, env.MYOMAP_DATA_DIR?.trim() || 'data'),
    databaseUrl,
    logLevel: env.LOG_LEVEL?.trim() || 'info',
    webDistDir: env.MYOMAP_WEB_DIST?.trim() || undefined,
    trustProxy: parseTrustProxy(env.MYOMAP_TRUST_PROXY),
    limits: {
      computePerMinute: parseLimit('MYOMAP_RATE_LIMIT', env.MYOMAP_RATE_LIMIT, DEFAULT_LIMITS.computePerMinute),
      deniedPerMinute: parseLimit('MYOMAP_DENY_LIMIT', env.MYOMAP_DENY_LIMIT, DEFAULT_LIMITS.deniedPerMinute),
    },
    mail: parseMail(env),
    publicUrl: parsePublicUrl(env.MYOMAP_PUBLIC_URL, parsePort(env.PORT)),
  };
}

/** Links in emails point here; never derived from a request's Host header, which a client chooses. */
function parsePublicUrl(raw: string | undefined, port: number): string {
  const value = raw?.trim() ?? '';
  if (value === '') return `http://localhost:${port}`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(
      `MYOMAP_PUBLIC_URL must be an http(s) address such as https://myomap.example.org, got "${raw}"`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError(`MYOMAP_PUBLIC_URL must start with https:// or http://, got "${raw}"`);
  }
  return value.replace(/\/+$/, '');
}
