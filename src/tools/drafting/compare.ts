/**
 * The impact of a reform on a portfolio: totals by award year and by clause, per-beneficiary deltas, who is better
 * off, worse off or unchanged, the lines where a different constraint now binds, and the largest changes with
 * their explanations. The sensitivity view adds, for each consequential reading of the clause register (§11), the
 * change in the portfolio's total if that reading were switched.
 *
 * All amounts are yuan strings with two decimals (deltas may be negative); sums are exact integer fen inside.
 */
import { explainLine } from '../../edges/explain/index.js';
import { AWARD_LINES, ITEM_LABEL, type ClauseId } from '../../policy/ids.js';
import { CLAUSES, CLAUSE_WORDS } from '../../clauses/index.js';
import { yuanFromBigFen } from '../../core/money.js';
import { parameterDef, READINGS, readingDef } from '../../policy/catalogue.js';
import { DEFAULT_PARAMETER_VALUES } from '../../policy/parameters.js';
import { DEFAULT_READINGS, type ReadingId } from '../../policy/readings.js';
import type { AdjustmentResult, EvaluationResult, LineResult } from '../../engine/result.js';
import { fenFromYuan } from '../../core/money.js';
import { checkScenario, preparePortfolio, Scenario, type BeneficiaryRun, type PortfolioRun, type PreparedPortfolio, type Reads } from './portfolio.js';
import type { Reform } from './reform.js';
import { readingQuestion } from './labels.js';
import { writeParameter, type Bilingual } from './text.js';

/** An amount before and after, and the difference (after − before). */
export interface MoneyDelta {
  readonly baseline: string;
  readonly reform: string;
  readonly delta: string;
}

/** A parameter whose value differs between the two scenarios. */
export interface ParameterChange {
  readonly id: string;
  readonly title: Bilingual;
  readonly from: string | null;
  readonly to: string | null;
  /** The values as the document writes them (「100万元」 → 「200万元」). */
  readonly fromText: string | null;
  readonly toText: string | null;
}

/** A reading that differs between the two scenarios. */
export interface ReadingChange {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly fromLabel: Bilingual;
  readonly toLabel: Bilingual;
}

/** A line switched on or off between the scenarios. */
export interface LineSwitch {
  readonly clause: ClauseId;
  readonly item: string;
  readonly title: Bilingual;
  /** The grant sentence(s) that pay nothing when the line is off. */
  readonly text: string;
  readonly off: 'reform' | 'baseline';
}

/** What the reform changes relative to the baseline. */
export interface ReformDiff {
  readonly baseline: { readonly id: string; readonly title: Bilingual };
  readonly reform: { readonly id: string; readonly title: Bilingual; readonly description: Bilingual | null };
  readonly parameters: readonly ParameterChange[];
  readonly readings: readonly ReadingChange[];
  readonly lines: readonly LineSwitch[];
}

/** The status of a line, or `switchedOff` when the reform took the line out. */
export type CompareStatus = LineResult['status'] | 'switchedOff';

/** A constraint code of an adjustment. */
export type ConstraintCode = AdjustmentResult['code'];

/** The constraint codes in pipeline order. */
export const CONSTRAINT_CODES: readonly ConstraintCode[] = [
  'itemCap', 'cumulativeCap', 'ladder', 'oneTime', 'overlap', 'crossPolicy', 'auditedInvestment', 'annualCap', 'budgetScale',
];

/** Where a line sits in the portfolio. */
export interface LineRef {
  readonly beneficiaryId: string;
  readonly awardYear: number;
  /** Index of the year in the beneficiary's input (two batches may share an award year). */
  readonly yearIndex: number;
  readonly claimId: string;
  readonly clause: string;
  readonly item: string;
  readonly subjectId: string;
}

/** A line whose set of binding constraints differs between the scenarios. */
export interface BindingChange extends LineRef {
  readonly baseline: readonly ConstraintCode[];
  readonly reform: readonly ConstraintCode[];
  readonly newlyBinding: readonly ConstraintCode[];
  readonly noLongerBinding: readonly ConstraintCode[];
  readonly net: MoneyDelta;
}

/** A line whose amount changed, with the explanation of both results. */
export interface LineChange extends LineRef {
  readonly status: { readonly baseline: CompareStatus; readonly reform: CompareStatus };
  readonly net: MoneyDelta;
  readonly explanation: {
    readonly baseline: { readonly zh: readonly string[]; readonly en: readonly string[] };
    readonly reform: { readonly zh: readonly string[]; readonly en: readonly string[] };
  };
}

/** One beneficiary's totals. */
export interface BeneficiaryDelta extends MoneyDelta {
  readonly beneficiaryId: string;
  readonly name: string | null;
}

