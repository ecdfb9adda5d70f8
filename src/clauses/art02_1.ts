/**
 * 二(一) 促进数据开放共享 — matching of higher-level awards for data "firsts".
 * Register: docs/clause-register.md § 二(一); readings A2.1.1 (ratio), A2.1.3, A2.1.6, A2.1.8 (R9).
 */
import type { CapDecl, ClauseContext, ClauseDef } from '../policy/model.js';
import { applyRate, type Rate } from '../core/money.js';
import { cond, superior, y } from './support.js';

const PROVINCIAL_OR_NATIONAL = new Set(['national', 'provincial']);

/**
 * 「同一单位所获配套资金奖励总额最高100万元」, in the scope A2.1.6 reads: per unit over the validity period (default),
 * per unit per award year, or per data "first" (the claim's subject) over the years.
 */
function capOf(subjectId: string, ctx: ClauseContext): CapDecl {
  const param = 'art02_1.cap';
  const cap = ctx.params.fen(param);
  const scope = ctx.readings['A2.1.6'];
  if (scope === 'perYear') {
    return { kind: 'cumulative', stage: 'beneficiaryYear', scope: 'perBeneficiaryPerYear', param, cap,
      // Stryker disable next-line StringLiteral: one evaluation has one beneficiary and one award year, so every line of this clause has this key whatever its text, and the clause prefix of the other keys keeps them apart
      key: `art02_1|${ctx.beneficiary.id}|${ctx.awardYear}`,
      prior: ctx.history.counted((h) => h.clause === 'art02_1' && h.awardYear === ctx.awardYear) };
  }
  if (scope === 'perEvent') {
    return { kind: 'cumulative', stage: 'subject', scope: 'perSubjectCumulative', param, cap,
      key: `art02_1|event|${subjectId}`,
      prior: ctx.history.counted((h) => h.clause === 'art02_1' && h.subjectId === subjectId) };
  }
  return { kind: 'cumulative', stage: 'lifetime', scope: 'perUnitLifetime', param, cap,
    // Stryker disable next-line StringLiteral: one evaluation has one beneficiary and one award year, so every line of this clause has this key whatever its text, and the clause prefix of the other keys keeps them apart
    key: `art02_1|${ctx.beneficiary.id}`, prior: ctx.history.counted((h) => h.clause === 'art02_1') };
}

export const art02_1: ClauseDef<'art02_1'> = {
  id: 'art02_1',
  item: '二(一)',
  title: { zh: '促进数据开放共享（数据“首”类事项配套）', en: 'Data "firsts": matching of higher-level awards' },
  text: '对数据的首登记、首挂牌、首交易、首开放、首评估、首入表、首认证等，按照上级奖励标准按比例给予一定比例配套支持，同一单位所获配套资金奖励总额最高100万元。',
  kind: 'MATCH',
  beneficiary: 'anyUnit',
  subjectTest: false,
  projectBound: true,
  evaluate(claim, ctx) {
    const award = superior(claim.superiorAward);
    const conditions = [cond('superiorAwardReceived', award.amount > 0)];
    const reading = ctx.readings['A2.1.1'];
    const ratio: Rate | null =
      reading === 'b' ? { num: 1, den: 1, text: '1' } : reading === 'c' ? { num: 1, den: 2, text: '0.5' } : ctx.params.rate('art02_1.ratio');
    // A2.1.9: only national or provincial money brings the data product under 九(四); a municipal award does not.
    const superiorFunded = PROVINCIAL_OR_NATIONAL.has(claim.superiorLevel) && award.receivedOn !== undefined && award.amount > 0;
    const project = { superiorFunded, superiorFunding: superiorFunded ? award.amount : 0 };
    const basis = { superiorLevel: claim.superiorLevel, superiorAward: y(award.amount), ratio: ratio?.text ?? 'unset' };
    const common = {
      conditions,
      qualifyingDate: award.receivedOn ?? null,
      caps: [capOf(claim.subjectId, ctx)],
      basis,
      project,
      ...(ratio === null ? {} : {
        notes: [{ code: 'indeterminateRatioSupplied' as const, rule: 'art02_1' as const, ratio: ratio.text,
          source: reading === 'a' ? 'parameter art02_1.ratio' : `reading A2.1.1 ${reading}` }],
      }),
    };
    if (ratio === null) return { ...common, gross: 0, indeterminate: { param: 'art02_1.ratio' } };
    if (award.receivedOn === undefined) return { ...common, gross: 0, pending: { missing: 'superiorAward.receivedOn' } };
    return { ...common, gross: applyRate(award.amount, ratio, ctx.params.rounding) };
  },
};
