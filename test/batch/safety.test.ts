/**
 * Issue 11: a batch never loses or damages data. Outputs that would overwrite an input or each other are refused
 * before anything is opened; a file output appears whole or not at all (previous contents intact after an
 * input error, a write fault or an interruption); every input record gives one output record.
 */
import { createHash } from 'node:crypto';
import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/tools/batch/errors.js';
import { checkOutputPaths, openOutput } from '../../src/tools/batch/output.js';
import { runBatch, type BatchConfig } from '../../src/tools/batch/run.js';
import { batch } from '../../src/tools/cli/batch.js';
import { application, beneficiary } from '../helpers.js';
import { ROOT } from './built.js';

const FIX = join(ROOT, 'fixtures', 'batch');
const tmp = mkdtempSync(join(tmpdir(), 'zz-batch-safety-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

async function cli(args: string[], signal?: AbortSignal): Promise<{ status: number; err: string; out: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  let o = '';
  let e = '';
  out.on('data', (c: Buffer) => (o += c.toString('utf8')));
  err.on('data', (c: Buffer) => (e += c.toString('utf8')));
  const status = await batch(args, { stdin: Readable.from([]), stdout: out, stderr: err, ...(signal ? { signal } : {}) });
  return { status, err: e, out: o };
}

/** A private copy of a fixture, so that a test can check it is left unchanged. */
function copy(name: string, dir = tmp): string {
  const path = join(dir, `${Math.random().toString(36).slice(2)}-${name}`);
  writeFileSync(path, readFileSync(join(FIX, name)));
  return path;
}

const partials = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.partial'));

describe('an output that would overwrite an input or the other output is refused before anything is written', () => {
  it('--out naming the NDJSON input: exit 2, one zh/en line, the input unchanged', async () => {
    const input = copy('applications.ndjson');
    const before = sha(input);
    const r = await cli([input, '--out', input]);
    expect(r.status).toBe(EXIT.usage);
    expect(r.err).toMatch(/^--out .* 与输入文件 .* 是同一个文件，拒绝覆盖输入 \/ --out .* is the input file .*; refusing to overwrite an input\n$/);
    expect(sha(input)).toBe(before);
  });

  it('through a symbolic link, a relative path or a hard link, the input is still recognised', async () => {
    const input = copy('applications.ndjson');
    const before = sha(input);
    const link = join(tmp, `link-${Math.random()}.ndjson`);
    symlinkSync(input, link);
    const hard = join(tmp, `hard-${Math.random()}.ndjson`);
    linkSync(input, hard);
    for (const out of [link, hard, join(tmp, '.', '..', tmp.split('/').pop()!, input.split('/').pop()!)]) {
      const r = await cli([input, '--out', out]);
      expect(r.status, out).toBe(EXIT.usage);
    }
    // And the other way round: the input named through the link.
    expect((await cli([link, '--out', input])).status).toBe(EXIT.usage);
    expect(sha(input)).toBe(before);
  });

  it('--out equal to --lines-out, to the claims file, or to the --parameters file is refused', async () => {
    const b = copy('beneficiaries.csv');
    const c = copy('claims.csv');
    const params = copy('parameters.json');
    const hashes = [sha(b), sha(c), sha(params)];
    const same = join(tmp, 'same.csv');
    const r = await cli([b, '--claims', c, '--to', 'csv', '--out', same, '--lines-out', same]);
    expect(r.status).toBe(EXIT.usage);
    expect(r.err).toContain('the two outputs need two files');
    expect((await cli([b, '--claims', c, '--to', 'csv', '--out', join(tmp, 'o.csv'), '--lines-out', c])).status).toBe(EXIT.usage);
    expect((await cli([join(FIX, 'applications.ndjson'), '--parameters', params, '--out', params])).status).toBe(EXIT.usage);
    expect([sha(b), sha(c), sha(params)]).toEqual(hashes);
  });

  it('--out into a missing directory, or onto a directory, is a usage error (2) found before the input is read', async () => {
    const missing = await cli([join(tmp, 'not-there.ndjson'), '--out', join(tmp, 'no', 'such', 'dir.ndjson')]);
    expect(missing.status).toBe(EXIT.usage);
    expect(missing.err).toContain('the directory does not exist');
    const dir = await cli([join(FIX, 'applications.ndjson'), '--out', tmp]);
    expect(dir.status).toBe(EXIT.usage);
    expect(dir.err).toContain('is a directory, expected a file');
  });

  it('standard input is never an output, and checkOutputPaths lets distinct files through', () => {
    expect(() => checkOutputPaths([{ option: 'input', path: '-' }], [{ option: 'out', path: join(tmp, 'fresh.ndjson') }])).not.toThrow();
  });
});

describe('a file output appears whole or not at all', () => {
  it('a successful run replaces the previous output and leaves no temporary file', async () => {
    const dir = mkdtempSync(join(tmp, 'ok-'));
    const out = join(dir, 'out.ndjson');
    writeFileSync(out, 'previous\n');
    const r = await cli([join(FIX, 'applications.ndjson'), '--out', out, '--quiet']);
    expect(r.status).toBe(EXIT.invalidRecords);
    expect(readFileSync(out, 'utf8').trimEnd().split('\n')).toHaveLength(9);
    expect(partials(dir)).toEqual([]);
  });

  it('a JSON array found broken after some records: exit 3, the previous output intact, the count reported', async () => {
    const dir = mkdtempSync(join(tmp, 'broken-'));
    const input = join(dir, 'in.json');
    writeFileSync(input, `[${JSON.stringify(application([]))}, ${JSON.stringify(application([]))}, {"a": tru}]`);
    const out = join(dir, 'out.ndjson');
    writeFileSync(out, 'previous\n');
    const r = await cli([input, '--to', 'ndjson', '--out', out]);
    expect(r.status).toBe(EXIT.unreadableInput);
    expect(readFileSync(out, 'utf8')).toBe('previous\n');
    expect(partials(dir)).toEqual([]);
    expect(r.err).toMatch(/^批量中止：in\.json：不是有效的 JSON.*（已写 2 条记录；输出文件未写入，原有文件（如有）未改动）\n/);
    expect(r.err).toMatch(/\nbatch aborted: in\.json: not valid JSON .* \(2 records written; no output file was written; any previous one is unchanged\)\n$/);
  });

  it('a write fault of the machine (disk full: /dev/full) ends the run with 70 and says so', async () => {
    const r = await cli([join(FIX, 'applications.ndjson'), '--out', '/dev/full']);
    expect(r.status).toBe(EXIT.internal);
    expect(r.err).toContain('the output could not be written (ENOSPC');
  });

  it('an interruption (SIGINT, SIGTERM) stops after the record in hand: previous output intact, no temporary file', async () => {
    for (const [reason, status] of [['SIGINT', EXIT.interrupted], ['SIGTERM', EXIT.terminated]] as const) {
      const dir = mkdtempSync(join(tmp, 'signal-'));
      const out = join(dir, 'out.csv');
      const lines = join(dir, 'lines.csv');
      writeFileSync(out, 'previous\n');
      const controller = new AbortController();
      const apps = Array.from({ length: 400 }, (_, i) => application([], { beneficiary: beneficiary({ id: `B${i}` }) }));
      const input = join(dir, 'in.json');
      writeFileSync(input, JSON.stringify(apps));
      const stderr = new PassThrough();
      let err = '';
      stderr.on('data', (c: Buffer) => {
        err += c.toString('utf8');
      });
      const config: BatchConfig = { from: 'json', to: 'csv', input, out, linesOut: lines, encoding: 'auto', options: {}, progress: true, summary: true };
      const running = runBatch(config, { stdin: Readable.from([]), stdout: new PassThrough(), stderr, signal: controller.signal });
      setImmediate(() => controller.abort(reason));
      const outcome = await running;
      expect(outcome.status).toBe(status);
      expect(readFileSync(out, 'utf8')).toBe('previous\n');
      expect(readdirSync(dir).sort()).toEqual(['in.json', 'out.csv']);
      expect(err).toMatch(new RegExp(`batch interrupted \\(${reason}\\) \\(${outcome.summary!.records} records written; no output file was written`));
      expect(outcome.summary!.records).toBeLessThan(400);
    }
  });

  it('an output that is not a regular file (a character device) is written directly, without a temporary file', async () => {
    const out = await openOutput('out', '/dev/null');
    expect(out.temp).toBeNull();
    out.stream.write('x');
    await out.commit();
    const again = await openOutput('out', '/dev/null');
    await again.discard();
  });

  it('a file that cannot be created is a usage error naming the option and the reason', async () => {
    await expect(openOutput('out', join(tmp, 'missing-dir', 'x.json'))).rejects.toThrow(/--out .*: cannot write \(ENOENT\)/);
    // A directory without write permission (root may write anyway, so the test makes the name itself unusable).
    const dir = mkdtempSync(join(tmp, 'blocked-'));
    mkdirSync(join(dir, 'x.json'));
    await expect(openOutput('out', join(dir, 'x.json', 'y', 'z.json'))).rejects.toThrow(/cannot write/);
  });
});

describe('--to xlsx needs a file', () => {
  it('without --out it is a usage error', async () => {
    const r = await cli([join(FIX, 'applications.ndjson'), '--to', 'xlsx']);
    expect(r.status).toBe(EXIT.usage);
    expect(r.err).toContain('--to xlsx needs --out');
  });
});
