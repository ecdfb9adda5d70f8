/**
 * A portfolio: many beneficiaries, each a multi-year input (`{ beneficiary, history?, years }`, as
 * {@link evaluateYears} takes). It is parsed and checked against the input schema once, then evaluated under as
 * many scenarios (reforms) as needed; each evaluation is the engine's own multi-year loop (engine/years.ts, as
 * {@link evaluateYears} runs it; a test holds the two equal).
 *
 * **Incremental evaluation.** While a beneficiary is evaluated, the parameters and readings its evaluation reads
 * are recorded. Evaluation is a pure function of the input and of the values read, so under another scenario a
 * beneficiary none of whose reads changed (and none of whose claims is switched on or off) would run the same
 * steps and give the same lines: its results are reused, with the fields that name the scenario itself (the
 * readings in force, the parameter values listed, the fingerprint) set to the new scenario's. Reads that go
 * through the engine's own caches are covered by always counting the general parameters (dates, validity,
 * budget factor, rounding) as read. A test checks reused runs against full runs for every parameter and every
 * reading of the engine; `incremental: false` forces a full run.
 */
import type { z } from 'zod';
import type { CompiledParameters } from '../../policy/parameterSet.js';
import { PolicyInputError, type InputIssue, inputIssue } from '../../edges/input/errors.js';
import { echo } from '../../edges/input/issues.js';
import { fingerprintOf } from '../../engine/rulesUsed.js';
import { fenFromYuan } from '../../core/money.js';
import { evaluateYearsValidated, MultiYearInput } from '../../engine/years.js';
import { PARAMETERS, READINGS } from '../../policy/catalogue.js';
import type { Readings } from '../../policy/readings.js';
import type { EvaluationResult } from '../../engine/result.js';
import { amountBoundIssue, checkApplication, parseWith, resolveOptions } from '../../edges/input/validate.js';
import { reformOptions, type Reform } from './reform.js';

/** One validated beneficiary of a portfolio. */
export type PortfolioEntry = z.output<typeof MultiYearInput>;

const PREPARED = Symbol('preparedPortfolio');

/** A portfolio parsed and checked once, ready to be evaluated under several scenarios. */
export interface PreparedPortfolio {
  readonly [PREPARED]: true;
  readonly entries: readonly PortfolioEntry[];
}

/** The largest portfolio accepted. */
export const MAX_PORTFOLIO = 200_000;

/** Parameters every evaluation depends on, whether or not a read of them is seen (cached by the engine). */
const ALWAYS_READ = ['art09_7.effectiveDate', 'art09_7.validityYears', 'art09_3.budgetScale', 'rounding'];

const issue = inputIssue;

/** True for a portfolio that {@link preparePortfolio} already checked. */
export function isPrepared(value: unknown): value is PreparedPortfolio {
  return typeof value === 'object' && value !== null && (value as Partial<PreparedPortfolio>)[PREPARED] === true;
}

/**
 * Parses a portfolio: a list of multi-year inputs. Beneficiary ids must be unique (deltas are reported by id).
 * @throws {@link PolicyInputError} listing every problem, each path starting `portfolio[i]`.
 */
export function preparePortfolio(input: unknown): PreparedPortfolio {
  if (isPrepared(input)) return input;
  if (!Array.isArray(input)) {
    throw new PolicyInputError([issue('portfolio', 'invalid', { rule: 'expected', expected: { kind: 'format', format: 'portfolio' }, received: echo(input) })]);
  }
  if (input.length === 0 || input.length > MAX_PORTFOLIO) {
    throw new PolicyInputError([issue('portfolio', 'outOfRange', { rule: 'portfolioSize', min: '1', max: String(MAX_PORTFOLIO), received: echo(input.length) })]);
  }
  const issues: InputIssue[] = [];
  const entries: PortfolioEntry[] = [];
  const ids = new Map<string, number>();
  input.forEach((item, i) => {
    try {
      const entry = parseWith(MultiYearInput, item, `portfolio[${i}]`);
      const first = ids.get(entry.beneficiary.id);
      if (first !== undefined) {
        issues.push(issue(`portfolio[${i}].beneficiary.id`, 'duplicate', { rule: 'beneficiaryId', received: echo(entry.beneficiary.id), first: `portfolio[${first}]` }));
      } else {
        ids.set(entry.beneficiary.id, i);
      }
      entries.push(entry);
    } catch (e) {
      if (!(e instanceof PolicyInputError)) throw e;
      issues.push(...e.issues.map((x) => (x.path.startsWith('portfolio[') ? x : { ...x, path: `portfolio[${i}].${x.path}` })));
    }
  });
  if (issues.length > 0) throw new PolicyInputError(issues);
  return Object.freeze({ [PREPARED]: true as const, entries: Object.freeze(entries) });
}

