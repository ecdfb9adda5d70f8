/**
 * `--to xlsx`: the workbook read back (with exceljs's reader) cell by cell against the NDJSON output of the same
 * batch: every record, every award line, every issue; amounts as numbers formatted #,##0.00 and exact to the fen,
 * ids as text, two frozen header rows in Chinese and English.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { BatchRecord } from '../../src/tools/batch/record.js';
import { batch } from '../../src/tools/cli/batch.js';
import {
  amountCell, ERROR_COLUMNS, fromXlsxText, LINE_SHEET_COLUMNS, MAX_CELL_CHARS, RESULT_COLUMNS, SHEET_NAMES, xlsxText, xlsxWriter,
} from '../../src/tools/batch/xlsx.js';
import { STATUS_ZH } from '../../src/tools/batch/write.js';
import { application } from '../helpers.js';
import { ROOT } from './built.js';

const FIX = join(ROOT, 'fixtures', 'batch');
const tmp = mkdtempSync(join(tmpdir(), 'zz-batch-xlsx-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function cli(args: string[]): Promise<{ status: number; out: string; err: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  let o = '';
  let e = '';
  out.on('data', (c: Buffer) => (o += c.toString('utf8')));
  err.on('data', (c: Buffer) => (e += c.toString('utf8')));
  const status = await batch(args, { stdin: Readable.from([]), stdout: out, stderr: err });
  return { status, out: o, err: e };
}

async function workbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** A cell's value as read back: text decoded (`_xHHHH_`), empty as null. */
function cellValue(cell: ExcelJS.Cell): unknown {
  const v = cell.value;
  if (v === null || v === undefined || v === '') return null;
  return typeof v === 'string' ? fromXlsxText(v) : v;
}

/** The data rows of a sheet (after its two header rows), as arrays of values. */
function rows(sheet: ExcelJS.Worksheet, width: number): unknown[][] {
  const out: unknown[][] = [];
  sheet.eachRow((row, n) => {
    if (n > 2) out.push(Array.from({ length: width }, (_, i) => cellValue(row.getCell(i + 1))));
  });
  return out;
}

const yuan = (n: unknown): string => (typeof n === 'number' ? n.toFixed(2) : String(n));
const orNull = <T>(v: T | undefined | ''): T | null => (v === undefined || v === '' ? null : v);

async function both(args: string[]): Promise<{ records: BatchRecord[]; wb: ExcelJS.Workbook; status: number }> {
  const xlsx = join(tmp, `${Math.random().toString(36).slice(2)}.xlsx`);
  const r = await cli([...args, '--to', 'xlsx', '--out', xlsx, '--quiet']);
  const json = await cli([...args, '--to', 'ndjson', '--quiet']);
  expect(r.status, r.err).toBe(json.status);
  return { records: json.out.trimEnd().split('\n').map((l) => JSON.parse(l) as BatchRecord), wb: await workbook(xlsx), status: r.status };
}

