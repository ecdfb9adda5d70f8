/** 九(一)① 就高不重复: overlap groups inside the policy and top-ups against other district policies. */
import { describe, expect, it } from 'vitest';

import { application, beneficiary, claim, lineOf, type Json, evaluate, evaluateYears } from '../helpers.js';
import { otherSupport, paidLine } from './support.js';

describe('art09_1 九(一)① inside the policy (A9.1.1 b, §9.3 groups)', () => {
  it('OG1: the same model under 四(一) and 四(二) is paid once, at the higher line', () => {
    // 四(一) 30 % × 20,000,000.00 = 6,000,000.00; 四(二) 30 % × 10,000,000.00 = 3,000,000.00.
    const r = evaluate(application([claim('art04_1', { id: 'g', subjectId: 'M' }), claim('art04_2', { id: 'v', subjectId: 'M' })]));
    expect(lineOf(r, 'g')).toMatchObject({ status: 'paid', net: '6000000.00' });
    expect(lineOf(r, 'v')).toMatchObject({ status: 'zero', entitlement: '3000000.00', net: '0.00' });
    expect(lineOf(r, 'v').adjustments).toEqual([{ code: 'overlap', rule: 'art09_1', before: '3000000.00', after: '0.00', group: 'OG1', other: '0.00', room: '6000000.00' }]);
  });

  it('different subjects in the same group do not overlap', () => {
    const r = evaluate(application([claim('art04_1', { id: 'g', subjectId: 'M1' }), claim('art04_2', { id: 'v', subjectId: 'M2' })]));
    expect(lineOf(r, 'v')).toMatchObject({ status: 'paid', net: '3000000.00' });
    expect(r.total).toBe('9000000.00');
  });

  it('a tie keeps the earlier clause id', () => {
    // Both 3,000,000.00: 四(一) cost 10,000,000.00 and 四(二) cost 10,000,000.00.
    const r = evaluate(application([claim('art04_2', { id: 'v', subjectId: 'M' }), claim('art04_1', { id: 'g', subjectId: 'M', constructionCost: '10000000.00' })]));
    expect(lineOf(r, 'g').net).toBe('3000000.00');
    expect(lineOf(r, 'v').net).toBe('0.00');
  });

  it('OG3: a project selected as a provincial scenario (五(一)) and a 机器换人 project (六(四)b) is paid at the higher', () => {
    const r = evaluate(application(
      [claim('art05_1', { id: 's', subjectId: 'P' }), claim('art06_4b', { id: 'm', subjectId: 'P', provincialSupport: { amount: '1500000.00', receivedOn: '2026-03-01' } })],
      { projects: [{ id: 'P', auditedInvestment: '99999999.00' }] },
    ));
    expect(lineOf(r, 'm')).toMatchObject({ status: 'paid', net: '1500000.00' });
    expect(lineOf(r, 's')).toMatchObject({ status: 'zero', net: '0.00' });
  });

  it('OG4: the same revenue stream under 二(二) and 八(二) is paid once', () => {
    // 二(二) 10 % × 5,000,000.00 = 500,000.00; 八(二) 10 % × 5,000,000.00 = 500,000.00: tie → 二(二) kept.
    const r = evaluate(application([claim('art02_2', { id: 'a', subjectId: 'R' }), claim('art08_2', { id: 'b', subjectId: 'R' })]));
    expect(lineOf(r, 'a').net).toBe('500000.00');
    expect(lineOf(r, 'b')).toMatchObject({ status: 'zero', net: '0.00' });
  });

  it('clauses that are not grouped stack (三(二) and 三(三) for one subject)', () => {
    const r = evaluate(application(
      [claim('art03_2', { id: 'a', subjectId: 'P' }), claim('art03_3', { id: 'b', subjectId: 'P' })],
      { projects: [{ id: 'P', auditedInvestment: '99999999.00' }] },
    ));
    expect(lineOf(r, 'a').net).toBe('800000.00');
    expect(lineOf(r, 'b').net).toBe('1000000.00');
  });

  it('reading A9.1.1 a: no overlap inside the policy, both lines paid', () => {
    const r = evaluate(application([claim('art04_1', { id: 'g', subjectId: 'M' }), claim('art04_2', { id: 'v', subjectId: 'M' })]), { readings: { 'A9.1.1': 'a' } });
    expect(r.total).toBe('9000000.00');
  });

  it('across years the group pays only the room left: 三(三) paid 1M, then 三(一) 2M for the same project pays 1M', () => {
    const out = evaluateYears({
      beneficiary: beneficiary(),
      years: [
        { awardYear: 2026, approvalDate: '2026-12-01', claims: [claim('art03_3', { id: 'y1', subjectId: 'P' })], projects: [{ id: 'P', auditedInvestment: '99999999.00' }] },
        { awardYear: 2027, approvalDate: '2027-12-01', claims: [claim('art03_1', { id: 'y2', subjectId: 'P', approvedOn: '2027-03-01', approvedAmount: '2000000.00' })],
          projects: [{ id: 'P', auditedInvestment: '99999999.00' }] },
      ],
    });
    expect(out.years[0]!.total).toBe('1000000.00');
    // max(cumulative entitlement 三(三) 1M, 三(一) 2M) − paid 1M = 1M.
    expect(lineOf(out.years[1]!, 'y2')).toMatchObject({ status: 'reduced', entitlement: '2000000.00', net: '1000000.00' });
    expect(out.total).toBe('2000000.00');
  });

  it('D1: the same run without the project\'s audited investment in 2027: 三(一) is under 九(四) through the history, pending', () => {
    const out = evaluateYears({
      beneficiary: beneficiary(),
      years: [
        { awardYear: 2026, approvalDate: '2026-12-01', claims: [claim('art03_3', { id: 'y1', subjectId: 'P' })], projects: [{ id: 'P', auditedInvestment: '99999999.00' }] },
        { awardYear: 2027, approvalDate: '2027-12-01', claims: [claim('art03_1', { id: 'y2', subjectId: 'P', approvedOn: '2027-03-01', approvedAmount: '2000000.00' })] },
      ],
    });
    expect(lineOf(out.years[1]!, 'y2')).toMatchObject({ status: 'pending', net: '0.00' });
    expect(lineOf(out.years[1]!, 'y2').reasons).toContainEqual({ code: 'pending', rule: 'art09_4', missing: 'projects[P].auditedInvestment' });
  });
});

