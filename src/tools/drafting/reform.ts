/**
 * A reform as data: parameter changes by id (or by nested path), reading switches by register id, and award lines
 * switched off. A reform file is YAML or JSON; it is validated against a zod schema and every value is checked
 * against its parameter's unit. Nothing in it is evaluated as code: YAML is read with the failsafe schema (every
 * scalar a string, so `200000.00` keeps its digits; TOOLCHAIN P11), tags and aliases are refused, and JSON
 * numbers are refused where an exact decimal string is needed.
 *
 * ```yaml
 * id: raise-02-2-cap
 * title: { zh: 提高二(二)上限, en: Raise 二(二)'s cap }
 * parameters:
 *   art02_2.cap: "2000000"       # yuan, as a decimal string
 * readings:
 *   A9.3.1: b                    # register id → option
 * disabledLines: [art04_3]       # these lines pay nothing under the reform
 * ```
 */
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { checkParameterValue, UNIT_EXAMPLE } from '../../edges/input/parameterValues.js';
import { forbiddenKeys, PolicyInputError, type InputIssue, inputIssue } from '../../edges/input/errors.js';
import { AWARD_LINES, ITEM_LABEL, type ClauseId } from '../../policy/ids.js';
import { PARAMETERS, parameterDef, READINGS, readingDef, type ParameterDef } from '../../policy/catalogue.js';
import type { EvaluateOptions } from '../../edges/input/validate.js';
import { closestNames, editDistance, quoteList, unknownName } from '../../edges/input/suggest.js';
import type { Bilingual } from './text.js';

/** A validated reform. Parameter and reading keys are sorted; lines are in document order. */
export interface Reform {
  readonly id: string;
  readonly title: Bilingual;
  readonly description: Bilingual | null;
  /** Parameter values by id (exact strings), only those the reform sets. */
  readonly parameters: Readonly<Record<string, string | null>>;
  /** Readings by register id, only those the reform sets. */
  readonly readings: Readonly<Record<string, string>>;
  /** Award lines that pay nothing under the reform. */
  readonly disabledLines: readonly ClauseId[];
}

/** The text as drafted: default parameters and readings, every line on. */
export const BASELINE_REFORM: Reform = Object.freeze({
  id: 'baseline',
  title: { zh: '征求意见稿（默认参数与解读）', en: 'the draft as written (default parameters and readings)' },
  description: null,
  parameters: Object.freeze({}),
  readings: Object.freeze({}),
  disabledLines: Object.freeze([]) as readonly ClauseId[],
});

/** The file formats a reform can be written in. */
export type ReformFormat = 'yaml' | 'json';

const MAX_TEXT = 1_000_000;
const TOP_KEYS = ['id', 'title', 'description', 'parameters', 'readings', 'disabledLines'] as const;

const Words = z.union([
  z.string().min(1).max(2000),
  z.strictObject({ zh: z.string().min(1).max(2000), en: z.string().min(1).max(2000) }),
]);

/** The shape of a reform file; parameter, reading and line values are checked one by one afterwards. */
export const ReformSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/).optional(),
  title: Words.optional(),
  description: Words.optional(),
  parameters: z.record(z.string(), z.unknown()).optional(),
  readings: z.record(z.string(), z.unknown()).optional(),
  disabledLines: z.array(z.unknown()).max(AWARD_LINES.length * 2).optional(),
});

const FIELD_EXPECTED: Record<string, Bilingual> = {
  id: { zh: '由字母、数字、点、下划线或连字符组成的标识（至多100字符），如 "raise-02-2-cap"', en: 'an id of letters, digits, dots, underscores or hyphens (at most 100), e.g. "raise-02-2-cap"' },
  title: { zh: '非空文字，或 { zh: …, en: … }', en: 'a non-empty text, or { zh: …, en: … }' },
  description: { zh: '非空文字，或 { zh: …, en: … }', en: 'a non-empty text, or { zh: …, en: … }' },
  parameters: { zh: '以参数编号为键的映射，如 { "art02_2.cap": "2000000" }', en: 'a map keyed by parameter id, e.g. { "art02_2.cap": "2000000" }' },
  readings: { zh: '以解读编号为键的映射，如 { "A9.3.1": "b" }', en: 'a map keyed by reading id, e.g. { "A9.3.1": "b" }' },
  disabledLines: { zh: '条款编号列表，如 ["art04_3"]', en: 'a list of clause ids, e.g. ["art04_3"]' },
};

const issue = inputIssue;

export { closestNames, editDistance };

function unknown(path: string, what: Bilingual, name: string, candidates: readonly string[]): InputIssue {
  return unknownName(path, what, name, candidates);
}

