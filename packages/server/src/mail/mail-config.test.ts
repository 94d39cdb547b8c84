import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../config.ts';
import { DEFAULT_MAIL_FROM, describeSmtpUrl, readMailConfig } from './mail-config.ts';

describe('mail configuration', () => {
  it('is off without SMTP_URL and has a default sender', () => {
    expect(readMailConfig({})).toEqual({ smtpUrl: undefined, requireTls: true, from: DEFAULT_MAIL_FROM });
    expect(readConfig({}, '/tmp').mail).toEqual({
      smtpUrl: undefined,
      requireTls: true,
      from: 'Myomap <no-reply@localhost>',
    });
  });

  it('reads SMTP_URL and MAIL_FROM', () => {
    expect(
      readConfig(
        { SMTP_URL: ' smtps://user:secret@mail.example.org:465 ', MAIL_FROM: 'Clinic <hi@example.org>' },
        '/tmp',
      ).mail,
    ).toEqual({
      smtpUrl: 'smtps://user:secret@mail.example.org:465',
      requireTls: true,
      from: 'Clinic <hi@example.org>',
    });
  });

  it('requires TLS unless SMTP_TLS=off says otherwise, and refuses any other word', () => {
    const smtp = { SMTP_URL: 'smtp://relay.example.org:25' };
    expect(readMailConfig(smtp).requireTls).toBe(true);
    expect(readMailConfig({ ...smtp, SMTP_TLS: 'on' }).requireTls).toBe(true);
    expect(readMailConfig({ ...smtp, SMTP_TLS: ' OFF ' }).requireTls).toBe(false);
    expect(() => readConfig({ ...smtp, SMTP_TLS: 'no' }, '/tmp')).toThrow(/SMTP_TLS/);
  });

  it('refuses a URL that is not SMTP, as a configuration error', () => {
    expect(() => readConfig({ SMTP_URL: 'http://mail.example.org' }, '/tmp')).toThrow(ConfigError);
    expect(() => readConfig({ SMTP_URL: 'not a url' }, '/tmp')).toThrow(/SMTP_URL/);
  });

  it('never logs the password', () => {
    expect(describeSmtpUrl('smtp://user:secret@mail.example.org:587?tls.rejectUnauthorized=false')).toBe(
      'smtp://user@mail.example.org:587',
    );
  });
});
