/**
 * Excel workbook output (`--to xlsx`), written with exceljs's streaming writer so that a million records do not
 * sit in memory. Three sheets: 结果 results (one row per record), 明细 lines (one row per award line), 错误 errors
 * (one row per issue of an error record). Each has two frozen header rows, Chinese then English.
 *
 * Cell types, so that a spreadsheet never has to guess:
 * - amounts are numbers with the format `#,##0.00`, exact to the fen: an amount below 10^13 yuan has at most 15
 *   significant digits, so the double nearest to it prints back as the same decimal (and Excel keeps 15
 *   digits). That covers every amount the engine accepts as input (at most 11 whole digits, src/money.ts
 *   YUAN_PATTERN) and every figure it forms from them in practice (src/money.ts bounds them near 10^13 yuan); a
 *   figure from 10^13 yuan on would be written as text, exact, with a note saying why;
 * - record numbers, lines, award years and counts are numbers; ids, dates, codes and fingerprints are text;
 * - text is written as it is, never as a formula. Characters XML cannot carry (control characters, lone
 *   surrogates) are written in the workbook's own escape `_xHHHH_`, which Excel reads back as the character (and
 *   a literal `_xHHHH_` is escaped as `_x005F_xHHHH_`); a cell longer than Excel's 32,767 characters is cut with a
 *   note.
 *
 * A sheet holds at most 1,048,576 rows; a longer one continues in 明细 (2) lines (2), and so on. exceljs writes the
 * sheets of a workbook one after the other into the zip file, so the lines and errors rows are first spooled to
 * temporary files beside the output and copied into their sheets at the end.
 *
 * @module
 */
