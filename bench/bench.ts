/**
 * `npm run bench` (through bench/index.ts, compiled with esbuild and run with `node --expose-gc`): every figure of
 * issue 13's targets, measured in one run of one process on one thread.
 *
 * Workloads (bench/generate.ts, deterministic): `five` — 1–3 claims of 二(二), 四(一), 五(二) (with an earlier
 * title: D6, 补差), 八(三) (events sharing a cap), under a tight 九(三) annual cap; `small` — 1–3 claims of any line;
 * `mixed` (only with `--workloads=…,mixed`) — the realistic mix up to 40 claims.
 *
 * What each figure means:
 * - **µs/app, apps/s** — wall time of one full pass over the workload divided by its size (and its inverse), the
 *   median of `--runs` passes after a warm-up (a pass shorter than 100 ms, the floors', is repeated back to back
 *   until it is not, and counted per repetition). Every pass keeps its results: the engine's full results (validation,
 *   every line, explanation data; sentences are rendered on demand by `explain`, so not here) are stored in an array
 *   until the pass ends, as a caller that uses them would, so the collector pays for them (issue 13: "with results
 *   kept"). The floors and peers keep theirs too. Before each pass the heap is collected (`gc()`), untimed.
 * - **CPU µs/app** — the process's CPU time (all threads: the collector's helper threads too) over the same passes.
 * - **min–max** — the fastest and slowest pass: the spread a busy machine causes.
 * - **GC share** — the time the main thread spent paused in garbage collection during a timed pass, divided by the
 *   pass's wall time (median over passes). Measured with `v8.GCProfiler`: Node records, for every collection
 *   (scavenges, mark-compact, the start of incremental marking), the time between V8's GC prologue and epilogue
 *   callbacks on the main thread, i.e. the pauses the loop waits through; it keeps them in native memory until
 *   `stop()`, so measuring allocates nothing on the JS heap during the pass. Checked against `node --trace-gc`: the
 *   sums of pauses agree. Work the collector does concurrently on helper threads, and the small incremental-marking
 *   steps interleaved with JavaScript, are not counted: the share is a lower bound (on this workload scavenges
 *   dominate; CPU µs/app above wall µs/app shows the helper threads' work).
 * - **peak heap, peak RSS** — the largest V8 heap in use and resident set size sampled every 4096 applications
 *   (every batch for ZEN) during that contender's passes: results kept make them grow with the size.
 * - **the engine is n× slower / faster** — the engine's time over the other contender's on the same work (slower
 *   than the floors, faster than a peer when the engine wins). The contenders run interleaved, one pass each per
 *   round (order rotated each round), so a change in the machine's load hits all of them; the ratio is the median
 *   over rounds of the ratio within a round.
 * - **agree** — for how many applications the contender's net of every claim and total equal the engine's, to the
 *   fen (checked on the results of the last timed pass; any disagreement prints the first case and makes the run
 *   fail).
 * - **bytes/result** — what a kept result of a 3-claim application holds: up to 5,000 such applications are
 *   evaluated once (warm-up), the heap is collected twice, the results of a second evaluation are stored in a
 *   preallocated array, the heap is collected twice again, and the growth of the used heap is divided by their
 *   number (median of three repetitions). Strings shared with the input are not counted; everything the result
 *   allocated is.
 * - **load** — `os.loadavg()` (1, 5 and 15 minutes) at the start, before each workload and at the end: on a shared
 *   2-core machine, a load above 2 means the figures are slower than a quiet machine's (ratios within one round
 *   are affected much less).
 *
 * Contenders on the five-line workload: the engine (`evaluate`); the floor over numbers (bench/floor-numeric.ts:
 * integer fen over a numeric form prepared by an untimed pre-pass); the floor parsing strings (bench/floor.ts, the
 * same rules over the JSON); GoRules ZEN (bench/peers/zen.ts); json-rules-engine (bench/peers/jre.ts).
 *
 * Options: --sizes=10000,100000  --runs=5  --workloads=five,small  --peers=zen,jre  --zen-batch=100  --json
 */
