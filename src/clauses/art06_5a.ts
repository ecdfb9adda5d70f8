/**
 * 六(五)a 实施标准领航工程 — robot enterprises leading a new national / industry standard: at most 100万元 /
 * 50万元 per standard, set by review.
 * Register: § 六(五); readings A6.5.1 (lead drafter), A6.5.2 (new standards), A6.5.3, A6.5.5 (robotics).
 */
import type { ClauseDef } from '../policy/model.js';
import { fenFromYuan } from '../core/money.js';
import { cond, isEnterprise, y } from './support.js';

export const art06_5a: ClauseDef<'art06_5a'> = {
  id: 'art06_5a',
  item: '六(五)a',
  title: { zh: '实施标准领航工程（主导制定标准）', en: 'Leading national / industry standards' },
  text: '智能机器人企业主导制定国家标准、行业标准，每项分别给予不超过100万元、50万元资助。',
  kind: 'REVIEW',
  beneficiary: 'enterprise',
  subjectTest: false,
  projectBound: false,
  evaluate(claim, ctx) {
    const param = `art06_5a.${claim.standardLevel}`;
    const cap = ctx.params.fen(param);
    const approved = fenFromYuan(claim.approvedAmount);
    const fixed = ctx.readings['A6.5.3'] === 'b';
    return {
      conditions: [
        isEnterprise(ctx),
        cond('leadDrafter', claim.role === 'leadDrafter'),
        cond('newStandard', claim.standardKind === 'new'),
        cond('roboticsRelated', claim.roboticsRelated),
        cond('approvedAmountPositive', fixed || approved > 0),
      ],
      gross: fixed ? cap : approved,
      qualifyingDate: claim.publishedOn,
      caps: [
        { kind: 'item', param, cap },
        { kind: 'oneTime', key: `art06_5a|${claim.subjectId}`,
          alreadyAwarded: ctx.history.some((h) => h.clause === 'art06_5a' && h.subjectId === claim.subjectId && h.entitlement > 0) },
      ],
      basis: { standardLevel: claim.standardLevel, approvedAmount: y(approved), cap: y(cap) },
    };
  },
};
