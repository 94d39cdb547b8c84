import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { UserRepository } from '../repositories/user.repository.ts';
import { generateSecretKey, keyRing, open, parseSecretKey, seal, sealedWith, type KeyRing } from './secret-box.ts';

/** The key file a dev install keeps in its data folder when MYOMAP_SECRET_KEY is not set. */
export const KEY_FILE = 'secret.key';

export interface LoadedKeys {
  ring: KeyRing;
  /** Where the current key came from. */
  source: 'environment' | 'file';
  /** The key file, when the key lives in one. */
  file: string | null;
  /** True when this start generated the key file. */
  generated: boolean;
}

/**
 * The secret keys: MYOMAP_SECRET_KEY (the current key, base64 of 32 bytes) and MYOMAP_SECRET_KEY_OLD
 * (comma-separated older keys that still open what they sealed, for a rotation done by environment).
 * Without MYOMAP_SECRET_KEY, a dev install keeps its key in `<data dir>/secret.key`, made on first start
 * with mode 0600. Backups carry sealed values only: restoring one elsewhere needs the same key.
 */
export async function loadSecretKeys(env: NodeJS.ProcessEnv, dataDir: string): Promise<LoadedKeys> {
  const older = (env.MYOMAP_SECRET_KEY_OLD ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean)
    .map((k) => parseSecretKey(k, 'MYOMAP_SECRET_KEY_OLD'));
  const configured = env.MYOMAP_SECRET_KEY?.trim();
  if (configured) {
    return { ring: keyRing(parseSecretKey(configured), older), source: 'environment', file: null, generated: false };
  }
  const file = path.join(dataDir, KEY_FILE);
  let text: string | null = null;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  let generated = false;
  if (text === null) {
    await mkdir(dataDir, { recursive: true });
    text = generateSecretKey();
    try {
      // 'wx': two servers starting at once on one folder must not each write a different key.
      await writeFile(file, `${text}\n`, { mode: 0o600, flag: 'wx' });
      generated = true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      text = await readFile(file, 'utf8');
    }
  }
  return { ring: keyRing(parseSecretKey(text, file), older), source: 'file', file, generated };
}

/** Replaces the key file's key (after a rotation), atomically and readable by the owner only. */
export async function writeKeyFile(file: string, key: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${key.trim()}\n`, { mode: 0o600 });
  await chmod(temporary, 0o600);
  await rename(temporary, file);
}

/**
 * Seals every TOTP secret with `to`'s current key: plain ones stored before encryption existed and ones
 * sealed with an older key `from` can open. In one transaction, so a failure leaves every secret as it
 * was. Returns how many values changed.
 */
export async function resealTotpSecrets(db: Kysely<Database>, from: KeyRing, to: KeyRing): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const users = new UserRepository(trx);
    let changed = 0;
    for (const row of await users.withTotpSecrets()) {
      const context = `totp:${row.id}`;
      const reseal = (value: string | null): string | null => {
        if (value === null || sealedWith(value) === to.current.id) return value;
        changed += 1;
        return seal(to, open(from, value, context), context);
      };
      const secret = reseal(row.totp_secret);
      const pending = reseal(row.totp_pending_secret);
      if (secret !== row.totp_secret || pending !== row.totp_pending_secret) {
        await users.updateTotp(row.id, { totp_secret: secret, totp_pending_secret: pending });
      }
    }
    return changed;
  });
}
