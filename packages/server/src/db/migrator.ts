import type { Kysely } from 'kysely';
import { Migrator, type MigrationResult } from 'kysely/migration';
import { MIGRATIONS } from './migrations/index.ts';

export class MigrationError extends Error {}

function migratorFor<DB>(db: Kysely<DB>): Migrator {
  return new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve({ ...MIGRATIONS }) },
  });
}

function check(results: MigrationResult[] | undefined, error: unknown): MigrationResult[] {
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    const message = error instanceof Error ? error.message : JSON.stringify(error);
    throw new MigrationError(failed ? `migration ${failed.migrationName} failed: ${message}` : message);
  }
  return results ?? [];
}

/** Applies every pending migration; returns the names applied now. */
export async function migrateToLatest<DB>(db: Kysely<DB>): Promise<string[]> {
  const { results, error } = await migratorFor(db).migrateToLatest();
  return check(results, error).map((r) => r.migrationName);
}

/** Moves the schema to exactly the named migration (used by restore). */
export async function migrateTo<DB>(db: Kysely<DB>, name: string): Promise<void> {
  if (!(name in MIGRATIONS)) throw new MigrationError(`unknown migration "${name}"`);
  const { results, error } = await migratorFor(db).migrateTo(name);
  check(results, error);
}

/** The last migration applied to this database, or undefined for an empty one. */
export async function currentMigration<DB>(db: Kysely<DB>): Promise<string | undefined> {
  const migrations = await migratorFor(db).getMigrations();
  return migrations.filter((m) => m.executedAt !== undefined).at(-1)?.name;
}
