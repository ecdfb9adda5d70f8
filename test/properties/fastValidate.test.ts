/**
 * The fast validator (src/fastValidate.ts) against zod, the source of truth: on random valid applications and on
 * mutations of them (wrong types, missing and unknown keys, bad amounts and dates, forbidden keys, exotic
 * objects), the fast path never accepts what zod rejects, and when it accepts, zod's data equals the input; and
 * the evaluation through the fast path equals the evaluation through zod alone, errors included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isCalendarDate } from '../../src/core/dates.js';
import { evaluateWith } from '../../src/edges/api.js';
import { fastChecker, fastCopier, MATCHED_SOURCES, regexTest } from '../../src/edges/input/fastValidate.js';
import { SIGNED_YUAN_PATTERN, YUAN_PATTERN } from '../../src/core/money.js';
import { MultiYearInput } from '../../src/engine/years.js';
import { Application } from '../../src/policy/input.js';
import { parseWith } from '../../src/edges/input/validate.js';
import { application, multiYear, type Json, runs } from './arbitraries.js';

const generated = fastChecker(Application);

/** Every path to a value inside `v` (object keys and array indices). */
function paths(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v !== null && typeof v === 'object') for (const k of Object.keys(v)) paths((v as Json)[k], [...at, k], out);
  return out;
}

function getAt(v: unknown, path: readonly (string | number)[]): unknown {
  let cur = v;
  for (const p of path) cur = (cur as Record<string | number, unknown>)[p];
  return cur;
}

/** A copy of `v` with the value at `path` replaced (or deleted with `DELETE`). */
const DELETE = Symbol('delete');
function setAt(v: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(v)) {
    const copy = [...v];
    if (rest.length === 0 && value === DELETE) copy.splice(head as number, 1);
    else copy[head as number] = setAt(v[head as number], rest, value);
    return copy;
  }
  const copy: Record<string, unknown> = { ...(v as Json) };
  if (rest.length === 0 && value === DELETE) delete copy[head as string];
  else copy[head as string] = setAt((v as Json)[head as string], rest, value);
  return copy;
}

/** Replacement values: wrong types, edge numbers and strings, bad amounts and dates, exotic objects. */
const replacement: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    DELETE, undefined, null, true, false, 0, -0, -1, 1.5, 2026, 1899, 3000, NaN, Infinity, -Infinity, 2 ** 53, '', ' ', 'x',
    '1.005', '-1.00', '+1', '1e3', '01', '1,000', '１２', '12345678901234.00', '0.00', '-0', '2026-02-30', '2026-02-29', '2024-02-29',
    '2026-13-01', '2026-1-01', '2026-01-01T00:00:00Z', '0000-02-29', '9999-12-31', 'art02_2', 'art99_9', 'national', 'all', '2025',
    [], {}, [null], ['2025'], { '2025': '1.00' }, { amount: '1.00' }, new Date(0), Object.create(null), new (class K {})(),
    Object.assign(['largeModels'], { extra: 1 }), Object.defineProperty({}, '2025', { value: '1.00', enumerable: false }),
    { [Symbol('s')]: '1.00' }, JSON.parse('{"__proto__": {"polluted": true}}'), JSON.parse('{"constructor": "x"}'),
    JSON.parse('{"prototype": 1}'),
  ),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.double(),
  fc.jsonValue({ maxDepth: 2 }),
);

/** A mutation: one value replaced or removed, or a key added somewhere. */
const mutated = (base: fc.Arbitrary<Json>) =>
  base.chain((app) => {
    const all = paths(app);
    return fc.oneof(
      fc.tuple(fc.constantFrom(...all), replacement).map(([p, v]) => setAt(app, p, v)),
      fc.tuple(fc.constantFrom(...all.filter((p) => { const x = getAt(app, p); return x !== null && typeof x === 'object' && !Array.isArray(x); })),
        fc.constantFrom('extra', '__proto__', 'constructor', 'prototype', 'id', '2025', 'clause', 'receivedOn'), replacement)
        .map(([p, k, v]) => {
          const target = { ...(getAt(app, p) as Json) };
          if (k === '__proto__') Object.defineProperty(target, k, { value: v, enumerable: true, configurable: true, writable: true });
          else target[k] = v;
          return setAt(app, p, target);
        }),
    );
  });

