/** 九(三): the annual cap equal to the district contribution. */
import { describe, expect, it } from 'vitest';

import { application, beneficiary, claim, lineOf, evaluate } from '../helpers.js';
import { ART02_2_USED_UP, threeProjects } from './support.js';

const oneLine = (ben: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  application([claim('art06_5b', { id: 'f' })], { beneficiary: beneficiary(ben), ...extra });

describe('art09_3 九(三) annual cap', () => {
  it.each([
    ['contribution above the total: paid in full', '1000000.01', 'paid', '1000000.00'],
    ['contribution exactly the total: paid in full', '1000000.00', 'paid', '1000000.00'],
    ['contribution 0.01 below: reduced by one fen', '999999.99', 'reduced', '999999.99'],
    ['contribution zero: zero', '0.00', 'zero', '0.00'],
    ['negative contribution counts as zero (A9.3.9)', '-50000.00', 'zero', '0.00'],
  ])('%s', (_name, contribution, status, net) => {
    const r = evaluate(oneLine({ districtContribution: { '2025': contribution } }));
    expect(lineOf(r, 'f')).toMatchObject({ status, net });
    if (status !== 'paid') expect(lineOf(r, 'f').adjustments.at(-1)).toMatchObject({ code: 'annualCap', rule: 'art09_3', contributionYear: 2025 });
  });

  it('uses the previous year by default (A9.3.2 b), the award year under reading a', () => {
    const ben = { districtContribution: { '2025': '100.00', '2026': '300000.00' } };
    expect(lineOf(evaluate(oneLine(ben)), 'f').net).toBe('100.00');
    expect(lineOf(evaluate(oneLine(ben), { readings: { 'A9.3.2': 'a' } }), 'f').net).toBe('300000.00');
  });

  it('a missing contribution for the cap year leaves the line pending, never unlimited or zero', () => {
    const r = evaluate(oneLine({ districtContribution: { '2026': '5000000.00' } }));
    expect(lineOf(r, 'f')).toMatchObject({ status: 'pending', net: '0.00' });
    expect(lineOf(r, 'f').reasons).toContainEqual({ code: 'pending', rule: 'art09_3', missing: 'beneficiary.districtContribution.2025' });
    expect(r.total).toBe('0.00');
  });

  it('R&D institutions are exempt (A9.3.4 a), including enterprise-form ones; not under reading b', () => {
    const ben = { rndInstitution: true, districtContribution: { '2025': '0.00' } };
    const r = evaluate(oneLine(ben));
    expect(lineOf(r, 'f')).toMatchObject({ status: 'paid', net: '1000000.00' });
    expect(lineOf(r, 'f').notes).toContainEqual({ code: 'annualCapExempt', rule: 'art09_3' });
    expect(r.annualCap).toMatchObject({ exempt: true, cap: null });
    expect(lineOf(evaluate(oneLine(ben), { readings: { 'A9.3.4': 'b' } }), 'f')).toMatchObject({ status: 'zero', net: '0.00' });
  });

  it('an ordinary enterprise is not exempt', () => {
    expect(lineOf(evaluate(oneLine({ rndInstitution: false, districtContribution: { '2025': '0.00' } })), 'f').status).toBe('zero');
  });

  it('「原则上」: a recorded override lifts the cap and notes what it would have cut (A9.3.1 a)', () => {
    const r = evaluate(oneLine({ districtContribution: { '2025': '400000.00' } }, { annualCapOverride: { decisionRef: 'GW-2026-7', reason: '特别重大项目' } }));
    expect(lineOf(r, 'f')).toMatchObject({ status: 'paid', net: '1000000.00' });
    expect(lineOf(r, 'f').notes).toContainEqual({ code: 'annualCapOverridden', rule: 'art09_3', decisionRef: 'GW-2026-7', wouldCut: '600000.00' });
    expect(r.annualCap.overridden).toBe('GW-2026-7');
  });

  it('read as guidance (A9.3.1 b): no cut, a warning', () => {
    const r = evaluate(oneLine({ districtContribution: { '2025': '400000.00' } }), { readings: { 'A9.3.1': 'b' } });
    expect(lineOf(r, 'f')).toMatchObject({ status: 'paid', net: '1000000.00' });
    expect(lineOf(r, 'f').notes).toContainEqual({ code: 'annualCapExceeded', rule: 'art09_3', excess: '600000.00' });
  });

  it('earlier batches of the same year use up the room and keep what they got (A9.3.7)', () => {
    const history = [{ clause: 'art05_1', subjectId: 'old', awardYear: 2026, entitlement: '1000000.00', paid: '700000.00' }];
    const r = evaluate(oneLine({ districtContribution: { '2025': '1000000.00' } }, { history }));
    expect(lineOf(r, 'f')).toMatchObject({ status: 'reduced', net: '300000.00' });
    expect(lineOf(r, 'f').adjustments.at(-1)).toMatchObject({ code: 'annualCap', cap: '1000000.00', earlier: '700000.00', room: '300000.00' });
  });

  it('earlier years do not count against this year', () => {
    const history = [{ clause: 'art05_1', subjectId: 'old', awardYear: 2025, entitlement: '1000000.00', paid: '1000000.00' }];
    const r = evaluate(oneLine({ districtContribution: { '2025': '1000000.00' } }, { history }));
    expect(lineOf(r, 'f')).toMatchObject({ status: 'paid', net: '1000000.00' });
  });

  it('binds after the clause caps: a capped 二(二) line and an event share the contribution pro rata', () => {
    // 二(二): 10 % × 20,000,000.00 = 2,000,000.00 → cap 1,000,000.00. 八(三): 50 % × 800,000.00 = 400,000.00.
    // Σ 1,400,000.00 > 700,000.00: shares 500,000.00 and 200,000.00 exactly.
    const app = application(
      [claim('art02_2', { id: 'r', dataServiceRevenue: { '2025': '20000000.00' } }), claim('art08_3', { id: 'e', subjectId: 'E' })],
      { beneficiary: beneficiary({ districtContribution: { '2025': '700000.00' } }) },
    );
    const r = evaluate(app);
    expect(lineOf(r, 'r')).toMatchObject({ gross: '2000000.00', entitlement: '1000000.00', net: '500000.00', status: 'reduced' });
    expect(lineOf(r, 'e')).toMatchObject({ gross: '400000.00', entitlement: '400000.00', net: '200000.00', status: 'reduced' });
    expect(r.total).toBe('700000.00');
  });
});

describe('art09_3 九(三): the R&D institution exemption (A9.3.4 a)', () => {
  it('九(三): an R&D institution is exempt (A9.3.4 a), with a note on the paying line only', () => {
    // Contribution 1.00 would cut 400,000.00 to 1.00; exempt, the line is paid whole. The 二(二) line at 0
    // (year cap used up) is open but carries no money, so it gets no note.
    const r = evaluate(
      threeProjects([claim('art02_2', { id: 'z' }), claim('art08_3')], {
        beneficiary: beneficiary({ rndInstitution: true, districtContribution: { '2025': '1.00' } }),
        history: ART02_2_USED_UP,
      }),
      { readings: { 'A9.1.1': 'a' } },
    );
    expect(lineOf(r)).toMatchObject({ status: 'paid', net: '400000.00' });
    expect(lineOf(r).notes).toStrictEqual([{ code: 'annualCapExempt', rule: 'art09_3' }]);
    expect(lineOf(r, 'z')).toMatchObject({ status: 'zero', net: '0.00', notes: [] });
    expect(r.annualCap).toMatchObject({ exempt: true, cap: null });
  });
});
