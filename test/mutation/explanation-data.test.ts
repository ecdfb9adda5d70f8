/**
 * Every line explains the figures its formula used (STYLE: "Results explain themselves"): for the base claim of
 * each award line (test/helpers.ts), the basis, the qualifying date of 九(七), the tier kept for 晋级补差, the
 * project of 九(四) and the named conditions are exactly the ones the formula read. Each figure is worked out
 * from the claim by hand in the comment beside it.
 */
import { describe, expect, it } from 'vitest';
import type { EvaluateOptions } from '../../src/edges/input/validate.js';
import { application, bigProject, claim, lineOf, one, evaluate } from '../helpers.js';

type Want = { basis: Record<string, unknown>; q: string | null; tier?: string; superiorFunded?: boolean; conditions: string[]; net: string };

const HALF: EvaluateOptions = { parameters: { 'art02_1.ratio': '0.5' } };
/** Lines that fund a year's operations or revenue, an enterprise as such, a standard or an event: no project by default. */
const NO_PROJECT = new Set(['art02_2', 'art04_3', 'art06_5a', 'art06_5b', 'art07_2b', 'art08_2', 'art08_3']);

const WANT: Record<string, Want> = {
  // 0.5 × 200,000.00 received from the city.
  art02_1: { basis: { superiorLevel: 'municipal', superiorAward: '200000.00', ratio: '0.5' }, q: '2026-03-01', conditions: ['superiorAwardReceived'], net: '100000.00' },
  // 10 % of the 2025 revenue 5,000,000.00 (≥ 3,000,000.00); the base year's end anchors the window.
  art02_2: { basis: { baseYear: 2025, revenue: '5000000.00', threshold: '3000000.00', base: '5000000.00' }, q: '2025-12-31', conditions: ['enterprise', 'recognized', 'revenueThreshold'], net: '500000.00' },
  // keyRd project approved at 1,500,000.00 under its 2,000,000.00 maximum.
  art03_1: { basis: { category: 'keyRd', approvedAmount: '1500000.00', cap: '2000000.00' }, q: '2026-03-01', conditions: ['onDistrictList', 'approved', 'approvedAmountPositive'], net: '1500000.00' },
  // 1:1 of 800,000.00 provincial support; the product is the 九(四) project.
  art03_2: { basis: { provincialFunding: '800000.00', tranches: 1, ratio: '1' }, q: '2026-03-01', superiorFunded: true, conditions: ['enterprise', 'firstVersionRecognized', 'provincialFundingReceived'], net: '800000.00' },
  // 2025 national key R&D 1,000,000.00 at 1:1, nothing at 1:0.5.
  art03_3: { basis: { baseYear: 2025, atNationalRatio: '1000000.00', nationalRatio: '1', atProvincialRatio: '0.00', provincialRatio: '0.5' }, q: '2025-12-31', superiorFunded: true, conditions: ['aiField', 'disbursedInBaseYear'], net: '1000000.00' },
  // 30 % of 20,000,000.00.
  art04_1: { basis: { deployedParams: '200000000000', constructionCost: '20000000.00', rate: '0.30' }, q: '2026-03-01',
    conditions: ['paramsThreshold', 'deployedInDistrict', 'thirdPartyEvaluated', 'domesticLeading', 'selfDeveloped', 'recognized', 'leadDeveloper'], net: '6000000.00' },
  // 30 % of 10,000,000.00.
  art04_2: { basis: { deployedParams: '20000000000', constructionCost: '10000000.00', rate: '0.30' }, q: '2026-03-01',
    conditions: ['paramsThreshold', 'deployedInDistrict', 'thirdPartyEvaluated', 'majorIndustryInfluence', 'recognized', 'leadDeveloper'], net: '3000000.00' },
  // The fees themselves (A4.3.1 a).
  art04_3: { basis: { evaluationRelatedFees: '400000.00', reading: 'A4.3.1 a' }, q: '2026-03-01', conditions: ['enterprise', 'cacFiling'], net: '400000.00' },
  art05_1: { basis: { level: 'provincial', amount: '1000000.00', selections: 1 }, q: '2026-03-01', tier: 'provincial', conditions: ['selected'], net: '1000000.00' },
  art05_2: { basis: { title: 'provincialSmartFactory', amount: '500000.00', alreadyReceived: '0.00', titles: 1 }, q: '2026-03-01', tier: 'provincialSmartFactory', conditions: ['enterprise', 'titled'], net: '500000.00' },
  art05_3: { basis: { recognitionLevel: 'provincial', superiorLevel: 'provincial', superiorAward: '1000000.00', ratio: '1' }, q: '2026-03-01', superiorFunded: true, conditions: ['aiProduct', 'superiorAwardReceived'], net: '1000000.00' },
  art06_2: { basis: { recognitionLevel: 'provincial', approvedAmount: '1500000.00', cap: '2000000.00', recognitions: 1 }, q: '2026-03-01', tier: 'provincial', conditions: ['platformRecognized', 'approvedAmountPositive'], net: '1500000.00' },
  art06_4a: { basis: { approvedAmount: '400000.00', cap: '500000.00' }, q: '2026-03-01', conditions: ['enterprise', 'reviewedExcellent', 'approvedAmountPositive'], net: '400000.00' },
  art06_4b: { basis: { provincialSupport: '600000.00', ratio: '1' }, q: '2026-03-01', superiorFunded: true, conditions: ['selectedProvincial', 'provincialSupportReceived'], net: '600000.00' },
  art06_5a: { basis: { standardLevel: 'national', approvedAmount: '800000.00', cap: '1000000.00' }, q: '2026-03-01',
    conditions: ['enterprise', 'leadDrafter', 'newStandard', 'roboticsRelated', 'approvedAmountPositive'], net: '800000.00' },
  art06_5b: { basis: { amount: '1000000.00' }, q: '2026-03-01', conditions: ['enterprise', 'firstInclusion'], net: '1000000.00' },
  art07_1: { basis: { level: 'provincial', amount: '3000000.00', designations: 1 }, q: '2026-03-01', tier: 'provincial', conditions: ['designated'], net: '3000000.00' },
  art07_2a: { basis: { level: 'provincial', amount: '3000000.00' }, q: '2026-03-01', conditions: ['provincialBase'], net: '3000000.00' },
  // 20 % of the 2025 operating cost 3,000,000.00, rated excellent.
  art07_2b: { basis: { baseYear: 2025, rating: 'excellent', operatingCost: '3000000.00', rate: '0.20' }, q: '2025-12-31', conditions: ['districtBenchmarkPark', 'ratedExcellent'], net: '600000.00' },
  // Equipment 1,000,000.00 + software 500,000.00 + leases 500,000.00 (decoration 3,000,000.00 left out, A8.1.1 b), × 30 %.
  art08_1: { basis: { base: '2000000.00', equipmentAndSoftware: '2000000.00', decoration: '3000000.00', rate: '0.30' }, q: '2026-03-01', conditions: ['recognized'], net: '600000.00' },
  // 10 % of 2025 service revenue 5,000,000.00, 60 enterprises served.
  art08_2: { basis: { baseYear: 2025, serviceRevenue: '5000000.00', servedEnterprises: 60, rate: '0.10' }, q: '2025-12-31', conditions: ['evaluationPassed', 'revenueThreshold', 'servedThreshold'], net: '500000.00' },
  // 50 % of the 800,000.00 the host bore.
  art08_3: { basis: { eventLevel: 'national', cost: '800000.00', rate: '0.50' }, q: '2026-03-01', conditions: ['nationalOrProvincialLevel', 'heldInDistrict', 'host', 'filedBeforeEvent'], net: '400000.00' },
};

