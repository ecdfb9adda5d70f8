/**
 * The fast validator (src/fastValidate.ts) against zod, the source of truth: on random valid applications and on
 * mutations of them (wrong types, missing and unknown keys, bad amounts and dates, forbidden keys, exotic
 * objects), the fast path never accepts what zod rejects, and when it accepts, zod's data equals the input. The
 * generated code and the closure fallback are both checked, and the evaluation through the fast path equals the
 * evaluation through zod alone, errors included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../src/dates.js';
import { evaluateWith } from '../../src/evaluate.js';
import { fastChecker, fastCopier, MATCHED_SOURCES, regexTest } from '../../src/fastValidate.js';
import { MultiYearInput } from '../../src/multiyear.js';
import { Application } from '../../src/schema.js';
import { parseWith } from '../../src/validate.js';
import { application, multiYear, type Json, runs } from './arbitraries.js';

const generated = fastChecker(Application);
const closures = fastChecker(Application, 'closures');

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
  for (const check of [generated, closures]) {
    const fast = check(input);
    // Never accept what zod rejects.
    if (fast) {
      expect(zod.success).toBe(true);
      // zod's data is a structural copy of the input.
      expect(zod.data).toStrictEqual(input);
    }
  }
}

describe('fast validator agrees with zod', () => {
  it('accepts every valid application, and zod returns the same data', () => {
    fc.assert(fc.property(application(), (app) => {
      expect(Application.safeParse(app).success).toBe(true);
      expect(generated(app)).toBe(true);
      expect(closures(app)).toBe(true);
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
        expect(closures(app)).toBe(false);
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
