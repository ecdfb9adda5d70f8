/**
 * The rules a result used, made once and shared by every result of the same options: the fingerprint of the
 * parameter values and readings (auditors compare it to know two results came from the same rules), and the values
 * of the parameters a result's clauses rely on. Both are frozen; computing them for every result would cost more
 * than the evaluation (bench/), so each is kept per parameter set.
 */
import { sha256Hex } from '../core/sha256.js';
import { VERSION } from '../core/version.js';
import { AWARD_LINES, clauseOrder, REFERRAL_ORDER } from '../policy/ids.js';
import type { WorkLine } from '../policy/model.js';
import type { CompiledParameters } from '../policy/parameterSet.js';
import { PARAMETER_FACTS as PARAMETERS } from '../policy/parameters.js';
import type { Readings } from '../policy/readings.js';
import type { Fingerprint } from './result.js';

const fingerprints = new WeakMap<CompiledParameters, { byKey: Map<string, Fingerprint>; byObject: WeakMap<Readings, Fingerprint> }>();

/** The fingerprint of a parameter set and readings (computed once per parameter set and readings). */
export function fingerprintOf(params: CompiledParameters, readings: Readings): Fingerprint {
  let cache = fingerprints.get(params);
  if (!cache) fingerprints.set(params, (cache = { byKey: new Map(), byObject: new WeakMap() }));
  // Readings objects from resolveOptions are frozen, so the object itself can key the cache.
  const frozen = Object.isFrozen(readings);
  let fp = frozen ? cache.byObject.get(readings) : undefined;
  if (fp) return fp;
  const key = JSON.stringify(readings);
  fp = cache.byKey.get(key);
  if (!fp) {
    // A pure SHA-256 (core/sha256.ts): the same digest as node:crypto, and it runs in a browser too.
    const sha = (v: unknown) => sha256Hex(JSON.stringify(v));
    const values = Object.fromEntries(PARAMETERS.map((d) => [d.id, params.values[d.id] ?? null]));
    // Frozen: one fingerprint is shared by every result of the same options (results share nothing mutable).
    const source = params.version.source;
    fp = Object.freeze({
      engine: 'zz-airport-ai-policy', version: VERSION, parameters: sha(values), readings: sha(readings),
      ...(source === undefined ? {} : { policyVersion: Object.freeze({ id: source.id, changes: sha(source.changes) }) }),
    });
    cache.byKey.set(key, fp);
  }
  if (frozen) cache.byObject.set(readings, fp);
  return fp;
}

const GENERAL_PARAMS = new Set(['art09_7.effectiveDate', 'art09_7.validityYears', 'art09_3.budgetScale', 'rounding']);

/** For each parameter, in the order of PARAMETERS: its id and whether it is general (listed in every result). */
const PARAMETER_RULES: readonly { readonly id: string; readonly rule: string; readonly general: boolean }[] = PARAMETERS.map((d) => ({
  id: d.id,
  rule: d.rule,
  general: GENERAL_PARAMS.has(d.id),
}));

/** One bit per line kind (award lines and referral items), by the line's `order`, to key a set of clauses. */
const BIT_OF_ORDER = new Map<number, number>([
  ...AWARD_LINES.map((id, i) => [clauseOrder(id), i] as const),
  ...Object.values(REFERRAL_ORDER).map((order, i) => [order, AWARD_LINES.length + i] as const),
]);

/** Per parameter set: the parameters a set of clauses relies on (frozen, shared by results), by the set's bits. */
const usedByParams = new WeakMap<CompiledParameters, Map<number, Readonly<Record<string, string | null>>>>();

/** The values of the parameters the lines' clauses rely on (frozen, shared by results of the same clauses). */
export function parametersUsed(lines: readonly WorkLine[], params: CompiledParameters): Readonly<Record<string, string | null>> {
  let bits = 0;
  for (const l of lines) {
    const bit = BIT_OF_ORDER.get(l.order);
    if (bit === undefined) return usedBy(lines, params);
    bits |= 1 << bit;
  }
  let used = usedByParams.get(params);
  if (!used) usedByParams.set(params, (used = new Map()));
  let template = used.get(bits);
  if (!template) {
    template = usedBy(lines, params);
    if (used.size >= 4096) used.clear();
    used.set(bits, template);
  }
  return template;
}

/** The values of the parameters the lines' clauses rely on, in the order of PARAMETERS (frozen). */
function usedBy(lines: readonly WorkLine[], params: CompiledParameters): Readonly<Record<string, string | null>> {
  const clauses = new Set<string>(lines.map((l) => l.clause));
  const out: Record<string, string | null> = {};
  for (const p of PARAMETER_RULES) if (p.general || clauses.has(p.rule)) out[p.id] = params.values[p.id] ?? null;
  // Frozen and shared between results, like the readings object (both are typed read-only).
  return Object.freeze(out);
}
