/**
 * An input issue as a zod schema, field by field and code by code, so that other systems get a JSON Schema for
 * the issues of a batch record or an error answer (their `params` included). The types in `input/issues.ts` stay
 * the source of truth; `satisfies` below ties the schema to them.
 *
 * @module
 */
import { z } from 'zod';
import { FORMATS, ISSUE_CODES, type Issue } from '../input/issues.js';
import type { ParamUnit } from '../../policy/parameters.js';

const UNITS = ['yuan', 'rate', 'count', 'modelParams', 'date', 'years', 'comparison', 'rounding'] as const satisfies readonly ParamUnit[];
// Every unit is listed (a unit added to ParamUnit and not here fails to compile).
const _allUnits: Record<ParamUnit, true> = Object.fromEntries(UNITS.map((u) => [u, true])) as Record<(typeof UNITS)[number], true>;
void _allUnits;

const Received = z.strictObject({
  type: z.enum(['string', 'number', 'boolean', 'null', 'array', 'object', 'undefined', 'other']),
  text: z.string().describe('the bad value as JSON text, cut at 60 characters (then …)'),
}).describe('the bad value, echoed');

const Expected = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('format'), format: z.enum(FORMATS) }),
  z.strictObject({ kind: z.literal('oneOf'), values: z.array(z.string()) }),
  z.strictObject({ kind: z.literal('type'), type: z.string() }),
  z.strictObject({ kind: z.literal('unit'), unit: z.enum(UNITS) }),
  z.strictObject({ kind: z.literal('fields'), fields: z.array(z.string()) }),
]).describe('what the field expects');

const Invalid = z.discriminatedUnion('rule', [
  z.strictObject({ rule: z.literal('expected'), expected: Expected, received: Received.optional() }),
  z.strictObject({ rule: z.literal('type'), expected: Expected, received: Received.optional() }),
  z.strictObject({ rule: z.literal('notNull'), expected: Expected, received: Received }),
  z.strictObject({ rule: z.literal('rewrite'), expected: Expected, received: Received, hint: z.string() }),
  z.strictObject({ rule: z.literal('useId'), received: Received, hint: z.string() }),
  z.strictObject({ rule: z.literal('quoted'), expected: Expected, received: Received, money: z.boolean(), json: z.boolean() }),
  z.strictObject({ rule: z.literal('missing'), field: z.string() }),
  z.strictObject({ rule: z.literal('syntax'), syntax: z.enum(['json', 'yaml']), file: z.enum(['reform', 'portfolio']), detail: z.string() }),
  z.strictObject({ rule: z.literal('yamlAlias') }),
  z.strictObject({ rule: z.literal('other'), detail: z.string(), received: Received.optional() }),
]);

const Contradiction = z.strictObject({
  rule: z.enum(['factAfterApproval', 'liftedBeforeConfirmed', 'paidAfterApproval', 'historyYearAfter', 'paidOverEntitlement', 'refundedOverPaid',
    'paidBeforeAwardYear', 'approvalOutsideYear', 'applicationAfterApproval', 'disbursedAfterYear', 'hostCostOverTotal', 'investmentDiffers', 'yearsOutOfOrder', 'beneficiaryRowsDiffer']),
  received: Received,
  against: z.string().describe('the value it contradicts'),
  subject: z.string().optional(),
  otherPath: z.string().optional(),
});

const Duplicate = z.strictObject({
  rule: z.enum(['claimId', 'projectId', 'parameter', 'clause', 'beneficiaryId', 'csvKey', 'versionChange']),
  received: Received,
  first: z.string().optional(),
  file: z.string().optional(),
  lines: z.array(z.number().int()).optional(),
});

const OutOfRange = z.strictObject({
  rule: z.enum(['max', 'min', 'range', 'ratioProvincial', 'beforeEffect', 'amountSum', 'portfolioSize', 'fileSize']),
  min: z.string().optional(),
  max: z.string().optional(),
  received: Received.optional(),
  percent: z.strictObject({ asPercent: z.string(), asShare: z.string() }).optional(),
});

const count = z.number().int().min(0);
const PARAMS = {
  invalid: Invalid,
  required: z.strictObject({ expected: Expected }),
  unknownKey: z.strictObject({
    key: z.string(),
    what: z.enum(['field', 'option', 'readingId', 'parameter', 'clauseId']),
    suggestions: z.array(z.string()).optional(),
    allowed: z.array(z.string()).optional(),
  }),
  forbiddenKey: z.strictObject({ key: z.string() }),
  contradiction: Contradiction,
  duplicate: Duplicate,
  outOfRange: OutOfRange,
  json: z.strictObject({ detail: z.string() }),
  tooLong: z.strictObject({ item: z.enum(['line', 'element']), max: count }),
  encoding: z.strictObject({ encoding: z.enum(['UTF-8', 'GBK']) }),
  csvRow: z.strictObject({ file: z.string(), line: count, cells: count, columns: count }),
  ambiguousClaim: z.strictObject({ file: z.string(), line: count, beneficiaryId: z.string(), otherFile: z.string(), lines: z.array(count) }),
  orphanClaim: z.strictObject({ file: z.string(), line: count, beneficiaryId: z.string().nullable(), awardYear: z.string().optional(), otherFile: z.string() }),
  tooLarge: z.strictObject({ limit: z.enum(['maxValues', 'maxKeys', 'maxItems', 'maxDepth']), max: count }),
  moreIssues: z.strictObject({ count, shown: count }),
  internal: z.strictObject({ error: z.string() }),
} as const;

const Message = z.strictObject({ zh: z.string(), en: z.string() }).describe('the message in Chinese and English, rendered from code and params');

/** The fields of an issue of one code. */
function issueOf<C extends (typeof ISSUE_CODES)[number]>(code: C) {
  return {
    path: z.string().describe('the path of the field, e.g. `claims[2].approvedAmount`; empty for the whole record'),
    code: z.literal(code),
    params: PARAMS[code],
    message: Message,
  };
}

type Code = (typeof ISSUE_CODES)[number];

function strict<C extends Code, E extends z.core.$ZodLooseShape>(code: C, extra: E) {
  return z.strictObject({ ...issueOf(code), ...extra });
}

/** The schema of an issue of any code, its fields extended with `E`. */
type AnyIssueSchema<E extends z.core.$ZodLooseShape> = { [C in Code]: ReturnType<typeof strict<C, E>> }[Code];

/** Shapes of an issue, one per code, each extended with `extra` fields (a batch issue's `at`). */
export function issueSchema<E extends z.core.$ZodLooseShape>(extra: E) {
  return z.discriminatedUnion('code', ISSUE_CODES.map((code) => strict(code, extra)) as unknown as [AnyIssueSchema<E>, ...AnyIssueSchema<E>[]]);
}

/** An issue (any code) as a zod schema. */
export const IssueSchema = issueSchema({});
IssueSchema satisfies z.core.$ZodType<Issue>;
