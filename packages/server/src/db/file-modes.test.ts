import { statSync } from 'node:fs';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDatabase } from '../backup/backup.ts';
import { openDatabase, SQLITE_FILE_NAME, type DatabaseHandle } from './connection.ts';
import { migrateToLatest } from './migrator.ts';

const modeOf = (file: string): number => statSync(file).mode & 0o777;

describe.skipIf(process.platform === 'win32')('files holding health data are private to the server account', () => {
  let root: string;
  let handle: DatabaseHandle | undefined;

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'myomap-modes-'));
  });

  afterEach(async () => {
    await handle?.close();
    handle = undefined;
    await rm(root, { recursive: true, force: true });
  });

  it('creates the data folder 0700 and the SQLite database with its WAL 0600', async () => {
    const dataDir = path.join(root, 'data');
    handle = openDatabase({ dataDir });
    await migrateToLatest(handle);
    expect(modeOf(dataDir)).toBe(0o700);
    expect(modeOf(path.join(dataDir, SQLITE_FILE_NAME))).toBe(0o600);
    expect(modeOf(path.join(dataDir, `${SQLITE_FILE_NAME}-wal`))).toBe(0o600);
  });

  it('narrows a database file left readable by others', async () => {
    const file = path.join(root, SQLITE_FILE_NAME);
    await writeFile(file, '');
    await chmod(file, 0o644);
    handle = openDatabase({ dataDir: root });
    expect(modeOf(file)).toBe(0o600);
  });

  it('writes a backup 0600, even over a partial file left by a crash', async () => {
    handle = openDatabase({ dataDir: path.join(root, 'data') });
    await migrateToLatest(handle);
    const target = path.join(root, 'myomap.backup.gz');
    await writeFile(`${target}.partial`, 'half a backup');
    await chmod(`${target}.partial`, 0o644);
    await backupDatabase(handle, target);
    expect(modeOf(target)).toBe(0o600);
  });
});
