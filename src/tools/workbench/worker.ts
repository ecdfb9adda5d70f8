/**
 * The workbench's Web Worker: holds the prepared portfolio, its run under the draft as written (the baseline) and
 * the last reform's run, and answers each reform with the comparison. Under a new reform only the beneficiaries
 * whose evaluation read a changed parameter or reading, or who claim under a line switched on or off, are
 * evaluated again (drafting/portfolio.ts), starting from the last run.
 *
 * The comparison is built the same way: the beneficiaries whose results under the reform are the baseline's own
 * (the same line objects, drafting/portfolio.ts `adopt`) add the same amounts to both sides, so only the others
 * are compared (`compareRuns` on that part of the portfolio) and the sums of the rest are taken from the
 * baseline's own sums, kept from the load. A test holds the result equal to `compare` edit after edit.
 */
import { compareRuns, type Comparison, type MoneyDelta } from '../drafting/compare.js';
import { evaluatePortfolio, preparePortfolio, type PortfolioRun, type PreparedPortfolio } from '../drafting/portfolio.js';
import { BASELINE_REFORM, validateReform, type Reform } from '../drafting/reform.js';
import { buildReport } from '../drafting/report.js';
import { reportHtml } from '../drafting/html.js';
import { PolicyInputError, inputIssue } from '../../edges/input/errors.js';
import { yuanFromBigFen } from '../../core/money.js';
import { portfolioFromCsv, portfolioFromJson } from './portfolioInput.js';
import type { PageComparison, PortfolioSource, WorkerAnswer, WorkerIssue, WorkerRequest } from './protocol.js';

/** How many beneficiaries and lines the page lists as most affected and largest changes. */
export const TOP = 8;

/** The worker's state and its answers, apart from the messaging (so that Node tests can drive it). */
export class WorkbenchEngine {
  private policyText = '';
  private portfolio: PreparedPortfolio | null = null;
  private baseline: PortfolioRun | null = null;
  private last: PortfolioRun | null = null;
  /** The baseline compared with itself: its sums by year and by clause, and its number of lines. */
  private baseSums: Comparison | null = null;
  /** Each beneficiary's number of lines under the baseline. */
  private baseLines: number[] = [];

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
          this.baseSums = compareRuns(baseline, baseline, { top: 0 });
          this.baseLines = baseline.runs.map((r) => r.years.reduce((n, y) => n + y.lines.length, 0));
          const years = prepared.entries.reduce((n, e) => n + e.years.length, 0);
          const name = request.source.kind === 'json' ? request.source.name : `${request.source.beneficiaries.name} + ${request.source.claims.name}`;
          return { type: 'loaded', id: request.id, name, beneficiaries: prepared.entries.length, years, total: yuan(baseline.totalFen), ms: performance.now() - t0 };
        }
        case 'compute': {
          const { baseline, portfolio } = this.loaded();
          const reform = revalidate(request.reform);
          const run = evaluatePortfolio(portfolio, reform, { from: this.last ?? baseline });
          this.last = run;
          return { type: 'computed', id: request.id, comparison: this.compareWithBaseline(run), ms: performance.now() - t0, evaluated: run.evaluated };
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

  /** The comparison of a run with the baseline, comparing only the beneficiaries whose results differ. */
  private compareWithBaseline(run: PortfolioRun): PageComparison {
    const { baseline, portfolio } = this.loaded();
    const sums = this.baseSums!;
    const moved: number[] = [];
    baseline.runs.forEach((b, i) => {
      const r = run.runs[i]!;
      if (b.years.some((y, k) => y.lines !== r.years[k]!.lines)) moved.push(i);
    });
    // The moved beneficiaries as a portfolio of their own (compareRuns reads only `entries` and the runs).
    const part = { entries: moved.map((i) => portfolio.entries[i]!) } as unknown as PreparedPortfolio;
    const sub = compareRuns(
      { ...baseline, portfolio: part, runs: moved.map((i) => baseline.runs[i]!) },
      { ...run, portfolio: part, runs: moved.map((i) => run.runs[i]!) },
      { top: TOP },
    );
    const partYears = new Map(sub.byYear.map((y) => [y.awardYear, y]));
    const partClauses = new Map(sub.byClause.map((c) => [c.clause, c]));
    const n = portfolio.entries.length;
    const { perBeneficiary: _p, bindingChanges: _b, ...rest } = sub;
    return {
      ...rest,
      // The split by change is the static report's (compare); over a part of the portfolio its totals would be partial.
      split: null,
      beneficiaries: n,
      lines: sums.lines - moved.reduce((k, i) => k + this.baseLines[i]!, 0) + sub.lines,
      total: merged(sums.total, sub.total),
      byYear: sums.byYear.map((y) => ({ awardYear: y.awardYear, ...merged(y, partYears.get(y.awardYear)) })),
      byClause: sums.byClause.map((c) => ({ clause: c.clause, item: c.item, title: c.title, ...merged(c, partClauses.get(c.clause)) })),
      counts: { betterOff: sub.counts.betterOff, worseOff: sub.counts.worseOff, unchanged: n - sub.counts.betterOff - sub.counts.worseOff },
    };
  }

  private loaded(): { baseline: PortfolioRun; portfolio: PreparedPortfolio } {
    if (!this.portfolio || !this.baseline) {
      throw new PolicyInputError([inputIssue('portfolio', 'required', { expected: { kind: 'format', format: 'portfolio' } })]);
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

/** A signed yuan string with two decimals as bigint fen. */
function bigFen(yuan: string): bigint {
  const negative = yuan.startsWith('-');
  const [whole, frac = ''] = (negative ? yuan.slice(1) : yuan).split('.');
  const fen = BigInt(whole!) * 100n + BigInt(frac.padEnd(2, '0'));
  return negative ? -fen : fen;
}

/**
 * The whole portfolio's amounts: the baseline's own sum, with the moved part's baseline amount replaced by its
 * amount under the reform (the part not given when nothing in it moved).
 */
function merged(whole: MoneyDelta, part: MoneyDelta | undefined): MoneyDelta {
  if (!part) return { baseline: whole.baseline, reform: whole.baseline, delta: '0.00' };
  const reform = bigFen(whole.baseline) - bigFen(part.baseline) + bigFen(part.reform);
  return { baseline: whole.baseline, reform: yuan(reform), delta: part.delta };
}

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