describe('art09_1 九(一)① across district policies (top-up, A9.1.4 a)', () => {
  it('another district policy paid 1M for the same showcase centre: 八(一) pays the top-up', () => {
    // 八(一): 30 % × (1,000,000 + 500,000 + 500,000) = 600,000.00; other policy 250,000.00 → 350,000.00.
    const ben = beneficiary({ otherDistrictSupport: [{ policy: '某区级装修补贴', subjectId: 'S', clause: 'art08_1', amount: '250000.00', paidOn: '2026-02-01' }] });
    const r = evaluate(application([claim('art08_1')], { beneficiary: ben }));
    expect(lineOf(r)).toMatchObject({ status: 'reduced', net: '350000.00' });
    expect(lineOf(r).adjustments).toEqual([{ code: 'crossPolicy', rule: 'art09_1', before: '600000.00', after: '350000.00', other: '250000.00', room: '350000.00' }]);
  });

  it('other-policy money above the entitlement leaves zero', () => {
    const ben = beneficiary({ otherDistrictSupport: [{ policy: 'X', subjectId: 'S', clause: 'art08_1', amount: '700000.00', paidOn: '2026-02-01' }] });
    expect(lineOf(evaluate(application([claim('art08_1')], { beneficiary: ben })))).toMatchObject({ status: 'zero', net: '0.00' });
  });

  it('money for another subject or another clause is not deducted', () => {
    const ben = beneficiary({ otherDistrictSupport: [
      { policy: 'X', subjectId: 'other', clause: 'art08_1', amount: '700000.00', paidOn: '2026-02-01' },
      { policy: 'X', subjectId: 'S', clause: 'art08_3', amount: '700000.00', paidOn: '2026-02-01' },
    ] });
    expect(lineOf(evaluate(application([claim('art08_1')], { beneficiary: ben })))).toMatchObject({ status: 'paid', net: '600000.00' });
  });

  it('for a group, other-policy money matched to any clause of the group is taken off the highest entitlement', () => {
    // OG1 model M: 四(一) 6,000,000.00, 四(二) 3,000,000.00, another policy gave 1,000,000.00 under 四(二)'s nature.
    const ben = beneficiary({ otherDistrictSupport: [{ policy: 'X', subjectId: 'M', clause: 'art04_2', amount: '1000000.00', paidOn: '2026-02-01' }] });
    const r = evaluate(application([claim('art04_1', { id: 'g', subjectId: 'M' }), claim('art04_2', { id: 'v', subjectId: 'M' })], { beneficiary: ben }));
    expect(lineOf(r, 'g')).toMatchObject({ status: 'reduced', net: '5000000.00' });
    expect(lineOf(r, 'v').net).toBe('0.00');
  });

  it('五(二): money from a predecessor district policy is deducted once, by 补差, not again as a top-up', () => {
    // 省级智能工厂 500,000.00; the 智能车间 got 300,000.00 under an earlier district policy → 200,000.00.
    const ben = beneficiary({ otherDistrictSupport: [{ policy: '旧政策', subjectId: 'S', clause: 'art05_2', amount: '300000.00', paidOn: '2025-01-10' }] });
    const r = evaluate(application([claim('art05_2')], { beneficiary: ben }));
    expect(lineOf(r)).toMatchObject({ status: 'reduced', net: '200000.00' });
    expect(lineOf(r).adjustments.map((a) => a.code)).toEqual(['ladder']);
  });
});