import { cpus, loadavg } from 'node:os';
import { GCProfiler, getHeapStatistics } from 'node:v8';
import { evaluate, type ApplicationInput, type EvaluationResult } from '../src/index.js';
import { agreement, engineNets, type Agreement, type Nets } from './agreement.js';
import { compileFive, floorFive, floorFiveResult, type FiveNumeric } from './floor-numeric.js';
import { floor } from './floor.js';
import { workload } from './generate.js';
import { JRE_NOTE, jreEngine, jreEvaluate } from './peers/jre.js';
import { ZEN_NOTE, zenPeer } from './peers/zen.js';

type Json = Record<string, any>;
type Kind = 'small' | 'mixed' | 'five';

const args = new Map(process.argv.slice(2).map((a) => {
  const [k, v] = a.replace(/^--/, '').split('=');
  return [k!, v ?? 'true'] as const;
}));
const SIZES = (args.get('sizes') ?? '10000,100000').split(',').map(Number);
const RUNS = Number(args.get('runs') ?? 5);
const WORKLOADS = (args.get('workloads') ?? 'five,small').split(',') as Kind[];
const PEERS = new Set((args.get('peers') ?? 'zen,jre').split(',').filter(Boolean));
const ZEN_BATCH = Number(args.get('zen-batch') ?? 100);
/** Warm-up: two passes over at most this many applications, per contender. */
const WARM = 5000;
/** Applications of 3 claims whose kept results are weighed. */
const WEIGH = 5000;

const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number) => (bytes / 1048576).toFixed(0);
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Peak heap and RSS seen while a contender runs (sampled by its pass). */
class Peaks {
  heap = 0;
  rss = 0;
  sample(): void {
    const m = process.memoryUsage();
    if (m.heapUsed > this.heap) this.heap = m.heapUsed;
    if (m.rss > this.rss) this.rss = m.rss;
  }
}

/** One implementation timed on a workload: a full pass keeps its results and returns them. */
interface Contender {
  readonly key: string;
  readonly label: string;
  /** A pass over the first `n` applications (all when omitted). */
  pass(peaks: Peaks, n?: number): unknown;
  /** The nets of application `i` from what the last pass kept (for agreement; untimed). */
  nets(kept: any, i: number): Nets;
}

interface Timing {
  /** Repetitions of the pass per timed pass (more than 1 only for passes shorter than {@link MIN_PASS_MS}). */
  reps: number;
  ms: number[];
  cpuMs: number[];
  gcShare: number[];
  peaks: Peaks;
  kept: unknown;
}

/**
 * A timed pass shorter than this is repeated back to back until it is not (the floors take a few ms for 10,000
 * applications, less than one time slice of a busy scheduler); the figures are per repetition.
 */
const MIN_PASS_MS = 100;

