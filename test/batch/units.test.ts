/**
 * The small pieces of issue 11: the progress line's wording, the closest-name suggestion, the temporary files'
 * last-resort removal, outputs that cannot be opened, negative totals, CSV from standard input, and a workbook
 * written without a temporary file beside it.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { readNdjson } from '../../src/tools/batch/ndjson.js';
import { openOutput, removePending, track } from '../../src/tools/batch/output.js';
import { duration, progressLine, progressText } from '../../src/tools/batch/progress.js';
import type { BatchRecord } from '../../src/tools/batch/record.js';
import { runBatch } from '../../src/tools/batch/run.js';
import { totalFenOf } from '../../src/tools/batch/summary.js';
import { xlsxWriter } from '../../src/tools/batch/xlsx.js';
import { closest, editDistance } from '../../src/tools/cli/suggest.js';
import { ROOT } from './built.js';

const tmp = mkdtempSync(join(tmpdir(), 'zz-batch-units-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the progress line', () => {
  it.each([
    [0, { zh: '0 秒', en: '0 s' }],
    [65, { zh: '1 分 05 秒', en: '1 min 05 s' }],
    [3723, { zh: '1 小时 02 分', en: '1 h 02 min' }],
  ])('%i s reads %j', (seconds, text) => {
    expect(duration(seconds)).toEqual(text);
  });

  it('says the share read, the records, the rate and the time left when the size is known', () => {
    expect(progressText(5000, 2000, 0.25)).toBe('已读 25.0%，已处理 5000 条，2500 条/秒，剩余约 6 秒 / read 25.0%, 5000 records, 2500 records/s, about 6 s left');
    expect(progressText(5000, 2000, 1)).toBe('已读 100.0%，已处理 5000 条，2500 条/秒 / read 100.0%, 5000 records, 2500 records/s');
    expect(progressText(0, 0, undefined)).toBe('已处理 0 条，0 条/秒 / 0 records, 0 records/s');
  });

  it('is drawn at most four times a second, every 64 records, in place, and cleared only if drawn', () => {
    const err = new PassThrough();
    let text = '';
    err.on('data', (c: Buffer) => (text += c.toString('utf8')));
    let now = 1000;
    const line = progressLine(err, true, { share: () => 0.5 }, () => now);
    line.tick(63);
    line.tick(64);
    line.tick(128);
    now += 300;
    line.tick(192);
    line.clear();
    expect(text.split('\r').filter((s) => s.startsWith('已读'))).toHaveLength(2);
    expect(text.endsWith('\r\x1b[K')).toBe(true);
    const silent = new PassThrough();
    let nothing = '';
    silent.on('data', (c: Buffer) => (nothing += c.toString('utf8')));
    const off = progressLine(silent, false, { share: () => undefined });
    off.tick(64);
    off.clear();
    expect(nothing).toBe('');
  });
});

describe('the closest name', () => {
  it.each([
    ['bacth', ['demo', 'batch', 'compare'], 'batch'],
    ['--lines', ['--out', '--lines-out', '--quiet'], '--lines-out'],
    ['comapre', ['demo', 'batch', 'compare'], 'compare'],
  ])('%s → %s', (name, candidates, best) => {
    expect(closest(name, candidates)).toBe(best);
  });

  it('counts a swap of two neighbours as one edit', () => {
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('temporary files and outputs that cannot be opened', () => {
  it('a temporary file still pending is removed by the exit handler', () => {
    const t = join(tmp, 'left.partial');
    writeFileSync(t, 'x');
    track(t);
    removePending();
    expect(existsSync(t)).toBe(false);
  });

  it('a temporary file that cannot be created (a directory of /proc) is a usage error', async () => {
    await expect(openOutput('out', `/proc/${process.pid}/out.ndjson`)).rejects.toThrow(/--out .*: cannot write \(E[A-Z]+\)/);
  });

  it('an existing target that cannot be opened for writing (a socket) is a usage error', async () => {
    const sock = join(tmp, 'x.sock');
    const server = createServer();
    await new Promise<void>((r) => server.listen(sock, () => r()));
    try {
      await expect(openOutput('lines-out', sock)).rejects.toThrow(/--lines-out .*: cannot write \(ENXIO\)/);
    } finally {
      server.close();
    }
  });
});

describe('totals and inputs', () => {
  it('a negative total is counted as such, exactly', () => {
    const rec = { record: 1, line: null, beneficiaryId: 'B', ok: true, result: { total: '-12.34' } } as unknown as BatchRecord;
    expect(totalFenOf(rec)).toBe(-1234n);
  });

  it('the CSV beneficiaries file can come from standard input', async () => {
    const out = new PassThrough();
    let text = '';
    out.on('data', (c: Buffer) => (text += c.toString('utf8')));
    const stdin = Readable.from([readFileSync(join(ROOT, 'fixtures', 'batch', 'beneficiaries.csv'))]);
    const outcome = await runBatch(
      { from: 'csv', to: 'ndjson', input: '-', claims: join(ROOT, 'fixtures', 'batch', 'claims.csv'), encoding: 'auto', options: {}, progress: false, summary: false },
      { stdin, stdout: out, stderr: new PassThrough() },
    );
    expect(outcome.summary?.records).toBe(7);
    expect(text.trimEnd().split('\n')).toHaveLength(7);
  });

  it('an NDJSON file of a single NUL byte is refused as UTF-16', async () => {
    async function* one(): AsyncGenerator<Buffer> {
      yield Buffer.from([0]);
    }
    await expect((async () => {
      for await (const item of readNdjson(one(), 'auto', undefined, 'x.ndjson')) void item;
    })()).rejects.toThrow(/x\.ndjson: UTF-16/);
  });
});

describe('a workbook without a temporary file beside it', () => {
  it('spools in the system temporary directory, and writes an internal error record as such', async () => {
    const path = join(tmp, 'direct.xlsx');
    const { createWriteStream } = await import('node:fs');
    const out = createWriteStream(path);
    const writer = await xlsxWriter(out, null);
    await writer.prepare({ record: 1, line: 3, beneficiaryId: 'B', ok: false, errors: [{ path: '', code: 'internal', params: { error: 'x' }, message: { zh: '坏了', en: 'broke' } }] })();
    await writer.finish();
    out.end();
    await new Promise<void>((r) => out.on('close', () => r()));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(wb.worksheets[0]!.getRow(3).getCell(7).value).toBe('internal error');
    expect(wb.worksheets[0]!.getRow(3).getCell(6).value).toBe('内部错误');
    expect(wb.worksheets[2]!.getRow(3).getCell(6).value).toBe('internal');
  });
});
