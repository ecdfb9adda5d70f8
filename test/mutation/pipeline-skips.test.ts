/**
 * The pipeline's performance shortcut (src/constraints/pipeline.ts `UNCHANGED`): a stage that has nothing to do
 * for an application is not run, and a stage that has something to do always is. The result is the same either
 * way (test/properties/invariants.test.ts checks that on random applications); here, on one application per
 * case, which stages run is pinned, so a shortcut that stops skipping (slower) or skips wrongly (wrong money) is
 * caught.
 */
import { describe, expect, it } from 'vitest';
import { PIPELINE } from '../../src/index.js';
import { evaluateWith } from '../../src/edges/api.js';
import type { EvaluateOptions } from '../../src/edges/input/validate.js';
import { application, beneficiary, bigProject, claim, type Json, evaluate } from '../helpers.js';

/** The names of the stages that ran while evaluating `input`. */
function stagesRun(input: Json, options?: EvaluateOptions): Set<string> {
  const ran = new Set<string>();
  const stages = PIPELINE as unknown as { name: string; run: (typeof PIPELINE)[number]['run'] }[];
  const originals = stages.map((s) => s.run);
  stages.forEach((s, i) => {
    s.run = (lines, ctx) => {
      ran.add(s.name);
      return originals[i]!(lines, ctx);
    };
  });
  let fast;
  try {
    fast = evaluate(input, options);
  } finally {
    stages.forEach((s, i) => {
      s.run = originals[i]!;
    });
  }
  expect(evaluateWith(input, options, { fast: false, skipUnchanged: false })).toStrictEqual(fast);
  return ran;
}

const plain = (claims: Json[], overrides: Json = {}) => application(claims, { projects: [bigProject()], ...overrides });

