/**
 * Money in integer fen (1 yuan = 100 fen).
 *
 * Amounts enter and leave the library as decimal strings in yuan with at most two places; inside, they are
 * JS integers counting fen, exact up to 2^53 fen (about 9 × 10^13 yuan). Products of a rate are computed
 * exactly (the rate is held as an integer fraction, read digit by digit) and rounded once, to the fen, as the
 * reading says (R7). No floating-point step and no decimal library is needed: decimal strings are read and shifted
 * digit by digit; the tests check every such step against decimal.js.
 *
 * Exactness is guaranteed by bounding what is accepted, not by hoping: each amount has at most 11 whole digits,
 * the amounts of one input add up to at most {@link AMOUNT_BOUND_YUAN} (validate.ts refuses more, naming the field
 * where the sum passes it), and every rate the parameters allow is at most 10 (parameters.ts). Every figure the
 * engine forms is then a sum of at most 10 × 10 × 10^13 fen plus a margin, far below 2^53 (test/money.test.ts
 * checks the arithmetic of this bound). Sums over many inputs (a batch, a portfolio) are made with bigint.
 */

declare const fenBrand: unique symbol;

/**
 * An amount of money in integer fen. Branded: a plain number (a count, a year, a yuan figure) is not money until
 * it is made so on purpose ({@link fen}), and the arithmetic helpers below keep the brand.
 */
export type Fen = number & { readonly [fenBrand]: true };

/** Zero fen, branded: the gross of a failed condition, a pending or an indeterminate outcome. */
export type ZeroFen = 0 & { readonly [fenBrand]: true };

/** Zero fen. */
export const ZERO_FEN = 0 as ZeroFen;

/**
 * A number of fen as money: the one door from a plain number to {@link Fen} (a figure built from counts, the
 * result of integer arithmetic the helpers below do not cover). Anything but a safe integer is a programming
 * error: a RangeError, never a fraction of a fen.
 */
export function fen(n: number): Fen {
  if (!Number.isSafeInteger(n)) throw new RangeError(`not a whole number of fen: ${n}`);
  return n as Fen;
}

/** a + b fen. */
export function addFen(a: Fen, b: Fen): Fen {
  return (a + b) as Fen;
}

/** a − b fen. */
export function subFen(a: Fen, b: Fen): Fen {
  return (a - b) as Fen;
}

/** The smaller of two amounts. */
export function minFen(a: Fen, b: Fen): Fen {
  return a < b ? a : b;
}

/** The larger of two amounts. */
export function maxFen(a: Fen, b: Fen): Fen {
  return a > b ? a : b;
}

/** a − b, or 0 when a does not exceed b: the room left under a cap, the part of an amount above a threshold. */
export function fenAbove(a: Fen, b: Fen): Fen {
  return a > b ? ((a - b) as Fen) : ZERO_FEN;
}

/** A non-negative rate held as an exact fraction `num / den`, e.g. 30 % = 3/10. */
export interface Rate {
  readonly num: number;
  readonly den: number;
  /** The decimal string it was read from, e.g. `"0.30"`. */
  readonly text: string;
}

/** How a product of a rate is rounded to the fen. `floor` is the register's rule R7. */
export type RoundingMode = 'floor' | 'halfUp';


/** The most whole digits an amount may have: every amount is below 10^11 yuan. */
export const AMOUNT_WHOLE_DIGITS = 11;

/**
 * The bound on the sum of the amounts of one input (an application, a multi-year input, a clawback input):
 * 100,000,000,000 yuan (1000亿元), i.e. 10^13 fen. Far above anything this policy pays; it keeps every sum the
 * engine forms exact in JavaScript numbers.
 */
export const AMOUNT_BOUND_YUAN = '100000000000';
/** {@link AMOUNT_BOUND_YUAN} in fen. */
export const AMOUNT_BOUND_FEN = 10_000_000_000_000;

/** A yuan amount as written in input: digits, optional one or two decimals, no sign, at most 11 whole digits. */
export const YUAN_PATTERN = /^(0|[1-9][0-9]{0,10})(\.[0-9]{1,2})?$/;

/** A signed yuan amount (only where the text allows a negative figure: a district contribution, A9.3.9). */
export const SIGNED_YUAN_PATTERN = /^-?(0|[1-9][0-9]{0,10})(\.[0-9]{1,2})?$/;

/**
 * Reads a yuan string of the input's form (see {@link SIGNED_YUAN_PATTERN}: digits, at most two decimals, an
 * optional leading minus) as fen, digit by digit, so every step is an exact integer. Anything else, or an amount
 * beyond 2^53 fen, is a programming error (input is validated first): a RangeError, never a guess.
 */
export function fenFromYuan(yuan: string): Fen {
  const n = yuan.length;
  const negative = yuan.charCodeAt(0) === 45; /* - */
  let i = negative ? 1 : 0;
  const start = i;
  let value = 0;
  for (; i < n; i++) {
    const d = yuan.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    value = value * 10 + d;
  }
  let ok = i > start;
  value *= 100;
  if (ok && i < n) {
    const decimals = n - i - 1;
    const d1 = yuan.charCodeAt(i + 1) - 48;
    const d2 = decimals === 2 ? yuan.charCodeAt(i + 2) - 48 : 0;
    ok = yuan.charCodeAt(i) === 46 /* . */ && (decimals === 1 || decimals === 2) && d1 >= 0 && d1 <= 9 && d2 >= 0 && d2 <= 9;
    value += d1 * 10 + d2;
  }
  if (!ok || !Number.isSafeInteger(value)) throw new RangeError(`not a yuan amount: ${JSON.stringify(yuan)}`);
  return (negative ? -value : value) as Fen;
}

