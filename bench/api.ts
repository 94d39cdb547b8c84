/**
 * API throughput: autocannon against Myomap's GET /api/health and against a bare Fastify route
 * answering the same JSON, in the same process set-up, one after the other. Prints both
 * throughputs and their ratio. Run: `npm run bench:api` (BENCH_SECONDS=10 by default).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import Fastify, { type FastifyInstance } from 'fastify';
import { buildApp, migrateToLatest, MYOMAP_VERSION, openDatabase } from '@myomap/server';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (typeof address !== 'object' || !address) throw new Error('no address');
  return `http://127.0.0.1:${address.port}`;
}

async function measure(label: string, url: string): Promise<number> {
  // A short warm-up so the JIT and connection pools settle before we count.
  await autocannon({ url, connections: CONNECTIONS, duration: 2 });
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${label}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  const rps = result.requests.average;
  process.stdout.write(
    `${label.padEnd(28)} ${rps.toFixed(0).padStart(8)} req/s   p50 ${result.latency.p50} ms   p99 ${result.latency.p99} ms\n`,
  );
  return rps;
}

const dataDir = await mkdtemp(path.join(tmpdir(), 'myomap-bench-'));
const database = openDatabase({ dataDir });
await migrateToLatest(database);
const myomap = await buildApp({ database });
const bare = Fastify({ logger: false });
bare.get('/api/health', () => ({ status: 'ok', version: MYOMAP_VERSION }));

try {
  process.stdout.write(`API throughput, ${CONNECTIONS} connections, ${SECONDS} s each (node ${process.version})\n`);
  const bareRps = await measure('bare Fastify /api/health', `${await listen(bare)}/api/health`);
  const myomapRps = await measure('Myomap GET /api/health', `${await listen(myomap)}/api/health`);
  process.stdout.write(`ratio Myomap / bare: ${(myomapRps / bareRps).toFixed(3)}\n`);
} finally {
  await myomap.close();
  await bare.close();
  await database.close();
  await rm(dataDir, { recursive: true, force: true });
}
