/**
 * The order of the cross-cutting rules (register §9.1) and the three worked examples of §9.2 that show why the
 * order matters: reordering the pipeline changes money. Then the pipeline's performance shortcut
 * (each stage's own `idle` test, in the stage's file; Stage.idle): a stage that has nothing to do for an application is not run, and a
 * stage that has something to do always is. The result is the same either way (test/properties/invariants.test.ts
 * checks that on random applications); here, on one application per case, which stages run is pinned, so a
 * shortcut that stops skipping (slower) or skips wrongly (wrong money) is caught.
 */
import { describe, expect, it } from 'vitest';
import { PIPELINE, type StageContext, type WorkLine } from '../../src/index.js';
import { runPipeline } from '../../src/constraints/pipeline.js';
import { evaluateWith } from '../../src/edges/api.js';
import type { EvaluateOptions } from '../../src/edges/input/validate.js';
import { application, beneficiary, bigProject, claim, lineOf, type Json, evaluate } from '../helpers.js';
import { ART02_2_USED_UP, ART03_2_USED_UP, threeProjects } from './support.js';

type MutableStage = { name: string; run: (typeof PIPELINE)[number]['run'] };

/** Wraps every stage's run to record its name while `body` runs; restores the stages after. */
function recording<T>(body: (ran: Set<string>, stages: MutableStage[]) => T): { ran: Set<string>; value: T } {
  const ran = new Set<string>();
  const stages = PIPELINE as unknown as MutableStage[];
  const originals = stages.map((s) => s.run);
  stages.forEach((s, i) => {
    s.run = (lines, ctx) => {
      ran.add(s.name);
      return originals[i]!(lines, ctx);
    };
  });
  try {
    return { ran, value: body(ran, stages) };
  } finally {
    stages.forEach((s, i) => {
      s.run = originals[i]!;
    });
  }
}

/** The names of the stages that ran while evaluating `input`; the result is checked against the slow path. */
function stagesRun(input: Json, options?: EvaluateOptions): Set<string> {
  const { ran, value } = recording(() => evaluate(input, options));
  expect(evaluateWith(input, options, { fast: false, skipUnchanged: false })).toStrictEqual(value);
  return ran;
}

const sorted = (ran: Set<string>): string[] => [...ran].sort();

/** An application whose project S has a large audited investment. */
const plain = (claims: Json[], overrides: Json = {}) => application(claims, { projects: [bigProject()], ...overrides });

/** A 三(二) claim dated before the window (2025-07-01): ineligible by 九(七), but it keeps its caps and project. */
const art03_2Early = () => claim('art03_2', { recognizedOn: '2025-01-10', provincialFunding: { amount: '800000.00', receivedOn: '2025-03-01' } });

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

describe('PIPELINE (register §9.1): each stage\'s step, rule and name; runPipeline\'s default', () => {
  it('lists step, rule and name of every stage in §9.1 order', () => {
    expect(PIPELINE.map(({ step, rule, name }) => ({ step, rule, name }))).toStrictEqual([
      { step: '1', rule: 'art01', name: 'scope' },
      { step: '2a', rule: 'art09_7', name: 'validity' },
      { step: '2b', rule: 'art09_2', name: 'routing' },
      { step: '2c', rule: 'art09_1', name: 'oneEnterpriseOnePolicy' },
      { step: '3.2', rule: 'clause', name: 'itemCaps' },
      { step: '3.3', rule: 'clause', name: 'subjectCaps' },
      { step: '3.3', rule: 'clause', name: 'laddersAndOneTime' },
      { step: '3.4', rule: 'clause', name: 'beneficiaryYearCaps' },
      { step: '3.5', rule: 'clause', name: 'lifetimeCaps' },
      { step: '3', rule: 'clause', name: 'entitlement' },
      { step: '3.6', rule: 'art06_3', name: 'uplift' },
      { step: '4', rule: 'art09_1', name: 'overlap' },
      { step: '5', rule: 'art09_4', name: 'auditedInvestment' },
      { step: '6', rule: 'art09_3', name: 'annualCap' },
      { step: '7', rule: 'art09_3', name: 'budgetControl' },
    ]);
  });

  it('runPipeline skips unchanged stages by default (no third argument)', () => {
    // Capture a real context from one evaluation, then run the pipeline on no lines with the default.
    let ctx: StageContext | undefined;
    const scope = PIPELINE.find((s) => s.name === 'entitlement') as unknown as MutableStage;
    const original = scope.run;
    scope.run = (lines, c) => {
      ctx = c;
      return original(lines, c);
    };
    try {
      evaluate(threeProjects([claim('art08_3')]));
    } finally {
      scope.run = original;
    }
    const empty: readonly WorkLine[] = [];
    const byDefault = recording(() => runPipeline(empty, ctx!));
    // No lines: only the stages without a skip test (entitlement) run; every skip test passes on [].
    expect([...byDefault.ran].sort()).toStrictEqual(['entitlement']);
    const all = recording(() => runPipeline(empty, ctx!, false));
    expect(all.ran.size).toBe(PIPELINE.length);
  });
});