/** One change of a reform (a parameter, a reading, a line switched on or off) and what it does on its own. */
export interface ChangeContribution {
  readonly kind: 'parameter' | 'reading' | 'line';
  /** Parameter id, register id of the reading, or clause id of the line. */
  readonly id: string;
  /** The item of the document the change belongs to (「二(二)」), or the register id for a reading. */
  readonly item: string;
  /** The parameter's title, the reading's question, or the line's title. */
  readonly title: Bilingual;
  /** The setting before and after, in words (「100万元」 → 「200万元」; a reading's options; pays → off). */
  readonly from: Bilingual;
  readonly to: Bilingual;
  /** The portfolio's total under the baseline with this change alone. */
  readonly total: string;
  /** That total − the baseline's total. */
  readonly delta: string;
  readonly betterOff: number;
  readonly worseOff: number;
}

/**
 * A reform's impact split by change: each change applied alone to the baseline, and what is left of the total
 * change when their effects are added up (changes that reinforce or undo each other: two caps on the same line, a
 * reading that decides whether a raised cap matters).
 */
export interface ImpactSplit {
  /** In the order of the diff: parameters, readings, lines. */
  readonly changes: readonly ChangeContribution[];
  /** Σ of the changes' deltas. */
  readonly sumOfSingles: string;
  /** The reform's total delta − Σ of the changes' deltas (0.00 when the changes add up). */
  readonly interaction: string;
}

/** The impact of a reform on a portfolio. */
export interface Comparison {
  readonly diff: ReformDiff;
  readonly beneficiaries: number;
  /** Award lines compared (lines of either scenario, each counted once). */
  readonly lines: number;
  readonly total: MoneyDelta;
  readonly byYear: readonly (MoneyDelta & { readonly awardYear: number })[];
  /** Every award line, in document order. */
  readonly byClause: readonly (MoneyDelta & { readonly clause: ClauseId; readonly item: string; readonly title: Bilingual })[];
  readonly counts: { readonly betterOff: number; readonly worseOff: number; readonly unchanged: number };
  /** In portfolio order. */
  readonly perBeneficiary: readonly BeneficiaryDelta[];
  /** The beneficiaries with the largest change, largest first. */
  readonly mostAffected: readonly BeneficiaryDelta[];
  readonly bindingChanges: readonly BindingChange[];
  /** For each constraint: on how many lines it newly binds, and on how many it no longer binds. */
  readonly bindingSummary: readonly { readonly code: ConstraintCode; readonly newlyBinding: number; readonly noLongerBinding: number }[];
  /** How many lines moved from one status to another. */
  readonly statusChanges: readonly { readonly from: CompareStatus; readonly to: CompareStatus; readonly lines: number }[];
  /** The lines with the largest change, largest first, with their explanations. */
  readonly largestChanges: readonly LineChange[];
  /** What each change of the reform contributes on its own, and the interaction; null when not asked for. */
  readonly split: ImpactSplit | null;
}

/** Options of {@link compare}. */
export interface CompareOptions {
  /** How many beneficiaries and lines to list as most affected / largest changes (default 10). */
  readonly top?: number;
  /** `false` evaluates every beneficiary under every scenario (default: reuse unaffected results; portfolio.ts). */
  readonly incremental?: boolean;
  /**
   * Split the impact by change (default true): one more scenario per change when the reform makes two or more
   * (only the beneficiaries each change affects are evaluated again, unless `incremental: false`).
   */
  readonly split?: boolean;
}

/** Baseline and reform amounts in fen (a portfolio's sums are bigints) as yuan strings with their difference. */
const money = (baseline: number | bigint, reform: number | bigint): MoneyDelta => ({
  baseline: yuanFromBigFen(BigInt(baseline)),
  reform: yuanFromBigFen(BigInt(reform)),
  delta: yuanFromBigFen(BigInt(reform) - BigInt(baseline)),
});

function switchedOffSentences(ref: LineRef, side: 'baseline' | 'reform'): { zh: string[]; en: string[] } {
  const who = side === 'reform' ? { zh: '改革方案', en: 'the reform' } : { zh: '对照方案', en: 'the baseline' };
  return {
    zh: [`${ref.item}（事项 ${ref.claimId}，对象 ${ref.subjectId}）：${who.zh}取消该条款，本行不予支付。`],
    en: [`${ref.item} (claim ${ref.claimId}, subject ${ref.subjectId}): ${who.en} switches this line off; nothing is paid.`],
  };
}