/**
 * The last yuan text written for each of a few thousand slots (a direct-mapped cache, slot = fen mod a prime). The
 * same figures recur across results (caps, fixed awards, zero), and a result kept by a caller then shares one
 * string per figure instead of holding its own copy; a miss costs one comparison. Non-negative amounts only.
 */
const SLOTS = 4093;
const slotFen = new Float64Array(SLOTS).fill(-1);
const slotText: string[] = new Array<string>(SLOTS).fill('');

/** Writes fen as a yuan string with exactly two decimals, e.g. `123456` → `"1234.56"`. */
export function yuanFromFen(fen: Fen): string {
  if (fen >= 0) {
    const slot = (fen % SLOTS) | 0;
    if (slotFen[slot] === fen) return slotText[slot]!;
    const text = formatYuan(fen);
    slotFen[slot] = fen;
    slotText[slot] = text;
    return text;
  }
  return formatYuan(fen);
}

function formatYuan(fen: Fen): string {
  const negative = fen < 0;
  const abs = Math.abs(fen);
  const whole = Math.floor(abs / 100);
  const cents = abs - whole * 100;
  return `${negative ? '-' : ''}${whole}.${cents < 10 ? '0' : ''}${cents}`;
}

/** Fen as a bigint (a sum over many inputs: a batch, a portfolio) as a yuan string with two decimals. */
export function yuanFromBigFen(fen: bigint): string {
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  const cents = abs % 100n;
  return `${negative ? '-' : ''}${abs / 100n}.${cents < 10n ? '0' : ''}${cents}`;
}

const DECIMAL = /^([0-9]+)(?:\.([0-9]+))?$/;

/**
 * Reads a non-negative decimal string (`"0.3"`, `"1"`, `"0.125"`) as an exact, reduced fraction, digit by digit.
 * A rate the parameters accept (at most 10, at most 12 decimals) always fits; anything else is a RangeError.
 */
export function rateFromString(text: string): Rate {
  const m = DECIMAL.exec(text);
  if (!m) throw new RangeError(`rate must be a non-negative decimal: ${text}`);
  const frac = (m[2] ?? '').replace(/0+$/, ''); // "0.30" is 3/10: trailing zeros add no digit
  const num = Number(`${m[1]!}${frac}`);
  const den = 10 ** frac.length;
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den)) throw new RangeError(`rate has too many digits: ${text}`);
  const g = gcd(num, den);
  return { num: num / g, den: den / g, text };
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a; // den ≥ 1, so a > 0
}

/** floor(a × b / c) for non-negative integers, exact whatever their size. */
export function mulDivFloor(a: number, b: number, c: number): number {
  const p = a * b;
  // Below 2^53 the float quotient of two integers never rounds up across an integer: with p = k·c − r, the gap
  // r / c ≥ 1 / c exceeds half the spacing of floats near k (k·c < 2^53), so Math.floor is exact.
  if (Number.isSafeInteger(p)) return Math.floor(p / c);
  return Number((BigInt(a) * BigInt(b)) / BigInt(c));
}

/** rate × amount, rounded to the fen by `mode` (R7: floor). */
export function applyRate(amount: Fen, rate: Rate, mode: RoundingMode): Fen {
  if (mode === 'floor') return mulDivFloor(amount, rate.num, rate.den) as Fen;
  // half-up: floor((2·a·num + den) / (2·den)); in numbers while both stay safe integers (exact, as in mulDivFloor),
  // else in bigint.
  const p = 2 * amount * rate.num + rate.den;
  const q = 2 * rate.den;
  if (p >= 0 && Number.isSafeInteger(p) && Number.isSafeInteger(q)) return Math.floor(p / q) as Fen;
  return Number((2n * BigInt(amount) * BigInt(rate.num) + BigInt(rate.den)) / (2n * BigInt(rate.den))) as Fen;
}

/**
 * Shifts a non-negative decimal string by `places` powers of ten, exactly, written without trailing zeros
 * (`"0.30"`, 2 → `"30"`; `"150"`, 4 → `"1500000"`; `"1500000"`, −4 → `"150"`): the digits move, nothing is computed.
 */
export function shiftDecimal(value: string, places: number): string {
  const m = DECIMAL.exec(value);
  if (!m) throw new RangeError(`not a non-negative decimal: ${value}`);
  const whole = m[1]!;
  const frac = m[2] ?? '';
  const digits = whole + frac;
  let point = whole.length + places; // where the decimal point goes in `digits`
  let padded = digits;
  if (point < 0) {
    padded = '0'.repeat(-point) + padded;
    point = 0;
  }
  if (point > padded.length) padded += '0'.repeat(point - padded.length);
  const int = padded.slice(0, point).replace(/^0+(?=[0-9])/, '') || '0';
  const dec = padded.slice(point).replace(/0+$/, '');
  return dec === '' ? int : `${int}.${dec}`;
}

/** Sum of fen. */
export function sum(values: readonly Fen[]): Fen {
  let s = 0;
  for (const v of values) s += v;
  return s as Fen;
}
