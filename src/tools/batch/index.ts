/**
 * The batch as a module (`zz-airport-ai-policy/batch`): evaluate many applications with one set of options, one
 * output record per input record, and the record types of the batch's output. The command line `zz-ai-policy batch`
 * reads files with it.
 *
 * @module
 */
export { evaluateMany } from './evaluator.js';
export { BatchRecordSchema, BATCH_ISSUE_CODES, type BatchRecord, type BatchSuccess, type BatchFailure, type BatchIssue, type BatchIssueCode, type SourceLocation } from './record.js';
