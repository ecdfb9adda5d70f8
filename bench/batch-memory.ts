/**
 * Memory and speed of the batch in each input format (issues 4 and 11): writes N applications (default 1,000,000)
 * deterministically (the five sample applications in turn, each with its own beneficiary id, and every 1000th
 * record made invalid) as a JSON array, as NDJSON and as the CSV pair, then runs the built command line
 * `batch <input> --to ndjson` on each and measures the child's peak resident memory
 * (`process.resourceUsage().maxRSS`, read at its exit by a preloaded probe) and its records per second. The output
 * is consumed as it comes (hashed, lines counted), so backpressure is exercised.
 *
 * Run: `npm run bench:batch` (or `tsx bench/batch-memory.ts --records 100000 --formats json,ndjson`; `--cli <path>`
 * runs another build, `--keep` keeps the generated files). Exits non-zero when the peak of a streamed format (JSON,
 * NDJSON) is at or above the limit (300 MB), when an output has not exactly one record per input record, or when
 * an exit status is not the documented 1 (some records invalid). The CSV pair is read whole (its claims must be
 * joined to their beneficiaries), so its peak grows with the files and is reported, not limited.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { stringify } from 'csv-stringify/sync';
import { toCsvTables } from '../test/batch/flatten.js';

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

/** The input formats measured. */
const FORMATS = ['json', 'ndjson', 'csv'] as const;
type Format = (typeof FORMATS)[number];

async function writeAll(path: string, records: number, line: (i: number) => string, head = '', tail = ''): Promise<void> {
  const out = createWriteStream(path);
  out.write(head);
  for (let i = 0; i < records; i++) if (!out.write(line(i))) await once(out, 'drain');
  out.end(tail);
  await once(out, 'close');
}

/** Writes the input of a format; returns the files (CSV: beneficiaries and claims) and the invalid count. */
async function generate(dir: string, format: Format, records: number): Promise<{ args: string[]; bytes: number; invalid: number }> {
  const samples = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'sample-applications.json'), 'utf8')) as Json[];
  const invalid = Math.floor(records / 1000);
  const app = (i: number): string => JSON.stringify(benchApplication(samples, i));
  if (format === 'ndjson') {
    const path = join(dir, 'applications.ndjson');
    await writeAll(path, records, (i) => `${app(i)}\n`);
    return { args: [path], bytes: statSync(path).size, invalid };
  }
  if (format === 'json') {
    const path = join(dir, 'applications.json');
    await writeAll(path, records, (i) => `${i === 0 ? '' : ',\n'}${app(i)}`, '[\n', '\n]\n');
    return { args: [path], bytes: statSync(path).size, invalid };
  }
  // The columns of every sample (and of its invalid variant), then one row per application and claim.
  const variants = samples.flatMap((_, k) => [benchApplication(samples, k), benchApplication(samples, 999 - ((999 - k) % samples.length))]);
  const shape = toCsvTables(variants);
  const csvLine = (columns: string[], row: Map<string, string>): string => stringify([columns.map((c) => row.get(c) ?? '')], { record_delimiter: '\r\n' });
  const b = join(dir, 'beneficiaries.csv');
  const c = join(dir, 'claims.csv');
  const header = (columns: string[]): string => `\uFEFF${stringify([columns], { record_delimiter: '\r\n' })}`;
  const tables = (i: number) => toCsvTables([benchApplication(samples, i)]);
  await writeAll(b, records, (i) => csvLine(shape.beneficiaries.columns, tables(i).beneficiaries.rows[0]!), header(shape.beneficiaries.columns));
  await writeAll(c, records, (i) => tables(i).claims.rows.map((r) => csvLine(shape.claims.columns, r)).join(''), header(shape.claims.columns));
  return { args: [b, '--claims', c], bytes: statSync(b).size + statSync(c).size, invalid };
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

