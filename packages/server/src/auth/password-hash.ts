import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Password hashing with scrypt (memory-hard), encoded as a self-describing string
 *
 *   $scrypt$ln=17,r=8,p=1$<salt, base64 without padding>$<hash, base64 without padding>
 *
 * so that the parameters can be raised later: verifyPassword reads them from the string, needsRehash says
 * when a stored hash is weaker than the current parameters (re-hash it after a successful sign-in).
 *
 * Passwords are normalised to Unicode NFKC before hashing (NIST SP 800-63B), the same normalisation the
 * password policy uses, so a password typed on another keyboard or system still matches.
 *
 * Cost: each hash or verification allocates 128 * N * r bytes (128 MiB with the current parameters) and runs
 * in the libuv thread pool, never on the event loop. Sign-in and sign-up must therefore be rate-limited.
 */

/** OWASP Password Storage Cheat Sheet: scrypt N=2^17 (128 MiB), r=8, p=1. */
export const SCRYPT_PARAMS = { ln: 17, r: 8, p: 1 } as const;
export const SALT_BYTES = 16;
export const KEY_BYTES = 64;

export interface ScryptParams {
  /** log2 of the CPU/memory cost N. */
  ln: number;
  /** Block size. */
  r: number;
  /** Parallelisation. */
  p: number;
}

interface ParsedHash extends ScryptParams {
  salt: Buffer;
  hash: Buffer;
}

// Bounds for parameters read back from a stored string: anything outside is treated as malformed, so a
// corrupted or hostile value can never make the server allocate gigabytes or spin for minutes.
const LIMITS = { ln: [10, 22], r: [1, 32], p: [1, 16], saltBytes: [8, 64], keyBytes: [16, 128] } as const;
const MAX_MEMORY_BYTES = 1024 * 1024 * 1024;

const ENCODED = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/;

function scrypt(password: string, salt: Buffer, keyBytes: number, params: ScryptParams): Promise<Buffer> {
  const N = 2 ** params.ln;
  const options: ScryptOptions = {
    N,
    r: params.r,
    p: params.p,
    // OpenSSL needs about 128 * r * (N + p + 2) bytes; the default limit (32 MiB) is below N=2^17, r=8.
    maxmem: 128 * params.r * (N + params.p + 2) + 1024 * 1024,
  };
  return new Promise((resolve, reject) => {
    scryptCallback(password, salt, keyBytes, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

function b64(bytes: Buffer): string {
  return bytes.toString('base64').replace(/=+$/, '');
}

function within(value: number, [min, max]: readonly [number, number]): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

function parse(encoded: unknown): ParsedHash | null {
  if (typeof encoded !== 'string' || encoded.length > 512) return null;
  const match = ENCODED.exec(encoded);
  if (!match) return null;
  const [, ln, r, p, salt, hash] = match;
  const parsed: ParsedHash = {
    ln: Number(ln),
    r: Number(r),
    p: Number(p),
    salt: Buffer.from(salt ?? '', 'base64'),
    hash: Buffer.from(hash ?? '', 'base64'),
  };
  // Round-trip check rejects non-canonical base64 (stray bits, wrong length).
  if (b64(parsed.salt) !== salt || b64(parsed.hash) !== hash) return null;
  if (!within(parsed.ln, LIMITS.ln) || !within(parsed.r, LIMITS.r) || !within(parsed.p, LIMITS.p)) return null;
  if (!within(parsed.salt.length, LIMITS.saltBytes) || !within(parsed.hash.length, LIMITS.keyBytes)) return null;
  if (128 * 2 ** parsed.ln * parsed.r > MAX_MEMORY_BYTES) return null;
  return parsed;
}

function normalise(plain: string): string {
  return plain.normalize('NFKC');
}

/** Hashes a password with the current parameters and a fresh 16-byte random salt. */
export async function hashPassword(plain: string): Promise<string> {
  if (typeof plain !== 'string') throw new TypeError('password must be a string');
  const salt = randomBytes(SALT_BYTES);
  const hash = await scrypt(normalise(plain), salt, KEY_BYTES, SCRYPT_PARAMS);
  const { ln, r, p } = SCRYPT_PARAMS;
  return `$scrypt$ln=${ln},r=${r},p=${p}$${b64(salt)}$${b64(hash)}`;
}

/**
 * True when `plain` matches the encoded hash. Compares in constant time. A malformed or unsupported encoded
 * string, or a non-string password, gives false; this function never throws.
 */
export async function verifyPassword(plain: string, encoded: string): Promise<boolean> {
  try {
    if (typeof plain !== 'string') return false;
    const parsed = parse(encoded);
    if (!parsed) return false;
    const candidate = await scrypt(normalise(plain), parsed.salt, parsed.hash.length, parsed);
    return timingSafeEqual(candidate, parsed.hash);
  } catch {
    return false;
  }
}

/**
 * True when the stored hash should be replaced (after a successful verification, while the plain password is
 * at hand): it is malformed, or weaker than the current parameters in cost, block size, parallelism, salt or
 * key length. A hash stronger than the current parameters is kept, never downgraded.
 */
export function needsRehash(encoded: string): boolean {
  const parsed = parse(encoded);
  if (!parsed) return true;
  return (
    parsed.ln < SCRYPT_PARAMS.ln ||
    parsed.r < SCRYPT_PARAMS.r ||
    parsed.p < SCRYPT_PARAMS.p ||
    parsed.salt.length < SALT_BYTES ||
    parsed.hash.length < KEY_BYTES
  );
}

let dummyHash: Promise<string> | undefined;

/**
 * DUMMY_HASH: a valid hash of a random, never-revealed password with the current parameters, computed lazily
 * once (the first call takes one hash time; call it at start-up to warm it). Sign-in verifies the submitted
 * password against it when the account does not exist, so an unknown email costs the same time as a wrong
 * password:
 *
 *   const ok = await verifyPassword(password, user?.passwordHash ?? (await getDummyHash()));
 *
 * (and then still refuse when there is no user). It is a function rather than a constant because a value
 * computed on first use cannot be a plain exported constant.
 */
export function getDummyHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(32).toString('base64')).catch((error: unknown) => {
    dummyHash = undefined;
    throw error;
  });
  return dummyHash;
}
