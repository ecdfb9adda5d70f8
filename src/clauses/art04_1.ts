/**
 * 四(一) 支持多模态通用大模型研发 — 30 % of the lead unit's construction cost, at most 1000万元 per model.
 * Register: § 四(一); 超过千亿 is strictly more than 10^11 (boundaries.moreThan); readings A4.1.2–A4.1.8 (A4.1.7:
 * once per model, or once per lead developer; "per version" needs a version the input does not carry).
 */
import { meets } from '../core/boundaries.js';
import type { ClauseDef } from '../policy/model.js';
import { applyRate, fenFromYuan } from '../core/money.js';
import { cond, y } from './support.js';

export const art04_1: ClauseDef<'art04_1'> = {
  id: 'art04_1',
  item: '四(一)',
  title: { zh: '支持多模态通用大模型研发', en: 'General-purpose (multimodal) large model' },
  text: '对落地参数量超过千亿且经第三方评测机构评测性能达到国内领先的自研通用大模型，经认定，对牵头研发单位按其建设成本的30%给予最高1000万元的补助。',
  kind: 'PCT',
  beneficiary: 'anyUnit',
  subjectTest: false,
  projectBound: true,
  evaluate(claim, ctx) {
    const cost = fenFromYuan(claim.constructionCost);
    const perEnterprise = ctx.readings['A4.1.7'] === 'perEnterprise';
    const conditions = [
      cond('paramsThreshold', meets(BigInt(claim.deployedParams), ctx.params.big('art04_1.paramsThreshold'), ctx.params.comparison('art04_1.paramsComparison'))),
      cond('deployedInDistrict', claim.deployedInDistrict),
      cond('thirdPartyEvaluated', claim.thirdPartyEvaluated),
      cond('domesticLeading', claim.domesticLeading),
      cond('selfDeveloped', claim.selfDeveloped),
      cond('recognized', claim.recognized),
      cond('leadDeveloper', claim.leadDeveloper),
    ];
    return {
      conditions,
      gross: applyRate(cost, ctx.params.rate('art04_1.rate')!, ctx.params.rounding),
      qualifyingDate: claim.evaluatedOn,
      overlapGroup: 'OG1',
      caps: [
        { kind: 'item', param: 'art04_1.cap', cap: ctx.params.fen('art04_1.cap') },
        // A4.1.7: once per model (default), or once per lead developer (perEnterprise: any earlier model counts).
        perEnterprise
          // Stryker disable next-line StringLiteral: one evaluation has one beneficiary and one award year, so every line of this clause has this key whatever its text, and the clause prefix of the other keys keeps them apart
          ? { kind: 'oneTime', key: `art04_1|unit|${ctx.beneficiary.id}`,
              alreadyAwarded: ctx.history.some((h) => h.clause === 'art04_1' && h.entitlement > 0) }
          : { kind: 'oneTime', key: `art04_1|${claim.subjectId}`,
              alreadyAwarded: ctx.history.some((h) => h.clause === 'art04_1' && h.subjectId === claim.subjectId && h.entitlement > 0) },
      ],
      basis: { deployedParams: claim.deployedParams, constructionCost: y(cost), rate: ctx.params.rate('art04_1.rate')!.text },
    };
  },
};