describe('OG4 compares one award year only (the same 事项 is the same year\'s revenue)', () => {
  it('八(二) paid in 2026 on 2025 revenue does not block 二(二) in 2027 on 2026 revenue for the same stream', () => {
    const out = evaluateYears({
      beneficiary: beneficiary(),
      years: [
        { awardYear: 2026, approvalDate: '2026-12-01', claims: [claim('art08_2', { id: 'p', subjectId: 'R', serviceRevenue: { '2025': '10000000.00' } })] },
        { awardYear: 2027, approvalDate: '2027-12-01', claims: [claim('art02_2', { id: 'd', subjectId: 'R', dataServiceRevenue: { '2026': '5000000.00' } })] },
      ],
    });
    expect(out.years[0]!.total).toBe('1000000.00');
    expect(lineOf(out.years[1]!, 'd')).toMatchObject({ status: 'paid', net: '500000.00' });
  });

  it.each([
    // 二(二) on 20,000,000.00 of revenue each year: 1,000,000.00 a year (capped). 400,000.00 from another district
    // policy for the stream: 2026 pays 600,000.00; 2027 and 2028 pay their full 1,000,000.00.
    ['20000000.00', '400000.00', ['600000.00', '1000000.00', '1000000.00']],
    // 800,000.00 a year; other money 1,000,000.00 is used up across years: 2026 pays 0, 2027 pays 600,000.00
    // (Σ entitlement 1,600,000.00 − 1,000,000.00), 2028 pays 800,000.00.
    ['8000000.00', '1000000.00', ['0.00', '600000.00', '800000.00']],
  ])('money from another district policy is consumed once over the years, not again in every year (§9.1): revenue %s, other %s', (revenue, other, totals) => {
    const claimOf = (year: number) => claim('art02_2', { id: `d${year}`, subjectId: 'S', dataServiceRevenue: { [String(year - 1)]: revenue } });
    const ben = beneficiary({ otherDistrictSupport: [{ policy: 'X', subjectId: 'S', clause: 'art02_2', amount: other, paidOn: '2026-02-01' }] });
    const out = evaluateYears({
      beneficiary: ben,
      years: [2026, 2027, 2028].map((year) => ({ awardYear: year, approvalDate: `${year}-12-01`, claims: [claimOf(year)] })),
    });
    expect(out.years.map((y) => y.total)).toEqual(totals);
  });

  it('one evaluation with the history: 2026 entitled 800,000.00 and paid 500,000.00 after 300,000.00 of other money', () => {
    const ben = beneficiary({ otherDistrictSupport: [{ policy: 'X', subjectId: 'S', clause: 'art02_2', amount: '300000.00', paidOn: '2025-05-01' }] });
    const history = [{ clause: 'art02_2', subjectId: 'S', awardYear: 2026, entitlement: '800000.00', paid: '500000.00' }];
    const app = { beneficiary: ben, history, awardYear: 2027, approvalDate: '2027-12-01' };
    const r = evaluate(application([claim('art02_2', { id: 'd', subjectId: 'S', dataServiceRevenue: { '2026': '8000000.00' } })], app));
    expect(lineOf(r, 'd')).toMatchObject({ status: 'paid', net: '800000.00' });
    // An earlier year cut for another reason (the annual cap paid 200,000.00) does not make the other money count twice
    // either, and does not raise this year above its own entitlement.
    const cut = [{ clause: 'art02_2', subjectId: 'S', awardYear: 2026, entitlement: '800000.00', paid: '200000.00' }];
    const r2 = evaluate(application([claim('art02_2', { id: 'd', subjectId: 'S', dataServiceRevenue: { '2026': '8000000.00' } })], { ...app, history: cut }));
    expect(lineOf(r2, 'd')).toMatchObject({ status: 'paid', net: '800000.00' });
  });

  it('with no earlier year the other money is taken off the year\'s entitlement, once (8,000,000.00 → 800,000.00 − 300,000.00)', () => {
    const ben = beneficiary({ otherDistrictSupport: [{ policy: 'X', subjectId: 'S', clause: 'art08_2', amount: '300000.00', paidOn: '2025-05-01' }] });
    const r = evaluate(application([claim('art02_2', { id: 'd', subjectId: 'S', dataServiceRevenue: { '2025': '8000000.00' } })], { beneficiary: ben }));
    expect(lineOf(r, 'd')).toMatchObject({ status: 'reduced', net: '500000.00' });
  });

  it('an earlier batch of the same year still counts', () => {
    const history = [{ clause: 'art08_2', subjectId: 'R', awardYear: 2026, entitlement: '500000.00', paid: '500000.00' }];
    // max(八(二) 500,000.00, 二(二) 800,000.00) − 500,000.00 paid = 300,000.00.
    const r = evaluate(application([claim('art02_2', { id: 'd', subjectId: 'R', dataServiceRevenue: { '2025': '8000000.00' } })], { history }));
    expect(lineOf(r, 'd')).toMatchObject({ status: 'reduced', net: '300000.00' });
  });
});

