/**
 * Output of a batch: JSON (one array), NDJSON (one record a line) or CSV (one row a record, for Excel: written
 * with a BOM, amounts as text with two decimals, explanations and errors in Chinese). Writers respect
 * backpressure: they wait for `drain` when the stream's buffer is full, so a slow consumer never makes the
 * batch hold its output in memory. The same records give the same bytes (no time stamps, no host locale).
 *
 * @module
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import { explain, explainLine } from '../../edges/explain/index.js';
import type { LineStatus } from '../../policy/model.js';
import { INTERNAL_ERROR_CODE } from './evaluator.js';
import type { BatchIssue, BatchRecord } from './record.js';

/** The output formats (`xlsx`: see xlsx.ts). */
export const OUTPUT_FORMATS = ['json', 'ndjson', 'csv', 'xlsx'] as const;

/** An output format (see {@link OUTPUT_FORMATS}). */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/**
 * Writes records one by one, then ends the document. Each record is first prepared (rendered, checked) without
 * writing anything, so that a record that cannot be rendered is replaced by its internal-error record before any
 * byte of it is written; the returned function then writes it.
 */
export interface RecordWriter {
  /** Renders a record; throws when it cannot be rendered. The returned function writes it (I/O only). */
  prepare(record: BatchRecord): () => Promise<void>;
  /** Writes what closes the document (JSON's `]`); does not end the stream. */
  finish(): Promise<void>;
  /** Removes what the writer keeps aside (the workbook's spool files) when the run ends without finishing. */
  abort?(): Promise<void>;
}

/** Writes text, waiting for `drain` when the stream asks for it (rejecting if the stream fails or `signal` aborts). */
export async function put(out: Writable, text: string, signal?: AbortSignal): Promise<void> {
  if (!out.write(text)) await once(out, 'drain', signal ? { signal } : {});
}

/** One NDJSON line per record. */
export function ndjsonWriter(out: Writable, signal?: AbortSignal): RecordWriter {
  return {
    prepare: (record) => {
      const text = `${JSON.stringify(record)}\n`;
      return () => put(out, text, signal);
    },
    finish: async () => {},
  };
}

/** A JSON array, one record per element, indented by two spaces. */
export function jsonWriter(out: Writable, signal?: AbortSignal): RecordWriter {
  let count = 0;
  return {
    prepare: (record) => {
      const body = JSON.stringify(record, null, 2).replace(/\n/g, '\n  ');
      return () => {
        const text = `${count === 0 ? '[\n' : ',\n'}  ${body}`;
        count += 1;
        return put(out, text, signal);
      };
    },
    finish: () => put(out, count === 0 ? '[]\n' : '\n]\n', signal),
  };
}

/** Chinese labels of a line's status, for the CSV line detail. */
export const STATUS_ZH: Readonly<Record<LineStatus, string>> = {
  paid: '全额支付', reduced: '核减后支付', zero: '核定为零', ineligible: '不符合条件', indeterminate: '无法计算', pending: '待定', referral: '转介',
};

/** Columns of the record CSV: one row per input record. */
export const RECORD_COLUMNS = [
  '序号 record', '行号 line', '受益主体编号 beneficiaryId', '奖励年度 awardYear', '审批日期 approvalDate', '状态 status',
  '合计（元） total', '支付事项数 paidLines', '说明 explanation', '错误 errors', 'errors (en)', '引擎版本 version',
  '参数指纹 parameters sha256', '解读指纹 readings sha256',
] as const;

/** Columns of the line CSV (`--lines-out`): one row per award line of each evaluated record. */
export const LINE_COLUMNS = [
  '序号 record', '受益主体编号 beneficiaryId', '奖励年度 awardYear', '事项编号 claimId', '条款 clause', '条目 item',
  '对象 subjectId', '状态 status', '应得（元） gross', '核定（元） entitlement', '实付（元） net', '原因与调整 reasons',
] as const;

/** Positions of the amount columns of a header. */
const amountColumns = (columns: readonly string[]): ReadonlySet<number> =>
  new Set(columns.flatMap((c, i) => (c.includes('（元）') ? [i] : [])));
const RECORD_AMOUNT_COLUMNS = amountColumns(RECORD_COLUMNS);
const LINE_AMOUNT_COLUMNS = amountColumns(LINE_COLUMNS);

/** One issue as a line of text: where it is, the field path and the message, in one language. */
export function issueText(issue: BatchIssue, lang: 'zh' | 'en'): string {
  const at = issue.at;
  const sep = lang === 'zh' ? '：' : ': ';
  const path = issue.path || (lang === 'zh' ? '（整条记录）' : '(whole record)');
  if (!at) return `${path}${sep}${issue.message[lang]}`;
  const where =
    lang === 'zh'
      ? `${at.file} 第 ${at.line} 行${at.column ? ` ${at.column} 列` : ''}`
      : `${at.file} line ${at.line}${at.column ? ` column ${at.column}` : ''}`;
  return `${where}${sep}${path}${sep}${issue.message[lang]}`;
}

/** Characters a spreadsheet starts a formula with (ASCII and full-width forms). */
const FORMULA_START = new Set(['=', '+', '-', '@', '\uff1d', '\uff0b', '\uff0d', '\uff20']);

