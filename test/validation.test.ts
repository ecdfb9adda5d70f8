/**
 * Bad input: one error listing every problem, each naming its path and what was expected in Chinese and English,
 * and no result. The library never throws anything else on bad input.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PolicyInputError, safeEvaluate } from '../src/index.js';
import { evaluateWith } from '../src/edges/api.js';
import { fromZodIssues } from '../src/edges/input/errors.js';
import { parseWith, resolveOptions } from '../src/edges/input/validate.js';
import { Project } from '../src/policy/input.js';
import { application, beneficiary, bigProject, claim, clawback, type Json, evaluate, evaluateYears } from './helpers.js';

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

  describe('options are checked like input (strict, with the closest valid names)', () => {
    const app = application([claim('art08_3')]);

    it.each([
      ['a string', 'A9.3.2=a'], ['a number', 7], ['an array', [{ readings: {} }]], ['null', null], ['true', true],
    ])('options given as %s are refused', (_name, options) => {
      expect(issuesOf(app, options as never)).toEqual([expect.objectContaining({ path: 'options', code: 'invalid' })]);
    });

    it('a misspelt option key is refused with the closest valid one', () => {
      const [issue] = issuesOf(app, { reading: { 'A9.3.2': 'a' } } as never);
      expect(issue).toMatchObject({ path: 'options.reading', code: 'unknownKey' });
      expect(issue!.message.en).toMatch(/closest valid ones: "readings"/);
      expect(issue!.message.zh).toMatch(/最接近的有效名称："readings"/);
    });

    it.each([['a string', 'a'], ['an array', ['A9.3.2']], ['a number', 1]])('readings given as %s are refused', (_name, readings) => {
      expect(paths(app, { readings } as never)).toEqual(['readings']);
    });

    it.each([['a string', 'x'], ['an array', []]])('parameters given as %s are refused', (_name, parameters) => {
      expect(paths(app, { parameters } as never)).toEqual(['parameters']);
    });

    it('an unknown reading or parameter id names the closest valid ones', () => {
      expect(issuesOf(app, { readings: { 'A9.3.3': 'a' } })[0]!.message.en).toMatch(/"A9\.3\.[12]"/);
      expect(issuesOf(app, { parameters: { 'art02_2.caps': '1' } })[0]!.message.en).toMatch(/"art02_2\.cap"/);
    });

    it('a reading option of the wrong type or value lists the valid options', () => {
      expect(issuesOf(app, { readings: { 'A9.3.2': 1 } } as never)[0]!.message.en).toMatch(/expected one of: "a", "b", not 1/);
      expect(issuesOf(app, { readings: { 'A9.3.2': 'c' } })[0]!.message.en).toMatch(/expected one of: "a", "b", not "c"/);
    });

    it('prototype keys in options are refused (a CLI "--reading __proto__=a" arrives as such a key)', () => {
      expect(issuesOf(app, JSON.parse('{"readings": {"__proto__": "a"}}'))[0]).toMatchObject({ path: 'readings.__proto__', code: 'forbiddenKey' });
      expect(issuesOf(app, Object.fromEntries([['readings', Object.fromEntries([['constructor', 'a']])]]))[0]).toMatchObject({ code: 'forbiddenKey' });
    });

    it('every problem of the options is listed at once', () => {
      expect(paths(app, { readings: { 'A9.3.2': 'z', 'A0': 'a' }, parameters: { 'art02_2.cap': '150万' }, extra: 1 } as never).sort())
        .toEqual(['options.extra', 'parameters.art02_2.cap', 'readings.A0', 'readings.A9.3.2']);
    });

    it('under A3.3.2 b a provincial ratio below 0.1 is refused (it would divide the money by it)', () => {
      expect(paths(app, { readings: { 'A3.3.2': 'b' }, parameters: { 'art03_3.ratioProvincial': '0.09' } })).toEqual(['parameters.art03_3.ratioProvincial']);
      expect(paths(app, { readings: { 'A3.3.2': 'b' }, parameters: { 'art03_3.ratioProvincial': '0' } })).toEqual(['parameters.art03_3.ratioProvincial']);
      expect(safeEvaluate(app, { readings: { 'A3.3.2': 'b' }, parameters: { 'art03_3.ratioProvincial': '0.1' } }).ok).toBe(true);
    });
  });

  it('a name, when given, is not empty', () => {
    expect(paths(application([], { beneficiary: beneficiary({ name: '' }) }))).toEqual(['beneficiary.name']);
  });

  describe('the bound that keeps every figure exact (money.ts)', () => {
    const big = (amount: string, n: number) => Array.from({ length: n }, (_, i) =>
      claim('art05_3', { id: `m${i}`, subjectId: `P${i}`, superiorAward: { amount, receivedOn: '2026-03-01' } }));

    it('an amount has at most 11 whole digits', () => {
      expect(paths(application([claim('art08_3', { totalCost: '100000000000.00', costBorneByHost: '1.00' })]))).toEqual(['claims[0].totalCost']);
      expect(safeEvaluate(application([claim('art08_3', { totalCost: '99999999999.99', costBorneByHost: '0.00' })])).ok).toBe(true);
    });

    it('the amounts of one input add up to at most 100,000,000,000.00 yuan: on the bound accepted, one fen beyond refused at the field that passes it', () => {
      const projects = Array.from({ length: 4 }, (_, i) => ({ id: `P${i}` }));
      // 4 × 25,000,000,000.00 = 100,000,000,000.00: exactly the bound.
      const atBound = application(big('25000000000.00', 4), { projects });
      expect(safeEvaluate(atBound, { readings: { 'A9.4.4': 'b' } }).ok).toBe(true);
      const over = application([...big('25000000000.00', 4), claim('art08_3', { id: 'e', totalCost: '0.01', costBorneByHost: '0.00' })], { projects });
      const [issue] = issuesOf(over, { readings: { 'A9.4.4': 'b' } });
      expect(issue).toMatchObject({ path: 'claims[4].totalCost', code: 'outOfRange' });
      expect(issue!.message.en).toMatch(/100000000000 yuan/);
    });

    it('near the bound every figure is exact: Σ of the lines, 九(三) shares and the total agree to the fen', () => {
      const projects = Array.from({ length: 4 }, (_, i) => ({ id: `P${i}` }));
      // Four lines of 24,999,999,999.99 (1:1 matched, no cap of their own), contribution 99,999,999,999.97:
      // the total is the contribution exactly, shared pro rata with the leftover fen handed out.
      const app = application(big('24999999999.99', 4), {
        projects, beneficiary: beneficiary({ districtContribution: { '2025': '2.00' } }),
      });
      const r = evaluate(app, { readings: { 'A9.4.4': 'b' } });
      let sum = 0n;
      for (const l of r.lines) sum += BigInt(l.net.replace('.', ''));
      expect(sum).toBe(BigInt(r.total.replace('.', '')));
      expect(r.total).toBe('2.00');
      const uncapped = evaluate(app, { readings: { 'A9.4.4': 'b', 'A9.3.1': 'b' } });
      expect(uncapped.total).toBe('99999999999.96');
    });
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

describe('options are resolved once per content (validate.ts)', () => {
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

describe('zod issues in two languages (errors.ts)', () => {
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

describe('an options object used again, and changed in between', () => {
  // A caller may keep one options object and change it between calls: each call must use what it holds then.
  const app = application([claim('art02_2')]);
  const run = (options: unknown) => evaluate(app, options);

  it('a changed reading, an added part, a removed part and a changed value are each used at once', () => {
    const options: { readings?: Record<string, string>; parameters?: Record<string, string> } = { readings: { 'A9.3.1': 'a' } };
    expect(run(options).readings['A9.3.1']).toBe('a');
    options.readings!['A9.3.1'] = 'b';
    expect(run(options).readings['A9.3.1']).toBe('b');
    options.readings!.R7 = 'clauseOrder';
    expect(run(options).readings.R7).toBe('clauseOrder');
    options.parameters = { 'art02_2.cap': '2000000' };
    expect(run(options).parameters['art02_2.cap']).toBe('2000000');
    options.parameters = { 'art02_2.cap': '3000000' };
    expect(run(options).parameters['art02_2.cap']).toBe('3000000');
    delete options.readings;
    const r = run(options);
    expect(r.readings['A9.3.1']).toBe('a');
    expect(r.readings.R7).toBe('proRata');
    options.parameters = {};
    expect(run(options).parameters['art02_2.cap']).toBe('1000000');
  });

  it('a value made invalid after a first good call is refused', () => {
    const options: { readings: Record<string, string> } = { readings: { 'A9.3.1': 'b' } };
    expect(run(options).readings['A9.3.1']).toBe('b');
    options.readings['A9.3.1'] = 'z';
    expect(() => run(options)).toThrow(PolicyInputError);
    options.readings = { 'A9.3.1': 'a', A0: 'a' };
    expect(() => run(options)).toThrow(PolicyInputError);
  });

  it('options that are not plain objects are read afresh every call', () => {
    class Readings { 'A9.3.1' = 'b'; }
    const readings = new Readings();
    const options = { readings };
    expect(run(options).readings['A9.3.1']).toBe('b');
    readings['A9.3.1'] = 'a';
    expect(run(options).readings['A9.3.1']).toBe('a');
  });
});
