/**
 * Input issues as data: every code is rendered by both message modules, an issue's message is the modules'
 * rendering of its code and params, and a message names what was expected and echoes the bad value (shortened,
 * however large the value).
 */
import { describe, expect, it } from 'vitest';
import { safeEvaluate } from '../src/index.js';
import { ECHO_CHARS, echo, INPUT_ISSUE_CODES, ISSUE_CODES, type IssueCode } from '../src/edges/input/issues.js';
import { issueAt, issueLine, MESSAGES_EN, MESSAGES_ZH, renderIssue } from '../src/edges/input/messages/index.js';
import { resolveOptions } from '../src/edges/input/validate.js';
import { fromZodIssues, PolicyInputError } from '../src/edges/input/errors.js';
import { BATCH_ISSUE_CODES, type BatchIssue } from '../src/tools/batch/record.js';
import { boundIssues, tooLargeIssue } from '../src/tools/batch/limits.js';
import { internalIssue } from '../src/tools/batch/evaluator.js';
import { preparePortfolio } from '../src/tools/drafting/portfolio.js';
import { validateReform } from '../src/tools/drafting/reform.js';
import { application, beneficiary, claim } from './helpers.js';

/** The issues of an input the engine refuses. */
function issuesOf(input: unknown, options?: unknown): readonly BatchIssue[] {
  const out = safeEvaluate(input, options as never);
  if (out.ok) throw new Error('expected an input error');
  return out.error.issues;
}

function thrown(f: () => unknown): readonly BatchIssue[] {
  try {
    f();
  } catch (e) {
    if (e instanceof PolicyInputError) return e.issues;
    throw e;
  }
  throw new Error('expected an input error');
}

/** One representative issue of a code, made by the code that reports it, and the words its message must hold. */
interface Sample {
  readonly name: string;
  readonly issue: () => BatchIssue;
  /** What was expected, in each language. */
  readonly expected: { readonly zh: string; readonly en: string };
  /** The bad value as the message echoes it (both languages). */
  readonly echoed: string;
}

const first = (issues: readonly BatchIssue[], path: string): BatchIssue => {
  const found = issues.find((i) => i.path === path);
  if (!found) throw new Error(`no issue at ${path}: ${issues.map((i) => i.path).join(', ')}`);
  return found;
};

