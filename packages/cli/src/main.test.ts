import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './test-support.ts';

let dataDir: string;
let env: Record<string, string>;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'myomap-cli-'));
  env = { MYOMAP_DATA_DIR: dataDir, DATABASE_URL: '' };
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('myomap command line', () => {
  it('prints help listing the commands', async () => {
    const result = await runCli(['--help'], env);
    expect(result.code).toBe(0);
    for (const command of ['serve', 'migrate', 'backup', 'restore']) expect(result.stdout).toContain(command);
  });

  it('prints the version', async () => {
    const result = await runCli(['--version'], env);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it.each([
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['backup'], /missing required argument 'file'/],
    [['migrate', '--colour'], /unknown option '--colour'/],
    [['serve', '--port', 'eighty'], /--port must be a whole number/],
    [[], /Usage: myomap/],
  ])('exits 2 with one line on stderr for bad usage: %j', async (args, message) => {
    const result = await runCli(args, env);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    if (args.length > 0) expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 naming the variable when the configuration is bad', async () => {
    const result = await runCli(['migrate'], { ...env, DATABASE_URL: 'mysql://nope' });
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe('myomap: DATABASE_URL must start with postgres:// or postgresql://');
  });

  it('migrates, then reports nothing left to do, as JSON', async () => {
    const first = await runCli(['migrate', '--json'], env);
    expect(first.code).toBe(0);
    const report = JSON.parse(first.stdout) as { engine: string; applied: string[]; current: string };
    expect(report.engine).toBe('sqlite');
    expect(report.applied.length).toBeGreaterThan(0);
    const second = JSON.parse((await runCli(['migrate', '--json'], env)).stdout) as {
      applied: string[];
      current: string;
    };
    expect(second.applied).toEqual([]);
    expect(second.current).toBe(report.current);
  });

  it('refuses to restore a file that is not a backup, with exit 2', async () => {
    const result = await runCli(['restore', path.join(dataDir, 'missing.gz')], env);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^myomap: /);
  });
});
