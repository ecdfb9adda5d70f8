/**
 * 七(二)a 支持数据要素园区建设 — a fixed one-time 300万元 to the operator of a provincial data-labelling base.
 * Register: § 七(二); readings A7.2.1 (a national base is not covered, by default), A7.2.2 (once per park).
 */
import type { ClauseDef } from '../policy/model.js';
import { cond, y } from './support.js';

export const art07_2a: ClauseDef<'art07_2a'> = {
  id: 'art07_2a',
  item: '七(二)a',
  title: { zh: '支持数据要素园区建设（省级数据标注基地）', en: 'Provincial data-labelling base' },
  text: '对获批省级数据标注基地的，给予园区建设运营单位一次性300万元奖励。',
  kind: 'FIXED',
  beneficiary: 'anyUnit',
  subjectTest: true,
  projectBound: true,
  evaluate(claim, ctx) {
    const amount = ctx.params.fen('art07_2a.amount');
    return {
      conditions: [cond('provincialBase', claim.level === 'provincial' || ctx.readings['A7.2.1'] === 'b')],
      gross: amount,
      qualifyingDate: claim.designatedOn,
      caps: [{ kind: 'oneTime', key: `art07_2a|${claim.subjectId}`,
        alreadyAwarded: ctx.history.some((h) => h.clause === 'art07_2a' && h.subjectId === claim.subjectId && h.entitlement > 0) }],
      basis: { level: claim.level, amount: y(amount) },
    };
  },
};
