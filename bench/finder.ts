/**
 * Finder speed and allocation, against the simplest possible ranking, in one run.
 *
 * 10,000 random pain drawings (1–6 regions, random intensities, both sides) over the full atlas. Each drawing
 * is ranked by the finder (top 10, with reasons, cover, questions and red flags) and by a bare baseline: a
 * precomputed region → trigger point index (essential 1, spillover 0.5) summed into a score array and a top-5
 * selection. The two are timed interleaved, drawing by drawing, alternating which goes first, so both see the
 * same machine (other processes, CPU frequency, JIT state); medians and p99s and their ratio are printed.
 *
 * Allocation: V8 has no per-call allocation counter on Node 20, so bytes per query are measured as the growth
 * of `heapUsed` over a batch of queries run straight after a full `gc()`, with a young generation large enough
 * (`--min-semi-space-size`) that no collection runs during the batch. A PerformanceObserver counts collections;
 * a batch during which one ran is thrown away, so garbage collection can never make the figure look smaller
 * than it is. The only other thing that grows the heap during a batch is the JIT installing compiled code,
 * which only ever adds: the smallest of several clean batches is the allocation figure. The npm script passes
 * the flags: `npm run bench:finder`.
 *
 * Then, if the web app is built (`npm run build --workspace @myomap/web`), it reads Vite's manifest, follows the
 * first page's entry chunk and its static imports, and exits non-zero if any of them contains atlas modules
 * (judged from each chunk's source map when there is one, else from atlas data in its text): the atlas must load
 * lazily, never with the first page.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { MUSCLES, sideTriggerPoint } from '@myomap/core/atlas/atlas.ts';
import { REGIONS } from '@myomap/core/body/regions.ts';
import { createAtlasFinder } from '@myomap/core/finder/atlas-finder.ts';
import type { FinderRegionInput } from '@myomap/core/finder/finder.ts';

const QUERIES = Number(process.env.BENCH_QUERIES ?? 10_000);
const TARGET = { medianMicros: 10, p99Micros: 50, bytes: 8 * 1024 };
const out = (line: string): boolean => process.stdout.write(`${line}\n`);

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  out('Run with --expose-gc (npm run bench:finder does): allocation cannot be measured without it.');
  process.exit(2);
}

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

/** The baseline: region → (muscle, weight) postings, a score array, a top-5 pick. Nothing else. */
function createBaseline(): (regions: readonly FinderRegionInput[]) => string[] {
  const postings = new Map<string, { muscle: Int32Array; weight: Float64Array }>();
  const lists = new Map<string, { muscle: number[]; weight: number[] }>();
  MUSCLES.forEach((muscle, m) => {
    for (const triggerPoint of muscle.triggerPoints) {
      for (const side of ['right', 'left'] as const) {
        const sided = sideTriggerPoint(muscle, triggerPoint, side);
        const add = (region: string, weight: number): void => {
          const list = lists.get(region) ?? { muscle: [], weight: [] };
          list.muscle.push(m);
          list.weight.push(weight);
          lists.set(region, list);
        };
        for (const region of sided.essential) add(region, 1);
        for (const region of sided.spillover) add(region, 0.5);
      }
    }
  });
  for (const [region, list] of lists)
    postings.set(region, { muscle: Int32Array.from(list.muscle), weight: Float64Array.from(list.weight) });
  const score = new Float64Array(MUSCLES.length);
  const touched = new Int32Array(MUSCLES.length);
  const seen = new Uint8Array(MUSCLES.length);
  return (regions) => {
    let n = 0;
    for (const { region } of regions) {
      const p = postings.get(region);
      if (!p) continue;
      for (let i = 0; i < p.muscle.length; i++) {
        const m = p.muscle[i]!;
        if (seen[m] === 0) {
          seen[m] = 1;
          score[m] = 0;
          touched[n++] = m;
        }
        score[m] = score[m]! + p.weight[i]!;
      }
    }
    const top: string[] = [];
    for (let k = 0; k < 5; k++) {
      let best = -1;
      for (let i = 0; i < n; i++) {
        const m = touched[i]!;
        if (seen[m] === 1 && (best < 0 || score[m]! > score[best]!)) best = m;
      }
      if (best < 0) break;
      seen[best] = 2;
      top.push(MUSCLES[best]!.id);
    }
    for (let i = 0; i < n; i++) seen[touched[i]!] = 0;
    return top;
  };
}
const baseline = createBaseline();
const runFinder = (regions: FinderRegionInput[]): number => find({ regions, top: 10 }).results.length;
const runBaseline = (regions: FinderRegionInput[]): number => baseline(regions).length;

// Warm up the JIT on both, on the same drawings as measured (the code paths, not the data, need warming).
for (let i = 0; i < 3000; i++) {
  runFinder(drawings[i % drawings.length]!);
  runBaseline(drawings[i % drawings.length]!);
}

const finderTimes = new Float64Array(QUERIES);
const baselineTimes = new Float64Array(QUERIES);
let checksum = 0;
for (let i = 0; i < QUERIES; i++) {
  const regions = drawings[i]!;
  for (const which of i % 2 === 0 ? [0, 1] : [1, 0]) {
    const start = process.hrtime.bigint();
    checksum += which === 0 ? runFinder(regions) : runBaseline(regions);
    const micros = Number(process.hrtime.bigint() - start) / 1000;
    (which === 0 ? finderTimes : baselineTimes)[i] = micros;
  }
}
const quantile = (times: Float64Array, q: number): number => {
  const sorted = Float64Array.from(times).sort();
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};

let collections = 0;
const observer = new PerformanceObserver((list) => {
  collections += list.getEntries().length;
});
observer.observe({ entryTypes: ['gc'] });
// Collection entries reach the observer asynchronously: give them a moment before and after a batch.
const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

