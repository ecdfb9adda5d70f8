/**
 * The impact of reforms with known effects (a cap raised, a threshold made inclusive, a reading switched, a line
 * switched off), checked against figures computed independently: by hand for small portfolios, and with
 * evaluateYears (the engine's own entry point) for the sample portfolio.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PolicyInputError } from '../../src/edges/input/errors.js';
import { AWARD_LINES } from '../../src/policy/ids.js';

import { READINGS } from '../../src/policy/catalogue.js';
import { explainLine } from '../../src/edges/explain/index.js';
import { compare, sensitivity } from '../../src/tools/drafting/compare.js';
import { BASELINE_REFORM, validateReform, type Reform } from '../../src/tools/drafting/reform.js';
import { beneficiary, claim, type Json, evaluateYears } from '../helpers.js';

/** Exact fen of a yuan string, possibly negative. */
const fen = (yuan: string): bigint => {
  const negative = yuan.startsWith('-');
  const [w, f] = yuan.replace('-', '').split('.') as [string, string];
  const v = BigInt(w) * 100n + BigInt(f);
  return negative ? -v : v;
};
const yuan = (f: bigint): string => {
  const negative = f < 0n;
  const a = negative ? -f : f;
  return `${negative ? '-' : ''}${a / 100n}.${String(a % 100n).padStart(2, '0')}`;
};
const min = (...xs: bigint[]): bigint => xs.reduce((a, b) => (b < a ? b : a));

/** One beneficiary, one award year 2026 (approved 2026-12-01). */
function single(id: string, claims: Json[], over: Json = {}, projects: Json[] = []): Json {
  return { beneficiary: beneficiary({ id, ...over }), years: [{ awardYear: 2026, approvalDate: '2026-12-01', claims, ...(projects.length ? { projects } : {}) }] };
}

const revenue = (amount: string, id = 'c'): Json => claim('art02_2', { id, dataServiceRevenue: { '2025': amount } });

describe('a cap raised: 二(二) 100万元 → 200万元', () => {
  const portfolio = [
    single('B1', [revenue('15000000.00')]),
    single('B2', [revenue('5000000.00')]),
    single('B5', [revenue('15000000.00')], { districtContribution: { '2025': '1200000.00' } }),
  ];
  const reform = validateReform({ parameters: { 'art02_2.cap': '2000000.00' } });
  const c = compare(BASELINE_REFORM, reform, portfolio);

  it('pays min(10 % × revenue, cap, contribution) under each cap', () => {
    const revenueFen = 1_500_000_000n; // 15,000,000.00 yuan
    const tenth = revenueFen / 10n;
    const b1 = [min(tenth, 100_000_000n), min(tenth, 200_000_000n)];
    const b5 = [min(tenth, 100_000_000n, 120_000_000n), min(tenth, 200_000_000n, 120_000_000n)];
    expect(c.perBeneficiary).toEqual([
      { beneficiaryId: 'B1', name: null, baseline: yuan(b1[0]!), reform: yuan(b1[1]!), delta: yuan(b1[1]! - b1[0]!) },
      { beneficiaryId: 'B2', name: null, baseline: '500000.00', reform: '500000.00', delta: '0.00' },
      { beneficiaryId: 'B5', name: null, baseline: yuan(b5[0]!), reform: yuan(b5[1]!), delta: yuan(b5[1]! - b5[0]!) },
    ]);
    expect(c.total.delta).toBe('700000.00');
    expect(c.byClause.find((x) => x.clause === 'art02_2')!.delta).toBe('700000.00');
    expect(c.byYear).toEqual([{ awardYear: 2026, baseline: '2500000.00', reform: '3200000.00', delta: '700000.00' }]);
    expect(c.counts).toEqual({ betterOff: 2, worseOff: 0, unchanged: 1 });
  });

  it('names the line where the annual cap newly binds (and the clause cap no longer does)', () => {
    expect(c.bindingChanges.map((b) => [b.beneficiaryId, b.clause, b.newlyBinding, b.noLongerBinding])).toEqual([
      ['B1', 'art02_2', [], ['cumulativeCap']],
      ['B5', 'art02_2', ['annualCap'], ['cumulativeCap']],
    ]);
    expect(c.bindingSummary).toEqual([
      { code: 'cumulativeCap', newlyBinding: 0, noLongerBinding: 2 },
      { code: 'annualCap', newlyBinding: 1, noLongerBinding: 0 },
    ]);
  });

  it('lists the largest changes first, with the engine\'s explanations of both results', () => {
    expect(c.largestChanges.map((l) => [l.beneficiaryId, l.net.delta])).toEqual([['B1', '500000.00'], ['B5', '200000.00']]);
    const [first] = c.largestChanges;
    expect(first!.explanation.baseline.zh[0]).toContain('二(二)');
    expect(first!.explanation.reform.en.join(' ')).toMatch(/1500000\.00/);
    expect(c.mostAffected.map((b) => b.beneficiaryId)).toEqual(['B1', 'B5']);
    expect(compare(BASELINE_REFORM, reform, portfolio, { top: 1 }).largestChanges).toHaveLength(1);
  });

  it('describes the change: the parameter, its title and both values as the document writes them', () => {
    expect(c.diff.parameters).toEqual([{
      id: 'art02_2.cap', title: { zh: '每个企业每年上限', en: 'Cap per enterprise per year' },
      from: '1000000', to: '2000000.00', fromText: '100万元', toText: '200万元',
    }]);
    expect(c.diff.readings).toEqual([]);
  });
});

