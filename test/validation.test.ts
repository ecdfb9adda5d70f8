/**
 * Bad input: one error listing every problem, each naming its path and what was expected in Chinese and English,
 * and no result. The library never throws anything else on bad input.
 */
import { describe, expect, it } from 'vitest';
import { clawback, evaluate, evaluateYears, PolicyInputError, safeEvaluate } from '../src/index.js';
import { application, beneficiary, claim } from './helpers.js';

function issuesOf(input: unknown, options?: Parameters<typeof evaluate>[1]) {
  const out = safeEvaluate(input, options);
  if (out.ok) throw new Error('expected an input error');
  expect(out.error).toBeInstanceOf(PolicyInputError);
  for (const i of out.error.issues) {
    expect(i.message.zh.length).toBeGreaterThan(1);
    expect(i.message.en.length).toBeGreaterThan(1);
  }
  return out.error.issues;
}

const paths = (input: unknown, options?: Parameters<typeof evaluate>[1]) => issuesOf(input, options).map((i) => i.path);

describe('bad input', () => {
  it.each([
    ['null', null],
    ['a string', 'hello'],
    ['a number', 42],
    ['an array', []],
    ['an empty object', {}],
  ])('%s gets an input error, not a crash', (_name, input) => {
    expect(issuesOf(input).length).toBeGreaterThan(0);
  });

  it('unknown claim kinds are named', () => {
    const issues = issuesOf(application([{ id: 'x', clause: 'art99_9', subjectId: 'S' }]));
    expect(issues[0]!.path).toBe('claims[0].clause');
    expect(issues[0]!.message.en).toMatch(/known clause id/);
    expect(issues[0]!.message.zh).toMatch(/条款编号/);
  });

  it.each([
    ['negative', '-1.00'],
    ['three decimals', '1.005'],
    ['not a number', 'abc'],
    ['NaN', 'NaN'],
    ['Infinity', 'Infinity'],
    ['exponent', '1e6'],
    ['thousands separator', '1,000.00'],
    ['empty', ''],
  ])('an amount that is %s is refused with its path', (_name, amount) => {
    const issues = issuesOf(application([claim('art08_3', { totalCost: amount })]));
    expect(issues.map((i) => i.path)).toContain('claims[0].totalCost');
    expect(issues.find((i) => i.path === 'claims[0].totalCost')!.message.en).toMatch(/yuan/);
  });

  it.each([[Number.NaN], [Number.POSITIVE_INFINITY], [1000000], [-5]])('an amount given as the JS number %s is refused', (amount) => {
    expect(paths(application([claim('art08_3', { totalCost: amount })]))).toContain('claims[0].totalCost');
  });

  it.each(['2026-02-30', '2026-13-01', '2026-2-1', '2025-02-29', '20260301', '2026-03-01T00:00:00Z'])('the impossible date %s is refused', (date) => {
    const issues = issuesOf(application([claim('art08_3', { heldOn: date })]));
    expect(issues.map((i) => i.path)).toContain('claims[0].heldOn');
    expect(issues.find((i) => i.path === 'claims[0].heldOn')!.message.en).toMatch(/calendar date/);
  });

  it('2028-02-29 is a real date', () => {
    expect(safeEvaluate(application([claim('art08_3', { heldOn: '2028-02-29', filedAndApprovedOn: '2028-01-01' })], { awardYear: 2028, approvalDate: '2028-12-01' })).ok).toBe(true);
  });

  it('an award year before the policy took effect is refused', () => {
    expect(paths(application([], { awardYear: 2024, approvalDate: '2024-12-01' }))).toContain('awardYear');
  });

  it('an approval date outside the award year is refused', () => {
    expect(paths(application([], { approvalDate: '2027-01-01' }))).toContain('approvalDate');
  });

  it('a fact dated after the approval date is refused', () => {
    expect(paths(application([claim('art08_3', { heldOn: '2026-12-02', filedAndApprovedOn: '2026-01-01' })]))).toContain('claims[0].heldOn');
  });

  it('a payment dated before it was awarded is refused', () => {
    const history = [{ clause: 'art08_3', subjectId: 'S', awardYear: 2026, entitlement: '1.00', paid: '1.00', paidOn: '2025-12-31' }];
    expect(paths(application([], { history }))).toContain('history[0].paidOn');
  });

  it('paid above entitlement, refunded above paid, and an earlier payment from a later year are refused', () => {
    const history = [
      { clause: 'art08_3', subjectId: 'S', awardYear: 2026, entitlement: '1.00', paid: '2.00' },
      { clause: 'art08_3', subjectId: 'S', awardYear: 2025, entitlement: '2.00', paid: '1.00', refunded: '1.50' },
      { clause: 'art08_3', subjectId: 'S', awardYear: 2027, entitlement: '2.00', paid: '1.00' },
    ];
    expect(paths(application([], { history }))).toEqual(['history[0].paid', 'history[1].refunded', 'history[2].awardYear']);
  });

  it('duplicate claim ids and project ids are refused', () => {
    const p = paths(application([claim('art08_3'), claim('art08_1')], { projects: [{ id: 'P' }, { id: 'P' }] }));
    expect(p).toEqual(['claims[1].id', 'projects[1].id']);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('the key %s is refused anywhere', (key) => {
    const app = JSON.parse(JSON.stringify(application([claim('art08_3')])).replace('"heldInDistrict"', `"${key}":{"x":1},"heldInDistrict"`));
    expect(paths(app)).toEqual([`claims[0].${key}`]);
  });

  it('unknown fields are refused, not ignored', () => {
    expect(paths(application([claim('art08_3', { totallCost: '1.00' })]))).toEqual(['claims[0].totallCost']);
    expect(paths(application([], { beneficiary: beneficiary({ nmae: 'x' }) }))).toEqual(['beneficiary.nmae']);
  });

  it('missing required fields are named', () => {
    const c = claim('art08_3');
    delete c.heldOn;
    const issues = issuesOf(application([c]));
    expect(issues.map((i) => i.path)).toEqual(['claims[0].heldOn']);
    expect(issues[0]!.message.en).toMatch(/calendar date/);
  });

  it('lists every problem at once', () => {
    const issues = issuesOf(application([claim('art08_3', { totalCost: '-1', heldOn: '2026-02-30' }), claim('art06_5b', { previouslyIncluded: 'no' })]));
    expect(issues.map((i) => i.path).sort()).toEqual(['claims[0].heldOn', 'claims[0].totalCost', 'claims[1].previouslyIncluded']);
  });

  it('unknown readings, bad reading options and bad parameter values are named', () => {
    expect(paths(application([]), { readings: { 'A9.9.9': 'a' } })).toEqual(['readings.A9.9.9']);
    expect(paths(application([]), { readings: { 'A9.3.2': 'z' } })).toEqual(['readings.A9.3.2']);
    expect(paths(application([]), { parameters: { 'art02_2.cap': '1e6' } })).toEqual(['parameters.art02_2.cap']);
    expect(paths(application([]), { parameters: { 'art02_2.nope': '1' } })).toEqual(['parameters.art02_2.nope']);
  });

  it('evaluate throws the same PolicyInputError that safeEvaluate returns', () => {
    expect(() => evaluate(null)).toThrow(PolicyInputError);
    expect(() => evaluateYears({ beneficiary: beneficiary(), years: [] })).toThrow(PolicyInputError);
    expect(() => clawback({ beneficiaryId: 'B', history: 'x', finding: {} })).toThrow(PolicyInputError);
  });

  it('the error message carries every path in both languages', () => {
    try {
      evaluate(application([claim('art08_3', { totalCost: '-1' })]));
      expect.unreachable();
    } catch (e) {
      expect((e as Error).message).toMatch(/claims\[0\]\.totalCost: 应为.*\/ expected/);
    }
  });
});