import { createReadStream, createWriteStream, rmSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { explain, explainLine } from '../../edges/explain/index.js';
import { INTERNAL_ERROR_CODE } from './evaluator.js';
import { splitLines } from './ndjson.js';
import { track, untrack } from './output.js';
import type { BatchRecord } from './record.js';
import { put, STATUS_ZH, type RecordWriter } from './write.js';

/** A cell as spooled and written: a number, a text, or an amount too large for a number (text with a note). */
type Cell = number | string | null | { readonly bigAmount: string };

/** The number format of amount cells. */
export const AMOUNT_FORMAT = '#,##0.00';

/** Rows of one sheet, header rows included (Excel's limit). */
export const MAX_SHEET_ROWS = 1_048_576;

/** Characters of one cell (Excel's limit). */
export const MAX_CELL_CHARS = 32_767;

/** Amounts below this many yuan are written as numbers (at most 15 significant digits with the fen). */
export const NUMBER_AMOUNT_LIMIT = 10_000_000_000_000;

/** A column: its Chinese and English header, its kind, and its width in characters. */
interface Column {
  readonly zh: string;
  readonly en: string;
  readonly kind: 'number' | 'text' | 'amount';
  readonly width: number;
}

const col = (zh: string, en: string, kind: Column['kind'], width: number): Column => ({ zh, en, kind, width });

/** The columns of the results sheet. */
export const RESULT_COLUMNS: readonly Column[] = [
  col('序号', 'record', 'number', 8), col('行号', 'line', 'number', 8), col('受益主体编号', 'beneficiaryId', 'text', 22),
  col('奖励年度', 'awardYear', 'number', 10), col('审批日期', 'approvalDate', 'text', 12), col('状态', 'status', 'text', 10),
  col('状态（英文）', 'status (en)', 'text', 10), col('合计（元）', 'total', 'amount', 18), col('支付事项数', 'paidLines', 'number', 10),
  col('问题数', 'issues', 'number', 8), col('说明', 'explanation', 'text', 60), col('引擎版本', 'version', 'text', 10),
  col('参数指纹', 'parameters sha256', 'text', 20), col('解读指纹', 'readings sha256', 'text', 20),
];

/** The columns of the lines sheet. */
export const LINE_SHEET_COLUMNS: readonly Column[] = [
  col('序号', 'record', 'number', 8), col('受益主体编号', 'beneficiaryId', 'text', 22), col('奖励年度', 'awardYear', 'number', 10),
  col('事项编号', 'claimId', 'text', 14), col('条款', 'clause', 'text', 10), col('条目', 'item', 'text', 10),
  col('对象', 'subjectId', 'text', 14), col('状态', 'status', 'text', 10), col('状态（英文）', 'status (en)', 'text', 12),
  col('应得（元）', 'gross', 'amount', 16), col('核定（元）', 'entitlement', 'amount', 16), col('实付（元）', 'net', 'amount', 16),
  col('原因与调整', 'reasons', 'text', 60),
];

/** The columns of the errors sheet. */
export const ERROR_COLUMNS: readonly Column[] = [
  col('序号', 'record', 'number', 8), col('行号', 'line', 'number', 8), col('受益主体编号', 'beneficiaryId', 'text', 22),
  col('问题序号', 'issue', 'number', 8), col('字段', 'path', 'text', 30), col('代码', 'code', 'text', 14),
  col('文件', 'file', 'text', 18), col('文件行号', 'file line', 'number', 10), col('列', 'column', 'text', 20),
  col('错误', 'error', 'text', 60), col('error (en)', 'error (en)', 'text', 60),
];

/** The sheet names, Chinese and English. */
export const SHEET_NAMES = { results: '结果 results', lines: '明细 lines', errors: '错误 errors' } as const;

/** An amount cell: a number when it is exact as one, else the text (see the module comment). */
export function amountCell(yuan: string): Cell {
  const m = /^-?(0|[1-9][0-9]*)\.[0-9]{2}$/.exec(yuan);
  if (!m) throw new RangeError(`not a yuan amount: ${JSON.stringify(yuan)}`);
  return m[1]!.length <= 13 && Number(m[1]) < NUMBER_AMOUNT_LIMIT ? Number(yuan) : { bigAmount: yuan };
}

// XML 1.0 cannot carry C0 controls other than tab, LF and CR, nor U+FFFE, U+FFFF or a lone surrogate; CR is
// escaped too since XML turns a raw CR into LF.
const NOT_IN_XML = /[\u0000-\u0008\u000b\u000c\u000d\u000e-\u001f\u007f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|_x[0-9A-Fa-f]{4}_/g;

/** Text as a workbook carries it: characters XML cannot hold as `_xHHHH_` (see the module comment). */
export function xlsxText(text: string): string {
  return text.replace(NOT_IN_XML, (m) => (m.length > 1 ? `_x005F${m}` : `_x${m.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`));
}

/** The text of a workbook cell as the original: `_xHHHH_` escapes decoded (what Excel does on reading). */
export function fromXlsxText(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const STATUS_EN = { ok: 'evaluated', invalid: 'invalid', internal: 'internal error' } as const;

/** The results row of a record. */
export function resultRow(r: BatchRecord): Cell[] {
  if (r.ok) {
    const res = r.result;
    const paid = res.lines.filter((l) => l.status === 'paid' || l.status === 'reduced').length;
    return [r.record, r.line, r.beneficiaryId, res.awardYear, res.approvalDate, '已计算', STATUS_EN.ok, amountCell(res.total), paid, 0,
      explain(res, 'zh').join('\n'), res.fingerprint.version, res.fingerprint.parameters, res.fingerprint.readings];
  }
  const internal = r.errors.some((e) => e.code === INTERNAL_ERROR_CODE);
  return [r.record, r.line, r.beneficiaryId, null, null, internal ? '内部错误' : '输入有误', internal ? STATUS_EN.internal : STATUS_EN.invalid,
    null, null, r.errors.length, null, null, null, null];
}

/** The lines rows of a record (none for an error record). */
export function lineSheetRows(r: BatchRecord): Cell[][] {
  if (!r.ok) return [];
  return r.result.lines.map((l) => [r.record, r.result.beneficiaryId, r.result.awardYear, l.claimId, l.clause, l.item, l.subjectId,
    STATUS_ZH[l.status], l.status, amountCell(l.gross), amountCell(l.entitlement), amountCell(l.net), explainLine(l, 'zh').slice(1).join('\n')]);
}

/** The errors rows of a record (none for an evaluated one). */
export function errorRows(r: BatchRecord): Cell[][] {
  if (r.ok) return [];
  return r.errors.map((e, i) => [r.record, r.line, r.beneficiaryId, i + 1, e.path, e.code, e.at?.file ?? null, e.at?.line ?? null,
    e.at?.column ?? null, e.message.zh, e.message.en]);
}

/** Puts a cell's value, type and format on an exceljs cell. */
function setCell(cell: ExcelJS.Cell, value: Cell, column: Column): void {
  if (value === null) return;
  if (typeof value === 'object') {
    cell.value = value.bigAmount;
    cell.alignment = { horizontal: 'right' };
    cell.note = '金额达到 10^13 元，超出 Excel 的 15 位有效数字，按文本写出以保持精确 / the amount reaches 10^13 yuan, beyond the 15 significant digits Excel keeps: written as text to stay exact';
    return;
  }
  if (typeof value === 'number') {
    cell.value = value;
    if (column.kind === 'amount') cell.numFmt = AMOUNT_FORMAT;
    return;
  }
  let text = xlsxText(value);
  if (text.length > MAX_CELL_CHARS) {
    const note = `…（截断：原文 ${text.length} 字符 / cut: ${text.length} characters）`;
    text = text.slice(0, MAX_CELL_CHARS - note.length) + note;
  }
  cell.value = text;
}

/** A sheet being written, which continues in a new sheet when it is full. */
class SheetSeries {
  private sheet: ExcelJS.Worksheet | undefined;
  private rows = 0;
  private part = 0;

  constructor(
    private readonly book: ExcelJS.stream.xlsx.WorkbookWriter,
    private readonly name: string,
    private readonly columns: readonly Column[],
    private readonly maxRows: number,
  ) {}

  private open(): ExcelJS.Worksheet {
    this.part += 1;
    const sheet = this.book.addWorksheet(this.part === 1 ? this.name : `${this.name} (${this.part})`, {
      views: [{ state: 'frozen', xSplit: 0, ySplit: 2 }],
    });
    sheet.columns = this.columns.map((c) => ({ width: c.width }));
    for (const lang of ['zh', 'en'] as const) {
      const row = sheet.addRow(this.columns.map((c) => c[lang]));
      row.font = { bold: true };
      row.commit();
    }
    this.rows = 2;
    return sheet;
  }

  add(cells: readonly Cell[]): void {
    if (!this.sheet || this.rows >= this.maxRows) {
      this.sheet?.commit();
      this.sheet = this.open();
    }
    const row = this.sheet.addRow([]);
    cells.forEach((value, i) => setCell(row.getCell(i + 1), value, this.columns[i]!));
    row.commit();
    this.rows += 1;
  }

  commit(): void {
    // An empty series still gets its sheet with its headers.
    this.sheet ??= this.open();
    this.sheet.commit();
  }
}

/** A spool file of rows (one JSON array a line), written now and read back when its sheet is written. */
class Spool {
  readonly path: string;
  private stream: WriteStream | undefined;

  constructor(base: string) {
    this.path = base;
  }

  async write(rows: readonly Cell[][], signal?: AbortSignal): Promise<void> {
    if (rows.length === 0) return;
    if (!this.stream) {
      track(this.path);
      this.stream = createWriteStream(this.path, { flags: 'wx' });
    }
    await put(this.stream, rows.map((r) => `${JSON.stringify(r)}\n`).join(''), signal);
  }

  async *rows(): AsyncGenerator<Cell[]> {
    if (!this.stream) return;
    this.stream.end();
    await once(this.stream, 'close');
    for await (const line of splitLines(createReadStream(this.path))) yield JSON.parse(line.bytes.toString('utf8')) as Cell[];
  }

  async remove(): Promise<void> {
    const stream = this.stream;
    if (stream && !stream.closed) {
      // Closed first: a stream still opening would otherwise create the file after it was removed.
      const closed = once(stream, 'close').catch(() => undefined);
      stream.destroy();
      await closed;
    }
    rmSync(this.path, { force: true });
    untrack(this.path);
  }
}

/**
 * A workbook writer on `out`. `tempBase` names the output's temporary file: the spools are written beside it
 * (with `.lines` and `.errors` added), or in the system's temporary directory when there is none. `maxSheetRows`
 * is Excel's limit (smaller only in tests).
 */
export async function xlsxWriter(out: Writable, tempBase: string | null, signal?: AbortSignal, maxSheetRows = MAX_SHEET_ROWS): Promise<RecordWriter> {
  // Loaded only for a workbook: exceljs and its dependencies take tens of megabytes that other runs do not need.
  const { default: excel } = await import('exceljs');
  const book = new excel.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  // Fixed dates, so that the workbook's properties do not depend on when it was written.
  book.created = new Date(0);
  book.modified = new Date(0);
  const base = tempBase ?? join(tmpdir(), `zz-ai-policy-${process.pid}-${Date.now()}`);
  const spools = { lines: new Spool(`${base}.lines`), errors: new Spool(`${base}.errors`) };
  const results = new SheetSeries(book, SHEET_NAMES.results, RESULT_COLUMNS, maxSheetRows);
  const remove = async (): Promise<void> => {
    await Promise.all([spools.lines.remove(), spools.errors.remove()]);
  };
  return {
    prepare(record) {
      const row = resultRow(record);
      const lines = lineSheetRows(record);
      const errors = errorRows(record);
      return async () => {
        results.add(row);
        await spools.lines.write(lines, signal);
        await spools.errors.write(errors, signal);
      };
    },
    async finish() {
      try {
        results.commit();
        for (const [key, columns] of [['lines', LINE_SHEET_COLUMNS], ['errors', ERROR_COLUMNS]] as const) {
          const series = new SheetSeries(book, SHEET_NAMES[key], columns, maxSheetRows);
          for await (const cells of spools[key].rows()) series.add(cells);
          series.commit();
        }
        await book.commit();
      } finally {
        await remove();
      }
    },
    abort: remove,
  };
}