describe('cumulative entitlement of a clause paid as a difference (三(一) in OG2)', () => {
  it('a top-up that makes good an earlier cut is not counted twice: a budget cut never raises what is paid', () => {
    // 2026: 三(一) major project approved 10,000,000.00, paid 9,000,000.00 (budget factor 0.9).
    // 2027: 三(一) tops up 1,000,000.00 × 0.9 = 900,000.00; 三(三) for the same project 630,000.00 would stack on the
    // group only if 三(一)'s cumulative entitlement were counted as 11,000,000.00 instead of 10,000,000.00.
    const project = [{ id: 'P', auditedInvestment: '99999999.00' }];
    const years = [
      { awardYear: 2026, approvalDate: '2026-12-01', projects: project, claims: [claim('art03_1', { id: 'a', subjectId: 'P', category: 'majorSciTech', approvedAmount: '10000000.00' })] },
      { awardYear: 2027, approvalDate: '2027-12-01', projects: project, claims: [
        claim('art03_1', { id: 'b', subjectId: 'P', category: 'majorSciTech', approvedAmount: '10000000.00' }),
        claim('art03_3', { id: 'c', subjectId: 'P', disbursements: [{ programme: 'nationalKeyRd', calendarYear: 2026, amount: '700000.00' }] }),
      ] },
    ];
    const cut = evaluateYears({ beneficiary: beneficiary(), years }, { parameters: { 'art09_3.budgetScale': '0.9' } });
    const full = evaluateYears({ beneficiary: beneficiary(), years });
    expect(full.total).toBe('10000000.00');
    expect(lineOf(cut.years[1]!, 'c')).toMatchObject({ status: 'zero', net: '0.00' });
    expect(cut.total).toBe('9900000.00');
  });
});

