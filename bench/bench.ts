/**
 * `npm run bench` (through bench/index.ts): throughput of `evaluate` on deterministic synthetic applications, at
 * 10,000 and 100,000 applications, against the floor (bench/floor.ts) on the five-line workload.
 *
 *   workloads: small  — 1–3 claims each (the target: ≥ 100,000 applications/s, ≤ 10 µs/application)
 *              mixed  — the realistic mix: 75 % with 1–3 claims, 20 % with 4–10, 5 % with 11–40, 30 % with history
 *              five   — 1–3 claims of 二(二), 四(一), 五(二), 八(三), with a tight 九(三) cap; also run by the floor
 *
 * Each case: generate (untimed), warm up, then time several full passes and take the median (wall clock; the CPU
 * time of the same passes beside it, which a busy machine disturbs less). Peak memory is the largest heap
 * sampled during the timed passes and the process's maximum resident set size so far.
 * Every evaluation is full: validation, all lines, all explanation data (sentences are rendered on demand by
 * `explain`, so they are not part of `evaluate`). One core: a plain loop in one thread.
 *
 * Options: --sizes=10000,100000  --runs=5  --workloads=small,mixed,five  --json (machine-readable line at the end)
 */
import { cpus } from 'node:os';
import { evaluate, type ApplicationInput } from '../src/index.js';
import { fenFromYuan } from '../src/money.js';
import { floor } from './floor.js';
import { workload } from './generate.js';

type Json = Record<string, any>;

const args = new Map(process.argv.slice(2).map((a) => {
  const [k, v] = a.replace(/^--/, '').split('=');
  return [k!, v ?? 'true'] as const;
}));
const SIZES = (args.get('sizes') ?? '10000,100000').split(',').map(Number);
const RUNS = Number(args.get('runs') ?? 5);
const WORKLOADS = (args.get('workloads') ?? 'small,mixed,five').split(',') as ('small' | 'mixed' | 'five')[];

const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number) => (bytes / 1048576).toFixed(0);

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Times `RUNS` passes of `f` over `apps` after a warm-up; returns ms per pass and the peak sampled heap. */
function measure(apps: readonly Json[], f: (app: Json) => number): { ms: number[]; cpuMs: number[]; peakHeap: number; checksum: number } {
  let checksum = 0;
  const warm = Math.min(apps.length, 20000);
  for (let round = 0; round < 3; round++) for (let i = 0; i < warm; i++) checksum += f(apps[i]!);
  gc?.();
  let peakHeap = process.memoryUsage().heapUsed;
  const ms: number[] = [];
  const cpuMs: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (let i = 0; i < apps.length; i++) {
      checksum += f(apps[i]!);
      if ((i & 4095) === 4095) {
        const h = process.memoryUsage().heapUsed;
        if (h > peakHeap) peakHeap = h;
      }
    }
    ms.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpuMs.push((c.user + c.system) / 1000);
  }
  return { ms, cpuMs, peakHeap, checksum };
}

// Workload applications are generated as JSON-shaped data: they reach the typed entry as a JSON caller's data would.
const engine = (app: Json): number => fenFromYuan(evaluate(app as unknown as ApplicationInput).total);
const hand = (app: Json): number => floor(app).total;

/** The floor and the engine agree on every line of every application (to the fen). */
function agreement(apps: readonly Json[]): { agree: number; first: string | null } {
  let agree = 0;
  let first: string | null = null;
  for (const app of apps) {
    const r = evaluate(app as unknown as ApplicationInput);
    const f = floor(app);
    const net = new Map(r.lines.map((l) => [l.claimId, fenFromYuan(l.net)]));
    const same = f.total === fenFromYuan(r.total) && (app.claims as Json[]).every((c, k) => net.get(c.id) === f.lines[k]);
    if (same) agree++;
    else first ??= JSON.stringify(app);
  }
  return { agree, first };
}

interface Row {
  workload: string;
  apps: number;
  claims: number;
  medianMs: number;
  usPerApp: number;
  cpuUsPerApp: number;
  appsPerS: number;
  spread: string;
  peakHeapMb: string;
  maxRssMb: string;
  floorUs?: number;
  ratio?: number;
  agree?: string;
}

const rows: Row[] = [];
console.log(`# bench: evaluate() throughput — node ${process.version}, ${cpus()[0]?.model ?? 'cpu'}, one thread, ${RUNS} runs (median)`);
for (const kind of WORKLOADS) {
  for (const n of SIZES) {
    const t0 = performance.now();
    const apps = workload(kind, n);
    const genMs = performance.now() - t0;
    const claims = apps.reduce((s, a) => s + (a.claims as unknown[]).length, 0) / n;
    const m = measure(apps, engine);
    const med = median(m.ms);
    const row: Row = {
      workload: kind, apps: n, claims: Number(claims.toFixed(2)), medianMs: Number(med.toFixed(1)),
      usPerApp: Number(((med * 1000) / n).toFixed(2)), cpuUsPerApp: Number(((median(m.cpuMs) * 1000) / n).toFixed(2)),
      appsPerS: Math.round(n / (med / 1000)),
      spread: `${((Math.min(...m.ms) * 1000) / n).toFixed(2)}–${((Math.max(...m.ms) * 1000) / n).toFixed(2)}`,
      peakHeapMb: mb(m.peakHeap), maxRssMb: mb(process.resourceUsage().maxRSS * 1024),
    };
    if (kind === 'five') {
      const fl = measure(apps, hand);
      if (fl.checksum !== m.checksum) throw new Error(`floor and engine totals differ: ${fl.checksum} ≠ ${m.checksum}`);
      const fmed = median(fl.ms);
      row.floorUs = Number(((fmed * 1000) / n).toFixed(3));
      row.ratio = Number((med / fmed).toFixed(1));
      const a = agreement(apps);
      row.agree = `${a.agree}/${n}`;
      if (a.first) console.log(`  floor ≠ engine, first case: ${a.first}`);
    }
    rows.push(row);
    console.log(`  ${kind} × ${n}: generated in ${genMs.toFixed(0)} ms, ${row.usPerApp} µs/app`);
    gc?.();
  }
}

const header = ['workload', 'apps', 'claims/app', 'median ms', 'µs/app', 'CPU µs/app', 'apps/s', 'min–max µs/app', 'peak heap MB', 'max RSS MB', 'floor µs/app', 'ours/floor', 'floor = engine'];
const table = rows.map((r) => [
  r.workload, String(r.apps), String(r.claims), String(r.medianMs), String(r.usPerApp), String(r.cpuUsPerApp), r.appsPerS.toLocaleString('en-US'), r.spread,
  r.peakHeapMb, r.maxRssMb, r.floorUs === undefined ? '' : String(r.floorUs), r.ratio === undefined ? '' : `${r.ratio}×`, r.agree ?? '',
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((t) => t[i]!.length)));
const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padStart(widths[i]!)).join(' | ')} |`;
console.log('');
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const t of table) console.log(line(t));
const small = rows.filter((r) => r.workload === 'small');
if (small.length > 0) {
  const worst = Math.max(...small.map((r) => r.usPerApp));
  console.log(`\ntarget (1–3 claims, full validation and explanation data): ≤ 10 µs/app, ≥ 100,000 apps/s — ${worst <= 10 ? 'met' : 'NOT met'} (worst ${worst} µs/app)`);
}
if (args.has('json')) console.log(JSON.stringify({ bench: rows }));
