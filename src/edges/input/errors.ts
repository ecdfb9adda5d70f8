/**
 * Bad input: one error listing every problem, each with the path of the field and what was expected there, in
 * Chinese and English. The engine returns no result for such input (never a partial one).
 */
import type { z } from 'zod';
import { echo, FORMATS, shortName, type Format, type InputIssue, type InputIssueCode, type IssueCode, type IssueParamsByCode } from './issues.js';
import { FORMAT_EN, FORMAT_ZH, issueAt } from './messages/index.js';

export type { InputIssue, InputIssueCode } from './issues.js';

/**
 * An input problem at `path`, its bilingual message rendered from `params` by the message modules
 * (`messages/zh-CN.ts`, `messages/en.ts`).
 */
export function inputIssue<C extends InputIssueCode>(path: string, code: C, params: IssueParamsByCode[C]): InputIssue {
  return issueAt<IssueCode>(path, code, params) as InputIssue;
}

/** The brand every PolicyInputError carries, shared by every copy of the package (a global symbol). */
const BRAND = Symbol.for('zz-airport-ai-policy.PolicyInputError');

/**
 * Thrown (or returned by the `safe…` entry points) when input is not valid; no result is produced. `instanceof`
 * recognises one thrown by any copy of the package (its ESM and CJS builds, its subpath entries).
 */
export class PolicyInputError extends Error {
  readonly issues: readonly InputIssue[];
  constructor(issues: readonly InputIssue[]) {
    super(
      `输入无效 / invalid input (${issues.length}):\n` +
        issues.map((i) => `- ${i.path || '(root)'}: ${i.message.zh} / ${i.message.en}`).join('\n'),
    );
    this.name = 'PolicyInputError';
    this.issues = issues;
    Object.defineProperty(this, BRAND, { value: true });
  }

  /** True for a PolicyInputError of any copy of the package. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }
}

/** What each kind of field expects, in both languages. Keys are the error keys set in policy/input.ts. */
export const EXPECTED: Readonly<Record<Format, { readonly zh: string; readonly en: string }>> = Object.fromEntries(
  FORMATS.map((f) => [f, { zh: FORMAT_ZH[f], en: FORMAT_EN[f] }]),
) as Record<Format, { zh: string; en: string }>;

const isFormat = (key: string): key is Format => (FORMATS as readonly string[]).includes(key);

/** Formats a path array as `a.b[2].c`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out;
}

/**
 * The value at a path of the input (own properties only), or undefined; used to echo a bad value, never to
 * decide anything.
 */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const seg of path) {
    if (v === null || typeof v !== 'object' || typeof seg === 'symbol' || !Object.prototype.hasOwnProperty.call(v, seg)) return undefined;
    v = (v as Record<string | number, unknown>)[seg as string | number];
  }
  return v;
}

/** The size zod compared with a bound: a list's or a text's length, a number itself. */
function sizeOf(value: unknown): unknown {
  return Array.isArray(value) || typeof value === 'string' ? value.length : value;
}

/** Turns zod's issues into issues as data, echoing the bad value found at each path of `input`. */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], input?: unknown): InputIssue[] {
  const out: InputIssue[] = [];
  for (const issue of issues) {
    const path = formatPath(issue.path);
    const value = valueAt(input, issue.path);
    const received = value === undefined ? undefined : echo(value);
    const known = isFormat(issue.message) ? issue.message : undefined;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push(inputIssue(path ? `${path}.${key}` : key, 'unknownKey', { key: shortName(key), what: 'field' }));
    } else if (issue.code === 'invalid_value') {
      out.push(inputIssue(path, 'invalid', { rule: 'expected', expected: { kind: 'oneOf', values: issue.values.map((v) => JSON.stringify(v)) }, received }));
    } else if (issue.code === 'invalid_union' && issue.message === 'clause') {
      const at = path.endsWith('clause') ? path : path ? `${path}.clause` : 'clause';
      const clause = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as { clause?: unknown }).clause : value;
      out.push(inputIssue(at, 'invalid', { rule: 'expected', expected: { kind: 'format', format: 'clause' }, received: clause === undefined ? undefined : echo(clause) }));
    } else if (known) {
      out.push(inputIssue(path, 'invalid', { rule: 'expected', expected: { kind: 'format', format: known }, received }));
    } else if (issue.code === 'invalid_type') {
      const expected = { kind: 'type', type: String(issue.expected) } as const;
      const missing = issue.message.includes('received undefined');
      out.push(missing
        ? inputIssue(path, 'required', { expected })
        : inputIssue(path, 'invalid', { rule: 'type', expected, received }));
    } else if (issue.code === 'too_big') {
      out.push(inputIssue(path, 'outOfRange', { rule: 'max', max: String(issue.maximum), received: value === undefined ? undefined : echo(sizeOf(value)) }));
    } else if (issue.code === 'too_small') {
      out.push(inputIssue(path, 'outOfRange', { rule: 'min', min: String(issue.minimum), received: value === undefined ? undefined : echo(sizeOf(value)) }));
    } else {
      out.push(inputIssue(path, 'invalid', { rule: 'other', detail: issue.message, received }));
    }
  }
  return out;
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** Finds keys that could poison prototypes (`__proto__`, `constructor`, `prototype`) anywhere in the input. */
export function forbiddenKeys(value: unknown, path: PropertyKey[] = [], out: InputIssue[] = [], depth = 0): InputIssue[] {
  if (depth > 64 || value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) forbiddenKeys(value[i], [...path, i], out, depth + 1);
    return out;
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN.has(key)) {
      out.push(inputIssue(formatPath([...path, key]), 'forbiddenKey', { key }));
    } else {
      forbiddenKeys((value as Record<string, unknown>)[key], [...path, key], out, depth + 1);
    }
  }
  return out;
}
