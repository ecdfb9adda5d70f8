/** 九(四): the audited-investment ceiling on district funding of a project with higher-level money. */
import { describe, expect, it } from 'vitest';

import { application, beneficiary, claim, lineOf, type Json, evaluate } from '../helpers.js';
import { otherSupport, paidLine } from './support.js';

const robot = (projects: unknown[], extra: Record<string, unknown> = {}) =>
  application([claim('art05_3', { id: 'm', subjectId: 'P' }), claim('art06_3', { id: 'u', subjectId: 'P' })], { projects, ...extra });

describe('art09_4 九(四) audited investment', () => {
  it('room above the lines: nothing cut', () => {
    const r = evaluate(robot([{ id: 'P', auditedInvestment: '1200000.00' }]));
    expect(lineOf(r, 'm')).toMatchObject({ status: 'paid', net: '1000000.00' });
    expect(lineOf(r, 'u')).toMatchObject({ status: 'paid', net: '200000.00' });
  });

  it('room exactly the lines: nothing cut', () => {
    expect(evaluate(robot([{ id: 'P', auditedInvestment: '1200000.00' }])).total).toBe('1200000.00');
  });

  it('room one fen short: the fen comes off pro rata (五(三) and 六(三) together, A6.3.3)', () => {
    // Target 119,999,999 fen over 100,000,000 + 20,000,000: shares floor(99,999,999.17) = 99,999,999 and
    // floor(19,999,999.83) = 19,999,999; one leftover fen → 五(三) (earlier clause).
    const r = evaluate(robot([{ id: 'P', auditedInvestment: '1199999.99' }]));
    expect(lineOf(r, 'm')).toMatchObject({ status: 'paid', net: '1000000.00' });
    expect(lineOf(r, 'u')).toMatchObject({ status: 'reduced', net: '199999.99' });
  });

  it('district money already paid to the project, under this policy and other district policies, uses up the room', () => {
    const history = [{ clause: 'art05_3', subjectId: 'P', awardYear: 2025, entitlement: '400000.00', paid: '400000.00' }];
    const ben = beneficiary({ otherDistrictSupport: [{ policy: 'X', subjectId: 'P', clause: 'art02_1', amount: '100000.00', paidOn: '2026-01-01' }] });
    // Room = 1,000,000.00 − 400,000.00 − 100,000.00 = 500,000.00, shared 5:1 → 416,666.66 + 83,333.33 + 1 fen to 五(三).
    const r = evaluate(robot([{ id: 'P', auditedInvestment: '1000000.00' }], { history, beneficiary: ben }));
    expect(lineOf(r, 'm').net).toBe('416666.67');
    expect(lineOf(r, 'u').net).toBe('83333.33');
    expect(lineOf(r, 'm').adjustments[0]).toMatchObject({ code: 'auditedInvestment', rule: 'art09_4', projectId: 'P', investment: '1000000.00', prior: '500000.00', room: '500000.00' });
  });

  it('no audited investment: pending, not paid (A9.4.4 a); under reading b the ceiling is not applied', () => {
    const r = evaluate(robot([]));
    expect(lineOf(r, 'm')).toMatchObject({ status: 'pending', net: '0.00' });
    expect(lineOf(r, 'u')).toMatchObject({ status: 'pending', net: '0.00' });
    expect(lineOf(r, 'm').reasons).toContainEqual({ code: 'pending', rule: 'art09_4', missing: 'projects[P].auditedInvestment' });
    const b = evaluate(robot([]), { readings: { 'A9.4.4': 'b' } });
    expect(lineOf(b, 'm')).toMatchObject({ status: 'paid', net: '1000000.00' });
    expect(lineOf(b, 'm').notes).toContainEqual({ code: 'auditedInvestmentNotApplied', rule: 'art09_4', projectId: 'P' });
  });

  it('recognitions that carry no money (五(一), 五(二), 六(二), 七(一), 七(二)a) never need an audit', () => {
    const r = evaluate(application(['art05_1', 'art05_2', 'art06_2', 'art07_1', 'art07_2a'].map((c, i) => claim(c, { id: `k${i}`, subjectId: `S${i}` }))));
    expect(r.lines.every((l) => l.status === 'paid')).toBe(true);
  });

  it('二(一): a municipal award does not trigger 九(四), a provincial one does (A2.1.9)', () => {
    const opts = { parameters: { 'art02_1.ratio': '0.5' } };
    expect(lineOf(evaluate(application([claim('art02_1')]), opts)).status).toBe('paid');
    expect(lineOf(evaluate(application([claim('art02_1', { superiorLevel: 'provincial' })]), opts)).status).toBe('pending');
  });

  it('reading A9.4.3 b counts the higher-level money against the investment too', () => {
    // Investment 1,500,000.00; higher-level 1,000,000.00 → room 500,000.00 for 1,200,000.00 of lines.
    const r = evaluate(robot([{ id: 'P', auditedInvestment: '1500000.00' }]), { readings: { 'A9.4.3': 'b' } });
    expect(r.total).toBe('500000.00');
  });

  it('reading A9.4.1 b applies the ceiling to R&D projects only', () => {
    const r = evaluate(robot([{ id: 'P', auditedInvestment: '1.00' }]), { readings: { 'A9.4.1': 'b' } });
    expect(r.total).toBe('1200000.00');
  });

  describe('D1: the ceiling covers every line of a project that any line or the history shows higher-level money for', () => {
    // 五(一) provincial 1,000,000.00 and 六(四)b 400,000.00 of provincial support for one project P (OG3: 五(一) is kept).
    const scenarioAndMachine = (extra: Record<string, unknown> = {}) => application([
      claim('art05_1', { id: 's', subjectId: 'P' }),
      claim('art06_4b', { id: 'm', subjectId: 'P', provincialSupport: { amount: '400000.00', receivedOn: '2026-03-01' } }),
    ], extra);

    it('五(一) beside 六(四)b: the scenario award is cut to the audited investment too', () => {
      const r = evaluate(scenarioAndMachine({ projects: [{ id: 'P', auditedInvestment: '700000.00' }] }));
      // 就高 first keeps 五(一) 1,000,000.00 (六(四)b → 0); then 九(四) cuts it to the 700,000.00 investment.
      expect(lineOf(r, 's')).toMatchObject({ status: 'reduced', net: '700000.00' });
      expect(lineOf(r, 's').adjustments.map((a) => a.code)).toEqual(['auditedInvestment']);
      expect(lineOf(r, 'm')).toMatchObject({ status: 'zero', net: '0.00' });
    });

    it('without an audited investment 五(一) is pending; D5: 六(四)b, already at 0 after 就高, stays zero', () => {
      const r = evaluate(scenarioAndMachine());
      expect(lineOf(r, 's')).toMatchObject({ status: 'pending', net: '0.00' });
      expect(lineOf(r, 's').reasons).toContainEqual({ code: 'pending', rule: 'art09_4', missing: 'projects[P].auditedInvestment' });
      expect(lineOf(r, 'm')).toMatchObject({ status: 'zero', net: '0.00' });
    });

    it('the line that shows the money need not pay: an ineligible 六(四)b still brings P under the ceiling', () => {
      const r = evaluate(application([
        claim('art05_1', { id: 's', subjectId: 'P' }),
        claim('art06_4b', { id: 'm', subjectId: 'P', selectedProvincial: false }),
      ]));
      expect(lineOf(r, 'm').status).toBe('ineligible');
      expect(lineOf(r, 's').status).toBe('pending');
    });

    it('三(一) without its own higher-level money beside 三(三) for the same project', () => {
      const r = evaluate(application([claim('art03_1', { id: 'a', subjectId: 'P' }), claim('art03_3', { id: 'b', subjectId: 'Q', projectId: 'P' })],
        { projects: [{ id: 'P', auditedInvestment: '1200000.00' }] }), { readings: { 'A9.1.1': 'a' } });
      // Both lines fund P (三(一) by its subject, 三(三) by its projectId): 1,500,000.00 + 1,000,000.00 share 1,200,000.00.
      expect(r.total).toBe('1200000.00');
      expect(lineOf(r, 'a').adjustments.map((x) => x.code)).toEqual(['auditedInvestment']);
    });

    it('the history alone can bring the project under the ceiling (an earlier 三(三) line for P)', () => {
      const history = [{ clause: 'art03_3', subjectId: 'P', awardYear: 2025, entitlement: '300000.00', paid: '300000.00' }];
      const r = evaluate(application([claim('art05_1', { id: 's', subjectId: 'P' })], { history, projects: [{ id: 'P', auditedInvestment: '1000000.00' }] }));
      // Room 1,000,000.00 − 300,000.00 paid before = 700,000.00.
      expect(lineOf(r, 's')).toMatchObject({ status: 'reduced', net: '700000.00' });
    });

    it('an earlier line of another clause states its higher-level money with superiorFunded', () => {
      const paid = { clause: 'art03_1', subjectId: 'P', awardYear: 2025, entitlement: '300000.00', paid: '300000.00' };
      expect(lineOf(evaluate(application([claim('art05_1', { id: 's', subjectId: 'P' })], { history: [paid] })), 's').status).toBe('paid');
      expect(lineOf(evaluate(application([claim('art05_1', { id: 's', subjectId: 'P' })], { history: [{ ...paid, superiorFunded: true }] })), 's').status).toBe('pending');
    });

    it('a project record with higher-level money brings it under the ceiling', () => {
      const r = evaluate(application([claim('art05_1', { id: 's', subjectId: 'P' })], { projects: [{ id: 'P', superiorFunding: '1.00', auditedInvestment: '500000.00' }] }));
      expect(lineOf(r, 's')).toMatchObject({ status: 'reduced', net: '500000.00' });
    });

    it('the audited investment may be given on any claim of the project', () => {
      const r = evaluate(application([
        claim('art05_1', { id: 's', subjectId: 'P', auditedInvestment: '600000.00' }),
        claim('art06_4b', { id: 'm', subjectId: 'P', provincialSupport: { amount: '400000.00', receivedOn: '2026-03-01' } }),
      ]));
      expect(lineOf(r, 's')).toMatchObject({ status: 'reduced', net: '600000.00' });
    });

    it('two different audited investments for one project are contradictory input', () => {
      const app = application([claim('art05_1', { id: 's', subjectId: 'P', auditedInvestment: '600000.00' })], { projects: [{ id: 'P', auditedInvestment: '700000.00' }] });
      expect(() => evaluate(app)).toThrow(/claims\[0\]\.auditedInvestment/);
    });

    it('lines of other projects are untouched', () => {
      const r = evaluate(application([
        claim('art05_1', { id: 's', subjectId: 'OTHER' }),
        claim('art06_4b', { id: 'm', subjectId: 'P', provincialSupport: { amount: '400000.00', receivedOn: '2026-03-01' } }),
      ]));
      expect(lineOf(r, 's')).toMatchObject({ status: 'paid', net: '1000000.00' });
      expect(lineOf(r, 'm').status).toBe('pending');
    });

    it('a line that funds no investment (an event, a year\'s revenue) is outside any project unless it names one', () => {
      const history = [{ clause: 'art03_3', subjectId: 'P', awardYear: 2025, entitlement: '300000.00', paid: '300000.00' }];
      const alone = evaluate(application([claim('art08_3', { id: 'e', subjectId: 'P' })], { history }));
      expect(lineOf(alone, 'e')).toMatchObject({ status: 'paid', projectId: null });
      const named = evaluate(application([claim('art08_3', { id: 'e', subjectId: 'E', projectId: 'P' })], { history }));
      expect(lineOf(named, 'e')).toMatchObject({ status: 'pending', projectId: 'P' });
    });
  });

  it('D2: other district policies\' money for the project counts, matched by its projectId (default its subject)', () => {
    const ben = beneficiary({ otherDistrictSupport: [{ policy: 'X', subjectId: 'Z', projectId: 'P', clause: 'art02_1', amount: '200000.00', paidOn: '2026-01-01' }] });
    const r = evaluate(robot([{ id: 'P', auditedInvestment: '1000000.00' }], { beneficiary: ben }));
    // Room 1,000,000.00 − 200,000.00 = 800,000.00 for 1,200,000.00.
    expect(r.total).toBe('800000.00');
  });
});