describe('stages that have nothing to do are skipped; the others run', () => {
  it('a lone 八(三) event under its cap runs only what it needs', () => {
    expect([...stagesRun(plain([claim('art08_3')]))].sort()).toStrictEqual(['annualCap', 'entitlement']);
  });

  it('一: runs when a gate fails or the beneficiary names no field', () => {
    expect(stagesRun(plain([claim('art08_3')], { beneficiary: beneficiary({ goodCredit: false }) })).has('scope')).toBe(true);
    expect(stagesRun(plain([claim('art08_3')], { beneficiary: beneficiary({ mainBusinessFields: [] }) })).has('scope')).toBe(true);
    expect(stagesRun(plain([claim('art08_3')])).has('scope')).toBe(false);
  });

  it('九(七): runs when a date falls outside the window', () => {
    expect(stagesRun(plain([claim('art08_3', { heldOn: '2025-06-30', filedAndApprovedOn: '2025-06-01' })])).has('validity')).toBe(true);
    expect(stagesRun(plain([claim('art08_3', { heldOn: '2025-07-01', filedAndApprovedOn: '2025-06-01' })])).has('validity')).toBe(false);
    expect(stagesRun(plain([claim('art08_3')], { applicationDate: '2028-07-01', approvalDate: '2028-12-01', awardYear: 2028 }), { readings: { 'A9.7.3': 'b' } }).has('validity')).toBe(true);
  });

  it('routing: runs for a referral item only', () => {
    expect(stagesRun(plain([claim('art08_3'), { id: 'r', clause: 'art09_2', subjectId: 'S', topic: 'talent' }])).has('routing')).toBe(true);
    expect(stagesRun(plain([claim('art08_3')])).has('routing')).toBe(false);
  });

  it('一企一策: runs when an agreement is recorded', () => {
    const deal = { oneEnterpriseOnePolicy: { signedOn: '2026-01-01', similarClauses: ['art04_1'] } };
    expect(stagesRun(plain([claim('art08_3')], { beneficiary: beneficiary(deal) })).has('oneEnterpriseOnePolicy')).toBe(true);
  });

  it('item caps: run when an amount is above its cap, not when it is on it', () => {
    expect(stagesRun(plain([claim('art08_3', { totalCost: '3000000.02', costBorneByHost: '3000000.02' })])).has('itemCaps')).toBe(true);
    expect(stagesRun(plain([claim('art08_3', { totalCost: '3000000.00', costBorneByHost: '3000000.00' })])).has('itemCaps')).toBe(false);
  });

  it('cumulative caps: each runs only when a line of its kind could be over its room', () => {
    // One line per cap, within the cap and nothing paid before: nothing to cut, the stage is skipped.
    const alone = stagesRun(plain([claim('art03_2'), claim('art02_2', { id: 'd' })]));
    expect(['subjectCaps', 'beneficiaryYearCaps', 'lifetimeCaps'].filter((s) => alone.has(s))).toEqual([]);
    // Two lines under one key (two products' 三(二) share the enterprise's year cap): beneficiaryYearCaps runs.
    const shared = stagesRun(plain([claim('art03_2'), claim('art03_2', { id: 'd', subjectId: 'T' })]));
    expect(shared.has('beneficiaryYearCaps')).toBe(true);
    expect(shared.has('subjectCaps')).toBe(false);
    // Two claims for one product: subjectCaps runs.
    expect(stagesRun(plain([claim('art03_2'), claim('art03_2', { id: 'd' })])).has('subjectCaps')).toBe(true);
    // A line above its room once earlier payments count: the stage runs.
    const paid = [{ clause: 'art02_1', subjectId: 'Z', awardYear: 2025, entitlement: '999999.00', paid: '999999.00' }];
    const lifetime = stagesRun(plain([claim('art02_1')], { history: paid }), { parameters: { 'art02_1.ratio': '1' } });
    expect(lifetime.has('lifetimeCaps')).toBe(true);
    expect(stagesRun(plain([claim('art02_1')]), { parameters: { 'art02_1.ratio': '1' } }).has('lifetimeCaps')).toBe(false);
  });

  it('ladders and one-time awards: run when something was received before or two lines share a subject', () => {
    expect(stagesRun(plain([claim('art05_2')])).has('laddersAndOneTime')).toBe(false);
    const before = [{ clause: 'art05_2', subjectId: 'X', awardYear: 2025, entitlement: '300000.00', paid: '300000.00', tier: 'provincialSmartWorkshop' }];
    expect(stagesRun(plain([claim('art05_2')], { history: before })).has('laddersAndOneTime')).toBe(true);
    expect(stagesRun(plain([claim('art04_1'), claim('art04_1', { id: 'd' })])).has('laddersAndOneTime')).toBe(true);
    const awarded = [{ clause: 'art04_1', subjectId: 'S', awardYear: 2025, entitlement: '1.00', paid: '1.00' }];
    expect(stagesRun(plain([claim('art04_1')], { history: awarded })).has('laddersAndOneTime')).toBe(true);
    expect(stagesRun(plain([claim('art04_1'), claim('art04_1', { id: 'd', subjectId: 'T' })])).has('laddersAndOneTime')).toBe(false);
  });

  it('六(三): the uplift runs when there is an uplift line', () => {
    expect(stagesRun(plain([claim('art05_3'), claim('art06_3')])).has('uplift')).toBe(true);
    expect(stagesRun(plain([claim('art05_3')])).has('uplift')).toBe(false);
  });

  it('就高: runs for an overlap group or money from another district policy', () => {
    expect(stagesRun(plain([claim('art02_2')])).has('overlap')).toBe(true);
    expect(stagesRun(plain([claim('art02_2')]), { readings: { 'A9.1.1': 'a' } }).has('overlap')).toBe(false);
    const other = beneficiary({ otherDistrictSupport: [{ policy: 'p', subjectId: 'S', clause: 'art08_3', amount: '1.00', paidOn: '2026-01-01' }] });
    expect(stagesRun(plain([claim('art08_3')], { beneficiary: other })).has('overlap')).toBe(true);
    expect(stagesRun(plain([claim('art08_3')])).has('overlap')).toBe(false);
  });

  it('九(四): runs for a line with a project', () => {
    expect(stagesRun(plain([claim('art03_2')])).has('auditedInvestment')).toBe(true);
    expect(stagesRun(plain([claim('art08_3')])).has('auditedInvestment')).toBe(false);
  });

  it('九(三): runs when a line carries money', () => {
    expect(stagesRun(plain([claim('art08_3', { hostRole: 'organizerOnly' })])).has('annualCap')).toBe(false);
    expect(stagesRun(plain([claim('art08_3')])).has('annualCap')).toBe(true);
  });

  it('budget control: runs when the factor is below 1', () => {
    expect(stagesRun(plain([claim('art08_3')]), { parameters: { 'art09_3.budgetScale': '0.9' } }).has('budgetControl')).toBe(true);
    expect(stagesRun(plain([claim('art08_3')]), { parameters: { 'art09_3.budgetScale': '1' } }).has('budgetControl')).toBe(false);
  });
});
