/**
 * The engine's edges that the clause and scenario tests do not reach: the validation shortcuts and their
 * fallbacks, the caches (options, fingerprints, parameter lists), cross-field checks, the translation of zod
 * issues, and the line helpers. Each case asserts what the code must do, so it can fail.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PolicyInputError, safeEvaluate, type EvaluationResult } from '../../src/index.js';
import { compileParameters } from '../../src/edges/input/parameterValues.js';
import { byClauseOrder, groupBy, withFields } from '../../src/constraints/lines.js';
import { evaluateValidated, fingerprintOf } from '../../src/engine/evaluate.js';
import { evaluateWith } from '../../src/edges/api.js';
import { fromZodIssues } from '../../src/edges/input/errors.js';
import { fastChecker, fastCopier } from '../../src/edges/input/fastValidate.js';
import { DEFAULT_READINGS } from '../../src/policy/readings.js';
import { Application, Project } from '../../src/policy/input.js';
import { parseWith, resolveOptions } from '../../src/edges/input/validate.js';
import type { WorkLine } from '../../src/policy/model.js';
import { application, BASE_CLAIMS, beneficiary, bigProject, claim, type Json, evaluate, evaluateYears } from '../helpers.js';

const issuesOf = (input: unknown, options?: Parameters<typeof evaluate>[1]) => {
  const out = safeEvaluate(input, options);
  if (out.ok) throw new Error('expected an input error');
  return out.error.issues;
};

describe('large batches', () => {
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

describe('options are resolved once per content', () => {
  const app = application([claim('art02_1')]);

  it('equal options give equal results, whether seen before or not', () => {
    const a = evaluate(app, { parameters: { 'art02_1.ratio': '0.5' } });
    const b = evaluate(app, { parameters: { 'art02_1.ratio': '0.5' }, readings: undefined });
    const c = evaluate(app, { parameters: { 'art02_1.ratio': '0.5' }, readings: {} });
    expect(b).toStrictEqual(a);
    expect(c).toStrictEqual(a);
    expect(evaluate(app, { parameters: { 'art02_1.ratio': '1' } }).total).not.toBe(a.total);
    expect(a.lines[0]!.net).toBe('100000.00');
  });

  it('options of other shapes are validated every time, with the same results', () => {
    const plain = evaluate(app, { readings: { 'A2.1.1': 'b' } });
    class Options {
      readings = { 'A2.1.1': 'b' };
    }
    expect(evaluate(app, new Options())).toStrictEqual(plain);
    // An unknown option is an error naming the closest valid one (issue: options are checked like input).
    expect(issuesOf(app, { reading: { 'A2.1.1': 'b' } } as never)[0]).toMatchObject({ path: 'options.reading', code: 'unknownKey' });
    expect(issuesOf(app, { reading: { 'A2.1.1': 'b' } } as never)[0]!.message.en).toContain('"readings"');
    expect(evaluate(app, { readings: Object.assign(Object.create(null), { 'A2.1.1': 'b' }) })).toStrictEqual(plain);
    expect(issuesOf(app, { readings: { 'A2.1.1': 7 } } as never)[0]).toMatchObject({ path: 'readings.A2.1.1', code: 'invalid' });
    expect(issuesOf(app, { parameters: { 'art02_1.ratio': 7 } } as never)[0]).toMatchObject({ path: 'parameters.art02_1.ratio', code: 'invalid' });
    expect(issuesOf(app, JSON.parse('{"readings": {"__proto__": "x"}}'))[0]).toMatchObject({ code: 'forbiddenKey' });
    // A bad option is reported again on every call (errors are not cached).
    expect(issuesOf(app, { readings: { 'A2.1.1': 'z' } })).toStrictEqual(issuesOf(app, { readings: { 'A2.1.1': 'z' } }));
  });

  it('resolving the same content twice gives the same compiled parameters', () => {
    expect(resolveOptions({ parameters: { 'art02_1.ratio': '0.5' } }).params).toBe(resolveOptions({ parameters: { 'art02_1.ratio': '0.5' } }).params);
    expect(resolveOptions(undefined).readings).toBe(resolveOptions(undefined).readings);
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

describe('R9 decides what the history counts', () => {
  it('by default money paid, under R9 = entitlement the entitlements', () => {
    const app = application([claim('art02_1', { superiorAward: { amount: '900000.00', receivedOn: '2026-03-01' } })], {
      history: [{ clause: 'art02_1', subjectId: 'S', awardYear: 2025, entitlement: '500000.00', paid: '300000.00' }],
    });
    expect(evaluate(app, { parameters: { 'art02_1.ratio': '1' } }).lines[0]!.net).toBe('700000.00');
    expect(evaluate(app, { parameters: { 'art02_1.ratio': '1' }, readings: { R9: 'entitlement' } }).lines[0]!.net).toBe('500000.00');
  });
});

describe('what the safe entry points do not catch', () => {
  it('an error other than an input error (a getter that throws) is not swallowed', () => {
    const app = application([claim('art02_2')]);
    Object.defineProperty(app, 'awardYear', { enumerable: true, get: () => { throw new TypeError('boom'); } });
    expect(() => safeEvaluate(app)).toThrow(TypeError);
  });
});

describe('cross-field checks, on the fast path and the full path alike', () => {
  const cases: [string, Json, string, string][] = [
    ['support paid after the approval', { beneficiary: beneficiary({ otherDistrictSupport: [{ policy: 'p', subjectId: 'S', clause: 'art02_2', amount: '1.00', paidOn: '2026-12-02' }] }) }, 'beneficiary.otherDistrictSupport[0].paidOn', 'contradiction'],
    ['application after the approval', { applicationDate: '2026-12-02' }, 'applicationDate', 'contradiction'],
    ['a finding lifted before it was confirmed', { beneficiary: beneficiary({ fraudFindings: [{ confirmedOn: '2026-05-01', scope: 'all', liftedOn: '2026-04-30' }] }) }, 'beneficiary.fraudFindings[0].liftedOn', 'contradiction'],
    ['a disbursement after the award year', { claims: [claim('art03_3', { disbursements: [{ programme: 'nationalKeyRd', calendarYear: 2027, amount: '1.00' }] })] }, 'claims[0].disbursements[0].calendarYear', 'contradiction'],
    ['cost borne by the host above the total', { claims: [claim('art08_3', { costBorneByHost: '1000000.01' })] }, 'claims[0].costBorneByHost', 'contradiction'],
    ['a nested date after the approval', { claims: [claim('art02_1', { superiorAward: { amount: '1.00', receivedOn: '2026-12-02' } })] }, 'claims[0].superiorAward.receivedOn', 'contradiction'],
    ['duplicate projects', { projects: [bigProject('P'), bigProject('P')] }, 'projects[1].id', 'duplicate'],
  ];
  it.each(cases)('%s', (_name, overrides, path, code) => {
    const input = application([claim('art02_2')], overrides);
    for (const fast of [true, false]) {
      let error: unknown;
      try {
        evaluateWith(input, undefined, { fast, skipUnchanged: true });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(PolicyInputError);
      expect((error as PolicyInputError).issues).toContainEqual(expect.objectContaining({ path, code }));
    }
  });

  it('several problems at once come in schema order on both paths', () => {
    const c = claim('art08_3', { filedAndApprovedOn: '2026-12-03', heldOn: '2026-12-02' });
    const reordered = Object.fromEntries(Object.entries(c).reverse());
    const issues = issuesOf(application([reordered]));
    expect(issues.map((i) => i.path)).toStrictEqual(['claims[0].filedAndApprovedOn', 'claims[0].heldOn']);
  });
});

describe('parseWith', () => {
  it('prefixes the paths of the issues it reports', () => {
    expect(() => parseWith(Project, { id: '' }, 'projects[3]')).toThrow(PolicyInputError);
    try {
      parseWith(Project, { id: '', auditedInvestment: 'x' }, 'projects[3]');
    } catch (e) {
      expect((e as PolicyInputError).issues.map((i) => i.path)).toStrictEqual(['projects[3].id', 'projects[3].auditedInvestment']);
    }
    try {
      parseWith(z.string({ error: 'id' }), 5, 'where');
    } catch (e) {
      expect((e as PolicyInputError).issues.map((i) => i.path)).toStrictEqual(['where']);
    }
  });

  it('returns a copy like zod, never the input itself', () => {
    const input = { id: 'P', auditedInvestment: '1.00' };
    const out = parseWith(Project, input);
    expect(out).toStrictEqual(input);
    expect(out).not.toBe(input);
  });

  it('evaluateYears gives the same result from the fast and the full path', () => {
    const input = {
      beneficiary: beneficiary(),
      years: [
        { awardYear: 2026, approvalDate: '2026-12-01', claims: [claim('art05_2', { title: 'provincialSmartWorkshop' })] },
        { awardYear: 2027, approvalDate: '2027-12-01', claims: [claim('art05_2', { title: 'nationalDemoFactory' })] },
      ],
    };
    const r = evaluateYears(input);
    expect(r.total).toBe('3000000.00');
    expect(r.years[1]!.lines[0]!.net).toBe('2700000.00');
    // A null-prototype object takes zod's path; the result is the same.
    const slow = evaluateYears({ ...input, beneficiary: Object.assign(Object.create(null), input.beneficiary) });
    expect(JSON.stringify(slow)).toBe(JSON.stringify(r));
  });
});

describe('zod issues in two languages', () => {
  const message = (m: string) => m;
  it.each([
    ['an unknown clause at the root', { code: 'invalid_union', message: 'clause', path: [], errors: [] }, 'clause'],
    ['an unknown clause at its key', { code: 'invalid_union', message: 'clause', path: ['claims', 0, 'clause'], errors: [] }, 'claims[0].clause'],
    ['an unknown clause below a claim', { code: 'invalid_union', message: 'clause', path: ['claims', 1], errors: [] }, 'claims[1].clause'],
    ['too few', { code: 'too_small', message: message('x'), path: ['years'], minimum: 1, origin: 'array' }, 'years'],
    ['too many', { code: 'too_big', message: message('x'), path: ['claims'], maximum: 500, origin: 'array' }, 'claims'],
    ['a missing field', { code: 'invalid_type', message: 'Invalid input: expected string, received undefined', path: ['a'], expected: 'string' }, 'a'],
    ['a wrong type', { code: 'invalid_type', message: 'Invalid input: expected string, received number', path: ['a'], expected: 'string' }, 'a'],
    ['anything else', { code: 'custom', message: 'odd', path: ['b', 2] }, 'b[2]'],
  ])('%s', (_name, issue, path) => {
    const [out] = fromZodIssues([issue as never]);
    expect(out!.path).toBe(path);
    expect(out!.message.zh.length).toBeGreaterThan(1);
    expect(out!.message.en.length).toBeGreaterThan(1);
  });

  it('says which of too few / too many and by how much', () => {
    expect(fromZodIssues([{ code: 'too_small', message: 'x', path: [], minimum: 1, origin: 'array' } as never])[0]!.message.en).toMatch(/at least 1/);
    expect(fromZodIssues([{ code: 'too_big', message: 'x', path: [], maximum: 500, origin: 'array' } as never])[0]!.message.en).toMatch(/at most 500/);
    expect(fromZodIssues([{ code: 'invalid_type', message: 'received undefined', path: [], expected: 'string' } as never])[0]!.message.zh).toMatch(/缺少必填字段/);
  });
});

describe('the fast validator on unusual definitions', () => {
  // Definitions missing the optional parts zod usually fills in: the compiler must not crash and must not accept.
  const fake = (def: Record<string, unknown>) => ({ _zod: { def } }) as unknown as z.core.$ZodType;
  it.each([
    ['an object without a shape', fake({ type: 'object' }), {}, true],
    ['a union without options', fake({ type: 'union' }), 'a', false],
    ['a discriminated union without options', fake({ type: 'union', discriminator: 't' }), { t: 'a' }, false],
    ['a discriminated union whose option has no tag', fake({ type: 'union', discriminator: 't', options: [z.strictObject({ a: z.string() })] }), { a: 'x' }, true],
    ['a discriminated union with a tag twice', fake({ type: 'union', discriminator: 't', options: [z.strictObject({ t: z.literal('a') }), z.strictObject({ t: z.literal('a'), x: z.string().optional() })] }), { t: 'a' }, true],
    ['an enum without entries', fake({ type: 'enum' }), 'a', false],
    ['a literal without values', fake({ type: 'literal' }), 'a', false],
    ['a string with an unknown conditional check', fake({ type: 'string', checks: [{ _zod: { def: { check: 'regex_like', when: () => true } } }] }), 'a', false],
    ['a custom check without a function', fake({ type: 'string', checks: [{ _zod: { def: { check: 'custom' } } }] }), 'a', false],
    ['a bound that is not a finite number', fake({ type: 'number', checks: [{ _zod: { def: { check: 'greater_than', value: Number.NaN, inclusive: true } } }] }), 1, false],
    ['an unknown kind', fake({ type: 'bigint' }), 1n, false],
  ])('%s', (_name, schema, value, accepted) => {
    for (const mode of ['generated', 'closures'] as const) expect(fastChecker(schema, mode)(value), mode).toBe(accepted);
    if (accepted) expect(fastCopier(schema)(value)).toStrictEqual(value);
  });
});

describe('line helpers', () => {
  const line = (overrides: Partial<WorkLine>): WorkLine => withFields({
    claim: { id: 'a', subjectId: 'S', clause: 'art06_3', intelligentRobot: true }, clause: 'art06_3', order: 12, state: 'open', conditions: [],
    reasons: [], gross: 5, amount: 5, entitlement: 0, adjustments: [], notes: [], qualifyingDate: null, caps: [], overlapGroup: undefined,
    project: undefined, tier: undefined, basis: {}, deferred: false,
  } as WorkLine, overrides);

  it('order equal lines as equal, and by claim id last', () => {
    expect(byClauseOrder(line({}), line({}))).toBe(0);
    const b = { ...line({}), claim: { ...line({}).claim, id: 'b' } } as WorkLine;
    expect(byClauseOrder(line({}), b)).toBe(-1);
    expect(byClauseOrder(b, line({}))).toBe(1);
  });

  it('copy every field of a line, changed or not', () => {
    const l = line({ amount: 3, state: 'pending', deferred: true, entitlement: 2, notes: [{ code: 'recordKeeping', rule: 'art09_6' }] });
    expect(Object.keys(l)).toStrictEqual(Object.keys(line({})));
    expect(l).toMatchObject({ amount: 3, state: 'pending', deferred: true, entitlement: 2, gross: 5 });
    expect(withFields(l, {})).toStrictEqual(l);
  });

  it('group by key, first seen first, skipping items without a key', () => {
    const g = groupBy([1, 2, 3, 4, 5], (n) => (n === 3 ? undefined : String(n % 2)));
    expect([...g.entries()]).toStrictEqual([['1', [1, 5]], ['0', [2, 4]]]);
  });
});

describe('results are plain data', () => {
  it('a result of every line kind survives JSON', () => {
    const r: EvaluationResult = evaluate(application(Object.keys(BASE_CLAIMS).map((c, i) => claim(c, { id: `c${i}` })), { projects: [bigProject()] }));
    expect(JSON.parse(JSON.stringify(r))).toStrictEqual(r);
  });
});
