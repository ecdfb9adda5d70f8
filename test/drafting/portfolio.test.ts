/**
 * The sample portfolio (synthetic, from a committed deterministic generator) and portfolio evaluation: the same
 * results as evaluateYears, incremental runs equal to full runs for every parameter and every reading, switched-off
 * lines, and whole-portfolio validation.
 */
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { generatePortfolio, portfolioFileText, SYNTHETIC_MARK } from '../../scripts/generate-portfolio.js';
import { PolicyInputError } from '../../src/edges/input/errors.js';
import { AWARD_LINES } from '../../src/policy/ids.js';

import { PARAMETERS, READINGS, type ParameterDef } from '../../src/policy/catalogue.js';
import type { EvaluationResult } from '../../src/engine/result.js';
import { evaluatePortfolio, preparePortfolio, readIds, type PortfolioRun } from '../../src/tools/drafting/portfolio.js';
import { BASELINE_REFORM, validateReform } from '../../src/tools/drafting/reform.js';
import { evaluateYears } from '../helpers.js';

const fileText = readFileSync(new URL('../../fixtures/portfolio/portfolio.json', import.meta.url), 'utf8');
const raw = JSON.parse(fileText) as { beneficiary: { id: string; name: string }; years: { awardYear: number }[] }[];
const prepared = preparePortfolio(raw);
const base = evaluatePortfolio(prepared, BASELINE_REFORM);
const allYears = (run: PortfolioRun): EvaluationResult[] => run.runs.flatMap((r) => r.years);
const allLines = (run: PortfolioRun) => allYears(run).flatMap((y) => y.lines);

describe('the sample portfolio', () => {
  it('is exactly what the committed generator writes (deterministic, not stale)', () => {
    expect(portfolioFileText()).toBe(fileText);
    expect(generatePortfolio({ seed: 7, size: 30 })).toEqual(generatePortfolio({ seed: 7, size: 30 }));
    expect(generatePortfolio({ seed: 8, size: 30 })).not.toEqual(generatePortfolio({ seed: 7, size: 30 }));
  });

  it('is stated as synthetic, in every beneficiary and in the README', () => {
    for (const b of raw) expect(b.beneficiary.name.endsWith(SYNTHETIC_MARK)).toBe(true);
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toMatch(/fixtures\/portfolio\/portfolio\.json[^\n]*synthetic|synthetic[^\n]*fixtures\/portfolio\/portfolio\.json/);
  });

  it('holds about 200 beneficiaries over the award years 2026–2028', () => {
    expect(raw.length).toBe(200);
    const years = new Set(raw.flatMap((b) => b.years.map((y) => y.awardYear)));
    for (const y of [2026, 2027, 2028]) expect(years.has(y)).toBe(true);
    expect(new Set(raw.map((b) => b.beneficiary.id)).size).toBe(raw.length);
  });

  it('exercises every award line: each pays somewhere (二(一) once its ratio is set)', () => {
    const paid = new Set(allLines(base).filter((l) => l.status === 'paid' || l.status === 'reduced').map((l) => l.clause));
    expect(AWARD_LINES.filter((c) => !paid.has(c))).toEqual(['art02_1']);
    const withRatio = evaluatePortfolio(prepared, validateReform({ parameters: { 'art02_1.ratio': '0.5' } }), { from: base });
    expect(allLines(withRatio).some((l) => l.clause === 'art02_1' && l.status === 'paid')).toBe(true);
  });

  it('exercises every constraint', () => {
    const lines = allLines(base);
    const codes = new Set(lines.flatMap((l) => l.adjustments.map((a) => a.code)));
    for (const code of ['itemCap', 'cumulativeCap', 'ladder', 'oneTime', 'overlap', 'crossPolicy', 'auditedInvestment', 'annualCap']) {
      expect(codes.has(code as never), code).toBe(true);
    }
    const scaled = evaluatePortfolio(prepared, validateReform({ parameters: { 'art09_3.budgetScale': '0.9' } }), { from: base });
    expect(allLines(scaled).some((l) => l.adjustments.some((a) => a.code === 'budgetScale'))).toBe(true);
    const groups = new Set(lines.flatMap((l) => l.adjustments.flatMap((a) => (a.code === 'overlap' ? [a.group] : []))));
    expect([...groups].sort()).toEqual(['OG1', 'OG2', 'OG3', 'OG4']);
    const notes = new Set(lines.flatMap((l) => l.notes.map((n) => n.code)));
    expect(notes.has('annualCapExempt')).toBe(true); // R&D institutions
    expect(notes.has('annualCapOverridden')).toBe(true); // 「原则上」 with a recorded decision
    const reasons = new Set(lines.flatMap((l) => l.reasons.map((r) => r.code)));
    for (const r of ['scope', 'conditions', 'window', 'oneEnterpriseOnePolicy', 'referral', 'indeterminate', 'pending']) expect(reasons.has(r as never), r).toBe(true);
    expect(new Set(lines.filter((l) => l.status === 'referral').map((l) => l.clause))).toEqual(new Set(['art06_1', 'art09_1', 'art09_2']));
  });

  it('has ladders with history: a 补差 that deducts a title paid before the portfolio\'s years', () => {
    const ladders = allLines(base).filter((l) => l.clause === 'art05_2').flatMap((l) => l.adjustments).filter((a) => a.code === 'ladder');
    expect(ladders.some((a) => a.code === 'ladder' && a.prior !== '0.00' && a.after !== '0.00')).toBe(true);
  });

  it('has the window edges: facts on the first and last day pay, the days outside do not', () => {
    const lines = allLines(base);
    const windowDates = lines.flatMap((l) => l.reasons.flatMap((r) => (r.code === 'window' ? [r.date] : [])));
    expect(windowDates).toContain('2025-06-30');
    expect(windowDates).toContain('2028-07-01');
    const paidOn = new Set(lines.filter((l) => l.status === 'paid').map((l) => l.qualifyingDate));
    expect(paidOn.has('2025-07-01')).toBe(true);
    expect(paidOn.has('2028-06-30')).toBe(true);
  });

  it('has thresholds exactly at the text\'s numbers (300万元, 50家, 千亿, 百亿)', () => {
    const claims = raw.flatMap((b) => (b as unknown as { years: { claims: Record<string, unknown>[] }[] }).years.flatMap((y) => y.claims));
    expect(claims.some((c) => c.clause === 'art02_2' && Object.values(c.dataServiceRevenue as object).includes('3000000.00'))).toBe(true);
    expect(claims.some((c) => c.clause === 'art08_2' && Object.values(c.serviceRevenue as object).includes('3000000.00'))).toBe(true);
    expect(claims.some((c) => c.clause === 'art08_2' && Object.values(c.servedEnterprises as object).includes(50))).toBe(true);
    expect(claims.some((c) => c.clause === 'art04_1' && c.deployedParams === '100000000000')).toBe(true);
    expect(claims.some((c) => c.clause === 'art04_2' && c.deployedParams === '10000000000')).toBe(true);
  });
});