function agrees(input: unknown): void {
  const zod = Application.safeParse(input);
  // Never accept what zod rejects.
  if (generated(input)) {
    expect(zod.success).toBe(true);
    // zod's data is a structural copy of the input.
    expect(zod.data).toStrictEqual(input);
  }
}

describe('fast validator agrees with zod', () => {
  it('accepts every valid application, and zod returns the same data', () => {
    fc.assert(fc.property(application(), (app) => {
      expect(Application.safeParse(app).success).toBe(true);
      expect(generated(app)).toBe(true);
      agrees(app);
    }), { numRuns: runs(200) });
  });

  it('never accepts a mutated application that zod rejects', () => {
    fc.assert(fc.property(mutated(application({ maxClaims: 3 })), agrees), { numRuns: runs(2000) });
  });

  it('never accepts random JSON or random values that zod rejects', () => {
    fc.assert(fc.property(fc.oneof(fc.jsonValue(), fc.anything()), agrees), { numRuns: runs(500) });
  });

  it('leaves prototype pollution to zod', () => {
    fc.assert(fc.property(application({ maxClaims: 1 }), (app) => {
      (Object.prototype as Record<string, unknown>).polluted = 'yes';
      try {
        expect(generated(app)).toBe(false);
      } finally {
        delete (Object.prototype as Record<string, unknown>).polluted;
      }
    }), { numRuns: runs(20) });
  });

  it('checks dates as isCalendarDate does, in any year', () => {
    const check = fastChecker(Application);
    const withDate = (d: unknown) => ({
      beneficiary: { id: 'B', legalForm: 'enterprise', rndInstitution: false, registeredInDistrict: true, taxAdministeredInDistrict: true,
        statsRegisteredInDistrict: true, independentLegalPerson: true, soundFinancialSystem: true, operatingNormally: true, goodCredit: true,
        mainBusinessFields: [], districtContribution: {} },
      awardYear: 2026, approvalDate: d, claims: [],
    });
    const dateString = fc.oneof(
      fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
        .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
      fc.string({ minLength: 10, maxLength: 10 }),
    );
    fc.assert(fc.property(dateString, (d) => {
      expect(check(withDate(d))).toBe(isCalendarDate(d));
    }), { numRuns: runs(3000) });
  });

  it('hand-written matchers answer as their regexes do', () => {
    const digits = (max: number) => fc.string({ unit: fc.constantFrom('0', '1', '2', '9', '5'), maxLength: max });
    const text = fc.oneof(
      fc.tuple(fc.constantFrom('', '-', '+', '--'), digits(23), fc.constantFrom('', '.', '..'), digits(4), fc.constantFrom('', ' ', '\n', 'e', '٣', 'x'))
        .map((parts) => parts.join('')),
      fc.string({ maxLength: 24 }),
      fc.constantFrom('1900', '1999', '2000', '2999', '1899', '3000', '0', '00', '0.0', '0.00', '0.000', '.5', '5.', '-0', '-', '9999999999999.99', '99999999999999'),
    );
    expect(MATCHED_SOURCES.length).toBeGreaterThanOrEqual(4);
    // The amounts' own patterns are matched by hand (the speed of every application's check, and the tally of api.ts).
    expect(MATCHED_SOURCES).toContain(YUAN_PATTERN.source);
    expect(MATCHED_SOURCES).toContain(SIGNED_YUAN_PATTERN.source);
    fc.assert(fc.property(text, (s) => {
      for (const source of MATCHED_SOURCES) expect(regexTest(new RegExp(source))(s), `${source} on ${JSON.stringify(s)}`).toBe(new RegExp(source).test(s));
    }), { numRuns: runs(5000) });
  });

  it('copies like zod for the other schemas (same data, same key order)', () => {
    fc.assert(fc.property(multiYear(['art02_2', 'art05_2', 'art08_3']), (input) => {
      const check = fastChecker(MultiYearInput);
      const zod = MultiYearInput.safeParse(input);
      expect(zod.success).toBe(true);
      expect(check(input)).toBe(true);
      const copy = fastCopier(MultiYearInput)(input);
      expect(JSON.stringify(copy)).toBe(JSON.stringify(zod.data));
      expect(copy).toStrictEqual(zod.data);
      expect(JSON.stringify(parseWith(MultiYearInput, input))).toBe(JSON.stringify(zod.data));
    }), { numRuns: runs(100) });
  });
});

