/**
 * The output model as zod schemas: what `evaluate`, `evaluateYears` and `clawback` return,
 * written out field by field so that other systems get a JSON Schema for results (schemas/result.schema.json)
 * and so that a result read back from a file can be checked. The TypeScript interfaces in result.ts stay the
 * source of truth for the engine; `satisfies` below ties each schema to them, and a test validates real
 * results (every adjustment, reason and note code) against the generated JSON Schema.
 *
 * @module
 */
import { z } from 'zod';
import { AWARD_LINES, REFERRAL_ITEMS, RULE_IDS } from '../../policy/ids.js';
import type { ClawbackResult } from '../../engine/clawback.js';
import type { MultiYearResult } from '../../engine/years.js';
import type { EvaluationResult } from '../../engine/result.js';
import { PaidLine } from '../../policy/input.js';

/**
 * An amount in a result: yuan with exactly two decimals, e.g. `"1234.50"`. Results never carry a sign except
 * where the input allowed one (a negative district contribution shown as a cap).
 */
export const ResultYuan = z.string().regex(/^-?(0|[1-9][0-9]*)\.[0-9]{2}$/);
/** A calendar date in a result, `YYYY-MM-DD`. */
export const ResultDate = z.string().regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/);

const Clause = z.enum(AWARD_LINES);
const LineClause = z.enum([...AWARD_LINES, ...REFERRAL_ITEMS]);
const Rule = z.enum([...RULE_IDS, ...AWARD_LINES]);
const CapScope = z.enum(['perItem', 'perSubjectCumulative', 'perBeneficiaryPerYear', 'perSubjectPerYear', 'perUnitLifetime']);
const OverlapGroup = z.enum(['OG1', 'OG2', 'OG3', 'OG4']);

/** A named condition of a clause and whether the input met it. */
export const ConditionSchema = z.strictObject({ id: z.string(), met: z.boolean() });

/** A line's final status (register §0.7). */
export const LineStatusSchema = z.enum(['paid', 'reduced', 'zero', 'ineligible', 'indeterminate', 'pending', 'referral']);

const cut = { before: ResultYuan, after: ResultYuan };

/** A cut made to a line, keyed on `code`. */
export const AdjustmentSchema = z.discriminatedUnion('code', [
  z.strictObject({ code: z.literal('itemCap'), rule: Clause, ...cut, param: z.string(), cap: ResultYuan }),
  z.strictObject({
    code: z.literal('cumulativeCap'), rule: Clause, ...cut, param: z.string(), scope: CapScope, cap: ResultYuan,
    prior: ResultYuan, room: ResultYuan,
  }),
  z.strictObject({ code: z.literal('ladder'), rule: Clause, ...cut, prior: ResultYuan, best: z.boolean(), alreadyAwarded: z.boolean() }),
  z.strictObject({ code: z.literal('oneTime'), rule: Clause, ...cut, why: z.enum(['alreadyAwarded', 'largerInBatch']) }),
  z.strictObject({ code: z.literal('overlap'), rule: z.literal('art09_1'), ...cut, group: OverlapGroup, other: ResultYuan, room: ResultYuan }),
  z.strictObject({ code: z.literal('crossPolicy'), rule: z.literal('art09_1'), ...cut, other: ResultYuan, room: ResultYuan }),
  z.strictObject({
    code: z.literal('auditedInvestment'), rule: z.literal('art09_4'), ...cut, projectId: z.string(), investment: ResultYuan,
    prior: ResultYuan, room: ResultYuan,
  }),
  z.strictObject({
    code: z.literal('annualCap'), rule: z.literal('art09_3'), ...cut, contributionYear: z.number().int(), cap: ResultYuan,
    earlier: ResultYuan, room: ResultYuan,
  }),
  z.strictObject({ code: z.literal('budgetScale'), rule: z.literal('art09_3'), ...cut, scale: z.string() }),
]);

/** Why a line carries no amount, keyed on `code`. */
export const ReasonSchema = z.discriminatedUnion('code', [
  z.strictObject({ code: z.literal('scope'), rule: z.literal('art01'), failed: z.array(z.string()) }),
  z.strictObject({ code: z.literal('conditions'), rule: Clause, failed: z.array(z.string()) }),
  z.strictObject({ code: z.literal('window'), rule: z.literal('art09_7'), date: ResultDate, start: ResultDate, end: ResultDate }),
  z.strictObject({ code: z.literal('oneEnterpriseOnePolicy'), rule: z.literal('art09_1'), signedOn: ResultDate }),
  z.strictObject({ code: z.literal('referral'), rule: z.enum(REFERRAL_ITEMS), topic: z.string(), policy: z.string() }),
  z.strictObject({ code: z.literal('indeterminate'), rule: Clause, param: z.string() }),
  z.strictObject({ code: z.literal('pending'), rule: Rule, missing: z.string() }),
]);

