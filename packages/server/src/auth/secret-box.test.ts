import { describe, expect, it } from 'vitest';
import { generateSecretKey, keyRing, open, parseSecretKey, seal, sealedWith, SecretKeyError } from './secret-box.ts';

describe('secret box', () => {
  const oldKey = parseSecretKey(generateSecretKey());
  const newKey = parseSecretKey(generateSecretKey());

  it('seals with the current key, names it, and opens only with the same context', () => {
    const ring = keyRing(oldKey);
    const sealed = seal(ring, 'JBSWY3DPEHPK3PXP', 'totp:u1');
    expect(sealed).toMatch(new RegExp(`^enc:v1:${oldKey.id}:`));
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(sealedWith(sealed)).toBe(oldKey.id);
    expect(open(ring, sealed, 'totp:u1')).toBe('JBSWY3DPEHPK3PXP');
    // Copied onto another account's row, it does not open.
    expect(() => open(ring, sealed, 'totp:u2')).toThrow();
  });

  it('opens values sealed with an older key of the ring, and names a missing key', () => {
    const sealed = seal(keyRing(oldKey), 'secret', 'c');
    expect(open(keyRing(newKey, [oldKey]), sealed, 'c')).toBe('secret');
    expect(() => open(keyRing(newKey), sealed, 'c')).toThrow(SecretKeyError);
  });

  it('passes plain values stored before encryption through, and refuses keys that are not 32 bytes', () => {
    expect(open(keyRing(oldKey), 'JBSWY3DPEHPK3PXP', 'c')).toBe('JBSWY3DPEHPK3PXP');
    expect(() => parseSecretKey(Buffer.alloc(16).toString('base64'))).toThrow(/32 random bytes/);
    expect(() => parseSecretKey('not base64!')).toThrow(SecretKeyError);
  });
});
