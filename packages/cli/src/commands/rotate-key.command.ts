import type { Command } from 'commander';
import {
  keyRing,
  loadSecretKeys,
  parseSecretKey,
  resealTotpSecrets,
  SecretKeyError,
  writeKeyFile,
  type KeyRing,
} from '@myomap/server';
import { configFromEnvironment, withDatabase } from '../environment.ts';
import { printResult } from '../output.ts';
import { UsageError } from '../usage-error.ts';

function key(text: string, option: string): ReturnType<typeof parseSecretKey> {
  try {
    return parseSecretKey(text, option);
  } catch (error) {
    if (error instanceof SecretKeyError) throw new UsageError(error.message);
    throw error;
  }
}

/**
 * `myomap rotate-key --new <key> [--old <key>]`: re-encrypts every TOTP secret with the new key in one
 * transaction. The old key defaults to the configured one (MYOMAP_SECRET_KEY, or the data folder's key
 * file, plus MYOMAP_SECRET_KEY_OLD). A key file is replaced with the new key; a key from the environment
 * must then be replaced there (the command says so). Keys are never printed.
 */
export function registerRotateKey(program: Command): void {
  program
    .command('rotate-key')
    .description('re-encrypt secrets at rest (TOTP secrets) with a new MYOMAP_SECRET_KEY')
    .requiredOption('--new <key>', 'the new key: 32 random bytes in base64 (openssl rand -base64 32)')
    .option('--old <key>', 'the key the secrets are encrypted with now (default: the configured key)')
    .option('--json', 'machine-readable output')
    .action(async (options: { new: string; old?: string; json?: boolean }) => {
      const config = configFromEnvironment();
      const next = key(options.new, '--new');
      const loaded = options.old === undefined ? await loadSecretKeys(process.env, config.dataDir) : null;
      const from: KeyRing = loaded
        ? keyRing(next, [...loaded.ring.keys.values()])
        : keyRing(next, [key(options.old ?? '', '--old')]);
      const to = keyRing(next);
      const changed = await withDatabase(async (handle) => {
        try {
          return await resealTotpSecrets(handle.db, from, to);
        } catch (error) {
          if (error instanceof SecretKeyError) throw new UsageError(error.message);
          // AES-GCM refuses a wrong key as an authentication failure.
          if (error instanceof Error && /authenticate/i.test(error.message)) {
            throw new UsageError(
              'the old key does not open the stored secrets: pass the key they were encrypted with as --old',
            );
          }
          throw error;
        }
      });
      const keyFile = loaded?.source === 'file' ? loaded.file : null;
      if (keyFile) await writeKeyFile(keyFile, options.new);
      printResult(Boolean(options.json), { reencrypted: changed, keyId: next.id, keyFile }, () => [
        `Re-encrypted ${changed} secret(s) with key ${next.id}.`,
        keyFile
          ? `The key file ${keyFile} now holds the new key.`
          : 'Now set MYOMAP_SECRET_KEY to the new key and restart the server.',
      ]);
    });
}
