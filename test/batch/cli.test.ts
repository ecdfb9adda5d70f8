import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { built, ROOT, type Built } from './built.js';

const FIX = join(ROOT, 'fixtures', 'batch');
const tmp = mkdtempSync(join(tmpdir(), 'zz-batch-cli-'));
let pkg: Built;
beforeAll(async () => {
  pkg = await built();
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Run {
  readonly status: number | null;
  readonly stdout: Buffer;
  readonly stderr: string;
}

/** Runs the built command line with a time zone (and a fixed locale, as an auditor's machine might not have). */
function run(args: string[], tz: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [pkg.cli, ...args], {
      cwd: tmp,
      env: { PATH: process.env.PATH ?? '', TZ: tz, LANG: 'C' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (err += s));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(out), stderr: err }));
  });
}

const batchRun = (args: string[], tz: string): Promise<Run> => run(['batch', ...args], tz);

const ZONES = ['UTC', 'Asia/Shanghai', 'America/New_York'] as const;

const BATCHES: Record<string, string[]> = {
  'NDJSON → NDJSON': [join(FIX, 'applications.ndjson')],
  'JSON → JSON': [join(FIX, 'applications.json')],
  'CSV (UTF-8, BOM) → CSV': [join(FIX, 'beneficiaries.csv'), '--claims', join(FIX, 'claims.csv'), '--to', 'csv'],
  'CSV (GBK) → NDJSON': [join(FIX, 'gbk', 'beneficiaries.csv'), '--claims', join(FIX, 'gbk', 'claims.csv'), '--to', 'ndjson'],
};

describe('receipts: the same batch gives the same bytes on every run and in every time zone (built CLI)', () => {
  it.each(Object.entries(BATCHES))('%s', async (_name, args) => {
    const runs = await Promise.all([...ZONES.map((tz) => batchRun(args, tz)), batchRun(args, 'UTC')]);
    const [first] = runs;
    expect(first!.status).toBe(1);
    expect(first!.stdout.length).toBeGreaterThan(1000);
    for (const r of runs) {
      expect(r.status).toBe(first!.status);
      expect(r.stdout.equals(first!.stdout)).toBe(true);
      expect(r.stderr).toBe(first!.stderr);
    }
  }, 60_000);

  it('the GBK pair and the UTF-8 pair give the same bytes', async () => {
    const [gbk, utf8] = await Promise.all([
      batchRun([join(FIX, 'gbk', 'beneficiaries.csv'), '--claims', join(FIX, 'gbk', 'claims.csv'), '--to', 'ndjson'], 'UTC'),
      batchRun([join(FIX, 'beneficiaries.csv'), '--claims', join(FIX, 'claims.csv'), '--to', 'ndjson'], 'America/New_York'),
    ]);
    expect(gbk.stdout.equals(utf8.stdout)).toBe(true);
    expect(gbk.stdout.toString('utf8').trimEnd().split('\n')).toHaveLength(7);
  }, 60_000);

  it('--lines-out is byte-identical across time zones too', async () => {
    const files = ZONES.map((tz) => join(tmp, `lines-${tz.replace('/', '_')}.csv`));
    const runs = await Promise.all(
      ZONES.map((tz, i) => batchRun([join(ROOT, 'fixtures', 'sample-applications.json'), '--to', 'csv', '--lines-out', files[i]!], tz)),
    );
    expect(runs.map((r) => r.status)).toEqual([0, 0, 0]);
    const bytes = files.map((f) => readFileSync(f));
    expect(bytes[0]!.length).toBeGreaterThan(1000);
    expect(bytes.every((b) => b.equals(bytes[0]!))).toBe(true);
  }, 60_000);
});

describe('the built command line', () => {
  it('an unknown command is one line naming the closest command, exit 2; no command prints the usage, exit 2', async () => {
    const r = await run(['bacth'], 'UTC');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('未知命令“bacth”，是否想用 batch？ / unknown command "bacth"; did you mean batch? (zz-ai-policy --help)\n');
    const option = await run(['--verison'], 'UTC');
    expect(option.status).toBe(2);
    expect(option.stderr).toBe('未知选项“--verison”，是否想用 --version？ / unknown option "--verison"; did you mean --version? (zz-ai-policy --help)\n');
    const none = await run([], 'UTC');
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('batch     evaluate many applications');
  });

  it.each([['--help'], ['-h'], ['help']])('%s prints the usage on stdout and exits 0', async (arg) => {
    const r = await run([arg], 'UTC');
    expect(r).toMatchObject({ status: 0, stderr: '' });
    expect(r.stdout.toString('utf8')).toContain('batch     evaluate many applications');
  });

  it('help batch prints the batch help; --version prints the version', async () => {
    const help = await run(['help', 'batch'], 'UTC');
    expect(help.status).toBe(0);
    expect(help.stdout.toString('utf8')).toContain('usage: zz-ai-policy batch');
    const version = await run(['--version'], 'UTC');
    expect(version.status).toBe(0);
    expect(version.stdout.toString('utf8')).toBe(`${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string}\n`);
  });

  it('runs a batch from a file name alone (format from the extension) and prints the summary', async () => {
    const r = await batchRun([join(FIX, 'applications.ndjson')], 'UTC');
    expect(r.status).toBe(1);
    expect(r.stdout.toString('utf8').trimEnd().split('\n')).toHaveLength(9);
    expect(r.stderr).toBe(
      '批量计算完成：记录 9 条，成功 5 条（有支付 5 条），错误 4 条，合计 19533000.50 元\n' +
        'batch done: 9 records, 5 evaluated (5 paid), 4 errors, total 19533000.50 yuan\n',
    );
  }, 60_000);
});
