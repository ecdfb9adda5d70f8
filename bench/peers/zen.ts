/**
 * Peer 1: the five-line workload as a GoRules ZEN decision graph (`@gorules/zen-engine`, pinned 0.54.0, a Rust
 * engine with a native Node binding), evaluated in loop mode over batches of applications: one `evaluate` call
 * takes `{ apps: [...] }` (the applications exactly as the engine receives them) and returns every application's
 * nets.
 *
 * The graph, left to right:
 *   request → facts (expression node, loop over `apps`: per application, its claims as rows with the
 *   application facts they need, its paid titles, the sums over its history in fen)
 *   → rows (expression node: the rows of the whole batch, flattened)
 *   → award (decision table, loop over the claim rows, first hit: the conditions of 二(二), 四(一), 五(二) (one rule
 *   per title) and 八(三), and each line's gross amount after its own cap)
 *   → paidTier (decision table, loop over the paid titles: the amount of each title already awarded, D6)
 *   → settle (function node: the cross-claim rules of bench/peers/settle.ts, which ZEN's expressions cannot
 *   state: no sorting, no order on strings; run by ZEN's embedded QuickJS) → response.
 *
 * Money is in fen throughout (ZEN's numbers are decimals, so `number('123.45') * 100` is exact); dates are compared
 * with `date()`. Parameters are literals in the tables, as a ZEN user would write them.
 */
import { ZenEngine, type ZenDecision } from '@gorules/zen-engine';
import { settleRules, type Settled } from './settle.js';

type Json = Record<string, any>;

const WINDOW = "[date('2025-07-01')..date('2028-06-30')]";
/** A cell: the column's date (seconds) is in the policy's window; null (no date) fails. */
const IN_WINDOW = `$ != null and $ in ${WINDOW}`;
/** A column holding a date field of the claim as seconds, or null when the claim has no such field. */
const dateOf = (field: string) => `${field} == null ? null : date(${field})`;
/** Paid less refunded, in fen, of the history entry `#`. */
const PAID = "number(#.paid) * 100 - (#.refunded == null ? 0 : number(#.refunded) * 100)";
const HISTORY = '(history ?? [])';
const BASE = 'string(awardYear - 1)';

const TIERS: readonly [string, number][] = [
  ['nationalDemoFactory', 300000000], ['nationalExcellentScenario', 100000000], ['provincialBenchmark', 100000000],
  ['provincialSmartFactory', 50000000], ['provincialSmartWorkshop', 30000000],
];

const facts = {
  id: 'facts', name: 'facts', type: 'expressionNode',
  content: {
    inputField: 'apps', outputPath: 'facts', executionMode: 'loop', passThrough: false,
    expressions: [
      { id: 'f1', key: 'n', value: 'len(claims)' },
      {
        id: 'f2', key: 'rows', value: `map(claims, {
          clause: #.clause, subjectId: #.subjectId, id: #.id, claim: #,
          enterprise: beneficiary.legalForm == 'enterprise',
          revenueFen: #.dataServiceRevenue[${BASE}] == null ? null : number(#.dataServiceRevenue[${BASE}]) * 100,
          revenueYearEnd: date(${BASE} + '-12-31'),
          prior0222Fen: sum(map(filter(${HISTORY}, #.clause == 'art02_2' and #.awardYear == awardYear), ${PAID}))
        })`,
      },
      { id: 'f3', key: 'titles', value: `map(filter(${HISTORY}, #.clause == 'art05_2'), { title: #.tier, entitled: #.entitlement != null and number(#.entitlement) > 0 })` },
      { id: 'f4', key: 'rndInstitution', value: 'beneficiary.rndInstitution == true' },
      { id: 'f5', key: 'contributionFen', value: `beneficiary.districtContribution[${BASE}] == null ? null : number(beneficiary.districtContribution[${BASE}]) * 100` },
      { id: 'f6', key: 'earlierFen', value: `sum(map(filter(${HISTORY}, #.awardYear == awardYear), ${PAID}))` },
      { id: 'f7', key: 'prior52Fen', value: `sum(map(filter(${HISTORY}, #.clause == 'art05_2'), ${PAID}))` },
      { id: 'f8', key: 'eventsPaid', value: `map(filter(${HISTORY}, #.clause == 'art08_3'), { subjectId: #.subjectId, fen: ${PAID} })` },
    ],
  },
};

