/**
 * The scope of every cap a clause declares, read off the clause function itself: the key of a cap is what the caps
 * stage counts together (one beneficiary's award year, one subject, one unit), so each key must name the clause and
 * exactly the things its scope is per. Evaluated through the public API two lines only meet when their keys are
 * equal, and one evaluation has one beneficiary and one award year; here the clause is called directly, so a key
 * that lost its clause, its beneficiary or its year is seen.
 */
import { describe, expect, it } from 'vitest';
import { CLAUSES, DEFAULT_READINGS, type ClauseContext, type ClauseId, type ReadingChoices } from '../../src/index.js';
import { fen } from '../../src/core/money.js';
import { buildHistory } from '../../src/engine/history.js';
import { parameterSet } from '../../src/policy/parameterSet.js';
import type { Application } from '../../src/policy/input.js';
import { application, claim, type Json } from '../helpers.js';

function context(readings: ReadingChoices = {}, extra: Partial<ClauseContext> = {}): ClauseContext {
  const app = application([]) as unknown as Application;
  return {
    application: app,
    beneficiary: app.beneficiary,
    awardYear: 2026,
    baseYear: 2025,
    params: parameterSet(),
    readings: { ...DEFAULT_READINGS, ...readings },
    history: buildHistory([], 'paid'),
    ...extra,
  };
}

function keysOf(id: ClauseId, c: Json, ctx: ClauseContext): string[] {
  const outcome = (CLAUSES[id].evaluate as (claim: unknown, ctx: ClauseContext) => { caps?: readonly { key?: string }[] })(c, ctx);
  return (outcome.caps ?? []).flatMap((k) => (k.key === undefined ? [] : [k.key]));
}

describe('cap keys name the clause and what the cap is per', () => {
  it('二(一): per unit over the validity period (A2.1.6 lifetime), per unit per award year, per data "first"', () => {
    expect(keysOf('art02_1', claim('art02_1'), context())).toEqual(['art02_1|B1']);
    expect(keysOf('art02_1', claim('art02_1'), context({ 'A2.1.6': 'perYear' }))).toEqual(['art02_1|B1|2026']);
    expect(keysOf('art02_1', claim('art02_1'), context({ 'A2.1.6': 'perEvent' }))).toEqual(['art02_1|event|S']);
  });

  it('二(二): per enterprise per award year', () => {
    expect(keysOf('art02_2', claim('art02_2'), context())).toEqual(['art02_2|B1|2026']);
  });

  it('四(一), 四(二): per model, or per unit under A4.1.7 / A4.2.8 perEnterprise', () => {
    expect(keysOf('art04_1', claim('art04_1'), context())).toContain(`art04_1|${String(claim('art04_1').subjectId)}`);
    expect(keysOf('art04_1', claim('art04_1'), context({ 'A4.1.7': 'perEnterprise' }))).toContain('art04_1|unit|B1');
    expect(keysOf('art04_2', claim('art04_2'), context())).toContain(`art04_2|${String(claim('art04_2').subjectId)}`);
    expect(keysOf('art04_2', claim('art04_2'), context({ 'A4.2.8': 'perEnterprise' }))).toContain('art04_2|unit|B1');
  });

  it('六(五)b: once per enterprise', () => {
    expect(keysOf('art06_5b', claim('art06_5b'), context())).toEqual(['art06_5b|B1']);
  });

  it('八(三): per event, or per host per award year under A8.3.2 b', () => {
    const event = claim('art08_3');
    expect(keysOf('art08_3', event, context())).toEqual([`art08_3|${String(event.subjectId)}`]);
    expect(keysOf('art08_3', event, context({ 'A8.3.2': 'b' }))).toEqual(['art08_3|B1|2026']);
  });
});

describe('六(三) is evaluated only with the 五(三) lines it builds on', () => {
  it('called without them, it refuses instead of reading no 五(三) line', () => {
    expect(() => keysOf('art06_3', claim('art06_3'), context())).toThrow(/uplift stage/);
  });

  it('called with them, it builds on its product\'s 五(三) entitlement', () => {
    const c = claim('art06_3');
    const base = new Map([[String(c.subjectId), { amount: fen(100_000_00), projectId: String(c.subjectId) }]]);
    expect(keysOf('art06_3', c, context({}, { upliftBase: base }))).toEqual([`art06_3|${String(c.subjectId)}`]);
  });
});
