/**
 * 四(三) 支持人工智能大模型研发训练 — one-time award for a national CAC generative-AI model filing, based on
 * the evaluation-related fees, at most 100万元.
 * Register: § 四(三); readings A4.3.1 (amount), A4.3.2 (once per enterprise / per model), A4.3.4 (filing type).
 */
import type { ClauseDef } from '../policy/model.js';
import { fenFromYuan } from '../core/money.js';
import { cond, isEnterprise, y } from './support.js';

export const art04_3: ClauseDef<'art04_3'> = {
  id: 'art04_3',
  item: '四(三)',
  title: { zh: '支持人工智能大模型研发训练（模型备案奖励）', en: 'Generative-AI model filing award' },
  text: '对获得国家网信办生成式人工智能模型备案的企业，依据其模型评测等相关费用，给予不超过100万元的一次性奖励。',
  kind: 'REVIEW',
  beneficiary: 'enterprise',
  subjectTest: false,
  projectBound: false,
  evaluate(claim, ctx) {
    const fees = fenFromYuan(claim.evaluationRelatedFees);
    const cap = ctx.params.fen('art04_3.cap');
    const conditions = [isEnterprise(ctx), cond('cacFiling', claim.filingType === 'cacGenerativeAiFiling')];
    const perModel = ctx.readings['A4.3.2'] === 'b';
    const reading = ctx.readings['A4.3.1'];
    const common = {
      conditions,
      qualifyingDate: claim.filedOn,
      caps: [
        { kind: 'item' as const, param: 'art04_3.cap', cap },
        { kind: 'oneTime' as const, key: perModel ? `art04_3|${claim.subjectId}` : `art04_3|${ctx.beneficiary.id}`,
          alreadyAwarded: ctx.history.some((h) => h.clause === 'art04_3' && h.entitlement > 0 && (!perModel || h.subjectId === claim.subjectId)) },
      ],
      basis: { evaluationRelatedFees: y(fees), reading: `A4.3.1 ${reading}` },
    };
    if (reading === 'c') return { ...common, gross: cap };
    if (reading === 'b') {
      return claim.approvedAmount === undefined
        ? { ...common, gross: 0, pending: { missing: 'approvedAmount' } }
        : { ...common, gross: fenFromYuan(claim.approvedAmount) };
    }
    return { ...common, gross: fees };
  },
};