const rows = {
  id: 'rows', name: 'rows', type: 'expressionNode',
  content: {
    passThrough: false,
    expressions: [
      { id: 'r1', key: 'claimRows', value: 'flatten(map(facts, #.rows))' },
      { id: 'r2', key: 'titleRows', value: 'flatten(map(facts, #.titles))' },
      {
        id: 'r3', key: 'apps',
        value: 'map(facts, { n: #.n, nt: len(#.titles), rndInstitution: #.rndInstitution, contributionFen: #.contributionFen, earlierFen: #.earlierFen, prior52Fen: #.prior52Fen, eventsPaid: #.eventsPaid })',
      },
    ],
  },
};

/** The decision table of the four lines: columns are facts, rules are the lines' conditions, first hit. */
const columns: readonly [string, string][] = [
  ['clause', 'clause'], ['enterprise', 'enterprise'], ['recognized', 'claim.recognized'], ['revenueFen', 'revenueFen'],
  ['revenueYearEnd', 'revenueYearEnd'], ['deployedParams', 'claim.deployedParams'], ['selfDeveloped', 'claim.selfDeveloped'],
  ['deployedInDistrict', 'claim.deployedInDistrict'], ['thirdPartyEvaluated', 'claim.thirdPartyEvaluated'],
  ['domesticLeading', 'claim.domesticLeading'], ['leadDeveloper', 'claim.leadDeveloper'], ['evaluatedOn', dateOf('claim.evaluatedOn')],
  ['title', 'claim.titles[0].title'], ['announcedOn', dateOf('claim.titles[0].announcedOn')], ['eventLevel', 'claim.eventLevel'],
  ['heldInDistrict', 'claim.heldInDistrict'], ['hostRole', 'claim.hostRole'],
  ['filedBeforeHeld', 'claim.filedAndApprovedOn != null and claim.heldOn != null and date(claim.filedAndApprovedOn) <= date(claim.heldOn)'],
  ['heldOn', dateOf('claim.heldOn')],
];
/** A rule: a cell per column it constrains, and its outputs: the line's gross (before any cap) and amount (after its own cap). */
type Rule = Partial<Record<string, string>> & { gross: string; amount: string; open: string; sharedCap?: string };
const awardRules: Rule[] = [
  {
    clause: "'art02_2'", enterprise: 'true', recognized: 'true', revenueFen: '$ != null and $ >= 300000000', revenueYearEnd: IN_WINDOW,
    gross: 'floor(revenueFen / 10)', amount: 'min([floor(revenueFen / 10), max([0, 100000000 - prior0222Fen])])', open: 'true',
  },
  {
    clause: "'art04_1'", deployedParams: '$ != null and number($) > 100000000000', selfDeveloped: 'true', deployedInDistrict: 'true',
    thirdPartyEvaluated: 'true', domesticLeading: 'true', recognized: 'true', leadDeveloper: 'true', evaluatedOn: IN_WINDOW,
    gross: 'floor(number(claim.constructionCost) * 100 * 3 / 10)', amount: 'min([floor(number(claim.constructionCost) * 100 * 3 / 10), 1000000000])',
    open: 'true',
  },
  ...TIERS.map(([title, fen]): Rule => ({ clause: "'art05_2'", enterprise: 'true', title: `'${title}'`, announcedOn: IN_WINDOW, gross: String(fen), amount: String(fen), open: 'true' })),
  {
    clause: "'art08_3'", eventLevel: "'national', 'provincial'", heldInDistrict: 'true', hostRole: "'host'", filedBeforeHeld: 'true', heldOn: IN_WINDOW,
    gross: 'floor(number(claim.costBorneByHost) * 100 / 2)', amount: 'min([floor(number(claim.costBorneByHost) * 100 / 2), 150000000])', open: 'true',
    sharedCap: '150000000',
  },
  { gross: '0', amount: '0', open: 'false' },
];
const award = {
  id: 'award', name: 'award', type: 'decisionTableNode',
  content: {
    hitPolicy: 'first', inputField: 'claimRows', outputPath: 'award', executionMode: 'loop', passThrough: true,
    inputs: columns.map(([id, field]) => ({ id, name: id, field })),
    outputs: ['gross', 'amount', 'open', 'sharedCap'].map((f) => ({ id: f, name: f, field: f })),
    // Every rule names every column: ZEN skips a rule with a missing cell ('' means any value).
    rules: awardRules.map((r, k) => ({ _id: `a${k}`, ...Object.fromEntries(columns.map(([id]) => [id, ''])), sharedCap: 'null', ...r })),
  },
};
const paidTier = {
  id: 'paidTier', name: 'paidTier', type: 'decisionTableNode',
  content: {
    hitPolicy: 'first', inputField: 'titleRows', outputPath: 'paidTier', executionMode: 'loop', passThrough: true,
    inputs: [{ id: 'title', name: 'title', field: 'title' }, { id: 'entitled', name: 'entitled', field: 'entitled' }],
    outputs: [{ id: 'fen', name: 'fen', field: 'fen' }],
    rules: [...TIERS.map(([title, fen], k) => ({ _id: `t${k}`, title: `'${title}'`, entitled: 'true', fen: String(fen) })), { _id: 'none', title: '', entitled: '', fen: '0' }],
  },
};