/** The differences between two reforms' settings. */
export function diffReforms(baseline: Reform, reform: Reform): ReformDiff {
  const parameters: ParameterChange[] = [];
  for (const id of [...new Set([...Object.keys(baseline.parameters), ...Object.keys(reform.parameters)])].sort()) {
    const from = id in baseline.parameters ? baseline.parameters[id]! : DEFAULT_PARAMETER_VALUES[id] ?? null;
    const to = id in reform.parameters ? reform.parameters[id]! : DEFAULT_PARAMETER_VALUES[id] ?? null;
    if (from === to) continue;
    parameters.push({ id, title: parameterDef(id)!.title, from, to, fromText: writeParameter(id, from), toText: writeParameter(id, to) });
  }
  const readings: ReadingChange[] = [];
  for (const def of READINGS) {
    const from = baseline.readings[def.id] ?? def.default;
    const to = reform.readings[def.id] ?? def.default;
    if (from !== to) readings.push({ id: def.id, from, to, fromLabel: def.options[from]!, toLabel: def.options[to]! });
  }
  const lines: LineSwitch[] = [];
  for (const c of AWARD_LINES) {
    const offBefore = baseline.disabledLines.includes(c);
    const offAfter = reform.disabledLines.includes(c);
    if (offBefore === offAfter) continue;
    lines.push({ clause: c, item: ITEM_LABEL[c], title: CLAUSE_WORDS[c].title, text: CLAUSE_WORDS[c].text, off: offAfter ? 'reform' : 'baseline' });
  }
  return {
    baseline: { id: baseline.id, title: baseline.title },
    reform: { id: reform.id, title: reform.title, description: reform.description },
    parameters,
    readings,
    lines,
  };
}

/** Sorts by the size of a fen delta, largest first; ties keep their order. */
function byMagnitude<T>(items: readonly T[], delta: (t: T) => number | bigint): T[] {
  const abs = (d: number | bigint): bigint => (BigInt(d) < 0n ? -BigInt(d) : BigInt(d));
  return items.map((t, i) => ({ t, i, d: abs(delta(t)) })).sort((a, b) => (a.d === b.d ? a.i - b.i : b.d > a.d ? 1 : -1)).map((x) => x.t);
}

const CODE_BIT = new Map<string, number>(CONSTRAINT_CODES.map((c, i) => [c, 1 << i]));

/** The constraint codes that cut a line, as a bit mask (one bit per code of {@link CONSTRAINT_CODES}). */
function maskOf(line: LineResult): number {
  let mask = 0;
  for (const a of line.adjustments) mask |= CODE_BIT.get(a.code) ?? 0;
  return mask;
}

const codesIn = (mask: number): ConstraintCode[] => CONSTRAINT_CODES.filter((_, i) => (mask & (1 << i)) !== 0);

/** A changed line kept as a candidate for the largest changes; `seq` keeps portfolio order among equals. */
interface Candidate {
  readonly ref: LineRef;
  /** Null when the line is switched off on that side. */
  readonly b: LineResult | null;
  readonly r: LineResult | null;
  readonly size: number;
  readonly seq: number;
}

const bySize = (x: Candidate, y: Candidate): number => y.size - x.size || x.seq - y.seq;

/**
 * Accumulates the comparison one beneficiary at a time, keeping only what the result needs: sums, the lines whose
 * binding constraints differ, and the `top` largest line changes (a bounded list, so a reform that moves every
 * line does not keep every line).
 */
class Differ {
  // Sums over the portfolio, in fen: bigints, since a portfolio holds many inputs, each within the engine's bound.
  private readonly byYear = new Map<number, [bigint, bigint]>();
  private readonly byClause = new Map<string, [bigint, bigint]>(AWARD_LINES.map((c) => [c, [0n, 0n]]));
  private readonly perBeneficiary: (BeneficiaryDelta & { fen: number })[] = [];
  private readonly bindingChanges: BindingChange[] = [];
  private readonly newly = new Array<number>(CONSTRAINT_CODES.length).fill(0);
  private readonly gone = new Array<number>(CONSTRAINT_CODES.length).fill(0);
  private readonly statusCount = new Map<string, number>();
  private candidates: Candidate[] = [];
  private seq = 0;
  private lines = 0;
  /** Baseline lines among {@link lines} (for a cached baseline's sums: see {@link result}). */
  private baselineLines = 0;
  private betterOff = 0;
  private worseOff = 0;

  constructor(private readonly portfolio: PreparedPortfolio, private readonly top: number) {}

  private consider(c: Candidate): void {
    this.candidates.push(c);
    if (this.candidates.length > 4 * this.top + 64) this.candidates = this.candidates.sort(bySize).slice(0, this.top);
  }

