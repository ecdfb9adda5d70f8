/**
 * 六(五)b 实施标准领航工程 — a fixed one-time 100万元 for an enterprise's first inclusion in the MIIT
 * 《工业机器人行业规范条件》 list.
 * Register: § 六(五); reading A6.5.7 (first inclusion only).
 */
import type { ClauseDef } from '../policy/model.js';
import { cond, isEnterprise, y } from './support.js';

export const art06_5b: ClauseDef<'art06_5b'> = {
  id: 'art06_5b',
  item: '六(五)b',
  title: { zh: '实施标准领航工程（首次入选规范条件目录）', en: 'First inclusion in the MIIT industrial-robot list' },
  text: '对首次入选工信部《工业机器人行业规范条件》目录的企业，给予一次性100万元的奖励。',
  kind: 'FIXED',
  beneficiary: 'enterprise',
  subjectTest: false,
  projectBound: false,
  evaluate(claim, ctx) {
    const amount = ctx.params.fen('art06_5b.amount');
    return {
      conditions: [isEnterprise(ctx), cond('firstInclusion', !claim.previouslyIncluded)],
      gross: amount,
      qualifyingDate: claim.firstIncludedOn,
      // Stryker disable next-line StringLiteral: one evaluation has one beneficiary and one award year, so every line of this clause has this key whatever its text, and the clause prefix of the other keys keeps them apart
      caps: [{ kind: 'oneTime', key: `art06_5b|${ctx.beneficiary.id}`,
        alreadyAwarded: ctx.history.some((h) => h.clause === 'art06_5b' && h.entitlement > 0) }],
      basis: { amount: y(amount) },
    };
  },
};
