/**
 * A fast path for input validation, compiled from the zod schemas themselves (the input schemas stay the one
 * source of truth). A zod parse of a small application costs over ten microseconds, most of it zod's issue
 * machinery; the checker here is compiled once from the same definitions, as JavaScript source (one function per
 * object), and answers one question: "would zod accept this, and would zod's data equal the input?". It answers
 * `true` only when sure; on `false` the caller runs the full path (forbidden keys, zod, bilingual errors), so
 * errors are exactly those of zod. There is one compiler: where code cannot be generated (an unknown construct, a
 * host that forbids `new Function`), every input takes zod's path.
 *
 * It reads the schemas through the interface zod documents for tools that traverse them (`_zod.def`, typed by
 * `z.core.$ZodTypes`). The public JSON Schema export (`z.toJSONSchema`) does not serve: it cannot carry a
 * refinement such as the calendar-date check (tools/batch/jsonSchema.ts says so), and it would bring the
 * converter into every evaluation's bundle.
 *
 * Soundness rules (test/properties/fastValidate.test.ts checks them against zod on random valid and mutated
 * inputs):
 * - every zod construct the compiler does not know compiles to "no" (a transform, a default, a pipe, a string
 *   format other than a bare regex, an exclusive union …), so an unknown schema change can only make the fast path
 *   rarer, never wrong;
 * - objects must be plain (prototype `Object.prototype`), arrays plain arrays without extra keys, records free of
 *   symbol and non-enumerable keys; every own enumerable key must be declared (strict), so a key such as
 *   `__proto__`, `constructor` or `prototype` is never accepted and the forbidden-key walk can be skipped;
 * - checks are the ones zod runs: string length and regex, `refine` predicates (called as zod calls them),
 *   safe integers and inclusive bounds, enum and literal membership, array lengths, required and optional keys.
 * With no transforms and no defaults, zod's output is a structural copy of its input; {@link fastCopier} makes
 * that copy (keys in schema order, as zod writes them) for callers that must not share objects with the input.
 */
import type * as z from 'zod/mini';
import { isCalendarDate } from '../../core/dates.js';
import { AMOUNT_WHOLE_DIGITS, SIGNED_YUAN_PATTERN, YUAN_PATTERN } from '../../core/money.js';

type Check = (value: unknown) => boolean;
type Copy = (value: unknown) => unknown;

/**
 * A schema's definition, as zod documents it for tools that traverse schemas ("cast any schema to `$ZodTypes`
 * and use the def property to discriminate", zod.dev/packages/core): `_zod.def`, with `type` naming the kind and
 * `checks` the checks, each described by its own `_zod.def`. The types are zod's own (`z.core`); the compiler
 * reads nothing else of a schema. Parts a definition may lack (a hand-made one in the tests) are read with a
 * fallback, and anything unexpected compiles to "no".
 */
type Schema = z.core.$ZodType;
type Def = z.core.$ZodTypes['_zod']['def'];
type CheckDef = z.core.$ZodChecks['_zod']['def'] | z.core.$ZodCustomDef;

function defOf(schema: Schema): Def {
  return schema._zod.def as Def;
}

const NO: Check = () => false;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const OBJECT_PROTO = Object.prototype;
const ARRAY_PROTO = Array.prototype;

/**
 * isCalendarDate builds a Date for every call. The fast path asks the same function, once per calendar day of a
 * year, and keeps the answers in a table per year (years 1900–2199, where nearly all dates fall): a date is then
 * checked by reading its digits. Any other string goes to isCalendarDate itself, so the answers are always its
 * answers.
 */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2199;
const dayTables: (Uint8Array | undefined)[] = [];

function dayTable(year: number): Uint8Array {
  let t = dayTables[year - FIRST_YEAR];
  if (t === undefined) {
    t = new Uint8Array(13 * 32);
    for (let m = 1; m <= 12; m++) {
      for (let d = 1; d <= 31; d++) {
        t[m * 32 + d] = isCalendarDate(`${year}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`) ? 1 : 0;
      }
    }
    dayTables[year - FIRST_YEAR] = t;
  }
  return t;
}

/** The value of the decimal digit at `i`, or -1 when it is not one. */
function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