interface Report {
  readonly format: Format;
  readonly records: number;
  readonly invalidRecords: number;
  readonly inputMB: number;
  readonly outputRecords: number;
  readonly outputMB: number;
  readonly outputSha256: string;
  readonly exitStatus: number | null;
  readonly seconds: number;
  readonly recordsPerSecond: number;
  /** NaN when the child died before it could say (out of memory). */
  readonly peakRssMB: number;
}

async function measure(cli: string, dir: string, format: Format, records: number, keep: boolean): Promise<{ report: Report; stderr: string }> {
  let t = performance.now();
  const { args, bytes, invalid } = await generate(dir, format, records);
  process.stderr.write(`${format}: generated ${records} applications (${(bytes / 1e6).toFixed(0)} MB, ${invalid} invalid) in ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
  const probe = join(dir, 'rss-probe.cjs');
  const probeOut = join(dir, `rss-${format}.txt`);
  writeFileSync(probe, `process.on('exit', () => require('fs').writeFileSync(process.env.RSS_PROBE_OUT, String(process.resourceUsage().maxRSS)));\n`);
  t = performance.now();
  const child = spawn(process.execPath, ['--require', probe, cli, 'batch', ...args, '--to', 'ndjson'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, RSS_PROBE_OUT: probeOut },
  });
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
  // The inputs of a million records take gigabytes: each format's are removed before the next is written.
  if (!keep) for (const f of readdirSync(dir)) if (!f.startsWith('rss')) rmSync(join(dir, f), { force: true });
  return {
    report: {
      format,
      records,
      invalidRecords: invalid,
      inputMB: Math.round(bytes / 1e6),
      outputRecords: outLines,
      outputMB: Math.round(outBytes / 1e6),
      outputSha256: hash.digest('hex'),
      exitStatus: code,
      seconds: Number(runSeconds.toFixed(1)),
      recordsPerSecond: Math.round(records / runSeconds),
      // A child that died (out of memory) wrote no figure.
      peakRssMB: existsSync(probeOut) ? Number((Number(readFileSync(probeOut, 'utf8')) / 1024).toFixed(1)) : Number.NaN,
    },
    stderr,
  };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      records: { type: 'string', default: '1000000' },
      formats: { type: 'string', default: FORMATS.join(',') },
      keep: { type: 'boolean' },
      cli: { type: 'string' },
    },
  });
  const records = Number(values.records);
  if (!Number.isSafeInteger(records) || records < 1) throw new Error('--records must be a positive integer');
  const formats = values.formats.split(',') as Format[];
  for (const f of formats) if (!FORMATS.includes(f)) throw new Error(`--formats: expected some of ${FORMATS.join(',')}`);
  const cli = values.cli ?? ensureBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'zz-batch-bench-'));
  const problems: string[] = [];
  const reports: Report[] = [];
  try {
    for (const format of formats) {
      const { report, stderr } = await measure(cli, dir, format, records, values.keep === true);
      reports.push(report);
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      process.stderr.write(stderr);
      if (report.outputRecords !== records) problems.push(`${format}: output has ${report.outputRecords} records for ${records} inputs`);
      if (report.exitStatus !== (report.invalidRecords > 0 ? 1 : 0)) problems.push(`${format}: exit status ${String(report.exitStatus)}`);
      if (Number.isNaN(report.peakRssMB)) problems.push(`${format}: the run died (${stderr.trim().split('\n').slice(-3).join(' | ')})`);
      if (format !== 'csv' && report.peakRssMB >= RSS_LIMIT_MB) problems.push(`${format}: peak RSS ${report.peakRssMB} MB ≥ ${RSS_LIMIT_MB} MB`);
    }
    process.stdout.write(
      `\n| input | records | input MB | records/s | seconds | peak RSS MB |\n| --- | --- | --- | --- | --- | --- |\n${reports
        .map((r) => `| ${r.format} | ${r.records} | ${r.inputMB} | ${r.recordsPerSecond} | ${r.seconds} | ${r.peakRssMB} |`)
        .join('\n')}\n`,
    );
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