/** One timed pass: heap collected first (untimed), GC pauses recorded by v8.GCProfiler during the pass. */
async function timedPass(c: Contender, t: Timing): Promise<void> {
  t.kept = undefined;
  gc?.();
  const profiler = new GCProfiler();
  profiler.start();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let kept: unknown;
  for (let r = 0; r < t.reps; r++) {
    kept = c.pass(t.peaks);
    if (kept instanceof Promise) kept = await kept;
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  const gcMs = profiler.stop().statistics.reduce((s, x) => s + x.cost, 0) / 1000;
  t.ms.push(ms / t.reps);
  t.cpuMs.push((cpu.user + cpu.system) / 1000 / t.reps);
  t.gcShare.push(gcMs / ms);
  t.kept = kept;
}

/** Warm-up (and the repetitions a short pass needs), then `RUNS` rounds of one pass per contender (order rotated each round). */
async function race(contenders: readonly Contender[], size: number): Promise<Timing[]> {
  const timings = contenders.map((): Timing => ({ reps: 1, ms: [], cpuMs: [], gcShare: [], peaks: new Peaks(), kept: undefined }));
  for (const [k, c] of contenders.entries()) {
    const n = Math.min(WARM, size);
    let ms = 0;
    for (let r = 0; r < 2; r++) {
      const t0 = performance.now();
      const p = c.pass(new Peaks(), n);
      if (p instanceof Promise) await p;
      ms = performance.now() - t0;
    }
    // The second warm-up pass, scaled to the workload's size, says how long a pass takes.
    timings[k]!.reps = Math.max(1, Math.ceil(MIN_PASS_MS / ((ms * size) / n)));
  }
  for (let round = 0; round < RUNS; round++) {
    for (let k = 0; k < contenders.length; k++) {
      const j = (k + round) % contenders.length;
      await timedPass(contenders[j]!, timings[j]!);
      if (round < RUNS - 1) timings[j]!.kept = undefined;
    }
  }
  return timings;
}

function engineContender(apps: readonly Json[]): Contender {
  return {
    key: 'engine', label: 'engine (evaluate)',
    pass(peaks, n = apps.length) {
      const kept = new Array<EvaluationResult>(n);
      for (let i = 0; i < n; i++) {
        kept[i] = evaluate(apps[i] as unknown as ApplicationInput);
        if ((i & 4095) === 4095) peaks.sample();
      }
      peaks.sample();
      return kept;
    },
    nets: (kept: EvaluationResult[], i) => engineNets(apps[i]!, kept[i]!),
  };
}

/** The contenders of the five-line workload other than the engine. */
function fiveContenders(apps: readonly Json[], numeric: FiveNumeric, zen: ReturnType<typeof zenPeer> | null, jre: ReturnType<typeof jreEngine> | null): Contender[] {
  const out: Contender[] = [
    {
      key: 'floorNumeric', label: 'floor (pre-parsed numbers)',
      pass(peaks, n = apps.length) {
        for (let i = 0; i < n; i++) {
          floorFive(numeric, i);
          if ((i & 4095) === 4095) peaks.sample();
        }
        peaks.sample();
        return numeric;
      },
      nets: (kept: FiveNumeric, i) => floorFiveResult(kept, i),
    },
    {
      key: 'floorStrings', label: 'floor (parsing strings)',
      pass(peaks, n = apps.length) {
        const kept = new Array<Nets>(n);
        for (let i = 0; i < n; i++) {
          kept[i] = floor(apps[i]!);
          if ((i & 4095) === 4095) peaks.sample();
        }
        peaks.sample();
        return kept;
      },
      nets: (kept: Nets[], i) => kept[i]!,
    },
  ];
  if (zen) {
    out.push({
      key: 'zen', label: `GoRules ZEN (batches of ${ZEN_BATCH})`,
      async pass(peaks, n = apps.length) {
        const kept: Nets[] = [];
        for (let i = 0; i < n; i += ZEN_BATCH) {
          for (const r of await zen.batch(apps.slice(i, Math.min(n, i + ZEN_BATCH)))) kept.push(r);
          peaks.sample();
        }
        return kept;
      },
      nets: (kept: Nets[], i) => kept[i]!,
    });
  }
  if (jre) {
    out.push({
      key: 'jre', label: 'json-rules-engine',
      async pass(peaks, n = apps.length) {
        const kept = new Array<Nets>(n);
        for (let i = 0; i < n; i++) {
          kept[i] = await jreEvaluate(jre, apps[i]!);
          if ((i & 4095) === 4095) peaks.sample();
        }
        peaks.sample();
        return kept;
      },
      nets: (kept: Nets[], i) => kept[i]!,
    });
  }
  return out;
}

/** Bytes a kept engine result holds, for applications of 3 claims (median of three weighings). */
function bytesPerResult(apps: readonly Json[]): { bytes: number; count: number } | null {
  const sample = apps.filter((a) => (a.claims as unknown[]).length === 3).slice(0, WEIGH);
  if (gc === undefined || sample.length === 0) return null;
  const weighings: number[] = [];
  for (let k = 0; k < 3; k++) {
    for (const a of sample) evaluate(a as unknown as ApplicationInput);
    const kept = new Array<EvaluationResult | null>(sample.length).fill(null);
    gc();
    gc();
    const before = getHeapStatistics().used_heap_size;
    for (let i = 0; i < sample.length; i++) kept[i] = evaluate(sample[i] as unknown as ApplicationInput);
    gc();
    gc();
    const after = getHeapStatistics().used_heap_size;
    if (kept[sample.length - 1] === null) throw new Error('unreachable: results were dropped');
    weighings.push((after - before) / sample.length);
  }
  return { bytes: median(weighings), count: sample.length };
}

interface Row {
  workload: Kind;
  apps: number;
  contender: string;
  label: string;
  claimsPerApp: number;
  usPerApp: number;
  appsPerS: number;
  cpuUsPerApp: number;
  minMax: string;
  gcShare: number;
  peakHeapMb: string;
  peakRssMb: string;
  load: string;
  engineRatio?: number;
  agree?: Agreement;
}

const rows: Row[] = [];
const weights: { workload: Kind; bytes: number; count: number }[] = [];
let failed = false;

console.log(`# bench — node ${process.version}, ${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}, one thread, median of ${RUNS} runs, results kept`);
console.log(`load average (1, 5, 15 min) at start: ${load()}`);
if (gc === undefined) console.log('(run with --expose-gc, as npm run bench does, for clean passes and the bytes/result figure)');

const zen = WORKLOADS.includes('five') && PEERS.has('zen') ? zenPeer() : null;
const jre = WORKLOADS.includes('five') && PEERS.has('jre') ? jreEngine() : null;

for (const kind of WORKLOADS) {
  for (const n of SIZES) {
    const at = load();
    const t0 = performance.now();
    const apps = workload(kind, n);
    const claimsPerApp = Number((apps.reduce((s, a) => s + (a.claims as unknown[]).length, 0) / n).toFixed(2));
    const engine = engineContender(apps);
    const contenders = kind === 'five' ? [engine, ...fiveContenders(apps, compileFive(apps), zen, jre)] : [engine];
    console.log(`  ${kind} × ${n}: generated in ${(performance.now() - t0).toFixed(0)} ms; load ${at}; timing ${contenders.map((c) => c.key).join(', ')} …`);
    const timings = await race(contenders, n);
    const expected = Array.from({ length: n }, (_, i) => engine.nets(timings[0]!.kept, i));
    contenders.forEach((c, k) => {
      const t = timings[k]!;
      const med = median(t.ms);
      const row: Row = {
        workload: kind, apps: n, contender: c.key, label: c.label, claimsPerApp,
        usPerApp: (med * 1000) / n, appsPerS: Math.round(n / (med / 1000)), cpuUsPerApp: (median(t.cpuMs) * 1000) / n,
        minMax: `${((Math.min(...t.ms) * 1000) / n).toFixed(2)}–${((Math.max(...t.ms) * 1000) / n).toFixed(2)}`,
        gcShare: median(t.gcShare), peakHeapMb: mb(t.peaks.heap), peakRssMb: mb(t.peaks.rss), load: at,
      };
      if (k > 0) {
        row.engineRatio = median(timings[0]!.ms.map((ms, r) => ms / t.ms[r]!));
        row.agree = agreement(apps, expected, Array.from({ length: n }, (_, i) => c.nets(t.kept, i)));
        if (row.agree.first !== null) {
          failed = true;
          console.log(`  ${c.label} ≠ engine on ${n - row.agree.agree} of ${n}; first: ${row.agree.first}`);
        }
      }
      rows.push(row);
    });
    for (const t of timings) t.kept = undefined;
    if (n === SIZES[0]) {
      const w = bytesPerResult(apps);
      if (w) weights.push({ workload: kind, ...w });
    }
  }
}
zen?.dispose();

function table(header: readonly string[], body: readonly (readonly string[])[]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((t) => t[i]!.length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const t of body) console.log(line(t));
}
const pct = (x: number) => `${(100 * x).toFixed(0)} %`;
const fmt = (x: number, d: number) => x.toFixed(d);
/** The engine's time over another's, said as "n× slower" or "n× faster". */
const versus = (ratio: number | undefined) =>
  ratio === undefined ? '—' : ratio >= 1 ? `${fmt(ratio, ratio < 10 ? 2 : 0)}× slower` : `${fmt(1 / ratio, 2)}× faster`;

const engineRows = rows.filter((r) => r.contender === 'engine');
console.log('\n## Engine throughput, results kept (median of runs)\n');
table(['workload', 'apps', 'claims/app', 'µs/app', 'apps/s', 'CPU µs/app', 'min–max µs/app', 'GC share', 'peak heap MB', 'peak RSS MB', 'load 1/5/15 min'],
  engineRows.map((r) => [r.workload, String(r.apps), String(r.claimsPerApp), fmt(r.usPerApp, 2), r.appsPerS.toLocaleString('en-US'), fmt(r.cpuUsPerApp, 2),
    r.minMax, pct(r.gcShare), r.peakHeapMb, r.peakRssMb, r.load]));

const fiveRows = rows.filter((r) => r.workload === 'five');
if (fiveRows.length > 0) {
  console.log('\n## Five-line workload: the engine beside the floors and the peers (same process, interleaved rounds)\n');
  table(['apps', 'contender', 'µs/app', 'apps/s', 'CPU µs/app', 'the engine is', 'GC share', 'peak RSS MB', 'agree with engine'],
    fiveRows.map((r) => [String(r.apps), r.label, fmt(r.usPerApp, r.usPerApp < 1 ? 3 : 2), r.appsPerS.toLocaleString('en-US'),
      fmt(r.cpuUsPerApp, r.cpuUsPerApp < 1 ? 3 : 2), versus(r.engineRatio), pct(r.gcShare), r.peakRssMb,
      r.agree === undefined ? '—' : `agree ${r.agree.agree}/${r.agree.of}`]));
}

if (weights.length > 0) {
  console.log('\n## Bytes a kept engine result holds (3-claim applications)\n');
  table(['workload', 'applications weighed', 'bytes/result'], weights.map((w) => [w.workload, String(w.count), fmt(w.bytes, 0)]));
}

console.log('\n## Notes');
console.log('- floor (pre-parsed numbers): bench/floor-numeric.ts; an untimed pre-pass turns each application into numbers (fen, day numbers, codes, ranks) in typed arrays; the timed function computes every net and total into typed arrays.');
console.log('- floor (parsing strings): bench/floor.ts; the same rules reading the JSON application (yuan strings, dates as text) on every call.');
if (zen) console.log(`- ${ZEN_NOTE}`);
if (jre) console.log(`- ${JRE_NOTE}`);
console.log('- GC share: main-thread GC pauses (v8.GCProfiler) ÷ wall time of the pass; concurrent and incremental GC work not counted (a lower bound).');

console.log('\n## Targets (issue 13)');
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
for (const kind of ['five', 'small'] as const) {
  const rs = engineRows.filter((r) => r.workload === kind);
  if (rs.length === 0) continue;
  const worst = Math.min(...rs.map((r) => r.appsPerS));
  console.log(`- ≥ 100,000 applications/s with results kept, ${kind}: ${verdict(worst >= 100000)} (worst ${worst.toLocaleString('en-US')}/s)`);
}
for (const key of ['zen', 'jre']) {
  const rs = fiveRows.filter((r) => r.contender === key);
  if (rs.length === 0) continue;
  const worst = Math.min(...rs.map((r) => 1 / r.engineRatio!));
  console.log(`- engine ≥ 10× ${rs[0]!.label}: ${verdict(worst >= 10)} (engine is ${fmt(worst, 2)}× as fast at worst)`);
}
for (const key of ['floorNumeric', 'floorStrings']) {
  const rs = fiveRows.filter((r) => r.contender === key);
  if (rs.length > 0) console.log(`- the engine beside the ${rs[0]!.label}: ${rs.map((r) => `${versus(r.engineRatio)} at ${r.apps}`).join(', ')}`);
}
for (const w of weights) console.log(`- ≤ 1 KB per kept result of a 3-claim application, ${w.workload}: ${verdict(w.bytes <= 1024)} (${fmt(w.bytes, 0)} bytes)`);
const agreeRows = fiveRows.filter((r) => r.agree !== undefined);
if (agreeRows.length > 0) console.log(`- agreement to the fen with the engine: ${agreeRows.every((r) => r.agree!.first === null) ? 'every contender on every application' : 'FAILED (see above)'}`);
console.log(`\nload average (1, 5, 15 min) at end: ${load()}; max RSS of the process: ${mb(process.resourceUsage().maxRSS * 1024)} MB`);
if (args.has('json')) console.log(JSON.stringify({ bench: rows, bytesPerResult: weights }));
process.exitCode = failed ? 1 : 0;
