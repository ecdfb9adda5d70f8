/**
 * 二(二) 提升数据服务和应用能力 — 10 % of the previous year's data-service revenue.
 * Register: § 二(二); readings A2.2.1 (rolling or fixed base year), A2.2.2, A2.2.3; 达到300万元（含）以上 is ≥
 * (boundaries.atLeast).
 */
import { meets } from '../core/boundaries.js';
import { yearOf } from '../core/dates.js';
import type { ClauseDef } from '../policy/model.js';
import { applyRate, fenFromYuan } from '../core/money.js';
import { baseYearEnd, cond, isEnterprise, valueOfYear, y } from './support.js';

export const art02_2: ClauseDef<'art02_2'> = {
  id: 'art02_2',
  item: '二(二)',
  title: { zh: '提升数据服务和应用能力（数据服务收入奖励）', en: 'Data-service revenue award' },
  text: '对上一年度数据服务收入达到300万元（含）以上的企业，经认定，按照其数据服务实际收入的10%，给予每个企业每年最高100万元的奖励。',
  kind: 'PCT',
  beneficiary: 'enterprise',
  subjectTest: false,
  projectBound: false,
  evaluate(claim, ctx) {
    // A2.2.1: 「上一年度」 is the year before the award year (a, ctx.baseYear), or the year before the policy took
    // effect, fixed for every round (b). Under b the window still places each annual round by the end of Y−1
    // (qualifyingDate below): the fixed year itself ends before the policy and would put every round outside it.
    const baseYear = ctx.readings['A2.2.1'] === 'b' ? yearOf(ctx.params.date('art09_7.effectiveDate')) - 1 : ctx.baseYear;
    const raw = valueOfYear(claim.dataServiceRevenue, baseYear);
    const revenue = raw === undefined ? 0 : fenFromYuan(raw);
    const threshold = ctx.params.fen('art02_2.threshold');
    const conditions = [
      isEnterprise(ctx),
      cond('recognized', claim.recognized),
      // A missing base-year figure is not a failed threshold: the line is pending (docs/interpretations.md).
      cond('revenueThreshold', raw === undefined || meets(revenue, threshold, ctx.params.comparison('art02_2.thresholdComparison'))),
    ];
    const base = ctx.readings['A2.2.3'] === 'marginal' ? Math.max(0, revenue - threshold) : revenue;
    const outcome = {
      conditions,
      gross: applyRate(base, ctx.params.rate('art02_2.rate')!, ctx.params.rounding),
      qualifyingDate: baseYearEnd(ctx),
      overlapGroup: 'OG4' as const,
      caps: [{
        kind: 'cumulative' as const, stage: 'beneficiaryYear' as const, scope: 'perBeneficiaryPerYear' as const,
        // Stryker disable next-line StringLiteral: one evaluation has one beneficiary and one award year, so every line of this clause has this key whatever its text, and the clause prefix of the other keys keeps them apart
        key: `art02_2|${ctx.beneficiary.id}|${ctx.awardYear}`, param: 'art02_2.cap', cap: ctx.params.fen('art02_2.cap'),
        prior: ctx.history.counted((h) => h.clause === 'art02_2' && h.awardYear === ctx.awardYear),
      }],
      basis: { baseYear, revenue: raw === undefined ? 'missing' : y(revenue), threshold: y(threshold), base: y(base) },
    };
    return raw === undefined ? { ...outcome, gross: 0, pending: { missing: `dataServiceRevenue.${baseYear}` } } : outcome;
  },
};
