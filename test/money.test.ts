import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import { z } from 'zod';
import { addFen, AMOUNT_BOUND_FEN, applyRate, fen, fenAbove, fenFromYuan, maxFen, minFen, subFen, sum, ZERO_FEN, mulDivFloor, rateFromString, shiftDecimal, SIGNED_YUAN_PATTERN, YUAN_PATTERN, yuanFromFen } from '../src/core/money.js';
import { MultiYearInput } from '../src/engine/years.js';
import { PARAMETERS } from '../src/policy/catalogue.js';
import { Application } from '../src/policy/input.js';
import { COMPARED_AMOUNT_KEYS, SUMMED_AMOUNT_KEYS, SUMMED_AMOUNT_TABLES } from '../src/edges/input/validate.js';

describe('money', () => {
  it('reads and writes yuan strings exactly', () => {
    expect(fenFromYuan('0')).toBe(0);
    expect(fenFromYuan('0.1')).toBe(10);
    expect(fenFromYuan('0.01')).toBe(1);
    expect(fenFromYuan('1234567.89')).toBe(123456789);
    expect(fenFromYuan('99999999999.99')).toBe(9999999999999);
    expect(yuanFromFen(fen(0))).toBe('0.00');
    expect(yuanFromFen(fen(5))).toBe('0.05');
    expect(yuanFromFen(fen(123456789))).toBe('1234567.89');
    expect(yuanFromFen(fen(-150))).toBe('-1.50');
  });

  it('round-trips every amount', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 999999999999999 }), (n) => fenFromYuan(yuanFromFen(fen(n))) === n));
  });

  it('reads every signed yuan string of the input pattern as decimal.js reads it, times 100', () => {
    const yuanText = fc
      .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 99999999999n }), fc.constantFrom('', '.d', '.dd'), fc.integer({ min: 0, max: 99 }))
      .map(([minus, whole, form, cents]) => {
        const frac = form === '' ? '' : form === '.d' ? `.${cents % 10}` : `.${String(cents).padStart(2, '0')}`;
        return `${minus ? '-' : ''}${whole}${frac}`;
      });
    fc.assert(
      fc.property(yuanText, (text) => {
        expect(SIGNED_YUAN_PATTERN.test(text)).toBe(true);
        expect(fenFromYuan(text) + 0).toBe(new Decimal(text).times(100).toNumber() + 0); // -0 and 0 are the same fen
      }),
      { seed: 20261128, numRuns: 2000 },
    );
    expect(fenFromYuan('5')).toBe(500);
    expect(fenFromYuan('-0.5')).toBe(-50);
    expect(fenFromYuan('0.05')).toBe(5);
  });

  it('rejects a string not of the input form, or beyond 2^53 fen, instead of guessing', () => {
    for (const bad of ['', '-', '.5', '5.', '1.234', '1e5', '1.2a', 'abc', ' 1', '1 ', '--1', '1,000', '100000000000000000']) {
      expect(() => fenFromYuan(bad), bad).toThrow(RangeError);
    }
    // 14 whole digits are beyond the input pattern but exact up to 2^53 − 1 fen; 2^53 fen is refused.
    expect(fenFromYuan('90071992547409.91')).toBe(Number.MAX_SAFE_INTEGER);
    expect(fenFromYuan('-90071992547409.91')).toBe(-Number.MAX_SAFE_INTEGER);
    expect(() => fenFromYuan('90071992547409.92')).toThrow(RangeError);
  });

  it('reads rates as reduced fractions', () => {
    expect(rateFromString('0.30')).toMatchObject({ num: 3, den: 10 });
    expect(rateFromString('1')).toMatchObject({ num: 1, den: 1 });
    expect(rateFromString('0.5')).toMatchObject({ num: 1, den: 2 });
    expect(rateFromString('0.125')).toMatchObject({ num: 1, den: 8 });
    expect(() => rateFromString('-1')).toThrow();
  });

  it('floors products of a rate to the fen (R7)', () => {
    expect(applyRate(fen(1), rateFromString('0.5'), 'floor')).toBe(0);
    expect(applyRate(fen(3), rateFromString('0.5'), 'floor')).toBe(1);
    expect(applyRate(fen(1000000001), rateFromString('0.3'), 'floor')).toBe(300000000);
    expect(applyRate(fen(3), rateFromString('0.5'), 'halfUp')).toBe(2);
    expect(applyRate(fen(1), rateFromString('0.3'), 'halfUp')).toBe(0);
  });

  it('mulDivFloor is exact beyond 2^53 and agrees with BigInt', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999999999999999 }), fc.integer({ min: 0, max: 1000000 }), fc.integer({ min: 1, max: 1000000 }), (a, b, c) =>
        mulDivFloor(a, b, c) === Number((BigInt(a) * BigInt(b)) / BigInt(c)),
      ),
    );
  });
});

