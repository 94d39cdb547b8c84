import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_ENGINES, type TestDatabase } from '../test/test-databases.ts';
import { LATEST_MIGRATION, MIGRATIONS } from './migrations/index.ts';
import { currentMigration, migrateToLatest } from './migrator.ts';
import { APPLICATION_TABLES } from './schema.ts';

describe.each(TEST_ENGINES)('migrations on $engine', ({ engine, create }) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.drop();
    database = undefined;
  });

  it('applies every migration once and nothing on a second run', async () => {
    database = await create();
    const applied = await migrateToLatest(database.handle);
    expect(applied).toEqual(Object.keys(MIGRATIONS).sort());
    expect(await migrateToLatest(database.handle)).toEqual([]);
    expect(await currentMigration(database.handle)).toBe(LATEST_MIGRATION);
  });

  it('creates exactly the application tables that backup and restore know about', async () => {
    database = await create();
    await migrateToLatest(database.handle);
    const tables =
      engine === 'sqlite'
        ? await sql<{
            name: string;
          }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(
            database.handle.db,
          )
        : await sql<{
            name: string;
          }>`select table_name as name from information_schema.tables where table_schema = current_schema()`.execute(
            database.handle.db,
          );
    const names = tables.rows.map((r) => r.name).filter((n) => !n.startsWith('kysely_'));
    expect(names.sort()).toEqual([...APPLICATION_TABLES].sort());
  });
});
