/**
 * The messages between the workbench page and its Web Worker. The page sends the policy text and a portfolio
 * once, then a reform after each edit; the worker keeps the portfolio prepared, the baseline run and the last
 * run, and answers each reform with the comparison (the page shows the latest answer only).
 */
import type { Comparison } from '../drafting/compare.js';
import type { Reform } from '../drafting/reform.js';
import type { Bilingual } from '../drafting/text.js';

/** Where a portfolio comes from. */
export type PortfolioSource =
  | { readonly kind: 'json'; readonly name: string; readonly text: string }
  | { readonly kind: 'csv'; readonly beneficiaries: { readonly name: string; readonly bytes: Uint8Array }; readonly claims: { readonly name: string; readonly bytes: Uint8Array } };

/** A request to the worker; `id` is echoed in the answer. */
export type WorkerRequest =
  | { readonly type: 'init'; readonly id: number; readonly policyText: string }
  | { readonly type: 'load'; readonly id: number; readonly source: PortfolioSource }
  | { readonly type: 'compute'; readonly id: number; readonly reform: Reform }
  | { readonly type: 'report'; readonly id: number; readonly reform: Reform };

/** The comparison as the page shows it: without the per-beneficiary list and the per-line binding changes. */
export type PageComparison = Omit<Comparison, 'perBeneficiary' | 'bindingChanges'>;

/** One problem, bilingual, with where it is. */
export interface WorkerIssue {
  readonly path: string;
  readonly message: Bilingual;
}

/** An answer of the worker. */
export type WorkerAnswer =
  | { readonly type: 'ready'; readonly id: number }
  | { readonly type: 'loaded'; readonly id: number; readonly name: string; readonly beneficiaries: number; readonly years: number; readonly total: string; readonly ms: number }
  | { readonly type: 'computed'; readonly id: number; readonly comparison: PageComparison; readonly ms: number; readonly evaluated: number }
  | { readonly type: 'report'; readonly id: number; readonly html: string }
  | { readonly type: 'error'; readonly id: number; readonly request: WorkerRequest['type']; readonly issues: readonly WorkerIssue[] };