  /** Adds beneficiary `i`: its runs under both scenarios (the same object when the reform does not affect it). */
  add(i: number, bRun: BeneficiaryRun, rRun: BeneficiaryRun): void {
    const entry = this.portfolio.entries[i]!;
    bRun.years.forEach((bYear: EvaluationResult, k) => {
      const rYear = rRun.years[k]!;
      const sums = this.byYear.get(bYear.awardYear) ?? [0n, 0n];
      sums[0] += BigInt(fenFromYuan(bYear.total));
      sums[1] += BigInt(fenFromYuan(rYear.total));
      this.byYear.set(bYear.awardYear, sums);
      if (rYear.lines === bYear.lines) {
        // The reform does not affect this beneficiary (portfolio.ts): the same lines under both scenarios.
        for (const l of bYear.lines) {
          this.lines++;
          this.baselineLines++;
          const c = this.byClause.get(l.clause);
          if (c) {
            const fen = BigInt(fenFromYuan(l.net));
            c[0] += fen;
            c[1] += fen;
          }
        }
        return;
      }
      const rLines = new Map<string, LineResult>();
      for (const r of rYear.lines) {
        rLines.set(r.claimId, r);
        const c = this.byClause.get(r.clause);
        if (c) c[1] += BigInt(fenFromYuan(r.net));
      }
      let matched = 0;
      for (const b of bYear.lines) {
        this.lines++;
        this.baselineLines++;
        const r = rLines.get(b.claimId) ?? null;
        if (r !== null) matched++;
        const bNet = fenFromYuan(b.net);
        const c = this.byClause.get(b.clause);
        if (c) c[0] += BigInt(bNet);
        const rNet = r === null ? 0 : fenFromYuan(r.net);
        const rStatus: CompareStatus = r === null ? 'switchedOff' : r.status;
        if (rStatus !== b.status) {
          const key = `${b.status}\u0000${rStatus}`;
          this.statusCount.set(key, (this.statusCount.get(key) ?? 0) + 1);
        }
        const before = maskOf(b);
        const after = r === null ? before : maskOf(r);
        if (rNet === bNet && before === after) continue;
        const ref: LineRef = { beneficiaryId: entry.beneficiary.id, awardYear: bYear.awardYear, yearIndex: k, claimId: b.claimId, clause: b.clause, item: b.item, subjectId: b.subjectId };
        if (rNet !== bNet) this.consider({ ref, b, r, size: Math.abs(rNet - bNet), seq: this.seq++ });
        if (before !== after) {
          const newly = after & ~before;
          const gone = before & ~after;
          CONSTRAINT_CODES.forEach((_, j) => {
            if (newly & (1 << j)) this.newly[j]!++;
            if (gone & (1 << j)) this.gone[j]!++;
          });
          this.bindingChanges.push({ ...ref, baseline: codesIn(before), reform: codesIn(after), newlyBinding: codesIn(newly), noLongerBinding: codesIn(gone), net: money(bNet, rNet) });
        }
      }
      // Lines only the reform has: their line is switched off in the baseline and on in the reform.
      if (rLines.size > matched) {
        const inBase = new Set(bYear.lines.map((l) => l.claimId));
        for (const r of rYear.lines) {
          if (inBase.has(r.claimId)) continue;
          this.lines++;
          const key = `switchedOff\u0000${r.status}`;
          this.statusCount.set(key, (this.statusCount.get(key) ?? 0) + 1);
          const rNet = fenFromYuan(r.net);
          const ref: LineRef = { beneficiaryId: entry.beneficiary.id, awardYear: rYear.awardYear, yearIndex: k, claimId: r.claimId, clause: r.clause, item: r.item, subjectId: r.subjectId };
          if (rNet !== 0) this.consider({ ref, b: null, r, size: rNet, seq: this.seq++ });
        }
      }
    });
    const fen = rRun.totalFen - bRun.totalFen;
    if (fen > 0) this.betterOff++;
    else if (fen < 0) this.worseOff++;
    this.perBeneficiary.push({ beneficiaryId: entry.beneficiary.id, name: entry.beneficiary.name ?? null, ...money(bRun.totalFen, rRun.totalFen), fen });
  }

  /** Adds beneficiary `i`, which the reform does not affect, from its baseline total alone (its lines are in `rest`). */
  addUnaffected(i: number, totalFen: number): void {
    const entry = this.portfolio.entries[i]!;
    this.perBeneficiary.push({ beneficiaryId: entry.beneficiary.id, name: entry.beneficiary.name ?? null, ...money(totalFen, totalFen), fen: 0 });
  }

