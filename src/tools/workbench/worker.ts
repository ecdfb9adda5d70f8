/**
 * The workbench's Web Worker: holds the prepared portfolio, its run under the draft as written (the baseline) and
 * the last reform's run, and answers each reform with the comparison. Under a new reform only the beneficiaries
 * whose evaluation read a changed parameter or reading, or who claim under a line switched on or off, are
 * evaluated again (drafting/portfolio.ts), starting from the last run.
 */
import { compareRuns } from '../drafting/compare.js';
import { evaluatePortfolio, preparePortfolio, type PortfolioRun, type PreparedPortfolio } from '../drafting/portfolio.js';
import { BASELINE_REFORM, validateReform, type Reform } from '../drafting/reform.js';
import { buildReport } from '../drafting/report.js';
import { reportHtml } from '../drafting/html.js';
import { PolicyInputError } from '../../edges/input/errors.js';
import { yuanFromBigFen } from '../../core/money.js';
import { portfolioFromCsv, portfolioFromJson } from './portfolioInput.js';
import type { PortfolioSource, WorkerAnswer, WorkerIssue, WorkerRequest } from './protocol.js';

/** How many beneficiaries and lines the page lists as most affected and largest changes. */
export const TOP = 8;

/** The worker's state and its answers, apart from the messaging (so that Node tests can drive it). */
export class WorkbenchEngine {
  private policyText = '';
  private portfolio: PreparedPortfolio | null = null;
  private baseline: PortfolioRun | null = null;
  private last: PortfolioRun | null = null;

  /** Answers one request. */
  handle(request: WorkerRequest): WorkerAnswer {
    const t0 = performance.now();
    try {
      switch (request.type) {
        case 'init':
          this.policyText = request.policyText;
          return { type: 'ready', id: request.id };
        case 'load': {
          const raw = readSource(request.source);
          const prepared = preparePortfolio(raw);
          const baseline = evaluatePortfolio(prepared, BASELINE_REFORM);
          this.portfolio = prepared;
          this.baseline = baseline;
          this.last = baseline;
          const years = prepared.entries.reduce((n, e) => n + e.years.length, 0);
          const name = request.source.kind === 'json' ? request.source.name : `${request.source.beneficiaries.name} + ${request.source.claims.name}`;
          return { type: 'loaded', id: request.id, name, beneficiaries: prepared.entries.length, years, total: yuan(baseline.totalFen), ms: performance.now() - t0 };
        }
        case 'compute': {
          const { baseline, portfolio } = this.loaded();
          const reform = revalidate(request.reform);
          const run = evaluatePortfolio(portfolio, reform, { from: this.last ?? baseline });
          this.last = run;
          const { perBeneficiary: _p, bindingChanges: _b, ...comparison } = compareRuns(baseline, run, { top: TOP });
          return { type: 'computed', id: request.id, comparison, ms: performance.now() - t0, evaluated: run.evaluated };
        }
        case 'report': {
          const { portfolio } = this.loaded();
          const report = buildReport({ policyText: this.policyText, reform: revalidate(request.reform), portfolio, top: 10 });
          return { type: 'report', id: request.id, html: reportHtml(report) };
        }
      }
    } catch (e) {
      return { type: 'error', id: request.id, request: request.type, issues: issuesOf(e) };
    }
  }

  private loaded(): { baseline: PortfolioRun; portfolio: PreparedPortfolio } {
    if (!this.portfolio || !this.baseline) {
      throw new PolicyInputError([{ path: 'portfolio', code: 'required', message: { zh: '尚未载入组合', en: 'no portfolio is loaded yet' } }]);
    }
    return { baseline: this.baseline, portfolio: this.portfolio };
  }
}

function readSource(source: PortfolioSource): unknown[] {
  return source.kind === 'json' ? portfolioFromJson(source.text, source.name) : portfolioFromCsv(source.beneficiaries, source.claims);
}

/** A reform that crossed the worker boundary, validated again (the page's object is plain data after cloning). */
function revalidate(reform: Reform): Reform {
  const { description, ...rest } = reform;
  return validateReform({ ...rest, ...(description === null ? {} : { description }), disabledLines: [...reform.disabledLines] });
}

const yuan = yuanFromBigFen;

/** Every problem of an error, bilingual (an unexpected error is reported as such, with its message). */
export function issuesOf(e: unknown): WorkerIssue[] {
  if (e instanceof PolicyInputError) return e.issues.slice(0, 50).map((x) => ({ path: x.path, message: x.message }));
  const message = e instanceof Error ? e.message : String(e);
  return [{ path: '(workbench)', message: { zh: `内部错误：${message}`, en: `internal error: ${message}` } }];
}

/** Starts the worker: answers each message posted to it. */
export function startWorker(scope: { onmessage: ((ev: MessageEvent<WorkerRequest>) => void) | null; postMessage(m: WorkerAnswer): void }): void {
  const engine = new WorkbenchEngine();
  scope.onmessage = (ev) => scope.postMessage(engine.handle(ev.data));
}
