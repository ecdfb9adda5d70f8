/**
 * The HTTP service's bodies as zod schemas, for its OpenAPI document: each request wraps the library's own input
 * schema (`Application`, `MultiYearInput`, `ClawbackInput`, the reform schema) and options; each response is the
 * library's result schema with the fingerprint. The engine, not these schemas, validates what arrives (it checks
 * more than a schema can say); a test validates every response the service sends against these schemas.
 *
 * Results of the drafting functions (the rendered text and the drafter's report) have no schema elsewhere in the
 * package yet; they are written out here, tied to their TypeScript types by `satisfies`.
 *
 * @module
 */
import { z } from 'zod';
import { ClawbackInput } from '../../engine/clawback.js';
import { CONSTRAINT_CODES, type Comparison, type ConstraintCode, type Sensitivity } from '../drafting/compare.js';
import type { Reform } from '../drafting/reform.js';
import type { DraftingReport } from '../drafting/report.js';
import type { NotInText, RenderedText, SentenceChange, TextPart } from '../drafting/text.js';
import { AWARD_LINES } from '../../policy/ids.js';
import { MultiYearInput } from '../../engine/years.js';
import { EvaluateOptionsSchema, ReformFile } from '../../edges/schemas/options.js';
import { ClawbackResultSchema, FingerprintSchema, LineStatusSchema, MultiYearResultSchema, ResultYuan } from '../../edges/schemas/result.js';
import { Application } from '../../policy/input.js';
import { IssueSchema as InputIssueSchema } from '../../edges/schemas/issue.js';

const Bilingual = z.strictObject({ zh: z.string(), en: z.string() });

/** A reform: reform data (as a reform JSON file holds it) or the text of a reform file, YAML or JSON. */
export const ReformInput = z.union([
  ReformFile,
  z.string().max(1_000_000).describe('the text of a reform file, YAML or JSON (read with the YAML failsafe schema)'),
]);

/** `POST /v1/evaluate`. */
export const EvaluateRequest = z.strictObject({
  input: Application,
  options: EvaluateOptionsSchema.optional(),
});

/** `POST /v1/evaluate-years`. */
export const EvaluateYearsRequest = z.strictObject({
  input: MultiYearInput,
  options: EvaluateOptionsSchema.optional(),
});

/** `POST /v1/clawback`. */
export const ClawbackRequest = z.strictObject({
  input: ClawbackInput,
  options: EvaluateOptionsSchema.optional(),
});

/** `POST /v1/text`. */
export const TextRequest = z.strictObject({
  reform: ReformInput,
  baseline: ReformInput.optional().describe('the reform the changed sentences are listed against (default: the text as drafted)'),
});

/** `POST /v1/compare`. */
export const CompareRequest = z.strictObject({
  reform: ReformInput,
  baseline: ReformInput.optional().describe('the scenario compared with (default: the draft as written)'),
  portfolio: z.array(MultiYearInput).min(1),
  top: z.number().int().min(1).max(9999).optional().describe('rows in the most-affected and largest-change lists (default 10)'),
  sensitivity: z.boolean().optional().describe('include the sensitivity view of register §11 (default true)'),
});

/** A validated reform, as the service read it. */
export const ReformResult = z.strictObject({
  id: z.string(),
  title: Bilingual,
  description: Bilingual.nullable(),
  parameters: z.record(z.string(), z.string().nullable()),
  readings: z.record(z.string(), z.string()),
  disabledLines: z.array(z.enum(AWARD_LINES)),
}) satisfies z.core.$ZodType<Reform>;

const TextPartSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('same'), text: z.string() }),
  z.strictObject({ kind: z.literal('changed'), old: z.string(), new: z.string(), params: z.array(z.string()) }),
]) satisfies z.core.$ZodType<TextPart>;

const SentenceChangeSchema = z.strictObject({
  item: z.string(),
  params: z.array(z.string()),
  old: z.string(),
  new: z.string(),
  parts: z.array(TextPartSchema),
}) satisfies z.core.$ZodType<SentenceChange>;

const NotInTextSchema = z.strictObject({ param: z.string(), value: z.string().nullable(), why: Bilingual }) satisfies z.core.$ZodType<NotInText>;

const RenderedTextSchema = z.strictObject({
  text: z.string(),
  changes: z.array(SentenceChangeSchema),
  notInText: z.array(NotInTextSchema),
}) satisfies z.core.$ZodType<RenderedText>;

/** `POST /v1/text`'s answer: the reform as read, the text rendered under it, the changed sentences. */
export const TextResponse = RenderedTextSchema.extend({
  reform: ReformResult,
  fingerprint: FingerprintSchema,
});

const MoneyDelta = { baseline: ResultYuan, reform: ResultYuan, delta: ResultYuan };
const ConstraintCodeSchema = z.enum(CONSTRAINT_CODES as readonly ConstraintCode[] as [ConstraintCode, ...ConstraintCode[]]);
const CompareStatus = z.union([LineStatusSchema, z.literal('switchedOff')]);
const LineRef = {
  beneficiaryId: z.string(),
  awardYear: z.number().int(),
  yearIndex: z.number().int(),
  claimId: z.string(),
  clause: z.string(),
  item: z.string(),
  subjectId: z.string(),
};
const BeneficiaryDelta = z.strictObject({ ...MoneyDelta, beneficiaryId: z.string(), name: z.string().nullable() });
const Sentences = z.strictObject({ zh: z.array(z.string()), en: z.array(z.string()) });

