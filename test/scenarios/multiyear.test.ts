/** Scenarios across years: each year's payments feed the next year's caps, 补差 bases and ceilings. */
import { describe, expect, it } from 'vitest';
import { evaluateYears } from '../../src/index.js';
import { beneficiary, claim, lineOf } from '../helpers.js';

const year = (awardYear: number, claims: unknown[], extra: Record<string, unknown> = {}) => ({ awardYear, approvalDate: `${awardYear}-12-01`, claims, ...extra });

describe('multi-year scenarios', () => {
  it('五(二) 晋级补差 across years: 车间 → 工厂 → 示范工厂 pays 300k, 200k, 2.5M: the lifetime total is the top tier', () => {
    const out = evaluateYears({
      beneficiary: beneficiary({ districtContribution: { '2024': '9000000.00', '2025': '9000000.00', '2026': '9000000.00' } }),
      years: [
        year(2025, [claim('art05_2', { id: 'w', title: 'provincialSmartWorkshop', announcedOn: '2025-08-01' })]),
        year(2026, [claim('art05_2', { id: 'f', title: 'provincialSmartFactory', announcedOn: '2026-05-01' })]),
        year(2027, [claim('art05_2', { id: 'd', title: 'nationalDemoFactory', announcedOn: '2027-05-01' })]),
      ],
    });
    expect(out.years.map((y) => y.total)).toEqual(['300000.00', '200000.00', '2500000.00']);
    expect(out.total).toBe('3000000.00');
    expect(lineOf(out.years[2]!, 'd').adjustments[0]).toMatchObject({ code: 'ladder', prior: '500000.00' });
  });

  it('补差 after a year cut by 九(三): only the money actually paid is deducted (A5.2.9)', () => {
    const out = evaluateYears({
      beneficiary: beneficiary({ districtContribution: { '2024': '100000.00', '2025': '999999999.00' } }),
      years: [
        year(2025, [claim('art05_2', { id: 'w', title: 'provincialSmartWorkshop', announcedOn: '2025-08-01' })]),
        year(2026, [claim('art05_2', { id: 'f', title: 'provincialSmartFactory', announcedOn: '2026-05-01' })]),
      ],
    });
    expect(out.years[0]!.total).toBe('100000.00');
    expect(lineOf(out.years[1]!, 'f').net).toBe('400000.00');
    expect(out.total).toBe('500000.00');
  });

  it('a lifetime cap spread over years: 二(一) 1,000,000 per unit', () => {
    // Ratio 0.5: 800,000 → 400,000; 1,000,000 → 500,000; 600,000 → 300,000 but only 100,000 left.
    const award = (id: string, amount: string, on: string) => claim('art02_1', { id, subjectId: id, superiorAward: { amount, receivedOn: on } });
    const out = evaluateYears(
      {
        beneficiary: beneficiary(),
        years: [
          year(2026, [award('d1', '800000.00', '2026-02-01')]),
          year(2027, [award('d2', '1000000.00', '2027-02-01')]),
          year(2028, [award('d3', '600000.00', '2028-02-01')]),
        ],
      },
      { parameters: { 'art02_1.ratio': '0.5' } },
    );
    expect(out.years.map((y) => y.total)).toEqual(['400000.00', '500000.00', '100000.00']);
    expect(lineOf(out.years[2]!, 'd3').adjustments[0]).toMatchObject({ code: 'cumulativeCap', scope: 'perUnitLifetime', prior: '900000.00', room: '100000.00' });
  });

  it('a cut by 九(三) leaves room under a cumulative cap for later years (R9 paid), not under R9 = entitlement', () => {
    const years = [
      year(2026, [claim('art02_1', { id: 'd1', subjectId: 'd1', superiorAward: { amount: '1600000.00', receivedOn: '2026-02-01' } })]),
      year(2027, [claim('art02_1', { id: 'd2', subjectId: 'd2', superiorAward: { amount: '1000000.00', receivedOn: '2027-02-01' } })]),
    ];
    const ben = beneficiary({ districtContribution: { '2025': '300000.00', '2026': '999999999.00' } });
    const paid = evaluateYears({ beneficiary: ben, years }, { parameters: { 'art02_1.ratio': '0.5' } });
    // 2026: 800,000 entitled, 300,000 paid. 2027: room 1,000,000 − 300,000 = 700,000 ≥ 500,000.
    expect(paid.years.map((y) => y.total)).toEqual(['300000.00', '500000.00']);
    const entitled = evaluateYears({ beneficiary: ben, years }, { parameters: { 'art02_1.ratio': '0.5' }, readings: { R9: 'entitlement' } });
    // Under R9 = entitlement the 800,000 counts: room 200,000.
    expect(entitled.years.map((y) => y.total)).toEqual(['300000.00', '200000.00']);
  });

  it('an annual cap that binds after a project ceiling', () => {
    const out = evaluateYears({
      beneficiary: beneficiary({ districtContribution: { '2025': '1500000.00' } }),
      years: [year(2026, [claim('art05_3', { id: 'm', subjectId: 'P', superiorAward: { amount: '2000000.00', receivedOn: '2026-02-01' } }), claim('art06_5b', { id: 'f' })], { projects: [{ id: 'P', auditedInvestment: '1000000.00' }] })],
    });
    const y = out.years[0]!;
    // 九(四): 2,000,000 → 1,000,000; 九(三): 1,000,000 + 1,000,000 = 2,000,000 > 1,500,000 → 750,000 each.
    expect(lineOf(y, 'm')).toMatchObject({ net: '750000.00' });
    expect(lineOf(y, 'm').adjustments.map((a) => a.code)).toEqual(['auditedInvestment', 'annualCap']);
    expect(lineOf(y, 'f')).toMatchObject({ net: '750000.00' });
    expect(y.total).toBe('1500000.00');
  });

  it('九(四) over years: earlier district money for the project uses up the audited investment', () => {
    const out = evaluateYears({
      beneficiary: beneficiary(),
      years: [
        year(2026, [claim('art03_3', { id: 'a', subjectId: 'P', disbursements: [{ programme: 'nationalKeyRd', calendarYear: 2025, amount: '3000000.00' }] })], { projects: [{ id: 'P', auditedInvestment: '4000000.00' }] }),
        year(2027, [claim('art03_3', { id: 'b', subjectId: 'P', disbursements: [{ programme: 'nationalKeyRd', calendarYear: 2026, amount: '3000000.00' }] })], { projects: [{ id: 'P', auditedInvestment: '4000000.00' }] }),
      ],
    });
    expect(out.years.map((y) => y.total)).toEqual(['3000000.00', '1000000.00']);
  });

  it('an R&D institution is not capped by its contribution in any year', () => {
    const out = evaluateYears({
      beneficiary: beneficiary({ legalForm: 'publicInstitution', rndInstitution: true, districtContribution: {} }),
      years: [year(2026, [claim('art08_3')]), year(2027, [claim('art08_3', { heldOn: '2027-03-01', filedAndApprovedOn: '2027-02-01', subjectId: 'E2' })])],
    });
    expect(out.years.map((y) => y.total)).toEqual(['400000.00', '400000.00']);
  });

  it('a one-time award paid in one year pays nothing when claimed again', () => {
    const out = evaluateYears({
      beneficiary: beneficiary(),
      years: [year(2026, [claim('art06_5b', { id: 'a' })]), year(2027, [claim('art06_5b', { id: 'b', firstIncludedOn: '2027-01-05' })])],
    });
    expect(lineOf(out.years[1]!, 'b')).toMatchObject({ status: 'zero', net: '0.00' });
    expect(lineOf(out.years[1]!, 'b').adjustments[0]).toMatchObject({ code: 'oneTime', why: 'alreadyAwarded' });
  });

  it('the last day of validity and the day after, across a multi-year run', () => {
    const out = evaluateYears({
      beneficiary: beneficiary(),
      years: [year(2028, [
        claim('art08_3', { id: 'in', subjectId: 'E1', heldOn: '2028-06-30', filedAndApprovedOn: '2028-01-01' }),
        claim('art08_3', { id: 'out', subjectId: 'E2', heldOn: '2028-07-01', filedAndApprovedOn: '2028-01-01' }),
      ])],
    });
    expect(lineOf(out.years[0]!, 'in').status).toBe('paid');
    expect(lineOf(out.years[0]!, 'out').status).toBe('ineligible');
  });

  it('writes each paid or cut line to the history with its entitlement', () => {
    const out = evaluateYears({ beneficiary: beneficiary({ districtContribution: { '2025': '100000.00' } }), years: [year(2026, [claim('art08_3')])] });
    // An event belongs to no project (it names none): its history line has no projectId.
    expect(out.history).toEqual([{ clause: 'art08_3', subjectId: 'S', awardYear: 2026, entitlement: '400000.00', paid: '100000.00', paidOn: '2026-12-01' }]);
  });

  it('writes the project of a project-bound line, and whether its claim showed higher-level money', () => {
    const out = evaluateYears({ beneficiary: beneficiary(), years: [year(2026, [claim('art03_2', { projectId: 'DEV' })], { projects: [{ id: 'DEV', auditedInvestment: '9000000.00' }] })] });
    expect(out.history).toEqual([{ clause: 'art03_2', subjectId: 'S', awardYear: 2026, entitlement: '800000.00', paid: '800000.00', paidOn: '2026-12-01', projectId: 'DEV', superiorFunded: true }]);
  });

  it('refuses years out of order', () => {
    expect(() => evaluateYears({ beneficiary: beneficiary(), years: [year(2027, []), year(2026, [])] })).toThrow(/years\[1\]\.awardYear/);
  });
});