describe('evaluation through the fast path equals evaluation through zod', () => {
  const both = (input: unknown) => {
    const run = (fast: boolean) => {
      try {
        return { ok: true, value: evaluateWith(input, undefined, { fast, skipUnchanged: fast }) };
      } catch (e) {
        return { ok: false, value: e };
      }
    };
    const a = run(true);
    const b = run(false);
    expect(a.ok).toBe(b.ok);
    if (a.ok) expect(JSON.stringify(a.value)).toBe(JSON.stringify(b.value));
    else expect((a.value as { issues: unknown }).issues).toStrictEqual((b.value as { issues: unknown }).issues);
  };

  it('on valid applications', () => {
    fc.assert(fc.property(application(), both), { numRuns: runs(200) });
  });

  it('on mutated applications (same errors, in the same order)', () => {
    fc.assert(fc.property(mutated(application({ maxClaims: 3 })), both), { numRuns: runs(1000) });
  });
});

describe('the compiler, construct by construct', () => {
  // Each row: a schema, values zod accepts, values zod rejects. Known constructs must accept the former (unless
  // marked `noFastPath`: a construct the compiler leaves to zod) and must reject the latter.
  const rows: { name: string; schema: z.core.$ZodType; good: unknown[]; bad: unknown[]; noFastPath?: boolean }[] = [
    { name: 'string lengths', schema: z.string().min(2).max(3).length(3), good: ['abc'], bad: ['ab', 'abcd', 3] },
    { name: 'regex with a flag (run as is)', schema: z.string().regex(/^a+$/i), good: ['aA'], bad: ['b', ''] },
    { name: 'global regex', schema: z.string().regex(/a/g), good: ['a'], bad: [1], noFastPath: true },
    { name: 'email format', schema: z.string().email(), good: ['a@b.cn'], bad: ['x'], noFastPath: true },
    { name: 'refine', schema: z.string().refine((s) => s.startsWith('x')), good: ['xy'], bad: ['y'] },
    { name: 'refine returning a truthy non-boolean', schema: z.string().refine((s) => s.length as unknown as boolean), good: [], bad: [''] },
    { name: 'trimmed (a transform)', schema: z.string().trim(), good: ['a'], bad: [1], noFastPath: true },
    { name: 'number bounds, exclusive', schema: z.number().gt(1).lt(3), good: [2, 2.5], bad: [1, 3, NaN, Infinity, '2'] },
    { name: 'number multipleOf', schema: z.number().multipleOf(2), good: [4], bad: [3], noFastPath: true },
    { name: 'int32', schema: z.int32(), good: [5], bad: [2 ** 40], noFastPath: true },
    { name: 'enum of numbers', schema: z.literal([1, 2]), good: [1, 2], bad: [3, '1'] },
    { name: 'large enum', schema: z.enum(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']), good: ['i'], bad: ['j'] },
    { name: 'empty literal set', schema: z.literal([]), good: [], bad: ['a'] },
    { name: 'optional', schema: z.string().optional(), good: [undefined, 'a'], bad: [1] },
    { name: 'array lengths', schema: z.array(z.boolean()).min(1).max(2), good: [[true], [true, false]], bad: [[], [1], [true, true, true], 'x'] },
    { name: 'array with an exact length', schema: z.array(z.boolean()).length(1), good: [[true]], bad: [[]] },
    { name: 'record with enum keys (exhaustive)', schema: z.record(z.enum(['a']), z.string()), good: [{ a: 'x' }], bad: [{}], noFastPath: true },
    { name: 'record with number keys', schema: z.record(z.number(), z.string()), good: [{ 1: 'x' }], bad: [{ a: 'x' }], noFastPath: true },
    { name: 'record', schema: z.record(z.string().regex(/^k/), z.number()), good: [{ k1: 1 }, {}], bad: [{ x: 1 }, { k: 'a' }, [], null] },
    { name: 'union', schema: z.union([z.string(), z.number()]), good: ['a', 1], bad: [true] },
    { name: 'empty union', schema: z.union([]), good: [], bad: ['a'] },
    { name: 'exclusive union (exactly one option)', schema: z.xor([z.string(), z.string().min(1)]), good: [''], bad: ['a', 1], noFastPath: true },
    { name: 'discriminated union', schema: z.discriminatedUnion('t', [z.strictObject({ t: z.literal('a'), x: z.string() }), z.strictObject({ t: z.literal('b') })]),
      good: [{ t: 'a', x: '' }, { t: 'b' }], bad: [{ t: 'c' }, { t: 'a' }, { t: 'b', x: '' }, 'a'] },
    { name: 'discriminated union on a non-literal key', schema: z.discriminatedUnion('t', [z.strictObject({ t: z.enum(['a']) }), z.strictObject({ t: z.literal('b') })]),
      good: [{ t: 'a' }, { t: 'b' }], bad: [{ t: 'c' }] },
    { name: 'object with a refine', schema: z.strictObject({ a: z.string() }).refine((o) => o.a === 'x'), good: [{ a: 'x' }], bad: [{ a: 'y' }], noFastPath: true },
    { name: 'array with a refine', schema: z.array(z.string()).refine((a) => a.length !== 1), good: [[]], bad: [['a']], noFastPath: true },
    { name: 'loose object (keys stripped by zod)', schema: z.object({ a: z.string() }), good: [{ a: 'x' }], bad: [{}] },
    { name: 'object with a key named constructor', schema: z.strictObject({ constructor: z.string() }), good: [{ constructor: 'x' }], bad: [{}], noFastPath: true },
    { name: 'object with a symbol key', schema: z.strictObject({ [Symbol.for('s')]: z.string() }), good: [], bad: [{}], noFastPath: true },
    { name: 'lazy (recursive)', schema: z.lazy(() => z.string()), good: ['a'], bad: [1], noFastPath: true },
    { name: 'default', schema: z.string().default('x'), good: ['a'], bad: [1], noFastPath: true },
    { name: 'any', schema: z.any(), good: [1], bad: [], noFastPath: true },
  ];
  it.each(rows)('$name', ({ schema, good, bad, noFastPath }) => {
    const check = fastChecker(schema);
    for (const v of good) {
      expect(z.safeParse(schema, v).success).toBe(true);
      expect(check(v), String(v)).toBe(!noFastPath);
    }
    for (const v of bad) {
      expect(check(v), String(v)).toBe(false);
      if (!noFastPath) expect(z.safeParse(schema, v).success).toBe(false);
    }
  });

  it('copies like zod: optional keys present as undefined, records, unions', () => {
    const schema = z.strictObject({ a: z.string().optional(), r: z.record(z.string(), z.number()), u: z.union([z.string(), z.array(z.string())]) });
    for (const v of [{ a: undefined, r: { b: 1, a: 2 }, u: ['x'] }, { r: {}, u: 'x' }, { u: 'x', r: { 2: 1, 1: 2 }, a: 'y' }]) {
      expect(fastChecker(schema)(v)).toBe(true);
      const copy = fastCopier(schema)(v);
      expect(copy).toStrictEqual(schema.parse(v));
      expect(JSON.stringify(copy)).toBe(JSON.stringify(schema.parse(v)));
      expect(copy).not.toBe(v);
    }
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
    expect(fastChecker(schema)(value)).toBe(accepted);
    if (accepted) expect(fastCopier(schema)(value)).toStrictEqual(value);
  });
});