describe('the workbook holds what the JSON output holds, cell by cell', () => {
  it.each([
    ['NDJSON with bad lines', [join(FIX, 'applications.ndjson')]],
    ['the CSV pair', [join(FIX, 'beneficiaries.csv'), '--claims', join(FIX, 'claims.csv')]],
    ['the sample applications', [join(ROOT, 'fixtures', 'sample-applications.json')]],
  ])('%s', async (_name, args) => {
    const { records, wb } = await both(args);
    expect(wb.worksheets.map((w) => w.name)).toEqual([SHEET_NAMES.results, SHEET_NAMES.lines, SHEET_NAMES.errors]);
    const [results, lines, errors] = wb.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet, ExcelJS.Worksheet];
    for (const [sheet, columns] of [[results, RESULT_COLUMNS], [lines, LINE_SHEET_COLUMNS], [errors, ERROR_COLUMNS]] as const) {
      expect(sheet.getRow(1).values).toEqual([undefined, ...columns.map((c) => c.zh)]);
      expect(sheet.getRow(2).values).toEqual([undefined, ...columns.map((c) => c.en)]);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    }

    const resultRows = rows(results, RESULT_COLUMNS.length);
    expect(resultRows).toHaveLength(records.length);
    records.forEach((r, i) => {
      const row = resultRows[i]!;
      expect(row.slice(0, 3), `record ${r.record}`).toEqual([r.record, r.line, r.beneficiaryId]);
      if (r.ok) {
        expect(row[3]).toBe(r.result.awardYear);
        expect(row[4]).toBe(r.result.approvalDate);
        expect(row.slice(5, 7)).toEqual(['已计算', 'evaluated']);
        expect(yuan(row[7])).toBe(r.result.total);
        expect(row[8]).toBe(r.result.lines.filter((l) => l.status === 'paid' || l.status === 'reduced').length);
        expect(row.slice(11)).toEqual([r.result.fingerprint.version, r.result.fingerprint.parameters, r.result.fingerprint.readings]);
      } else {
        expect(row[6]).toBe(r.errors.some((e) => e.code === 'internal') ? 'internal error' : 'invalid');
        expect(row[9]).toBe(r.errors.length);
        expect(row[7]).toBeNull();
      }
    });
    for (let i = 0; i < records.length; i++) {
      const cell = results.getRow(i + 3).getCell(8);
      if (records[i]!.ok) {
        expect(typeof cell.value).toBe('number');
        expect(cell.numFmt).toBe('#,##0.00');
      }
      expect(results.getRow(i + 3).getCell(3).type).toBe(records[i]!.beneficiaryId === null ? ExcelJS.ValueType.Null : ExcelJS.ValueType.String);
    }

    const expectedLines = records.flatMap((r) => (r.ok ? r.result.lines.map((l) => [
      r.record, r.result.beneficiaryId, r.result.awardYear, l.claimId, l.clause, l.item, l.subjectId, STATUS_ZH[l.status], l.status, l.gross, l.entitlement, l.net,
    ]) : []));
    expect(rows(lines, LINE_SHEET_COLUMNS.length).map((row) => [...row.slice(0, 9), ...row.slice(9, 12).map(yuan)])).toEqual(expectedLines);

    const expectedErrors = records.flatMap((r) => (r.ok ? [] : r.errors.map((e, i) => [
      r.record, r.line, r.beneficiaryId, i + 1, orNull(e.path), e.code, orNull(e.at?.file), orNull(e.at?.line), orNull(e.at?.column), e.message.zh, e.message.en,
    ])));
    expect(rows(errors, ERROR_COLUMNS.length)).toEqual(expectedErrors);
  }, 60_000);
});

