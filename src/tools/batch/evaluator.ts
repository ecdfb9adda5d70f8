/**
 * Evaluating many records with one set of options: the options are validated once, before any record, then each
 * record is evaluated by `evaluate` itself (so a batch result is exactly the library's result). A record's bad
 * input becomes its error record; it never stops the others.
 *
 * @module
 */
import { PolicyInputError } from '../../edges/input/errors.js';
import { evaluateUnknown } from '../../edges/api.js';
import { resolveOptions, type EvaluateOptions } from '../../edges/input/validate.js';
import { boundIssues } from './limits.js';
import type { BatchIssue, BatchRecord, SourceLocation } from './record.js';
import { issueAt } from '../../edges/input/messages/index.js';

/** A record read from an input file, before evaluation. */
export type InputItem =
  | {
      readonly kind: 'value';
      /** 1-based position in the input. */
      readonly record: number;
      /** 1-based line where the record starts, or null. */
      readonly line: number | null;
      /** The parsed application (not yet validated). */
      readonly value: unknown;
      /** Maps an issue path (e.g. `claims[1].approvedAmount`) to its place in the input files, when known. */
      readonly locate?: (path: string) => SourceLocation | undefined;
      /**
       * Problems found while reading the record (e.g. a CSV row with too many cells). The record is then an error
       * whatever the engine says, and the engine's own findings are listed after these.
       */
      readonly problems?: readonly BatchIssue[];
    }
  | {
      readonly kind: 'unreadable';
      readonly record: number;
      readonly line: number | null;
      readonly beneficiaryId: string | null;
      /** Why the record could not even be read (bad JSON, bad encoding, a malformed CSV row). */
      readonly errors: readonly BatchIssue[];
    };

/** The code of the issue recorded when the engine itself fails on a record (a defect, not bad input). */
export const INTERNAL_ERROR_CODE = 'internal' as const;

/** The beneficiary id an (unvalidated) application names, or null. */
export function beneficiaryIdOf(value: unknown): string | null {
  if (value === null || typeof value !== 'object') return null;
  const b = (value as { beneficiary?: unknown }).beneficiary;
  if (b === null || typeof b !== 'object') return null;
  const id = (b as { id?: unknown }).id;
  return typeof id === 'string' && id.length > 0 ? id : null;
}

/**
 * Validates the options once and returns a function that turns each input item into its output record. Never
 * throws for a record; throws {@link PolicyInputError} at once when the options are not valid.
 */
export function createEvaluator(options?: EvaluateOptions): (item: InputItem) => BatchRecord {
  resolveOptions(options);
  return (item) => {
    if (item.kind === 'unreadable') {
      return { record: item.record, line: item.line, beneficiaryId: item.beneficiaryId, ok: false, errors: boundIssues(item.errors) };
    }
    const beneficiaryId = beneficiaryIdOf(item.value);
    const problems = item.problems ?? [];
    try {
      const result = evaluateUnknown(item.value, options);
      // Problems found while reading the record make it an error even when the engine accepts what was read.
      if (problems.length > 0) return { record: item.record, line: item.line, beneficiaryId, ok: false, errors: boundIssues(problems) };
      return { record: item.record, line: item.line, beneficiaryId: result.beneficiaryId, ok: true, result };
    } catch (e) {
      const errors: BatchIssue[] =
        e instanceof PolicyInputError
          ? [...problems, ...e.issues.map((issue) => locateIssue(issue, item.locate))]
          : [...problems, internalIssue(e)];
      return { record: item.record, line: item.line, beneficiaryId, ok: false, errors: boundIssues(errors) };
    }
  };
}

function locateIssue(issue: BatchIssue, locate: ((path: string) => SourceLocation | undefined) | undefined): BatchIssue {
  if (issue.at) return issue;
  const at = locate?.(issue.path);
  return at ? { ...issue, at } : issue;
}

/** The issue of a record on which the engine (or the batch's own handling of the record) failed: a defect. */
export function internalIssue(e: unknown): BatchIssue {
  return issueAt('', INTERNAL_ERROR_CODE, { error: errorText(e) });
}

function errorText(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

/**
 * Evaluates many applications with the same options, one output record per input, in input order. Bad input in
 * one application becomes that record's error (path and message in Chinese and English); the others go on. As
 * in a batch, an error record lists at most 100 issues and then one (`moreIssues`) counting the rest; `evaluate`
 * gives them all.
 *
 * @example
 * ```ts
 * for (const rec of evaluateMany(applications)) {
 *   if (rec.ok) console.log(rec.beneficiaryId, rec.result.total);
 *   else console.log(rec.record, rec.errors.map((e) => `${e.path}: ${e.message.en}`));
 * }
 * ```
 * @throws {@link PolicyInputError} at once (before any record) when the options are not valid.
 */
export function evaluateMany(inputs: Iterable<unknown>, options?: EvaluateOptions): Generator<BatchRecord, void, undefined> {
  const evaluateItem = createEvaluator(options);
  return (function* () {
    let record = 0;
    for (const value of inputs) {
      record += 1;
      yield evaluateItem({ kind: 'value', record, line: null, value });
    }
  })();
}
