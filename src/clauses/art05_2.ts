/**
 * 五(二) 推动人工智能赋能新型工业化 — fixed one-time awards for intelligent-manufacturing titles; a higher title
 * for the same enterprise is paid as the difference (晋级补差).
 * Register: § 五(二); readings A5.2.1 (one ladder), A5.2.3 (per enterprise, or per site = subject), A5.2.5 (what 补差
 * subtracts). D9: the ladder's titles are one list, one line; D6: a title at or below the highest already awarded
 * (A5.2.2: equal amounts are the same tier) pays nothing.
 */
import * as z from 'zod/mini';
import { IsoDate, claimBase, enumOf, listOf, subjectTest } from '../policy/inputParts.js';
import type { ClauseDef, ClauseOutcome } from '../policy/model.js';
import { fenFromYuan, ZERO_FEN, type Fen, addFen, maxFen } from '../core/money.js';
import { cond, isEnterprise, titleLadder, y, type TierItem } from './support.js';
import type { ParameterFact } from '../policy/parameters.js';
import type { ReadingFact } from '../policy/readings.js';
import type { ClauseWords, DeclaredWords } from '../policy/words.js';

/** The titles of the ladder, each with the parameter of its amount. */
const TITLES = ['nationalDemoFactory', 'nationalExcellentScenario', 'provincialBenchmark', 'provincialSmartFactory', 'provincialSmartWorkshop'] as const;
const isTitle = (title: string): title is (typeof TITLES)[number] => (TITLES as readonly string[]).includes(title);

/**
 * 五(二): what a claim under this line carries (its inputs; policy/input.ts gathers every clause's claim).
 * D9: the titles of the ladder (the enterprise's, or under A5.2.3 perSite the site's), one line per ladder.
 */
export const art05_2Input = z.strictObject({ ...claimBase, ...subjectTest, clause: z.literal('art05_2'),
  titles: listOf(z.strictObject({ title: enumOf(TITLES), announcedOn: IsoDate })) });

/** 五(二): the numbers, each with its unit, the text's value and, for a cap, what it bounds (words: art05_2Words). */
export const art05_2Parameters = [
  { id: 'art05_2.nationalDemoFactory', rule: 'art05_2', unit: 'yuan', value: '3000000' },
  { id: 'art05_2.nationalExcellentScenario', rule: 'art05_2', unit: 'yuan', value: '1000000' },
  { id: 'art05_2.provincialBenchmark', rule: 'art05_2', unit: 'yuan', value: '1000000' },
  { id: 'art05_2.provincialSmartFactory', rule: 'art05_2', unit: 'yuan', value: '500000' },
  { id: 'art05_2.provincialSmartWorkshop', rule: 'art05_2', unit: 'yuan', value: '300000' },
] as const satisfies readonly ParameterFact[];

/** 五(二): the readings of ambiguous words that the branches below switch on (register ids; words: art05_2Words). */
export const art05_2Readings = [
  { id: 'A5.2.3', default: 'perEnterprise', options: ['perEnterprise', 'perSite'], consequential: false },
  { id: 'A5.2.5', default: 'a', options: ['a', 'b', 'c'], consequential: true },
] as const satisfies readonly ReadingFact[];