const ComparisonSchema = z.strictObject({
  diff: z.strictObject({
    baseline: z.strictObject({ id: z.string(), title: Bilingual }),
    reform: z.strictObject({ id: z.string(), title: Bilingual, description: Bilingual.nullable() }),
    parameters: z.array(z.strictObject({
      id: z.string(), title: Bilingual, from: z.string().nullable(), to: z.string().nullable(), fromText: z.string().nullable(), toText: z.string().nullable(),
    })),
    readings: z.array(z.strictObject({ id: z.string(), from: z.string(), to: z.string(), fromLabel: Bilingual, toLabel: Bilingual })),
    lines: z.array(z.strictObject({ clause: z.enum(AWARD_LINES), item: z.string(), title: Bilingual, text: z.string(), off: z.enum(['reform', 'baseline']) })),
  }),
  beneficiaries: z.number().int(),
  lines: z.number().int(),
  total: z.strictObject(MoneyDelta),
  byYear: z.array(z.strictObject({ ...MoneyDelta, awardYear: z.number().int() })),
  byClause: z.array(z.strictObject({ ...MoneyDelta, clause: z.enum(AWARD_LINES), item: z.string(), title: Bilingual })),
  counts: z.strictObject({ betterOff: z.number().int(), worseOff: z.number().int(), unchanged: z.number().int() }),
  perBeneficiary: z.array(BeneficiaryDelta),
  mostAffected: z.array(BeneficiaryDelta),
  bindingChanges: z.array(z.strictObject({
    ...LineRef,
    baseline: z.array(ConstraintCodeSchema),
    reform: z.array(ConstraintCodeSchema),
    newlyBinding: z.array(ConstraintCodeSchema),
    noLongerBinding: z.array(ConstraintCodeSchema),
    net: z.strictObject(MoneyDelta),
  })),
  bindingSummary: z.array(z.strictObject({ code: ConstraintCodeSchema, newlyBinding: z.number().int(), noLongerBinding: z.number().int() })),
  statusChanges: z.array(z.strictObject({ from: CompareStatus, to: CompareStatus, lines: z.number().int() })),
  largestChanges: z.array(z.strictObject({
    ...LineRef,
    status: z.strictObject({ baseline: CompareStatus, reform: CompareStatus }),
    net: z.strictObject(MoneyDelta),
    explanation: z.strictObject({ baseline: Sentences, reform: Sentences }),
  })),
  split: z.strictObject({
    changes: z.array(z.strictObject({
      kind: z.enum(['parameter', 'reading', 'line']),
      id: z.string(),
      item: z.string(),
      title: Bilingual,
      from: Bilingual,
      to: Bilingual,
      total: ResultYuan.describe('the portfolio\'s total under the baseline with this change alone'),
      delta: ResultYuan.describe('that total − the baseline\'s total'),
      betterOff: z.number().int(),
      worseOff: z.number().int(),
    })).describe('each change of the reform applied alone to the baseline: parameters, readings, lines'),
    sumOfSingles: ResultYuan,
    interaction: ResultYuan.describe('the reform\'s total change − the sum of the single changes'),
  }).nullable().describe('the impact split by change; null when not asked for'),
}) satisfies z.core.$ZodType<Comparison>;

const SensitivitySchema = z.strictObject({
  scenario: z.strictObject({ id: z.string(), title: Bilingual }),
  total: ResultYuan,
  rows: z.array(z.strictObject({
    reading: z.string(), inForce: z.string(), inForceLabel: Bilingual, option: z.string(), label: Bilingual, total: ResultYuan, delta: ResultYuan,
    betterOff: z.number().int(), worseOff: z.number().int(),
  })),
}) satisfies z.core.$ZodType<Sensitivity>;

/** The drafter's report as `buildReport` gives it: `compare --format json`'s output and `POST /v1/compare`'s answer. */
export const DraftingReportSchema = z.strictObject({
  kind: z.literal('zz-airport-ai-policy/drafting-report'),
  engineVersion: z.string(),
  text: z.strictObject({ changes: z.array(SentenceChangeSchema), notInText: z.array(NotInTextSchema) }),
  comparison: ComparisonSchema,
  sensitivity: SensitivitySchema.nullable(),
  fingerprint: FingerprintSchema.describe('the reform\'s parameters and readings'),
  baselineFingerprint: FingerprintSchema.describe('the baseline\'s parameters and readings'),
}) satisfies z.core.$ZodType<DraftingReport>;

/** `POST /v1/compare`'s answer: the drafter's report. */
export const CompareResponse = DraftingReportSchema;

/** `POST /v1/evaluate-years`'s answer: `evaluateYears`' result with the fingerprint of the options. */
export const EvaluateYearsResponse = MultiYearResultSchema.extend({ fingerprint: FingerprintSchema });

/** `POST /v1/clawback`'s answer: `clawback`'s result with the fingerprint of the options. */
export const ClawbackResponse = ClawbackResultSchema.extend({ fingerprint: FingerprintSchema });

/** One problem with a request, as the engine reports it. */
export const IssueSchema = InputIssueSchema.describe('one problem: where in the request body (e.g. `input.claims[0].totalCost`), its code, the params its message is rendered from, and the message');

/** Every error answer (4xx and 5xx). */
export const ErrorResponse = z.strictObject({
  error: z.strictObject({
    status: z.number().int(),
    code: z.string().describe('invalidInput, malformedJson, unsupportedMediaType, bodyTooLarge, notFound, methodNotAllowed, timeout, internal, …'),
    message: Bilingual,
    issues: z.array(IssueSchema).describe('for invalidInput: every problem found, none left out; otherwise empty'),
  }),
  fingerprint: FingerprintSchema.describe('the options the request used when they were valid, else the defaults'),
});

/** `GET /health`. */
export const HealthResponse = z.strictObject({
  status: z.literal('ok'),
  engine: z.string(),
  version: z.string(),
  fingerprint: FingerprintSchema.describe('the default parameters and readings'),
});
