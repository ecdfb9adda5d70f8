/**
 * A fast path for input validation, generated from the zod schemas themselves (schema.ts stays the one source of
 * truth). A zod parse of a small application costs over ten microseconds, most of it zod's issue machinery; the
 * checker here is generated from the same definitions (JavaScript source, one function per object; closures
 * where code cannot be generated) and answers one question: "would zod accept this, and would zod's data equal
 * the input?". It answers `true` only when sure; on `false` the caller runs the full path (forbidden keys, zod,
 * bilingual errors), so errors are exactly those of zod.
 *
 * Soundness rules (test/properties/fastValidate.test.ts checks them against zod on random valid and mutated
 * inputs):
 * - every zod construct the compiler does not know compiles to "no" (a transform, a default, a pipe, a string
 *   format other than a bare regex …), so an unknown schema change can only make the fast path rarer, never wrong;
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

/** The parts of zod's internal definitions the compiler reads (zod v4 `_zod.def`). */
interface Def extends Partial<CheckDef> {
  readonly type: string;
  readonly checks?: readonly { readonly _zod: { readonly def: CheckDef } }[];
  readonly shape?: Readonly<Record<string, Schema>>;
  readonly catchall?: Schema;
  readonly innerType?: Schema;
  readonly element?: Schema;
  readonly keyType?: Schema;
  readonly valueType?: Schema;
  readonly options?: readonly Schema[];
  readonly discriminator?: string;
  readonly entries?: Readonly<Record<string, unknown>>;
  readonly values?: readonly unknown[];
}
interface CheckDef {
  readonly check: string;
  readonly format?: string;
  readonly pattern?: RegExp;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly length?: number;
  readonly value?: number;
  readonly inclusive?: boolean;
  readonly fn?: (value: unknown) => unknown;
  readonly when?: unknown;
}
interface Schema {
  readonly _zod: { readonly def: Def; readonly values?: ReadonlySet<unknown> };
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
 * Hand-written matchers for the regexes schema.ts uses, found by the regex's exact source (and no flags). Each
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

function defOf(schema: Schema): Def {
  return schema._zod.def;
}

/**
 * Every check a schema runs: its `checks`, and the schema itself when it is a format schema (`z.int()`,
 * `z.email()` … carry their check in their own definition).
 */
function checksOf(def: Def): readonly CheckDef[] {
  const listed = (def.checks ?? []).map((c) => c._zod.def);
  return def.check === undefined ? listed : [def as CheckDef, ...listed];
}

/** The checks of a string schema, or null when one is not understood. */
function stringChecks(def: Def): Check[] | null {
  const out: Check[] = [];
  for (const d of checksOf(def)) {
    if (d.when !== undefined && d.check !== 'min_length' && d.check !== 'max_length' && d.check !== 'length_equals') return null;
    switch (d.check) {
      case 'min_length': {
        const min = d.minimum!;
        out.push((v) => (v as string).length >= min);
        break;
      }
      case 'max_length': {
        const max = d.maximum!;
        out.push((v) => (v as string).length <= max);
        break;
      }
      case 'length_equals': {
        const n = d.length!;
        out.push((v) => (v as string).length === n);
        break;
      }
      case 'string_format': {
        const pattern = d.pattern;
        if (d.format !== 'regex' || !(pattern instanceof RegExp) || pattern.global || pattern.sticky) return null;
        const test = regexTest(pattern);
        out.push((v) => test(v as string));
        break;
      }
      case 'custom': {
        const fn = d.fn;
        if (typeof fn !== 'function') return null;
        out.push(fn === isCalendarDate ? (v) => calendarDate(v as string) : (v) => fn(v) === true);
        break;
      }
      default:
        return null;
    }
  }
  return out;
}

/** The checks of a number schema, or null when one is not understood. */
function numberChecks(def: Def): Check[] | null {
  const out: Check[] = [];
  for (const d of checksOf(def)) {
    switch (d.check) {
      case 'number_format':
        if (d.format !== 'safeint') return null;
        out.push((v) => Number.isSafeInteger(v));
        break;
      case 'greater_than': {
        const min = d.value!;
        out.push(d.inclusive ? (v) => (v as number) >= min : (v) => (v as number) > min);
        break;
      }
      case 'less_than': {
        const max = d.value!;
        out.push(d.inclusive ? (v) => (v as number) <= max : (v) => (v as number) < max);
        break;
      }
      default:
        return null;
    }
  }
  return out;
}

function all(first: Check, checks: readonly Check[]): Check {
  switch (checks.length) {
    case 0:
      return first;
    case 1: {
      const [a] = checks as [Check];
      return (v) => first(v) && a(v);
    }
    case 2: {
      const [a, b] = checks as [Check, Check];
      return (v) => first(v) && a(v) && b(v);
    }
    default:
      return (v) => {
        if (!first(v)) return false;
        for (const c of checks) if (!c(v)) return false;
        return true;
      };
  }
}

/** Length checks of an array schema, or null. */
function lengthChecks(def: Def): { min: number; max: number } | null {
  let min = 0;
  let max = Number.MAX_SAFE_INTEGER;
  for (const d of checksOf(def)) {
    if (d.check === 'min_length') min = Math.max(min, d.minimum!);
    else if (d.check === 'max_length') max = Math.min(max, d.maximum!);
    else if (d.check === 'length_equals') {
      min = Math.max(min, d.length!);
      max = Math.min(max, d.length!);
    } else return null;
  }
  return { min, max };
}

/** True for an object whose prototype is `Object.prototype`. */
function isPlain(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === OBJECT_PROTO;
}

/** True for a plain array with no keys besides its indices. */
function isPlainArray(v: unknown): v is unknown[] {
  return Array.isArray(v) && Object.getPrototypeOf(v) === ARRAY_PROTO && Object.keys(v).length === v.length;
}

const checkCache = new WeakMap<object, Check>();

function compile(schema: Schema): Check {
  const hit = checkCache.get(schema);
  if (hit) return hit;
  // A placeholder breaks cycles (recursive schemas): a cycle compiles to "no".
  checkCache.set(schema, NO);
  const check = build(schema);
  checkCache.set(schema, check);
  return check;
}

function build(schema: Schema): Check {
  const def = defOf(schema);
  // Checks on anything but strings, numbers and array lengths (a refine on an object …) are left to zod.
  if (def.type !== 'string' && def.type !== 'number' && def.type !== 'array' && checksOf(def).length > 0) return NO;
  switch (def.type) {
    case 'string': {
      const checks = stringChecks(def);
      return checks ? all((v) => typeof v === 'string', checks) : NO;
    }
    case 'number': {
      const checks = numberChecks(def);
      return checks ? all((v) => typeof v === 'number' && Number.isFinite(v), checks) : NO;
    }
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'enum': {
      const values = new Set(Object.values(def.entries ?? {}));
      return (v) => values.has(v);
    }
    case 'literal': {
      const values = new Set(def.values ?? []);
      return (v) => values.has(v);
    }
    case 'optional': {
      const inner = compile(def.innerType!);
      return (v) => v === undefined || inner(v);
    }
    case 'array': {
      const element = compile(def.element!);
      const length = lengthChecks(def);
      if (!length) return NO;
      const { min, max } = length;
      return (v) => {
        if (!isPlainArray(v) || v.length < min || v.length > max) return false;
        for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
        return true;
      };
    }
    case 'record': {
      const keyDef = defOf(def.keyType!);
      // A key schema with a finite set of values makes zod require every key (exhaustive records): not handled.
      if (def.keyType!._zod.values !== undefined || keyDef.type !== 'string') return NO;
      const key = compile(def.keyType!);
      const value = compile(def.valueType!);
      return (v) => {
        if (!isPlain(v)) return false;
        // zod checks every own enumerable key, symbols included; the engine reads keys directly, so a record with
        // a symbol or a non-enumerable key (which zod would skip or reject) is left to zod.
        let n = 0;
        for (const k in v) {
          n++;
          if (FORBIDDEN.has(k) || !key(k) || !value(v[k])) return false;
        }
        return Reflect.ownKeys(v).length === n;
      };
    }
    case 'object': {
      const shape = def.shape ?? {};
      const fields = new Map<string, { readonly check: Check; readonly required: boolean }>();
      let required = 0;
      for (const k of Object.keys(shape)) {
        if (FORBIDDEN.has(k)) return NO;
        const s = shape[k]!;
        const isRequired = defOf(s).type !== 'optional';
        if (isRequired) required++;
        fields.set(k, { check: compile(s), required: isRequired });
      }
      if (Object.getOwnPropertySymbols(shape).length > 0) return NO;
      return (v) => {
        if (!isPlain(v)) return false;
        let seen = 0;
        // for…in, as zod's strict objects: own and inherited enumerable keys; any undeclared key is an error.
        for (const k in v) {
          const f = fields.get(k);
          if (f === undefined) return false;
          const x = v[k];
          if (f.required) {
            if (x === undefined || !f.check(x)) return false;
            seen++;
          } else if (x !== undefined && !f.check(x)) return false;
        }
        return seen === required;
      };
    }
    case 'union': {
      const options = (def.options ?? []).map(compile);
      const disc = def.discriminator;
      if (disc !== undefined) {
        // A discriminated union: the discriminator's literal picks the one option zod would parse with.
        const byTag = new Map<unknown, Check>();
        let usable = true;
        (def.options ?? []).forEach((o, i) => {
          const tag = defOf(o).shape?.[disc];
          const tagDef = tag ? defOf(tag) : undefined;
          if (tagDef?.type !== 'literal') {
            usable = false;
            return;
          }
          for (const value of tagDef.values ?? []) {
            if (byTag.has(value)) usable = false;
            byTag.set(value, options[i]!);
          }
        });
        if (usable) {
          return (v) => {
            if (!isPlain(v)) return false;
            const option = byTag.get(v[disc]);
            return option !== undefined && option(v);
          };
        }
      }
      return (v) => {
        for (const o of options) if (o(v)) return true;
        return false;
      };
    }
    default:
      return NO;
  }
}

/**
 * Generates the checker as JavaScript source: one function per object, array, record and union of the schema,
 * with every field read by name and every leaf check inlined. Each generated function then sees one kind of
 * object, so V8 keeps its property reads monomorphic (a shared closure per node kind would see every shape of
 * the input and go megamorphic, several times slower). Keys and numbers enter the source only through
 * `JSON.stringify` and finite-number checks; regexes, sets and predicates are passed in, never printed. Returns
 * null where code cannot be generated (an unknown construct, or a host that forbids `new Function`).
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
        const values = def.type === 'enum' ? Object.values(def.entries ?? {}) : [...(def.values ?? [])];
        if (values.length <= 8 && values.every((v) => typeof v === 'string')) {
          return values.length === 0 ? 'false' : `(${values.map((v) => `${x} === ${str(v as string)}`).join(' || ')})`;
        }
        return `S[${sets.push(new Set(values)) - 1}].has(${x})`;
      }
      case 'optional':
        return `(${x} === undefined || ${expr(def.innerType!, x)})`;
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

  /** The name of the generated function for a composite schema (generated once). */
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
            body.push(`x = v[${str(k)}];`, `if (x !== undefined) { if (!${expr(fdef.innerType!, 'x')}) return false; n++; } else if (${str(k)} in v) n++;`);
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
          `for (let i = 0; i < len; i++) { const x = v[i]; if (!${expr(def.element!, 'x')}) return false; }`,
          // Extra named keys on an array: zod drops them, so its data would differ from the input.
          'return keys(v).length === len;',
        );
        break;
      }
      case 'record': {
        if (def.keyType!._zod.values !== undefined || defOf(def.keyType!).type !== 'string') failed = true;
        body.push(
          `if (typeof v !== 'object' || v === null || getProto(v) !== OP) return false;`,
          // Every own key, as zod reads them (Reflect.ownKeys). A symbol key zod would reject; a non-enumerable one
          // zod would skip while the engine could still read it: both are left to zod.
          'const ks = ownKeys(v);',
          `for (let i = 0; i < ks.length; i++) { const k = ks[i]; if (typeof k !== 'string' || FORBIDDEN.has(k) || !isEnumerable.call(v, k) || !${expr(def.keyType!, 'k')}) return false; const x = v[k]; if (!${expr(def.valueType!, 'x')}) return false; }`,
          'return true;',
        );
        break;
      }
      case 'union': {
        const options = def.options ?? [];
        const disc = def.discriminator;
        const tags = disc === undefined ? null : options.map((o) => {
          const t = defOf(o).shape?.[disc];
          const td = t ? defOf(t) : undefined;
          return td?.type === 'literal' && (td.values ?? []).every((v) => typeof v === 'string') ? (td.values as string[]) : null;
        });
        if (disc !== undefined && tags !== null && tags.every((t) => t !== null) && new Set(tags.flat()).size === tags.flat().length) {
          body.push(`if (typeof v !== 'object' || v === null || getProto(v) !== OP) return false;`, `switch (v[${str(disc)}]) {`);
          options.forEach((o, i) => {
            for (const t of tags[i]!) body.push(`case ${str(t)}:`);
            body.push(`return ${fn(o)}(v);`);
          });
          body.push('default: return false;', '}');
        } else {
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
  const source = `'use strict';\n${functions.join('\n')}\nreturn function check(v) {\n  for (const _ in OP) return false;\n  return ${entry};\n};`;
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const factory = new Function('R', 'S', 'P', 'D', 'FORBIDDEN', 'OP', 'AP', 'getProto', 'keys', 'ownKeys', 'isEnumerable', source) as (...a: unknown[]) => Check;
    return factory(regexes, sets, predicates, calendarDate, FORBIDDEN, OBJECT_PROTO, ARRAY_PROTO, Object.getPrototypeOf, Object.keys, Reflect.ownKeys, Object.prototype.propertyIsEnumerable);
  } catch {
    return null;
  }
}