/** At least one sample per code; the record's type makes a code without a sample fail to compile. */
const SAMPLES: Record<IssueCode, readonly Sample[]> = {
  invalid: [
    {
      name: 'a date that does not exist',
      issue: () => first(issuesOf(application([], { approvalDate: '2026-02-30' })), 'approvalDate'),
      expected: { zh: '真实存在的日历日期', en: 'a real calendar date' },
      echoed: '"2026-02-30"',
    },
    {
      name: 'an amount with thousands separators',
      issue: () => first(issuesOf(application([claim('art08_3', { totalCost: '5,000,000' })])), 'claims[0].totalCost'),
      expected: { zh: '以元为单位的金额字符串', en: 'an amount in yuan' },
      echoed: '"5,000,000"',
    },
    {
      name: 'a reading option that does not exist',
      issue: () => thrown(() => resolveOptions({ readings: { 'A9.3.2': 'z' } as never }))[0]!,
      expected: { zh: '以下之一', en: 'one of' },
      echoed: '"z"',
    },
    {
      name: 'a parameter written in 万元',
      issue: () => thrown(() => resolveOptions({ parameters: { 'art02_2.cap': '150万' } as never }))[0]!,
      expected: { zh: '以元为单位的金额字符串', en: 'an amount in yuan' },
      echoed: '"150万"',
    },
    {
      name: 'a clause label where an id is expected',
      issue: () => thrown(() => validateReform({ disabledLines: [42] }))[0]!,
      expected: { zh: '条款编号字符串', en: 'a clause id as a string' },
      echoed: '42',
    },
  ],
  required: [
    {
      name: 'a required field left out (as zod with its English locale words it)',
      issue: () => fromZodIssues([{ code: 'invalid_type', expected: 'string', path: ['approvalDate'], message: 'Invalid input: expected string, received undefined', input: undefined }], {})[0]!,
      expected: { zh: '字符串', en: 'string' },
      echoed: '',
    },
  ],
  unknownKey: [
    {
      name: 'a misspelt field',
      issue: () => first(issuesOf(application([], { awardYaer: 2026 })), 'awardYaer'),
      expected: { zh: '此处不接受', en: 'not accepted here' },
      echoed: 'awardYaer',
    },
    {
      name: 'a misspelt parameter, with the closest valid ids',
      issue: () => thrown(() => resolveOptions({ parameters: { 'art02_2.cpa': '1' } as never }))[0]!,
      expected: { zh: '最接近的有效名称：', en: 'the closest valid ones: ' },
      echoed: 'art02_2.cpa',
    },
  ],
  forbiddenKey: [
    {
      name: 'a key that could poison prototypes',
      issue: () => first(issuesOf(application([], { beneficiary: JSON.parse(`{"__proto__": {}, "id": "B"}`) as unknown })), 'beneficiary.__proto__'),
      expected: { zh: '禁止使用的字段名', en: 'forbidden field name' },
      echoed: '__proto__',
    },
  ],
  contradiction: [
    {
      name: 'an application filed after its approval',
      issue: () => first(issuesOf(application([], { applicationDate: '2026-07-01', approvalDate: '2026-06-01' })), 'applicationDate'),
      expected: { zh: '晚于审批日期 2026-06-01', en: 'after its approval on 2026-06-01' },
      echoed: '2026-07-01',
    },
    {
      name: 'a host that bears more than the whole cost',
      issue: () => first(issuesOf(application([claim('art08_3', { totalCost: '100.00', costBorneByHost: '200.00' })])), 'claims[0].costBorneByHost'),
      expected: { zh: '活动费用总额 100.00 元', en: 'the total cost (100.00 yuan)' },
      echoed: '200.00',
    },
  ],
  duplicate: [
    {
      name: 'a claim id used twice',
      issue: () => first(issuesOf(application([claim('art08_3', { id: 'E1' }), claim('art08_3', { id: 'E1', subjectId: 'other' })])), 'claims[1].id'),
      expected: { zh: '重复', en: 'used twice' },
      echoed: 'E1',
    },
  ],
  outOfRange: [
    {
      name: 'a share written as a percentage',
      issue: () => thrown(() => resolveOptions({ parameters: { 'art02_2.rate': '30' } as never }))[0]!,
      expected: { zh: '应在 0 至 1 之间（含）', en: 'expected 0 to 1 inclusive' },
      echoed: '"30"',
    },
    {
      name: 'an empty portfolio',
      issue: () => thrown(() => preparePortfolio([]))[0]!,
      expected: { zh: '组合应含 1 至', en: 'a portfolio holds 1 to' },
      echoed: '0',
    },
  ],
  json: [{ name: 'a line that is not JSON', issue: () => issueAt('', 'json', { detail: 'Unexpected token } in JSON at position 7' }), expected: { zh: '不是有效的 JSON', en: 'not valid JSON' }, echoed: 'position 7' }],
  tooLong: [{ name: 'a line over the limit', issue: () => issueAt('', 'tooLong', { item: 'line', max: 4096 }), expected: { zh: '4096 字节上限', en: 'limit of 4096 bytes' }, echoed: '' }],
  encoding: [{ name: 'a line not in GBK', issue: () => issueAt('', 'encoding', { encoding: 'GBK' }), expected: { zh: '有效的 GBK 编码', en: 'valid GBK' }, echoed: '' }],
  csvRow: [{ name: 'a row wider than its header', issue: () => issueAt('', 'csvRow', { file: 'b.csv', line: 2, cells: 15, columns: 14 }), expected: { zh: '表头的 14 列', en: 'the 14 columns' }, echoed: '15' }],
  ambiguousClaim: [{
    name: 'a claim row without an award year for a beneficiary of several years',
    issue: () => issueAt('', 'ambiguousClaim', { file: 'c.csv', line: 4, beneficiaryId: 'B1', otherFile: 'b.csv', lines: [2, 3] }),
    expected: { zh: '请填写 awardYear 列', en: 'fill the awardYear column' },
    echoed: 'B1',
  }],
  orphanClaim: [{
    name: 'a claim row of no beneficiary',
    issue: () => issueAt('', 'orphanClaim', { file: 'c.csv', line: 4, beneficiaryId: 'B9', awardYear: '2026', otherFile: 'b.csv' }),
    expected: { zh: '没有对应行', en: 'has no row in b.csv' },
    echoed: 'B9',
  }],
  tooLarge: [{ name: 'a record too deep', issue: () => tooLargeIssue({ limit: 'maxDepth', value: 12 }), expected: { zh: '嵌套超过 12 层', en: 'deeper than 12 levels' }, echoed: '' }],
  moreIssues: [{
    name: 'the issues past the first hundred',
    issue: () => boundIssues(Array.from({ length: 103 }, (_, i) => issueAt(`p${i}`, 'forbiddenKey', { key: '__proto__' })))[100]!,
    expected: { zh: '仅列出前 100 个', en: 'only the first 100' },
    echoed: '3',
  }],
  internal: [{ name: 'a failure inside the engine', issue: () => internalIssue(new TypeError('boom')), expected: { zh: '引擎内部错误', en: 'internal engine error' }, echoed: 'TypeError: boom' }],
};