describe('cumulative entitlement of a ladder in OG3 (五(一))', () => {
  it('provincial then national selection counts the national tier once, not provincial + national', () => {
    // 2026: 五(一) provincial 1,000,000.00 and 六(四)b 1,673,000.00 for project P → 六(四)b kept, 五(一) zero.
    // 2027: 五(一) national 2,000,000.00 (nothing of 五(一) paid before). The group may pay at most the larger single
    // entitlement, 2,000,000.00 (the national tier includes the provincial one), so 2027 pays 327,000.00.
    const project = [{ id: 'P', auditedInvestment: '99999999.00' }];
    const out = evaluateYears({
      beneficiary: beneficiary(),
      years: [
        { awardYear: 2026, approvalDate: '2026-12-01', projects: project, claims: [
          claim('art05_1', { id: 's1', subjectId: 'P' }),
          claim('art06_4b', { id: 'm', subjectId: 'P', provincialSupport: { amount: '1673000.00', receivedOn: '2026-03-01' } }),
        ] },
        { awardYear: 2027, approvalDate: '2027-12-01', projects: project,
          claims: [claim('art05_1', { id: 's2', subjectId: 'P', selections: [{ level: 'national', announcedOn: '2027-03-01' }] })] },
      ],
    });
    expect(lineOf(out.years[0]!, 's1')).toMatchObject({ status: 'zero', net: '0.00' });
    expect(lineOf(out.years[1]!, 's2')).toMatchObject({ status: 'reduced', entitlement: '2000000.00', net: '327000.00' });
    expect(out.total).toBe('2000000.00');
  });

  it('D10: two batches of one award year are two events: the group\'s entitlement is the highest total, not their sum', () => {
    // 2026, batch 1: 五(一) provincial, entitled 1,000,000.00, paid 500,000.00 (九(三)).
    // 2026, batch 2: 五(一) national, entitled 2,000,000.00 − 500,000.00 = 1,500,000.00 (D6), paid in full.
    // 2026, batch 3: 六(四)b 100,000.00 for the same project (OG3). The group may pay at most its highest total,
    // 2,000,000.00 (the national tier), and 2,000,000.00 is paid: nothing is left. Summing the year's two
    // entitlements (2,500,000.00) would leave 500,000.00 and pay 100,000.00 more than the top tier allows.
    const history = [
      { clause: 'art05_1', subjectId: 'P', awardYear: 2026, entitlement: '1000000.00', paid: '500000.00', paidOn: '2026-03-01', tier: 'provincial' },
      { clause: 'art05_1', subjectId: 'P', awardYear: 2026, entitlement: '1500000.00', paid: '1500000.00', paidOn: '2026-06-01', tier: 'national' },
    ];
    const r = evaluate(application([claim('art06_4b', { id: 'm', subjectId: 'P', provincialSupport: { amount: '100000.00', receivedOn: '2026-08-01' } })],
      { history, projects: [{ id: 'P', auditedInvestment: '99999999.00' }] }));
    expect(lineOf(r, 'm')).toMatchObject({ status: 'zero', net: '0.00' });
    expect(lineOf(r, 'm').adjustments).toContainEqual(expect.objectContaining({ code: 'overlap', group: 'OG3', room: '0.00' }));
    // The same two events listed in the other order are ordered by their payment dates.
    const reversed = evaluate(application([claim('art06_4b', { id: 'm', subjectId: 'P', provincialSupport: { amount: '100000.00', receivedOn: '2026-08-01' } })],
      { history: [...history].reverse(), projects: [{ id: 'P', auditedInvestment: '99999999.00' }] }));
    expect(reversed).toStrictEqual(r);
  });
});

