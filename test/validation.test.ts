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
