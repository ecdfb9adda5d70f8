/**
 * Parameter values as callers write them, checked: a known id, a string of the unit's form, inside the
 * parameter's range. A bad value is an input error naming the parameter, what was expected, and the form it
 * should have been written in when that can be told (「150万」 → "1500000").
 */
import type { PolicyVersion } from '../../policy/versions.js';
import { isCalendarDate } from '../../core/dates.js';
import { shiftDecimal, YUAN_PATTERN } from '../../core/money.js';
import { parameterSet, type CompiledParameters } from '../../policy/parameterSet.js';
import { PARAMETER_FACTS as PARAMETERS, parameterFact as parameterDef, rangeFor, type ParameterFact as ParameterDef } from '../../policy/parameters.js';
import { inputIssue, PolicyInputError, type InputIssue } from './errors.js';
import { echo } from './issues.js';
import { UNIT_EN, UNIT_ZH } from './messages/index.js';
import { unknownName } from './suggest.js';

const RATE = /^(0|[1-9][0-9]{0,6})(\.[0-9]{1,12})?$/;
const WHOLE = /^(0|[1-9][0-9]{0,20})$/;

/** What a value of each unit looks like, in both languages (the message modules' words). */
export const UNIT_EXAMPLE: Readonly<Record<ParameterDef['unit'], { readonly zh: string; readonly en: string }>> = Object.fromEntries(
  (Object.keys(UNIT_ZH) as ParameterDef['unit'][]).map((u) => [u, { zh: UNIT_ZH[u], en: UNIT_EN[u] }]),
) as Record<ParameterDef['unit'], { zh: string; en: string }>;

const CHINESE_MAGNITUDE: Record<string, string> = { 十亿: '1000000000', 百亿: '10000000000', 千亿: '100000000000', 万亿: '1000000000000' };

/** For a value written with a unit or in the document's words, the form the parameter expects; null if none. */
export function suggestValue(def: ParameterDef, raw: string): string | null {
  const s = raw.trim().replace(/，/g, ',');
  let m: RegExpExecArray | null;
  switch (def.unit) {
    case 'yuan':
      if ((m = /^([0-9]+(?:\.[0-9]+)?)\s*万元?$/.exec(s))) return shiftDecimal(m[1]!, 4);
      if ((m = /^([0-9]+(?:\.[0-9]+)?)\s*亿元?$/.exec(s))) return shiftDecimal(m[1]!, 8);
      if ((m = /^([0-9]+(?:\.[0-9]{1,2})?)\s*元$/.exec(s))) return m[1]!;
      if (/^[0-9]{1,3}(,[0-9]{3})+(\.[0-9]{1,2})?$/.test(s)) return s.replace(/,/g, '');
      return null;
    case 'rate':
      if ((m = /^([0-9]+(?:\.[0-9]+)?)\s*[%％]$/.exec(s))) return shiftDecimal(m[1]!, -2);
      if ((m = /^1\s*[:：]\s*([0-9]+(?:\.[0-9]+)?)$/.exec(s))) return m[1]!;
      return null;
    case 'modelParams':
      if (CHINESE_MAGNITUDE[s]) return CHINESE_MAGNITUDE[s]!;
      if ((m = /^([0-9]+)\s*亿$/.exec(s))) return (BigInt(m[1]!) * 100_000_000n).toString();
      return null;
    case 'count':
    case 'years':
      return (m = /^([0-9]+)\s*[家个项年]$/.exec(s)) ? m[1]! : null;
    case 'comparison':
      if (/^(（含）以上|以上|含|>=|≥)$/.test(s)) return 'atLeast';
      return /^(超过|>)$/.test(s) ? 'moreThan' : null;
    case 'date':
      return (m = /^([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日$/.exec(s)) ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : null;
    case 'rounding':
      return null;
  }
}

/** Whether a value of the parameter's unit has the form the unit expects (the range is checked separately). */
function wellFormed(def: ParameterDef, value: string): boolean {
  switch (def.unit) {
    case 'yuan':
      return YUAN_PATTERN.test(value);
    case 'rate':
      return RATE.test(value);
    case 'count':
    case 'modelParams':
    case 'years':
      return WHOLE.test(value);
    case 'date':
      return isCalendarDate(value);
    case 'comparison':
      return value === 'atLeast' || value === 'moreThan';
    case 'rounding':
      return value === 'floor' || value === 'halfUp';
  }
}

/** -1, 0 or 1 as a well-formed value of the unit compares with a bound written in the same unit. */
function compareValues(def: ParameterDef, a: string, b: string): number {
  if (def.unit === 'date') return a < b ? -1 : a > b ? 1 : 0;
  // Amounts, rates, counts and years: non-negative decimals, compared exactly as integers scaled to the same places.
  const x = scaled(a);
  const y = scaled(b);
  const places = Math.max(x.places, y.places);
  const p = x.digits * 10n ** BigInt(places - x.places);
  const q = y.digits * 10n ** BigInt(places - y.places);
  return p < q ? -1 : p > q ? 1 : 0;
}

/** A non-negative decimal string as its digits (an integer) and the number of decimal places. */
function scaled(text: string): { readonly digits: bigint; readonly places: number } {
  const [whole, frac = ''] = text.split('.');
  return { digits: BigInt(`${whole}${frac}`), places: frac.length };
}

/**
 * Checks one value against its parameter: a known id, a string of the unit's form, inside the parameter's range
 * (parameters.ts `rangeFor`). Returns the problem, bilingual, naming the value and what was expected (with the
 * form it should have been written in, when that can be told: 「150万」 → "1500000"), or null.
 */
export function checkParameterValue(id: string, value: unknown): InputIssue | null {
  const def = parameterDef(id);
  const path = `parameters.${id}`;
  if (!def) return unknownName(path, 'parameter', id, PARAMETERS.map((d) => d.id));
  const expected = { kind: 'unit', unit: def.unit } as const;
  if (value === null) return def.value === null ? null : inputIssue(path, 'invalid', { rule: 'notNull', expected, received: echo(value) });
  if (typeof value !== 'string') return inputIssue(path, 'invalid', { rule: 'type', expected, received: echo(value) });
  if (!wellFormed(def, value)) {
    const hint = suggestValue(def, value);
    return hint === null
      ? inputIssue(path, 'invalid', { rule: 'expected', expected, received: echo(value) })
      : inputIssue(path, 'invalid', { rule: 'rewrite', expected, received: echo(value), hint });
  }
  const range = rangeFor(def);
  if (range !== undefined && (compareValues(def, value, range[0]) < 0 || compareValues(def, value, range[1]) > 0)) {
    const percent = def.of === 'share' && def.id !== 'art09_3.budgetScale'
      ? { asPercent: shiftDecimal(value, 2), asShare: shiftDecimal(value, -2) }
      : undefined;
    return inputIssue(path, 'outOfRange', { rule: 'range', min: range[0], max: range[1], received: echo(value), ...(percent ? { percent } : {}) });
  }
  return null;
}

/** Compiles the defaults with `overrides` applied. Throws {@link PolicyInputError} on a bad value. */
export function compileParameters(overrides: Readonly<Record<string, unknown>> = {}, version?: PolicyVersion): CompiledParameters {
  const issues: InputIssue[] = [];
  for (const k of Object.keys(overrides)) {
    const problem = checkParameterValue(k, overrides[k]);
    if (problem) issues.push(problem);
  }
  if (issues.length > 0) throw new PolicyInputError(issues);
  return parameterSet(overrides as Readonly<Record<string, string | null>>, version);
}
