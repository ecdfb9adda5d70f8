/**
 * 六(二) 支持中试平台建设 — robot pilot-test platforms recognised nationally / provincially: maxima set by review.
 * Register: § 六(二); readings A6.2.1 (maxima vs fixed), A6.2.2 (provincial then national: the difference).
 */
import type { ClauseDef } from '../model.js';
import { fenFromYuan } from '../money.js';
import { cond, y } from './support.js';

export const art06_2: ClauseDef<'art06_2'> = {
  id: 'art06_2',
  item: '六(二)',
  title: { zh: '支持中试平台建设', en: 'Robot pilot-test platforms' },
  text: '对通过国家级、省级认定的，分别给予最高500万元、200万元的奖励。',
  kind: 'REVIEW',
  beneficiary: 'anyUnit',
  subjectTest: false,
  evaluate(claim, ctx) {
    const param = `art06_2.${claim.recognitionLevel}`;
    const cap = ctx.params.fen(param);
    const approved = fenFromYuan(claim.approvedAmount);
    const both = ctx.readings['A6.2.2'] === 'b';
    return {
      conditions: [cond('approvedAmountPositive', ctx.readings['A6.2.1'] === 'b' || approved > 0)],
      gross: ctx.readings['A6.2.1'] === 'b' ? cap : approved,
      qualifyingDate: claim.recognizedOn,
      tier: claim.recognitionLevel,
      caps: [
        { kind: 'item', param, cap },
        { kind: 'ladder', key: both ? `art06_2|${claim.subjectId}|${claim.recognitionLevel}` : `art06_2|${claim.subjectId}`,
          prior: ctx.history.counted((h) => h.clause === 'art06_2' && h.subjectId === claim.subjectId && (!both || h.tier === claim.recognitionLevel)) },
      ],
      basis: { recognitionLevel: claim.recognitionLevel, approvedAmount: y(approved), cap: y(cap) },
    };
  },
};
