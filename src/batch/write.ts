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
import { explain, explainLine } from '../explain/index.js';
import type { LineStatus } from '../model.js';
import { INTERNAL_ERROR_CODE } from './evaluator.js';
import type { BatchIssue, BatchRecord } from './record.js';

/** The output formats. */
export const OUTPUT_FORMATS = ['json', 'ndjson', 'csv'] as const;

/** An output format (see {@link OUTPUT_FORMATS}). */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Writes records one by one, then ends the document. */
export interface RecordWriter {
  write(record: BatchRecord): Promise<void>;
  /** Writes what closes the document (JSON's `]`); does not end the stream. */
  finish(): Promise<void>;
}

/** Writes text, waiting for `drain` when the stream asks for it. */
export async function put(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

/** One NDJSON line per record. */
export function ndjsonWriter(out: Writable): RecordWriter {
  return {
    write: (record) => put(out, `${JSON.stringify(record)}\n`),
    finish: async () => {},
  };
}

/** A JSON array, one record per element, indented by two spaces. */
export function jsonWriter(out: Writable): RecordWriter {
  let count = 0;
  return {
    write: (record) => {
      const body = JSON.stringify(record, null, 2).replace(/\n/g, '\n  ');
      const text = `${count === 0 ? '[\n' : ',\n'}  ${body}`;
      count += 1;
      return put(out, text);
    },
    finish: () => put(out, count === 0 ? '[]\n' : '\n]\n'),
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

/**
 * One CSV row. Amount columns are quoted (they are text, exact to the fen); multi-line cells are quoted; a cell
 * that Excel would read as a formula (`=`, `+`, `-`, `@`, tab, CR at the start) gets a leading `'` so that a
 * crafted id or name cannot run in the auditor's spreadsheet (csv-stringify's `escape_formulas`, OWASP "CSV
 * injection"); amounts are never negative, so the guard never touches them.
 */
function csvRow(cells: readonly string[], amountColumns: ReadonlySet<number>): string {
  return stringify([cells], {
    record_delimiter: '\r\n',
    quote_record_delimiter: true,
    escape_formulas: true,
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
export function csvWriter(out: Writable, lines?: Writable): RecordWriter {
  let started = false;
  // The headers are written before the first record, or at the end of an empty batch.
  const start = async (): Promise<void> => {
    if (started) return;
    started = true;
    await put(out, csvHeader(RECORD_COLUMNS));
    if (lines) await put(lines, csvHeader(LINE_COLUMNS));
  };
  return {
    write: async (record) => {
      await start();
      await put(out, csvRow(recordRow(record), RECORD_AMOUNT_COLUMNS));
      if (lines) for (const row of lineRows(record)) await put(lines, csvRow(row, LINE_AMOUNT_COLUMNS));
    },
    finish: start,
  };
}

/** The writer for a format. `lines` is used by CSV only. */
export function writerFor(format: OutputFormat, out: Writable, lines?: Writable): RecordWriter {
  switch (format) {
    case 'json':
      return jsonWriter(out);
    case 'ndjson':
      return ndjsonWriter(out);
    case 'csv':
      return csvWriter(out, lines);
  }
}