describe('evaluating a portfolio', () => {
  it('gives, for every beneficiary, what evaluateYears gives', () => {
    raw.forEach((b, i) => {
      const expected = evaluateYears(b);
      expect(base.runs[i]!.years).toEqual(expected.years);
      expect(base.runs[i]!.totalFen).toBe(Math.round(Number(expected.total) * 100));
    });
  });

  it('and under a reform, what evaluateYears gives with the reform\'s options', () => {
    const reform = validateReform({ parameters: { 'art02_2.cap': '2000000' }, readings: { 'A9.3.1': 'b', 'A4.3.2': 'b' } });
    const run = evaluatePortfolio(prepared, reform, { from: base });
    raw.forEach((b, i) => expect(run.runs[i]!.years).toEqual(evaluateYears(b, { parameters: reform.parameters, readings: reform.readings }).years));
    expect(run.evaluated).toBeLessThan(raw.length);
  });

  /** A value different from the default, of the right unit. */
  const changed = (d: ParameterDef): string => {
    switch (d.unit) {
      case 'yuan': return String((BigInt(d.value!) * 2n) / 3n);
      case 'rate': return d.value === null ? '0.5' : d.id === 'art09_3.budgetScale' ? '0.9' : String(Number(d.value) * 0.8).slice(0, 8);
      case 'count': return String(Number(d.value) + 1);
      case 'modelParams': return String(BigInt(d.value!) * 2n);
      case 'date': return '2025-06-30';
      case 'years': return '2';
      case 'comparison': return d.value === 'atLeast' ? 'moreThan' : 'atLeast';
      case 'rounding': return 'halfUp';
    }
  };
  const scenarios = [
    ...PARAMETERS.map((d) => [`parameter ${d.id}`, { parameters: { [d.id]: changed(d) } }] as const),
    ...READINGS.flatMap((r) => Object.keys(r.options).filter((o) => o !== r.default).map((o) => [`reading ${r.id}=${o}`, { readings: { [r.id]: o } }] as const)),
    ['lines art04_1 and art05_3 switched off', { disabledLines: ['art04_1', 'art05_3'] }] as const,
  ];

  it.each(scenarios)('reusing unaffected results gives the full evaluation: %s', (_label, data) => {
    const reform = validateReform(data);
    const incremental = evaluatePortfolio(prepared, reform, { from: base });
    const full = evaluatePortfolio(prepared, reform);
    expect(full.evaluated).toBe(raw.length);
    expect(incremental.totalFen).toBe(full.totalFen);
    expect(isDeepStrictEqual(incremental.runs.map((r) => r.years), full.runs.map((r) => r.years))).toBe(true);
  });

  it('records what each evaluation read, so that an unrelated change re-evaluates nobody', () => {
    const reads = readIds(base.runs[0]!.reads);
    expect(reads.params).toContain('art09_7.effectiveDate');
    expect(reads.readings.length).toBeGreaterThan(0);
    const unrelated = evaluatePortfolio(prepared, validateReform({ readings: { 'A9.5.1': 'b' } }), { from: base });
    expect(unrelated.evaluated).toBe(0); // 九(五)'s refund scope plays no part in an evaluation
    expect(unrelated.runs[0]!.years[0]!.readings['A9.5.1']).toBe('b');
    expect(unrelated.runs[0]!.years[0]!.fingerprint).not.toEqual(base.runs[0]!.years[0]!.fingerprint);
  });

  it('a switched-off line is taken out of the input: it takes no part in 就高不重复 and its base is gone', () => {
    const run = evaluatePortfolio(prepared, validateReform({ disabledLines: ['art04_1', 'art05_3'] }), { from: base });
    const lines = allLines(run);
    expect(lines.some((l) => l.clause === 'art04_1' || l.clause === 'art05_3')).toBe(false);
    // 四(二) for the same model no longer loses the 就高 comparison to 四(一).
    const og1 = (r: PortfolioRun) => allLines(r).filter((l) => l.clause === 'art04_2').reduce((n, l) => n + Number(l.net), 0);
    expect(og1(run)).toBeGreaterThan(og1(base));
    // 六(三) builds on 五(三): without it, the uplift has no base.
    expect(lines.filter((l) => l.clause === 'art06_3').every((l) => l.status === 'ineligible' || l.status === 'pending')).toBe(true);
    const removed = [...run.switchedOff.values()].flatMap((m) => [...m.values()].flat());
    expect(removed.length).toBe(allLines(base).filter((l) => l.clause === 'art04_1' || l.clause === 'art05_3').length);
  });
});

