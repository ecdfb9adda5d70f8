/**
 * Turns a set of valid parameter values (strings) into the exact numbers the rules use: fen, rate fractions,
 * dates, integers. The values are checked before (edges/input/parameterValues.ts).
 */
import type { Comparison } from '../core/boundaries.js';
import { lastDayOfPeriod } from '../core/dates.js';
import { fenFromYuan, rateFromString, type Fen, type Rate, type RoundingMode } from '../core/money.js';
import {
  DEFAULT_PARAMETER_VALUES, PARAMETER_FACTS as PARAMETERS, type NullableParameterId, type ParameterIdOf, type ParameterValues,
} from './parameters.js';
import { changeName, changesInForce, DRAFT_VERSION_ID, type DatedChange, type PolicyVersion } from './versions.js';

/** Parameter values compiled for computation. */
export interface CompiledParameters {
  readonly values: ParameterValues;
  /** An amount parameter in fen. */
  fen(id: ParameterIdOf<'yuan'>): Fen;
  /** A rate parameter the text sets. */
  rate(id: Exclude<ParameterIdOf<'rate'>, NullableParameterId>): Rate;
  /** A rate parameter the text leaves open: null while unset. */
  rate(id: NullableParameterId): Rate | null;
  /** A count or model-parameter threshold, as bigint (exact). */
  big(id: ParameterIdOf<'count' | 'modelParams'>): bigint;
  /** A whole-number parameter. */
  int(id: ParameterIdOf<'years'>): number;
  date(id: ParameterIdOf<'date'>): string;
  comparison(id: ParameterIdOf<'comparison'>): Comparison;
  readonly rounding: RoundingMode;
  /** The validity window of 九(七): [E, E + N years − 1 day] (A9.7.1, A9.7.2). */
  readonly window: { readonly start: string; readonly end: string };
  /** The policy's version these values come from, and its dated changes applied here (versions.ts). */
  readonly version: { readonly id: string; readonly applied: readonly string[]; readonly source?: PolicyVersion };
  /** The values in force on a date under the version: this set itself when no other change applies by then. */
  inForce(date: string): CompiledParameters;
}

const cache = new Map<string, CompiledParameters>();

/**
 * The parameter set of the defaults with `overrides` applied (remembered by content). The values must be valid
 * (edges/input/parameterValues.ts `compileParameters` checks them first).
 */
export function parameterSet(overrides: Readonly<Record<string, string | null>> = {}, version?: PolicyVersion): CompiledParameters {
  const keys = Object.keys(overrides);
  const versioned = version !== undefined && version.changes.length > 0;
  const cacheKey = (keys.length === 0 ? '' : JSON.stringify(keys.sort().map((k) => [k, overrides[k]]))) +
    (version === undefined ? '' : `|${JSON.stringify(version)}`);
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const valuesWith = (changes: readonly DatedChange[]): ParameterValues => {
    const values: Record<string, string | null> = { ...DEFAULT_PARAMETER_VALUES };
    for (const c of changes) values[c.parameter] = c.value;
    for (const k of keys) values[k] = overrides[k] as string | null;
    return Object.freeze(values);
  };
  let compiled: CompiledParameters;
  if (!versioned) {
    compiled = build(valuesWith([]), { id: version?.id ?? DRAFT_VERSION_ID, applied: [], ...(version === undefined ? {} : { source: version }) }, () => compiled);
  } else {
    // The sets in force over time: before any change, then after each date on which changes start.
    const dates = [...new Set(version.changes.map((c) => c.from))].sort();
    const sets: CompiledParameters[] = [];
    const at = (k: number): CompiledParameters => {
      const applied = k === 0 ? [] : changesInForce(version, dates[k - 1]!);
      return (sets[k] ??= build(valuesWith(applied), { id: version.id, applied: applied.map(changeName), source: version }, inForce));
    };
    const inForce = (date: string): CompiledParameters => {
      let k = 0;
      while (k < dates.length && dates[k]! <= date) k++;
      return at(k);
    };
    compiled = at(0);
  }
  if (cache.size > 1000) cache.clear();
  cache.set(cacheKey, compiled);
  return compiled;
}

function build(
  values: ParameterValues,
  version: CompiledParameters['version'],
  inForce: (date: string) => CompiledParameters,
): CompiledParameters {
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
  const start = need('art09_7.effectiveDate');
  const window = Object.freeze({ start, end: lastDayOfPeriod(start, Number(need('art09_7.validityYears'))) });
  return {
    window,
    values,
    fen: (id) => {
      const v = fens.get(id);
      if (v === undefined) throw new Error(`no amount parameter ${id}`);
      return v;
    },
    rate: ((id: string) => {
      const v = rates.get(id);
      if (v === undefined) throw new Error(`no rate parameter ${id}`);
      return v;
    }) as CompiledParameters['rate'],
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
    version: Object.freeze({ ...version, applied: Object.freeze([...version.applied]) }),
    inForce,
  };
}
