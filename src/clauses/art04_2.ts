/**
 * 四(二) 支持行业大模型研发 — 30 % of the lead unit's construction cost, at most 500万元 per model.
 * Register: § 四(二); 超过百亿 is strictly more than 10^10; A4.2.3: self-development is not required; A4.2.8: once
 * per model, or once per lead developer.
 */
import { meets } from '../core/boundaries.js';
import type { ClauseDef } from '../policy/model.js';
import { applyRate, fenFromYuan } from '../core/money.js';
import { cond, y } from './support.js';

export const art04_2: ClauseDef<'art04_2'> = {
  id: 'art04_2',
  item: '四(二)',
  title: { zh: '支持行业大模型研发', en: 'Vertical-industry large model' },
  text: '对落地参数量超过百亿且经第三方评测机构评测，具有行业重大影响力的垂直行业专用大模型，经认定，对牵头研发单位按其建设成本的30%最高给予500万元的补助。',
  kind: 'PCT',
  beneficiary: 'anyUnit',
  subjectTest: false,
  projectBound: true,
  evaluate(claim, ctx) {
    const cost = fenFromYuan(claim.constructionCost);
    const perEnterprise = ctx.readings['A4.2.8'] === 'perEnterprise';
    const conditions = [
      cond('paramsThreshold', meets(BigInt(claim.deployedParams), ctx.params.big('art04_2.paramsThreshold'), ctx.params.comparison('art04_2.paramsComparison'))),
      cond('deployedInDistrict', claim.deployedInDistrict),
      cond('thirdPartyEvaluated', claim.thirdPartyEvaluated),
      cond('majorIndustryInfluence', claim.majorIndustryInfluence),
      cond('recognized', claim.recognized),
      cond('leadDeveloper', claim.leadDeveloper),
    ];
    return {
      conditions,
      gross: applyRate(cost, ctx.params.rate('art04_2.rate')!, ctx.params.rounding),
      qualifyingDate: claim.evaluatedOn,
      overlapGroup: 'OG1',
      caps: [
        { kind: 'item', param: 'art04_2.cap', cap: ctx.params.fen('art04_2.cap') },
        // A4.2.8: once per model (default), or once per lead developer (perEnterprise: any earlier model counts).
        perEnterprise
          // Stryker disable next-line StringLiteral: one evaluation has one beneficiary and one award year, so every line of this clause has this key whatever its text, and the clause prefix of the other keys keeps them apart
          ? { kind: 'oneTime', key: `art04_2|unit|${ctx.beneficiary.id}`,
              alreadyAwarded: ctx.history.some((h) => h.clause === 'art04_2' && h.entitlement > 0) }
          : { kind: 'oneTime', key: `art04_2|${claim.subjectId}`,
              alreadyAwarded: ctx.history.some((h) => h.clause === 'art04_2' && h.subjectId === claim.subjectId && h.entitlement > 0) },
      ],
      basis: { deployedParams: claim.deployedParams, constructionCost: y(cost), rate: ctx.params.rate('art04_2.rate')!.text },
    };
  },
};
