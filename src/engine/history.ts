/**
 * The history of what was already paid under this policy, indexed for the questions the rules ask: how much a
 * subject has received under a clause, in a year, for a project (R9: amounts paid net of refunds; under the
 * alternative reading R9 = entitlement, the entitlements).
 */
import { CLAUSES } from '../clauses/index.js';
import type { ClauseId } from '../policy/ids.js';
import { fenFromYuan, type Fen, ZERO_FEN, addFen, subFen } from '../core/money.js';
import type { PaidLine } from '../policy/input.js';
import type { History, HistoryLine } from '../policy/model.js';

/** Lines that always match national or provincial 财政 money: their project is under 九(四) (A9.4.1). */
const MATCHING_SUPERIOR_MONEY: ReadonlySet<string> = new Set(['art03_2', 'art03_3', 'art05_3', 'art06_3', 'art06_4b']);

/** The history as a class: its queries are shared methods, so building one allocates no closures. */
class PaidHistory implements History {
  constructor(
    readonly lines: readonly HistoryLine[],
    private readonly byEntitlement: boolean,
  ) {}

  counted(where: (h: HistoryLine) => boolean): Fen {
    return this.byEntitlement ? this.entitled(where) : this.paid(where);
  }

  paid(where: (h: HistoryLine) => boolean): Fen {
    let s: Fen = ZERO_FEN;
    for (const h of this.lines) if (where(h)) s = addFen(s, h.net);
    return s;
  }

  entitled(where: (h: HistoryLine) => boolean): Fen {
    let s: Fen = ZERO_FEN;
    for (const h of this.lines) if (where(h)) s = addFen(s, h.entitlement);
    return s;
  }

  some(where: (h: HistoryLine) => boolean): boolean {
    return this.lines.some(where);
  }
}

const NO_LINES: readonly HistoryLine[] = Object.freeze([]);
const EMPTY = { paid: new PaidHistory(NO_LINES, false), entitlement: new PaidHistory(NO_LINES, true) };

/** Builds the history from validated paid lines. `count` is the R9 reading. */
export function buildHistory(paid: readonly PaidLine[] | undefined, count: string): History {
  const byEntitlement = count === 'entitlement';
  // No earlier payments (most applications): one shared, empty history.
  if (paid === undefined || paid.length === 0) return byEntitlement ? EMPTY.entitlement : EMPTY.paid;
  const lines: HistoryLine[] = [];
  for (const p of paid) {
    lines.push({
      clause: p.clause,
      subjectId: p.subjectId,
      projectId: p.projectId ?? (CLAUSES[p.clause].projectBound ? p.subjectId : undefined),
      awardYear: p.awardYear,
      entitlement: fenFromYuan(p.entitlement),
      net: subFen(fenFromYuan(p.paid), p.refunded === undefined ? ZERO_FEN : fenFromYuan(p.refunded)),
      tier: p.tier,
      paidOn: p.paidOn,
      superiorFunded: p.superiorFunded ?? MATCHING_SUPERIOR_MONEY.has(p.clause),
    });
  }
  return new PaidHistory(lines, byEntitlement);
}
