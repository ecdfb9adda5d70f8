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
import { checkParameterValue } from '../../edges/input/parameterValues.js';
import { echo, shortName, type Format, type NameKind } from '../../edges/input/issues.js';
import { forbiddenKeys, PolicyInputError, type InputIssue, inputIssue, valueAt } from '../../edges/input/errors.js';
import { AWARD_LINES, ITEM_LABEL, type ClauseId } from '../../policy/ids.js';
import { PARAMETERS, parameterDef, READINGS, readingDef, type ParameterDef } from '../../policy/catalogue.js';
import type { EvaluateOptions } from '../../edges/input/validate.js';
import { closestNames, editDistance, unknownName } from '../../edges/input/suggest.js';
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

/** The form each top-level field of a reform expects (the message modules say it in words). */
const FIELD_EXPECTED: Readonly<Record<string, Format>> = {
  id: 'reformId', title: 'words', description: 'words', parameters: 'reformParameters', readings: 'reformReadings', disabledLines: 'reformLines',
};

const issue = inputIssue;

export { closestNames, editDistance };

function unknown(path: string, what: NameKind, name: string, candidates: readonly string[]): InputIssue {
  return unknownName(path, what, name, candidates);
}

function checkParameter(id: string, value: unknown, format: ReformFormat | 'data', issues: InputIssue[]): string | null | undefined {
  const path = `parameters.${id}`;
  const def = parameterDef(id);
  if (!def) {
    issues.push(checkParameterValue(id, value)!);
    return undefined;
  }
  if (typeof value === 'number' || typeof value === 'bigint') {
    issues.push(issue(path, 'invalid', {
      rule: 'quoted', expected: { kind: 'unit', unit: def.unit }, received: echo(value), money: def.unit === 'yuan', json: format === 'json',
    }));
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

function fromSchemaIssues(zodIssues: readonly z.core.$ZodIssue[], data: unknown): InputIssue[] {
  const out: InputIssue[] = [];
  for (const zi of zodIssues) {
    if (zi.code === 'unrecognized_keys') {
      for (const key of zi.keys) {
        out.push(zi.path.length === 0
          ? unknown(key, 'field', key, TOP_KEYS)
          : issue(`${zi.path.join('.')}.${key}`, 'unknownKey', { key: shortName(key), what: 'field', allowed: ['zh', 'en'] }));
      }
      continue;
    }
    const field = String(zi.path[0] ?? '');
    const expected = FIELD_EXPECTED[field];
    const path = zi.path.map(String).join('.') || '(root)';
    const value = valueAt(data, zi.path);
    out.push(issue(path, 'invalid', {
      rule: 'expected', expected: { kind: 'format', format: expected ?? 'reform' }, ...(value === undefined ? {} : { received: echo(value) }),
    }));
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
  if (!parsed.success) throw new PolicyInputError(fromSchemaIssues(parsed.error.issues, data));
  const r = parsed.data;
  const issues: InputIssue[] = [];

  const flat: [string, unknown][] = [];
  flatten('', r.parameters ?? {}, flat);
  const parameters: Record<string, string | null> = {};
  const seen = new Set<string>();
  for (const [id, value] of flat) {
    if (seen.has(id)) {
      issues.push(issue(`parameters.${id}`, 'duplicate', { rule: 'parameter', received: echo(id) }));
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
      issues.push(unknown(path, 'readingId', id, READINGS.map((d) => d.id)));
      continue;
    }
    const options = Object.keys(def.options);
    if (typeof choice !== 'string' || !options.includes(choice)) {
      issues.push(issue(path, 'invalid', { rule: 'expected', expected: { kind: 'oneOf', values: options.map((o) => JSON.stringify(o)) }, received: echo(choice) }));
      continue;
    }
    readings[id] = choice;
  }

  const disabled = new Set<ClauseId>();
  const labels = Object.entries(ITEM_LABEL).filter(([id]) => (AWARD_LINES as readonly string[]).includes(id));
  (r.disabledLines ?? []).forEach((line, i) => {
    const path = `disabledLines[${i}]`;
    if (typeof line !== 'string') {
      issues.push(issue(path, 'invalid', { rule: 'expected', expected: { kind: 'format', format: 'clauseIdString' }, received: echo(line) }));
    } else if ((AWARD_LINES as readonly string[]).includes(line)) {
      if (disabled.has(line as ClauseId)) issues.push(issue(path, 'duplicate', { rule: 'clause', received: echo(line) }));
      disabled.add(line as ClauseId);
    } else {
      const byLabel = labels.find(([, label]) => label === line);
      issues.push(byLabel
        ? issue(path, 'invalid', { rule: 'useId', received: echo(line), hint: byLabel[0] })
        : unknown(path, 'clauseId', line, AWARD_LINES));
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
    throw new PolicyInputError([issue('(file)', 'outOfRange', { rule: 'fileSize', max: String(MAX_TEXT), received: echo(text.length) })]);
  }
  if (format === 'json') {
    try {
      return JSON.parse(text) as unknown;
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      throw new PolicyInputError([issue('(file)', 'invalid', { rule: 'syntax', syntax: 'json', file: 'reform', detail: why })]);
    }
  }
  const doc = parseDocument(text, { schema: 'failsafe', uniqueKeys: true, prettyErrors: true });
  const problems = [...doc.errors, ...doc.warnings].map((e) => {
    const where = e.linePos?.[0] ? `line ${e.linePos[0].line}, column ${e.linePos[0].col}` : '';
    const first = e.message.split('\n')[0]!;
    return issue(where || '(file)', 'invalid', { rule: 'syntax', syntax: 'yaml', file: 'reform', detail: first });
  });
  if (problems.length > 0) throw new PolicyInputError(problems);
  try {
    return doc.toJS({ maxAliasCount: 0 }) as unknown;
  } catch {
    throw new PolicyInputError([issue('(file)', 'invalid', { rule: 'yamlAlias' })]);
  }
}

/** The format of a reform file by its name: `.yaml`/`.yml` or `.json`. */
export function reformFormatOf(fileName: string): ReformFormat {
  if (/\.ya?ml$/i.test(fileName)) return 'yaml';
  if (/\.json$/i.test(fileName)) return 'json';
  throw new PolicyInputError([issue('reform', 'invalid', { rule: 'expected', expected: { kind: 'format', format: 'reformFile' }, received: echo(fileName) })]);
}

/** The engine options of a reform (its parameters and readings). */
export function reformOptions(reform: Reform): EvaluateOptions {
  return { parameters: reform.parameters, readings: reform.readings };
}
