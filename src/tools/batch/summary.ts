/**
 * The tally of a batch, printed on stderr at the end: records read, evaluated, paid (total above zero), errors,
 * and the total money, summed exactly in fen (as a bigint, so a million records cannot lose a fen).
 *
 * @module
 */
import { yuanFromBigFen } from '../../core/money.js';
import { INTERNAL_ERROR_CODE } from './evaluator.js';
import type { BatchRecord } from './record.js';

/** Counts of a batch. */
export interface BatchSummary {
  /** Output records written (= input records). */
  records: number;
  /** Records evaluated. */
  ok: number;
  /** Evaluated records whose total is above zero. */
  paid: number;
  /** Records that could not be evaluated (bad input or an internal error). */
  errors: number;
  /** Of the errors, those caused by an internal engine error. */
  internal: number;
  /** Σ total of the evaluated records, in fen. */
  totalFen: bigint;
}

/** An empty tally. */
export function emptySummary(): BatchSummary {
  return { records: 0, ok: 0, paid: 0, errors: 0, internal: 0, totalFen: 0n };
}

/**
 * The total of a record in fen, as a bigint (0 for an error record), so that no total is too large to add up.
 * @throws RangeError when the total is not a yuan amount with two decimals (an engine defect; the batch then
 * writes the record as an internal error)
 */
export function totalFenOf(record: BatchRecord): bigint {
  if (!record.ok) return 0n;
  const m = /^(-?)(0|[1-9][0-9]*)\.([0-9]{2})$/.exec(record.result.total);
  if (!m) throw new RangeError(`the total is not a yuan amount: ${JSON.stringify(record.result.total)}`);
  const fen = BigInt(m[2]!) * 100n + BigInt(m[3]!);
  return m[1] === '-' ? -fen : fen;
}

/** Adds one output record to the tally (`fen`: its total, {@link totalFenOf}). */
export function tally(summary: BatchSummary, record: BatchRecord, fen: bigint = totalFenOf(record)): void {
  summary.records += 1;
  if (record.ok) {
    summary.ok += 1;
    if (fen > 0n) summary.paid += 1;
    summary.totalFen += fen;
  } else {
    summary.errors += 1;
    if (record.errors.some((e) => e.code === INTERNAL_ERROR_CODE)) summary.internal += 1;
  }
}

export { yuanFromBigFen };

/** The summary as two lines, Chinese then English. */
export function summaryText(s: BatchSummary): string {
  const total = yuanFromBigFen(s.totalFen);
  const internal = s.internal > 0 ? `（其中内部错误 ${s.internal} 条）` : '';
  const internalEn = s.internal > 0 ? ` (${s.internal} internal)` : '';
  return (
    `批量计算完成：记录 ${s.records} 条，成功 ${s.ok} 条（有支付 ${s.paid} 条），错误 ${s.errors} 条${internal}，合计 ${total} 元\n` +
    `batch done: ${s.records} records, ${s.ok} evaluated (${s.paid} paid), ${s.errors} errors${internalEn}, total ${total} yuan\n`
  );
}
