/**
 * 六(四)b 支持示范应用推广 — 1:1 matching of provincial support for provincial 「机器换人」 demonstration projects.
 * No cap of its own; 九(四) always applies (A6.4.7).
 * Register: § 六(四); readings A6.4.4 (no provincial money → nothing), A6.4.6 (OG3 with 五(一)).
 */
import type { ClauseDef } from '../policy/model.js';
import { applyRate } from '../core/money.js';
import { cond, superior, y } from './support.js';

export const art06_4b: ClauseDef<'art06_4b'> = {
  id: 'art06_4b',
  item: '六(四)b',
  title: { zh: '支持示范应用推广（“机器换人”示范项目配套）', en: 'Provincial "machine replacement" projects: matching' },
  text: '对入选省“机器换人”示范项目的，按照省级支持资金给予1:1配套支持。',
  kind: 'MATCH',
  beneficiary: 'anyUnit',
  subjectTest: true,
  projectBound: true,
  evaluate(claim, ctx) {
    const support = superior(claim.provincialSupport);
    const ratio = ctx.params.rate('art06_4b.ratio')!;
    const outcome = {
      conditions: [cond('selectedProvincial', claim.selectedProvincial), cond('provincialSupportReceived', support.amount > 0)],
      gross: applyRate(support.amount, ratio, ctx.params.rounding),
      qualifyingDate: support.receivedOn ?? null,
      overlapGroup: 'OG3' as const,
      project: { superiorFunded: support.receivedOn !== undefined && support.amount > 0, superiorFunding: support.amount },
      basis: { provincialSupport: y(support.amount), ratio: ratio.text },
    };
    return support.receivedOn === undefined ? { ...outcome, gross: 0, pending: { missing: 'provincialSupport.receivedOn' } } : outcome;
  },
};