export const art05_2: ClauseDef<'art05_2'> = {
  id: 'art05_2',
  item: '五(二)',
  kind: 'TIER',
  beneficiary: 'enterprise',
  subjectTest: true,
  projectBound: true,
  annual: false,
  paidAsDifference: true,
  rdProject: false,
  parameters: art05_2Parameters,
  readings: art05_2Readings,
  evaluate(claim, ctx): ClauseOutcome {
    const valueOf = (title: string) => (isTitle(title) ? ctx.params.fen(`art05_2.${title}`) : undefined);
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
    let otherPolicies: Fen = ZERO_FEN;
    for (const s of ctx.beneficiary.otherDistrictSupport ?? []) if (s.clause === 'art05_2' && onSite(s.subjectId)) otherPolicies = addFen(otherPolicies, fenFromYuan(s.amount));
    let prior: Fen;
    if (reading === 'b') {
      // The nominal amount of the highest title already held. A title paid by another district policy carries no
      // tier here; the money received for it stands in for its nominal amount (never less than what was received).
      prior = otherPolicies;
      for (const h of ctx.history.lines) {
        if (!onLadder(h) || h.tier === undefined) continue;
        const nominal = valueOf(h.tier);
        if (nominal !== undefined) prior = maxFen(prior, nominal);
      }
    } else if (reading === 'c') {
      prior = thisPolicy;
    } else {
      // (a) district money actually received for the titles, under this policy or another district policy.
      prior = addFen(thisPolicy, otherPolicies);
    }
    const ladder = titleLadder(ctx, items, {
      key: perSite ? `art05_2|${ctx.beneficiary.id}|${claim.subjectId}` : `art05_2|${ctx.beneficiary.id}`,
      perTier: false,
      onLadder,
      prior,
      valueOf,
    });
    if (ladder === undefined) return { conditions: [isEnterprise(ctx), cond('titled', false)], gross: ZERO_FEN, qualifyingDate: null, basis: { titles: 0 } };
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

/**
 * 五(二): the words of the text behind the numbers, the readings' options and the conditions, for the explanations,
 * the drafting tools and the documents (the arithmetic does not read them).
 */
export const art05_2Words = {
  title: { zh: '推动人工智能赋能新型工业化（智能制造称号）', en: 'Intelligent-manufacturing titles' },
  /** The grant sentence(s), verbatim from policy/policy.zh.md. */
  text: '对获评国家级智能制造示范工厂、智能制造优秀场景的，分别给予300万元、100万元的一次性奖励；对获评省级智能制造标杆、智能工厂、智能车间的，分别给予100万元、50万元、30万元的一次性奖励。同一企业获得不同等级称号的按照晋级补差原则给予奖励。',
  parameters: {
    'art05_2.nationalDemoFactory': { title: { zh: '国家级智能制造示范工厂', en: 'National intelligent-manufacturing demonstration factory' }, quote: '分别给予300万元、100万元的一次性奖励', token: '300万元' },
    'art05_2.nationalExcellentScenario': { title: { zh: '国家级智能制造优秀场景', en: 'National intelligent-manufacturing excellent scenario' }, quote: '分别给予300万元、100万元的一次性奖励', token: '100万元' },
    'art05_2.provincialBenchmark': { title: { zh: '省级智能制造标杆', en: 'Provincial intelligent-manufacturing benchmark' }, quote: '分别给予100万元、50万元、30万元的一次性奖励', token: '100万元' },
    'art05_2.provincialSmartFactory': { title: { zh: '省级智能工厂', en: 'Provincial smart factory' }, quote: '分别给予100万元、50万元、30万元的一次性奖励', token: '50万元' },
    'art05_2.provincialSmartWorkshop': { title: { zh: '省级智能车间', en: 'Provincial smart workshop' }, quote: '分别给予100万元、50万元、30万元的一次性奖励', token: '30万元' },
  },
  readings: {
    'A5.2.3': {
      perEnterprise: { zh: '晋级补差按企业计（各厂区、车间同一阶梯）', en: 'one ladder per enterprise, over all its sites' },
      perSite: { zh: '晋级补差按厂区或车间计（每个对象一个阶梯）', en: 'one ladder per site or workshop (per subject)' },
    },
    'A5.2.5': {
      a: { zh: '扣减本区实际已拨付的较低称号资金（含其他区级政策）', en: 'deduct district money actually received for lower titles, any district policy' },
      b: { zh: '扣减较低称号的名义金额', en: 'deduct the nominal amount of the lower titles' },
      c: { zh: '仅扣减本政策已拨付额', en: 'deduct only what this policy paid' },
    },
  },
  questions: {
    'A5.2.3': { zh: '五(二)晋级补差的单位', en: 'What 五(二)\'s tier ladder is counted for' },
    'A5.2.5': { zh: '晋级补差扣减什么：实际已拨付额、名义金额，还是仅本政策已拨付额？', en: 'What does a tier upgrade subtract: the amount actually paid, the nominal amount, or only what this policy paid?' },
  },
  conditions: {
    enterprise: { zh: '受益主体为企业', en: 'the beneficiary is an enterprise', quote: '同一企业' },
    titled: { zh: '获评智能制造称号', en: 'holds an intelligent-manufacturing title', quote: '对获评国家级智能制造示范工厂、智能制造优秀场景的' },
  },
} as const satisfies DeclaredWords<typeof art05_2Parameters, typeof art05_2Readings> & ClauseWords;
