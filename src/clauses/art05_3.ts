/**
 * 五(三) 支持智能产品首购首用 — 1:1 matching of the higher-level 首台（套） award. No cap of its own (A5.3.4).
 * Register: § 五(三); readings A5.3.1 (sum of levels), A5.3.6 (each tranche as received).
 */
import type { ClauseDef } from '../policy/model.js';
import { applyRate } from '../core/money.js';
import { cond, superior, y } from './support.js';

export const art05_3: ClauseDef<'art05_3'> = {
  id: 'art05_3',
  item: '五(三)',
  title: { zh: '支持智能产品首购首用（首台（套）配套）', en: 'AI first-set equipment: matching' },
  text: '对我区经国家或省认定的人工智能首台（套）重大技术装备产品，且获得国家或省首台（套）重大技术装备奖励资金支持的，按照上级奖励金额给予1:1的配套支持。',
  kind: 'MATCH',
  beneficiary: 'anyUnit',
  subjectTest: false,
  projectBound: true,
  evaluate(claim, ctx) {
    const award = superior(claim.superiorAward);
    const ratio = ctx.params.rate('art05_3.ratio')!;
    const outcome = {
      conditions: [cond('aiProduct', claim.aiProduct), cond('superiorAwardReceived', award.amount > 0)],
      gross: applyRate(award.amount, ratio, ctx.params.rounding),
      qualifyingDate: award.receivedOn ?? null,
      project: { superiorFunded: award.receivedOn !== undefined && award.amount > 0, superiorFunding: award.amount },
      basis: { recognitionLevel: claim.recognitionLevel, superiorLevel: claim.superiorLevel, superiorAward: y(award.amount), ratio: ratio.text },
    };
    return award.receivedOn === undefined ? { ...outcome, gross: 0, pending: { missing: 'superiorAward.receivedOn' } } : outcome;
  },
};