describe('Stage.idle: which stages run, one input each', () => {
  it('九(七): a line with no qualifying date (六(三) before the uplift) does not make validity run', () => {
    expect(sorted(stagesRun(threeProjects([claim('art05_3'), claim('art06_3')])))).toStrictEqual(['annualCap', 'auditedInvestment', 'entitlement', 'uplift']);
  });

  it('cumulative caps: a line already out (九(七)) does not share its key with the open one', () => {
    // Two 三(二) lines for product S, one outside the window: the open one is alone under both keys.
    expect(sorted(stagesRun(threeProjects([art03_2Early(), claim('art03_2', { id: 'd' })])))).toStrictEqual(['annualCap', 'auditedInvestment', 'entitlement', 'validity']);
  });

  it('one-time awards: a line already out (九(七)) does not share its key with the open one', () => {
    expect(sorted(stagesRun(threeProjects([claim('art04_1', { evaluatedOn: '2025-03-01' }), claim('art04_1', { id: 'd' })])))).toStrictEqual(['annualCap', 'entitlement', 'overlap', 'validity']);
  });

  it('cumulative caps: a line exactly at its room (三(二) 3,000,000.00 = product cap) skips subjectCaps', () => {
    expect(sorted(stagesRun(threeProjects([claim('art03_2', { provincialFunding: { amount: '3000000.00', receivedOn: '2026-03-01' } })])))).toStrictEqual(['annualCap', 'auditedInvestment', 'entitlement']);
  });

  it('ladders: a line at 0 with something received before has nothing to subtract (五(一) amount set to 0)', () => {
    const before = [{ clause: 'art05_1', subjectId: 'S', awardYear: 2025, entitlement: '500000.00', paid: '500000.00', tier: 'provincial' }];
    expect(sorted(stagesRun(threeProjects([claim('art05_1')], { history: before }), { parameters: { 'art05_1.provincial': '0' } }))).toStrictEqual(['entitlement']);
  });

  it('item caps: a lone ladder line (五(二)) with no item cap over it skips itemCaps', () => {
    expect(sorted(stagesRun(threeProjects([claim('art05_2')])))).toStrictEqual(['annualCap', 'entitlement']);
  });

  it('就高 / 九(四) / 九(三): an ineligible line in an overlap group with a project runs none of them', () => {
    expect(sorted(stagesRun(threeProjects([claim('art02_2', { recognized: false })])))).toStrictEqual(['entitlement']);
    expect(sorted(stagesRun(threeProjects([art03_2Early()])))).toStrictEqual(['entitlement', 'validity']);
  });

  it('就高 / 九(三): an open line at 0 (二(二) year cap used up) runs neither', () => {
    expect(sorted(stagesRun(threeProjects([claim('art02_2')], { history: ART02_2_USED_UP })))).toStrictEqual(['beneficiaryYearCaps', 'entitlement']);
  });

  it('九(四): an open line at 0 with a project (三(二) product cap used up) does not run it', () => {
    expect(sorted(stagesRun(threeProjects([claim('art03_2')], { history: ART03_2_USED_UP })))).toStrictEqual(['entitlement', 'subjectCaps']);
  });
});

describe('Stage.idle: stages that have nothing to do are skipped; the others run', () => {
  it('a lone 八(三) event under its cap runs only what it needs', () => {
    expect(sorted(stagesRun(plain([claim('art08_3')])))).toStrictEqual(['annualCap', 'entitlement']);
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
