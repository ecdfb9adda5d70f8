/**
 * `npm run bench`: runs every benchmark script of bench/ that is present, each in its own child process, so one
 * command prints every figure: bench/bench.ts (throughput against the floor), then bench/package.ts (bundle size and
 * import time), bench/compare.ts, bench/workbench.ts (the workbench page's per-edit times in headless Chromium),
 * bench/batch-memory.ts and bench/http.ts when they exist (through their npm scripts `bench:package` /
 * `bench:compare` / `bench:workbench` / `bench:batch` / `bench:http` when defined).
 *
 * bench.ts is bundled with esbuild first (with its dependencies) and run with plain node (`--expose-gc` for clean memory figures), so
 * the figures are those of compiled JavaScript, not of a development loader. `@gorules/zen-engine` stays outside the
 * bundle (it loads a native addon for the platform), and so does json-rules-engine (CommonJS that requires node's
 * `vm`, which an ESM bundle cannot), so the bundle is written under node_modules/.cache, where node
 * finds the project's node_modules. Arguments after `--` go to
 * bench.ts (e.g. `npm run bench -- --sizes=10000 --runs=3`); `--only=bench` (or `bench:compare`, `bench:batch`, `bench:http`)
 * runs one of them (`--only=bench:workbench` the workbench's).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
// `--only=bench` runs bench.ts alone; every other argument goes to bench.ts.
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const passThrough = process.argv.slice(2).filter((a) => !a.startsWith('--only='));
let failed = false;

function run(title: string, command: string, args: readonly string[]): void {
  console.log(`\n=== ${title} ===`);
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    failed = true;
    console.log(`(${title} exited with ${r.status ?? r.signal})`);
  }
}

// 1. bench.ts, compiled into one file (dependencies included but the native ZEN engine), run from a temporary
// directory inside the project.
if (only === undefined || only === 'bench') {
  const cache = join(root, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const out = mkdtempSync(join(cache, 'zz-bench-'));
  try {
    const outfile = join(out, 'bench.mjs');
    await build({
      entryPoints: [join(here, 'bench.ts')], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20',
      absWorkingDir: root, logLevel: 'warning', external: ['@gorules/zen-engine', 'json-rules-engine'],
    });
    run('bench/bench.ts (compiled)', process.execPath, ['--expose-gc', outfile, ...passThrough]);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

// 2. The other benchmark scripts, when present.
const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
for (const [file, script] of [['package.ts', 'bench:package'], ['compare.ts', 'bench:compare'], ['workbench.ts', 'bench:workbench'], ['batch-memory.ts', 'bench:batch'], ['http.ts', 'bench:http']] as const) {
  if (only !== undefined && only !== script && only !== file) continue;
  if (scripts[script]) run(`npm run ${script}`, 'npm', ['run', '-s', script]);
  else if (existsSync(join(here, file))) run(`bench/${file}`, process.execPath, ['--import', 'tsx', join(here, file)]);
}

process.exitCode = failed ? 1 : 0;
