/**
 * `npm run bench:http`: requests per second of the HTTP service for a 3-claim `POST /v1/evaluate` (the first sample
 * application: 二(二), 八(二), 八(三)), measured with autocannon over loopback.
 *
 * The service runs in a child process (compiled with esbuild, dependencies left to node_modules, request log
 * off) so that it has a core to itself and the load generator the other; the figures are those of compiled
 * JavaScript. Each row is one autocannon run after a warm-up: connections, requests/s (mean), latency p50 / p99
 * in ms, and any answer that was not 200 (there must be none). The machine's load is printed with the figures,
 * since other work on a shared machine lowers them.
 *
 * Options: `--duration=<s>` per run (default 10), `--connections=1,10,50` (default).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { build } from 'esbuild';
import { evaluateUnknown as evaluate } from '../src/edges/api.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const arg = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const duration = Number(arg('duration') ?? 10);
const connections = (arg('connections') ?? '1,10,50').split(',').map(Number);

const application = (JSON.parse(readFileSync(join(root, 'fixtures', 'sample-applications.json'), 'utf8')) as unknown[])[0]!;
const body = JSON.stringify({ input: application });

// The server entry, compiled into node_modules/.cache so that its imports resolve from the project's node_modules.
const outDir = join(root, 'node_modules', '.cache', 'zz-bench-http');
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, 'server.mjs');
await build({
  stdin: {
    contents: `import { buildApp } from ${JSON.stringify(join(root, 'src', 'tools', 'server', 'app.ts'))};
const app = await buildApp({ log: false });
const address = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(address + '\\n');
process.on('SIGTERM', () => app.close().then(() => process.exit(0)));`,
    resolveDir: root,
    loader: 'ts',
  },
  outfile, bundle: true, packages: 'external', platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning',
});

const server = spawn(process.execPath, [outfile], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
const base = await new Promise<string>((resolve, reject) => {
  let out = '';
  server.stdout.setEncoding('utf8').on('data', (s: string) => {
    out += s;
    if (out.includes('\n')) resolve(out.trim());
  });
  server.on('exit', (code) => reject(new Error(`the service exited with ${code}`)));
});

try {
  // The service must give the library's answer before its speed means anything.
  const check = (await (await fetch(`${base}/v1/evaluate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).json()) as { total: string };
  if (check.total !== evaluate(application, undefined).total) throw new Error(`the service answered total ${check.total}, the library ${evaluate(application, undefined).total}`);

  const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
  console.log(`HTTP service, POST /v1/evaluate, 3 claims (${body.length} bytes), ${duration} s per run; node ${process.version}, ${cpus().length} cores`);
  console.log(`machine load before (1, 5, 15 min): ${load()}`);
  const options = { url: `${base}/v1/evaluate`, method: 'POST' as const, headers: { 'content-type': 'application/json' }, body };
  await autocannon({ ...options, connections: 10, duration: 2 }); // warm-up: JIT, caches
  const rows: string[][] = [['connections', 'requests/s', 'p50 ms', 'p99 ms', 'not 200']];
  for (const c of connections) {
    const r = await autocannon({ ...options, connections: c, duration });
    const bad = r.non2xx + r.errors + r.timeouts;
    rows.push([String(c), r.requests.average.toFixed(0), String(r.latency.p50), String(r.latency.p99), String(bad)]);
    if (bad > 0) process.exitCode = 1;
  }
  const width = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) console.log(r.map((x, i) => x.padStart(width[i]!)).join('  '));
  console.log(`machine load after (1, 5, 15 min): ${load()}`);
} finally {
  server.kill('SIGTERM');
  rmSync(outDir, { recursive: true, force: true });
}
