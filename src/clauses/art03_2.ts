/**
 * 三(二) 支持算法软件源头创新 — 1:1 matching of provincial support for first-version software.
 * Register: § 三(二); readings A3.2.1 (received), A3.2.3 (pro rata), A3.2.5 (R9).
 */
import type { ClauseDef } from '../model.js';
import { applyRate } from '../money.js';
import { cond, isEnterprise, superior, y } from './support.js';

export const art03_2: ClauseDef<'art03_2'> = {
  id: 'art03_2',
  item: '三(二)',
  title: { zh: '支持算法软件源头创新（首版次软件配套）', en: 'First-version software: matching of provincial support' },
  text: '对经省级认定的首版次软件产品的企业，按照省级财政支持金额的1:1给予配套支持，单项产品支持金额累计不超过300万元，每家企业年度支持金额累计不超过600万元。',
  kind: 'MATCH',
  beneficiary: 'enterprise',
  subjectTest: false,
  evaluate(claim, ctx) {
    const funding = superior(claim.provincialFunding);
    const conditions = [
      isEnterprise(ctx),
      cond('firstVersionRecognized', claim.firstVersionRecognized),
      cond('provincialFundingReceived', funding.amount > 0),
    ];
    const outcome = {
      conditions,
      gross: applyRate(funding.amount, ctx.params.rate('art03_2.ratio')!, ctx.params.rounding),
      qualifyingDate: funding.receivedOn ?? null,
      project: { id: claim.projectId ?? claim.subjectId, superiorFunding: funding.amount },
      caps: [
        { kind: 'cumulative' as const, stage: 'subject' as const, scope: 'perSubjectCumulative' as const,
          key: `art03_2|product|${claim.subjectId}`, param: 'art03_2.productCap', cap: ctx.params.fen('art03_2.productCap'),
          prior: ctx.history.counted((h) => h.clause === 'art03_2' && h.subjectId === claim.subjectId) },
        { kind: 'cumulative' as const, stage: 'beneficiaryYear' as const, scope: 'perBeneficiaryPerYear' as const,
          // Stryker disable next-line StringLiteral: one evaluation has one beneficiary and one award year, so every line of this clause has this key whatever its text, and the clause prefix of the other keys keeps them apart
          key: `art03_2|year|${ctx.beneficiary.id}|${ctx.awardYear}`, param: 'art03_2.enterpriseYearCap',
          cap: ctx.params.fen('art03_2.enterpriseYearCap'),
          prior: ctx.history.counted((h) => h.clause === 'art03_2' && h.awardYear === ctx.awardYear) },
      ],
      basis: { provincialFunding: y(funding.amount), ratio: ctx.params.rate('art03_2.ratio')!.text },
    };
    return funding.receivedOn === undefined ? { ...outcome, gross: 0, pending: { missing: 'provincialFunding.receivedOn' } } : outcome;
  },
};
