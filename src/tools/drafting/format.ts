/**
 * Numbers written the way the policy writes them: amounts in 万元 (「300万元」), rates in % (「30%」), matching ratios
 * as 1:x (「1:0.5」), model sizes in 亿 (「千亿」「百亿」「2000亿」), counts with their measure word (「50家」「3年」),
 * and threshold comparisons with their inclusion words (「300万元（含）以上」「超过300万元」).
 *
 * Every conversion is exact: values are decimal strings and are shifted by powers of ten, never through a float.
 */
import { shiftDecimal } from '../../core/money.js';

export { shiftDecimal };

/** A yuan amount in 万元: `"1000000"` → `"100万元"`, `"1500"` → `"0.15万元"`. */
export function wanYuan(yuan: string): string {
  return `${shiftDecimal(yuan, -4)}万元`;
}

/**
 * A yuan amount as the document writes amounts: in 万元 (「100万元」, the unit of every amount of the text), in 亿元
 * from 1亿元 up (「1亿元」, 「1.5亿元」: a Chinese official text never writes 「10000万元」), and in 元 below 1万元 and
 * for nothing at all (「0元」, 「5000元」, not 「0万元」 or 「0.5万元」). Exact: the number is the amount shifted by a
 * power of ten, so reading it back gives the amount.
 */
export function amountWords(yuan: string): string {
  const whole = shiftDecimal(yuan, 0);
  const wan = shiftDecimal(yuan, -4);
  if (!/^0(\.|$)/.test(shiftDecimal(yuan, -8))) return `${shiftDecimal(yuan, -8)}亿元`;
  if (/^0(\.|$)/.test(wan)) return `${whole}元`;
  return `${wan}万元`;
}

/** A rate as a percentage: `"0.10"` → `"10%"`, `"0.125"` → `"12.5%"`. */
export function percent(rate: string): string {
  return `${shiftDecimal(rate, 2)}%`;
}

/** A matching ratio, higher level : district: `"0.5"` → `"1:0.5"`, `"1"` → `"1:1"`. */
export function matchingRatio(rate: string): string {
  return `1:${shiftDecimal(rate, 0)}`;
}

const POWERS_OF_YI: ReadonlyMap<bigint, string> = new Map([
  [10n, '十亿'],
  [100n, '百亿'],
  [1000n, '千亿'],
  [10000n, '万亿'],
]);

/**
 * A whole number of model parameters as the text writes it: `100000000000` → `千亿`, `10000000000` → `百亿`;
 * other multiples of 1亿 as `2000亿`; multiples of 1万 as `5000万`; anything else in digits.
 */
export function modelParams(count: string): string {
  const n = BigInt(count);
  const yi = 100_000_000n;
  if (n > 0n && n % yi === 0n) {
    const k = n / yi;
    return POWERS_OF_YI.get(k) ?? `${k}亿`;
  }
  if (n > 0n && n % 10_000n === 0n) return `${n / 10_000n}万`;
  return n.toString();
}

/** How a threshold compares: 'atLeast' (（含）以上, ≥) or 'moreThan' (超过, >). */
export type ComparisonWord = 'atLeast' | 'moreThan';

/**
 * A threshold with its inclusion words: 'atLeast' → `300万元（含）以上` (after 「达到」 where the text has it),
 * 'moreThan' → `超过300万元`.
 */
export function comparisonPhrase(comparison: ComparisonWord, number: string, reachWord: boolean): string {
  return comparison === 'atLeast' ? `${reachWord ? '达到' : ''}${number}（含）以上` : `超过${number}`;
}

/** Groups the whole part of a yuan string in threes for reading: `"-1234567.50"` → `"-1,234,567.50"`. */
export function groupedYuan(yuan: string): string {
  const negative = yuan.startsWith('-');
  const body = negative ? yuan.slice(1) : yuan;
  const [whole, frac] = body.split('.') as [string, string | undefined];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${frac === undefined ? '' : `.${frac}`}`;
}

/** A signed yuan delta for reading: `"1500.00"` → `"+1,500.00"`, `"0.00"` → `"0.00"`. */
export function signedYuan(yuan: string): string {
  if (/^-/.test(yuan)) return groupedYuan(yuan);
  return /^0\.00$/.test(yuan) ? '0.00' : `+${groupedYuan(yuan)}`;
}
