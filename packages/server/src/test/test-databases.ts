import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type DatabaseHandle, type Engine } from '../db/connection.ts';

/** A database for one test: its handle, how a separate process reaches it, and how to remove it. */
export interface TestDatabase {
  handle: DatabaseHandle;
  /** Environment for a `myomap` child process that should use this same database. */
  env: Record<string, string>;
  /**
   * A second handle with its own connection pool on the same data, as a second app server has
   * (PostgreSQL only: two SQLite handles in one process would block each other's synchronous waits).
   */
  openAnother?: () => DatabaseHandle;
  drop(): Promise<void>;
}

export interface TestEngine {
  engine: Engine;
  create: () => Promise<TestDatabase>;
}

const sqliteEngine: TestEngine = {
  engine: 'sqlite',
  create: async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'myomap-test-'));
    const handle = openDatabase({ dataDir });
    return {
      handle,
      env: { MYOMAP_DATA_DIR: dataDir, DATABASE_URL: '' },
      drop: async () => {
        await handle.close();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  },
};

function postgresEngine(baseUrl: string): TestEngine {
  return {
    engine: 'postgres',
    async create() {
      // Each test database is a fresh schema, so runs never see each other's rows.
      const schema = `myomap_test_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: baseUrl });
      await admin.connect();
      await admin.query(`create schema ${schema}`);
      await admin.end();
      const url = new URL(baseUrl);
      url.searchParams.set('options', `-c search_path=${schema}`);
      const open = (): DatabaseHandle => openDatabase({ dataDir: '', databaseUrl: baseUrl, postgresSchema: schema });
      const handle = open();
      return {
        handle,
        env: { DATABASE_URL: url.toString() },
        openAnother: open,
        drop: async () => {
          await handle.close();
          const client = new pg.Client({ connectionString: baseUrl });
          await client.connect();
          await client.query(`drop schema ${schema} cascade`);
          await client.end();
        },
      };
    },
  };
}

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL is set (CI sets it). */
export const TEST_ENGINES: readonly TestEngine[] = [
  sqliteEngine,
  ...(process.env.TEST_DATABASE_URL ? [postgresEngine(process.env.TEST_DATABASE_URL)] : []),
];
