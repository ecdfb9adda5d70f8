/**
 * Flat memory of the streamed batch (issue 4, item 3): writes N applications (default 1,000,000) as NDJSON to a
 * temporary file, deterministically (the five sample applications in turn, each with its own beneficiary id, and
 * every 1000th record made invalid), then runs the built command line `batch <file> --to ndjson` on it and
 * measures the child's peak resident memory (`process.resourceUsage().maxRSS`, read at its exit by a preloaded
 * probe). The output is consumed as it comes (hashed, lines counted), so backpressure is exercised.
 *
 * Run: `npm run bench:batch` (or `tsx bench/batch-memory.ts --records 100000`; `--cli <path>` runs another build,
 * `--keep` keeps the generated file). Exits non-zero when the peak is
 * at or above the limit (300 MB), when the output has not exactly one record per input record, or when the exit
 * status is not the documented 1 (some records invalid).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The limit the issue sets for one million applications. */
export const RSS_LIMIT_MB = 300;

type Json = Record<string, unknown>;

/** The i-th application of the benchmark input (0-based): deterministic, valid unless i % 1000 === 999. */
export function benchApplication(samples: readonly Json[], i: number): Json {
  const app = structuredClone(samples[i % samples.length]!) as Json & { beneficiary: Json; claims: Json[] };
  app.beneficiary.id = `${String(app.beneficiary.id)}-${String(i).padStart(7, '0')}`;
  if (i % 1000 === 999) app.approvalDate = '2026-02-30';
  return app;
}

async function generate(path: string, records: number): Promise<number> {
  const samples = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'sample-applications.json'), 'utf8')) as Json[];
  const out = createWriteStream(path);
  let invalid = 0;
  for (let i = 0; i < records; i++) {
    if (i % 1000 === 999) invalid += 1;
    if (!out.write(`${JSON.stringify(benchApplication(samples, i))}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'close');
  return invalid;
}

function newestMtime(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return t;
}

function ensureBuilt(): string {
  const cli = join(ROOT, 'dist', 'cli.js');
  if (!existsSync(cli) || statSync(cli).mtimeMs < newestMtime(join(ROOT, 'src'))) {
    const r = spawnSync('npx', ['tsup', '--silent'], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('build failed');
  }
  return cli;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { records: { type: 'string', default: '1000000' }, keep: { type: 'boolean' }, cli: { type: 'string' } },
  });
  const records = Number(values.records);
  if (!Number.isSafeInteger(records) || records < 1) throw new Error('--records must be a positive integer');
  const cli = values.cli ?? ensureBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'zz-batch-bench-'));
  const input = join(dir, 'applications.ndjson');
  const probe = join(dir, 'rss-probe.cjs');
  const probeOut = join(dir, 'rss.txt');
  writeFileSync(
    probe,
    `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(probeOut)}, String(process.resourceUsage().maxRSS)));\n`,
  );
  try {
    let t = performance.now();
    const invalid = await generate(input, records);
    const genSeconds = (performance.now() - t) / 1000;
    const inputBytes = statSync(input).size;
    process.stderr.write(`generated ${records} applications (${(inputBytes / 1e6).toFixed(0)} MB, ${invalid} invalid) in ${genSeconds.toFixed(1)} s\n`);

    t = performance.now();
    const child = spawn(process.execPath, ['--require', probe, cli, 'batch', input, '--to', 'ndjson'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const hash = createHash('sha256');
    let outBytes = 0;
    let outLines = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      hash.update(chunk);
      outBytes += chunk.length;
      for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) outLines += 1;
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const [code] = (await once(child, 'close')) as [number | null];
    const runSeconds = (performance.now() - t) / 1000;
    const peakMb = Number(readFileSync(probeOut, 'utf8')) / 1024;

    const report = {
      records,
      invalidRecords: invalid,
      outputRecords: outLines,
      outputMB: Math.round(outBytes / 1e6),
      outputSha256: hash.digest('hex'),
      exitStatus: code,
      seconds: Number(runSeconds.toFixed(1)),
      recordsPerSecond: Math.round(records / runSeconds),
      peakRssMB: Number(peakMb.toFixed(1)),
      limitMB: RSS_LIMIT_MB,
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    process.stderr.write(stderr);
    const problems: string[] = [];
    if (outLines !== records) problems.push(`output has ${outLines} records for ${records} inputs`);
    if (code !== (invalid > 0 ? 1 : 0)) problems.push(`exit status ${String(code)}`);
    if (peakMb >= RSS_LIMIT_MB) problems.push(`peak RSS ${peakMb.toFixed(1)} MB ≥ ${RSS_LIMIT_MB} MB`);
    for (const p of problems) process.stderr.write(`FAIL: ${p}\n`);
    return problems.length === 0 ? 0 : 1;
  } finally {
    if (values.keep) process.stderr.write(`kept ${dir}\n`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 70;
  },
);