function calendarDate(value: string): boolean {
  if (value.length === 10 && value.charCodeAt(4) === 45 && value.charCodeAt(7) === 45) {
    const y0 = digit(value, 0), y1 = digit(value, 1), y2 = digit(value, 2), y3 = digit(value, 3);
    const m0 = digit(value, 5), m1 = digit(value, 6), d0 = digit(value, 8), d1 = digit(value, 9);
    if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) >= 0) {
      const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
      const m = m0 * 10 + m1;
      const d = d0 * 10 + d1;
      if (y >= FIRST_YEAR && y <= LAST_YEAR && m >= 1 && m <= 12 && d >= 1 && d <= 31) return dayTable(y)[m * 32 + d] === 1;
    }
  }
  return isCalendarDate(value);
}

/**
 * Hand-written matchers for the regexes the input schemas use, found by the regex's exact source (and no flags). Each
 * answers as its regex does, for every string (test/properties/fastValidate.test.ts compares them on random
 * strings); a regex not listed here is run as it is.
 */
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * A tally of the amounts the yuan matchers accepted since {@link resetYuanTally}: how many, and the most whole
 * digits of any. Performance only (api.ts): every amount of an application is a `Yuan` or `SignedYuan` string and
 * passes through these matchers when the fast checker accepts it, so `count × 10^digits` yuan bounds the sum of
 * their absolute values (it may count more: a union's failed option, an amount that is not added up), and an
 * input far below the bound on the sum of the amounts needs no walk to prove it.
 */
let tallyCount = 0;
let tallyDigits = 0;

/** Starts a new tally (see {@link yuanTallyBound}). */
export function resetYuanTally(): void {
  tallyCount = 0;
  tallyDigits = 0;
}

/** Yuan above the sum of the absolute values of the amounts the matchers accepted since the last reset. */
export function yuanTallyBound(): number {
  return tallyCount * 10 ** tallyDigits;
}

/** `(0|[1-9][0-9]{0,maxWhole-1})(\.[0-9]{1,2})?` from `start` to the end of `s`. */
function decimal(s: string, start: number, maxWhole: number): boolean {
  const n = s.length;
  let i = start;
  if (i >= n) return false;
  const first = s.charCodeAt(i++);
  let whole = 1;
  if (first !== 48) {
    if (first < 49 || first > 57) return false;
    while (i < n && isDigit(s.charCodeAt(i))) {
      i++;
      if (++whole > maxWhole) return false;
    }
  }
  if (i !== n) {
    if (s.charCodeAt(i++) !== 46) return false;
    const fraction = i;
    while (i < n && isDigit(s.charCodeAt(i))) i++;
    if (i !== n || i - fraction < 1 || i - fraction > 2) return false;
  }
  tallyCount++;
  if (whole > tallyDigits) tallyDigits = whole;
  return true;
}

/** `(0|[1-9][0-9]{0,maxDigits-1})`, the whole of `s`. */
function wholeNumber(s: string, maxDigits: number): boolean {
  if (s === '0') return true;
  const n = s.length;
  if (n === 0 || n > maxDigits) return false;
  const first = s.charCodeAt(0);
  if (first < 49 || first > 57) return false;
  for (let i = 1; i < n; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return true;
}

const MATCHERS: ReadonlyMap<string, (s: string) => boolean> = new Map([
  // The amounts' own patterns (money.ts), by their source, so a change of the number of digits keeps them matched.
  [YUAN_PATTERN.source, (s: string) => decimal(s, 0, AMOUNT_WHOLE_DIGITS)],
  [SIGNED_YUAN_PATTERN.source, (s: string) => decimal(s, s.charCodeAt(0) === 45 ? 1 : 0, AMOUNT_WHOLE_DIGITS)],
  ['^(19|2[0-9])[0-9]{2}$', (s: string) => s.length === 4 && (s.charCodeAt(0) === 50 || (s.charCodeAt(0) === 49 && s.charCodeAt(1) === 57)) &&
    isDigit(s.charCodeAt(1)) && isDigit(s.charCodeAt(2)) && isDigit(s.charCodeAt(3))],
  ['^(0|[1-9][0-9]{0,20})$', (s: string) => wholeNumber(s, 21)],
]);

/** The sources of the regexes that have a hand-written matcher (for tests). */
export const MATCHED_SOURCES: readonly string[] = [...MATCHERS.keys()];

/** The test for a regex: its hand-written matcher when there is one, else the regex. */
export function regexTest(pattern: RegExp): (s: string) => boolean {
  const matcher = pattern.flags === '' ? MATCHERS.get(pattern.source) : undefined;
  return matcher ?? ((s) => pattern.test(s));
}

/**
 * Every check a schema runs: its `checks`, and the schema itself when it is a format schema (`z.int()`,
 * `z.email()` … carry their check in their own definition).
 */
function checksOf(def: Def): readonly CheckDef[] {
  const listed = (def.checks ?? []).map((c) => c._zod.def as CheckDef);
  return 'check' in def && def.check !== undefined ? [def as unknown as CheckDef, ...listed] : listed;
}

/** Length checks of an array schema, or null when one is not understood. */
function lengthChecks(def: Def): { min: number; max: number } | null {
  let min = 0;
  let max = Number.MAX_SAFE_INTEGER;
  for (const d of checksOf(def)) {
    if (d.check === 'min_length') min = Math.max(min, d.minimum);
    else if (d.check === 'max_length') max = Math.min(max, d.maximum);
    else if (d.check === 'length_equals') {
      min = Math.max(min, d.length);
      max = Math.min(max, d.length);
    } else return null;
  }
  return { min, max };
}

/** The values a literal or an enum schema accepts. */
function valuesOf(def: Def): unknown[] {
  if (def.type === 'enum') return Object.values(def.entries ?? {});
  if (def.type === 'literal') return [...(def.values ?? [])];
  return [];
}

/**
 * Compiles a schema to a checker, as JavaScript source: one function per object, array, record and union of the
 * schema, with every field read by name and every leaf check inlined. Each generated function then sees one kind
 * of object, so V8 keeps its property reads monomorphic (a shared closure per node kind would see every shape of
 * the input and go megamorphic, several times slower). Keys and numbers enter the source only through
 * `JSON.stringify` and finite-number checks; regexes, sets and predicates are passed in, never printed. Returns
 * null where code cannot be generated (an unknown construct, or a host that forbids `new Function`): the caller
 * then always takes zod's path.
 */
function generate(root: Schema): Check | null {
  const regexes: ((s: string) => boolean)[] = [];
  const sets: ReadonlySet<unknown>[] = [];
  const predicates: ((v: unknown) => unknown)[] = [];
  const functions: string[] = [];
  const names = new Map<Schema, string>();
  let failed = false;
  const num = (n: unknown): string => {
    if (typeof n !== 'number' || !Number.isFinite(n)) failed = true;
    return String(n);
  };
  const str = (s: string): string => JSON.stringify(s);

  /** A boolean expression over the variable `x` that is true when `schema` accepts it. */
  const expr = (schema: Schema, x: string): string => {
    const def = defOf(schema);
    // Checks on anything but strings, numbers and array lengths (a refine on an object …) are left to zod.
    if (def.type !== 'string' && def.type !== 'number' && def.type !== 'array' && checksOf(def).length > 0) failed = true;
    switch (def.type) {
      case 'string': {
        const parts = [`typeof ${x} === 'string'`];
        for (const d of checksOf(def)) {
          if (d.when !== undefined && d.check !== 'min_length' && d.check !== 'max_length' && d.check !== 'length_equals') failed = true;
          if (d.check === 'min_length') parts.push(`${x}.length >= ${num(d.minimum)}`);
          else if (d.check === 'max_length') parts.push(`${x}.length <= ${num(d.maximum)}`);
          else if (d.check === 'length_equals') parts.push(`${x}.length === ${num(d.length)}`);
          else if (d.check === 'string_format' && d.format === 'regex' && d.pattern instanceof RegExp && !d.pattern.global && !d.pattern.sticky) {
            parts.push(`R[${regexes.push(regexTest(d.pattern)) - 1}](${x})`);
          } else if (d.check === 'custom' && typeof d.fn === 'function') {
            parts.push(d.fn === isCalendarDate ? `D(${x})` : `P[${predicates.push(d.fn) - 1}](${x}) === true`);
          } else failed = true;
        }
        return `(${parts.join(' && ')})`;
      }
      case 'number': {
        const parts = [`typeof ${x} === 'number'`, `Number.isFinite(${x})`];
        for (const d of checksOf(def)) {
          if (d.check === 'number_format' && d.format === 'safeint') parts.push(`Number.isSafeInteger(${x})`);
          else if (d.check === 'greater_than') parts.push(`${x} ${d.inclusive ? '>=' : '>'} ${num(d.value)}`);
          else if (d.check === 'less_than') parts.push(`${x} ${d.inclusive ? '<=' : '<'} ${num(d.value)}`);
          else failed = true;
        }
        return `(${parts.join(' && ')})`;
      }
      case 'boolean':
        return `(typeof ${x} === 'boolean')`;
      case 'enum':
      case 'literal': {
        const values = valuesOf(def);
        if (values.length <= 8 && values.every((v) => typeof v === 'string')) {
          return values.length === 0 ? 'false' : `(${values.map((v) => `${x} === ${str(v as string)}`).join(' || ')})`;
        }
        return `S[${sets.push(new Set(values)) - 1}].has(${x})`;
      }
      case 'optional':
        return `(${x} === undefined || ${expr(def.innerType, x)})`;
      case 'object':
      case 'array':
      case 'record':
      case 'union':
        return `${fn(schema)}(${x})`;
      default:
        failed = true;
        return 'false';
    }
  };

  /** The name of the generated function for a composite schema (generated once; a cycle compiles to a call). */
  const fn = (schema: Schema): string => {
    let name = names.get(schema);
    if (name) return name;
    name = `f${names.size}`;
    names.set(schema, name);
    const def = defOf(schema);
    const body: string[] = [];
    switch (def.type) {
      case 'object': {
        const shape = def.shape ?? {};
        if (Object.getOwnPropertySymbols(shape).length > 0) failed = true;
        body.push(`if (typeof v !== 'object' || v === null || getProto(v) !== OP) return false;`, 'let n = 0, x;');
        for (const k of Object.keys(shape)) {
          if (FORBIDDEN.has(k)) failed = true;
          const field = shape[k]!;
          const fdef = defOf(field);
          if (fdef.type === 'optional') {
            body.push(`x = v[${str(k)}];`, `if (x !== undefined) { if (!${expr(fdef.innerType, 'x')}) return false; n++; } else if (${str(k)} in v) n++;`);
          } else {
            body.push(`x = v[${str(k)}];`, `if (x === undefined || !${expr(field, 'x')}) return false;`, 'n++;');
          }
        }
        // zod's strict objects look at every enumerable key (for…in): an undeclared one is an error.
        body.push('let c = 0;', 'for (const _ in v) c++;', 'return c === n;');
        break;
      }
      case 'array': {
        const length = lengthChecks(def);
        if (!length) failed = true;
        body.push(
          `if (!Array.isArray(v) || getProto(v) !== AP) return false;`,
          'const len = v.length;',
          `if (len < ${num(length?.min ?? 0)} || len > ${num(length?.max ?? 0)}) return false;`,
          `for (let i = 0; i < len; i++) { const x = v[i]; if (!${expr(def.element, 'x')}) return false; }`,
          // Extra named keys on an array: zod drops them, so its data would differ from the input.
          'return keys(v).length === len;',
        );
        break;
      }
      case 'record': {
        // Only string keys: a key schema with a finite set of values (an enum, a literal) makes zod require every
        // key (exhaustive records), and number keys are converted: both are left to zod.
        if (defOf(def.keyType).type !== 'string') failed = true;
        body.push(
          `if (typeof v !== 'object' || v === null || getProto(v) !== OP) return false;`,
          // Every own key, as zod reads them (Reflect.ownKeys). A symbol key zod would reject; a non-enumerable one
          // zod would skip while the engine could still read it: both are left to zod.
          'const ks = ownKeys(v);',
          `for (let i = 0; i < ks.length; i++) { const k = ks[i]; if (typeof k !== 'string' || FORBIDDEN.has(k) || !isEnumerable.call(v, k) || !${expr(def.keyType, 'k')}) return false; const x = v[k]; if (!${expr(def.valueType, 'x')}) return false; }`,
          'return true;',
        );
        break;
      }
      case 'union': {
        const options = def.options ?? [];
        const disc = 'discriminator' in def ? (def as z.core.$ZodDiscriminatedUnionDef).discriminator : undefined;
        const tags = disc === undefined ? null : options.map((o) => {
          const t = (defOf(o) as Partial<z.core.$ZodObjectDef>).shape?.[disc];
          const td = t ? defOf(t) : undefined;
          const values = td?.type === 'literal' || td?.type === 'enum' ? valuesOf(td) : [];
          return values.length > 0 && values.every((v) => typeof v === 'string') ? (values as string[]) : null;
        });
        if (disc !== undefined && tags !== null && tags.every((t) => t !== null) && new Set(tags.flat()).size === tags.flat().length) {
          // A discriminated union: the discriminator's value (a literal or an enum member) picks the one option zod
          // would parse with.
          body.push(`if (typeof v !== 'object' || v === null || getProto(v) !== OP) return false;`, `switch (v[${str(disc)}]) {`);
          options.forEach((o, i) => {
            for (const t of tags[i]!) body.push(`case ${str(t)}:`);
            body.push(`return ${fn(o)}(v);`);
          });
          body.push('default: return false;', '}');
        } else {
          // Any option will do, unless the union is exclusive (z.xor: exactly one must match; a discriminated union
          // whose tags could not be read): that is left to zod.
          if (def.inclusive === false) failed = true;
          body.push(`return ${options.length === 0 ? 'false' : options.map((o) => expr(o, 'v')).join(' || ')};`);
        }
        break;
      }
      default:
        failed = true;
    }
    functions.push(`function ${name}(v) {\n  ${body.join('\n  ')}\n}`);
    return name;
  };

  const entry = expr(root, 'v');
  if (failed) return null;
  // The first line refuses everything while something is added to Object.prototype as an enumerable key (zod
  // would see it in every object).
  const source = `'use strict';\n${functions.join('\n')}\nreturn function check(v) {\n  for (const _ in OP) return false;\n  return ${entry};\n};`;
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const factory = new Function('R', 'S', 'P', 'D', 'FORBIDDEN', 'OP', 'AP', 'getProto', 'keys', 'ownKeys', 'isEnumerable', source) as (...a: unknown[]) => Check;
    return factory(regexes, sets, predicates, calendarDate, FORBIDDEN, OBJECT_PROTO, ARRAY_PROTO, Object.getPrototypeOf, Object.keys, Reflect.ownKeys, Object.prototype.propertyIsEnumerable);
  } catch {
    return null;
  }
}

const checkers = new WeakMap<object, Check>();

/**
 * The checker for `schema`: true only if zod accepts the value and zod's data equals it (structurally), and the
 * value holds no forbidden key. False means "not sure": run zod. A schema the compiler cannot compile gets a
 * checker that always answers false.
 */
export function fastChecker(schema: z.core.$ZodType): (value: unknown) => boolean {
  let check = checkers.get(schema);
  if (check === undefined) checkers.set(schema, (check = generate(schema) ?? NO));
  return check;
}

const copyCache = new WeakMap<object, Copy>();

/**
 * A copier for values `fastChecker(schema)` accepted: the structural copy zod's parse would return, keys in the
 * order zod writes them (the schema's order for objects, the input's for records).
 */
export function fastCopier(schema: z.core.$ZodType): (value: unknown) => unknown {
  const hit = copyCache.get(schema);
  if (hit) return hit;
  copyCache.set(schema, (v) => v);
  const copy = buildCopy(schema);
  copyCache.set(schema, copy);
  return copy;
}

function buildCopy(schema: Schema): Copy {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional': {
      const inner = fastCopier(def.innerType);
      return (v) => (v === undefined ? undefined : inner(v));
    }
    case 'array': {
      const element = fastCopier(def.element);
      return (v) => (v as unknown[]).map((x) => element(x));
    }
    case 'record': {
      const value = fastCopier(def.valueType);
      return (v) => {
        const out: Record<string, unknown> = {};
        for (const k of Object.keys(v as object)) out[k] = value((v as Record<string, unknown>)[k]);
        return out;
      };
    }
    case 'object': {
      const shape = def.shape ?? {};
      const fields = Object.keys(shape).map((k) => [k, fastCopier(shape[k]!)] as const);
      return (v) => {
        const input = v as Record<string, unknown>;
        const out: Record<string, unknown> = {};
        for (const [k, copy] of fields) if (k in input) out[k] = copy(input[k]);
        return out;
      };
    }
    case 'union': {
      // The option zod would parse with: the first that accepts the value (the value was accepted as a whole).
      const options = (def.options ?? []).map((o) => [fastChecker(o), fastCopier(o)] as const);
      return (v) => {
        for (const [check, copy] of options) if (check(v)) return copy(v);
        return v;
      };
    }
    default:
      return (v) => v;
  }
}
