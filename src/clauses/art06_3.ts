/**
 * 六(三) 用好首台（套）政策 — the 五(三) matching amount for a robot product raised by 20 %, as a line of its own
 * (A6.3.2) computed on the 五(三) entitlement of the same product before 九(四) / 九(三) (A6.3.3).
 * Register: § 六(三); reading A6.3.1 (robots only, by default). If no 五(三) line of the product survives the
 * gates, this line is ineligible too (A6.3.4). The uplift is paid once per product and batch: a second 六(三)
 * claim for the same product is `zero` (the 五(三) base is already the product's whole entitlement).
 */
import type { ClauseDef } from '../policy/model.js';
import { applyRate } from '../core/money.js';
import { cond, y } from './support.js';

export const art06_3: ClauseDef<'art06_3'> = {
  id: 'art06_3',
  item: '六(三)',
  title: { zh: '用好首台（套）政策（机器人首台（套）上浮）', en: 'Robot first-set uplift' },
  text: '对我区经国家或省认定的人工智能首台（套）重大技术装备产品，且获得国家或省首台（套）重大技术装备奖励资金支持的，相关配套支持金额在本政策第五条第三款基础上上浮20%。',
  kind: 'UPLIFT',
  beneficiary: 'anyUnit',
  subjectTest: false,
  projectBound: true,
  evaluate(claim, ctx) {
    // Stryker disable next-line OptionalChaining: the uplift stage, the only caller, always sets upliftBase
    const base = ctx.upliftBase?.get(claim.subjectId);
    const rate = ctx.params.rate('art06_3.uplift')!;
    return {
      conditions: [
        cond('intelligentRobot', ctx.readings['A6.3.1'] === 'b' || claim.intelligentRobot),
        cond('art05_3Line', base !== undefined),
      ],
      gross: base === undefined ? 0 : applyRate(base.amount, rate, ctx.params.rounding),
      qualifyingDate: null,
      caps: [{ kind: 'oneTime', key: `art06_3|${claim.subjectId}`, alreadyAwarded: false }],
      // It belongs to its 五(三) line's project; that line, not this one, shows the higher-level money.
      ...(base ? { project: { id: base.projectId, superiorFunded: false, superiorFunding: 0 } } : {}),
      basis: { art05_3Entitlement: base === undefined ? 'none' : y(base.amount), uplift: rate.text },
    };
  },
};