/** Bytes allocated per query: heap growth over a batch with no collection inside it (see the header). */
async function bytesPerQuery(run: (regions: FinderRegionInput[]) => number): Promise<number> {
  // The same drawings in every batch, so the batches differ only in what the JIT adds.
  const batch = 1000;
  const samples: number[] = [];
  for (let attempt = 0; samples.length < 12 && attempt < 60; attempt++) {
    gc!();
    await tick();
    const before = collections;
    const heapBefore = process.memoryUsage().heapUsed;
    for (let i = 0; i < batch; i++) run(drawings[i % drawings.length]!);
    const heapAfter = process.memoryUsage().heapUsed;
    await tick();
    if (collections !== before) continue;
    samples.push((heapAfter - heapBefore) / batch);
  }
  observer.disconnect();
  observer.observe({ entryTypes: ['gc'] });
  if (samples.length === 0) return Number.NaN;
  return Math.min(...samples);
}
const finderBytes = await bytesPerQuery(runFinder);
const baselineBytes = await bytesPerQuery(runBaseline);
observer.disconnect();

const f = { median: quantile(finderTimes, 0.5), p99: quantile(finderTimes, 0.99), max: quantile(finderTimes, 1) };
const b = { median: quantile(baselineTimes, 0.5), p99: quantile(baselineTimes, 0.99) };
const kib = (bytes: number): string =>
  Number.isNaN(bytes) ? 'n/a (a collection ran in every batch)' : `${(bytes / 1024).toFixed(2)} KiB`;
const verdict = (ok: boolean): string => (ok ? 'ok' : 'MISSED');

out(
  `Finder over ${MUSCLES.length} muscles, ${REGIONS.length} regions, ${QUERIES} random drawings (node ${process.version})`,
);
out(`index build: ${(buildMicros / 1000).toFixed(1)} ms`);
out(
  `finder (top 10, explained):  median ${f.median.toFixed(2)} µs   p99 ${f.p99.toFixed(2)} µs   max ${f.max.toFixed(1)} µs   allocated ${kib(finderBytes)}/query`,
);
out(
  `baseline (index + top 5):    median ${b.median.toFixed(2)} µs   p99 ${b.p99.toFixed(2)} µs   allocated ${kib(baselineBytes)}/query`,
);
out(`ratio finder / baseline:     median ${(f.median / b.median).toFixed(1)}×   p99 ${(f.p99 / b.p99).toFixed(1)}×`);
out(
  `targets: median ≤ ${TARGET.medianMicros} µs ${verdict(f.median <= TARGET.medianMicros)}, p99 ≤ ${TARGET.p99Micros} µs ${verdict(f.p99 <= TARGET.p99Micros)}, ≤ ${TARGET.bytes / 1024} KiB/query ${verdict(finderBytes <= TARGET.bytes)}`,
);
out(`(timer: process.hrtime.bigint around each call; results returned: ${checksum})`);

// The first page must not carry the atlas.
const dist = fileURLToPath(new URL('../packages/web/dist/', import.meta.url));
const manifestPath = path.join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) {
  out(
    'web app not built (no dist/.vite/manifest.json): run `npm run build --workspace @myomap/web` to check the entry chunk',
  );
} else {
  interface ManifestChunk {
    file: string;
    src?: string;
    isEntry?: boolean;
    isDynamicEntry?: boolean;
    imports?: string[];
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
  const entryKey = Object.keys(manifest).find((key) => manifest[key]!.isEntry && key.endsWith('index.html'));
  if (!entryKey) {
    out('FAIL: no index.html entry in the Vite manifest');
    process.exit(1);
  }
  // The first page loads the entry chunk and, eagerly, every chunk it imports statically.
  const firstPage = new Set<string>();
  const visit = (key: string): void => {
    if (firstPage.has(key)) return;
    firstPage.add(key);
    for (const next of manifest[key]?.imports ?? []) visit(next);
  };
  visit(entryKey);
  // Source map paths are relative to the chunk (../../../core/src/atlas/…), so match from core/ on.
  const ATLAS_MODULE = /core\/src\/atlas\/(muscles\/|atlas\.ts|conditions\.data\.ts)/;
  const carriesAtlas = (chunkFile: string): boolean => {
    const file = path.join(dist, chunkFile);
    const map = `${file}.map`;
    return existsSync(map)
      ? (JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] }).sources.some((s) => ATLAS_MODULE.test(s))
      : readFileSync(file, 'utf8').includes('upper-trapezius.tp1');
  };
  const offenders: string[] = [];
  let firstPageGzip = 0;
  for (const key of firstPage) {
    const file = path.join(dist, manifest[key]!.file);
    firstPageGzip += gzipSync(readFileSync(file)).length;
    const hasAtlas = carriesAtlas(manifest[key]!.file);
    if (hasAtlas) offenders.push(manifest[key]!.file);
  }
  // Where the atlas data does go: the chunk(s) carrying its modules, loaded on demand.
  for (const [key, chunk] of Object.entries(manifest)) {
    if (firstPage.has(key) || !chunk.file.endsWith('.js') || !carriesAtlas(chunk.file)) continue;
    const gz = gzipSync(readFileSync(path.join(dist, chunk.file))).length;
    out(`atlas data chunk (lazy): ${chunk.file} (${(gz / 1024).toFixed(1)} KiB gzip)`);
  }
  out(`first page: ${firstPage.size} chunk(s), ${(firstPageGzip / 1024).toFixed(1)} KiB gzip of JavaScript`);
  if (offenders.length > 0) {
    out(`FAIL: the atlas is in the first page's JavaScript (${offenders.join(', ')})`);
    process.exit(1);
  }
  out('atlas in the first page: no');
}
