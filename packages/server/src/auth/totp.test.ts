import { describe, expect, it } from 'vitest';
import {
  base32Decode,
  base32Encode,
  generateTotp,
  generateTotpSecret,
  matchTotpStep,
  totpUri,
  verifyTotp,
} from './totp.ts';

// RFC 6238 Appendix B, SHA-1 rows: the seed is the ASCII string "12345678901234567890".
const RFC_SECRET = base32Encode(Buffer.from('12345678901234567890', 'ascii'));
const RFC_VECTORS: [seconds: number, eightDigits: string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('TOTP (RFC 6238)', () => {
  it('encodes the RFC seed in base32 and back', () => {
    expect(RFC_SECRET).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    expect(base32Decode(RFC_SECRET)?.toString('ascii')).toBe('12345678901234567890');
    expect(base32Decode('gezd gnbv-gy3t qojq====')?.toString('ascii')).toBe('1234567890');
    expect(base32Decode('GEZD1')).toBeNull();
  });

  it.each(RFC_VECTORS)('matches the RFC table at T=%i', (seconds, eightDigits) => {
    const now = seconds * 1000;
    expect(generateTotp(RFC_SECRET, { now, digits: 8 })).toBe(eightDigits);
    const sixDigits = eightDigits.slice(-6);
    expect(generateTotp(RFC_SECRET, { now })).toBe(sixDigits);
    expect(verifyTotp(RFC_SECRET, sixDigits, { now })).toBe(true);
  });

  it('accepts the previous and next step with window 1, not two steps away', () => {
    const now = 1111111111 * 1000;
    const at = (offsetSteps: number) => generateTotp(RFC_SECRET, { now: now + offsetSteps * 30_000 });
    expect(verifyTotp(RFC_SECRET, at(-1), { now })).toBe(true);
    expect(verifyTotp(RFC_SECRET, at(1), { now })).toBe(true);
    expect(verifyTotp(RFC_SECRET, at(-2), { now })).toBe(false);
    expect(verifyTotp(RFC_SECRET, at(2), { now })).toBe(false);
    expect(verifyTotp(RFC_SECRET, at(-1), { now, window: 0 })).toBe(false);
    expect(verifyTotp(RFC_SECRET, at(-2), { now, window: 2 })).toBe(true);
  });

  it('refuses anything but six digits, and a malformed secret', () => {
    const now = 59 * 1000;
    for (const code of ['', '28708', '2870822', '94287082', '28708a', ' 287082', '287 082', '２８７０８２']) {
      expect(verifyTotp(RFC_SECRET, code, { now })).toBe(false);
    }
    expect(verifyTotp(RFC_SECRET, 287082 as unknown as string, { now })).toBe(false);
    expect(verifyTotp('not base32!', '287082', { now })).toBe(false);
  });

  it('reports the matched step so a used code cannot be replayed', () => {
    const now = 1234567890 * 1000;
    const code = generateTotp(RFC_SECRET, { now });
    const step = matchTotpStep(RFC_SECRET, code, { now });
    expect(step).toBe(Math.floor(1234567890 / 30));
    expect(matchTotpStep(RFC_SECRET, code, { now, afterStep: step ?? undefined })).toBeNull();
  });

  it('generates 160-bit base32 secrets and an otpauth URI', () => {
    const secret = generateTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Decode(secret)).toHaveLength(20);
    expect(generateTotpSecret()).not.toBe(secret);
    expect(verifyTotp(secret, generateTotp(secret))).toBe(true);

    const uri = totpUri({ secret: RFC_SECRET, account: 'jane@example.org', issuer: 'Myomap' });
    expect(uri).toBe(
      'otpauth://totp/Myomap:jane%40example.org?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Myomap&algorithm=SHA1&digits=6&period=30',
    );
    const parsed = new URL(uri);
    expect(parsed.protocol).toBe('otpauth:');
    expect(parsed.searchParams.get('secret')).toBe(RFC_SECRET);
    expect(totpUri({ secret, account: 'Jane Doe' })).toContain('otpauth://totp/Myomap:Jane%20Doe?');
  });
});
