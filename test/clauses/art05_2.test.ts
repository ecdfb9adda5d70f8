/**
 * 五(二) 推动人工智能赋能新型工业化 — 「对获评国家级智能制造示范工厂、智能制造优秀场景的，分别给予300万元、100万元的一次性
 * 奖励；对获评省级智能制造标杆、智能工厂、智能车间的，分别给予100万元、50万元、30万元的一次性奖励。同一企业获得不同等级
 * 称号的按照晋级补差原则给予奖励。」
 *
 * Register § 五(二): entitlement = the title's amount; line = max(0, entitlement − district money already received
 * for this enterprise's intelligent-manufacturing titles, under this policy or another district policy) (A5.2.5 a;
 * b = nominal of the lower title; c = this policy only). One ladder of five titles (A5.2.1), per enterprise
 * (A5.2.3; perSite = one ladder per subject); the same grade again pays 0 (A5.2.4); equal tiers pay 0 (A5.2.2); two titles in one year → the highest
 * (A5.2.7); higher first then lower → 0 (A5.2.8). 「同一企业」: enterprises only (R6). Anchor: the announcement.
 */
import { describe, expect, it } from 'vitest';
import { application, beneficiary, claim, lineOf, one, type Json, evaluate, evaluateYears } from '../helpers.js';
import { money, paid, reduced, DEFAULT_WINDOW, negativeCases, enterprisesOnly, explanationData, ignoresOtherClauses, type Negative } from './support.js';

const ID = 'art05_2';
/** A 五(二) claim with one title (D9: the ladder's titles are a list), announced on `announcedOn`. */
const title = (t: string, { announcedOn = '2026-03-01', ...extra }: Json = {}): Json =>
  claim(ID, { titles: [{ title: t, announcedOn }], ...extra });
/** An earlier 五(二) payment to this enterprise (site `subjectId`). */
const earlier = (tier: string, paidYuan: string, entitlement = paidYuan, subjectId = 'W0'): Json =>
  ({ clause: ID, subjectId, awardYear: 2025, entitlement, paid: paidYuan, tier });
/** Money for a title from another 航空港区 policy. */
const otherPolicy = (amount: string, subjectId = 'S', clause = ID): Json =>
  ({ policy: '航空港区智能制造旧政策', subjectId, clause, amount, paidOn: '2025-05-01' });
const withOther = (...support: Json[]): Json => ({ beneficiary: beneficiary({ otherDistrictSupport: support }) });