describe('九(一)① cumulative entitlement of a difference clause (三(一) in OG2)', () => {
  const rd = (history: Json[]) => lineOf(evaluate(application(
    [claim('art03_3', { id: 'b', subjectId: 'P', disbursements: [{ programme: 'nationalKeyRd', calendarYear: 2027, amount: '1000000.00' }] })],
    { awardYear: 2028, approvalDate: '2028-12-01', history, projects: [{ id: 'P', auditedInvestment: '99999999.00' }] },
  )), 'b');

  it('years are taken in ascending order, whatever the order of the history', () => {
    // 三(一) for P: 2027 entitled 1,000,000.00 paid 1,000,000.00 (listed first); 2026 two lines entitled 6,000,000.00
    // + 4,000,000.00, paid 5,000,000.00 + 4,000,000.00. In year order: 2026 → 10,000,000.00; 2027 → 9,000,000.00 +
    // 1,000,000.00 = 10,000,000.00; best 10,000,000.00; paid 10,000,000.00. 三(三) 1,000,000.00 (entitled 1,000,000.00)
    // → group room 10,000,000.00 − 10,000,000.00 = 0. (2027 before 2026 would give 1,000,000.00 + 10,000,000.00.)
    const line = rd([
      paidLine('art03_1', 'P', 2027, '1000000.00', '1000000.00'),
      paidLine('art03_1', 'P', 2026, '6000000.00', '5000000.00'),
      paidLine('art03_1', 'P', 2026, '4000000.00', '4000000.00'),
    ]);
    expect(line).toMatchObject({ status: 'zero', entitlement: '1000000.00', net: '0.00' });
    expect(line.adjustments).toStrictEqual([{ code: 'overlap', rule: 'art09_1', before: '1000000.00', after: '0.00', group: 'OG2', other: '0.00', room: '0.00' }]);
  });

  it('a year entitled more than it paid counts its entitlement; other subjects\' and clauses\' lines do not count', () => {
    // 三(一) for P: 2026 entitled 10,000,000.00, paid 9,000,000.00 → best 10,000,000.00; group paid 9,000,000.00 →
    // room 1,000,000.00: 三(三) paid in full. Subject Q's 三(一) 50,000,000.00 and P's 三(二) 30,000,000.00 (not in
    // OG2) would raise 三(一)'s cumulative entitlement if counted (they do not change what P's group paid).
    const line = rd([
      paidLine('art03_1', 'P', 2026, '10000000.00', '9000000.00'),
      paidLine('art03_1', 'Q', 2026, '50000000.00', '0.00'),
      paidLine('art03_2', 'P', 2026, '30000000.00', '0.00'),
    ]);
    expect(line).toMatchObject({ status: 'paid', net: '1000000.00', adjustments: [] });
    // With 9,500,000.00 paid the room is 500,000.00, shown in the adjustment.
    const tight = rd([
      paidLine('art03_1', 'P', 2026, '10000000.00', '9500000.00'),
      paidLine('art03_1', 'Q', 2026, '50000000.00', '0.00'),
      paidLine('art03_2', 'P', 2026, '30000000.00', '0.00'),
    ]);
    expect(tight.adjustments).toStrictEqual([{ code: 'overlap', rule: 'art09_1', before: '1000000.00', after: '500000.00', group: 'OG2', other: '0.00', room: '500000.00' }]);
  });
});