/**
 * What one beneficiary's evaluation read: a flag per parameter and per reading (see {@link readIds}). Listing the
 * keys is not a read: every scenario has the same keys (every parameter, every reading); every value read goes
 * through a getter or an accessor method, which records it.
 */
export interface Reads {
  readonly flags: Uint8Array;
}

/** One beneficiary's results under a scenario: one result per year of its input, and the total. */
export interface BeneficiaryRun {
  readonly years: readonly EvaluationResult[];
  /** Σ of the years' totals, in fen. */
  readonly totalFen: number;
  readonly reads: Reads;
}

/** A claim a reform took out of the input because its line is switched off. */
export interface RemovedClaim {
  readonly claimId: string;
  readonly clause: string;
  readonly subjectId: string;
}

/** A whole portfolio evaluated under one scenario. */
export interface PortfolioRun {
  readonly portfolio: PreparedPortfolio;
  readonly reform: Reform;
  readonly runs: readonly BeneficiaryRun[];
  /** By beneficiary index, then year index: the claims of switched-off lines taken out. */
  readonly switchedOff: ReadonlyMap<number, ReadonlyMap<number, readonly RemovedClaim[]>>;
  /** Σ of the beneficiaries' totals, in fen (a bigint: a portfolio is many inputs, each within the engine's bound). */
  readonly totalFen: bigint;
  /** How many beneficiaries were evaluated (the others' results were reused from an earlier run). */
  readonly evaluated: number;
  /** Every parameter value and reading in force. */
  readonly values: Readonly<Record<string, string | null>>;
  readonly readings: Readings;
}

/** Options of {@link evaluatePortfolio}. */
export interface PortfolioOptions {
  /** A run of the same portfolio under another scenario whose unaffected results may be reused. */
  readonly from?: PortfolioRun;
  /** `false` evaluates every beneficiary even when `from` is given. */
  readonly incremental?: boolean;
}

/**
 * Every id a read can name, each with an index: the parameters, then the readings. A beneficiary's reads are a
 * byte per index (1 = read), which costs the engine one store per read.
 */
const PARAM_IDS: readonly string[] = PARAMETERS.map((d) => d.id);
const READING_IDS: readonly string[] = READINGS.map((d) => d.id);
const INDEX = new Map<string, number>([...PARAM_IDS.map((id, i) => [`p:${id}`, i] as const), ...READING_IDS.map((id, i) => [`r:${id}`, PARAM_IDS.length + i] as const)]);
const WIDTH = PARAM_IDS.length + READING_IDS.length;
const ALWAYS = new Uint8Array(WIDTH);
for (const id of ALWAYS_READ) ALWAYS[INDEX.get(`p:${id}`)!] = 1;

/**
 * Where a scenario's tracked parameters and readings record what an evaluation reads: the flags of the beneficiary
 * being evaluated, or null outside an evaluation. Each scenario has its own (no state shared between scenarios).
 */
interface Recorder {
  flags: Uint8Array | null;
}

/**
 * A fresh set of read flags. An evaluation starts with the parameters it always depends on already set (the
 * engine reads some of them through caches); the checks of an input start empty (they read through no cache).
 */
const newFlags = (always: boolean): Uint8Array => (always ? ALWAYS.slice() : new Uint8Array(WIDTH));

