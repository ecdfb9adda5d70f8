/**
 * What a batch writes for each input record: its result, or its errors. Every input record yields exactly one
 * output record, in input order, numbered from 1; nothing is dropped and nothing is merged.
 *
 * @module
 */
import { z } from 'zod';
import type { InputIssueCode } from '../../edges/input/errors.js';
import { ISSUE_CODES, type Issue, type IssueCode } from '../../edges/input/issues.js';
import { issueSchema } from '../../edges/schemas/issue.js';
import type { EvaluationResult } from '../../engine/result.js';
import { EvaluationResultSchema } from '../../edges/schemas/result.js';

/** Where in an input file a problem sits (CSV input: the file, its line and the column header). */
export interface SourceLocation {
  /** The file name as given on the command line (its base name). */
  readonly file: string;
  /** 1-based physical line of the file where the row or record starts. */
  readonly line: number;
  /** The CSV column header, when the problem is one cell. */
  readonly column?: string;
}

/** The codes of {@link BatchIssueCode}, in one list (the JSON Schema names them). */
export const BATCH_ISSUE_CODES = ISSUE_CODES;

/**
 * What kind of problem a batch record has: an input problem the engine found ({@link InputIssueCode}), or one of
 * the batch's own: a line that is not JSON (`json`), too long (`tooLong`) or not in the file's encoding
 * (`encoding`), a CSV row that cannot be read (`csvRow`), a claim row that
 * matches several applications (`ambiguousClaim`) or none (`orphanClaim`), a record beyond the batch's size limits
 * (`tooLarge`), the count of issues past the first hundred (`moreIssues`), a failure inside the engine (`internal`).
 */
export type BatchIssueCode = IssueCode;

/** @internal The input codes are the first of the batch's codes. */
export type _InputCodesAreBatchCodes = InputIssueCode extends BatchIssueCode ? true : never;

/**
 * One problem of a record: an issue as data (code, path, params and the message rendered from them), plus where
 * it sits in the input file when known.
 */
export type BatchIssue = Issue & { readonly at?: SourceLocation };

/** The output record of an input record that was evaluated. */
export interface BatchSuccess {
  /** 1-based position of the record in the input. */
  readonly record: number;
  /** 1-based line where the record starts (NDJSON: its line; CSV: its row in the beneficiaries file); null for a JSON array. */
  readonly line: number | null;
  readonly beneficiaryId: string;
  readonly ok: true;
  readonly result: EvaluationResult;
}

/** The output record of an input record that could not be evaluated: every problem found, and no result. */
export interface BatchFailure {
  /** 1-based position of the record in the input. */
  readonly record: number;
  /** 1-based line where the record starts; null for a JSON array. */
  readonly line: number | null;
  /** The beneficiary id when the record names one (even when the record is invalid), else null. */
  readonly beneficiaryId: string | null;
  readonly ok: false;
  readonly errors: readonly BatchIssue[];
}

/** One output record of a batch. */
export type BatchRecord = BatchSuccess | BatchFailure;

const IssueSchema = issueSchema({
  at: z.strictObject({ file: z.string(), line: z.number().int().min(1), column: z.string().optional() }).optional(),
});

/** The zod schema of a {@link BatchRecord} (the JSON and NDJSON output of `zz-ai-policy batch`). */
export const BatchRecordSchema = z.discriminatedUnion('ok', [
  z.strictObject({
    record: z.number().int().min(1),
    line: z.number().int().min(1).nullable(),
    beneficiaryId: z.string(),
    ok: z.literal(true),
    result: EvaluationResultSchema,
  }),
  z.strictObject({
    record: z.number().int().min(1),
    line: z.number().int().min(1).nullable(),
    beneficiaryId: z.string().nullable(),
    ok: z.literal(false),
    errors: z.array(IssueSchema).min(1),
  }),
]) satisfies z.core.$ZodType<BatchRecord>;
