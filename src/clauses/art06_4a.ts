/**
 * 六(四)a 支持示范应用推广 — excellent robot digital-transformation cases, at most 50万元 each, set by review.
 * Register: § 六(四); readings A6.4.1–A6.4.3.
 */
import type { ClauseDef } from '../policy/model.js';
import { fenFromYuan } from '../core/money.js';
import { cond, isEnterprise, y } from './support.js';

export const art06_4a: ClauseDef<'art06_4a'> = {
  id: 'art06_4a',
  item: '六(四)a',
  title: { zh: '支持示范应用推广（优秀案例）', en: 'Excellent robot transformation cases' },
  text: '对经评审认定的优秀案例，每个给予不超过50万元奖励。',
  kind: 'REVIEW',
  // A6.4.1: the beneficiary is the 智能机器人企业 whose products make up the case; 「企业」 is an enterprise (R6).
  beneficiary: 'enterprise',
  subjectTest: false,
  projectBound: true,
  evaluate(claim, ctx) {
    const cap = ctx.params.fen('art06_4a.cap');
    const approved = fenFromYuan(claim.approvedAmount);
    const fixed = ctx.readings['A6.4.3'] === 'b';
    return {
      conditions: [isEnterprise(ctx), cond('reviewedExcellent', claim.reviewedExcellent), cond('approvedAmountPositive', fixed || approved > 0)],
      gross: fixed ? cap : approved,
      qualifyingDate: claim.reviewedOn,
      caps: [
        { kind: 'item', param: 'art06_4a.cap', cap },
        { kind: 'oneTime', key: `art06_4a|${claim.subjectId}`,
          alreadyAwarded: ctx.history.some((h) => h.clause === 'art06_4a' && h.subjectId === claim.subjectId && h.entitlement > 0) },
      ],
      basis: { approvedAmount: y(approved), cap: y(cap) },
    };
  },
};