describe('art09_4 九(四): readings R7, A9.4.3 b and A9.4.1 b, and which prior money counts', () => {
  it('reading R7 clauseOrder fills the earlier clause first instead of sharing pro rata', () => {
    // Project P, investment 1,000,000.00: 三(二) 800,000.00 + 三(三) 1,000,000.00 = 1,800,000.00 > room.
    // Clause order: 三(二) keeps 800,000.00, 三(三) gets the remaining 200,000.00 (pro rata would be 444,444.45 / 555,555.55).
    const r = evaluate(application([claim('art03_2', { id: 'a', subjectId: 'P' }), claim('art03_3', { id: 'b', subjectId: 'P' })],
      { projects: [{ id: 'P', auditedInvestment: '1000000.00' }] }), { readings: { R7: 'clauseOrder' } });
    expect(lineOf(r, 'a')).toMatchObject({ status: 'paid', net: '800000.00' });
    expect(lineOf(r, 'b')).toMatchObject({ status: 'reduced', net: '200000.00' });
    expect(lineOf(r, 'b').adjustments).toStrictEqual([{ code: 'auditedInvestment', rule: 'art09_4', before: '1000000.00', after: '200000.00', projectId: 'P', investment: '1000000.00', prior: '0.00', room: '1000000.00' }]);
  });

  it('prior money counts only for the same project: history of another project and other-policy money of another subject do not', () => {
    // Investment 1,200,000.00. Prior = history of project P 100,000.00 + other policy to P 50,000.00 = 150,000.00
    // → room 1,050,000.00 ≥ 三(三) 1,000,000.00: not cut. Counting project Q's 500,000.00 or subject Q's
    // 500,000.00 would leave less than 1,000,000.00.
    const history = [
      paidLine('art04_3', 'F', 2025, '100000.00', '100000.00', { projectId: 'P' }),
      paidLine('art04_3', 'G', 2025, '500000.00', '500000.00', { projectId: 'Q' }),
    ];
    const ben = beneficiary({ otherDistrictSupport: [otherSupport('P', 'art06_5a', '50000.00'), otherSupport('Q', 'art06_5a', '500000.00')] });
    const ok = evaluate(application([claim('art03_3', { id: 'b', subjectId: 'P' })], { beneficiary: ben, history, projects: [{ id: 'P', auditedInvestment: '1200000.00' }] }));
    expect(lineOf(ok, 'b')).toMatchObject({ status: 'paid', net: '1000000.00', adjustments: [] });
    // Investment 1,100,000.00: room 950,000.00 → cut, and the adjustment shows prior 150,000.00.
    const cut = evaluate(application([claim('art03_3', { id: 'b', subjectId: 'P' })], { beneficiary: ben, history, projects: [{ id: 'P', auditedInvestment: '1100000.00' }] }));
    expect(lineOf(cut, 'b').adjustments).toStrictEqual([{ code: 'auditedInvestment', rule: 'art09_4', before: '1000000.00', after: '950000.00', projectId: 'P', investment: '1100000.00', prior: '150000.00', room: '950000.00' }]);
  });

  it('reading A9.4.3 b: the project record\'s superior funding, when given, replaces the lines\' own figures', () => {
    // 三(三) line's superior funding = its disbursements 1,000,000.00; the record says 300,000.00.
    // Investment 1,500,000.00 − 300,000.00 = 1,200,000.00 ≥ 1,000,000.00: not cut (with the line figure: 500,000.00).
    const run = (project: Json) => lineOf(evaluate(application([claim('art03_3', { id: 'b', subjectId: 'P' })], { projects: [project] }), { readings: { 'A9.4.3': 'b' } }), 'b');
    expect(run({ id: 'P', auditedInvestment: '1500000.00', superiorFunding: '300000.00' })).toMatchObject({ status: 'paid', net: '1000000.00', adjustments: [] });
    // Without the record figure the line's 1,000,000.00 counts: room 500,000.00.
    expect(run({ id: 'P', auditedInvestment: '1500000.00' })).toMatchObject({ status: 'reduced', net: '500000.00' });
  });

  it('reading A9.4.1 b: the ceiling still bounds 三(一) and 三(三) project lines (and only those)', () => {
    // Each project's investment 100,000.00: 三(一) 1,500,000.00 → 100,000.00; 三(三) 1,000,000.00 → 100,000.00;
    // 三(二) is not an R&D project line under this reading and keeps 800,000.00.
    const r = evaluate(application([
      claim('art03_1', { id: 'a', subjectId: 'P1', nationalOrProvincialFunding: true }),
      claim('art03_3', { id: 'b', subjectId: 'P2' }),
      claim('art03_2', { id: 'c', subjectId: 'P3' }),
    ], { projects: ['P1', 'P2', 'P3'].map((id) => ({ id, auditedInvestment: '100000.00' })) }), { readings: { 'A9.4.1': 'b' } });
    expect(lineOf(r, 'a')).toMatchObject({ status: 'reduced', net: '100000.00' });
    expect(lineOf(r, 'b')).toMatchObject({ status: 'reduced', net: '100000.00' });
    expect(lineOf(r, 'c')).toMatchObject({ status: 'paid', net: '800000.00' });
  });
});
