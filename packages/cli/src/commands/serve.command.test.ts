import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CLI_BIN } from '../test-support.ts';

let dataDir: string | undefined;

afterEach(async () => {
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('myomap serve', () => {
  it('creates the database on first start, serves, and shuts down cleanly on SIGTERM', async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'myomap-serve-'));
    const child = spawn(process.execPath, [CLI_BIN, 'serve', '--port', '0'], {
      env: { ...process.env, MYOMAP_DATA_DIR: dataDir, DATABASE_URL: '', HOST: '127.0.0.1', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        log += chunk.toString();
        const match = /"url":"(http:\/\/[^"]+)"/.exec(log);
        if (match?.[1]) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${log}`)));
    });
    const dbFile = path.join(dataDir, 'myomap.db');
    expect(existsSync(dbFile)).toBe(true);
    const response = await fetch(`${url}/api/ready`);
    expect(await response.json()).toEqual({ status: 'ready', database: 'sqlite' });
    expect(existsSync(`${dbFile}-wal`)).toBe(true);

    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    // Closing the last connection checkpoints the write-ahead log and removes it.
    expect(existsSync(`${dbFile}-wal`)).toBe(false);
    expect(log).toContain('shutting down');
  });
});
