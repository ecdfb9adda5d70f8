/**
 * Issue 11, replayed against the built command line: a batch killed mid-run (SIGINT, SIGTERM, SIGKILL) leaves
 * the previous output intact, the input unchanged; a closed pipe and a full disk end it with 70; records in =
 * records out when it finishes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { application, beneficiary } from '../helpers.js';
import { built, type Built } from './built.js';

const tmp = mkdtempSync(join(tmpdir(), 'zz-batch-kill-'));
let pkg: Built;
let input: string;
const RECORDS = 40_000;

beforeAll(async () => {
  pkg = await built();
  input = join(tmp, 'big.ndjson');
  const lines: string[] = [];
  for (let i = 0; i < RECORDS; i++) lines.push(JSON.stringify(application([], { beneficiary: beneficiary({ id: `B${i}` }) })));
  writeFileSync(input, `${lines.join('\n')}\n`);
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

function start(args: string[], stdout: 'pipe' | number = 'pipe'): { child: ChildProcess; done: Promise<{ status: number | null; signal: NodeJS.Signals | null; stderr: string }> } {
  const child = spawn(process.execPath, [pkg.cli, 'batch', ...args], { stdio: ['ignore', stdout, 'pipe'] });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  const done = new Promise<{ status: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => {
    child.on('close', (status, signal) => resolve({ status, signal, stderr }));
  });
  return { child, done };
}

/** Waits until the temporary output file has data (the run is under way). */
async function whenWriting(dir: string): Promise<string> {
  const started = Date.now();
  for (;;) {
    const partial = readdirSync(dir).find((f) => f.endsWith('.partial'));
    if (partial && statSync(join(dir, partial)).size > 10_000) return partial;
    if (Date.now() - started > 60_000) throw new Error('the run did not start writing');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('killed mid-run, the built command line leaves the previous output intact', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s: exit %i, the target as it was, no temporary file, the stderr message says how far it got', async (signal, status) => {
    const dir = mkdtempSync(join(tmp, `${signal}-`));
    const out = join(dir, 'results.ndjson');
    writeFileSync(out, 'previous run\n');
    const before = sha(input);
    const { child, done } = start([input, '--out', out]);
    await whenWriting(dir);
    child.kill(signal);
    const r = await done;
    expect(r.status).toBe(status);
    expect(readFileSync(out, 'utf8')).toBe('previous run\n');
    expect(readdirSync(dir)).toEqual(['results.ndjson']);
    expect(r.stderr).toMatch(new RegExp(`^批量已中断（${signal}）（已写 [0-9]+ 条记录；输出文件未写入，原有文件（如有）未改动）\\nbatch interrupted \\(${signal}\\) \\([0-9]+ records written; no output file was written; any previous one is unchanged\\)\\n$`));
    expect(sha(input)).toBe(before);
  }, 120_000);

  it('SIGKILL cannot be handled: the target is intact and only the temporary file remains', async () => {
    const dir = mkdtempSync(join(tmp, 'kill-'));
    const out = join(dir, 'results.ndjson');
    writeFileSync(out, 'previous run\n');
    const { child, done } = start([input, '--out', out]);
    const partial = await whenWriting(dir);
    child.kill('SIGKILL');
    const r = await done;
    expect(r.signal).toBe('SIGKILL');
    expect(readFileSync(out, 'utf8')).toBe('previous run\n');
    expect(readdirSync(dir).sort()).toEqual([partial, 'results.ndjson'].sort());
    expect(partial).toMatch(/^\.results\.ndjson\.[0-9]+\.[0-9a-f]{8}\.partial$/);
  }, 120_000);

  it('a finished run replaces the target with one record per input record', async () => {
    const dir = mkdtempSync(join(tmp, 'done-'));
    const out = join(dir, 'results.ndjson');
    writeFileSync(out, 'previous run\n');
    const r = await start([input, '--out', out, '--quiet']).done;
    expect(r.status).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.trimEnd().split('\n')).toHaveLength(RECORDS);
    expect(readdirSync(dir)).toEqual(['results.ndjson']);
  }, 180_000);
});

describe('faults of the machine end the run with 70', () => {
  it('a pipe closed by its reader (EPIPE)', async () => {
    const { child, done } = start([input]);
    child.stdout!.once('data', () => child.stdout!.destroy());
    const r = await done;
    expect(r.status).toBe(70);
    expect(r.stderr).toMatch(/batch aborted: the output could not be written \(.*EPIPE.*\) \([0-9]+ records written; what reached standard output is incomplete\)/);
  }, 120_000);

  it('a full disk (standard output on /dev/full)', async () => {
    const fd = openSync('/dev/full', 'w');
    const r = await start([input], fd).done;
    expect(r.status).toBe(70);
    expect(r.stderr).toContain('ENOSPC');
  }, 120_000);
});

describe('the progress line', () => {
  it('with --progress shows the share of the file read, the rate and the time left, on stderr only', async () => {
    const dir = mkdtempSync(join(tmp, 'progress-'));
    const out = join(dir, 'r.ndjson');
    const r = await start([input, '--out', out, '--progress']).done;
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/\r已读 [0-9.]+%，已处理 [0-9]+ 条，[0-9]+ 条\/秒(，剩余约 [^/]+)? \/ read [0-9.]+%, [0-9]+ records, [0-9]+ records\/s(, about .+ left)?\x1b\[K/);
    expect(readFileSync(out, 'utf8')).not.toContain('已读');
  }, 180_000);
});