/** The ids a set of read flags records (for tests and diagnostics). */
export function readIds(reads: Reads): { params: string[]; readings: string[] } {
  return {
    params: PARAM_IDS.filter((_, i) => reads.flags[i] === 1),
    readings: READING_IDS.filter((_, i) => reads.flags[PARAM_IDS.length + i] === 1),
  };
}

/**
 * A frozen copy of a record whose properties are getters recording each read (accessors are much cheaper for
 * the engine than a Proxy, and `JSON.stringify`, spreading and `Object.isFrozen` behave as on the original).
 */
function recording<T extends Readonly<Record<string, unknown>>>(inner: T, kind: 'p' | 'r', recorder: Recorder): T {
  const out = {} as Record<string, unknown>;
  for (const key of Object.keys(inner)) {
    const value = inner[key];
    const at = INDEX.get(`${kind}:${key}`);
    Object.defineProperty(out, key, {
      enumerable: true,
      get: at === undefined
        ? () => value
        : () => {
            if (recorder.flags !== null) recorder.flags[at] = 1;
            return value;
          },
    });
  }
  return Object.freeze(out) as T;
}

/** The parameters as the engine sees them, with every read recorded. */
function trackedParams(inner: CompiledParameters, recorder: Recorder): CompiledParameters {
  const read = <I extends string, T>(id: I, f: (id: I) => T): T => {
    if (recorder.flags !== null) {
      const at = INDEX.get(`p:${id}`);
      if (at !== undefined) recorder.flags[at] = 1;
    }
    return f(id);
  };
  const tracked: CompiledParameters = {
    values: recording(inner.values, 'p', recorder),
    version: inner.version,
    // A portfolio is evaluated under one set of values (a reform, not a dated version): every date has this one.
    inForce: (date) => (inner.inForce(date) === inner ? tracked : trackedParams(inner.inForce(date), recorder)),
    fen: (id) => read(id, inner.fen),
    rate: ((id: string) => read(id, inner.rate as (id: string) => unknown)) as CompiledParameters['rate'],
    big: (id) => read(id, inner.big),
    int: (id) => read(id, inner.int),
    date: (id) => read(id, inner.date),
    comparison: (id) => read(id, inner.comparison),
    get rounding() {
      return read('rounding', () => inner.rounding);
    },
    get window() {
      read('art09_7.validityYears', () => 0);
      return read('art09_7.effectiveDate', () => inner.window);
    },
  };
  return tracked;
}

/** The readings as the engine sees them, with every read recorded. */
function trackedReadings(inner: Readings, recorder: Recorder): Readings {
  return recording(inner, 'r', recorder);
}

function checkYears(entry: PortfolioEntry, years: PortfolioEntry['years'], i: number, params: CompiledParameters, issues: InputIssue[]): void {
  let previous = -Infinity;
  years.forEach((year, k) => {
    if (year.awardYear < previous) {
      issues.push(issue(`portfolio[${i}].years[${k}].awardYear`, 'contradiction', { rule: 'yearsOutOfOrder', received: echo(year.awardYear), against: String(previous) }));
    }
    previous = year.awardYear;
    try {
      checkApplication({ ...year, beneficiary: entry.beneficiary, history: entry.history }, params, false);
    } catch (e) {
      if (!(e instanceof PolicyInputError)) throw e;
      for (const x of e.issues) {
        const local = x.path.startsWith('beneficiary') || x.path.startsWith('history') ? x.path : `years[${k}].${x.path}`;
        issues.push({ ...x, path: `portfolio[${i}].${local}` });
      }
    }
  });
  const over = amountBoundIssue(entry);
  if (over) issues.push({ ...over, path: `portfolio[${i}].${over.path}` });
}

/** Ids whose values differ between two records. */
function changedKeys(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>): Set<string> {
  const out = new Set<string>();
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) if (a[k] !== b[k]) out.add(k);
  return out;
}