describe('art05_2 五(二)', () => {
  it('base case: 省级智能工厂 → 500,000.00 one-time, paid', () => {
    const l = one(claim(ID));
    expect(money(l)).toEqual(paid('500000.00'));
    expect(l.item).toBe('五(二)');
    expect(l.tier).toBe('provincialSmartFactory');
    expect(l.failed).toEqual([]);
    expect(l.qualifyingDate).toBe('2026-03-01');
  });

  it.each([
    ['nationalDemoFactory', '国家级智能制造示范工厂', '3000000.00'],
    ['nationalExcellentScenario', '国家级智能制造优秀场景', '1000000.00'],
    ['provincialBenchmark', '省级智能制造标杆', '1000000.00'],
    ['provincialSmartFactory', '省级智能工厂', '500000.00'],
    ['provincialSmartWorkshop', '省级智能车间', '300000.00'],
  ])('%s (%s) → %s', (t, _zh, amount) => {
    expect(money(one(title(t)))).toEqual(paid(amount));
  });

  describe('conditions', () => {
    const NEGATIVE: Record<string, Negative> = {
      enterprise: { app: { beneficiary: beneficiary({ legalForm: 'publicInstitution' }) } },
      // D9: the ladder's titles are a list, and an empty list can be stated
      titled: { claim: { titles: [] } },
    };

    negativeCases(ID, NEGATIVE);

    enterprisesOnly('R6: 「同一企业」 — a %s is not paid', (app) => one(claim(ID), app));

    it('A1.2 b: a manufacturer whose own business is not AI is in scope through the AI-enabled factory', () => {
      const notAi = { beneficiary: beneficiary({ mainBusinessFields: [] }) };
      expect(money(one(claim(ID, { subjectInAiField: true }), notAi))).toEqual(paid('500000.00'));
      const l = one(claim(ID, { subjectInAiField: false }), notAi);
      expect(l.status).toBe('ineligible');
      expect(l.reasons).toContainEqual({ code: 'scope', rule: 'art01', failed: ['mainBusinessInAiField'] });
    });
  });

  describe('晋级补差 (A5.2.1, A5.2.5 a): subtract district money actually received', () => {
    it.each([
      // 500,000.00 − 300,000.00
      { name: '车间（已拨30万元）→ 省级智能工厂：补差20万元', history: [earlier('provincialSmartWorkshop', '300000.00')], t: 'provincialSmartFactory', expected: reduced('500000.00', '200000.00') },
      // 3,000,000.00 − 300,000.00
      { name: '车间（已拨30万元）→ 国家级示范工厂：补差270万元', history: [earlier('provincialSmartWorkshop', '300000.00')], t: 'nationalDemoFactory', expected: reduced('3000000.00', '2700000.00') },
      // 3,000,000.00 − (300,000.00 + 200,000.00)
      { name: '车间30万元、工厂补差20万元之后 → 国家级示范工厂：补差250万元', history: [earlier('provincialSmartWorkshop', '300000.00'), earlier('provincialSmartFactory', '200000.00', '200000.00', 'W1')], t: 'nationalDemoFactory', expected: reduced('3000000.00', '2500000.00') },
      // 1,000,000.00 − 500,000.00
      { name: '省级智能工厂 → 省级智能制造标杆：补差50万元', history: [earlier('provincialSmartFactory', '500000.00')], t: 'provincialBenchmark', expected: reduced('1000000.00', '500000.00') },
    ])('$name', ({ history, t, expected }) => {
      expect(money(one(title(t), { history }))).toEqual(expected);
    });

    it.each([
      // A5.2.4: the same grade again (another workshop, or a 复核)
      { name: '同一等级再次获评（另一车间）：零', history: [earlier('provincialSmartWorkshop', '300000.00')], t: 'provincialSmartWorkshop' },
      // A5.2.8: higher first, lower later
      { name: '先获国家级示范工厂，后获省级车间：零', history: [earlier('nationalDemoFactory', '3000000.00')], t: 'provincialSmartWorkshop' },
      // A5.2.2: equal tiers (国家优秀场景 = 省标杆 = 1,000,000)
      { name: '国家级优秀场景之后获省级标杆（同额）：零', history: [earlier('nationalExcellentScenario', '1000000.00')], t: 'provincialBenchmark' },
    ])('$name', ({ history, t }) => {
      const l = one(title(t), { history });
      expect(l.status).toBe('zero');
      expect(l.net).toBe('0.00');
    });

    it.each([
      // n−1, n, n+1 fen of money already received against the 500,000.00 tier
      ['499999.99', 'reduced', '0.01'],
      ['500000.00', 'zero', '0.00'],
      ['500000.01', 'zero', '0.00'],
    ])('received %s before → 省级智能工厂 pays %s %s', (prior, status, net) => {
      const l = one(claim(ID), { history: [earlier('provincialSmartWorkshop', prior)] });
      expect(l.status).toBe(status);
      expect(l.net).toBe(net);
    });

    it('the ladder is per enterprise (A5.2.3): a title for another site counts', () => {
      const l = one(claim(ID, { subjectId: 'SITE-B' }), { history: [earlier('provincialSmartWorkshop', '300000.00', '300000.00', 'SITE-A')] });
      expect(l.net).toBe('200000.00');
    });

    it('A5.2.7: two titles in one batch → only the highest is paid', () => {
      const r = evaluate(application([title('provincialSmartWorkshop', { id: 'w' }), title('provincialSmartFactory', { id: 'f' })]));
      expect(money(lineOf(r, 'f'))).toEqual(paid('500000.00'));
      expect(lineOf(r, 'w').status).toBe('zero');
      expect(r.total).toBe('500000.00');
    });

    it('A5.2.6: a lower title the district never paid for deducts nothing', () => {
      expect(money(one(title('nationalDemoFactory'), { history: [earlier('provincialSmartWorkshop', '0.00', '300000.00')] }))).toEqual(paid('3000000.00'));
    });

    it('A5.2.9 / R9: the workshop award was cut by 九(三) to 200,000.00 → the factory pays 300,000.00; under R9 = entitlement, 200,000.00', () => {
      const history = [earlier('provincialSmartWorkshop', '200000.00', '300000.00')];
      expect(one(claim(ID), { history }).net).toBe('300000.00');
      expect(one(claim(ID), { history }, { readings: { R9: 'entitlement' } }).net).toBe('200000.00');
    });
  });

  describe('D6: a title already awarded counts as received once, whatever was paid', () => {
    // The workshop was entitled to 300,000.00, but 九(三) let only 100,000.00 be paid; the rest was forfeited (A9.3.8).
    const cutWorkshop = [earlier('provincialSmartWorkshop', '100000.00', '300000.00')];

    it('the same title again (a 复核, another workshop) pays nothing: the forfeited 200,000.00 does not revive', () => {
      const l = one(title('provincialSmartWorkshop'), { history: cutWorkshop });
      expect(money(l)).toEqual({ status: 'zero', gross: '300000.00', entitlement: '0.00', net: '0.00' });
      expect(l.adjustments).toEqual([{ code: 'ladder', rule: ID, before: '300000.00', after: '0.00', prior: '100000.00', best: true, alreadyAwarded: true }]);
    });

    it('a lower title after it pays nothing either', () => {
      const history = [earlier('provincialSmartFactory', '100000.00', '500000.00')];
      expect(one(title('provincialSmartWorkshop'), { history }).status).toBe('zero');
    });

    it('an upgrade pays the new title less the money received: 500,000.00 − 100,000.00 = 400,000.00', () => {
      const l = one(title('provincialSmartFactory'), { history: cutWorkshop });
      expect(money(l)).toEqual(reduced('500000.00', '400000.00'));
      expect(l.adjustments[0]).toMatchObject({ alreadyAwarded: false, prior: '100000.00' });
    });

    it('an earlier line with entitlement 0.00 awarded nothing: the same title is paid', () => {
      expect(money(one(title('provincialSmartWorkshop'), { history: [earlier('provincialSmartWorkshop', '0.00', '0.00')] }))).toEqual(paid('300000.00'));
    });

    it('an earlier line without a tier counts as money received only', () => {
      const history = [{ clause: ID, subjectId: 'W0', awardYear: 2025, entitlement: '300000.00', paid: '100000.00' }];
      expect(money(one(title('provincialSmartWorkshop'), { history }))).toEqual(reduced('300000.00', '200000.00'));
    });

    it('evaluateYears: a workshop cut by 九(三) in 2026 and claimed again in 2027 pays nothing in 2027', () => {
      const run = evaluateYears({
        beneficiary: beneficiary({ districtContribution: { '2025': '100000.00', '2026': '999999999.00' } }),
        years: [
          { awardYear: 2026, approvalDate: '2026-12-01', claims: [title('provincialSmartWorkshop')] },
          { awardYear: 2027, approvalDate: '2027-12-01', claims: [title('provincialSmartWorkshop', { announcedOn: '2027-03-01' })] },
        ],
      });
      expect(run.years.map((y) => y.total)).toEqual(['100000.00', '0.00']);
      expect(run.years[1]!.lines[0]!.status).toBe('zero');
    });
  });

  describe('D9: the ladder\'s titles are one list, one line', () => {
    const titles = (...list: [string, string][]): Json => claim(ID, { titles: list.map(([t, announcedOn]) => ({ title: t, announcedOn })) });

    it('a workshop and a factory in one claim: one line pays the factory, 500,000.00', () => {
      const l = one(titles(['provincialSmartWorkshop', '2026-02-01'], ['provincialSmartFactory', '2026-03-01']));
      expect(money(l)).toEqual(paid('500000.00'));
      expect(l.tier).toBe('provincialSmartFactory');
      expect(l.qualifyingDate).toBe('2026-03-01');
      expect(l.basis).toMatchObject({ titles: 2 });
    });

    it('a title announced before the window does not count; the one inside it is paid', () => {
      const l = one(titles(['provincialSmartFactory', '2025-06-30'], ['provincialSmartWorkshop', '2025-07-01']));
      expect(money(l)).toEqual(paid('300000.00'));
      expect(l.tier).toBe('provincialSmartWorkshop');
    });

    it('no title inside the window → ineligible (九(七)), dated by the best title', () => {
      const l = one(titles(['provincialSmartWorkshop', '2025-01-01'], ['provincialSmartFactory', '2025-06-30']));
      expect(l.status).toBe('ineligible');
      expect(l.reasons).toContainEqual({ code: 'window', rule: 'art09_7', date: '2025-06-30', ...DEFAULT_WINDOW });
    });

    it('under A9.7.3 c (the approval date) every title counts', () => {
      const l = one(titles(['provincialSmartFactory', '2025-06-30'], ['provincialSmartWorkshop', '2025-07-01']), {}, { readings: { 'A9.7.3': 'c' } });
      expect(money(l)).toEqual(paid('500000.00'));
    });

    it('D8: of two titles of equal amount the order of the list does not decide the tier recorded', () => {
      const a = one(titles(['provincialBenchmark', '2026-03-01'], ['nationalExcellentScenario', '2026-03-01']));
      const b = one(titles(['nationalExcellentScenario', '2026-03-01'], ['provincialBenchmark', '2026-03-01']));
      expect(a).toEqual(b);
      expect(a.tier).toBe('nationalExcellentScenario');
    });

    it('a title announced after the approval date is contradictory input', () => {
      expect(() => one(titles(['provincialSmartFactory', '2026-12-02']))).toThrow(/claims\[0\]\.titles\[0\]\.announcedOn/);
    });
  });

  describe('money from another district policy (A5.2.5 a, §9.1 "no double subtraction")', () => {
    it('300,000.00 received under another district policy for the workshop → the factory pays 200,000.00, deducted once', () => {
      const l = one(claim(ID), withOther(otherPolicy('300000.00')));
      expect(money(l)).toEqual(reduced('500000.00', '200000.00'));
      // only the ladder cut: no second, cross-policy cut of the same 300,000.00 in 九(一)
      expect(l.adjustments.map((a) => a.code)).toEqual(['ladder']);
      expect(l.adjustments[0]).toMatchObject({ prior: '300000.00' });
    });

    it('this policy\'s 300,000.00 and another policy\'s 100,000.00 add up → the demo factory pays 2,600,000.00', () => {
      const l = one(title('nationalDemoFactory'), { ...withOther(otherPolicy('100000.00')), history: [earlier('provincialSmartWorkshop', '300000.00')] });
      expect(l.net).toBe('2600000.00');
    });

    it('other district money for another clause is not a 补差 base', () => {
      expect(money(one(claim(ID), withOther(otherPolicy('300000.00', 'S', 'art05_1'))))).toEqual(paid('500000.00'));
    });

    it('other district money for a title of another site still counts (per enterprise)', () => {
      expect(one(claim(ID), withOther(otherPolicy('300000.00', 'SITE-A'))).net).toBe('200000.00');
    });
  });

  describe('readings of what 补差 subtracts (A5.2.5)', () => {
    // The workshop (nominal 300,000.00) was entitled 300,000.00 but only 100,000.00 was paid.
    const cutWorkshop = [earlier('provincialSmartWorkshop', '100000.00', '300000.00')];

    it('a (default): money actually received → 500,000.00 − 100,000.00 = 400,000.00', () => {
      expect(one(claim(ID), { history: cutWorkshop }).net).toBe('400000.00');
    });

    it('b: the nominal amount of the lower title → 500,000.00 − 300,000.00 = 200,000.00', () => {
      expect(one(claim(ID), { history: cutWorkshop }, { readings: { 'A5.2.5': 'b' } }).net).toBe('200000.00');
    });

    it('b: money from another district policy is still taken off once (pins the fix in art05_2.ts)', () => {
      // The old policy paid 300,000.00 for the workshop. 九(一) skips it (it belongs to the 补差 base), so the base must
      // take it: 500,000.00 − 300,000.00 = 200,000.00. Before the fix reading b paid 500,000.00, less deducted than (a).
      const opt = { readings: { 'A5.2.5': 'b' } } as const;
      const l = one(claim(ID), withOther(otherPolicy('300000.00')), opt);
      expect(money(l)).toEqual(reduced('500000.00', '200000.00'));
      expect(l.adjustments.map((a) => a.code)).toEqual(['ladder']);
    });

    it('b: the nominal of a title held under this policy and money from another policy are not added — the larger counts', () => {
      // This policy: 省级智能工厂 (nominal 500,000.00, paid 200,000.00); another policy: 300,000.00 for the workshop.
      // Demo factory: 3,000,000.00 − max(500,000.00, 300,000.00) = 2,500,000.00.
      const opt = { readings: { 'A5.2.5': 'b' } } as const;
      const history = [earlier('provincialSmartFactory', '200000.00', '200000.00')];
      expect(one(title('nationalDemoFactory'), { ...withOther(otherPolicy('300000.00')), history }, opt).net).toBe('2500000.00');
    });

    it('c: only this policy\'s money in the ladder; another policy\'s money for the same site is then taken off once by 九(一)', () => {
      const opt = { readings: { 'A5.2.5': 'c' } } as const;
      // same subject S: ladder 500,000.00 − 0, then the cross-policy top-up takes the other 300,000.00 → 200,000.00
      const same = one(claim(ID), withOther(otherPolicy('300000.00')), opt);
      expect(same.net).toBe('200000.00');
      expect(same.adjustments.map((a) => a.code)).toEqual(['crossPolicy']);
      // another site's money is not the same subject: 500,000.00 in full
      expect(money(one(claim(ID), withOther(otherPolicy('300000.00', 'SITE-A')), opt))).toEqual(paid('500000.00'));
    });
  });

  describe('reading A5.2.3: one ladder per enterprise (default) or per site, the claim\'s subject (perSite)', () => {
    const PER_SITE = { readings: { 'A5.2.3': 'perSite' } } as const;
    const siteA = (t: string, paidYuan: string) => earlier(t, paidYuan, paidYuan, 'SITE-A');

    it('default: site A\'s workshop (300,000.00) is deducted from site B\'s factory → 200,000.00; naming perEnterprise is the same', () => {
      const history = [siteA('provincialSmartWorkshop', '300000.00')];
      const byDefault = one(title('provincialSmartFactory', { subjectId: 'SITE-B' }), { history });
      expect(money(byDefault)).toEqual(reduced('500000.00', '200000.00'));
      expect(one(title('provincialSmartFactory', { subjectId: 'SITE-B' }), { history }, { readings: { 'A5.2.3': 'perEnterprise' } })).toEqual(byDefault);
    });

    it('perSite: site A\'s workshop does not count for site B → 500,000.00; for site A itself it does → 200,000.00', () => {
      const history = [siteA('provincialSmartWorkshop', '300000.00')];
      expect(money(one(title('provincialSmartFactory', { subjectId: 'SITE-B' }), { history }, PER_SITE))).toEqual(paid('500000.00'));
      const a = one(title('provincialSmartFactory', { subjectId: 'SITE-A' }), { history }, PER_SITE);
      expect(money(a)).toEqual(reduced('500000.00', '200000.00'));
      expect(a.adjustments).toEqual([{ code: 'ladder', rule: ID, before: '500000.00', after: '200000.00', prior: '300000.00', best: true, alreadyAwarded: false }]);
    });

    it('perSite pays the same grade again at another site (the alternative of A5.2.4), but not a 复核 at the same site', () => {
      const history = [siteA('provincialSmartWorkshop', '300000.00')];
      expect(money(one(title('provincialSmartWorkshop', { subjectId: 'SITE-B' }), { history }, PER_SITE))).toEqual(paid('300000.00'));
      expect(one(title('provincialSmartWorkshop', { subjectId: 'SITE-A' }), { history }, PER_SITE).status).toBe('zero');
      // default: the second workshop pays 0 whichever site it is
      expect(one(title('provincialSmartWorkshop', { subjectId: 'SITE-B' }), { history }).status).toBe('zero');
    });

    it.each([
      // n−1, n fen received at this site against its 500,000.00 tier
      ['499999.99', 'reduced', '0.01'],
      ['500000.00', 'zero', '0.00'],
    ])('perSite: %s received for site A before → site A\'s factory pays %s %s', (prior, status, net) => {
      const l = one(title('provincialSmartFactory', { subjectId: 'SITE-A' }), { history: [siteA('provincialSmartWorkshop', prior)] }, PER_SITE);
      expect([l.status, l.net]).toEqual([status, net]);
    });

    it('perSite: a workshop and a factory at two sites in one batch are both paid → 800,000.00 (default: the factory only, 500,000.00)', () => {
      const app = application([title('provincialSmartWorkshop', { id: 'w', subjectId: 'W' }), title('provincialSmartFactory', { id: 'f', subjectId: 'F' })]);
      const perSite = evaluate(app, PER_SITE);
      expect([lineOf(perSite, 'w').net, lineOf(perSite, 'f').net, perSite.total]).toEqual(['300000.00', '500000.00', '800000.00']);
      const byDefault = evaluate(app);
      expect([lineOf(byDefault, 'w').net, lineOf(byDefault, 'f').net, byDefault.total]).toEqual(['0.00', '500000.00', '500000.00']);
    });

    it('perSite: another district policy\'s 300,000.00 counts only for its own site', () => {
      expect(money(one(claim(ID), withOther(otherPolicy('300000.00', 'SITE-A')), PER_SITE))).toEqual(paid('500000.00'));
      expect(one(claim(ID), withOther(otherPolicy('300000.00')), PER_SITE).net).toBe('200000.00');
    });

    it('perSite with A5.2.5 b: only the site\'s own titles give a nominal amount', () => {
      const opt = { readings: { 'A5.2.3': 'perSite', 'A5.2.5': 'b' } } as const;
      // 3,000,000.00 − 0 (the factory of W0 is another site) and 3,000,000.00 − 500,000.00 (the factory of S)
      expect(one(title('nationalDemoFactory'), { history: [earlier('provincialSmartFactory', '200000.00')] }, opt).net).toBe('3000000.00');
      expect(one(title('nationalDemoFactory'), { history: [earlier('provincialSmartFactory', '200000.00', '200000.00', 'S')] }, opt).net).toBe('2500000.00');
    });

    it('evaluateYears: site A workshop in 2026; in 2027 site B\'s workshop and site A\'s factory', () => {
      // perSite: 2027 = 300,000.00 (B, its own first title) + 500,000.00 − 300,000.00 (A) = 500,000.00.
      // default: one ladder — the factory is the best line: 500,000.00 − 300,000.00 = 200,000.00; B's workshop 0.
      const input = {
        beneficiary: beneficiary(),
        years: [
          { awardYear: 2026, approvalDate: '2026-12-01', claims: [title('provincialSmartWorkshop', { subjectId: 'SITE-A' })] },
          { awardYear: 2027, approvalDate: '2027-12-01', claims: [
            title('provincialSmartWorkshop', { id: 'b', subjectId: 'SITE-B', announcedOn: '2027-03-01' }),
            title('provincialSmartFactory', { id: 'a', subjectId: 'SITE-A', announcedOn: '2027-03-01' }),
          ] },
        ],
      };
      const perSite = evaluateYears(input, PER_SITE);
      expect(perSite.years.map((r) => r.total)).toEqual(['300000.00', '500000.00']);
      expect([lineOf(perSite.years[1]!, 'b').net, lineOf(perSite.years[1]!, 'a').net]).toEqual(['300000.00', '200000.00']);
      expect(evaluateYears(input).years.map((r) => r.total)).toEqual(['300000.00', '200000.00']);
    });
  });

  describe('validity window 九(七): the anchor is the announcement date', () => {
    it.each([
      { announcedOn: '2025-06-30', app: {}, inside: false },
      { announcedOn: '2025-07-01', app: {}, inside: true },
      { announcedOn: '2028-06-30', app: { awardYear: 2028, approvalDate: '2028-12-01' }, inside: true },
      { announcedOn: '2028-07-01', app: { awardYear: 2028, approvalDate: '2028-12-01' }, inside: false },
    ])('announced $announcedOn → inside = $inside', ({ announcedOn, app, inside }) => {
      const l = one(title('provincialSmartFactory', { announcedOn }), app);
      if (inside) expect(money(l)).toEqual(paid('500000.00'));
      else {
        expect(l.status).toBe('ineligible');
        expect(l.reasons).toContainEqual({ code: 'window', rule: 'art09_7', date: announcedOn, ...DEFAULT_WINDOW });
      }
    });
  });

  describe('explanation data: the figures the formula read', () => {
    // 省级智能工厂 500,000.00, nothing received before; the title is the tier.
    explanationData(ID, { basis: { title: 'provincialSmartFactory', amount: '500000.00', alreadyReceived: '0.00', titles: 1 }, q: '2026-03-01', tier: 'provincialSmartFactory', conditions: ['enterprise', 'titled'], net: '500000.00' });
  });

  describe('history filters: which earlier lines count against this clause', () => {
    ignoresOtherClauses('补差 base, this policy (A5.2.5 a)', claim(ID), '500000.00', { tier: 'provincialSmartFactory' });

    describe('补差 base under A5.2.5 b (nominal of the highest title held)', () => {
      const B = { readings: { 'A5.2.5': 'b' } } as const;

      it('a tiered line of another clause is no 五(二) title: 省级智能工厂 still paid 500,000.00', () => {
        // An art05_1 line whose tier happens to be a 五(二) title name (nominal 3,000,000.00): it must be skipped.
        const history = [{ clause: 'art05_1', subjectId: 'S', awardYear: 2025, entitlement: '100000.00', paid: '100000.00', tier: 'nationalDemoFactory' }];
        const l = one(claim(ID), { history }, B);
        expect(money(l)).toStrictEqual(paid('500000.00'));
        expect(l.basis).toMatchObject({ alreadyReceived: '0.00' });
      });

      it('a 五(二) line with an unknown tier carries no nominal amount: prior 0.00', () => {
        const history = [{ clause: ID, subjectId: 'S', awardYear: 2025, entitlement: '100000.00', paid: '100000.00', tier: 'notATitle' }];
        const l = one(claim(ID), { history }, B);
        expect(money(l)).toStrictEqual(paid('500000.00'));
        expect(l.basis).toMatchObject({ alreadyReceived: '0.00' });
      });

      it('reading a: a paid line of another clause is not money for a title', () => {
        const history = [{ clause: 'art05_1', subjectId: 'W0', awardYear: 2025, entitlement: '300000.00', paid: '300000.00' }];
        const l = one(claim(ID), { history });
        expect(money(l)).toStrictEqual(paid('500000.00'));
        expect(l.basis).toMatchObject({ alreadyReceived: '0.00' });
      });
    });
  });
});