describe('九(一)① OG4 room with other district money over the years', () => {
  // 二(二) for stream S in 2027 on 8,000,000.00 of 2026 revenue: 800,000.00.
  const year2027 = (history: Json[], otherAmount: string, subjectOfOther = 'S') => lineOf(evaluate(application(
    [claim('art02_2', { id: 'd', subjectId: 'S', dataServiceRevenue: { '2026': '8000000.00' } })],
    { awardYear: 2027, approvalDate: '2027-12-01', history, beneficiary: beneficiary({ otherDistrictSupport: [otherSupport(subjectOfOther, 'art02_2', otherAmount)] }) },
  )), 'd');

  it('earlier years: per year the largest entitlement, all that was paid; this year\'s lines count only in this year', () => {
    // History of S: 2026 二(二) entitled 800,000.00 paid 0 and 八(二) entitled 100,000.00 paid 100,000.00;
    // 2027 (an earlier batch) 八(二) entitled 80,000.00 paid 50,000.00. Other money 1,000,000.00.
    // best (2027 only) = max(二(二) 800,000.00, 八(二) 80,000.00) = 800,000.00; paid this year 50,000.00.
    // Earlier years: best 800,000.00, paid 100,000.00.
    // room = min(800,000.00 − 50,000.00, 800,000.00 + 800,000.00 − 1,000,000.00 − 100,000.00 − 50,000.00) = 450,000.00.
    const line = year2027([
      paidLine('art02_2', 'S', 2026, '800000.00', '0.00'),
      paidLine('art08_2', 'S', 2026, '100000.00', '100000.00'),
      paidLine('art08_2', 'S', 2027, '80000.00', '50000.00'),
    ], '1000000.00');
    expect(line).toMatchObject({ status: 'reduced', net: '450000.00' });
    expect(line.adjustments).toStrictEqual([{ code: 'overlap', rule: 'art09_1', before: '800000.00', after: '450000.00', group: 'OG4', other: '1000000.00', room: '450000.00' }]);
  });

  it('what was paid this year bounds the room when the other money is small', () => {
    // Same history, other money 100,000.00: min(800,000.00 − 50,000.00, 800,000.00 + 800,000.00 − 100,000.00 −
    // 100,000.00 − 50,000.00 = 1,350,000.00) = 750,000.00.
    const line = year2027([
      paidLine('art02_2', 'S', 2026, '800000.00', '0.00'),
      paidLine('art08_2', 'S', 2026, '100000.00', '100000.00'),
      paidLine('art08_2', 'S', 2027, '80000.00', '50000.00'),
    ], '100000.00');
    expect(line).toMatchObject({ status: 'reduced', net: '750000.00' });
  });

  it('another subject\'s earlier entitlement does not add to the room', () => {
    // History only for stream T: 2026 二(二) entitled 800,000.00, paid 0. For S: best 800,000.00, nothing earlier;
    // other money 300,000.00 → room min(800,000.00, 800,000.00 − 300,000.00) = 500,000.00.
    const line = year2027([paidLine('art02_2', 'T', 2026, '800000.00', '0.00')], '300000.00');
    expect(line).toMatchObject({ status: 'reduced', net: '500000.00' });
  });

  it('a non-member clause of the subject in an earlier year does not add to the room', () => {
    // S's 2026 三(二) entitled 800,000.00 (not in OG4): ignored → room 500,000.00 as above.
    const line = year2027([paidLine('art03_2', 'S', 2026, '800000.00', '0.00')], '300000.00');
    expect(line).toMatchObject({ status: 'reduced', net: '500000.00' });
  });

  it('without other money, a per-year group uses the plain room (a year that paid both clauses does not reduce it)', () => {
    // 2025: 二(二) and 八(二) for R both entitled and paid 500,000.00. 2026: 二(二) 500,000.00 on 5,000,000.00 of
    // 2025 revenue; same-year history none → room 500,000.00, paid in full.
    const history = [paidLine('art02_2', 'R', 2025, '500000.00', '500000.00'), paidLine('art08_2', 'R', 2025, '500000.00', '500000.00')];
    const r = evaluate(application([claim('art02_2', { id: 'd', subjectId: 'R' })], { history }));
    expect(lineOf(r, 'd')).toMatchObject({ status: 'paid', net: '500000.00', adjustments: [] });
  });

  it('a group that is not per year, with other money, uses the plain room', () => {
    // Reading A9.1.1 a: 二(二) is a clause of its own. History 2025 entitled 500,000.00, paid 100,000.00; other money
    // 800,000.00. best = 500,000.00 + 500,000.00 = 1,000,000.00 → room max(0, 1,000,000.00 − 800,000.00) −
    // 100,000.00 = 100,000.00.
    const history = [paidLine('art02_2', 'R', 2025, '500000.00', '100000.00')];
    const r = evaluate(application([claim('art02_2', { id: 'd', subjectId: 'R' })], { history, beneficiary: beneficiary({ otherDistrictSupport: [otherSupport('R', 'art02_2', '800000.00')] }) }), { readings: { 'A9.1.1': 'a' } });
    expect(lineOf(r, 'd')).toMatchObject({ status: 'reduced', net: '100000.00' });
    expect(lineOf(r, 'd').adjustments).toStrictEqual([{ code: 'crossPolicy', rule: 'art09_1', before: '500000.00', after: '100000.00', other: '800000.00', room: '100000.00' }]);
  });
});