  /**
   * The comparison. `rest`: the sums of every beneficiary's baseline lines (a cached baseline, see
   * compareScenarios), when only the affected beneficiaries went through {@link add}: the others, unchanged, add
   * the same to both sides, which is those sums less what the affected ones added on the baseline side.
   */
  result(diff: ReformDiff, split: ImpactSplit | null, rest?: BaselineSums): Comparison {
    if (rest !== undefined) {
      for (const [year, all] of rest.byYear) {
        const sums = this.byYear.get(year) ?? [0n, 0n];
        const others = all - sums[0];
        this.byYear.set(year, [sums[0] + others, sums[1] + others]);
      }
      for (const [clause, all] of rest.byClause) {
        const c = this.byClause.get(clause)!;
        const others = all - c[0];
        c[0] += others;
        c[1] += others;
      }
      this.lines += rest.lines - this.baselineLines;
      this.baselineLines = rest.lines;
    }
    const largestChanges: LineChange[] = this.candidates.sort(bySize).slice(0, this.top).map(({ ref, b, r }) => ({
      ...ref,
      status: { baseline: b === null ? 'switchedOff' : b.status, reform: r === null ? 'switchedOff' : r.status },
      net: money(b === null ? 0 : fenFromYuan(b.net), r === null ? 0 : fenFromYuan(r.net)),
      explanation: {
        baseline: b === null ? switchedOffSentences(ref, 'baseline') : { zh: explainLine(b, 'zh'), en: explainLine(b, 'en') },
        reform: r === null ? switchedOffSentences(ref, 'reform') : { zh: explainLine(r, 'zh'), en: explainLine(r, 'en') },
      },
    }));
    const strip = ({ fen: _fen, ...rest }: BeneficiaryDelta & { fen: number }): BeneficiaryDelta => rest;
    const bindingSummary = CONSTRAINT_CODES.map((code, j) => ({ code, newlyBinding: this.newly[j]!, noLongerBinding: this.gone[j]! }))
      .filter((x) => x.newlyBinding > 0 || x.noLongerBinding > 0);
    const statusChanges = [...this.statusCount]
      .map(([key, n]) => {
        const [from, to] = key.split('\u0000') as [CompareStatus, CompareStatus];
        return { from, to, lines: n };
      })
      .sort((a, b) => b.lines - a.lines || compareStrings(a.from, b.from) || compareStrings(a.to, b.to));
    let baseTotal = 0n;
    let nextTotal = 0n;
    for (const [b, r] of this.byYear.values()) {
      baseTotal += b;
      nextTotal += r;
    }
    const n = this.portfolio.entries.length;
    return {
      diff,
      beneficiaries: n,
      lines: this.lines,
      total: money(baseTotal, nextTotal),
      byYear: [...this.byYear].sort((a, b) => a[0] - b[0]).map(([awardYear, [b, r]]) => ({ awardYear, ...money(b, r) })),
      byClause: AWARD_LINES.map((c) => {
        const [b, r] = this.byClause.get(c)!;
        return { clause: c, item: ITEM_LABEL[c], title: CLAUSE_WORDS[c].title, ...money(b, r) };
      }),
      counts: { betterOff: this.betterOff, worseOff: this.worseOff, unchanged: n - this.betterOff - this.worseOff },
      perBeneficiary: this.perBeneficiary.map(strip),
      mostAffected: byMagnitude(this.perBeneficiary.filter((x) => x.fen !== 0), (x) => x.fen).slice(0, this.top).map(strip),
      bindingChanges: this.bindingChanges,
      bindingSummary,
      statusChanges,
      largestChanges,
      split,
    };
  }
}

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Compares two evaluated runs of the same portfolio (from {@link evaluatePortfolio}).
 */
export function compareRuns(base: PortfolioRun, next: PortfolioRun, options: CompareOptions = {}): Comparison {
  const differ = new Differ(base.portfolio, options.top ?? 10);
  // Reused results carry the same line arrays (portfolio.ts adopt): the fast path of Differ.add.
  base.runs.forEach((b, i) => differ.add(i, b, next.runs[i]!));
  const diff = diffReforms(base.reform, next.reform);
  const comparison = differ.result(diff, null);
  if (options.split === false) return comparison;
  const summary = { reads: base.runs.map((r) => r.reads), totals: base.runs.map((r) => r.totalFen), checkReads: null };
  const split = splitImpact(diff, base.reform, new Scenario(base.portfolio, base.reform), summary, next.totalFen - base.totalFen, comparison.counts, options.incremental !== false);
  return { ...comparison, split };
}

/** What a baseline scenario's run left behind for the split: each beneficiary's reads and total. */
interface BaseSummary {
  readonly reads: readonly Reads[];
  readonly totals: readonly number[];
  /** What each beneficiary's checks read; null: check every beneficiary again under each change. */
  readonly checkReads: readonly Reads[] | null;
}

/** The baseline with one change of the diff applied. */
function withChange(baseline: Reform, change: { kind: ChangeContribution['kind']; id: string; to: string | null; off?: 'reform' | 'baseline' }): Reform {
  switch (change.kind) {
    case 'parameter':
      return { ...baseline, parameters: { ...baseline.parameters, [change.id]: change.to } };
    case 'reading':
      return { ...baseline, readings: { ...baseline.readings, [change.id]: change.to! } };
    case 'line': {
      const off = new Set(baseline.disabledLines);
      if (change.off === 'reform') off.add(change.id as ClauseId);
      else off.delete(change.id as ClauseId);
      return { ...baseline, disabledLines: AWARD_LINES.filter((c) => off.has(c)) };
    }
  }
}