describe('a portfolio that is not valid', () => {
  it('is refused as a whole, every problem with its path under portfolio[i]', () => {
    const bad = structuredClone(raw.slice(0, 3)) as unknown as Record<string, unknown>[];
    (bad[1]!.beneficiary as Record<string, unknown>).legalForm = 'company';
    bad[2]!.beneficiary = { ...(bad[0]!.beneficiary as object) };
    try {
      preparePortfolio(bad);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PolicyInputError);
      expect((e as PolicyInputError).issues.map((i) => i.path)).toEqual(['portfolio[1].beneficiary.legalForm', 'portfolio[2].beneficiary.id']);
    }
  });

  it('must be a non-empty list', () => {
    expect(() => preparePortfolio({ beneficiaries: [] })).toThrow(/expected a list of multi-year inputs \(\[\{ beneficiary, history\?, years \}\]\), not an object \{"beneficiaries":\[\]\}/);
    expect(() => preparePortfolio([])).toThrow(/1 to/);
  });

  it('is refused when a reform makes a year invalid (an effective date after the award year), with no result', () => {
    try {
      evaluatePortfolio(prepared, validateReform({ parameters: { 'art09_7.effectiveDate': '2027-01-01' } }), { from: base });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PolicyInputError);
      const issues = (e as PolicyInputError).issues;
      expect(issues.length).toBeGreaterThan(10);
      expect(issues[0]!.path).toMatch(/^portfolio\[\d+\]\.years\[\d+\]\.awardYear$/);
      expect(issues[0]!.message.en).toMatch(/before the policy took effect/);
    }
  });
});