/**
 * Characters a spreadsheet may skip or trim before it looks for a formula: every white space (tab, CR, LF, space,
 * NBSP, the ideographic space…), the zero-width and joining characters, the word joiner and the BOM.
 */
const SKIPPED_BEFORE_FORMULA = /^[\s\u00a0\u180e\u200b-\u200f\u2060-\u2064\ufeff]*/u;

/** A cell that is a plain decimal number (`-12.50`, `2026`): read as a number, never as a formula. */
const PLAIN_NUMBER = /^-?[0-9]+(\.[0-9]+)?$/;

/**
 * Neutralises a CSV cell a spreadsheet could run as a formula (OWASP "CSV injection"): a cell that starts with `=`,
 * `+`, `-`, `@` (or their full-width forms), or with tab, CR or LF, or with any of these after leading white space,
 * zero-width characters or a BOM, gets a leading `'`, and so does a cell that already starts with `'`. A plain
 * decimal number (a negative amount, a record number) is left as it is: it is a number, not a formula. So the
 * original text is always the cell without one leading `'` when it has one ({@link restoreCell}).
 */
export function neutralizeCell(text: string): string {
  if (text === '' || PLAIN_NUMBER.test(text)) return text;
  if (text.startsWith("'") || /^[\t\r\n]/.test(text)) return `'${text}`;
  return FORMULA_START.has(text.replace(SKIPPED_BEFORE_FORMULA, '').charAt(0)) ? `'${text}` : text;
}

/** The original text of a cell written by {@link neutralizeCell}: without its one leading `'`, if it has one. */
export function restoreCell(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

/**
 * One CSV row. Amount columns are quoted (they are text, exact to the fen); multi-line cells are quoted; every
 * cell is neutralised against formula injection ({@link neutralizeCell}).
 */
function csvRow(cells: readonly string[], amountColumns: ReadonlySet<number>): string {
  return stringify([cells.map(neutralizeCell)], {
    record_delimiter: '\r\n',
    quote_record_delimiter: true,
    cast: { string: (value, context) => (amountColumns.has(Number(context.column)) && value !== '' ? { value, quoted: true } : value) },
  });
}

/** The CSV row of one record. */
export function recordRow(r: BatchRecord): string[] {
  const base = [String(r.record), r.line === null ? '' : String(r.line), r.beneficiaryId ?? ''];
  if (r.ok) {
    const res = r.result;
    const paid = res.lines.filter((l) => l.status === 'paid' || l.status === 'reduced').length;
    return [
      ...base, String(res.awardYear), res.approvalDate, '已计算', res.total, String(paid), explain(res, 'zh').join('\n'), '', '',
      res.fingerprint.version, res.fingerprint.parameters, res.fingerprint.readings,
    ];
  }
  const internal = r.errors.some((e) => e.code === INTERNAL_ERROR_CODE);
  return [
    ...base, '', '', internal ? '内部错误' : '输入有误', '', '', '', r.errors.map((e) => issueText(e, 'zh')).join('\n'),
    r.errors.map((e) => issueText(e, 'en')).join('\n'), '', '', '',
  ];
}

/** The CSV rows of the award lines of one record (none for an error record). */
export function lineRows(r: BatchRecord): string[][] {
  if (!r.ok) return [];
  return r.result.lines.map((l) => [
    String(r.record), r.result.beneficiaryId, String(r.result.awardYear), l.claimId, l.clause, l.item, l.subjectId, STATUS_ZH[l.status],
    l.gross, l.entitlement, l.net, explainLine(l, 'zh').slice(1).join('\n'),
  ]);
}

/** The BOM and header row of a CSV file. */
export function csvHeader(columns: readonly string[]): string {
  return `\uFEFF${csvRow(columns, new Set())}`;
}

/** One CSV row per record; with `lines`, the award lines go to a second CSV. */
export function csvWriter(out: Writable, lines?: Writable, signal?: AbortSignal): RecordWriter {
  let started = false;
  // The headers are written before the first record, or at the end of an empty batch.
  const start = async (): Promise<void> => {
    if (started) return;
    started = true;
    await put(out, csvHeader(RECORD_COLUMNS), signal);
    if (lines) await put(lines, csvHeader(LINE_COLUMNS), signal);
  };
  return {
    prepare: (record) => {
      const row = csvRow(recordRow(record), RECORD_AMOUNT_COLUMNS);
      const detail = lines ? lineRows(record).map((r) => csvRow(r, LINE_AMOUNT_COLUMNS)).join('') : '';
      return async () => {
        await start();
        await put(out, row, signal);
        if (lines && detail !== '') await put(lines, detail, signal);
      };
    },
    finish: start,
  };
}

/** The writer for a text format. `lines` is used by CSV only. */
export function writerFor(format: Exclude<OutputFormat, 'xlsx'>, out: Writable, lines?: Writable, signal?: AbortSignal): RecordWriter {
  switch (format) {
    case 'json':
      return jsonWriter(out, signal);
    case 'ndjson':
      return ndjsonWriter(out, signal);
    case 'csv':
      return csvWriter(out, lines, signal);
  }
}
