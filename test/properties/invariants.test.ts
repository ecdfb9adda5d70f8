/**
 * Invariants over random valid applications (fast-check, fixed seed from test/setup.ts):
 * - each line's cuts add up: net = gross − Σ (before − after), the adjustments chain from gross to net, and the
 *   status says what happened (paid: untouched; reduced: cut, something left; zero: nothing left);
 * - total = Σ net of the paid and reduced lines;
 * - total ≤ the 九(三) room (the contribution of the cap year less earlier batches of the award year), unless the
 *   beneficiary is exempt as an R&D institution or a lift of the cap is recorded;
 * - the result does not depend on the order of the claims (or of the history, projects and other support);
 * - the input is not mutated (a deep-frozen input works and equals its copy afterwards);
 * - the pipeline's shortcuts (stages skipped when they would change nothing) change nothing.
 * Under random readings too, where the invariant does not depend on a reading.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { READINGS, type EvaluationResult } from '../../src/index.js';
import { evaluateWith } from '../../src/edges/api.js';
import { fenFromYuan } from '../../src/core/money.js';
import { application, readingsArb, type Json, runs } from './arbitraries.js';
import { evaluate } from '../helpers.js';

const fen = fenFromYuan;
const PAYING = new Set(['paid', 'reduced']);
const readings = readingsArb(READINGS);

function deepFreeze<T>(v: T): T {
  if (v !== null && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const k of Object.keys(v)) deepFreeze((v as Json)[k]);
  }
  return v;
}

/** The arithmetic of every line and of the total. */
function checkArithmetic(r: EvaluationResult): void {
  let total = 0;
  for (const l of r.lines) {
    if (l.status === 'paid' || l.status === 'reduced' || l.status === 'zero') {
      const gross = fen(l.gross);
      const net = fen(l.net);
      let cut = 0;
      for (const a of l.adjustments) cut += fen(a.before) - fen(a.after);
      expect(net, `${l.claimId}: net = gross − Σ cuts`).toBe(gross - cut);
      // The adjustments chain: gross → … → net, and every cut lowers the amount.
      let at = gross;
      for (const a of l.adjustments) {
        expect(fen(a.before)).toBe(at);
        expect(fen(a.after)).toBeLessThan(fen(a.before));
        expect(fen(a.after)).toBeGreaterThanOrEqual(0);
        at = fen(a.after);
      }
      expect(at).toBe(net);
      if (l.status === 'paid') {
        expect(net).toBe(gross);
        expect(net).toBeGreaterThan(0);
        expect(l.adjustments).toHaveLength(0);
      }
      if (l.status === 'reduced') {
        expect(net).toBeGreaterThan(0);
        expect(net).toBeLessThan(gross);
      }
      if (l.status === 'zero') expect(net).toBe(0);
      expect(fen(l.entitlement)).toBeLessThanOrEqual(gross);
      expect(net).toBeLessThanOrEqual(fen(l.entitlement));
    } else {
      expect(l.net).toBe('0.00');
      expect(l.entitlement).toBe('0.00');
    }
    if (PAYING.has(l.status)) total += fen(l.net);
  }
  expect(fen(r.total), 'total = Σ net of paid and reduced lines').toBe(total);
}

/** 九(三): total ≤ room unless exempt or a lift is recorded (only where the cap is a hard cap, A9.3.1 a). */
function checkAnnualCap(app: Json, r: EvaluationResult, chosen: Record<string, string>): void {
  if (chosen['A9.3.1'] === 'b') return;
  const b = app.beneficiary as Json;
  const exempt = b.rndInstitution === true && (chosen['A9.3.4'] !== 'b' || b.legalForm !== 'enterprise');
  expect(r.annualCap.exempt).toBe(exempt);
  if (exempt || app.annualCapOverride !== undefined) return;
  const year = chosen['A9.3.2'] === 'a' ? (app.awardYear as number) : (app.awardYear as number) - 1;
  expect(r.annualCap.contributionYear).toBe(year);
  const raw = (b.districtContribution as Record<string, string>)[String(year)];
  if (raw === undefined) {
    expect(r.total, 'no contribution figure: nothing is paid (pending)').toBe('0.00');
    return;
  }
  let earlier = 0;
  for (const h of (app.history as Json[] | undefined) ?? []) {
    if (h.awardYear === app.awardYear) earlier += fen(h.paid as string) - (h.refunded === undefined ? 0 : fen(h.refunded as string));
  }
  const room = Math.max(0, Math.max(0, fen(raw)) - earlier);
  expect(fen(r.total), `total ≤ 九(三) room ${room}`).toBeLessThanOrEqual(room);
}

