import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DatabaseHandle } from '../db/connection.ts';
import { LATEST_MIGRATION, MIGRATIONS } from '../db/migrations/index.ts';
import { currentMigration, migrateTo, migrateToLatest } from '../db/migrator.ts';
import { APPLICATION_TABLES, TABLE_KEYS, type ApplicationTable, type Database } from '../db/schema.ts';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupFooter,
  type BackupHeader,
  type BackupRowLine,
} from './backup-format.ts';

export class BackupError extends Error {}

export interface BackupSummary {
  file: string;
  schema: string;
  counts: Record<string, number>;
  rows: number;
}

const INSERT_BATCH = 200;

function summarise(file: string, schema: string, counts: Record<string, number>): BackupSummary {
  return { file, schema, counts, rows: Object.values(counts).reduce((a, b) => a + b, 0) };
}

/** Reads every table inside one snapshot: repeatable read on PostgreSQL, one read transaction on SQLite (WAL). */
function inSnapshot<T>(handle: DatabaseHandle, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  const builder = handle.db.transaction();
  return handle.engine === 'postgres'
    ? builder.setIsolationLevel('repeatable read').setAccessMode('read only').execute(work)
    : builder.execute(work);
}

/**
 * Writes a consistent copy of the whole database to `file` while the server keeps running.
 * The copy is written beside the target and renamed into place only when complete.
 */
export async function backupDatabase(handle: DatabaseHandle, file: string): Promise<BackupSummary> {
  const schema = await currentMigration(handle);
  if (!schema) throw new BackupError('the database has no schema yet: run `myomap migrate` first');
  const partial = `${file}.partial`;
  // A partial file left by an earlier crash keeps its mode when reopened: start afresh, so the backup
  // (every health record) is created readable by the owner only.
  await rm(partial, { force: true });
  const gzip = createGzip();
  const out = createWriteStream(partial, { flags: 'w', mode: 0o600 });
  const finished = once(out, 'close');
  gzip.pipe(out);
  const write = async (line: object): Promise<void> => {
    if (!gzip.write(`${JSON.stringify(line)}\n`)) await once(gzip, 'drain');
  };
  try {
    const counts = await inSnapshot(handle, async (trx) => {
      const header: BackupHeader = {
        format: BACKUP_FORMAT,
        formatVersion: BACKUP_FORMAT_VERSION,
        schema,
        engine: handle.engine,
        createdAt: new Date().toISOString(),
        tables: [...APPLICATION_TABLES],
      };
      await write(header);
      const tableCounts: Record<string, number> = {};
      for (const table of APPLICATION_TABLES) {
        let count = 0;
        let query = trx.selectFrom(table).selectAll();
        for (const key of TABLE_KEYS[table]) query = query.orderBy(sql.ref(key));
        for await (const row of query.stream(500)) {
          const line: BackupRowLine = { table, row };
          await write(line);
          count += 1;
        }
        tableCounts[table] = count;
      }
      const footer: BackupFooter = { end: true, counts: tableCounts };
      await write(footer);
      return tableCounts;
    });
    gzip.end();
    await finished;
    await rename(partial, file);
    return summarise(file, schema, counts);
  } catch (error) {
    gzip.destroy();
    out.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}

async function countRows(db: Kysely<Database>): Promise<number> {
  let total = 0;
  for (const table of APPLICATION_TABLES) {
    const { count } = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    total += Number(count);
  }
  return total;
}

function parseLine(text: string, lineNumber: number): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // fall through to the error below
  }
  throw new BackupError(`line ${lineNumber} of the backup is not valid JSON: the file is damaged`);
}

function checkHeader(value: Record<string, unknown>): BackupHeader {
  if (value.format !== BACKUP_FORMAT) throw new BackupError('this file is not a Myomap backup');
  if (value.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw new BackupError(`unsupported backup format version ${String(value.formatVersion)}`);
  }
  if (typeof value.schema !== 'string' || !(value.schema in MIGRATIONS)) {
    throw new BackupError(
      `the backup's schema "${String(value.schema)}" is unknown to this Myomap (newest known: ${LATEST_MIGRATION}); upgrade Myomap first`,
    );
  }
  if (!Array.isArray(value.tables) || !value.tables.every((t) => typeof t === 'string')) {
    throw new BackupError('the backup has no list of tables: the file is damaged');
  }
  return value as unknown as BackupHeader;
}