describe('cells of the workbook', () => {
  it('every amount the engine accepts (below 10^13 yuan) is a number that prints back to the same fen', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 999_999_999_999_999n }), (fen) => {
        const text = `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`;
        const cell = amountCell(text);
        expect(typeof cell).toBe('number');
        expect((cell as number).toFixed(2)).toBe(text);
        expect(String(cell)).toBe(text.replace(/\.?0+$/, '').replace(/^$/, '0'));
      }),
      { numRuns: 2000 },
    );
    expect(amountCell('9999999999999.99')).toBe(9999999999999.99);
  });

  it('an amount from 10^13 yuan on is text (exact), and anything that is not an amount is refused', () => {
    expect(amountCell('10000000000000.00')).toEqual({ bigAmount: '10000000000000.00' });
    expect(amountCell('90071992547409.93')).toEqual({ bigAmount: '90071992547409.93' });
    expect(() => amountCell('1.5')).toThrow(RangeError);
  });

  it('characters XML cannot carry are escaped as Excel reads them, and a literal escape survives', () => {
    for (const text of ['a\u0001b', 'x\ry', '\ud800', 'lone \udc00 low', '_x0041_', 'tab\tand\nline', '正常']) {
      expect(fromXlsxText(xlsxText(text))).toBe(text);
    }
    expect(xlsxText('a\u0001b')).toBe('a_x0001_b');
    expect(xlsxText('_x0041_')).toBe('_x005F_x0041_');
  });

  it('a large total is text with a note; a long cell is cut with a note; control characters survive the round trip', async () => {
    const path = join(tmp, 'cells.xlsx');
    const { createWriteStream } = await import('node:fs');
    const out = createWriteStream(path);
    const writer = await xlsxWriter(out, join(tmp, 'cells.spool'));
    const ok = (await cli([join(ROOT, 'fixtures', 'sample-applications.json'), '--to', 'ndjson', '--quiet'])).out.split('\n')[0]!;
    const big = JSON.parse(ok) as BatchRecord & { ok: true };
    const record: BatchRecord = { ...big, beneficiaryId: 'id\u0002x', result: { ...big.result, total: '12345678901234.56' } };
    const long: BatchRecord = { record: 2, line: null, beneficiaryId: 'y'.repeat(40_000), ok: false, errors: [{ path: '', code: 'invalid', params: { rule: 'other', detail: 'x' }, message: { zh: '错', en: 'bad' } }] };
    await writer.prepare(record)();
    await writer.prepare(long)();
    await writer.finish();
    out.end();
    await new Promise<void>((r) => out.on('close', () => r()));
    const wb = await workbook(path);
    const results = wb.worksheets[0]!;
    expect(results.getRow(3).getCell(8).value).toBe('12345678901234.56');
    expect(String(results.getRow(3).getCell(8).note)).toContain('15 significant digits');
    expect(fromXlsxText(String(results.getRow(3).getCell(3).value))).toBe('id\u0002x');
    const cut = String(results.getRow(4).getCell(3).value);
    expect(cut.length).toBe(MAX_CELL_CHARS);
    expect(cut.endsWith('…（截断：原文 40000 字符 / cut: 40000 characters）')).toBe(true);
  });

  it('a sheet that reaches the row limit continues in a numbered sheet', async () => {
    const path = join(tmp, 'split.xlsx');
    const { createWriteStream } = await import('node:fs');
    const out = createWriteStream(path);
    const writer = await xlsxWriter(out, join(tmp, 'split.spool'), undefined, 5);
    for (let i = 1; i <= 7; i++) {
      await writer.prepare({ record: i, line: null, beneficiaryId: `B${i}`, ok: false, errors: [{ path: 'p', code: 'invalid', params: { rule: 'other', detail: 'x' }, message: { zh: '错', en: 'bad' } }] })();
    }
    await writer.finish();
    out.end();
    await new Promise<void>((r) => out.on('close', () => r()));
    const wb = await workbook(path);
    expect(wb.worksheets.map((w) => [w.name, w.rowCount])).toEqual([
      [SHEET_NAMES.results, 5], [`${SHEET_NAMES.results} (2)`, 5], [`${SHEET_NAMES.results} (3)`, 3],
      [SHEET_NAMES.lines, 2],
      [SHEET_NAMES.errors, 5], [`${SHEET_NAMES.errors} (2)`, 5], [`${SHEET_NAMES.errors} (3)`, 3],
    ]);
  });

  it('an interrupted workbook run leaves neither the workbook nor a spool file behind', async () => {
    const dir = mkdtempSync(join(tmp, 'abort-'));
    const { readdirSync, writeFileSync } = await import('node:fs');
    const { runBatch } = await import('../../src/tools/batch/run.js');
    const input = join(dir, 'in.ndjson');
    writeFileSync(input, Array.from({ length: 300 }, (_, i) => (i % 2 ? '{"bad": true}' : JSON.stringify(application([])))).join('\n'));
    const controller = new AbortController();
    const stderr = new PassThrough();
    stderr.resume();
    const running = runBatch(
      { from: 'ndjson', to: 'xlsx', input, out: join(dir, 'w.xlsx'), encoding: 'auto', options: {}, progress: false, summary: false },
      { stdin: Readable.from([]), stdout: new PassThrough(), stderr, signal: controller.signal },
    );
    // Aborted once some records are written and the spool file exists.
    const started = Date.now();
    while (!readdirSync(dir).some((f) => f.endsWith('.errors')) && Date.now() - started < 20_000) await new Promise((r) => setTimeout(r, 1));
    controller.abort('SIGTERM');
    const outcome = await running;
    expect(outcome.status).toBe(143);
    expect(outcome.summary!.records).toBeGreaterThan(0);
    expect(readdirSync(dir)).toEqual(['in.ndjson']);
  });
});
