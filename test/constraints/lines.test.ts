/** The line helpers of the pipeline (src/constraints/lines.ts): their order, copies and grouping. */
import { describe, expect, it } from 'vitest';
import { byClauseOrder, groupBy, withFields } from '../../src/constraints/lines.js';
import type { WorkLine } from '../../src/policy/model.js';
import { fen } from '../../src/core/money.js';

describe('line helpers', () => {
  const line = (overrides: Partial<WorkLine>): WorkLine => withFields({
    claim: { id: 'a', subjectId: 'S', clause: 'art06_3', intelligentRobot: true }, clause: 'art06_3', order: 12, state: 'open', conditions: [],
    reasons: [], gross: fen(5), amount: fen(5), entitlement: fen(0), adjustments: [], notes: [], qualifyingDate: null, caps: [], overlapGroup: undefined,
    project: undefined, tier: undefined, basis: {}, deferred: false,
  } as WorkLine, overrides);

  it('order equal lines as equal, and by claim id last', () => {
    expect(byClauseOrder(line({}), line({}))).toBe(0);
    const b = { ...line({}), claim: { ...line({}).claim, id: 'b' } } as WorkLine;
    expect(byClauseOrder(line({}), b)).toBe(-1);
    expect(byClauseOrder(b, line({}))).toBe(1);
  });

  it('copy every field of a line, changed or not', () => {
    const l = line({ amount: fen(3), state: 'pending', deferred: true, entitlement: fen(2), notes: [{ code: 'recordKeeping', rule: 'art09_6' }] });
    expect(Object.keys(l)).toStrictEqual(Object.keys(line({})));
    expect(l).toMatchObject({ amount: 3, state: 'pending', deferred: true, entitlement: 2, gross: 5 });
    expect(withFields(l, {})).toStrictEqual(l);
  });

  it('group by key, first seen first, skipping items without a key', () => {
    const g = groupBy([1, 2, 3, 4, 5], (n) => (n === 3 ? undefined : String(n % 2)));
    expect([...g.entries()]).toStrictEqual([['1', [1, 5]], ['0', [2, 4]]]);
  });
});
