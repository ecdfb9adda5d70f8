/**
 * Small helpers the clause files share: named conditions, the enterprise test (R6), base-year figures, and the
 * higher-level money a matching clause matches (R3).
 */
import { endOfYear } from '../dates.js';
import type { ClauseContext, Condition } from '../model.js';
import { fenFromYuan, yuanFromFen, type Fen } from '../money.js';

/** A named condition. */
export function cond(id: string, met: boolean): Condition {
  return { id, met };
}

/** R6: 「企业」 means an enterprise only. */
export function isEnterprise(ctx: ClauseContext): Condition {
  return cond('enterprise', ctx.beneficiary.legalForm === 'enterprise');
}

/**
 * A year's figure from a by-year record (「上一年度」, R4: usually `ctx.baseYear`), or undefined when it is missing.
 * The year is looked up as a number: year keys are array-index keys, found without making a string.
 */
export function valueOfYear<T>(record: Readonly<Record<string, T>>, year: number): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, year) ? record[year] : undefined;
}

/** The qualifying-fact date of an annual line: the end of its base year (A9.7.3). */
export function baseYearEnd(ctx: ClauseContext): string {
  return endOfYear(ctx.baseYear);
}

/** Fen as a yuan string, for explanation bases. */
export const y = yuanFromFen;

/** Reads higher-level money: its amount, and the date it was received (undefined = approved, not received). */
export function superior(money: { amount: string; receivedOn?: string | undefined }): { amount: Fen; receivedOn: string | undefined } {
  return { amount: fenFromYuan(money.amount), receivedOn: money.receivedOn };
}
