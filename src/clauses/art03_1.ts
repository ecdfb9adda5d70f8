/**
 * 三(一) 支持人工智能算法研发 — district algorithm R&D projects, maxima by plan class, set by review.
 * Register: § 三(一); readings A3.1.1 (maxima vs fixed), A3.1.2 (per project, or per undertaker, year and class),
 * A3.1.3 (tranches: cumulative).
 * `approvedAmount` is the project's total approved by review; a later tranche pays what is left of it.
 */
import type { CapDecl, ClauseDef } from '../policy/model.js';
import { fenFromYuan } from '../core/money.js';
import { cond, y } from './support.js';

export const art03_1: ClauseDef<'art03_1'> = {
  id: 'art03_1',
  item: '三(一)',
  title: { zh: '支持人工智能算法研发', en: 'District algorithm R&D projects' },
  text: '通过企业申报、揭榜招标、定向委托等方式，按照科技攻关计划、重点研发专项计划、重大科技专项计划三类分别给予最高100万元、200万元、1000万元的支持。所有项目需经申报、评审、审批程序予以立项。',
  kind: 'REVIEW',
  beneficiary: 'anyUnit',
  subjectTest: false,
  projectBound: true,
  evaluate(claim, ctx) {
    const param = `art03_1.cap.${claim.category}`;
    const cap = ctx.params.fen(param);
    const approved = fenFromYuan(claim.approvedAmount);
    const conditions = [cond('onDistrictList', claim.onDistrictList), cond('approved', claim.approved), cond('approvedAmountPositive', approved > 0)];
    // A3.1.2: the maxima bound each project (default), or each undertaker's projects of one class in one award year
    // (perEnterpriseYear). Either way a project's later tranche pays what is left of its reviewed amount (A3.1.3).
    const perEnterpriseYear = ctx.readings['A3.1.2'] === 'perEnterpriseYear';
    const project: CapDecl = { kind: 'ladder', key: `art03_1|${claim.subjectId}`,
      prior: ctx.history.counted((h) => h.clause === 'art03_1' && h.subjectId === claim.subjectId) };
    return {
      conditions,
      gross: ctx.readings['A3.1.1'] === 'b' ? cap : approved,
      qualifyingDate: claim.approvedOn,
      overlapGroup: 'OG2',
      caps: perEnterpriseYear
        ? [project, { kind: 'cumulative', stage: 'beneficiaryYear', scope: 'perBeneficiaryPerYear', param, cap,
            key: `art03_1|${ctx.beneficiary.id}|${ctx.awardYear}|${claim.category}`,
            // The class of an earlier line is its tier (set below), so earlier batches of the year count per class.
            prior: ctx.history.counted((h) => h.clause === 'art03_1' && h.awardYear === ctx.awardYear && h.tier === claim.category) }]
        : [{ kind: 'item', param, cap }, project],
      ...(perEnterpriseYear ? { tier: claim.category } : {}),
      project: { superiorFunded: claim.nationalOrProvincialFunding === true, superiorFunding: 0 },
      basis: { category: claim.category, approvedAmount: y(approved), cap: y(cap) },
    };
  },
};