const words = (text: string): Bilingual => ({ zh: text, en: text });
const PAYS: Bilingual = { zh: '支付', en: 'pays' };
const OFF: Bilingual = { zh: '已取消', en: 'switched off' };

/**
 * Splits a reform's impact by change: each change of `diff` applied alone to the baseline, evaluated over the
 * portfolio (only the beneficiaries it affects, when incremental), and the interaction: the total delta less the
 * sum of the singles. With one change the single is the reform itself and nothing is evaluated again.
 */
function splitImpact(
  diff: ReformDiff, baseline: Reform, base: Scenario, summary: BaseSummary, totalDelta: bigint,
  counts: { readonly betterOff: number; readonly worseOff: number }, incremental: boolean,
): ImpactSplit {
  const items = [
    ...diff.parameters.map((p) => ({
      kind: 'parameter' as const, id: p.id, to: p.to, item: itemOfParameter(p.id), title: p.title,
      from: p.fromText === null ? { zh: '未设定', en: 'unset' } : words(p.fromText), toWords: p.toText === null ? { zh: '未设定', en: 'unset' } : words(p.toText),
    })),
    ...diff.readings.map((r) => ({ kind: 'reading' as const, id: r.id, to: r.to, item: r.id, title: readingQuestion(r.id), from: r.fromLabel, toWords: r.toLabel })),
    ...diff.lines.map((l) => ({
      kind: 'line' as const, id: l.clause, to: null, off: l.off, item: l.item, title: l.title,
      from: l.off === 'reform' ? PAYS : OFF, toWords: l.off === 'reform' ? OFF : PAYS,
    })),
  ];
  const baseTotal = summary.totals.reduce((a, t) => a + BigInt(t), 0n);
  let sum = 0n;
  const changes = items.map((c): ChangeContribution => {
    let fen = totalDelta;
    let { betterOff, worseOff } = counts;
    if (items.length > 1) {
      const single = new Scenario(base.portfolio, withChange(baseline, c));
      const changed = single.changesFrom(base);
      const checkReads = summary.checkReads;
      checkScenario(single, incremental && checkReads !== null ? (i) => single.affects(i, checkReads[i]!, changed) : undefined);
      fen = 0n;
      betterOff = 0;
      worseOff = 0;
      summary.totals.forEach((before, i) => {
        const after = incremental && !single.affects(i, summary.reads[i]!, changed) ? before : single.run(i).totalFen;
        fen += BigInt(after - before);
        if (after > before) betterOff++;
        else if (after < before) worseOff++;
      });
    }
    sum += fen;
    return {
      kind: c.kind, id: c.id, item: c.item, title: c.title, from: c.from, to: c.toWords,
      total: yuanFromBigFen(baseTotal + fen), delta: yuanFromBigFen(fen), betterOff, worseOff,
    };
  });
  return { changes, sumOfSingles: yuanFromBigFen(sum), interaction: yuanFromBigFen(totalDelta - sum) };
}

/** The document's label of the item a parameter belongs to (「二(二)」; 「通则」 for a general rule). */
function itemOfParameter(id: string): string {
  const rule = parameterDef(id)!.rule;
  return rule === 'general' ? '通则' : ITEM_LABEL[rule];
}

/** A scenario run over a whole portfolio, kept small: what each beneficiary read and received. */
export interface ScenarioSummary {
  readonly scenario: Scenario;
  /** What each beneficiary's checks read. */
  readonly checkReads: readonly Reads[];
  /** What each beneficiary's evaluation read. */
  readonly reads: readonly Reads[];
  /** Each beneficiary's total, in fen. */
  readonly totals: readonly number[];
  /** Σ of the totals, in fen (a bigint: many inputs). */
  readonly totalFen: bigint;
}

/**
 * The comparison, and the reform scenario's summary (for the sensitivity view). The portfolio is evaluated one
 * beneficiary at a time under both scenarios; under the reform only the beneficiaries it affects are evaluated
 * again (portfolio.ts), unless `incremental: false`.
 * @internal
 */