function checkParameter(id: string, value: unknown, format: ReformFormat | 'data', issues: InputIssue[]): string | null | undefined {
  const path = `parameters.${id}`;
  const def = parameterDef(id);
  if (!def) {
    issues.push(checkParameterValue(id, value)!);
    return undefined;
  }
  const example = UNIT_EXAMPLE[def.unit];
  if (typeof value === 'number' || typeof value === 'bigint') {
    const money = def.unit === 'yuan';
    const why = format === 'json' ? 'JSON ' : '';
    issues.push(issue(path, 'invalid',
      `${money ? '金额' : '参数值'}须写成带引号的字符串以保持精确（${why}数字会丢失位数）：应为${example.zh}`,
      `${money ? 'amounts' : 'parameter values'} must be quoted strings to stay exact (${why}numbers can lose digits): expected ${example.en}`));
    return undefined;
  }
  const problem = checkParameterValue(id, value);
  if (problem) {
    issues.push(problem);
    return undefined;
  }
  return value as string | null;
}

/** Flattens nested parameter maps: `{ art02_2: { cap: "1" } }` → `{ "art02_2.cap": "1" }`. */
function flatten(prefix: string, value: Record<string, unknown>, out: [string, unknown][]): void {
  for (const [k, v] of Object.entries(value)) {
    const id = prefix === '' ? k : `${prefix}.${k}`;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) flatten(id, v as Record<string, unknown>, out);
    else out.push([id, v]);
  }
}

function words(value: z.infer<typeof Words> | undefined): Bilingual | null {
  if (value === undefined) return null;
  return typeof value === 'string' ? { zh: value, en: value } : { zh: value.zh, en: value.en };
}

function fromSchemaIssues(zodIssues: readonly z.core.$ZodIssue[]): InputIssue[] {
  const out: InputIssue[] = [];
  for (const zi of zodIssues) {
    if (zi.code === 'unrecognized_keys') {
      for (const key of zi.keys) {
        out.push(zi.path.length === 0
          ? unknown(key, { zh: '字段', en: 'field' }, key, TOP_KEYS)
          : issue(`${zi.path.join('.')}.${key}`, 'unknownKey', `未知字段“${key}”（应为 zh 或 en）`, `unknown field "${key}" (expected zh or en)`));
      }
      continue;
    }
    const field = String(zi.path[0] ?? '');
    const expected = FIELD_EXPECTED[field];
    const path = zi.path.map(String).join('.') || '(root)';
    out.push(expected
      ? issue(path, 'invalid', `应为${expected.zh}`, `expected ${expected.en}`)
      : issue(path, 'invalid', '改革方案应为一个映射（对象），字段为 id、title、description、parameters、readings、disabledLines',
        'a reform is a map (object) with the fields id, title, description, parameters, readings, disabledLines'));
  }
  return out;
}

/**
 * Validates reform data (already parsed from YAML or JSON).
 * @param origin where the data came from: `json` refuses numbers with a message about JSON's precision.
 * @throws {@link PolicyInputError} listing every problem; no partial reform is returned.
 */
