/**
 * 八(二) 支持公共服务平台建设 — 10 % of the previous year's service revenue of a public service platform with
 * revenue 超过300万元 and 50家（含）以上 enterprises served, at most 100万元 per enterprise per year.
 * Register: § 八(二); readings A8.2.1 (超过 is strict), A8.2.2 (year Y−1), A8.2.3 (cap per operator), A8.2.4 (gate).
 */
import { meets } from '../core/boundaries.js';
import type { ClauseDef } from '../policy/model.js';
import { applyRate, fenFromYuan } from '../core/money.js';
import { baseYearEnd, cond, valueOfYear, y } from './support.js';

export const art08_2: ClauseDef<'art08_2'> = {
  id: 'art08_2',
  item: '八(二)',
  title: { zh: '支持公共服务平台建设（运营补贴）', en: 'Public service platforms: operating subsidy' },
  text: '对年服务收入超过300万元且服务企业数50家（含）以上的公共服务平台，按其上一年度服务收入额10%给予运营补贴，每家企业每年不超过100万元。',
  kind: 'PCT',
  beneficiary: 'anyUnit',
  subjectTest: false,
  projectBound: false,
  evaluate(claim, ctx) {
    const rawRevenue = valueOfYear(claim.serviceRevenue, ctx.baseYear);
    const served = valueOfYear(claim.servedEnterprises, ctx.baseYear);
    const passed = valueOfYear(claim.evaluationPassed, ctx.baseYear);
    const revenue = rawRevenue === undefined ? 0 : fenFromYuan(rawRevenue);
    const p = ctx.params;
    const rate = p.rate('art08_2.rate')!;
    const perPlatform = ctx.readings['A8.2.3'] === 'b';
    const outcome = {
      // A missing base-year figure is pending, never a failed condition (docs/interpretations.md).
      conditions: [
        cond('evaluationPassed', passed !== false),
        cond('revenueThreshold', rawRevenue === undefined || meets(revenue, p.fen('art08_2.revenueThreshold'), p.comparison('art08_2.revenueComparison'))),
        cond('servedThreshold', served === undefined || meets(BigInt(served), p.big('art08_2.servedThreshold'), p.comparison('art08_2.servedComparison'))),
      ],
      gross: applyRate(revenue, rate, p.rounding),
      qualifyingDate: baseYearEnd(ctx),
      overlapGroup: 'OG4' as const,
      caps: [{
        kind: 'cumulative' as const, stage: 'beneficiaryYear' as const, scope: 'perBeneficiaryPerYear' as const,
        key: perPlatform ? `art08_2|${claim.subjectId}|${ctx.awardYear}` : `art08_2|${ctx.beneficiary.id}|${ctx.awardYear}`,
        param: 'art08_2.cap', cap: p.fen('art08_2.cap'),
        prior: ctx.history.counted((h) => h.clause === 'art08_2' && h.awardYear === ctx.awardYear && (!perPlatform || h.subjectId === claim.subjectId)),
      }],
      basis: { baseYear: ctx.baseYear, serviceRevenue: rawRevenue === undefined ? 'missing' : y(revenue), servedEnterprises: served ?? 'missing', rate: rate.text },
    };
    const missing = rawRevenue === undefined ? 'serviceRevenue' : served === undefined ? 'servedEnterprises' : passed === undefined ? 'evaluationPassed' : null;
    return missing ? { ...outcome, gross: 0, pending: { missing: `${missing}.${ctx.baseYear}` } } : outcome;
  },
};