export function compareScenarios(baseline: Reform, reform: Reform, portfolio: unknown, options: CompareOptions = {}): { comparison: Comparison; summary: ScenarioSummary } {
  const prepared = preparePortfolio(portfolio);
  if (options.incremental !== false) {
    const b = baselineOf(prepared, baseline);
    const out = compareIncremental(b, baseline, reform, prepared, options.top ?? 10);
    if (options.split === false) return out;
    const baseFen = b.totals.reduce((sum, t) => sum + BigInt(t), 0n);
    const split = splitImpact(out.comparison.diff, baseline, b.scenario, { reads: b.reads, totals: b.totals, checkReads: b.checks },
      out.summary.totalFen - baseFen, out.comparison.counts, true);
    return { ...out, comparison: { ...out.comparison, split } };
  }
  const base = new Scenario(prepared, baseline);
  const next = new Scenario(prepared, reform);
  const incremental = options.incremental !== false;
  const changes = next.changesFrom(base);
  const baseChecks = checkScenario(base);
  const nextChecks = checkScenario(next, incremental ? (i) => next.affects(i, baseChecks[i]!, changes) : undefined);
  const differ = new Differ(prepared, options.top ?? 10);
  const reads: Reads[] = [];
  const totals: number[] = [];
  const baseReads: Reads[] = [];
  const baseTotals: number[] = [];
  let totalFen = 0n;
  let baseFen = 0n;
  prepared.entries.forEach((_, i) => {
    const b = base.run(i);
    const r = incremental && !next.affects(i, b.reads, changes) ? b : next.run(i);
    differ.add(i, b, r);
    reads.push(r.reads);
    totals.push(r.totalFen);
    totalFen += BigInt(r.totalFen);
    baseReads.push(b.reads);
    baseTotals.push(b.totalFen);
    baseFen += BigInt(b.totalFen);
  });
  const checkReads = prepared.entries.map((_, i) => nextChecks[i] ?? baseChecks[i]!);
  const diff = diffReforms(baseline, reform);
  const comparison = differ.result(diff, null);
  const split = options.split === false ? null
    : splitImpact(diff, baseline, base, { reads: baseReads, totals: baseTotals, checkReads: baseChecks }, totalFen - baseFen, comparison.counts, incremental);
  return {
    comparison: { ...comparison, split },
    summary: { scenario: next, checkReads, reads, totals, totalFen },
  };
}

/** Sums over every beneficiary's baseline lines, in fen. */
interface BaselineSums {
  readonly byYear: ReadonlyMap<number, bigint>;
  readonly byClause: ReadonlyMap<string, bigint>;
  /** How many lines. */
  readonly lines: number;
}

/** A baseline scenario run over a whole portfolio, kept small: what each beneficiary read and received, and the sums. */
interface BaselineRun extends BaselineSums {
  /** The baseline reform, as JSON (the cache's key). */
  readonly key: string;
  readonly scenario: Scenario;
  readonly checks: readonly Reads[];
  readonly reads: readonly Reads[];
  readonly totals: readonly number[];
}

/**
 * The baseline run of each prepared portfolio, for the last baseline compared on it. The drafters' page compares
 * the same portfolio under a new reform on every keystroke, against the same baseline: the baseline is then run
 * once, and a comparison evaluates only the beneficiaries the reform affects (under both scenarios: a small
 * summary is kept, not the results). A prepared portfolio is not changed once prepared.
 */
const baselines = new WeakMap<PreparedPortfolio, BaselineRun>();

function baselineOf(prepared: PreparedPortfolio, baseline: Reform): BaselineRun {
  const key = JSON.stringify(baseline);
  const hit = baselines.get(prepared);
  if (hit !== undefined && hit.key === key) return hit;
  const scenario = new Scenario(prepared, baseline);
  const checks = checkScenario(scenario);
  const reads: Reads[] = [];
  const totals: number[] = [];
  const byYear = new Map<number, bigint>();
  const byClause = new Map<string, bigint>(AWARD_LINES.map((c) => [c, 0n]));
  let lines = 0;
  prepared.entries.forEach((_, i) => {
    const run = scenario.run(i);
    reads.push(run.reads);
    totals.push(run.totalFen);
    for (const year of run.years) {
      byYear.set(year.awardYear, (byYear.get(year.awardYear) ?? 0n) + BigInt(fenFromYuan(year.total)));
      for (const l of year.lines) {
        lines++;
        const c = byClause.get(l.clause);
        if (c !== undefined) byClause.set(l.clause, c + BigInt(fenFromYuan(l.net)));
      }
    }
  });
  const out: BaselineRun = { key, scenario, checks, reads, totals, byYear, byClause, lines };
  baselines.set(prepared, out);
  return out;
}

/** {@link compareScenarios} from a baseline run: only the beneficiaries the reform affects are evaluated. */
function compareIncremental(b: BaselineRun, baseline: Reform, reform: Reform, prepared: PreparedPortfolio, top: number): { comparison: Comparison; summary: ScenarioSummary } {
  const base = b.scenario;
  const next = new Scenario(prepared, reform);
  const changes = next.changesFrom(base);
  const nextChecks = checkScenario(next, (i) => next.affects(i, b.checks[i]!, changes));
  const differ = new Differ(prepared, top);
  const reads: Reads[] = [];
  const totals: number[] = [];
  let totalFen = 0n;
  prepared.entries.forEach((_, i) => {
    if (!next.affects(i, b.reads[i]!, changes)) {
      differ.addUnaffected(i, b.totals[i]!);
      reads.push(b.reads[i]!);
      totals.push(b.totals[i]!);
      totalFen += BigInt(b.totals[i]!);
      return;
    }
    const r = next.run(i);
    differ.add(i, base.run(i), r);
    reads.push(r.reads);
    totals.push(r.totalFen);
    totalFen += BigInt(r.totalFen);
  });
  const checkReads = prepared.entries.map((_, i) => nextChecks[i] ?? b.checks[i]!);
  return {
    comparison: differ.result(diffReforms(baseline, reform), null, b),
    summary: { scenario: next, checkReads, reads, totals, totalFen },
  };
}

