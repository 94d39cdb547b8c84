import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import Cursor from 'pg-cursor';
import type { Database } from './schema.ts';

export type Engine = 'sqlite' | 'postgres';

export interface DatabaseOptions {
  /** Folder for the SQLite file; used when no databaseUrl is given. */
  dataDir: string;
  databaseUrl?: string | undefined;
  /** PostgreSQL schema to work in (tests use a fresh one each). */
  postgresSchema?: string | undefined;
}

export interface DatabaseHandle {
  db: Kysely<Database>;
  engine: Engine;
  /** Where the data lives, for logs: a file path or the server address (no password). */
  location: string;
  /** The PostgreSQL schema in use, when one was chosen (tests); else the server's default. */
  schema?: string | undefined;
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export const SQLITE_FILE_NAME = 'myomap.db';

/**
 * The database holds health records: only the account the server runs as may read it. The folder is
 * made 0700 and the file 0600 before SQLite opens it (SQLite gives its -wal and -shm files the database
 * file's mode); a file from an older version with wider permissions is narrowed.
 */
function createPrivately(dataDir: string, file: string): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  closeSync(openSync(file, 'a', 0o600));
  chmodSync(file, 0o600);
}

function openSqlite(dataDir: string): DatabaseHandle {
  const file = path.join(dataDir, SQLITE_FILE_NAME);
  createPrivately(dataDir, file);
  const sqlite = new SqliteDatabase(file);
  // WAL lets backups and readers run beside writers; FULL sync makes an acknowledged
  // write survive a crash or power loss; the busy timeout waits out a concurrent writer.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    db,
    engine: 'sqlite',
    location: file,
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    close: () => db.destroy(),
  };
}

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    return parsed.toString();
  } catch {
    return 'postgres';
  }
}

// COUNT(*) and other int8 results arrive as strings by default; our counts fit in a double.
const INT8_OID = 20;
const pgTypes = {
  getTypeParser: (oid: number): ((value: string) => unknown) =>
    oid === INT8_OID
      ? (value: string) => Number(value)
      : (pg.types.getTypeParser(oid, 'text') as (value: string) => unknown),
};

function openPostgres(databaseUrl: string, schema: string | undefined): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 10,
    types: pgTypes,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool, cursor: Cursor }) });
  return {
    db,
    engine: 'postgres',
    location: redact(databaseUrl),
    schema,
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    close: () => db.destroy(),
  };
}

/** Opens the configured database: PostgreSQL when a URL is given, else the embedded SQLite file. */
export function openDatabase(options: DatabaseOptions): DatabaseHandle {
  return options.databaseUrl ? openPostgres(options.databaseUrl, options.postgresSchema) : openSqlite(options.dataDir);
}
