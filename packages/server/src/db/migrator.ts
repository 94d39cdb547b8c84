import { sql } from 'kysely';
import { Migrator, type MigrationResult } from 'kysely/migration';
import type { DatabaseHandle } from './connection.ts';
import { MIGRATIONS } from './migrations/index.ts';

export class MigrationError extends Error {}

export type MigratableDatabase = Pick<DatabaseHandle, 'db' | 'engine' | 'schema'>;

async function migratorFor({ db, engine, schema }: MigratableDatabase): Promise<Migrator> {
  // Kysely looks for its bookkeeping tables in every schema unless told which one; name ours,
  // so several Myomap databases (or test schemas) on one PostgreSQL server never mix.
  const migrationTableSchema =
    engine === 'postgres'
      ? (schema ?? (await sql<{ name: string }>`select current_schema() as name`.execute(db)).rows[0]?.name)
      : undefined;
  return new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve({ ...MIGRATIONS }) },
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
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
export async function migrateToLatest(database: MigratableDatabase): Promise<string[]> {
  const { results, error } = await (await migratorFor(database)).migrateToLatest();
  return check(results, error).map((r) => r.migrationName);
}

/** Moves the schema to exactly the named migration (used by restore). */
export async function migrateTo(database: MigratableDatabase, name: string): Promise<void> {
  if (!(name in MIGRATIONS)) throw new MigrationError(`unknown migration "${name}"`);
  const { results, error } = await (await migratorFor(database)).migrateTo(name);
  check(results, error);
}

/** The last migration applied to this database, or undefined for an empty one. */
export async function currentMigration(database: MigratableDatabase): Promise<string | undefined> {
  const migrations = await (await migratorFor(database)).getMigrations();
  return migrations.filter((m) => m.executedAt !== undefined).at(-1)?.name;
}