describe('explanation data of each award line', () => {
  it.each(Object.entries(WANT))('%s', (id, want) => {
    const l = one(claim(id), {}, HALF);
    expect(l.status).toBe('paid');
    expect(l.net).toBe(want.net);
    expect(l.gross).toBe(want.net);
    expect(l.basis).toStrictEqual(want.basis);
    expect(l.qualifyingDate).toBe(want.q);
    expect(l.tier).toBe(want.tier ?? null);
    // A line that funds a subject with an investment belongs by default to the project its subject names (D1); the
    // matching lines show higher-level money.
    expect(l.projectId).toBe(NO_PROJECT.has(id) ? null : 'S');
    expect(l.superiorFunded).toBe(want.superiorFunded ?? false);
    expect(l.conditions.map((c) => c.id)).toStrictEqual(want.conditions);
    expect(l.conditions.every((c) => c.met)).toBe(true);
    expect(l.failed).toStrictEqual([]);
  });

  it('六(三): the 五(三) entitlement it builds on and its uplift rate', () => {
    const r = evaluate(application([claim('art05_3'), claim('art06_3')], { projects: [bigProject()] }));
    const l = lineOf(r, 'c6');
    // 20 % of the 五(三) entitlement 1,000,000.00; its project is the product's.
    expect(l).toMatchObject({ status: 'paid', net: '200000.00', projectId: 'S', qualifyingDate: null });
    expect(l.basis).toStrictEqual({ art05_3Entitlement: '1000000.00', uplift: '0.20' });
    expect(l.conditions.map((c) => c.id)).toStrictEqual(['intelligentRobot', 'art05_3Line']);
  });

  it('figures that are missing are named as missing, and an unset ratio as unset', () => {
    expect(one(claim('art02_2', { dataServiceRevenue: {} })).basis).toMatchObject({ revenue: 'missing' });
    expect(one(claim('art07_2b', { ratings: {}, operatingCost: {} })).basis).toMatchObject({ rating: 'missing', operatingCost: 'missing' });
    expect(one(claim('art08_2', { serviceRevenue: {}, servedEnterprises: {} })).basis).toMatchObject({ serviceRevenue: 'missing', servedEnterprises: 'missing' });
    expect(one(claim('art02_1')).basis).toMatchObject({ ratio: 'unset' });
    expect(one(claim('art06_3'), {}).basis).toStrictEqual({ art05_3Entitlement: 'none', uplift: '0.20' });
  });

  it('readings that change a formula show in its basis', () => {
    expect(one(claim('art04_3', { approvedAmount: '300000.00' }), {}, { readings: { 'A4.3.1': 'b' } }).basis).toMatchObject({ reading: 'A4.3.1 b' });
    expect(one(claim('art03_3', { disbursements: [{ programme: 'provincialKeyRd', calendarYear: 2025, amount: '100.00' }] }), {}, { readings: { 'A3.3.2': 'b' } }).basis)
      .toMatchObject({ atProvincialRatio: '100.00', provincialRatio: '1/0.5' });
    expect(one(claim('art02_2'), {}, { readings: { 'A2.2.3': 'marginal' } }).basis).toMatchObject({ base: '2000000.00' });
    expect(one(claim('art02_1'), {}, { readings: { 'A2.1.1': 'b' } }).basis).toMatchObject({ ratio: '1' });
    expect(one(claim('art02_1'), {}, { readings: { 'A2.1.1': 'c' } }).basis).toMatchObject({ ratio: '0.5' });
  });
});
