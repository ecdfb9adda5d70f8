/**
 * 五(二) 推动人工智能赋能新型工业化 — fixed one-time awards for intelligent-manufacturing titles; a higher title
 * for the same enterprise is paid as the difference (晋级补差).
 * Register: § 五(二); readings A5.2.1 (one ladder), A5.2.3 (per enterprise, or per site = subject), A5.2.5 (what 补差
 * subtracts). D9: the ladder's titles are one list, one line; D6: a title at or below the highest already awarded
 * (A5.2.2: equal amounts are the same tier) pays nothing.
 */
import type { ClauseDef, ClauseOutcome } from '../policy/model.js';
import { fenFromYuan } from '../core/money.js';
import { cond, isEnterprise, titleLadder, y, type TierItem } from './support.js';

const TITLES = new Set(['nationalDemoFactory', 'nationalExcellentScenario', 'provincialBenchmark', 'provincialSmartFactory', 'provincialSmartWorkshop']);

export const art05_2: ClauseDef<'art05_2'> = {
  id: 'art05_2',
  item: '五(二)',
  title: { zh: '推动人工智能赋能新型工业化（智能制造称号）', en: 'Intelligent-manufacturing titles' },
  text: '对获评国家级智能制造示范工厂、智能制造优秀场景的，分别给予300万元、100万元的一次性奖励；对获评省级智能制造标杆、智能工厂、智能车间的，分别给予100万元、50万元、30万元的一次性奖励。同一企业获得不同等级称号的按照晋级补差原则给予奖励。',
  kind: 'TIER',
  beneficiary: 'enterprise',
  subjectTest: true,
  projectBound: true,
  evaluate(claim, ctx): ClauseOutcome {
    const valueOf = (title: string) => (TITLES.has(title) ? ctx.params.fen(`art05_2.${title}`) : undefined);
    const items: TierItem[] = claim.titles.map((t) => {
      const amount = valueOf(t.title)!;
      return { tier: t.title, value: amount, amount, capped: amount, date: t.announcedOn };
    });
    const reading = ctx.readings['A5.2.5'];
    // A5.2.3: one ladder per enterprise over all its sites (default), or one per site (the claim's subject), so that
    // a second site's title of the same grade is paid again (the alternative of A5.2.4) and only its own titles count.
    const perSite = ctx.readings['A5.2.3'] === 'perSite';
    const onSite = (subjectId: string) => !perSite || subjectId === claim.subjectId;
    const onLadder = (h: { clause: string; subjectId: string }) => h.clause === 'art05_2' && onSite(h.subjectId);
    const thisPolicy = ctx.history.counted(onLadder);
    // Money for the titles from other district policies. Under (a) and (b) the 补差 base consumes it, and the
    // cross-policy top-up of 九(一) then skips it (constraints/overlap.ts), so it is taken off exactly once (§9.1).
    let otherPolicies = 0;
    for (const s of ctx.beneficiary.otherDistrictSupport ?? []) if (s.clause === 'art05_2' && onSite(s.subjectId)) otherPolicies += fenFromYuan(s.amount);
    let prior: number;
    if (reading === 'b') {
      // The nominal amount of the highest title already held. A title paid by another district policy carries no
      // tier here; the money received for it stands in for its nominal amount (never less than what was received).
      prior = otherPolicies;
      for (const h of ctx.history.lines) {
        if (!onLadder(h) || h.tier === undefined) continue;
        const nominal = valueOf(h.tier);
        if (nominal !== undefined) prior = Math.max(prior, nominal);
      }
    } else if (reading === 'c') {
      prior = thisPolicy;
    } else {
      // (a) district money actually received for the titles, under this policy or another district policy.
      prior = thisPolicy + otherPolicies;
    }
    const ladder = titleLadder(ctx, items, {
      key: perSite ? `art05_2|${ctx.beneficiary.id}|${claim.subjectId}` : `art05_2|${ctx.beneficiary.id}`,
      perTier: false,
      onLadder,
      prior,
      valueOf,
    });
    if (ladder === undefined) return { conditions: [isEnterprise(ctx), cond('titled', false)], gross: 0, qualifyingDate: null, basis: { titles: 0 } };
    return {
      conditions: [isEnterprise(ctx), cond('titled', true)],
      gross: ladder.gross,
      qualifyingDate: ladder.chosen.date,
      tier: ladder.chosen.tier,
      caps: ladder.caps,
      basis: { title: ladder.chosen.tier, amount: y(ladder.chosen.amount), alreadyReceived: y(prior), titles: items.length },
    };
  },
};