describe('a threshold made inclusive: 八(二) 「超过300万元」 → 「300万元（含）以上」', () => {
  const at = (amount: string, id: string): Json =>
    single(id, [claim('art08_2', { serviceRevenue: { '2025': amount }, servedEnterprises: { '2025': 60 } })]);
  const c = compare(BASELINE_REFORM, validateReform({ parameters: { 'art08_2.revenueComparison': 'atLeast' } }), [
    at('3000000.00', 'EXACT'), at('2999999.99', 'BELOW'), at('3000000.01', 'ABOVE'),
  ]);

  it('pays 10 % to the platform exactly at the threshold, and nothing changes on either side', () => {
    expect(c.perBeneficiary.map((b) => [b.beneficiaryId, b.baseline, b.reform])).toEqual([
      ['EXACT', '0.00', '300000.00'],
      ['BELOW', '0.00', '0.00'],
      ['ABOVE', '300000.00', '300000.00'],
    ]);
    expect(c.statusChanges).toEqual([{ from: 'ineligible', to: 'paid', lines: 1 }]);
  });
});

describe('a reading switched: 九(三) made soft (A9.3.1 b)', () => {
  const startup = single('S', [revenue('8000000.00', 'r'), claim('art06_4a', { id: 'a', approvedAmount: '400000.00' })], {
    districtContribution: { '2025': '500000.00' },
  });
  const c = compare(BASELINE_REFORM, validateReform({ readings: { 'A9.3.1': 'b' } }), [startup]);

  it('the lines cut to the contribution are paid in full, and the annual cap no longer binds on them', () => {
    expect(c.total).toEqual({ baseline: '500000.00', reform: '1200000.00', delta: '700000.00' });
    expect(c.bindingChanges.map((b) => [b.claimId, b.noLongerBinding])).toEqual([['r', ['annualCap']], ['a', ['annualCap']]]);
    expect(c.diff.readings).toEqual([{ id: 'A9.3.1', from: 'a', to: 'b', fromLabel: READINGS.find((r) => r.id === 'A9.3.1')!.options.a, toLabel: READINGS.find((r) => r.id === 'A9.3.1')!.options.b }]);
  });
});

