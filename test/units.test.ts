/**
 * Units that the clause and scenario tests reach only on their happy paths: parameter checks per unit, the
 * explanation of every kind of cut in both languages, multi-year error paths.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkParameterValue, compileParameters } from '../src/edges/input/parameterValues.js';
import { explain, PARAMETERS, PolicyInputError, safeEvaluateYears } from '../src/index.js';
import { mulDivFloor, rateFromString } from '../src/core/money.js';
import { application, beneficiary, claim, evaluate, evaluateYears } from './helpers.js';

describe('parameter values are checked against their unit', () => {
  it.each([
    ['art02_2.cap', '1500000.50', true], ['art02_2.cap', '-1', false], ['art02_2.cap', 1500000, false],
    ['art02_2.rate', '0.125', true], ['art02_2.rate', '30%', false],
    ['art08_2.servedThreshold', '49', true], ['art08_2.servedThreshold', '4.5', false],
    ['art04_1.paramsThreshold', '999999999999999999999', true], ['art04_1.paramsThreshold', '1e11', false],
    ['art09_7.validityYears', '5', true], ['art09_7.validityYears', '0', false],
    ['art09_7.effectiveDate', '2024-02-29', true], ['art09_7.effectiveDate', '2025-02-29', false],
    ['art08_2.revenueComparison', 'atLeast', true], ['art08_2.revenueComparison', 'atMost', false],
    ['rounding', 'halfUp', true], ['rounding', 'ceil', false],
    ['art02_1.ratio', null, true], ['art02_2.cap', null, false],
  ])('%s = %j is valid: %s', (id, value, ok) => {
    const problem = checkParameterValue(id, value);
    expect(problem === null).toBe(ok);
    if (problem) {
      expect(problem.path).toBe(`parameters.${id}`);
      expect(problem.message.zh).toMatch(/应为|应在|不可/);
      expect(problem.message.en).toMatch(/expected|cannot/);
    }
  });

  // Every parameter has a documented range (parameters.ts rangeFor); both sides of each bound.
  it.each([
    ['art02_2.cap', '1000000000', true], ['art02_2.cap', '1000000000.01', false], ['art02_2.cap', '0', true],
    ['art02_2.rate', '1', true], ['art02_2.rate', '1.000000000001', false],
    ['art03_2.ratio', '10', true], ['art03_2.ratio', '10.01', false], ['art03_3.ratioProvincial', '0', true],
    ['art09_3.budgetScale', '1', true], ['art09_3.budgetScale', '1.0001', false], ['art09_3.budgetScale', '0', true],
    ['art08_2.servedThreshold', '1000000000', true], ['art08_2.servedThreshold', '1000000001', false],
    ['art09_7.validityYears', '1', true], ['art09_7.validityYears', '20', true], ['art09_7.validityYears', '21', false],
    ['art09_7.validityYears', '7975', false], ['art09_7.validityYears', '300000', false],
    ['art09_7.effectiveDate', '2000-01-01', true], ['art09_7.effectiveDate', '1999-12-31', false],
    ['art09_7.effectiveDate', '2099-12-31', true], ['art09_7.effectiveDate', '2100-01-01', false],
  ])('range: %s = %j is valid: %s', (id, value, ok) => {
    const problem = checkParameterValue(id, value);
    expect(problem === null).toBe(ok);
    if (problem) expect(problem).toMatchObject({ path: `parameters.${id}`, code: 'outOfRange' });
  });

  it('an out-of-range value is an input error of evaluate, never a RangeError or a silently empty window', () => {
    for (const years of ['7975', '300000']) {
      expect(() => evaluate(application([claim('art08_3')]), { parameters: { 'art09_7.validityYears': years } })).toThrow(PolicyInputError);
    }
  });

  it('a value in the document\'s words is refused with the form to write: 「150万」 → "1500000", 「inclusive」 refused', () => {
    expect(checkParameterValue('art02_2.cap', '150万')!.message.en).toContain('write "150万" as "1500000"');
    expect(checkParameterValue('art02_2.cap', '1.5亿元')!.message.en).toContain('as "150000000"');
    expect(checkParameterValue('art02_2.thresholdComparison', 'inclusive')).toMatchObject({ code: 'invalid' });
    expect(checkParameterValue('art02_2.rate', '30')!.message.en).toContain('for 30 % write "0.3"');
  });

  it('every parameter but the closed sets states its range', () => {
    for (const p of PARAMETERS) expect(p.range === undefined, p.id).toBe(p.unit === 'comparison' || p.unit === 'rounding');
  });

  it('every default value passes its own check', () => {
    for (const p of PARAMETERS) expect(checkParameterValue(p.id, p.value), p.id).toBeNull();
  });

  it('an unknown parameter is named', () => {
    expect(checkParameterValue('art02_2.caps', '1')).toMatchObject({ path: 'parameters.art02_2.caps', code: 'unknownKey' });
  });

  it('compiled parameters are cached per set of overrides and exact', () => {
    const a = compileParameters({ 'art02_2.cap': '1500000.50' });
    expect(compileParameters({ 'art02_2.cap': '1500000.50' })).toBe(a);
    expect(a.fen('art02_2.cap')).toBe(150000050);
    expect(a.rate('art02_2.rate')).toMatchObject({ num: 1, den: 10 });
    expect(a.big('art04_1.paramsThreshold')).toBe(100000000000n);
    // A parameter of another unit does not compile, and throws if forced.
    // @ts-expect-error 'art02_2.rate' is not an amount
    expect(() => a.fen('art02_2.rate')).toThrow();
    // @ts-expect-error 'art02_2.cap' is not a rate
    expect(() => a.rate('art02_2.cap')).toThrow();
  });

  it('rounding halfUp rounds a half fen up instead of flooring', () => {
    // 八(三): 50 % × 0.03 yuan = 1.5 fen: floor → 0.01, halfUp → 0.02.
    const app = application([claim('art08_3', { costBorneByHost: '0.03', totalCost: '0.03' })]);
    expect(evaluate(app).total).toBe('0.01');
    expect(evaluate(app, { parameters: { rounding: 'halfUp' } }).total).toBe('0.02');
  });
});

describe('money helpers', () => {
  it('refuses a rate with more digits than can be held exactly', () => {
    expect(() => rateFromString('0.12345678901234567')).toThrow(/too many digits/);
  });
  it('mulDivFloor agrees with exact BigInt arithmetic near 2^53', () => {
    fc.assert(fc.property(fc.integer({ min: 2 ** 40, max: 2 ** 53 - 1 }), fc.integer({ min: 1, max: 97 }), (p, c) =>
      mulDivFloor(p, 1, c) === Number(BigInt(p) / BigInt(c))));
  });
});

describe('every cut and note renders in both languages', () => {
  const results = [
    evaluate(application([claim('art02_2', { dataServiceRevenue: { '2025': '20000000.00' } })])), // cumulativeCap
    evaluate(application([claim('art04_1', { id: 'g', subjectId: 'M' }), claim('art04_2', { id: 'v', subjectId: 'M' })], {
      beneficiary: beneficiary({ otherDistrictSupport: [{ policy: 'X', subjectId: 'M', clause: 'art04_2', amount: '1.00', paidOn: '2026-01-01' }] }),
    })), // overlap with other money
    evaluate(application([claim('art08_1')], { beneficiary: beneficiary({ otherDistrictSupport: [{ policy: 'X', subjectId: 'S', clause: 'art08_1', amount: '1.00', paidOn: '2026-01-01' }] }) })), // crossPolicy
    evaluate(application([claim('art05_1', { id: 'p' }), claim('art05_1', { id: 'n', level: 'national' })], {
      history: [{ clause: 'art05_1', subjectId: 'S', awardYear: 2025, entitlement: '1.00', paid: '1.00', tier: 'provincial' }],
    })), // ladder best and not best
    evaluate(application([claim('art06_5b', { id: 'a' }), claim('art06_5b', { id: 'b', subjectId: 'T' })])), // oneTime larger in batch
    evaluate(application([claim('art06_5b')], { history: [{ clause: 'art06_5b', subjectId: 'S', awardYear: 2025, entitlement: '1000000.00', paid: '1000000.00' }] })), // oneTime already
    evaluate(application([claim('art05_3', { subjectId: 'P' })], { projects: [{ id: 'P', auditedInvestment: '1.00' }], beneficiary: beneficiary({ districtContribution: { '2025': '0.50' } }) })), // 九(四), 九(三)
    evaluate(application([claim('art08_3')]), { parameters: { 'art09_3.budgetScale': '0.5' } }),
    evaluate(application([claim('art08_3', { totalCost: '4000000.00', costBorneByHost: '4000000.00' })])), // itemCap
    evaluate(application([claim('art03_3')], { projects: [{ id: 'S', auditedInvestment: '9999999.00' }] })), // team reward
    evaluate(application([claim('art08_3')], { beneficiary: beneficiary({ rndInstitution: true }) })), // exempt
    evaluate(application([claim('art08_3')], { annualCapOverride: { decisionRef: 'D-1', reason: 'r' }, beneficiary: beneficiary({ districtContribution: { '2025': '0.00' } }) })),
    evaluate(application([claim('art08_3')], { beneficiary: beneficiary({ districtContribution: { '2025': '0.00' } }) }), { readings: { 'A9.3.1': 'b' } }),
    evaluate(application([claim('art05_3', { subjectId: 'P' })]), { readings: { 'A9.4.4': 'b' } }),
    evaluate(application([claim('art02_1')]), { parameters: { 'art02_1.ratio': '0.5' } }),
    evaluate(application([claim('art02_1')])), // indeterminate
    evaluate(application([claim('art05_3', { superiorAward: { amount: '1.00' } })])), // pending
    evaluate(application([claim('art08_3', { heldInDistrict: false, heldOn: '2025-01-01', filedAndApprovedOn: '2024-12-01' })], {
      beneficiary: beneficiary({ goodCredit: false, oneEnterpriseOnePolicy: { signedOn: '2026-01-01', similarClauses: ['art08_3'] } }),
    })),
    evaluate(application([{ id: 'r', clause: 'art09_2', subjectId: 'X', topic: 'talent' }])),
  ];
  const codes = new Set<string>();
  for (const r of results) for (const l of r.lines) for (const x of [...l.adjustments, ...l.reasons, ...l.notes]) codes.add(x.code);

  it('the corpus reaches every code', () => {
    expect([...codes].sort()).toEqual([
      'annualCap', 'annualCapExceeded', 'annualCapExempt', 'annualCapOverridden', 'auditedInvestment', 'auditedInvestmentNotApplied',
      'budgetScale', 'conditions', 'crossPolicy', 'cumulativeCap', 'indeterminate', 'indeterminateRatioSupplied', 'itemCap', 'ladder',
      'oneEnterpriseOnePolicy', 'oneTime', 'overlap', 'pending', 'referral', 'scope', 'teamReward', 'window',
    ]);
  });

  it.each(results.map((r, i) => [i, r] as const))('result %i: one sentence per element, no raw codes or floats', (_i, r) => {
    for (const lang of ['zh', 'en'] as const) {
      const text = explain(r, lang);
      const elements = r.lines.reduce((n, l) => n + 1 + l.adjustments.length + l.reasons.length + l.notes.length, 1 + r.notes.length);
      expect(text).toHaveLength(elements);
      for (const s of text) {
        expect(s).not.toMatch(/undefined|NaN|\[object|\d\.\d{3,}/);
      }
    }
    expect(explain(r, 'zh').join('')).toMatch(/元/);
  });
});

describe('multi-year input errors', () => {
  it('names the year of a bad claim, keeps beneficiary paths, and lists a repeated problem once', () => {
    const bad = beneficiary({ otherDistrictSupport: [{ policy: 'X', subjectId: 'S', clause: 'art08_1', amount: '1.00', paidOn: '2027-06-01' }] });
    const out = safeEvaluateYears({
      beneficiary: bad,
      history: [{ clause: 'art08_3', subjectId: 'S', awardYear: 2026, entitlement: '1.00', paid: '2.00' }],
      years: [
        { awardYear: 2026, approvalDate: '2026-12-01', claims: [claim('art08_3', { totalCost: '1.00', costBorneByHost: '2.00' })] },
        { awardYear: 2027, approvalDate: '2027-12-01', claims: [] },
      ],
    });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.error).toBeInstanceOf(PolicyInputError);
    expect(out.error.issues.map((i) => i.path)).toEqual(['beneficiary.otherDistrictSupport[0].paidOn', 'years[0].claims[0].costBorneByHost', 'history[0].paid']);
  });

  it('a valid multi-year input returns every year', () => {
    expect(evaluateYears({ beneficiary: beneficiary(), years: [{ awardYear: 2026, approvalDate: '2026-12-01', claims: [claim('art08_3')] }] }).total).toBe('400000.00');
  });
});