describe('every issue code is rendered in Chinese and English', () => {
  it('the batch lists every code, the engine\'s own first', () => {
    expect(BATCH_ISSUE_CODES).toEqual(ISSUE_CODES);
    expect(ISSUE_CODES.slice(0, INPUT_ISSUE_CODES.length)).toEqual(INPUT_ISSUE_CODES);
    expect(Object.keys(MESSAGES_ZH).sort()).toEqual([...ISSUE_CODES].sort());
    expect(Object.keys(MESSAGES_EN).sort()).toEqual([...ISSUE_CODES].sort());
    expect(Object.keys(SAMPLES).sort()).toEqual([...ISSUE_CODES].sort());
  });

  describe.each(ISSUE_CODES.map((code) => [code] as const))('%s', (code) => {
    it.each(SAMPLES[code].map((s) => [s.name, s] as const))('%s', (_name, sample) => {
      const issue = sample.issue();
      expect(issue.code).toBe(code);
      for (const lang of ['zh', 'en'] as const) {
        const text = renderIssue(issue, lang);
        // The message the issue carries is the message modules' rendering of its code and params.
        expect(issue.message[lang]).toBe(text);
        expect(text.trim().length).toBeGreaterThan(0);
        const line = issueLine(issue, lang);
        expect(line.startsWith(`${issue.path || '(root)'}: `)).toBe(true);
        expect(line).toContain(issue.path);
        expect(text).toContain(sample.expected[lang]);
        expect(text).toContain(sample.echoed);
      }
      // The two languages differ (neither falls back to the other).
      expect(issue.message.zh).not.toBe(issue.message.en);
    });
  });

  it('a path is in every rendered line, for every code (a made-up path on the samples\' params)', () => {
    for (const code of ISSUE_CODES) {
      for (const sample of SAMPLES[code]) {
        const moved = issueAt('claims[7].somewhere', code, sample.issue().params as never);
        for (const lang of ['zh', 'en'] as const) expect(issueLine(moved, lang)).toContain('claims[7].somewhere');
      }
    }
  });
});

describe('the bad value is echoed, shortened however large it is', () => {
  it('a string of a million characters is cut at the echo limit', () => {
    const r = echo('x'.repeat(1_000_000));
    expect(r.type).toBe('string');
    expect(r.text.length).toBeLessThanOrEqual(ECHO_CHARS + 1);
    expect(r.text.endsWith('…')).toBe(true);
  });

  it('an object of a million keys is cut after its first keys', () => {
    const huge: Record<string, number> = {};
    for (let i = 0; i < 1_000_000; i++) huge[`k${i}`] = i;
    const r = echo(huge);
    expect(r).toEqual({ type: 'object', text: `${'{"k0":0,"k1":1,"k2":2,"k3":3,"k4":4,"k5":5,"k6":6,"k7":7,"k8":8,"k9":9,"k10":10'.slice(0, ECHO_CHARS)}…` });
  });

  it('a list of a million items is cut after its first items', () => {
    const r = echo(Array.from({ length: 1_000_000 }, (_, i) => i));
    expect(r.type).toBe('array');
    expect(r.text).toBe(`${'[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25'.slice(0, ECHO_CHARS)}…`);
  });

  it('a cycle, a bigint, a function and a throwing getter are told without failing', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(echo(cyclic).text).toMatch(/^\{"a":1,"self":\{"a":1,"self":/);
    expect(echo(10n)).toEqual({ type: 'other', text: '10n' });
    expect(echo(() => 1)).toEqual({ type: 'other', text: 'function' });
    expect(echo(undefined)).toEqual({ type: 'undefined', text: 'undefined' });
    const trap = Object.defineProperty({}, 'x', { enumerable: true, get: () => { throw new Error('no'); } });
    expect(echo(trap).text.endsWith('…')).toBe(true);
  });

  it('a surrogate pair is never cut in half', () => {
    const text = echo(`${'a'.repeat(ECHO_CHARS - 2)}😀😀`).text;
    expect(() => encodeURIComponent(text)).not.toThrow();
  });

  it('a huge bad value reaches the message shortened (an unknown option holding a long list)', () => {
    const issue = thrown(() => resolveOptions({ readings: { 'A9.3.2': Array.from({ length: 100_000 }, () => 'a') } as never }))[0]!;
    expect(issue.message.en.length).toBeLessThan(200);
    expect(issue.message.en).toContain('not an array ["a","a"');
    expect(issue.message.zh).toContain('而不是 数组 ["a","a"');
  });

  it('an issue\'s params are plain JSON data', () => {
    const issues = issuesOf(application([claim('art08_3', { totalCost: '5,000,000' })], { beneficiary: beneficiary({ id: 7 }) }));
    for (const issue of issues) expect(JSON.parse(JSON.stringify(issue))).toEqual(issue);
  });
});
