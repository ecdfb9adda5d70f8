/**
 * The engine's evaluation (src/engine/evaluate.ts) where the clause and scenario tests do not reach: the order of
 * the lines of a large batch, the parameters a result lists and their cache, the fingerprint of the readings, and
 * results as plain data. Each case asserts what the code must do, so it can fail.
 */
import { describe, expect, it } from 'vitest';
import type { EvaluationResult } from '../../src/index.js';
import { evaluateWith } from '../../src/edges/api.js';
import { compileParameters } from '../../src/edges/input/parameterValues.js';
import { fingerprintOf } from '../../src/engine/rulesUsed.js';
import { DEFAULT_READINGS } from '../../src/policy/readings.js';
import { application, BASE_CLAIMS, bigProject, claim, evaluate } from '../helpers.js';

describe('large batches: the order of the lines', () => {
  // Every award line once, some twice: more than the small-batch sort handles, in a scrambled order.
  const kinds = Object.keys(BASE_CLAIMS);
  const claims = [...kinds, ...kinds.slice(0, 6)].map((c, i) => claim(c, { id: `k${(i * 7) % 29}`, subjectId: `S${i % 4}` }));
  const projects = ['S0', 'S1', 'S2', 'S3'].map((id) => bigProject(id));

  it('lines come out in clause-id order, then subject, then claim id, whatever the input order', () => {
    const r = evaluate(application(claims, { projects }), { parameters: { 'art02_1.ratio': '0.5' } });
    const back = evaluate(application([...claims].reverse(), { projects }), { parameters: { 'art02_1.ratio': '0.5' } });
    expect(back).toStrictEqual(r);
    expect(r.lines).toHaveLength(claims.length);
    const order = r.lines.map((l) => `${String(kinds.indexOf(l.clause)).padStart(2, '0')}|${l.subjectId}|${l.claimId}`);
    expect(order).toStrictEqual([...order].sort());
    expect(evaluateWith(application(claims, { projects }), { parameters: { 'art02_1.ratio': '0.5' } }, { fast: false, skipUnchanged: false })).toStrictEqual(r);
  });
});

describe('parameters listed in a result', () => {
  it('are those of the clauses of its lines plus the general ones, for thousands of different sets of clauses', () => {
    const kinds = Object.keys(BASE_CLAIMS).filter((c) => c !== 'art06_3');
    const seen = new Set<string>();
    let n = 0;
    // More distinct sets of clauses than the engine keeps (4096), so its list of sets is cleared and rebuilt.
    for (let a = 0; a < kinds.length && n < 4400; a++) {
      for (let b = a + 1; b < kinds.length && n < 4400; b++) {
        for (let c = b; c < kinds.length && n < 4400; c++) {
          for (const d of [c, c + 1, c + 2]) {
            const set = [...new Set([a, b, c, Math.min(d, kinds.length - 1)])];
            const key = set.join(',');
            if (seen.has(key)) continue;
            seen.add(key);
            n++;
            const r = evaluate(application(set.map((k, i) => claim(kinds[k]!, { id: `c${i}` })), { projects: [bigProject()] }));
            const rules = new Set(set.map((k) => kinds[k]!));
            for (const id of Object.keys(r.parameters)) {
              const rule = id.split('.')[0]!;
              expect(rules.has(rule) || ['art09_7', 'art09_3', 'rounding'].includes(rule), `${id} for ${[...rules].join('+')}`).toBe(true);
            }
            for (const rule of rules) expect(Object.keys(r.parameters).some((id) => id.startsWith(`${rule}.`)), rule).toBe(true);
          }
        }
      }
    }
    expect(n).toBeGreaterThan(4096);
  });

  it('are frozen and shared, like the readings', () => {
    const r = evaluate(application([claim('art02_2')]));
    expect(Object.isFrozen(r.parameters)).toBe(true);
    expect(Object.isFrozen(r.readings)).toBe(true);
    expect(evaluate(application([claim('art02_2', { id: 'other' })])).parameters).toBe(r.parameters);
    expect(r.parameters).toStrictEqual({
      'art02_2.threshold': '3000000', 'art02_2.thresholdComparison': 'atLeast', 'art02_2.rate': '0.10', 'art02_2.cap': '1000000',
      'art09_3.budgetScale': '1', 'art09_7.effectiveDate': '2025-07-01', 'art09_7.validityYears': '3', rounding: 'floor',
    });
  });
});

describe('fingerprints', () => {
  it('do not depend on whether the readings object is frozen', () => {
    const params = compileParameters({});
    const frozen = fingerprintOf(params, DEFAULT_READINGS);
    expect(fingerprintOf(params, { ...DEFAULT_READINGS })).toStrictEqual(frozen);
    expect(fingerprintOf(params, { ...DEFAULT_READINGS, R7: 'clauseOrder' }).readings).not.toBe(frozen.readings);
    expect(fingerprintOf(params, { ...DEFAULT_READINGS, R7: 'clauseOrder' }).parameters).toBe(frozen.parameters);
  });
});

describe('results are plain data', () => {
  it('a result of every line kind survives JSON', () => {
    const r: EvaluationResult = evaluate(application(Object.keys(BASE_CLAIMS).map((c, i) => claim(c, { id: `c${i}` })), { projects: [bigProject()] }));
    expect(JSON.parse(JSON.stringify(r))).toStrictEqual(r);
  });
});
