/**
 * What every clause test shares (STYLE "Tests read like the policy"): the money fields of a line, the generated
 * negative case for each condition, the R6 rows for the units that are not enterprises, the edges of the 九(七)
 * window, and the cases written to kill surviving mutants of the clause bodies (explanation data, history filters,
 * one-time awards). A clause test states its own table and calls these inside its own `describe`, so each file still
 * reads top to bottom as the clause's cases.
 */
import { expect, it } from 'vitest';
import type { EvaluateOptions, LineResult } from '../../src/index.js';
import { application, beneficiary, bigProject, claim, evaluate, lineOf, one, type Json } from '../helpers.js';

export type { Json };

/** The four money fields of a line and its status, for `toEqual` against {@link paid} or a literal. */
export const money = (l: LineResult) => ({ status: l.status, gross: l.gross, entitlement: l.entitlement, net: l.net });

/** A line paid `amount` in full: gross, entitlement and net all equal. */
export const paid = (amount: string) => ({ status: 'paid', gross: amount, entitlement: amount, net: amount });

/** A line cut from `gross` to `net` (entitlement = net). */
export const reduced = (gross: string, net: string) => ({ status: 'reduced', gross, entitlement: net, net });

/** What a `toMatchObject` row expects of a line. */
export type Want = { status: string; gross?: string; entitlement?: string; net: string };

/** 九(七) with the default effective date 2025-07-01 and three years. */
export const DEFAULT_WINDOW = { start: '2025-07-01', end: '2028-06-30' } as const;

/** An application override whose beneficiary has the given legal form (R6). */
export const as = (legalForm: string): Json => ({ beneficiary: beneficiary({ legalForm }) });

/** The helper's beneficiary with a 九(三) contribution for 2024 too (an award year 2025 reads 2024's). */
export const withContribution2024 = beneficiary({
  districtContribution: Object.fromEntries(['2024', '2025', '2026', '2027', '2028'].map((y) => [y, '999999999.00'])),
});

/** Evaluates some claims in an application with `app` overrides (no projects unless given). */
export const run = (claims: Json[], app: Json = {}, options?: EvaluateOptions) => evaluate(application(claims, app), options);

/** The in-scope legal forms that are not enterprises (R6: a 「企业」 line does not pay them). */
export const NOT_ENTERPRISES = ['publicInstitution', 'socialOrganization', 'privateNonEnterpriseUnit'] as const;

/** One row of a negative table: the claim fields and the application fields that make one condition fail. */
export type Negative = { claim?: Json; app?: Json };

/** How a clause's negative table is evaluated, when the defaults (its base claim, {@link one}) do not fit. */
export interface NegativeHow<T> {
  /** Options for the base line and every row (e.g. a ratio the clause needs). */
  options?: EvaluateOptions;
  /** Builds the claim from a row's claim fields (default: `claim(id, fields)`). */
  build?: (fields?: Json) => Json;
  /** The base line whose conditions the table must cover. */
  base?: () => LineResult;
  /** The line of one row. */
  line?: (row: T) => LineResult;
  /** Conditions the table leaves to another test of the same file (e.g. `enterprise`, tested per legal form). */
  elsewhere?: readonly string[];
  /** Appended to each row's test name: the register decision the row relies on. */
  why?: string;
}

/**
 * The generated negative case for each condition: one test that the table names exactly the conditions the base
 * line reports (plus `elsewhere`), and one per row that failing that condition alone makes the line ineligible,
 * names the condition in `failed` and in a `conditions` reason, and leaves no money (a line that never became
 * payable has no gross, engine/result.ts).
 */
export function negativeCases<T = Negative>(id: string, table: Readonly<Record<string, T>>, how: NegativeHow<T> = {}): void {
  const build = how.build ?? ((fields?: Json) => claim(id, fields));
  const base = how.base ?? (() => one(build(), {}, how.options));
  const line = how.line ?? ((row: T) => one(build((row as Negative).claim), (row as Negative).app, how.options));
  it('the negative table covers every condition the clause reports', () => {
    expect(base().conditions.map((c) => c.id).sort()).toEqual([...(how.elsewhere ?? []), ...Object.keys(table)].sort());
  });
  it.each(Object.entries(table))(`%s fails → ineligible${how.why ? ` (${how.why})` : ''}`, (condition, row) => {
    const l = line(row);
    expect(l).toMatchObject({ status: 'ineligible', failed: [condition], gross: '0.00', entitlement: '0.00', net: '0.00' });
    expect(l.reasons).toContainEqual({ code: 'conditions', rule: id, failed: [condition] });
  });
}

/**
 * R6 for a 「企业」 line: each in-scope unit that is not an enterprise fails `enterprise` (and only it) and is paid
 * nothing. `title` has a `%s` for the legal form.
 */
export function enterprisesOnly(title: string, line: (app: Json) => LineResult): void {
  it.each(NOT_ENTERPRISES)(title, (legalForm) => {
    const l = line(as(legalForm));
    expect(l).toMatchObject({ status: 'ineligible', failed: ['enterprise'], net: '0.00' });
  });
}

/** R6 for a line that pays any unit: each in-scope unit that is not an enterprise gets the money of `want`. */
export function anyUnit(title: string, line: (app: Json) => LineResult, want: { status: string; gross: string; entitlement: string; net: string }): void {
  it.each(NOT_ENTERPRISES)(title, (legalForm) => {
    expect(money(line(as(legalForm)))).toEqual(want);
  });
}

/**
 * The edges of 九(七) on a clause's qualifying date, the same five rows for every dated clause: the day before the
 * window, its first day, its last day (approved in the window and, A9.7.5, after it ends), and the day after.
 */
