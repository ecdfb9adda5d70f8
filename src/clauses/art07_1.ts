/**
 * 七(一) 支持人工智能全产业链园区建设 — fixed one-time awards for national / provincial AI demonstration parks.
 * Register: § 七(一); reading A7.1.2 (provincial then national: the difference, by default).
 */
import type { ClauseDef } from '../model.js';
import { y } from './support.js';

export const art07_1: ClauseDef<'art07_1'> = {
  id: 'art07_1',
  item: '七(一)',
  title: { zh: '支持人工智能全产业链园区建设', en: 'National / provincial AI demonstration parks' },
  text: '对获批国家、省级人工智能示范性园区的，分别给予500万元、300万元的一次性奖励。',
  kind: 'TIER',
  beneficiary: 'anyUnit',
  subjectTest: true,
  evaluate(claim, ctx) {
    const amount = ctx.params.fen(`art07_1.${claim.level}`);
    const both = ctx.readings['A7.1.2'] === 'b';
    return {
      conditions: [],
      gross: amount,
      qualifyingDate: claim.designatedOn,
      tier: claim.level,
      caps: [{ kind: 'ladder', key: both ? `art07_1|${claim.subjectId}|${claim.level}` : `art07_1|${claim.subjectId}`,
        prior: ctx.history.counted((h) => h.clause === 'art07_1' && h.subjectId === claim.subjectId && (!both || h.tier === claim.level)) }],
      basis: { level: claim.level, amount: y(amount) },
    };
  },
};