function isApplicationTable(name: unknown): name is ApplicationTable {
  return typeof name === 'string' && (APPLICATION_TABLES as readonly string[]).includes(name);
}

export interface RestoreOptions {
  /** Replace the data of a database that is not empty. */
  force?: boolean;
}

/**
 * Loads a backup into the database in one transaction: either every row lands or none does.
 * Refuses a database that already holds data unless `force` is set.
 */
export async function restoreDatabase(
  handle: DatabaseHandle,
  file: string,
  options: RestoreOptions = {},
): Promise<BackupSummary> {
  let source;
  try {
    source = await open(file, 'r');
  } catch (error) {
    throw new BackupError(`cannot read the backup file: ${error instanceof Error ? error.message : String(error)}`);
  }
  const gunzip = createGunzip();
  const input = source.createReadStream();
  // pipe() does not pass read errors on; hand them to the gunzip stream the reader listens to.
  input.once('error', (error) => gunzip.destroy(error));
  const lines = createInterface({ input: input.pipe(gunzip), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  let lineNumber = 0;
  const next = async (): Promise<Record<string, unknown> | undefined> => {
    const result: IteratorResult<string> = await iterator.next();
    if (result.done) return undefined;
    lineNumber += 1;
    return parseLine(result.value, lineNumber);
  };

  try {
    const first = await next();
    if (!first) throw new BackupError('the backup file is empty');
    const header = checkHeader(first);

    const applied = await currentMigration(handle);
    if (applied && (await countRows(handle.db)) > 0 && !options.force) {
      throw new BackupError('the target database is not empty; use --force to replace its data');
    }
    await migrateTo(handle, header.schema);
    // A backup from an older Myomap has fewer tables: at its schema only those exist to clear and check.
    const tablesInBackup = APPLICATION_TABLES.filter((table) => header.tables.includes(table));

    const counts = await handle.db.transaction().execute(async (trx) => {
      for (const table of [...tablesInBackup].reverse()) await trx.deleteFrom(table).execute();
      const seen: Record<string, number> = {};
      let batchTable: ApplicationTable | undefined;
      let batch: Record<string, unknown>[] = [];
      const flush = async (): Promise<void> => {
        if (batchTable && batch.length > 0) {
          await trx.insertInto(batchTable).values(batch).execute();
        }
        batch = [];
      };
      for (let line = await next(); line; line = await next()) {
        if (line.end === true) {
          await flush();
          const expected = (line as unknown as BackupFooter).counts;
          for (const table of tablesInBackup) {
            if ((expected[table] ?? 0) !== (seen[table] ?? 0)) {
              throw new BackupError(`the backup is damaged: ${table} should have ${expected[table] ?? 0} rows`);
            }
          }
          return seen;
        }
        if (
          !isApplicationTable(line.table) ||
          !tablesInBackup.includes(line.table) ||
          typeof line.row !== 'object' ||
          line.row === null
        ) {
          throw new BackupError(`line ${lineNumber} of the backup names an unknown table "${String(line.table)}"`);
        }
        if (line.table !== batchTable || batch.length >= INSERT_BATCH) {
          await flush();
          batchTable = line.table;
        }
        batch.push(line.row as Record<string, unknown>);
        seen[line.table] = (seen[line.table] ?? 0) + 1;
      }
      throw new BackupError('the backup is incomplete (it has no end marker): the file was cut short');
    });
    await migrateToLatest(handle);
    return summarise(file, header.schema, counts);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    if (error instanceof Error && /incorrect header check|unexpected end of file/i.test(error.message)) {
      throw new BackupError('this file is not a Myomap backup (not gzip data or cut short)');
    }
    throw error;
  } finally {
    lines.close();
    await source.close();
  }
}
