/**
 * Bad input never crashes the library: for random JSON, random values and valid applications broken on purpose
 * (wrong types, missing and unknown keys, negative or three-decimal amounts, NaN and Infinity, impossible dates,
 * `__proto__` / `constructor` / `prototype` keys), the safe entry points return `ok: false` with a
 * PolicyInputError whose every issue has a path, a code and a message in Chinese and English, and nothing else
 * is ever thrown. Mutations that happen to stay valid must evaluate normally.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PolicyInputError, safeClawback, safeEvaluate, safeEvaluateYears } from '../../src/index.js';
import type { Outcome } from '../../src/edges/api.js';
import { Application } from '../../src/policy/input.js';
import { application, multiYear, type Json, runs } from './arbitraries.js';

type Path = (string | number)[];

function leaves(v: unknown, at: Path = [], out: [Path, unknown][] = []): [Path, unknown][] {
  out.push([at, v]);
  if (Array.isArray(v)) v.forEach((x, i) => leaves(x, [...at, i], out));
  else if (v !== null && typeof v === 'object') for (const k of Object.keys(v)) leaves((v as Json)[k], [...at, k], out);
  return out;
}

function setAt(v: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(v)) {
    const copy = [...v];
    copy[head as number] = setAt(v[head as number], rest, value);
    return copy;
  }
  return { ...(v as Json), [head as string]: setAt((v as Json)[head as string], rest, value) };
}

/** The outcome is a PolicyInputError with well-formed issues. */
function rejected(o: Outcome<unknown>): void {
  expect(o.ok).toBe(false);
  if (o.ok) return;
  expect(o.error).toBeInstanceOf(PolicyInputError);
  expect(o.error.issues.length).toBeGreaterThan(0);
  for (const i of o.error.issues) {
    expect(typeof i.path).toBe('string');
    expect(i.code).toMatch(/^[a-zA-Z]+$/);
    expect(i.message.zh.length).toBeGreaterThan(0);
    expect(i.message.en.length).toBeGreaterThan(0);
  }
  expect(o.error.message).toContain('invalid input');
}

/** Never throws; a result or a PolicyInputError. */
function safe(f: () => Outcome<unknown>): Outcome<unknown> {
  let o: Outcome<unknown> | undefined;
  expect(() => {
    o = f();
  }).not.toThrow();
  if (!o!.ok) expect(o!.error).toBeInstanceOf(PolicyInputError);
  return o!;
}

const AMOUNT = /^-?(0|[1-9][0-9]*)(\.[0-9]{1,2})?$/;
const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

/** Breaks one leaf of a valid application in a way the schema always rejects. */
const broken = application({ maxClaims: 3 }).chain((app) => {
  const all = leaves(app).filter(([p]) => p.length > 0);
  const objects = leaves(app).filter(([, v]) => v !== null && typeof v === 'object' && !Array.isArray(v)).map(([p]) => p);
  const amounts = all.filter(([p, v]) => typeof v === 'string' && AMOUNT.test(v) && p[p.length - 1] !== 'id' && p[p.length - 1] !== 'deployedParams').map(([p]) => p);
  const dates = all.filter(([, v]) => typeof v === 'string' && DATE.test(v)).map(([p]) => p);
  const numbers = all.filter(([, v]) => typeof v === 'number').map(([p]) => p);
  const typed = all.filter(([, v]) => v !== undefined);
  const options: fc.Arbitrary<unknown>[] = [
    // A value of another type.
    fc.constantFrom(...typed).map(([p, v]) => setAt(app, p, Array.isArray(v) ? {} : typeof v === 'object' && v !== null ? [] : typeof v === 'string' ? 42 : typeof v === 'number' ? String(v) : 'true')),
    // An undeclared key, or a prototype-poisoning one, anywhere.
    fc.tuple(fc.constantFrom(...objects), fc.constantFrom('extra', 'Id', '__proto__', 'constructor', 'prototype'), fc.jsonValue({ maxDepth: 1 })).map(([p, k, v]) => {
      const target = JSON.parse(JSON.stringify(p.length === 0 ? app : (leaves(app).find(([q]) => q.join('/') === p.join('/'))![1]))) as Json;
      Object.defineProperty(target, k, { value: v, enumerable: true, writable: true, configurable: true });
      return setAt(app, p, target);
    }),
  ];
  if (amounts.length > 0) options.push(fc.tuple(fc.constantFrom(...amounts), fc.constantFrom('1.005', '-0.001', '1e3', '１００', '12345678901234', '0x10', ' 1', '1.')).map(([p, v]) => setAt(app, p, v)));
  if (dates.length > 0) options.push(fc.tuple(fc.constantFrom(...dates), fc.constantFrom('2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-1-1', '2026/01/01', '26-01-01')).map(([p, v]) => setAt(app, p, v)));
  if (numbers.length > 0) options.push(fc.tuple(fc.constantFrom(...numbers), fc.constantFrom(NaN, Infinity, -Infinity, 1.5, -1, 1e21)).map(([p, v]) => setAt(app, p, v)));
  return fc.oneof(...options);
});

