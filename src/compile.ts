/**
 * Turns a set of parameter values (strings) into the exact numbers the rules use: fen, rate fractions, dates,
 * integers. A bad value (wrong unit, unknown id) is an input error naming the parameter.
 */
import type { Comparison } from './boundaries.js';
import { isCalendarDate } from './dates.js';
import { PolicyInputError, type InputIssue } from './errors.js';
import { fenFromYuan, rateFromString, type Fen, type Rate, type RoundingMode, YUAN_PATTERN } from './money.js';
import { DEFAULT_PARAMETER_VALUES, PARAMETERS, parameterDef, type ParameterValues } from './parameters.js';

/** Parameter values compiled for computation. */
export interface CompiledParameters {
  readonly values: ParameterValues;
  /** An amount parameter in fen. */
  fen(id: string): Fen;
  /** A rate parameter, or null where the text leaves it unset. */
  rate(id: string): Rate | null;
  /** A count or model-parameter threshold, as bigint (exact). */
  big(id: string): bigint;
  /** A whole-number parameter. */
  int(id: string): number;
  date(id: string): string;
  comparison(id: string): Comparison;
  readonly rounding: RoundingMode;
}

const RATE = /^(0|[1-9][0-9]{0,6})(\.[0-9]{1,12})?$/;

/** Checks one value against its parameter's unit; returns the problem or null. */
export function checkParameterValue(id: string, value: unknown): InputIssue | null {
  const def = parameterDef(id);
  const path = `parameters.${id}`;
  if (!def) {
    return { path, code: 'unknownKey', message: { zh: `未知参数“${id}”`, en: `unknown parameter "${id}"` } };
  }
  if (value === null) {
    return def.value === null
      ? null
      : { path, code: 'invalid', message: { zh: '该参数不可置空', en: 'this parameter cannot be unset' } };
  }
  const bad = (zh: string, en: string): InputIssue => ({ path, code: 'invalid', message: { zh: `应为${zh}`, en: `expected ${en}` } });
  if (typeof value !== 'string') return bad('字符串', 'a string');
  switch (def.unit) {
    case 'yuan':
      return YUAN_PATTERN.test(value) ? null : bad('以元为单位的金额字符串，如 "1000000"', 'an amount in yuan as a decimal string, e.g. "1000000"');
    case 'rate':
      return RATE.test(value) ? null : bad('非负小数比例，如 "0.30" 表示30%', 'a non-negative decimal rate, e.g. "0.30" for 30 %');
    case 'count':
    case 'modelParams':
    case 'years':
      return /^(0|[1-9][0-9]{0,20})$/.test(value) && (def.unit !== 'years' || Number(value) >= 1)
        ? null
        : bad('非负整数字符串', 'a whole number as a string');
    case 'date':
      return isCalendarDate(value) ? null : bad('日期 YYYY-MM-DD', 'a date YYYY-MM-DD');
    case 'comparison':
      return value === 'atLeast' || value === 'moreThan' ? null : bad('"atLeast"（含本数）或 "moreThan"（不含）', '"atLeast" (inclusive) or "moreThan" (exclusive)');
    case 'rounding':
      return value === 'floor' || value === 'halfUp' ? null : bad('"floor" 或 "halfUp"', '"floor" or "halfUp"');
  }
}

const cache = new Map<string, CompiledParameters>();

/** Compiles the defaults with `overrides` applied. Throws {@link PolicyInputError} on a bad value. */
export function compileParameters(overrides: Readonly<Record<string, unknown>> = {}): CompiledParameters {
  const keys = Object.keys(overrides);
  const cacheKey = keys.length === 0 ? '' : JSON.stringify(keys.sort().map((k) => [k, overrides[k]]));
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const issues: InputIssue[] = [];
  for (const k of keys) {
    const problem = checkParameterValue(k, overrides[k]);
    if (problem) issues.push(problem);
  }
  if (issues.length > 0) throw new PolicyInputError(issues);
  const values: Record<string, string | null> = { ...DEFAULT_PARAMETER_VALUES };
  for (const k of keys) values[k] = overrides[k] as string | null;
  const compiled = build(Object.freeze(values));
  if (cache.size > 1000) cache.clear();
  cache.set(cacheKey, compiled);
  return compiled;
}

function build(values: ParameterValues): CompiledParameters {
  const fens = new Map<string, Fen>();
  const rates = new Map<string, Rate | null>();
  for (const def of PARAMETERS) {
    const v = values[def.id] ?? null;
    if (def.unit === 'yuan' && v !== null) fens.set(def.id, fenFromYuan(v));
    if (def.unit === 'rate') rates.set(def.id, v === null ? null : rateFromString(v));
  }
  // Every value by id in a Map (the frozen values record has dotted keys, slow to look up), and the converted
  // numbers remembered, so the accessors the clauses call for every claim do no parsing.
  const strings = new Map<string, string>();
  for (const [id, v] of Object.entries(values)) if (typeof v === 'string') strings.set(id, v);
  const need = (id: string): string => {
    const v = strings.get(id);
    if (v === undefined) throw new Error(`parameter ${id} has no value`);
    return v;
  };
  const bigs = new Map<string, bigint>();
  const ints = new Map<string, number>();
  return {
    values,
    fen: (id) => {
      const v = fens.get(id);
      if (v === undefined) throw new Error(`no amount parameter ${id}`);
      return v;
    },
    rate: (id) => {
      const v = rates.get(id);
      if (v === undefined) throw new Error(`no rate parameter ${id}`);
      return v;
    },
    big: (id) => {
      let v = bigs.get(id);
      if (v === undefined) bigs.set(id, (v = BigInt(need(id))));
      return v;
    },
    int: (id) => {
      let v = ints.get(id);
      if (v === undefined) ints.set(id, (v = Number(need(id))));
      return v;
    },
    date: (id) => need(id),
    comparison: (id) => need(id) as Comparison,
    rounding: need('rounding') as RoundingMode,
  };
}
