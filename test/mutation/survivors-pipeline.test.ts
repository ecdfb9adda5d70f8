/**
 * Surviving mutants of src/constraints/{pipeline,lines,settle,validity,budget,allocate,clauseCaps,annualCap,
 * oneEnterprise}.ts: the pipeline's list as register §9.1 orders it, the skip tests of `UNCHANGED` pinned on one
 * input each (which stages run), and the money a few sharing and window edge cases produce.
 */
import { describe, expect, it } from 'vitest';
import { PIPELINE, type StageContext, type WorkLine } from '../../src/index.js';
import { evaluateWith } from '../../src/edges/api.js';
import { runPipeline } from '../../src/constraints/pipeline.js';
import type { EvaluateOptions } from '../../src/edges/input/validate.js';
import { application, beneficiary, bigProject, claim, lineOf, type Json, evaluate } from '../helpers.js';

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

/** The names of the stages that ran while evaluating `input`, sorted; the result is checked against the slow path. */
function stagesRun(input: Json, options?: EvaluateOptions): string[] {
  const { ran, value } = recording(() => evaluate(input, options));
  expect(evaluateWith(input, options, { fast: false, skipUnchanged: false })).toStrictEqual(value);
  return [...ran].sort();
}

const plain = (claims: Json[], overrides: Json = {}) =>
  application(claims, { projects: [bigProject(), bigProject('T'), bigProject('U')], ...overrides });

/** 二(二)'s 1,000,000.00 per-year cap already used up in 2026: the line stays open with amount 0. */
const art02_2UsedUp = [{ clause: 'art02_2', subjectId: 'S', awardYear: 2026, entitlement: '1000000.00', paid: '1000000.00' }];
/** 三(二)'s 3,000,000.00 per-product cap already used up: the line (project S) stays open with amount 0. */
const art03_2UsedUp = [{ clause: 'art03_2', subjectId: 'S', awardYear: 2025, entitlement: '3000000.00', paid: '3000000.00' }];
/** A 三(二) claim dated before the window (2025-07-01): ineligible by 九(七), but it keeps its caps and project. */
const art03_2Early = () => claim('art03_2', { recognizedOn: '2025-01-10', provincialFunding: { amount: '800000.00', receivedOn: '2025-03-01' } });

