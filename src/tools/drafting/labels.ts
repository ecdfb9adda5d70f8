/** Zh / en names of the constraint codes and line statuses, for the drafting reports. */
import type { CompareStatus, ConstraintCode } from './compare.js';
import type { Bilingual } from './text.js';

/** The constraint that made each kind of cut. */
export const CONSTRAINT_LABEL: Readonly<Record<ConstraintCode, Bilingual>> = {
  itemCap: { zh: '单项上限', en: 'per-item cap' },
  cumulativeCap: { zh: '累计或年度条款上限', en: 'cumulative or yearly clause cap' },
  ladder: { zh: '晋级补差', en: 'tier difference (晋级补差)' },
  oneTime: { zh: '一次性', en: 'one-time rule' },
  overlap: { zh: '九(一)就高不重复', en: '九(一) overlap: take the highest' },
  crossPolicy: { zh: '九(一)其他区级政策就高', en: '九(一) other district policy: top-up only' },
  auditedInvestment: { zh: '九(四)审计投资额上限', en: '九(四) audited-investment ceiling' },
  annualCap: { zh: '九(三)年度区级综合贡献额上限', en: '九(三) annual contribution cap' },
  budgetScale: { zh: '九(三)总额控制', en: '九(三) budget factor' },
};

/** Each status of a line, and `switchedOff` (the reform took the line out). */
export const STATUS_LABEL: Readonly<Record<CompareStatus, Bilingual>> = {
  paid: { zh: '全额支付', en: 'paid' },
  reduced: { zh: '核减后支付', en: 'reduced' },
  zero: { zh: '核定为零', en: 'zero' },
  ineligible: { zh: '不符合条件', en: 'ineligible' },
  indeterminate: { zh: '无法计算', en: 'indeterminate' },
  pending: { zh: '待定', en: 'pending' },
  referral: { zh: '转介', en: 'referral' },
  switchedOff: { zh: '已取消', en: 'switched off' },
};