/**
 * One scenario over a prepared portfolio: the reform's compiled parameters and readings (plain, and wrapped to
 * record reads), and the input of each beneficiary with the switched-off lines' claims taken out.
 * @internal (used by compare.ts)
 */
export class Scenario {
  readonly reform: Reform;
  readonly portfolio: PreparedPortfolio;
  readonly values: Readonly<Record<string, string | null>>;
  readonly readings: Readings;
  private readonly tracked: CompiledParameters;
  private readonly trackedReadings: Readings;
  /** Where this scenario's evaluations record their reads. */
  private readonly recorder: Recorder = { flags: null };
  private readonly fingerprint: EvaluationResult['fingerprint'];
  private readonly off: ReadonlySet<string>;

  /** @throws {@link PolicyInputError} when the reform's values are not valid. */
  constructor(portfolio: PreparedPortfolio, reform: Reform) {
    const { params, readings } = resolveOptions(reformOptions(reform));
    this.reform = reform;
    this.portfolio = portfolio;
    this.values = params.values;
    this.readings = readings;
    this.tracked = trackedParams(params, this.recorder);
    this.trackedReadings = trackedReadings(readings, this.recorder);
    this.fingerprint = fingerprintOf(params, readings);
    // Fill the engine's fingerprint cache for the tracked objects now, so that no beneficiary is charged its reads.
    fingerprintOf(this.tracked, this.trackedReadings);
    this.off = new Set(reform.disabledLines);
  }

  /** Beneficiary `i`'s years under this scenario, and the claims of switched-off lines taken out, by year index. */
  yearsOf(i: number): { years: PortfolioEntry['years']; removed: Map<number, RemovedClaim[]> | null } {
    const entry = this.portfolio.entries[i]!;
    if (this.off.size === 0) return { years: entry.years, removed: null };
    let removed: Map<number, RemovedClaim[]> | null = null;
    const years = entry.years.map((year, k) => {
      const out: RemovedClaim[] = [];
      for (const c of year.claims) if (this.off.has(c.clause)) out.push({ claimId: c.id, clause: c.clause, subjectId: c.subjectId });
      if (out.length === 0) return year;
      (removed ??= new Map()).set(k, out);
      return { ...year, claims: year.claims.filter((c) => !this.off.has(c.clause)) };
    });
    return { years: removed === null ? entry.years : years, removed };
  }

  /** Checks beneficiary `i`'s years under this scenario; returns what the checks read. */
  check(i: number, issues: InputIssue[]): Reads {
    const flags = newFlags(false);
    this.recorder.flags = flags;
    try {
      checkYears(this.portfolio.entries[i]!, this.yearsOf(i).years, i, this.tracked, issues);
    } finally {
      this.recorder.flags = null;
    }
    return { flags };
  }

  /** Evaluates beneficiary `i` (already checked), recording what the evaluation reads. */
  run(i: number): BeneficiaryRun {
    const entry = this.portfolio.entries[i]!;
    const years = this.yearsOf(i).years;
    const flags = newFlags(true);
    this.recorder.flags = flags;
    try {
      // The engine's own multi-year loop (engine/years.ts), with the parameters and readings that record reads.
      const run = evaluateYearsValidated(
        { beneficiary: entry.beneficiary, ...(entry.history === undefined ? {} : { history: entry.history }), years },
        this.tracked, this.trackedReadings,
      );
      const results: EvaluationResult[] = run.years.map((result) => ({ ...result, readings: this.readings }));
      return { years: results, totalFen: fenFromYuan(run.total), reads: { flags } };
    } finally {
      this.recorder.flags = null;
    }
  }

  /** Another scenario's run of a beneficiary this scenario does not affect, with this scenario's own fields. */
  adopt(run: BeneficiaryRun): BeneficiaryRun {
    return {
      ...run,
      years: run.years.map((y) => ({
        ...y,
        readings: this.readings,
        parameters: Object.fromEntries(Object.keys(y.parameters).map((k) => [k, this.values[k] ?? null])),
        fingerprint: this.fingerprint,
      })),
    };
  }

