/**
 * 郑州航空港区支持人工智能产业发展的若干政策措施（征求意见稿）— rules engine.
 *
 * The public API: evaluate an application (one beneficiary, one award year), a sequence of years, or a clawback;
 * render the explanation in Chinese or English; the input and result types and their schemas; the clauses,
 * parameters and readings the engine applies. Inputs and results are plain data: amounts are yuan decimal strings,
 * dates `YYYY-MM-DD`. The drafting tools, the batch and the HTTP service are subpaths of the package
 * (`zz-airport-ai-policy/drafting`, `/batch`, `/server`), so that importing `evaluate` carries none of them.
 */
export { evaluate, safeEvaluate, evaluateYears, safeEvaluateYears, clawback, safeClawback, type Outcome } from './edges/api.js';
export type { MultiYearResult } from './engine/years.js';
export type { ClawbackResult } from './engine/clawback.js';
export { explain, explainLine, type Language } from './edges/explain/index.js';
export { PolicyInputError, type InputIssue, type InputIssueCode } from './edges/input/errors.js';
export type { EvaluateOptions } from './edges/input/validate.js';
export type { EvaluationResult, LineResult, AdjustmentResult, NoteResult, ReasonResult, Fingerprint } from './engine/result.js';
export type { LineStatus, Condition, Adjustment, Note, Reason, ClauseDef, ClauseOutcome, ClauseContext, CapDecl, OverlapGroup, WorkLine, StageContext } from './policy/model.js';
export type { ParameterValues, CapScope, ParameterId, ParameterOverrides } from './policy/parameters.js';
export type { Readings, ReadingId, ReadingOption, ReadingChoices } from './policy/readings.js';
export type { Stage } from './constraints/pipeline.js';
export type {
  Application, ApplicationInput, Claim, ClaimOf, PaidLine, Beneficiary, Project, MultiYearInput, ClawbackInput,
} from './policy/input.js';
export {
  Application as ApplicationSchema, Beneficiary as BeneficiarySchema, Claim as ClaimSchema, PaidLine as PaidLineSchema,
  MultiYearInput as MultiYearInputSchema, ClawbackInput as ClawbackInputSchema,
} from './policy/input.js';
export { AWARD_LINES, ITEM_LABEL, REFERRAL_ITEMS, RULE_IDS, type ClauseId, type ReferralItem, type RuleId } from './policy/ids.js';
export { CLAUSES, NOT_ENCODED } from './clauses/index.js';
export { PARAMETERS, READINGS, parameterDef, readingDef, type ParameterDef, type ReadingDef, type ParamUnit } from './policy/catalogue.js';
export { DEFAULT_PARAMETER_VALUES } from './policy/parameters.js';
export { DEFAULT_READINGS } from './policy/readings.js';
export { PIPELINE } from './constraints/pipeline.js';
export { VERSION } from './core/version.js';