describe('a line switched off: 四(一)', () => {
  const model = single('M', [
    claim('art04_1', { id: 'g', subjectId: 'model' }),
    claim('art04_2', { id: 'v', subjectId: 'model' }),
  ]);
  const c = compare(BASELINE_REFORM, validateReform({ disabledLines: ['art04_1'] }), [model]);

  it('its line pays nothing and the other line of the overlap group is no longer cut by 就高不重复', () => {
    // 四(一): 30 % of 20,000,000 = 6,000,000 (cap 10,000,000); 四(二): 30 % of 10,000,000 = 3,000,000 (cap 5,000,000).
    expect(c.byClause.find((x) => x.clause === 'art04_1')).toMatchObject({ baseline: '6000000.00', reform: '0.00' });
    expect(c.byClause.find((x) => x.clause === 'art04_2')).toMatchObject({ baseline: '0.00', reform: '3000000.00' });
    expect(c.total.delta).toBe('-3000000.00');
    expect(c.counts).toEqual({ betterOff: 0, worseOff: 1, unchanged: 0 });
    const off = c.largestChanges.find((l) => l.clause === 'art04_1')!;
    expect(off.status).toEqual({ baseline: 'paid', reform: 'switchedOff' });
    expect(off.explanation.reform.en[0]).toMatch(/switches this line off/);
    expect(c.statusChanges).toEqual(expect.arrayContaining([{ from: 'paid', to: 'switchedOff', lines: 1 }, { from: 'zero', to: 'paid', lines: 1 }]));
    expect(c.diff.lines).toEqual([expect.objectContaining({ clause: 'art04_1', item: '四(一)', off: 'reform' })]);
  });

  it('switched back on (the baseline has it off): the mirror image', () => {
    const back = compare(validateReform({ disabledLines: ['art04_1'] }), BASELINE_REFORM, [model]);
    expect(back.total.delta).toBe('3000000.00');
    expect(back.lines).toBe(c.lines);
    expect(back.statusChanges).toEqual(expect.arrayContaining([{ from: 'switchedOff', to: 'paid', lines: 1 }, { from: 'paid', to: 'zero', lines: 1 }]));
    const on = back.largestChanges.find((l) => l.clause === 'art04_1')!;
    expect(on.status).toEqual({ baseline: 'switchedOff', reform: 'paid' });
    expect(on.net).toEqual({ baseline: '0.00', reform: '6000000.00', delta: '6000000.00' });
    expect(on.explanation.baseline.zh[0]).toMatch(/对照方案取消该条款/);
    expect(back.diff.lines).toEqual([expect.objectContaining({ clause: 'art04_1', off: 'baseline' })]);
  });
});