describe('fen arithmetic keeps the brand and the value', () => {
  it('makes money only of whole numbers of fen', () => {
    expect(fen(0)).toBe(0);
    expect(fen(-150)).toBe(-150);
    expect(fen(Number.MAX_SAFE_INTEGER)).toBe(Number.MAX_SAFE_INTEGER);
    for (const bad of [0.5, -0.01, NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER + 1]) expect(() => fen(bad), String(bad)).toThrow(RangeError);
    expect(ZERO_FEN).toBe(0);
  });

  it('adds, subtracts, compares and sums as integers do', () => {
    const n = fc.integer({ min: -1e13, max: 1e13 });
    fc.assert(fc.property(n, n, (a, b) => {
      expect(addFen(fen(a), fen(b))).toBe(a + b);
      expect(subFen(fen(a), fen(b))).toBe(a - b);
      expect(minFen(fen(a), fen(b))).toBe(Math.min(a, b));
      expect(maxFen(fen(a), fen(b))).toBe(Math.max(a, b));
      // The room left under a cap, the part above a threshold: never below zero, exactly the difference above it.
      expect(fenAbove(fen(a), fen(b))).toBe(Math.max(0, a - b));
    }), { numRuns: 500 });
    fc.assert(fc.property(fc.array(n, { maxLength: 20 }), (xs) => {
      expect(sum(xs.map(fen))).toBe(xs.reduce((s, x) => s + x, 0));
    }), { numRuns: 200 });
  });

  it('is equal at the boundary: the room under a cap that is just reached is zero, one fen over is one fen', () => {
    expect(fenAbove(fen(300_000_000), fen(300_000_000))).toBe(0);
    expect(fenAbove(fen(300_000_001), fen(300_000_000))).toBe(1);
    expect(fenAbove(fen(299_999_999), fen(300_000_000))).toBe(0);
  });
});

