/**
 * Input issues as data. An issue is a code (what kind of problem), the path of the field, and the params its
 * message is rendered from: what was expected, the bad value echoed (shortened), the bounds, the nearest valid
 * names. Sentences are never built where a problem is found: `messages/zh-CN.ts` and `messages/en.ts` render
 * every code (the way `explain/` renders results), and {@link issueAt} fills the issue's bilingual `message`
 * from them, so the JSON an issue is written as keeps its `path`, `code` and `message` and gains `params`.
 */
import type { ParamUnit } from '../../policy/parameters.js';

/**
 * Every issue code: the input problems the engine reports ({@link INPUT_ISSUE_CODES}), then the problems of
 * reading a batch input file (a line that is not JSON, too long or not in the file's encoding, a CSV row that
 * cannot be read, a claim row that matches several applications or none, a record beyond the size limits, the
 * count of issues past the first hundred, a failure inside the engine).
 */
export const ISSUE_CODES = [
  'invalid', 'required', 'unknownKey', 'forbiddenKey', 'contradiction', 'duplicate', 'outOfRange',
  'json', 'tooLong', 'encoding', 'csvRow', 'ambiguousClaim', 'orphanClaim', 'tooLarge', 'moreIssues', 'internal',
] as const;

/** The codes of the engine's own input problems (the first seven of {@link ISSUE_CODES}). */
export const INPUT_ISSUE_CODES = ['invalid', 'required', 'unknownKey', 'forbiddenKey', 'contradiction', 'duplicate', 'outOfRange'] as const;

/** Any issue code. */
export type IssueCode = (typeof ISSUE_CODES)[number];

/**
 * What kind of problem an input has: a value of the wrong form (`invalid`), a required field left out (`required`),
 * a field or id the schema does not know (`unknownKey`), a key that could poison prototypes (`forbiddenKey`),
 * fields that contradict each other (`contradiction`), an id used twice (`duplicate`), a value or a sum beyond its
 * bound (`outOfRange`).
 */
export type InputIssueCode = (typeof INPUT_ISSUE_CODES)[number];

/** The JSON type of an echoed value (`other` for what JSON cannot hold: a function, a symbol, a bigint). */
export type ValueType = 'string' | 'number' | 'boolean' | 'null' | 'array' | 'object' | 'undefined' | 'other';

/** A bad value, echoed: its type and its JSON text, shortened to {@link ECHO_CHARS} characters (then `…`). */
export interface Received {
  readonly type: ValueType;
  readonly text: string;
}

/**
 * Named forms a field can expect. The first fourteen are the error keys set in `policy/input.ts` (a schema's
 * error text names its form); the others are the forms the option, reform, portfolio and service checks expect.
 */
export const FORMATS = [
  'yuan', 'signedYuan', 'date', 'year', 'yearKey', 'id', 'text', 'boolean', 'count', 'paramCount', 'years', 'list', 'findingScope', 'clause',
  'options', 'parameterMap', 'readingMap', 'clauseIdString', 'reformId', 'words', 'reformParameters', 'reformReadings', 'reformLines',
  'reform', 'portfolio', 'top', 'reformFile', 'version', 'versionId', 'versionTitle', 'versionChanges', 'versionChange', 'versionSource',
] as const;

/** A named form of value ({@link FORMATS}). */
export type Format = (typeof FORMATS)[number];

/** What a field expects. */
export type Expected =
  /** A named form: a yuan amount, a date, a clause id … */
  | { readonly kind: 'format'; readonly format: Format }
  /** One of these values (each as JSON text). */
  | { readonly kind: 'oneOf'; readonly values: readonly string[] }
  /** A value of this JSON type (zod's name of it: object, array, string …). */
  | { readonly kind: 'type'; readonly type: string }
  /** A value written in a parameter's unit. */
  | { readonly kind: 'unit'; readonly unit: ParamUnit }
  /** A JSON object with these fields. */
  | { readonly kind: 'fields'; readonly fields: readonly string[] };

