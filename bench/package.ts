/**
 * `npm run bench:package`: what another system pays to use the package, from the built `dist/` (run `npm run build`
 * first; the script says so when dist/ is missing):
 * - **bundle** — an application that imports only `evaluate`, bundled and minified by esbuild with its defaults: the
 *   bytes (and gzip bytes) of the bundle, and the largest inputs in it; the bundle is run on the sample applications.
 * - **import** — the time to import each entry (root, drafting, batch, server) from ESM and CommonJS in a fresh node
 *   process: the median over 9 processes of the wall time of the import itself (`performance.now()` around a dynamic
 *   `import()` / `require()`), and the whole process's wall time minus that of an empty node process.
 * The machine's load is printed before and after: on a shared 2-core machine a load above 2 slows every figure.
 * Targets (issue 10): bundle ≤ 150 KB minified, package import ≤ 250 ms.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = 9;
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.log('dist/ is missing: run `npm run build` first');
  process.exit(1);
}
console.log(`package bench (built dist/), node ${process.version}; machine load before (1, 5, 15 min): ${load()}`);

const work = mkdtempSync(join(tmpdir(), 'zz-package-bench-'));
try {
  // 1. An evaluate-only bundle. The package resolves through an alias to the built entry, as a bundler would
  // resolve the installed package's "import" condition.
  const entry = join(work, 'only-evaluate.mjs');
  writeFileSync(entry, [
    "import { evaluate } from 'zz-airport-ai-policy';",
    'const apps = JSON.parse(process.argv[2]);',
    'console.log(JSON.stringify(apps.map((a) => evaluate(a).total)));',
  ].join('\n'));
  const outfile = join(work, 'bundle.mjs');
  const result = await build({
    entryPoints: [entry], bundle: true, minify: true, platform: 'node', format: 'esm', outfile, metafile: true,
    logLevel: 'silent', alias: { 'zz-airport-ai-policy': join(root, 'dist', 'index.js') },
  });
  const bytes = readFileSync(outfile);
  const samples = readFileSync(join(root, 'fixtures', 'sample-applications.json'), 'utf8');
  const ran = spawnSync(process.execPath, [outfile, JSON.stringify(JSON.parse(samples))], { encoding: 'utf8' });
  const output = result.metafile.outputs[Object.keys(result.metafile.outputs)[0]!]!;
  const largest = Object.entries(output.inputs).filter(([file]) => !file.includes('only-evaluate')).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput).slice(0, 5)
    .map(([file, { bytesInOutput }]) => `${file.replace(/^.*node_modules\//, '').replace(root, '')} ${(bytesInOutput / 1024).toFixed(1)} KB`);
  console.log(`\nevaluate-only bundle (esbuild, minified): ${(bytes.length / 1024).toFixed(1)} KB (gzip ${(gzipSync(bytes).length / 1024).toFixed(1)} KB); target ≤ 150 KB: ${bytes.length <= 150 * 1024 ? 'met' : 'NOT met'}`);
  console.log(`  largest inputs: ${largest.join(', ')}`);
  console.log(`  runs: ${ran.status === 0 ? `yes (${(JSON.parse(ran.stdout) as string[]).length} sample totals)` : `NO: ${ran.stderr.split('\n')[0]}`}`);
  if (ran.status !== 0) process.exitCode = 1;

  // 2. Import time of each entry, ESM and CJS, in fresh processes.
  const time = (code: string, type: 'mjs' | 'cjs'): { importMs: number; processMs: number } => {
    const file = join(work, `t.${type}`);
    writeFileSync(file, code);
    const imports: number[] = [];
    const wall: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, [file], { encoding: 'utf8', cwd: root });
      wall.push(performance.now() - t0);
      if (r.status !== 0) throw new Error(r.stderr);
      imports.push(Number(r.stdout.trim()));
    }
    return { importMs: median(imports), processMs: median(wall) };
  };
  const empty = time('console.log(0);', 'mjs').processMs;
  console.log(`\nimport time (median of ${RUNS} fresh processes; an empty node process takes ${empty.toFixed(0)} ms)`);
  console.log('entry                            ESM import ms  ESM process − empty  CJS import ms  CJS process − empty');
  for (const sub of ['', '/drafting', '/batch', '/server']) {
    const path = join(root, 'dist', `${sub === '' ? 'index' : sub.slice(1)}`);
    const esm = time(`const t0 = performance.now(); await import(${JSON.stringify(`${path}.js`)}); console.log(performance.now() - t0);`, 'mjs');
    const cjs = time(`const t0 = performance.now(); require(${JSON.stringify(`${path}.cjs`)}); console.log(performance.now() - t0);`, 'cjs');
    console.log(`${`zz-airport-ai-policy${sub}`.padEnd(33)}${esm.importMs.toFixed(0).padStart(13)}${(esm.processMs - empty).toFixed(0).padStart(21)}${cjs.importMs.toFixed(0).padStart(15)}${(cjs.processMs - empty).toFixed(0).padStart(21)}`);
  }
  console.log('target: the package (root entry) imports in ≤ 250 ms');
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`machine load after: ${load()}`);