describe('九(一)① reading A9.1.1 a with other district money', () => {
  it('each clause is its own group: 四(一) takes the top-up cut, 四(二) is paid in full', () => {
    // Other money 1,000,000.00 for model M under 四(一): 四(一) 6,000,000.00 → 5,000,000.00; 四(二) 3,000,000.00 kept.
    const ben = beneficiary({ otherDistrictSupport: [otherSupport('M', 'art04_1', '1000000.00')] });
    const r = evaluate(application([claim('art04_1', { id: 'g', subjectId: 'M' }), claim('art04_2', { id: 'v', subjectId: 'M' })], { beneficiary: ben }), { readings: { 'A9.1.1': 'a' } });
    expect(lineOf(r, 'g')).toMatchObject({ status: 'reduced', net: '5000000.00' });
    expect(lineOf(r, 'g').adjustments).toStrictEqual([{ code: 'crossPolicy', rule: 'art09_1', before: '6000000.00', after: '5000000.00', other: '1000000.00', room: '5000000.00' }]);
    expect(lineOf(r, 'v')).toMatchObject({ status: 'paid', net: '3000000.00', adjustments: [] });
    expect(r.total).toBe('8000000.00');
  });
});

describe('九(一)① ladders are difference clauses: their cumulative entitlement is not the sum of the years', () => {
  it('五(一) in OG3: provincial 1,000,000.00 paid 500,000.00, then national 2,000,000.00, with other money', () => {
    // 2026 batch: national 2,000,000.00 − 500,000.00 paid = 1,500,000.00. Cumulative entitlement max(1,000,000.00,
    // 500,000.00 + 1,500,000.00) = 2,000,000.00 (not 2,500,000.00); other money 600,000.00; paid 500,000.00 →
    // room 2,000,000.00 − 600,000.00 − 500,000.00 = 900,000.00.
    const history = [paidLine('art05_1', 'P', 2025, '1000000.00', '500000.00', { tier: 'provincial' })];
    const ben = beneficiary({ otherDistrictSupport: [otherSupport('P', 'art05_1', '600000.00')] });
    const r = evaluate(application([claim('art05_1', { id: 's', subjectId: 'P', level: 'national' })], { history, beneficiary: ben, projects: [{ id: 'P', auditedInvestment: '99999999.00' }] }));
    expect(lineOf(r, 's')).toMatchObject({ status: 'reduced', net: '900000.00' });
  });

  it('五(二) under reading A5.2.5 c (other money is also a top-up deduction)', () => {
    const history = [paidLine('art05_2', 'S', 2025, '300000.00', '200000.00', { tier: 'provincialSmartWorkshop' })];
    const ben = beneficiary({ otherDistrictSupport: [otherSupport('S', 'art05_2', '100000.00')] });
    const r = evaluate(application([claim('art05_2', { id: 'w' })], { history, beneficiary: ben }), { readings: { 'A5.2.5': 'c' } });
    // 省级智能工厂 500,000.00 − 200,000.00 paid = 300,000.00. Cumulative entitlement max(300,000.00, 200,000.00 +
    // 300,000.00) = 500,000.00 (not 300,000.00 + 300,000.00); less other 100,000.00 and paid 200,000.00 → 200,000.00.
    expect(lineOf(r, 'w')).toMatchObject({ status: 'reduced', entitlement: '300000.00', net: '200000.00' });
    expect(lineOf(r, 'w').adjustments[1]).toStrictEqual({ code: 'crossPolicy', rule: 'art09_1', before: '300000.00', after: '200000.00', other: '100000.00', room: '200000.00' });
  });
});

describe('九(一)① entitlement of a plain group member counts only the subject\'s own history', () => {
  it('another stream\'s 八(二) entitlement of the same year is not this stream\'s', () => {
    // R: 二(二) 800,000.00 on 8,000,000.00; an earlier batch of 2026 gave R's 八(二) 500,000.00 (paid). T's 八(二)
    // 900,000.00 is another stream. best = max(800,000.00, 500,000.00) = 800,000.00 − 500,000.00 paid = 300,000.00.
    const history = [paidLine('art08_2', 'R', 2026, '500000.00', '500000.00'), paidLine('art08_2', 'T', 2026, '900000.00', '0.00')];
    const r = evaluate(application([claim('art02_2', { id: 'd', subjectId: 'R', dataServiceRevenue: { '2025': '8000000.00' } })], { history }));
    expect(lineOf(r, 'd')).toMatchObject({ status: 'reduced', net: '300000.00' });
  });
});