describe('the exactness bound (money.ts): no accepted input can form a figure past 2^53 fen', () => {
  it('the worst figure the accepted bounds allow is below Number.MAX_SAFE_INTEGER', () => {
    // Inputs: the summed amounts of one input are at most AMOUNT_BOUND_FEN. Every rate is at most 10 (parameters.ts:
    // ratios 1:10, A3.3.2 b at most 1/0.1), so the lines made from inputs add up to at most 10 × the bound, and the
    // 六(三) uplift (at most 100 %) on them as much again. Fixed amounts (tiers) do not come from inputs: at most
    // 500 claims a year, each at the largest amount parameter, over at most 50 years of one multi-year input.
    const maxRate = Number(PARAMETERS.filter((p) => p.unit === 'rate').reduce((m, p) => Math.max(m, Number(p.range![1])), 0));
    const maxParamFen = Math.max(...PARAMETERS.filter((p) => p.unit === 'yuan').map((p) => fenFromYuan(p.range![1])));
    const claimsMax = (Application.shape.claims as unknown as { def: { checks: { _zod: { def: { maximum?: number } } }[] } }).def.checks
      .map((c) => c._zod.def.maximum).find((m) => m !== undefined)!;
    const yearsMax = (MultiYearInput.shape.years as unknown as { def: { checks: { _zod: { def: { maximum?: number } } }[] } }).def.checks
      .map((c) => c._zod.def.maximum).find((m) => m !== undefined)!;
    expect([maxRate, claimsMax, yearsMax, AMOUNT_BOUND_FEN]).toEqual([10, 500, 50, 10 ** 13]);
    const worst = AMOUNT_BOUND_FEN /* the inputs themselves, e.g. history */ + 2 * maxRate * AMOUNT_BOUND_FEN + claimsMax * yearsMax * maxParamFen;
    expect(worst).toBeLessThan(Number.MAX_SAFE_INTEGER);
  });

  it('every amount field of the input is either counted in the bound or only compared with a sum', () => {
    const names = new Set<string>();
    const yuan = new Set([YUAN_PATTERN.source, SIGNED_YUAN_PATTERN.source]);
    const walk = (node: unknown, key: string | null): void => {
      if (node === null || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (key !== null && typeof n.pattern === 'string' && yuan.has(n.pattern)) names.add(key);
      for (const [k, v] of Object.entries(n)) {
        if (k === 'properties') for (const [p, s] of Object.entries(v as Record<string, unknown>)) walk(s, p);
        else if (k === 'additionalProperties' || k === 'propertyNames') walk(v, key);
        else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
        else if (typeof v === 'object') walk(v, key);
      }
    };
    walk(z.toJSONSchema(MultiYearInput, { io: 'input' }), null);
    walk(z.toJSONSchema(Application, { io: 'input' }), null);
    const known = new Set([...SUMMED_AMOUNT_KEYS, ...SUMMED_AMOUNT_TABLES, ...COMPARED_AMOUNT_KEYS]);
    expect([...names].filter((n) => !known.has(n))).toEqual([]);
    expect([...known].filter((n) => !names.has(n))).toEqual([]);
  });
});

describe('decimal strings, digit by digit (checked against decimal.js)', () => {
  const decimalText = fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 0, max: 12 }), fc.boolean())
    .map(([digits, places, pad]) => {
      const s = digits.toString().padStart(places + 1, '0');
      const text = places === 0 ? s : `${s.slice(0, -places)}.${s.slice(-places)}`;
      return pad && places === 0 ? `${text}.0` : text;
    });

  it('shiftDecimal moves the point exactly, as decimal.js multiplies by a power of ten', () => {
    fc.assert(fc.property(decimalText, fc.integer({ min: -12, max: 12 }), (text, places) => {
      expect(shiftDecimal(text, places)).toBe(new Decimal(text).times(new Decimal(10).pow(places)).toFixed());
    }), { numRuns: 2000 });
    expect(shiftDecimal('0.30', 2)).toBe('30');
    expect(shiftDecimal('150', 4)).toBe('1500000');
    expect(shiftDecimal('1500000', -4)).toBe('150');
    expect(shiftDecimal('0', -3)).toBe('0');
    expect(() => shiftDecimal('-1', 2)).toThrow(RangeError);
  });

  it('rateFromString reads the exact reduced fraction decimal.js reads', () => {
    fc.assert(fc.property(decimalText.filter((t) => !t.includes('.') || t.split('.')[1]!.length <= 12), (text) => {
      const d = new Decimal(text);
      let r;
      try {
        r = rateFromString(text);
      } catch {
        // Only more digits than a safe integer holds are refused.
        expect(d.times(new Decimal(10).pow(d.decimalPlaces())).gt(Number.MAX_SAFE_INTEGER)).toBe(true);
        return;
      }
      expect(new Decimal(r.num).div(r.den).eq(d)).toBe(true);
      expect(gcdOf(r.num, r.den)).toBe(1);
    }), { numRuns: 2000 });
  });
});

function gcdOf(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}
