/**
 * The history of what was already paid under this policy, indexed for the questions the rules ask: how much a
 * subject has received under a clause, in a year, for a project (R9: amounts paid net of refunds; under the
 * alternative reading R9 = entitlement, the entitlements).
 */
import type { ClauseId } from './ids.js';
import { fenFromYuan, type Fen } from './money.js';
import type { PaidLine } from './schema.js';

/** One earlier line, in fen. */
export interface HistoryLine {
  readonly clause: ClauseId;
  readonly subjectId: string;
  readonly projectId: string;
  readonly awardYear: number;
  readonly entitlement: Fen;
  /** Paid less refunded. */
  readonly net: Fen;
  readonly tier: string | undefined;
}

/** Queries over the history. */
export interface History {
  readonly lines: readonly HistoryLine[];
  /** Σ counted amount (R9) of lines matching `where`. */
  counted(where: (h: HistoryLine) => boolean): Fen;
  /** Σ net paid of lines matching `where` (always money, whatever R9 says). */
  paid(where: (h: HistoryLine) => boolean): Fen;
  /** Σ entitlement of lines matching `where`. */
  entitled(where: (h: HistoryLine) => boolean): Fen;
  some(where: (h: HistoryLine) => boolean): boolean;
}

/** Builds the history from validated paid lines. `count` is the R9 reading. */
export function buildHistory(paid: readonly PaidLine[] | undefined, count: string): History {
  const lines: HistoryLine[] = (paid ?? []).map((p) => ({
    clause: p.clause,
    subjectId: p.subjectId,
    projectId: p.projectId ?? p.subjectId,
    awardYear: p.awardYear,
    entitlement: fenFromYuan(p.entitlement),
    net: fenFromYuan(p.paid) - (p.refunded === undefined ? 0 : fenFromYuan(p.refunded)),
    tier: p.tier,
  }));
  const total = (where: (h: HistoryLine) => boolean, pick: (h: HistoryLine) => Fen): Fen => {
    let s = 0;
    for (const h of lines) if (where(h)) s += pick(h);
    return s;
  };
  const byEntitlement = count === 'entitlement';
  return {
    lines,
    counted: (where) => total(where, byEntitlement ? (h) => h.entitlement : (h) => h.net),
    paid: (where) => total(where, (h) => h.net),
    entitled: (where) => total(where, (h) => h.entitlement),
    some: (where) => lines.some(where),
  };
}