/** True when something has been added to `Object.prototype` as an enumerable key (zod would see it). */
function prototypePolluted(): boolean {
  for (const _ in OBJECT_PROTO) return true;
  return false;
}

const generated = new WeakMap<object, Check>();

/**
 * A checker for `schema`: true only if zod accepts the value and zod's data equals it (structurally), and the
 * value holds no forbidden key. False means "not sure": run zod. `mode` picks the generated code (the default,
 * falling back to closures where code cannot be generated) or the closures alone (tests check both).
 */
export function fastChecker(schema: z.core.$ZodType, mode: 'generated' | 'closures' = 'generated'): (value: unknown) => boolean {
  const s = schema as unknown as Schema;
  if (mode === 'generated') {
    let g = generated.get(s);
    if (g === undefined) generated.set(s, (g = generate(s) ?? NO_CODE));
    if (g !== NO_CODE) return g;
  }
  const check = compile(s);
  return (value) => !prototypePolluted() && check(value);
}

const NO_CODE: Check = () => false;

const copyCache = new WeakMap<object, Copy>();

/**
 * A copier for values `fastChecker(schema)` accepted: the structural copy zod's parse would return, keys in the
 * order zod writes them (the schema's order for objects, the input's for records).
 */
export function fastCopier(schema: z.core.$ZodType): (value: unknown) => unknown {
  return copier(schema as unknown as Schema);
}

function copier(schema: Schema): Copy {
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
      const inner = copier(def.innerType!);
      return (v) => (v === undefined ? undefined : inner(v));
    }
    case 'array': {
      const element = copier(def.element!);
      return (v) => (v as unknown[]).map((x) => element(x));
    }
    case 'record': {
      const value = copier(def.valueType!);
      return (v) => {
        const out: Record<string, unknown> = {};
        for (const k of Object.keys(v as object)) out[k] = value((v as Record<string, unknown>)[k]);
        return out;
      };
    }
    case 'object': {
      const shape = def.shape ?? {};
      const fields = Object.keys(shape).map((k) => [k, copier(shape[k]!)] as const);
      return (v) => {
        const input = v as Record<string, unknown>;
        const out: Record<string, unknown> = {};
        for (const [k, copy] of fields) if (k in input) out[k] = copy(input[k]);
        return out;
      };
    }
    case 'union': {
      const options = (def.options ?? []).map((o) => [compile(o), copier(o)] as const);
      return (v) => {
        for (const [check, copy] of options) if (check(v)) return copy(v);
        return v;
      };
    }
    default:
      return (v) => v;
  }
}