/** A permutation of an array, by a seed of sort keys. */
const permuted = <T>(xs: readonly T[], keys: readonly number[]): T[] =>
  xs.map((x, i) => [x, keys[i % keys.length]! + i / 1000] as const).sort((a, b) => a[1] - b[1]).map(([x]) => x);

describe('invariants of a result', () => {
  it('lines and total add up, and 九(三) holds (default readings)', () => {
    fc.assert(fc.property(application(), (app) => {
      const r = evaluate(app);
      checkArithmetic(r);
      checkAnnualCap(app, r, {});
    }), { numRuns: runs(400) });
  });

  it('lines and total add up, and 九(三) holds, beneficiaries in scope (more lines paid)', () => {
    fc.assert(fc.property(application({ inScope: true }), (app) => {
      const r = evaluate(app);
      checkArithmetic(r);
      checkAnnualCap(app, r, {});
    }), { numRuns: runs(400) });
  });

  it('lines and total add up, and 九(三) holds, under random readings and a 二(一) ratio', () => {
    fc.assert(fc.property(application({ inScope: true }), readings, fc.constantFrom(undefined, '0.5', '1'), (app, chosen, ratio) => {
      const r = evaluate(app, { readings: chosen, ...(ratio ? { parameters: { 'art02_1.ratio': ratio } } : {}) });
      checkArithmetic(r);
      checkAnnualCap(app, r, chosen);
      for (const [id, choice] of Object.entries(chosen)) expect(r.readings[id]).toBe(choice);
    }), { numRuns: runs(400) });
  });
});

describe('the result does not depend on order', () => {
  it('shuffling the claims (and history, projects, other support) gives the same result', () => {
    fc.assert(fc.property(application({ inScope: true }), fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 8 }), readings, (generated, keys, chosen) => {
      // Two batches of one award year are ordered by their payment dates (D10): give every earlier line one, so that
      // the order of the history list carries no information.
      const app = dated(generated);
      const b = app.beneficiary as Json;
      const shuffled: Json = {
        ...app,
        claims: permuted(app.claims as Json[], keys),
        ...(app.history ? { history: permuted(app.history as Json[], [...keys].reverse()) } : {}),
        ...(app.projects ? { projects: permuted(app.projects as Json[], keys) } : {}),
        beneficiary: b.otherDistrictSupport ? { ...b, otherDistrictSupport: permuted(b.otherDistrictSupport as Json[], keys) } : b,
      };
      const options = { readings: chosen };
      expect(evaluate(shuffled, options)).toStrictEqual(evaluate(app, options));
    }), { numRuns: runs(400) });
  });
});

describe('order never decides (D8): statuses and amounts do not depend on the order of the claims or on their ids', () => {
  it('shuffling the claims and renaming their ids gives every claim the same line', () => {
    const newIds = fc.uniqueArray(fc.stringMatching(/^[a-zA-Z0-9_-]{1,8}$/), { minLength: 40, maxLength: 40 });
    fc.assert(fc.property(application({ inScope: true, maxClaims: 8 }), fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 8 }), newIds, readings,
      (app, keys, ids, chosen) => {
        const claims = app.claims as Json[];
        const rename = new Map(claims.map((c, i) => [c.id as string, ids[i]!]));
        const renamed: Json = { ...app, claims: permuted(claims.map((c) => ({ ...c, id: rename.get(c.id as string) })), keys) };
        const options = { readings: chosen };
        // Claims equal in all but their id may swap lines; compare each claim's content with its line, as multisets.
        expect(byContent(evaluate(renamed, options), renamed)).toStrictEqual(byContent(evaluate(app, options), app));
      }), { numRuns: runs(400) });
  });
});