export const WINDOW_EDGES: readonly (readonly [date: string, awardYear: number, status: 'paid' | 'ineligible'])[] = [
  ['2025-06-30', 2026, 'ineligible'],
  ['2025-07-01', 2026, 'paid'],
  ['2028-06-30', 2028, 'paid'],
  // A9.7.5: a fact inside the window, approved after it ends, is still eligible
  ['2028-06-30', 2029, 'paid'],
  ['2028-07-01', 2028, 'ineligible'],
];

/**
 * One test per {@link WINDOW_EDGES} row: the claim `at(date)`, approved on 1 December of the award year, is paid
 * `net` inside the window, and outside it is ineligible with a `window` reason naming the date, and paid nothing.
 * `verb` names the date (`'held'` → "held on 2025-06-30 (award year 2026) → ineligible").
 */
export function windowEdges(verb: string, at: (date: string) => Json, net: string): void {
  it.each(WINDOW_EDGES)(`${verb} on %s (award year %i) → %s`, (date, year, status) => {
    const line = one(at(date), { awardYear: year, approvalDate: `${year}-12-01` });
    expect(line.status).toBe(status);
    if (status === 'ineligible') expect(line.reasons).toContainEqual({ code: 'window', rule: 'art09_7', date, ...DEFAULT_WINDOW });
    expect(line.net).toBe(status === 'paid' ? net : '0.00');
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Cases written to kill surviving mutants of the clause bodies (`npm run mutation`), shared by the clause tests.

/** What the base claim's line explains (STYLE "Results explain themselves"), worked by hand in each clause test. */
export type ExplanationWant = {
  basis: Record<string, unknown>;
  /** The qualifying date of 九(七), or null for a line without one. */
  q: string | null;
  tier?: string;
  superiorFunded?: boolean;
  /** The 九(四) project of the line: its subject `S` by default (D1); null for lines that fund no project. */
  project?: 'S' | null;
  conditions: string[];
  net: string;
};

/**
 * The explanation data of the base claim of clause `id` (test/helpers.ts): the basis, the qualifying date, the tier
 * kept for 晋级补差, the project of 九(四), whether higher-level money shows, and the named conditions are exactly the
 * ones the formula read.
 */
export function explanationData(id: string, want: ExplanationWant, options?: EvaluateOptions): void {
  it(`${id}: the basis, date, tier, project and conditions of the base claim`, () => {
    const l = one(claim(id), {}, options);
    expect(l.status).toBe('paid');
    expect(l.net).toBe(want.net);
    expect(l.gross).toBe(want.net);
    expect(l.basis).toStrictEqual(want.basis);
    expect(l.qualifyingDate).toBe(want.q);
    expect(l.tier).toBe(want.tier ?? null);
    expect(l.projectId).toBe(want.project === undefined ? 'S' : want.project);
    expect(l.superiorFunded).toBe(want.superiorFunded ?? false);
    expect(l.conditions.map((c) => c.id)).toStrictEqual(want.conditions);
    expect(l.conditions.every((c) => c.met)).toBe(true);
    expect(l.failed).toStrictEqual([]);
  });
}

/**
 * An earlier line of another clause (`art02_2` unless said), for the same subject `S`, in award year 2026, with a
 * tier if given: had a history filter lost its clause test, its 90,000,000.00 would eat the whole cap or make the
 * award "already given".
 */
export const decoy = (tier?: string, clause = 'art02_2'): Json => ({
  clause, subjectId: 'S', awardYear: 2026, entitlement: '90000000.00', paid: '90000000.00',
  ...(tier === undefined ? {} : { tier }),
});

/**
 * The cap history of clause claim `c` ignores a {@link decoy} of another clause: the base claim is paid `amount`
 * alone and with the decoy, with no adjustment. `label` names the cap and the reading it is under.
 */
export function ignoresOtherClauses(label: string, c: Json, amount: string, how: { options?: EvaluateOptions; tier?: string; decoyClause?: string } = {}): void {
  it(`${label}: a paid line of another clause (decoy) does not count`, () => {
    expect(money(one(c, {}, how.options))).toStrictEqual(paid(amount));
    const withDecoy = one(c, { history: [decoy(how.tier, how.decoyClause)] }, how.options);
    expect(money(withDecoy)).toStrictEqual(paid(amount));
    expect(withDecoy.adjustments).toStrictEqual([]);
  });
}

/**
 * A one-time award: an earlier line of the same clause and subject entitled to 0.00 was not an award
 * (`h.entitlement > 0`; `≥ 0` or `true` would make the award "already given" → zero). The base claim is paid `amount`.
 */
export function zeroLineIsNoAward(id: string, amount: string, label = id): void {
  it(`${label}: an earlier line entitled to nothing was not an award`, () => {
    const zeroLine = { clause: id, subjectId: 'S', awardYear: 2025, entitlement: '0.00', paid: '0.00' };
    const l = one(claim(id), { history: [zeroLine] });
    expect(money(l)).toStrictEqual(paid(amount));
    expect(l.adjustments).toStrictEqual([]);
  });
}

/**
 * Two claims of `clause`, for subjects S1 and S2, in one batch (each its own project with a large audited
 * investment): the money of both lines, to show a per-subject key keeps them apart.
 */
export function twoSubjects(clause: string, options?: EvaluateOptions) {
  const app = application(
    [claim(clause, { id: 'c1', subjectId: 'S1' }), claim(clause, { id: 'c2', subjectId: 'S2' })],
    { projects: [bigProject('S1'), bigProject('S2')] },
  );
  const r = evaluate(app, options);
  return [money(lineOf(r, 'c1')), money(lineOf(r, 'c2'))];
}
