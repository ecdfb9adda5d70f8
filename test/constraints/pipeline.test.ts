/**
 * The order of the cross-cutting rules (register §9.1) and the three worked examples of §9.2 that show why the
 * order matters: reordering the pipeline changes money.
 */
import { describe, expect, it } from 'vitest';
import { PIPELINE } from '../../src/index.js';
import { application, beneficiary, claim, lineOf, evaluate } from '../helpers.js';

describe('pipeline order (§9.1)', () => {
  it('runs gates, clause caps narrow to wide, 就高, 九(四), 九(三), budget — in that order', () => {
    expect(PIPELINE.map((s) => s.name)).toEqual([
      'scope', 'validity', 'routing', 'oneEnterpriseOnePolicy',
      'itemCaps', 'subjectCaps', 'laddersAndOneTime', 'beneficiaryYearCaps', 'lifetimeCaps', 'entitlement', 'uplift',
      'overlap', 'auditedInvestment', 'annualCap', 'budgetControl',
    ]);
    expect(PIPELINE.map((s) => s.step)).toEqual(['1', '2a', '2b', '2c', '3.2', '3.3', '3.3', '3.4', '3.5', '3', '3.6', '4', '5', '6', '7']);
  });
});

describe('§9.2 examples', () => {
  it('gate before 就高: 一企一策 excludes 四(二) (3M) so 四(一) (2M) is paid, not nothing', () => {
    // 四(二): 30 % × 10,000,000.00 = 3,000,000.00 (cap 5M). 四(一): 30 % × 6,666,666.67 = 2,000,000.001 → 2,000,000.00.
    const app = application(
      [claim('art04_2', { id: 'v', subjectId: 'M' }), claim('art04_1', { id: 'g', subjectId: 'M', constructionCost: '6666666.67' })],
      { beneficiary: beneficiary({ oneEnterpriseOnePolicy: { signedOn: '2026-01-01', similarClauses: ['art04_2'] } }) },
    );
    const r = evaluate(app);
    expect(lineOf(r, 'v')).toMatchObject({ status: 'ineligible', net: '0.00' });
    expect(lineOf(r, 'v').reasons[0]).toMatchObject({ code: 'oneEnterpriseOnePolicy', rule: 'art09_1' });
    expect(lineOf(r, 'g')).toMatchObject({ status: 'paid', net: '2000000.00' });
    expect(r.total).toBe('2000000.00');
  });

  it('就高 before 九(四): overlapping 3M and 2M for one project with 2.5M room gives 2.5M, not 1.5M', () => {
    // 三(三) national 3,000,000.00 × 1 = 3,000,000.00; 三(一) keyRd approved 2,000,000.00; OG2 keeps 3M; 九(四) → 2.5M.
    const app = application(
      [
        claim('art03_3', { id: 'm', subjectId: 'P', disbursements: [{ programme: 'nationalKeyRd', calendarYear: 2025, amount: '3000000.00' }] }),
        claim('art03_1', { id: 'd', subjectId: 'P', approvedAmount: '2000000.00', nationalOrProvincialFunding: true }),
      ],
      { projects: [{ id: 'P', auditedInvestment: '2500000.00' }] },
    );
    const r = evaluate(app);
    expect(lineOf(r, 'm')).toMatchObject({ status: 'reduced', entitlement: '3000000.00', net: '2500000.00' });
    expect(lineOf(r, 'd')).toMatchObject({ status: 'zero', entitlement: '2000000.00', net: '0.00' });
    expect(lineOf(r, 'd').adjustments.map((a) => a.code)).toEqual(['overlap']);
    expect(lineOf(r, 'm').adjustments.map((a) => a.code)).toEqual(['auditedInvestment']);
    expect(r.total).toBe('2500000.00');
  });

  it('九(四) before 九(三): A (project P) 3M with 1M room and B 3M under a 4M contribution give 4M, not 3M', () => {
    const app = application(
      [
        claim('art05_3', { id: 'A', subjectId: 'P', superiorAward: { amount: '3000000.00', receivedOn: '2026-03-01' } }),
        claim('art07_2a', { id: 'B', subjectId: 'park' }),
      ],
      { beneficiary: beneficiary({ districtContribution: { '2025': '4000000.00' } }), projects: [{ id: 'P', auditedInvestment: '1000000.00' }] },
    );
    const r = evaluate(app);
    expect(lineOf(r, 'A')).toMatchObject({ status: 'reduced', net: '1000000.00' });
    expect(lineOf(r, 'B')).toMatchObject({ status: 'paid', net: '3000000.00' });
    expect(r.total).toBe('4000000.00');
  });
});