/** Each line with its claim's content (the claim without its id), the line without its claim id; sorted. */
function byContent(r: EvaluationResult, app: Json): string[] {
  const byId = new Map((app.claims as Json[]).map((c) => [c.id as string, c]));
  return r.lines.map((l) => {
    const { id: _id, ...content } = byId.get(l.claimId)!;
    const { claimId: _claimId, ...line } = l;
    return JSON.stringify([sortedKeys(content), line]);
  }).sort();
}

function sortedKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortedKeys);
  if (v === null || typeof v !== 'object') return v;
  return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortedKeys((v as Json)[k])]));
}

/** The application with a payment date on every earlier line that lacks one (distinct within a year). */
function dated(app: Json): Json {
  if (!app.history) return app;
  const history = (app.history as Json[]).map((h, i) =>
    (h.paidOn === undefined ? { ...h, paidOn: `${h.awardYear as number}-12-${String(10 + (i % 20)).padStart(2, '0')}` } : h));
  return { ...app, history };
}

describe('the input is not mutated', () => {
  it('a deep-frozen input evaluates, and equals its copy afterwards', () => {
    fc.assert(fc.property(application(), readings, (app, chosen) => {
      const copy = structuredClone(app);
      const options = deepFreeze({ readings: { ...chosen } });
      deepFreeze(app);
      const r = evaluate(app, options);
      expect(app).toStrictEqual(copy);
      // Nothing of the input is shared with the result: changing the result cannot reach the input.
      expect(JSON.parse(JSON.stringify(r))).toStrictEqual(evaluate(copy, { readings: chosen }));
    }), { numRuns: runs(300) });
  });
});

describe('results share nothing mutable', () => {
  it('every object a result shares with other results is deeply frozen; the rest is its own', () => {
    fc.assert(fc.property(application(), readings, (app, chosen) => {
      const a = evaluate(app, { readings: chosen });
      const b = evaluate(app, { readings: chosen });
      const seen = new Set<object>();
      const walk = (x: unknown, y: unknown): void => {
        if (x === null || typeof x !== 'object') return;
        if (x === y) {
          // Shared between two results: must be frozen all the way down.
          expect(isDeepFrozen(x), JSON.stringify(x).slice(0, 80)).toBe(true);
          return;
        }
        if (seen.has(x)) return;
        seen.add(x);
        for (const k of Object.keys(x)) walk((x as Json)[k], (y as Json | undefined)?.[k]);
      };
      walk(a, b);
      expect(() => {
        (a.fingerprint as { version: string }).version = 'x';
      }).toThrow(TypeError);
      expect(b.fingerprint.version).not.toBe('x');
    }), { numRuns: runs(100) });
  });
});

function isDeepFrozen(v: unknown): boolean {
  if (v === null || typeof v !== 'object') return true;
  return Object.isFrozen(v) && Object.keys(v).every((k) => isDeepFrozen((v as Json)[k]));
}

describe('a result is plain data and does not depend on earlier calls', () => {
  it('survives JSON unchanged, and repeated or interleaved evaluations agree (caches keyed right)', () => {
    fc.assert(fc.property(application(), readings, readings, (app, a, b) => {
      const first = evaluate(app, { readings: a });
      expect(JSON.parse(JSON.stringify(first))).toStrictEqual(first);
      const other = evaluate(app, { readings: b });
      expect(evaluate(app, { readings: { ...a } })).toStrictEqual(first);
      expect(evaluate(app, { readings: b })).toStrictEqual(other);
      expect(fen(first.total)).toBeGreaterThanOrEqual(0);
    }), { numRuns: runs(300) });
  });
});

describe('performance shortcuts change nothing', () => {
  it('fast validation and skipped stages give the same result as the full path', () => {
    fc.assert(fc.property(application(), readings, (app, chosen) => {
      const options = { readings: chosen };
      const full = evaluateWith(app, options, { fast: false, skipUnchanged: false });
      expect(evaluateWith(app, options, { fast: true, skipUnchanged: true })).toStrictEqual(full);
      expect(evaluateWith(app, options, { fast: true, skipUnchanged: false })).toStrictEqual(full);
      expect(JSON.stringify(evaluate(app, options))).toBe(JSON.stringify(full));
    }), { numRuns: runs(600) });
  });
});
