/**
 * `node --expose-gc --import tsx bench/ab.ts --builds=DIR,DIR[,DIR…] [--workloads=five,small --n=10000 --runs=7]`:
 * several builds of the package (`dist/` directories holding `index.js`, e.g. a copy kept before a change and the
 * current one) timed on the same work in one process, interleaved pass by pass (order rotated each round), with
 * results kept. On a shared, loaded machine absolute figures drift by a factor of two within a minute; the ratio
 * within a round does not, so the median of those ratios (each build against the first) is what says whether a
 * change helped. Also prints each build's CPU time per application (all threads: less disturbed by other work
 * than wall time), GC share and bytes per kept result (3-claim applications), and checks
 * that every build gives the same JSON as the first for every application.
 */
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { GCProfiler, getHeapStatistics } from 'node:v8';
import { workload } from './generate.js';

type Evaluate = (input: unknown, options?: unknown) => unknown;
const args = new Map(process.argv.slice(2).map((a) => {
  const [k, v] = a.replace(/^--/, '').split('=');
  return [k!, v ?? 'true'] as const;
}));
const dirs = (args.get('builds') ?? 'dist,dist').split(',').map((d) => resolve(d));
const N = Number(args.get('n') ?? 10000);
const RUNS = Number(args.get('runs') ?? 7);
const WORKLOADS = (args.get('workloads') ?? 'five,small').split(',') as ('five' | 'small' | 'mixed')[];
const gc = (globalThis as { gc?: () => void }).gc!;
if (gc === undefined) throw new Error('run with node --expose-gc');

const builds = await Promise.all(dirs.map(async (d) => (await import(pathToFileURL(join(d, 'index.js')).href)) as { evaluate: Evaluate }));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');

function pass(evaluate: Evaluate, apps: readonly unknown[]): { ms: number; cpu: number; gc: number; kept: unknown[] } {
  gc();
  const profiler = new GCProfiler();
  profiler.start();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const kept = new Array<unknown>(apps.length);
  for (let i = 0; i < apps.length; i++) kept[i] = evaluate(apps[i]);
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  const gcMs = profiler.stop().statistics.reduce((s, x) => s + x.cost, 0) / 1000;
  return { ms, cpu: (c.user + c.system) / 1000, gc: gcMs / ms, kept };
}

function bytes(evaluate: Evaluate, apps: readonly unknown[]): number {
  const sample = apps.filter((a) => (a as { claims: unknown[] }).claims.length === 3).slice(0, 5000);
  const w: number[] = [];
  for (let k = 0; k < 3; k++) {
    for (const a of sample) evaluate(a);
    const kept = new Array<unknown>(sample.length).fill(null);
    gc();
    gc();
    const before = getHeapStatistics().used_heap_size;
    for (let i = 0; i < sample.length; i++) kept[i] = evaluate(sample[i]);
    gc();
    gc();
    w.push((getHeapStatistics().used_heap_size - before) / sample.length);
    if (kept[0] === null) throw new Error('unreachable');
  }
  return median(w);
}

dirs.forEach((d, k) => console.log(`${k}: ${d}`));
console.log(`load ${load()}`);
for (const kind of WORKLOADS) {
  const apps = workload(kind, N);
  const ms: number[][] = builds.map(() => []);
  const gcs: number[][] = builds.map(() => []);
  const cpus: number[][] = builds.map(() => []);
  const ratios: number[][] = builds.map(() => []);
  for (const b of builds) for (let w = 0; w < 2; w++) pass(b.evaluate, apps.slice(0, 5000));
  let last: unknown[][] = builds.map(() => []);
  for (let r = 0; r < RUNS; r++) {
    const round: number[] = builds.map(() => 0);
    for (let j = 0; j < builds.length; j++) {
      const k = (j + r) % builds.length;
      const p = pass(builds[k]!.evaluate, apps);
      ms[k]!.push(p.ms);
      gcs[k]!.push(p.gc);
      cpus[k]!.push(p.cpu);
      round[k] = p.ms;
      last[k] = p.kept;
    }
    builds.forEach((_, k) => ratios[k]!.push(round[0]! / round[k]!));
  }
  const differ = builds.map((_, k) => {
    let n = 0;
    for (let i = 0; i < apps.length; i++) if (JSON.stringify(last[0]![i]) !== JSON.stringify(last[k]![i])) n++;
    return n;
  });
  last = [];
  console.log(`\n${kind} × ${N} (load ${load()})`);
  builds.forEach((b, k) => {
    const med = median(ms[k]!);
    console.log(`  ${k}: ${((med * 1000) / N).toFixed(2)} µs/app  ${Math.round(N / (med / 1000)).toLocaleString('en-US')} apps/s  ` +
      `CPU ${((median(cpus[k]!) * 1000) / N).toFixed(2)} µs/app  ` +
      `GC ${(100 * median(gcs[k]!)).toFixed(0)} %  ${bytes(b.evaluate, apps).toFixed(0)} bytes/result  ` +
      `${median(ratios[k]!).toFixed(2)}× as fast as 0 (in-round ratios ${Math.min(...ratios[k]!).toFixed(2)}–${Math.max(...ratios[k]!).toFixed(2)})  ` +
      `JSON differs from 0 on ${differ[k]} of ${N}`);
  });
}
