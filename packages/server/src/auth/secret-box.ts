import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';

/**
 * Secrets at rest (TOTP secrets) are sealed with AES-256-GCM under a key from MYOMAP_SECRET_KEY. A sealed
 * value names the key that sealed it, so keys can rotate: the ring holds the current key, which seals,
 * and older ones, which still open what they sealed until `myomap rotate-key` re-seals it.
 *
 * Format: `enc:v1:<key id>:<iv>:<ciphertext>:<tag>` (base64url parts). The key id is the first 8 bytes of
 * SHA-256 of the key, in hex: it tells keys apart without revealing them. The caller's `context` (e.g.
 * `totp:<user id>`) is bound as associated data, so a sealed value copied onto another row does not open.
 */
export interface SecretKey {
  id: string;
  key: Buffer;
}

export interface KeyRing {
  current: SecretKey;
  /** Every key that may open a value, the current one included, by id. */
  keys: ReadonlyMap<string, SecretKey>;
}

export class SecretKeyError extends Error {}

const PREFIX = 'enc:v1:';

/** A key from its base64 text (32 bytes); the error names the setting, never the value. */
export function parseSecretKey(text: string, setting = 'MYOMAP_SECRET_KEY'): SecretKey {
  const trimmed = text.trim();
  const key = Buffer.from(trimmed, 'base64');
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed) || key.length !== 32) {
    throw new SecretKeyError(`${setting} must be 32 random bytes in base64 (e.g. \`openssl rand -base64 32\`)`);
  }
  return { id: createHash('sha256').update(key).digest('hex').slice(0, 16), key };
}

/** 32 fresh random bytes, base64. */
export function generateSecretKey(): string {
  return randomBytes(32).toString('base64');
}

export function keyRing(current: SecretKey, older: readonly SecretKey[] = []): KeyRing {
  const keys = new Map<string, SecretKey>();
  for (const key of [...older, current]) keys.set(key.id, key);
  return { current, keys };
}

export function isSealed(value: string): boolean {
  return value.startsWith(PREFIX);
}

export function seal(ring: KeyRing, plain: string, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', ring.current.key, iv);
  cipher.setAAD(Buffer.from(context));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  const parts = [iv, body, cipher.getAuthTag()].map((b) => b.toString('base64url'));
  return `${PREFIX}${ring.current.id}:${parts.join(':')}`;
}

/**
 * Opens a sealed value. A value without the prefix was stored before encryption existed and is returned
 * as it is (the server seals such values at start; see sealPlainTotpSecrets).
 */
export function open(ring: KeyRing, stored: string, context: string): string {
  if (!isSealed(stored)) return stored;
  const [id, iv, body, tag] = stored.slice(PREFIX.length).split(':');
  const key = id ? ring.keys.get(id) : undefined;
  if (!key || !iv || body === undefined || !tag) {
    throw new SecretKeyError(
      `a secret was sealed with key ${id ?? '?'}, which is not configured: set MYOMAP_SECRET_KEY to that key, or run \`myomap rotate-key\``,
    );
  }
  const decipher = createDecipheriv('aes-256-gcm', key.key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(context));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}

/** Which key sealed a value (null for a plain one). */
export function sealedWith(stored: string): string | null {
  return isSealed(stored) ? (stored.slice(PREFIX.length).split(':')[0] ?? null) : null;
}

/**
 * A keyed hash of an emailed link's token, with a key derived from the current secret key: the token
 * is signed by the server (a row written into the table by someone without the key matches no link) and
 * the table never holds the token itself.
 */
export function linkTokenHash(ring: KeyRing, token: string): string {
  const linkKey = createHmac('sha256', ring.current.key).update('myomap email links v1').digest();
  return createHmac('sha256', linkKey).update(token).digest('base64url');
}