describe('over the sample portfolio', () => {
  const raw = JSON.parse(readFileSync(new URL('../../fixtures/portfolio/portfolio.json', import.meta.url), 'utf8')) as Json[];
  const reform = validateReform({ parameters: { 'art02_2.cap': '2000000.00', 'art08_2.revenueComparison': 'atLeast' }, readings: { 'A9.3.1': 'b' }, disabledLines: ['art04_3'] });
  const c = compare(BASELINE_REFORM, reform, raw);

  /** Independent figures: evaluateYears on each beneficiary, the reform's claims taken out by hand. */
  function independent(r: Reform): { total: bigint; byClause: Map<string, bigint>; byBeneficiary: bigint[] } {
    const byClause = new Map<string, bigint>(AWARD_LINES.map((x) => [x, 0n]));
    const byBeneficiary: bigint[] = [];
    let total = 0n;
    for (const b of raw) {
      const input = { ...b, years: (b.years as Json[]).map((y) => ({ ...y, claims: (y.claims as Json[]).filter((cl) => !r.disabledLines.includes(cl.clause as never)) })) };
      const result = evaluateYears(input, { parameters: r.parameters, readings: r.readings });
      byBeneficiary.push(fen(result.total));
      total += fen(result.total);
      for (const y of result.years) for (const l of y.lines) if (byClause.has(l.clause)) byClause.set(l.clause, byClause.get(l.clause)! + fen(l.net));
    }
    return { total, byClause, byBeneficiary };
  }
  const before = independent(BASELINE_REFORM);
  const after = independent(reform);

  it('totals, clause sums and per-beneficiary deltas equal the engine run beneficiary by beneficiary', () => {
    expect(c.total).toEqual({ baseline: yuan(before.total), reform: yuan(after.total), delta: yuan(after.total - before.total) });
    for (const x of c.byClause) {
      expect(x.baseline, x.clause).toBe(yuan(before.byClause.get(x.clause)!));
      expect(x.reform, x.clause).toBe(yuan(after.byClause.get(x.clause)!));
    }
    c.perBeneficiary.forEach((b, i) => expect(b.delta).toBe(yuan(after.byBeneficiary[i]! - before.byBeneficiary[i]!)));
  });

  it('adds up: years, clauses and beneficiaries each sum to the total; counts cover the portfolio', () => {
    const sum = (xs: readonly string[]): bigint => xs.reduce((a, x) => a + fen(x), 0n);
    for (const side of ['baseline', 'reform', 'delta'] as const) {
      expect(yuan(sum(c.byYear.map((y) => y[side])))).toBe(c.total[side]);
      expect(yuan(sum(c.byClause.map((y) => y[side])))).toBe(c.total[side]);
      expect(yuan(sum(c.perBeneficiary.map((y) => y[side])))).toBe(c.total[side]);
    }
    expect(c.counts.betterOff + c.counts.worseOff + c.counts.unchanged).toBe(raw.length);
    expect(c.counts.betterOff).toBe(c.perBeneficiary.filter((b) => fen(b.delta) > 0n).length);
    expect(c.counts.worseOff).toBe(c.perBeneficiary.filter((b) => fen(b.delta) < 0n).length);
  });

  it('the largest changes are the largest, each explained by the engine\'s renderer', () => {
    const sizes = c.largestChanges.map((l) => (fen(l.net.delta) < 0n ? -fen(l.net.delta) : fen(l.net.delta)));
    expect(sizes).toEqual([...sizes].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
    expect(c.largestChanges).toHaveLength(10);
    for (const l of c.largestChanges) {
      expect(l.explanation.baseline.zh.length).toBeGreaterThan(0);
      expect(l.explanation.baseline.en.length).toBe(l.explanation.baseline.zh.length);
    }
    const line = raw.map((b, i) => [b, i] as const).find(([b]) => (b.beneficiary as Json).id === c.largestChanges[0]!.beneficiaryId)!;
    const result = evaluateYears(line[0]);
    const year = result.years[c.largestChanges[0]!.yearIndex]!;
    const baseLine = year.lines.find((l) => l.claimId === c.largestChanges[0]!.claimId)!;
    expect(c.largestChanges[0]!.explanation.baseline.zh).toEqual(explainLine(baseLine, 'zh'));
  });

  it('every line whose binding constraints differ is listed (checked against the per-line adjustment codes)', () => {
    expect(c.bindingChanges.length).toBeGreaterThan(50);
    expect(c.bindingSummary.find((b) => b.code === 'annualCap')!.noLongerBinding).toBeGreaterThan(50);
    for (const b of c.bindingChanges) {
      expect(b.newlyBinding.every((x) => b.reform.includes(x) && !b.baseline.includes(x))).toBe(true);
      expect(b.noLongerBinding.every((x) => b.baseline.includes(x) && !b.reform.includes(x))).toBe(true);
    }
  });

  it('evaluating everything again gives the same comparison, and the same input gives the same output', () => {
    expect(compare(BASELINE_REFORM, reform, raw, { incremental: false })).toEqual(c);
    expect(JSON.stringify(compare(BASELINE_REFORM, reform, raw))).toBe(JSON.stringify(c));
  });

  it('compare against another reform as the baseline: only the difference between them shows', () => {
    const same = compare(reform, reform, raw);
    expect(same.total.delta).toBe('0.00');
    expect(same.counts.unchanged).toBe(raw.length);
    expect(same.diff.parameters).toEqual([]);
  });
});

describe('the sensitivity view', () => {
  const raw = (JSON.parse(readFileSync(new URL('../../fixtures/portfolio/portfolio.json', import.meta.url), 'utf8')) as Json[]).slice(0, 60);
  const reform = validateReform({ parameters: { 'art02_2.cap': '2000000.00' }, readings: { 'A9.3.1': 'b' } });
  const s = sensitivity(reform, raw);

  it('has one row for every non-default option of every consequential reading (the one in force excluded)', () => {
    const expected = READINGS.filter((r) => r.consequential).flatMap((r) => {
      const inForce = reform.readings[r.id] ?? r.default;
      return Object.keys(r.options).filter((o) => o !== inForce).map((o) => `${r.id}=${o}`);
    });
    expect(s.rows.map((r) => `${r.reading}=${r.option}`).sort()).toEqual(expected.sort());
    expect(s.rows.some((r) => r.reading === 'A9.3.1' && r.option === 'a' && r.inForce === 'b')).toBe(true);
    expect(s.rows.some((r) => r.reading === 'A2.2.3')).toBe(false); // not ranked consequential in §11
  });

  it('each change equals the total computed with evaluateYears under the switched reading', () => {
    const totalUnder = (readings: Record<string, string>): bigint =>
      raw.reduce((n, b) => n + fen(evaluateYears(b, { parameters: reform.parameters, readings }).total), 0n);
    const base = totalUnder(reform.readings);
    expect(s.total).toBe(yuan(base));
    for (const row of s.rows) {
      const total = totalUnder({ ...reform.readings, [row.reading]: row.option });
      expect(row.total, `${row.reading}=${row.option}`).toBe(yuan(total));
      expect(row.delta).toBe(yuan(total - base));
    }
  });

  it('is ranked by the size of the change', () => {
    const sizes = s.rows.map((r) => (fen(r.delta) < 0n ? -fen(r.delta) : fen(r.delta)));
    expect(sizes).toEqual([...sizes].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
    expect(sensitivity(reform, raw, { incremental: false })).toEqual(s);
  });
});

describe('bad input', () => {
  it('a reform whose values are not valid gets no comparison', () => {
    const bad = { ...BASELINE_REFORM, id: 'bad', parameters: { 'art02_2.cap': 'lots' } } as Reform;
    expect(() => compare(BASELINE_REFORM, bad, [single('B', [revenue('1.00')])])).toThrow(PolicyInputError);
  });

  it('a reform under which the portfolio is not valid (an effective date after its award years) gets no comparison', () => {
    const raw = JSON.parse(readFileSync(new URL('../../fixtures/portfolio/portfolio.json', import.meta.url), 'utf8')) as Json[];
    const late = validateReform({ parameters: { 'art09_7.effectiveDate': '2027-01-01' } });
    expect(() => compare(BASELINE_REFORM, late, raw)).toThrow(/award year 20\d\d before the policy took effect \(2027-01-01\)/);
    expect(() => sensitivity(late, raw.slice(0, 5))).toThrow(PolicyInputError);
  });

  it('a portfolio that is not valid gets no comparison, with the path of every problem', () => {
    try {
      compare(BASELINE_REFORM, BASELINE_REFORM, [single('B', [revenue('1.000')]), { beneficiary: {}, years: [] }]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PolicyInputError);
      const paths = (e as PolicyInputError).issues.map((i) => i.path);
      expect(paths[0]).toBe('portfolio[0].years[0].claims[0].dataServiceRevenue.2025');
      expect(paths.some((p) => p.startsWith('portfolio[1].'))).toBe(true);
    }
  });
});