/**
 * The function node's source: walks the batch application by application and settles each with the function that
 * the source text of `settleRules` (bench/peers/settle.ts) makes. `__name` stands in for the helper esbuild adds
 * when it keeps function names (tsx does): that text may call it, and QuickJS has no such global.
 */
const settleSource = `const __name = (target) => target;
const settle = (${settleRules.toString()})();
export const handler = async (input) => {
  const { apps, claimRows, award, paidTier } = input;
  const results = new Array(apps.length);
  let r = 0;
  let t = 0;
  for (let a = 0; a < apps.length; a++) {
    const f = apps[a];
    const lines = new Array(f.n);
    for (let k = 0; k < f.n; k++, r++) {
      const row = claimRows[r];
      const w = award[r];
      lines[k] = { clause: row.clause, subjectId: row.subjectId, id: row.id, claim: row.claim, gross: w.gross, amount: w.amount, open: w.open, sharedCap: w.sharedCap };
    }
    let awarded52Fen = 0;
    for (let k = 0; k < f.nt; k++, t++) awarded52Fen = Math.max(awarded52Fen, paidTier[t].fen);
    results[a] = settle(lines, { rndInstitution: f.rndInstitution, contributionFen: f.contributionFen, earlierFen: f.earlierFen,
      prior52Fen: f.prior52Fen, awarded52Fen, eventsPaid: f.eventsPaid });
  }
  return { results };
};`;
const settleNode = { id: 'settle', name: 'settle', type: 'functionNode', content: { source: settleSource } };

/** The JSON Decision Model of the graph (what the GoRules editor would save). */
export const ZEN_GRAPH = {
  nodes: [
    { id: 'request', name: 'request', type: 'inputNode' }, facts, rows, award, paidTier, settleNode,
    { id: 'response', name: 'response', type: 'outputNode' },
  ],
  edges: [['request', 'facts'], ['facts', 'rows'], ['rows', 'award'], ['award', 'paidTier'], ['paidTier', 'settle'], ['settle', 'response']]
    .map(([sourceId, targetId]) => ({ id: `${sourceId}-${targetId}`, sourceId, targetId })),
};

/** What the printed bench says about this peer. */
export const ZEN_NOTE = 'GoRules ZEN: conditions and per-line amounts in two decision tables, application facts and history sums in '
  + 'expression nodes, evaluate in loop mode over batches; the cross-claim rules (一次性, 补差 with D8 ties by content, 八(三) per-event '
  + 'cap, 九(三), R7 pro rata with leftover fen in order) in one function node (JavaScript in ZEN\'s QuickJS): ZEN\'s expressions have no '
  + 'sorting and no order on strings.';

/** A compiled graph and its engine; `dispose()` frees the native engine. */
export interface ZenPeer {
  /** Nets of every application of one batch: one `evaluate` call, the graph looping over the applications. */
  batch(apps: readonly Json[]): Promise<Settled[]>;
  /** Nets of every application of `apps`, in batches of `size` applications. */
  run(apps: readonly Json[], size: number): Promise<Settled[]>;
  dispose(): void;
}

/** Compiles the graph once. */
export function zenPeer(): ZenPeer {
  const engine = new ZenEngine();
  const decision: ZenDecision = engine.createDecision(ZEN_GRAPH);
  const batch = async (apps: readonly Json[]): Promise<Settled[]> => (await decision.evaluate({ apps })).result.results as Settled[];
  return {
    batch,
    async run(apps, size) {
      const out: Settled[] = [];
      for (let i = 0; i < apps.length; i += size) for (const r of await batch(apps.slice(i, i + size))) out.push(r);
      return out;
    },
    dispose: () => engine.dispose(),
  };
}