  /** What differs from another scenario: parameter ids, reading ids, and lines switched on or off. */
  changesFrom(other: Scenario): Changes {
    const lines = new Set<string>(this.off);
    for (const c of other.reform.disabledLines) {
      if (lines.has(c)) lines.delete(c);
      else lines.add(c);
    }
    const params = changedKeys(other.values, this.values);
    const readings = changedKeys(other.readings, this.readings);
    const at = [...[...params].map((id) => INDEX.get(`p:${id}`)), ...[...readings].map((id) => INDEX.get(`r:${id}`))];
    if (at.includes(undefined)) throw new Error('a changed id has no read flag');
    return { params, readings, lines, at: at as number[] };
  }

  /**
   * Whether beneficiary `i`, which read `reads` under another scenario, must be evaluated again under this one:
   * a value it read changed, or one of its claims is of a line switched on or off.
   */
  affects(i: number, reads: Reads, changes: Changes): boolean {
    for (const at of changes.at) if (reads.flags[at] === 1) return true;
    if (changes.lines.size > 0) {
      for (const year of this.portfolio.entries[i]!.years) for (const c of year.claims) if (changes.lines.has(c.clause)) return true;
    }
    return false;
  }
}

/** What differs between two scenarios. */
export interface Changes {
  readonly params: ReadonlySet<string>;
  readonly readings: ReadonlySet<string>;
  readonly lines: ReadonlySet<string>;
  /** The read-flag indices of the changed parameters and readings. */
  readonly at: readonly number[];
}

/**
 * Checks every beneficiary under a scenario (never evaluating anything when one fails).
 * @param only the beneficiaries to check (default all); the others' checks read nothing that changed since an
 *   earlier scenario checked them, so they would pass again
 * @throws {@link PolicyInputError} listing every problem.
 */
export function checkScenario(scenario: Scenario, only?: (i: number) => boolean): Reads[] {
  const issues: InputIssue[] = [];
  const reads: Reads[] = [];
  scenario.portfolio.entries.forEach((_, i) => {
    if (only === undefined || only(i)) reads[i] = scenario.check(i, issues);
  });
  if (issues.length > 0) throw new PolicyInputError(issues);
  return reads;
}

/**
 * Evaluates every beneficiary of a portfolio under a reform: its parameters and readings, and with the claims of
 * its switched-off lines taken out of the input (a switched-off line is not applied for, so it takes no part in
 * 就高不重复, 九(四) or 九(三), and the next years' history does not contain it).
 * @throws {@link PolicyInputError} when the reform's values are not valid, or a year is not valid under the
 * reform (e.g. an award year before a moved effective date); every problem is listed, nothing is evaluated.
 */
export function evaluatePortfolio(portfolio: unknown, reform: Reform, options: PortfolioOptions = {}): PortfolioRun {
  const prepared = preparePortfolio(portfolio);
  const scenario = new Scenario(prepared, reform);
  const from = options.from !== undefined && options.incremental !== false && options.from.portfolio === prepared ? options.from : undefined;
  const changes = from ? scenario.changesFrom(new Scenario(prepared, from.reform)) : undefined;
  const reuse = (i: number): boolean => from !== undefined && !scenario.affects(i, from.runs[i]!.reads, changes!);
  checkScenario(scenario, (i) => !reuse(i));
  const switchedOff = new Map<number, ReadonlyMap<number, readonly RemovedClaim[]>>();
  const runs: BeneficiaryRun[] = [];
  let totalFen = 0n;
  let evaluated = 0;
  prepared.entries.forEach((_, i) => {
    const removed = scenario.yearsOf(i).removed;
    if (removed) switchedOff.set(i, removed);
    let run: BeneficiaryRun;
    if (reuse(i)) {
      run = scenario.adopt(from!.runs[i]!);
    } else {
      run = scenario.run(i);
      evaluated++;
    }
    runs.push(run);
    totalFen += BigInt(run.totalFen);
  });
  return { portfolio: prepared, reform, runs, switchedOff, totalFen, evaluated, values: scenario.values, readings: scenario.readings };
}
