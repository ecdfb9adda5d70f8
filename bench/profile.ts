/**
 * `npm run bench:profile [-- --workload=small --n=20000 --passes=10 --top=25]`: a CPU profile of `evaluate`
 * on one workload (compiled like bench.ts; the profiler started through node:inspector after the workload is
 * generated and two warm-up passes, so the generator and the first compilations are not in it; every pass keeps its
 * results, as bench.ts does), printed as the top functions by self time and by inclusive time. The .cpuprofile file is kept (its path is printed) for Chrome DevTools.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const args = new Map(process.argv.slice(2).map((a) => {
  const [k, v] = a.replace(/^--/, '').split('=');
  return [k!, v ?? 'true'] as const;
}));
const workload = args.get('workload') ?? 'small';
const n = Number(args.get('n') ?? 20000);
const passes = Number(args.get('passes') ?? 10);
const top = Number(args.get('top') ?? 25);

const dir = mkdtempSync(join(tmpdir(), 'zz-profile-'));
const driver = join(dir, 'driver.ts');
writeFileSync(driver, `
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { evaluate } from ${JSON.stringify(join(root, 'src/index.ts'))};
import { workload } from ${JSON.stringify(join(here, 'generate.ts'))};
const apps = workload(${JSON.stringify(workload)}, ${n});
// Warm-up, untimed and unprofiled: the profile shows the steady state, not the generator or the compiler.
for (let p = 0; p < 2; p++) for (const a of apps) evaluate(a);
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
for (let p = 0; p < ${passes}; p++) {
  const t = performance.now();
  // Results kept until the pass ends, as bench.ts keeps them (the collector pays for them).
  const kept = new Array(apps.length);
  for (let i = 0; i < apps.length; i++) kept[i] = evaluate(apps[i]);
  console.log(((performance.now() - t) * 1000 / apps.length).toFixed(2) + ' µs/app');
}
const { profile } = await session.post('Profiler.stop');
writeFileSync(${JSON.stringify(join(dir, 'run.cpuprofile'))}, JSON.stringify(profile));
`);
await build({ entryPoints: [driver], outfile: join(dir, 'driver.mjs'), bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning' });
const r = spawnSync(process.execPath, [join(dir, 'driver.mjs')], { stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);
const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))!;

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { nodes: Node[]; samples: number[]; timeDeltas: number[] };
const byId = new Map(profile.nodes.map((x) => [x.id, x]));
const parent = new Map<number, number>();
for (const x of profile.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
const time = new Map<number, number>();
profile.samples.forEach((s, i) => time.set(s, (time.get(s) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const label = (x: Node) => `${x.callFrame.functionName || '(anonymous)'} ${x.callFrame.url.split('/').slice(-2).join('/')}:${x.callFrame.lineNumber + 1}`;
const self = new Map<string, number>();
const incl = new Map<string, number>();
let total = 0;
for (const [id, t] of time) {
  total += t;
  const k = label(byId.get(id)!);
  self.set(k, (self.get(k) ?? 0) + t);
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const kk = label(byId.get(cur)!);
    if (!seen.has(kk)) {
      seen.add(kk);
      incl.set(kk, (incl.get(kk) ?? 0) + t);
    }
  }
}
const print = (title: string, m: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [k, t] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${((100 * t) / total).toFixed(1).padStart(6)} %  ${k}`);
};
print('top by self time', self);
print('top by inclusive time', incl);
console.log(`\nprofile: ${join(dir, file)}`);