export function validateReform(data: unknown, origin: ReformFormat | 'data' = 'data'): Reform {
  const poisoned = forbiddenKeys(data);
  if (poisoned.length > 0) throw new PolicyInputError(poisoned);
  const parsed = ReformSchema.safeParse(data);
  if (!parsed.success) throw new PolicyInputError(fromSchemaIssues(parsed.error.issues));
  const r = parsed.data;
  const issues: InputIssue[] = [];

  const flat: [string, unknown][] = [];
  flatten('', r.parameters ?? {}, flat);
  const parameters: Record<string, string | null> = {};
  const seen = new Set<string>();
  for (const [id, value] of flat) {
    if (seen.has(id)) {
      issues.push(issue(`parameters.${id}`, 'duplicate', `参数“${id}”重复设定`, `parameter "${id}" is set twice`));
      continue;
    }
    seen.add(id);
    const checked = checkParameter(id, value, origin, issues);
    if (checked !== undefined) parameters[id] = checked;
  }

  const readings: Record<string, string> = {};
  for (const [id, choice] of Object.entries(r.readings ?? {})) {
    const def = readingDef(id);
    const path = `readings.${id}`;
    if (!def) {
      issues.push(unknown(path, { zh: '解读编号', en: 'reading id' }, id, READINGS.map((d) => d.id)));
      continue;
    }
    const options = Object.keys(def.options);
    if (typeof choice !== 'string' || !options.includes(choice)) {
      const list = quoteList(options);
      issues.push(issue(path, 'invalid', `应为以下之一：${list}（得到 ${JSON.stringify(choice)}）`, `expected one of: ${list} (got ${JSON.stringify(choice)})`));
      continue;
    }
    readings[id] = choice;
  }

  const disabled = new Set<ClauseId>();
  const labels = Object.entries(ITEM_LABEL).filter(([id]) => (AWARD_LINES as readonly string[]).includes(id));
  (r.disabledLines ?? []).forEach((line, i) => {
    const path = `disabledLines[${i}]`;
    if (typeof line !== 'string') {
      issues.push(issue(path, 'invalid', `应为条款编号字符串，如 "art04_3"`, 'expected a clause id as a string, e.g. "art04_3"'));
    } else if ((AWARD_LINES as readonly string[]).includes(line)) {
      if (disabled.has(line as ClauseId)) issues.push(issue(path, 'duplicate', `条款“${line}”重复列出`, `clause "${line}" is listed twice`));
      disabled.add(line as ClauseId);
    } else {
      const byLabel = labels.find(([, label]) => label === line);
      issues.push(byLabel
        ? issue(path, 'invalid', `请用条款编号：“${line}”写作 "${byLabel[0]}"`, `use the clause id: write "${line}" as "${byLabel[0]}"`)
        : unknown(path, { zh: '条款编号', en: 'clause id' }, line, AWARD_LINES));
    }
  });

  if (issues.length > 0) throw new PolicyInputError(issues);
  const sorted = <T>(rec: Record<string, T>): Record<string, T> =>
    Object.fromEntries(Object.keys(rec).sort().map((k) => [k, rec[k]!]));
  const id = r.id ?? 'reform';
  return Object.freeze({
    id,
    title: words(r.title) ?? { zh: id, en: id },
    description: words(r.description),
    parameters: Object.freeze(sorted(parameters)),
    readings: Object.freeze(sorted(readings)),
    disabledLines: Object.freeze(AWARD_LINES.filter((c) => disabled.has(c))),
  });
}

/**
 * Parses a reform file's text.
 * @throws {@link PolicyInputError} on a syntax error, a YAML tag or alias, or any problem {@link validateReform} finds.
 */
export function parseReform(text: string, format: ReformFormat): Reform {
  const data = parseReformText(text, format);
  return validateReform(format === 'yaml' ? (data ?? {}) : data, format);
}

/**
 * The data of a reform or version file's text, not yet checked: JSON, or YAML read with the failsafe schema (every
 * scalar a string, so numbers keep their digits), without tags or aliases.
 * @throws {@link PolicyInputError} on a file too large or a syntax error.
 */
export function parseReformText(text: string, format: ReformFormat): unknown {
  if (text.length > MAX_TEXT) {
    throw new PolicyInputError([issue('(file)', 'outOfRange', `文件过大：至多 ${MAX_TEXT} 个字符`, `file too large: at most ${MAX_TEXT} characters`)]);
  }
  if (format === 'json') {
    try {
      return JSON.parse(text) as unknown;
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      throw new PolicyInputError([issue('(file)', 'invalid', `不是有效的 JSON：${why}`, `not valid JSON: ${why}`)]);
    }
  }
  const doc = parseDocument(text, { schema: 'failsafe', uniqueKeys: true, prettyErrors: true });
  const problems = [...doc.errors, ...doc.warnings].map((e) => {
    const where = e.linePos?.[0] ? `line ${e.linePos[0].line}, column ${e.linePos[0].col}` : '';
    const first = e.message.split('\n')[0]!;
    return issue(where || '(file)', 'invalid', `YAML 有误：${first}`, `YAML error: ${first}`);
  });
  if (problems.length > 0) throw new PolicyInputError(problems);
  try {
    return doc.toJS({ maxAliasCount: 0 }) as unknown;
  } catch {
    throw new PolicyInputError([issue('(file)', 'invalid', '改革方案中不接受 YAML 别名（*name）', 'YAML aliases (*name) are not accepted in a reform file')]);
  }
}

/** The format of a reform file by its name: `.yaml`/`.yml` or `.json`. */
export function reformFormatOf(fileName: string): ReformFormat {
  if (/\.ya?ml$/i.test(fileName)) return 'yaml';
  if (/\.json$/i.test(fileName)) return 'json';
  throw new PolicyInputError([issue('reform', 'invalid', `无法识别的改革方案文件类型“${fileName}”：应为 .yaml、.yml 或 .json`,
    `cannot tell the format of reform file "${fileName}": expected .yaml, .yml or .json`)]);
}

/** The engine options of a reform (its parameters and readings). */
export function reformOptions(reform: Reform): EvaluateOptions {
  return { parameters: reform.parameters, readings: reform.readings };
}
