import { randomBytes, scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getDummyHash, hashPassword, needsRehash, verifyPassword } from './password-hash.ts';

const b64 = (bytes: Buffer) => bytes.toString('base64').replace(/=+$/, '');

/** A hash with weaker, older parameters (N=2^14, r=8, p=1), built directly with node:crypto. */
function legacyHash(plain: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(plain, salt, 64, { N: 2 ** 14, r: 8, p: 1 });
  return `$scrypt$ln=14,r=8,p=1$${b64(salt)}$${b64(hash)}`;
}

describe('password hashing (scrypt)', () => {
  it('round-trips, refuses a wrong password, encodes its parameters and salts every hash', async () => {
    const password = 'correct horse battery staple';
    const [first, second] = await Promise.all([hashPassword(password), hashPassword(password)]);

    expect(first).toMatch(/^\$scrypt\$ln=17,r=8,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{86}$/);
    expect(first).not.toBe(second);
    expect(first).not.toContain(password);
    expect(needsRehash(first)).toBe(false);

    const [right, wrong, other] = await Promise.all([
      verifyPassword(password, first),
      verifyPassword('correct horse battery stapler', first),
      verifyPassword(password, second),
    ]);
    expect(right).toBe(true);
    expect(wrong).toBe(false);
    expect(other).toBe(true);
  });

  it('normalises Unicode (NFKC) so a composed and a decomposed password match', async () => {
    const encoded = await hashPassword('caf\u00e9 au lait');
    await expect(verifyPassword('cafe\u0301 au lait', encoded)).resolves.toBe(true);
  });

  it('verifies hashes made with older parameters, and says they need re-hashing', async () => {
    const old = legacyHash('an older password');
    await expect(verifyPassword('an older password', old)).resolves.toBe(true);
    await expect(verifyPassword('a different one', old)).resolves.toBe(false);
    expect(needsRehash(old)).toBe(true);
    expect(needsRehash(old.replace('ln=14,r=8', 'ln=17,r=4'))).toBe(true);
  });

  it('returns false for malformed hashes instead of throwing', async () => {
    const good = legacyHash('pw');
    const malformed = [
      '',
      'not a hash',
      '$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaA',
      good.replace('$scrypt$', '$scrypt2$'),
      good.replace('ln=14', 'ln=40'), // absurd cost: refused before any work
      good.replace('ln=14', 'ln=abc'),
      good.slice(0, -10) + '!!!!!!!!!!', // not base64
      good.split('$').slice(0, 4).join('$'), // no hash part
      `$scrypt$ln=14,r=8,p=1$${b64(randomBytes(16))}$${b64(randomBytes(4))}`, // key too short
    ];
    for (const encoded of malformed) {
      await expect(verifyPassword('pw', encoded)).resolves.toBe(false);
      expect(needsRehash(encoded)).toBe(true);
    }
    await expect(verifyPassword('pw', undefined as unknown as string)).resolves.toBe(false);
    await expect(verifyPassword(undefined as unknown as string, good)).resolves.toBe(false);
  });

  it('computes the dummy hash once, with the current parameters, matching no guess', async () => {
    const dummy = await getDummyHash();
    expect(await getDummyHash()).toBe(dummy);
    expect(needsRehash(dummy)).toBe(false);
    await expect(verifyPassword('', dummy)).resolves.toBe(false);
  });
});