/**
 * The impact of `reform` relative to `baseline` on a portfolio (a list of multi-year inputs, or one prepared with
 * {@link preparePortfolio}).
 * @throws {@link PolicyInputError} when a reform or the portfolio is not valid, or the portfolio is not valid
 * under one of the scenarios; nothing is returned then.
 */
export function compare(baseline: Reform, reform: Reform, portfolio: unknown, options: CompareOptions = {}): Comparison {
  return compareScenarios(baseline, reform, portfolio, options).comparison;
}

/** The effect on the portfolio's total of switching one consequential reading to one other option. */
export interface SensitivityRow {
  /** Register id, e.g. `A9.3.1`. */
  readonly reading: string;
  /** The option in force in the scenario. */
  readonly inForce: string;
  readonly inForceLabel: Bilingual;
  /** The option switched to. */
  readonly option: string;
  readonly label: Bilingual;
  readonly total: string;
  /** Total with the switch − total of the scenario. */
  readonly delta: string;
  readonly betterOff: number;
  readonly worseOff: number;
}

/** The sensitivity view of a scenario. */
export interface Sensitivity {
  readonly scenario: { readonly id: string; readonly title: Bilingual };
  readonly total: string;
  /** Largest absolute change first; ties in register order. */
  readonly rows: readonly SensitivityRow[];
}

/** Runs a scenario over a whole portfolio, keeping only what each beneficiary read and received. */
export function summarize(scenario: Scenario): ScenarioSummary {
  const checkReads = checkScenario(scenario);
  const reads: Reads[] = [];
  const totals: number[] = [];
  let totalFen = 0n;
  scenario.portfolio.entries.forEach((_, i) => {
    const run = scenario.run(i);
    reads.push(run.reads);
    totals.push(run.totalFen);
    totalFen += BigInt(run.totalFen);
  });
  return { scenario, checkReads, reads, totals, totalFen };
}

/**
 * For each consequential reading of register §11 and each of its options other than the one in force, the
 * portfolio's total if that reading were switched (everything else as in the summarized scenario). Only the
 * beneficiaries whose evaluation read the reading are evaluated again, unless `incremental: false`.
 */
export function sensitivityOf(summary: ScenarioSummary, options: { readonly incremental?: boolean } = {}): Sensitivity {
  const { scenario } = summary;
  const reform = scenario.reform;
  const incremental = options.incremental !== false;
  const rows: (SensitivityRow & { fen: bigint })[] = [];
  for (const def of READINGS) {
    if (!def.consequential) continue;
    const inForce = scenario.readings[def.id as ReadingId] ?? DEFAULT_READINGS[def.id as ReadingId];
    for (const option of Object.keys(def.options)) {
      if (option === inForce) continue;
      const switched = new Scenario(scenario.portfolio, { ...reform, readings: { ...reform.readings, [def.id]: option } });
      const changes = switched.changesFrom(scenario);
      checkScenario(switched, incremental ? (i) => switched.affects(i, summary.checkReads[i]!, changes) : undefined);
      let totalFen = 0n;
      let betterOff = 0;
      let worseOff = 0;
      summary.totals.forEach((before, i) => {
        const after = incremental && !switched.affects(i, summary.reads[i]!, changes) ? before : switched.run(i).totalFen;
        totalFen += BigInt(after);
        if (after > before) betterOff++;
        else if (after < before) worseOff++;
      });
      const fen = totalFen - summary.totalFen;
      rows.push({
        reading: def.id, inForce, inForceLabel: readingDef(def.id)!.options[inForce]!, option, label: def.options[option]!,
        total: yuanFromBigFen(totalFen), delta: yuanFromBigFen(fen), betterOff, worseOff, fen,
      });
    }
  }
  return {
    scenario: { id: reform.id, title: reform.title },
    total: yuanFromBigFen(summary.totalFen),
    rows: byMagnitude(rows, (r) => r.fen).map(({ fen: _fen, ...row }) => row),
  };
}

/**
 * The sensitivity view of a scenario over a portfolio: for each consequential reading of register §11 and each
 * option other than the one in force, the change in the portfolio's total if that reading were switched.
 * @throws {@link PolicyInputError} when the scenario or the portfolio is not valid.
 */
export function sensitivity(scenario: Reform, portfolio: unknown, options: { readonly incremental?: boolean } = {}): Sensitivity {
  return sensitivityOf(summarize(new Scenario(preparePortfolio(portfolio), scenario)), options);
}
