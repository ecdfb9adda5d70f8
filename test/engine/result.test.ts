/**
 * Work lines written as result lines (src/engine/result.ts): the status, the three amounts, and the parts results
 * share to stay small (interned condition lists, the shared refusal, shared dates) give the same data as a line
 * written out in full, also past the bounds of what is shared.
 */
import { describe, expect, it } from 'vitest';
import { fen } from '../../src/core/money.js';
import { lineResult, statusOf } from '../../src/engine/result.js';
import type { Condition, Reason, WorkLine } from '../../src/policy/model.js';

const line = (overrides: Partial<WorkLine>): WorkLine => ({
  claim: { id: 'c', subjectId: 'S', clause: 'art08_1' } as WorkLine['claim'], clause: 'art08_1', order: 20, state: 'open', conditions: [],
  reasons: [], gross: fen(500), amount: fen(500), entitlement: fen(500), adjustments: [], notes: [], qualifyingDate: null, caps: [],
  overlapGroup: undefined, project: undefined, tier: undefined, basis: {}, deferred: false, ...overrides,
});
const conditions = (ids: readonly string[], failed: readonly string[] = []): Condition[] => ids.map((id) => ({ id, met: !failed.includes(id) }));
const refused = (failed: readonly string[]): Reason => ({ code: 'conditions', rule: 'art08_1', failed });

describe('a line\'s status and amounts', () => {
  it('paid in full, reduced, zero; a refused line has no gross', () => {
    expect(statusOf(line({}))).toBe('paid');
    expect(statusOf(line({ amount: fen(499) }))).toBe('reduced');
    expect(statusOf(line({ amount: fen(0) }))).toBe('zero');
    const r = lineResult(line({ state: 'ineligible', amount: fen(0), conditions: conditions(['recognized'], ['recognized']), reasons: [refused(['recognized'])] }));
    expect(r).toMatchObject({ status: 'ineligible', gross: '0.00', entitlement: '0.00', net: '0.00', failed: ['recognized'] });
  });

  it('writes each of the three amounts, equal or not', () => {
    expect(lineResult(line({ gross: fen(900), entitlement: fen(700), amount: fen(500) }))).toMatchObject({ gross: '9.00', entitlement: '7.00', net: '5.00' });
    expect(lineResult(line({ gross: fen(900), entitlement: fen(500), amount: fen(500) }))).toMatchObject({ gross: '9.00', entitlement: '5.00', net: '5.00' });
    expect(lineResult(line({ state: 'pending', gross: fen(900), entitlement: fen(500), amount: fen(500) }))).toMatchObject({ gross: '9.00', entitlement: '0.00', net: '0.00' });
  });

  it('writes the fen of an adjustment as yuan, and its contribution year as a year', () => {
    const r = lineResult(line({
      amount: fen(300),
      adjustments: [{ code: 'annualCap', rule: 'art09_3', before: fen(500), after: fen(300), contributionYear: 2025, cap: fen(1000), earlier: fen(700), room: fen(300) }],
    }));
    expect(r.adjustments).toStrictEqual([{ code: 'annualCap', rule: 'art09_3', before: '5.00', after: '3.00', contributionYear: 2025, cap: '10.00', earlier: '7.00', room: '3.00' }]);
  });
});

describe('the parts results share', () => {
  it('the same conditions give one shared list; the refusal by them is shared too', () => {
    const make = () => line({ state: 'ineligible', amount: fen(0), conditions: conditions(['recognized', 'registered'], ['registered']), reasons: [refused(['registered'])] });
    const a = lineResult(make());
    const b = lineResult(make());
    expect(a.conditions).toStrictEqual([{ id: 'recognized', met: true }, { id: 'registered', met: false }]);
    expect(b.conditions).toBe(a.conditions);
    expect(a.reasons).toStrictEqual([refused(['registered'])]);
    expect(b.reasons).toBe(a.reasons);
  });

  it('reasons other than the refusal by the line\'s own conditions are the line\'s own', () => {
    const own = conditions(['recognized'], ['recognized']);
    const twoReasons: Reason[] = [refused(['recognized']), { code: 'pending', rule: 'art09_3', missing: 'x' }];
    expect(lineResult(line({ state: 'ineligible', conditions: own, reasons: twoReasons })).reasons).toStrictEqual(twoReasons);
    const otherFailed: Reason[] = [refused(['somethingElse'])];
    expect(lineResult(line({ state: 'ineligible', conditions: own, reasons: otherFailed })).reasons).toStrictEqual(otherFailed);
    const window: Reason[] = [{ code: 'window', rule: 'art09_7', date: '2020-01-01', start: '2025-01-01', end: '2027-12-31' }];
    expect(lineResult(line({ state: 'ineligible', conditions: conditions(['recognized']), reasons: window })).reasons).toStrictEqual(window);
  });

  it('the scope gate\'s failed conditions follow the clause\'s own', () => {
    const r = lineResult(line({
      state: 'ineligible', conditions: conditions(['recognized'], ['recognized']),
      reasons: [{ code: 'scope', rule: 'art01', failed: ['registeredInDistrict'] }, refused(['recognized'])],
    }));
    expect(r.failed).toStrictEqual(['recognized', 'registeredInDistrict']);
    expect(lineResult(line({ state: 'ineligible', reasons: [{ code: 'scope', rule: 'art01', failed: ['goodCredit'] }] })).failed).toStrictEqual(['goodCredit']);
  });

  it('a list of more conditions than are interned is written as it is', () => {
    const ids = Array.from({ length: 31 }, (_, i) => `condition${i}`);
    const r = lineResult(line({ state: 'ineligible', conditions: conditions(ids, ['condition3', 'condition30']), reasons: [refused(['condition3', 'condition30'])] }));
    expect(r.conditions).toHaveLength(31);
    expect(r.conditions.filter((c) => !c.met).map((c) => c.id)).toStrictEqual(['condition3', 'condition30']);
    expect(r.failed).toStrictEqual(['condition3', 'condition30']);
    expect(r.reasons).toStrictEqual([refused(['condition3', 'condition30'])]);
  });

  it('past the bound on distinct condition lists of one clause, every list is still written right', () => {
    for (let k = 0; k < 300; k++) {
      const ids = [`recognized${k}`, `registered${k}`];
      const r = lineResult(line({ clause: 'art08_2', state: 'ineligible', conditions: conditions(ids, [`registered${k}`]), reasons: [] }));
      expect(r.conditions).toStrictEqual([{ id: `recognized${k}`, met: true }, { id: `registered${k}`, met: false }]);
      expect(r.failed).toStrictEqual([`registered${k}`]);
    }
  });

  it('past the bound on shared dates, every date is still the line\'s own', () => {
    const day = (k: number) => new Date(Date.UTC(2000, 0, 1) + k * 86_400_000).toISOString().slice(0, 10);
    for (let k = 0; k < 5000; k++) expect(lineResult(line({ qualifyingDate: day(k) })).qualifyingDate).toBe(day(k));
  });
});
