/**
 * 九(五) — after a confirmed finding (未遵守协议约定、违反申报要求、弄虚作假骗取奖补资金等), the beneficiary refunds
 * the money it received under this policy: by default all of it (A9.5.1 a), or only the lines of the clauses the
 * finding covers (A9.5.1 b). Principal only (A9.5.5); what was already refunded is not asked again.
 */
import { fenFromYuan, yuanFromFen, type Fen, ZERO_FEN, addFen, subFen } from '../core/money.js';
import { ClawbackInput } from '../policy/input.js';
import type { Readings } from '../policy/readings.js';

export { ClawbackInput };

/** What must be refunded, line by line. */
export interface ClawbackResult {
  readonly beneficiaryId: string;
  readonly confirmedOn: string;
  readonly reading: string;
  readonly lines: readonly { readonly clause: string; readonly subjectId: string; readonly awardYear: number; readonly paid: string; readonly refunded: string; readonly due: string }[];
  readonly refundDue: string;
}

/** The refund after a finding, from validated input and the readings in force (edges/api.ts `clawback` checks the input). */
export function clawbackValidated(data: ClawbackInput, readings: Readings): ClawbackResult {
  const tainted = data.finding.scope === 'all' ? null : new Set<string>(data.finding.scope);
  const onlyTainted = readings['A9.5.1'] === 'b';
  let total: Fen = ZERO_FEN;
  const lines = data.history.map((h) => {
    const paid = fenFromYuan(h.paid);
    const refunded = h.refunded === undefined ? ZERO_FEN : fenFromYuan(h.refunded);
    const covered = !onlyTainted || tainted === null || tainted.has(h.clause);
    const due = covered ? subFen(paid, refunded) : ZERO_FEN;
    total = addFen(total, due);
    return { clause: h.clause, subjectId: h.subjectId, awardYear: h.awardYear, paid: yuanFromFen(paid), refunded: yuanFromFen(refunded), due: yuanFromFen(due) };
  });
  return { beneficiaryId: data.beneficiaryId, confirmedOn: data.finding.confirmedOn, reading: `A9.5.1 ${readings['A9.5.1']}`, lines, refundDue: yuanFromFen(total) };
}
