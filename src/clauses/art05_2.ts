/**
 * 五(二) 推动人工智能赋能新型工业化 — fixed one-time awards for intelligent-manufacturing titles; a higher title
 * for the same enterprise is paid as the difference (晋级补差).
 * Register: § 五(二); readings A5.2.1 (one ladder), A5.2.3 (per enterprise, or per site = subject), A5.2.5 (what 补差
 * subtracts).
 */
import type { ClauseDef } from '../model.js';
import { fenFromYuan } from '../money.js';
import { isEnterprise, y } from './support.js';

export const art05_2: ClauseDef<'art05_2'> = {
  id: 'art05_2',
  item: '五(二)',
  title: { zh: '推动人工智能赋能新型工业化（智能制造称号）', en: 'Intelligent-manufacturing titles' },
  text: '对获评国家级智能制造示范工厂、智能制造优秀场景的，分别给予300万元、100万元的一次性奖励；对获评省级智能制造标杆、智能工厂、智能车间的，分别给予100万元、50万元、30万元的一次性奖励。同一企业获得不同等级称号的按照晋级补差原则给予奖励。',
  kind: 'TIER',
  beneficiary: 'enterprise',
  subjectTest: true,
  evaluate(claim, ctx) {
    const amount = ctx.params.fen(`art05_2.${claim.title}`);
    const reading = ctx.readings['A5.2.5'];
    // A5.2.3: one ladder per enterprise over all its sites (default), or one per site (the claim's subject), so that
    // a second site's title of the same grade is paid again (the alternative of A5.2.4) and only its own titles count.
    const perSite = ctx.readings['A5.2.3'] === 'perSite';
    const onLadder = (subjectId: string) => !perSite || subjectId === claim.subjectId;
    const thisPolicy = ctx.history.counted((h) => h.clause === 'art05_2' && onLadder(h.subjectId));
    // Money for the titles from other district policies. Under (a) and (b) the 补差 base consumes it, and the
    // cross-policy top-up of 九(一) then skips it (constraints/overlap.ts), so it is taken off exactly once (§9.1).
    let otherPolicies = 0;
    for (const s of ctx.beneficiary.otherDistrictSupport ?? []) if (s.clause === 'art05_2' && onLadder(s.subjectId)) otherPolicies += fenFromYuan(s.amount);
    let prior: number;
    if (reading === 'b') {
      // The nominal amount of the highest title already held. A title paid by another district policy carries no
      // tier here; the money received for it stands in for its nominal amount (never less than what was received).
      prior = otherPolicies;
      for (const h of ctx.history.lines) {
        // Stryker disable next-line ConditionalExpression: a history line without a tier has no nominal amount parameter (art05_2.undefined), so it is skipped either way
        if (h.clause !== 'art05_2' || h.tier === undefined || !onLadder(h.subjectId)) continue;
        const nominal = ctx.params.values[`art05_2.${h.tier}`];
        if (typeof nominal === 'string') prior = Math.max(prior, fenFromYuan(nominal));
      }
    } else if (reading === 'c') {
      prior = thisPolicy;
    } else {
      // (a) district money actually received for the titles, under this policy or another district policy.
      prior = thisPolicy + otherPolicies;
    }
    return {
      conditions: [isEnterprise(ctx)],
      gross: amount,
      qualifyingDate: claim.announcedOn,
      tier: claim.title,
      caps: [{ kind: 'ladder', key: perSite ? `art05_2|${ctx.beneficiary.id}|${claim.subjectId}` : `art05_2|${ctx.beneficiary.id}`,
        prior }],
      basis: { title: claim.title, amount: y(amount), alreadyReceived: y(prior) },
    };
  },
};