/** Params of `invalid`: a value of the wrong form. `rule` says which sentence tells it. */
export type InvalidParams =
  /** Not the expected form (the bad value echoed when there is one). */
  | { readonly rule: 'expected'; readonly expected: Expected; readonly received?: Received }
  /** Of the wrong JSON type. */
  | { readonly rule: 'type'; readonly expected: Expected; readonly received?: Received }
  /** A parameter that has a value set to null. */
  | { readonly rule: 'notNull'; readonly expected: Expected; readonly received: Received }
  /** A value in the wrong unit or written the document's way, with the form it should have: 「150万」 → "1500000". */
  | { readonly rule: 'rewrite'; readonly expected: Expected; readonly received: Received; readonly hint: string }
  /** A label where an id is expected, with the id: 「算力券」 → "art04_3". */
  | { readonly rule: 'useId'; readonly received: Received; readonly hint: string }
  /** A JSON or YAML number where an exact decimal string is needed. */
  | { readonly rule: 'quoted'; readonly expected: Expected; readonly received: Received; readonly money: boolean; readonly json: boolean }
  /** A required field of a request body left out. */
  | { readonly rule: 'missing'; readonly field: string }
  /** Text that does not parse: the parser's own words in `detail`. */
  | { readonly rule: 'syntax'; readonly syntax: 'json' | 'yaml'; readonly file: 'reform' | 'portfolio'; readonly detail: string }
  /** A YAML alias (`*name`) in a reform file. */
  | { readonly rule: 'yamlAlias' }
  /** A problem zod names in its own words (none of the above). */
  | { readonly rule: 'other'; readonly detail: string; readonly received?: Received };

/** The kinds of names an unknown one is reported as. */
export type NameKind = 'field' | 'option' | 'readingId' | 'parameter' | 'clauseId';

/** Params of `unknownKey`: a field or id not known here. */
export interface UnknownKeyParams {
  /** The unknown key (shortened like an echoed value). */
  readonly key: string;
  readonly what: NameKind;
  /** The valid names nearest to the key, when they are worth suggesting. */
  readonly suggestions?: readonly string[];
  /** The only names accepted here, when they are few. */
  readonly allowed?: readonly string[];
}

/** Which two facts contradict each other. */
export type ContradictionRule =
  | 'factAfterApproval' | 'liftedBeforeConfirmed' | 'paidAfterApproval' | 'historyYearAfter' | 'paidOverEntitlement'
  | 'refundedOverPaid' | 'paidBeforeAwardYear' | 'approvalOutsideYear' | 'applicationAfterApproval' | 'disbursedAfterYear'
  | 'hostCostOverTotal' | 'investmentDiffers' | 'yearsOutOfOrder' | 'beneficiaryRowsDiffer';

/** Params of `contradiction`: the value at the path, and the one it contradicts. */
export interface ContradictionParams {
  readonly rule: ContradictionRule;
  readonly received: Received;
  /** The value it contradicts (a date, an amount, a year). */
  readonly against: string;
  /** The project or other subject the two values belong to, when it matters. */
  readonly subject?: string;
  /** The path of the value it contradicts, when it is in the input. */
  readonly otherPath?: string;
}

/** What is used twice. */
export type DuplicateRule = 'claimId' | 'projectId' | 'parameter' | 'clause' | 'beneficiaryId' | 'csvKey' | 'versionChange';

/** Params of `duplicate`: the value used twice and where it was first used. */
export interface DuplicateParams {
  readonly rule: DuplicateRule;
  readonly received: Received;
  /** The path of its first use, when it is in the same input. */
  readonly first?: string;
  /** The CSV file and the lines of every use (a CSV key). */
  readonly file?: string;
  readonly lines?: readonly number[];
}

/** Which bound is passed. */
export type OutOfRangeRule = 'max' | 'min' | 'range' | 'ratioProvincial' | 'beforeEffect' | 'amountSum' | 'portfolioSize' | 'fileSize';

/** Params of `outOfRange`: the bounds (inclusive) and the value beyond them. */
export interface OutOfRangeParams {
  readonly rule: OutOfRangeRule;
  readonly min?: string;
  readonly max?: string;
  readonly received?: Received;
  /** For a share out of range: the value read as a percentage, and how that percentage is written as a share. */
  readonly percent?: { readonly asPercent: string; readonly asShare: string };
}

/** The limits of one batch record (tools/batch/limits.ts). */
export type RecordLimit = 'maxValues' | 'maxKeys' | 'maxItems' | 'maxDepth';