describe('PIPELINE (register §9.1)', () => {
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
      evaluate(plain([claim('art08_3')]));
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

describe('which stages run (UNCHANGED), one input each', () => {
  it('九(七): a line with no qualifying date (六(三) before the uplift) does not make validity run', () => {
    expect(stagesRun(plain([claim('art05_3'), claim('art06_3')]))).toStrictEqual(['annualCap', 'auditedInvestment', 'entitlement', 'uplift']);
  });

  it('cumulative caps: a line already out (九(七)) does not share its key with the open one', () => {
    // Two 三(二) lines for product S, one outside the window: the open one is alone under both keys.
    expect(stagesRun(plain([art03_2Early(), claim('art03_2', { id: 'd' })]))).toStrictEqual(['annualCap', 'auditedInvestment', 'entitlement', 'validity']);
  });

  it('one-time awards: a line already out (九(七)) does not share its key with the open one', () => {
    expect(stagesRun(plain([claim('art04_1', { evaluatedOn: '2025-03-01' }), claim('art04_1', { id: 'd' })]))).toStrictEqual(['annualCap', 'entitlement', 'overlap', 'validity']);
  });

  it('cumulative caps: a line exactly at its room (三(二) 3,000,000.00 = product cap) skips subjectCaps', () => {
    expect(stagesRun(plain([claim('art03_2', { provincialFunding: { amount: '3000000.00', receivedOn: '2026-03-01' } })]))).toStrictEqual(['annualCap', 'auditedInvestment', 'entitlement']);
  });

  it('ladders: a line at 0 with something received before has nothing to subtract (五(一) amount set to 0)', () => {
    const before = [{ clause: 'art05_1', subjectId: 'S', awardYear: 2025, entitlement: '500000.00', paid: '500000.00', tier: 'provincial' }];
    expect(stagesRun(plain([claim('art05_1')], { history: before }), { parameters: { 'art05_1.provincial': '0' } })).toStrictEqual(['entitlement']);
  });

  it('item caps: a lone ladder line (五(二)) with no item cap over it skips itemCaps', () => {
    expect(stagesRun(plain([claim('art05_2')]))).toStrictEqual(['annualCap', 'entitlement']);
  });

  it('就高 / 九(四) / 九(三): an ineligible line in an overlap group with a project runs none of them', () => {
    expect(stagesRun(plain([claim('art02_2', { recognized: false })]))).toStrictEqual(['entitlement']);
    expect(stagesRun(plain([art03_2Early()]))).toStrictEqual(['entitlement', 'validity']);
  });

  it('就高 / 九(三): an open line at 0 (二(二) year cap used up) runs neither', () => {
    expect(stagesRun(plain([claim('art02_2')], { history: art02_2UsedUp }))).toStrictEqual(['beneficiaryYearCaps', 'entitlement']);
  });

  it('九(四): an open line at 0 with a project (三(二) product cap used up) does not run it', () => {
    expect(stagesRun(plain([claim('art03_2')], { history: art03_2UsedUp }))).toStrictEqual(['entitlement', 'subjectCaps']);
  });
});

describe('money', () => {
  it('budget control at 0.9 cuts a paying line', () => {
    // 八(三): 50 % × 800,000.00 = 400,000.00; × 0.9 = 360,000.00.
    const r = evaluate(plain([claim('art08_3')]), { parameters: { 'art09_3.budgetScale': '0.9' } });
    expect(lineOf(r)).toMatchObject({ status: 'reduced', entitlement: '400000.00', net: '360000.00' });
    expect(lineOf(r).adjustments.map((a) => a.code)).toStrictEqual(['budgetScale']);
  });

  it('三(二): the 6M year cap groups the products by enterprise, not by product', () => {
    // Three products, 9,000,000.00 each → 3,000,000.00 (product cap) → 9M for the year > 6M: 2,000,000.00 each.
    const r = evaluate(plain(['S', 'T', 'U'].map((s) => claim('art03_2', { id: s, subjectId: s, provincialFunding: { amount: '9000000.00', receivedOn: '2026-03-01' } }))));
    expect(r.lines.map((l) => [l.claimId, l.net, l.adjustments.map((a) => a.after)])).toStrictEqual([
      ['S', '2000000.00', ['3000000.00', '2000000.00']],
      ['T', '2000000.00', ['3000000.00', '2000000.00']],
      ['U', '2000000.00', ['3000000.00', '2000000.00']],
    ]);
    expect(r.total).toBe('6000000.00');
  });

  it('R7 pro rata: a member already at 0 gets none of the leftover fen', () => {
    // 三(二): product S's 3M cap used up (S open at 0); T and U 9M → 3,000,000.00 each (product cap). The year cap
    // 6,000,000.00 less 0.01 paid earlier in 2026 (product V) leaves 5,999,999.99 for S, T, U (0 + 3M + 3M):
    // floor(599,999,999 × 1/2) = 299,999,999 fen each for T and U, 1 fen left over → T (S is skipped: at 0).
    const history = [...art03_2UsedUp, { clause: 'art03_2', subjectId: 'V', awardYear: 2026, entitlement: '0.01', paid: '0.01' }];
    const big = { provincialFunding: { amount: '9000000.00', receivedOn: '2026-03-01' } };
    const r = evaluate(plain([claim('art03_2', { id: 'S' }), claim('art03_2', { id: 'T', subjectId: 'T', ...big }), claim('art03_2', { id: 'U', subjectId: 'U', ...big })], { history }));
    expect(r.lines.map((l) => [l.claimId, l.status, l.net])).toStrictEqual([
      ['S', 'zero', '0.00'],
      ['T', 'reduced', '3000000.00'],
      ['U', 'reduced', '2999999.99'],
    ]);
    expect(r.total).toBe('5999999.99');
  });

  it('九(三): an R&D institution is exempt (A9.3.4 a), with a note on the paying line only', () => {
    // Contribution 1.00 would cut 400,000.00 to 1.00; exempt, the line is paid whole. The 二(二) line at 0
    // (year cap used up) is open but carries no money, so it gets no note.
    const r = evaluate(
      plain([claim('art02_2', { id: 'z' }), claim('art08_3')], {
        beneficiary: beneficiary({ rndInstitution: true, districtContribution: { '2025': '1.00' } }),
        history: art02_2UsedUp,
      }),
      { readings: { 'A9.1.1': 'a' } },
    );
    expect(lineOf(r)).toMatchObject({ status: 'paid', net: '400000.00' });
    expect(lineOf(r).notes).toStrictEqual([{ code: 'annualCapExempt', rule: 'art09_3' }]);
    expect(lineOf(r, 'z')).toMatchObject({ status: 'zero', net: '0.00', notes: [] });
    expect(r.annualCap).toMatchObject({ exempt: true, cap: null });
  });
});

describe('九(七) anchor dates (A9.7.3)', () => {
  it('b: the application date is tested, not the approval date', () => {
    // Window 2025-07-01 … 2028-06-30: applied 2028-06-30 (inside), approved 2028-07-15 (outside) → paid.
    const r = evaluate(plain([claim('art08_3')], { applicationDate: '2028-06-30', approvalDate: '2028-07-15', awardYear: 2028 }), { readings: { 'A9.7.3': 'b' } });
    expect(lineOf(r)).toMatchObject({ status: 'paid', net: '400000.00', reasons: [] });
  });

  it('d: 八(二) (an annual clause) is tested on the application date', () => {
    // Applied 2025-06-15, before the window opens on 2025-07-01 → ineligible, with the date.
    const r = evaluate(plain([claim('art08_2')], { applicationDate: '2025-06-15' }), { readings: { 'A9.7.3': 'd' } });
    expect(lineOf(r)).toMatchObject({ status: 'ineligible', net: '0.00' });
    expect(lineOf(r).reasons).toStrictEqual([{ code: 'window', rule: 'art09_7', date: '2025-06-15', start: '2025-07-01', end: '2028-06-30' }]);
  });
});