describe('invalid input gives a PolicyInputError, never anything else', () => {
  it('a valid application broken on purpose is rejected', () => {
    fc.assert(fc.property(broken, (input) => {
      // Some breaks only matter to the cross-field checks; either way the input is invalid.
      rejected(safe(() => safeEvaluate(input)));
    }), { numRuns: runs(1000) });
  });

  it('random JSON and random values are rejected by every entry point', () => {
    fc.assert(fc.property(fc.oneof(fc.jsonValue(), fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true })), (input) => {
      rejected(safe(() => safeEvaluate(input)));
      rejected(safe(() => safeEvaluateYears(input)));
      rejected(safe(() => safeClawback(input)));
    }), { numRuns: runs(500) });
  });

  it('random changes to a valid application either evaluate or are rejected, never throw', () => {
    fc.assert(fc.property(application({ maxClaims: 3 }).chain((app) => fc.tuple(fc.constant(app), fc.constantFrom(...leaves(app).map(([p]) => p)),
      fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(undefined, NaN, -0, Infinity, Symbol('s'), () => 1, new Date(0), 10n)))), ([app, path, value]) => {
      const input = setAt(app, path, value);
      const o = safe(() => safeEvaluate(input));
      if (!Application.safeParse(input).success) rejected(o);
    }), { numRuns: runs(1000) });
  });

  it('bad options are rejected', () => {
    fc.assert(fc.property(application({ maxClaims: 2 }), fc.oneof(
      fc.record({ readings: fc.dictionary(fc.constantFrom('A9.3.2', 'R7', 'A0.0', '__proto__', 'constructor'), fc.oneof(fc.string(), fc.integer())) }).filter((o) => Object.keys(o.readings).length > 0),
      fc.record({ parameters: fc.dictionary(fc.constantFrom('art02_1.ratio', 'art02_2.cap', 'rounding', 'nope'), fc.oneof(fc.constantFrom('-1', 'x', '1.001', '', 'floor2'), fc.integer())) }).filter((o) => Object.keys(o.parameters).length > 0),
    ), (app, options) => {
      const o = safe(() => safeEvaluate(app, options as never));
      // An option may happen to be valid (e.g. a real reading and choice); only a bad one must be rejected.
      if (!o.ok) rejected(o);
    }), { numRuns: runs(300) });
  });

  it('examples: __proto__ from JSON, deep nesting, too many claims, an unknown clause', () => {
    fc.assert(fc.property(application({ maxClaims: 1 }), (app) => {
      const poisoned = JSON.parse(JSON.stringify(app).replace('"beneficiary":{', '"beneficiary":{"__proto__":{"rndInstitution":true},')) as unknown;
      rejected(safe(() => safeEvaluate(poisoned)));
      let deep: unknown = [];
      for (let i = 0; i < 5000; i++) deep = [deep];
      rejected(safe(() => safeEvaluate({ ...app, claims: deep })));
      rejected(safe(() => safeEvaluate({ ...app, claims: Array.from({ length: 501 }, (_, i) => ({ ...(app.claims as Json[])[0]!, id: `x${i}` })) })));
      rejected(safe(() => safeEvaluate({ ...app, claims: [{ ...(app.claims as Json[])[0]!, clause: 'art99_9' }] })));
    }), { numRuns: runs(20) });
  });

  it('multi-year input broken in one year is rejected as a whole', () => {
    fc.assert(fc.property(multiYear(['art02_2', 'art05_2', 'art08_3'], { maxYears: 3, maxClaims: 2 }), fc.nat(), (input, k) => {
      const years = input.years as Json[];
      const i = k % years.length;
      const bad = { ...input, years: years.map((y, j) => (j === i ? { ...y, approvalDate: `${(y.awardYear as number) + 1}-01-01` } : y)) };
      rejected(safe(() => safeEvaluateYears(bad)));
    }), { numRuns: runs(100) });
  });
});