/** The params of each code. */
export interface IssueParamsByCode {
  readonly invalid: InvalidParams;
  readonly required: { readonly expected: Expected };
  readonly unknownKey: UnknownKeyParams;
  readonly forbiddenKey: { readonly key: string };
  readonly contradiction: ContradictionParams;
  readonly duplicate: DuplicateParams;
  readonly outOfRange: OutOfRangeParams;
  readonly json: { readonly detail: string };
  /** An NDJSON line (limit in bytes) or a JSON array's element (limit in characters). */
  readonly tooLong: { readonly item: 'line' | 'element'; readonly max: number };
  readonly encoding: { readonly encoding: 'UTF-8' | 'GBK' };
  readonly csvRow: { readonly file: string; readonly line: number; readonly cells: number; readonly columns: number };
  readonly ambiguousClaim: { readonly file: string; readonly line: number; readonly beneficiaryId: string; readonly otherFile: string; readonly lines: readonly number[] };
  readonly orphanClaim: { readonly file: string; readonly line: number; readonly beneficiaryId: string | null; readonly awardYear?: string; readonly otherFile: string };
  readonly tooLarge: { readonly limit: RecordLimit; readonly max: number };
  readonly moreIssues: { readonly count: number; readonly shown: number };
  readonly internal: { readonly error: string };
}

/** The params of issues of code `C`. */
export type IssueParams<C extends IssueCode = IssueCode> = IssueParamsByCode[C];

/** One problem, of code `C`, as data; `message` is rendered from the rest. */
export type Issue<C extends IssueCode = IssueCode> = C extends IssueCode
  ? {
      /** Path of the field, e.g. `claims[2].approvedAmount`; `''` for the whole record. */
      readonly path: string;
      readonly code: C;
      readonly params: IssueParamsByCode[C];
      /** The message in Chinese and English, rendered from code and params. */
      readonly message: { readonly zh: string; readonly en: string };
    }
  : never;

/** One problem in the input. */
export type InputIssue = Issue<InputIssueCode>;

/** How many characters of a bad value an issue echoes. */
export const ECHO_CHARS = 60;

/**
 * A value as an issue echoes it: its type and JSON text, cut at {@link ECHO_CHARS} characters. The text is
 * written by a walk that stops as soon as it has enough (a long string is cut before it is quoted, a long list
 * is left after its first items), so a huge value never becomes a huge text; cycles (four levels deep at most),
 * getters that throw and values JSON cannot hold are told by their type.
 */
export function echo(value: unknown): Received {
  const type: ValueType = value === null ? 'null' : Array.isArray(value) ? 'array'
    : typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'object' || typeof value === 'undefined'
      ? (typeof value as ValueType) : 'other';
  const out = { text: '', full: false };
  try {
    write(value, out, 0);
  } catch {
    // A getter or proxy that throws: what was written so far.
    out.full = true;
  }
  return { type, text: out.full || out.text.length > ECHO_CHARS ? `${cutText(out.text, ECHO_CHARS)}…` : out.text };
}

/** `text` cut at `n` characters, never inside a surrogate pair. */
export function cutText(text: string, n: number): string {
  if (text.length <= n) return text;
  const code = text.charCodeAt(n - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? n - 1 : n);
}

/** A name (a key, an id) as an issue names it: cut like an echoed value. */
export function shortName(name: string): string {
  return name.length > ECHO_CHARS ? `${cutText(name, ECHO_CHARS)}…` : name;
}

function write(value: unknown, out: { text: string; full: boolean }, depth: number): void {
  const room = ECHO_CHARS + 1 - out.text.length;
  if (room <= 0) {
    out.full = true;
    return;
  }
  if (value === null || typeof value === 'boolean') out.text += String(value);
  else if (typeof value === 'number') out.text += Number.isFinite(value) ? JSON.stringify(value) : String(value);
  else if (typeof value === 'string') out.text += JSON.stringify(value.length > room ? cutText(value, room) : value);
  else if (typeof value === 'bigint') out.text += `${value}n`;
  else if (typeof value !== 'object') out.text += typeof value;
  else if (depth >= 4) out.text += Array.isArray(value) ? '[…]' : '{…}';
  else if (Array.isArray(value)) {
    out.text += '[';
    for (let i = 0; i < value.length; i++) {
      if (out.text.length > ECHO_CHARS) return void (out.full = true);
      if (i > 0) out.text += ',';
      write(value[i], out, depth + 1);
    }
    out.text += ']';
  } else {
    out.text += '{';
    let first = true;
    for (const key of Object.keys(value)) {
      if (out.text.length > ECHO_CHARS) return void (out.full = true);
      out.text += `${first ? '' : ','}${JSON.stringify(key.length > ECHO_CHARS ? cutText(key, ECHO_CHARS) : key)}:`;
      first = false;
      write((value as Record<string, unknown>)[key], out, depth + 1);
    }
    out.text += '}';
  }
}
