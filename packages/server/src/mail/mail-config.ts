/** How the server sends email: read from the environment (SMTP_URL, SMTP_TLS, MAIL_FROM). */
export interface MailConfig {
  /**
   * smtp://user:pass@host:587 (STARTTLS when offered) or smtps://user:pass@host:465 (TLS from the start);
   * nodemailer's query options work too, e.g. `?tls.rejectUnauthorized=false`. Undefined: email is off and
   * messages wait in the outbox.
   */
  smtpUrl: string | undefined;
  /**
   * Refuse to send over an unencrypted connection: smtps:// is TLS from the start, smtp:// must upgrade
   * with STARTTLS or the message is not sent (reminders name the clinic, the time and the person). On
   * unless the operator writes SMTP_TLS=off, e.g. for a relay on the same machine.
   */
  requireTls: boolean;
  /** The From header of every message. */
  from: string;
}

export const DEFAULT_MAIL_FROM = 'Myomap <no-reply@localhost>';

export class MailConfigError extends Error {}

export function readMailConfig(env: NodeJS.ProcessEnv = process.env): MailConfig {
  const smtpUrl = env.SMTP_URL?.trim() || undefined;
  if (smtpUrl !== undefined) {
    let url: URL;
    try {
      url = new URL(smtpUrl);
    } catch {
      throw new MailConfigError('SMTP_URL must be a URL like smtp://user:password@host:587');
    }
    if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
      throw new MailConfigError('SMTP_URL must start with smtp:// or smtps://');
    }
    if (!url.hostname) throw new MailConfigError('SMTP_URL must name a host, e.g. smtp://mail.example.org:587');
  }
  return { smtpUrl, requireTls: readRequireTls(env.SMTP_TLS), from: env.MAIL_FROM?.trim() || DEFAULT_MAIL_FROM };
}

function readRequireTls(raw: string | undefined): boolean {
  const value = raw?.trim().toLowerCase() ?? '';
  if (value === '' || value === 'on') return true;
  // Only the explicit word turns encryption off: a typo must not send mail in the clear.
  if (value === 'off') return false;
  throw new MailConfigError(`SMTP_TLS must be "on" (the default) or "off", got "${raw ?? ''}"`);
}

/** The SMTP server without its password, for logs. */
export function describeSmtpUrl(smtpUrl: string): string {
  try {
    const url = new URL(smtpUrl);
    url.password = '';
    url.search = '';
    return url.toString();
  } catch {
    return 'smtp';
  }
}