/** Information that does not change money, keyed on `code`. */
export const NoteSchema = z.discriminatedUnion('code', [
  z.strictObject({ code: z.literal('teamReward'), rule: z.literal('art03_3'), amount: ResultYuan, share: z.string() }),
  z.strictObject({ code: z.literal('annualCapOverridden'), rule: z.literal('art09_3'), decisionRef: z.string(), wouldCut: ResultYuan }),
  z.strictObject({ code: z.literal('annualCapExceeded'), rule: z.literal('art09_3'), excess: ResultYuan }),
  z.strictObject({ code: z.literal('annualCapExempt'), rule: z.literal('art09_3') }),
  z.strictObject({ code: z.literal('auditedInvestmentNotApplied'), rule: z.literal('art09_4'), projectId: z.string() }),
  z.strictObject({ code: z.literal('indeterminateRatioSupplied'), rule: z.literal('art02_1'), ratio: z.string(), source: z.string() }),
  z.strictObject({ code: z.literal('recordKeeping'), rule: z.literal('art09_6') }),
]);

/** One award line of a result. */
export const LineResultSchema = z.strictObject({
  claimId: z.string(),
  clause: LineClause,
  item: z.string(),
  subjectId: z.string(),
  status: LineStatusSchema,
  gross: ResultYuan,
  entitlement: ResultYuan,
  net: ResultYuan,
  qualifyingDate: ResultDate.nullable(),
  conditions: z.array(ConditionSchema),
  failed: z.array(z.string()),
  adjustments: z.array(AdjustmentSchema),
  reasons: z.array(ReasonSchema),
  notes: z.array(NoteSchema),
  basis: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  projectId: z.string().nullable(),
  superiorFunded: z.boolean(),
  tier: z.string().nullable(),
});

/** What produced a result: engine, version, sha256 of the parameter values and of the readings in force. */
export const FingerprintSchema = z.strictObject({
  engine: z.string(),
  version: z.string(),
  parameters: z.string().regex(/^[0-9a-f]{64}$/),
  readings: z.string().regex(/^[0-9a-f]{64}$/),
  policyVersion: z.strictObject({ id: z.string(), changes: z.string().regex(/^[0-9a-f]{64}$/) }).optional(),
});

/** One beneficiary's result for one award year, as `evaluate` returns it. */
export const EvaluationResultSchema = z.strictObject({
  beneficiaryId: z.string(),
  awardYear: z.number().int(),
  approvalDate: ResultDate,
  lines: z.array(LineResultSchema),
  total: ResultYuan,
  window: z.strictObject({ start: ResultDate, end: ResultDate }),
  annualCap: z.strictObject({
    exempt: z.boolean(),
    contributionYear: z.number().int(),
    cap: ResultYuan.nullable(),
    overridden: z.string().nullable(),
  }),
  notes: z.array(NoteSchema),
  readings: z.record(z.string(), z.string()),
  parameters: z.record(z.string(), z.string().nullable()),
  policyVersion: z.strictObject({ id: z.string(), applied: z.array(z.string()) }).optional(),
  fingerprint: FingerprintSchema,
}) satisfies z.core.$ZodType<EvaluationResult>;

/** The result of `evaluateYears`: each year's result, the history after the last year and the total. */
export const MultiYearResultSchema = z.strictObject({
  beneficiaryId: z.string(),
  years: z.array(EvaluationResultSchema),
  history: z.array(PaidLine),
  total: ResultYuan,
}) satisfies z.core.$ZodType<MultiYearResult>;

/** The result of `clawback`: the refund due line by line. */
export const ClawbackResultSchema = z.strictObject({
  beneficiaryId: z.string(),
  confirmedOn: ResultDate,
  reading: z.string(),
  lines: z.array(z.strictObject({
    clause: z.string(), subjectId: z.string(), awardYear: z.number().int(), paid: ResultYuan, refunded: ResultYuan, due: ResultYuan,
  })),
  refundDue: ResultYuan,
}) satisfies z.core.$ZodType<ClawbackResult>;
