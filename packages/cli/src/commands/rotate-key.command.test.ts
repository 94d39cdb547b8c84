import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { generateSecretKey, keyRing, open, parseSecretKey, seal } from '@myomap/server/auth/secret-box.ts';
import { loadSecretKeys } from '@myomap/server/auth/secret-keys.ts';
import { migrateToLatest } from '@myomap/server/db/migrator.ts';
import { UserRepository } from '@myomap/server/repositories/user.repository.ts';
import { TEST_ENGINES, type TestDatabase } from '@myomap/server/test/test-databases.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../test-support.ts';

const SECRET = 'JBSWY3DPEHPK3PXP';

describe.each(TEST_ENGINES)('myomap rotate-key on $engine', { timeout: 60_000 }, ({ engine, create }) => {
  let database: TestDatabase;
  let userId: string;

  async function storeSealed(ring: ReturnType<typeof keyRing>): Promise<void> {
    const users = new UserRepository(database.handle.db);
    const user = await users.create({ email: `t-${Date.now()}@example.org`, name: 'T', password_hash: 'x' });
    userId = user.id;
    await users.updateTotp(user.id, { totp_secret: seal(ring, SECRET, `totp:${user.id}`) });
  }

  async function stored(): Promise<string> {
    const row = await new UserRepository(database.handle.db).findById(userId);
    return row?.totp_secret ?? '';
  }

  beforeEach(async () => {
    database = await create();
    await migrateToLatest(database.handle);
  });

  afterEach(async () => {
    await database.drop();
  });

  it('re-encrypts TOTP secrets from the configured key to the new one, never printing a key', async () => {
    const oldKey = generateSecretKey();
    const newKey = generateSecretKey();
    await storeSealed(keyRing(parseSecretKey(oldKey)));
    const result = await runCli(['rotate-key', '--new', newKey, '--json'], {
      ...database.env,
      MYOMAP_SECRET_KEY: oldKey,
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      reencrypted: 1,
      keyId: parseSecretKey(newKey).id,
      keyFile: null,
    });
    expect(result.stdout).not.toContain(newKey);
    const value = await stored();
    expect(open(keyRing(parseSecretKey(newKey)), value, `totp:${userId}`)).toBe(SECRET);
    expect(() => open(keyRing(parseSecretKey(oldKey)), value, `totp:${userId}`)).toThrow();
  });

  it('refuses a wrong old key with a usage error and changes nothing', async () => {
    await storeSealed(keyRing(parseSecretKey(generateSecretKey())));
    const before = await stored();
    const result = await runCli(
      ['rotate-key', '--old', generateSecretKey(), '--new', generateSecretKey()],
      database.env,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/not configured|does not open/);
    expect(await stored()).toBe(before);
  });

  // Defined only where it applies, rather than reported as skipped elsewhere.
  if (engine === 'sqlite')
    it('replaces the data folder\u2019s key file (mode 0600) when that is where the key lives', async () => {
      const dataDir = database.env.MYOMAP_DATA_DIR!;
      const loaded = await loadSecretKeys({}, dataDir);
      expect(loaded.generated).toBe(true);
      expect((await stat(loaded.file!)).mode & 0o777).toBe(0o600);
      await storeSealed(loaded.ring);
      const newKey = generateSecretKey();
      const result = await runCli(['rotate-key', '--new', newKey], { ...database.env, MYOMAP_SECRET_KEY: '' });
      expect(result.code).toBe(0);
      expect((await readFile(path.join(dataDir, 'secret.key'), 'utf8')).trim()).toBe(newKey);
      expect((await stat(path.join(dataDir, 'secret.key'))).mode & 0o777).toBe(0o600);
      expect(open(keyRing(parseSecretKey(newKey)), await stored(), `totp:${userId}`)).toBe(SECRET);
    });
});
