/**
 * Bad input: one error listing every problem, each with the path of the field and what was expected there, in
 * Chinese and English. The engine returns no result for such input (never a partial one).
 */
import type { z } from 'zod';

/**
 * What kind of problem an input has: a value of the wrong form (`invalid`), a required field left out (`required`),
 * a field or id the schema does not know (`unknownKey`), a key that could poison prototypes (`forbiddenKey`),
 * fields that contradict each other (`contradiction`), an id used twice (`duplicate`), a value or a sum beyond its
 * bound (`outOfRange`).
 */
export type InputIssueCode = 'invalid' | 'required' | 'unknownKey' | 'forbiddenKey' | 'contradiction' | 'duplicate' | 'outOfRange';

/** One problem in the input. */
export interface InputIssue {
  /** Path of the field, e.g. `claims[2].approvedAmount`. */
  readonly path: string;
  readonly code: InputIssueCode;
  readonly message: { readonly zh: string; readonly en: string };
}

/** An input problem with its bilingual message. */
export function inputIssue(path: string, code: InputIssueCode, zh: string, en: string): InputIssue {
  return { path, code, message: { zh, en } };
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

/** What each kind of field expects. Keys are the error keys set in schema.ts. */
export const EXPECTED: Record<string, { zh: string; en: string }> = {
  yuan: {
    zh: '以元为单位的金额字符串：非负，至多两位小数，不超过11位整数，如 "1234.50"',
    en: 'an amount in yuan as a decimal string: non-negative, at most two decimals and 11 whole digits, e.g. "1234.50"',
  },
  signedYuan: {
    zh: '以元为单位的金额字符串，可为负，至多两位小数，不超过11位整数，如 "-1234.50"',
    en: 'an amount in yuan as a decimal string, may be negative, at most two decimals and 11 whole digits, e.g. "-1234.50"',
  },
  date: { zh: '真实存在的日历日期，格式 YYYY-MM-DD，如 "2026-03-01"', en: 'a real calendar date written YYYY-MM-DD, e.g. "2026-03-01"' },
  year: { zh: '公历年份整数（1900–2999）', en: 'a calendar year as an integer (1900–2999)' },
  yearKey: { zh: '四位年份作为键，如 "2025"', en: 'a four-digit year as the key, e.g. "2025"' },
  id: { zh: '非空字符串标识（至多200字符）', en: 'a non-empty string id (at most 200 characters)' },
  text: { zh: '非空文字', en: 'a non-empty text' },
  boolean: { zh: '布尔值 true 或 false', en: 'a boolean, true or false' },
  count: { zh: '非负整数', en: 'a non-negative whole number' },
  paramCount: { zh: '以字符串书写的非负整数参数量，如 "120000000000"', en: 'a whole number of parameters written as a digit string, e.g. "120000000000"' },
  years: { zh: '至少一个奖励年度', en: 'at least one award year' },
  list: { zh: `列表（数组），至多 100 项`, en: 'a list (array) of at most 100 items' },
  findingScope: { zh: '"all" 或条款编号数组', en: '"all" or a list of clause ids' },
  clause: {
    zh: '已知的条款编号（art02_1 … art08_3，或转介事项 art06_1、art09_1、art09_2）',
    en: 'a known clause id (art02_1 … art08_3, or the referral items art06_1, art09_1, art09_2)',
  },
};

/** Formats a path array as `a.b[2].c`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out;
}

/** Turns zod's issues into bilingual ones. */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[]): InputIssue[] {
  const out: InputIssue[] = [];
  for (const issue of issues) {
    const path = formatPath(issue.path);
    const known = EXPECTED[issue.message];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({
          path: path ? `${path}.${key}` : key,
          code: 'unknownKey',
          message: { zh: `未知字段“${key}”：此处不接受该字段`, en: `unknown field "${key}": not accepted here` },
        });
      }
    } else if (issue.code === 'invalid_value') {
      const values = issue.values.map((v) => JSON.stringify(v)).join(', ');
      out.push({ path, code: 'invalid', message: { zh: `应为以下之一：${values}`, en: `expected one of: ${values}` } });
    } else if (issue.code === 'invalid_union' && issue.message === 'clause') {
      out.push({ path: path.endsWith('clause') ? path : path ? `${path}.clause` : 'clause', code: 'invalid', message: { zh: `应为${EXPECTED.clause!.zh}`, en: `expected ${EXPECTED.clause!.en}` } });
    } else if (known) {
      out.push({ path, code: 'invalid', message: { zh: `应为${known.zh}`, en: `expected ${known.en}` } });
    } else if (issue.code === 'invalid_type') {
      const expected = String(issue.expected);
      const missing = issue.message.includes('received undefined');
      out.push({
        path,
        code: missing ? 'required' : 'invalid',
        message: missing
          ? { zh: `缺少必填字段（应为${zhType(expected)}）`, en: `required field is missing (expected ${expected})` }
          : { zh: `类型错误：应为${zhType(expected)}`, en: `wrong type: expected ${expected}` },
      });
    } else if (issue.code === 'too_big') {
      out.push({ path, code: 'outOfRange', message: { zh: `过多或过大：至多 ${String(issue.maximum)}`, en: `too many or too large: at most ${String(issue.maximum)}` } });
    } else if (issue.code === 'too_small') {
      out.push({ path, code: 'outOfRange', message: { zh: `过少或过小：至少 ${String(issue.minimum)}`, en: `too few or too small: at least ${String(issue.minimum)}` } });
    } else {
      out.push({ path, code: 'invalid', message: { zh: `无效：${issue.message}`, en: `invalid: ${issue.message}` } });
    }
  }
  return out;
}

function zhType(t: string): string {
  return ({ object: '对象', array: '数组', string: '字符串', number: '数字', boolean: '布尔值' } as Record<string, string>)[t] ?? t;
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
      out.push({
        path: formatPath([...path, key]),
        code: 'forbiddenKey',
        message: { zh: `禁止使用的字段名“${key}”`, en: `forbidden field name "${key}"` },
      });
    } else {
      forbiddenKeys((value as Record<string, unknown>)[key], [...path, key], out, depth + 1);
    }
  }
  return out;
}
