/**
 * Finder speed: 10,000 random pain drawings (1–6 regions, random intensities, both sides) over
 * the full atlas, each timed on its own. Prints median and p99 microseconds per query, and the size
 * of the atlas chunk the web app ships (built by `npm run build`), which loads lazily, not with the
 * first page. Run: `npm run bench:finder`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { MUSCLES } from '@myomap/core/atlas/atlas.ts';
import { REGIONS } from '@myomap/core/body/regions.ts';
import { createAtlasFinder } from '@myomap/core/finder/atlas-finder.ts';
import type { FinderRegionInput } from '@myomap/core/finder/finder.ts';

const QUERIES = Number(process.env.BENCH_QUERIES ?? 10_000);

/** A small deterministic generator, so every run measures the same drawings. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(20261124);
const drawings: FinderRegionInput[][] = Array.from({ length: QUERIES }, () => {
  const count = 1 + Math.floor(random() * 6);
  const picked = new Set<string>();
  while (picked.size < count) picked.add(REGIONS[Math.floor(random() * REGIONS.length)]!.id);
  return [...picked].map((region) => ({ region, intensity: 1 + Math.floor(random() * 10) }));
});

const buildStart = process.hrtime.bigint();
const find = createAtlasFinder();
const buildMicros = Number(process.hrtime.bigint() - buildStart) / 1000;

// Warm up the JIT on a different slice of work than the one measured.
for (let i = 0; i < 2000; i++) find({ regions: drawings[i % drawings.length]!, top: 10 });

const times: number[] = [];
let checksum = 0;
for (const regions of drawings) {
  const start = process.hrtime.bigint();
  const output = find({ regions, top: 10 });
  times.push(Number(process.hrtime.bigint() - start) / 1000);
  checksum += output.results.length;
}
times.sort((a, b) => a - b);
const at = (q: number): number => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;

const out = (line: string): boolean => process.stdout.write(`${line}\n`);
out(
  `Finder over ${MUSCLES.length} muscles, ${REGIONS.length} regions, ${QUERIES} random drawings (node ${process.version})`,
);
out(`index build: ${buildMicros.toFixed(0)} µs`);
out(
  `median: ${at(0.5).toFixed(1)} µs   p90: ${at(0.9).toFixed(1)} µs   p99: ${at(0.99).toFixed(1)} µs   max: ${times.at(-1)!.toFixed(1)} µs`,
);
out(`(results returned: ${checksum})`);

const assets = fileURLToPath(new URL('../packages/web/dist/assets/', import.meta.url));
try {
  const files = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const atlasChunk = files.find((f) => f.startsWith('atlas-module-'));
  const entry = files.find((f) => f.startsWith('index-'));
  for (const [label, file] of [
    ['atlas chunk (lazy)', atlasChunk],
    ['first-page entry chunk', entry],
  ] as const) {
    if (!file) continue;
    const full = path.join(assets, file);
    const gz = gzipSync(readFileSync(full)).length;
    out(`${label}: ${file} ${(statSync(full).size / 1024).toFixed(1)} KiB (${(gz / 1024).toFixed(1)} KiB gzip)`);
  }
  const html = readFileSync(path.join(assets, '..', 'index.html'), 'utf8');
  out(`atlas chunk referenced by index.html (eager): ${atlasChunk && html.includes(atlasChunk) ? 'yes' : 'no'}`);
} catch {
  out('web app not built: run `npm run build` to measure the atlas chunk');
}
