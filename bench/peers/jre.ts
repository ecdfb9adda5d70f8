/**
 * Peer 2: the five-line workload in json-rules-engine (pinned 7.3.1, plain JavaScript), used the way its README
 * shows: rules of JSON conditions over facts, `engine.run(facts)` once per claim, the award read from the event the
 * matching rule emits. The facts of a run are the claim's own fields plus the application facts it needs, in fen
 * where they are money; ISO dates are compared by two custom operators (`inWindow`, `onOrBefore`, the tool's
 * extension point).
 *
 * json-rules-engine decides but does not compute: each rule's event carries the line's parameters (rate as a
 * fraction, cap, or the title's fixed amount) and a few lines of JavaScript turn them into the gross amount. The
 * cross-claim rules (一次性, 补差, 八(三)'s per-event cap, 九(三), R7 with leftover fen in order) are plain JavaScript
 * around it: bench/peers/settle.ts, the same function ZEN runs in its function node.
 */
import { Engine, type RuleProperties } from 'json-rules-engine';
import { historyFacts, settle, type SettleLine, type Settled } from './settle.js';

type Json = Record<string, any>;

/** The policy's application window (A-register default), as ISO dates. */
const WINDOW = ['2025-07-01', '2028-06-30'];

/** What the matching rule's event carries: how the line's gross amount is formed from the facts. */
interface AwardParams {
  /** A fixed amount in fen (五(二): the title's amount). */
  readonly fixedFen?: number;
  /** Otherwise: floor(fact × num / den), capped at `capFen`, less what `lessPrior` names. */
  readonly baseFact?: string;
  readonly num?: number;
  readonly den?: number;
  readonly capFen?: number;
  /** The fact holding what earlier batches of the year paid on this line (二(二)'s yearly cap). */
  readonly lessPrior?: string;
  /** 八(三): the cap the claims for one event share. */
  readonly sharedCapFen?: number;
}

const TIERS: readonly [string, number][] = [
  ['nationalDemoFactory', 300000000], ['nationalExcellentScenario', 100000000], ['provincialBenchmark', 100000000],
  ['provincialSmartFactory', 50000000], ['provincialSmartWorkshop', 30000000],
];

const is = (fact: string, value: unknown) => ({ fact, operator: 'equal', value });

/** The rules, one per line (one per title for 五(二)). */
export const JRE_RULES: RuleProperties[] = [
  {
    name: 'art02_2',
    conditions: { all: [is('clause', 'art02_2'), is('enterprise', true), is('recognized', true),
      { fact: 'revenueFen', operator: 'greaterThanInclusive', value: 300000000 }, { fact: 'revenueYearEnd', operator: 'inWindow', value: WINDOW }] },
    event: { type: 'award', params: { baseFact: 'revenueFen', num: 1, den: 10, capFen: 100000000, lessPrior: 'prior0222Fen' } satisfies AwardParams },
  },
  {
    name: 'art04_1',
    conditions: { all: [is('clause', 'art04_1'), { fact: 'deployedParams', operator: 'greaterThan', value: 100000000000 },
      is('selfDeveloped', true), is('deployedInDistrict', true), is('thirdPartyEvaluated', true), is('domesticLeading', true),
      is('recognized', true), is('leadDeveloper', true), { fact: 'evaluatedOn', operator: 'inWindow', value: WINDOW }] },
    event: { type: 'award', params: { baseFact: 'constructionCostFen', num: 3, den: 10, capFen: 1000000000 } satisfies AwardParams },
  },
  ...TIERS.map(([title, fen]): RuleProperties => ({
    name: `art05_2 ${title}`,
    conditions: { all: [is('clause', 'art05_2'), is('enterprise', true), is('title', title), { fact: 'announcedOn', operator: 'inWindow', value: WINDOW }] },
    event: { type: 'award', params: { fixedFen: fen, title } },
  })),
  {
    name: 'art08_3',
    conditions: { all: [is('clause', 'art08_3'), { fact: 'eventLevel', operator: 'in', value: ['national', 'provincial'] },
      is('heldInDistrict', true), is('hostRole', 'host'), { fact: 'filedAndApprovedOn', operator: 'onOrBefore', value: { fact: 'heldOn' } },
      { fact: 'heldOn', operator: 'inWindow', value: WINDOW }] },
    event: { type: 'award', params: { baseFact: 'costBorneByHostFen', num: 1, den: 2, capFen: 150000000, sharedCapFen: 150000000 } satisfies AwardParams },
  },
];

/** 五(二)'s title amounts, read from the rules' events (D6 compares earlier titles with them). */
const TITLE_FEN = new Map(JRE_RULES.flatMap((r) => (r.event.params?.title ? [[r.event.params.title as string, r.event.params.fixedFen as number]] : [])));

/** What the printed bench says about this peer. */
export const JRE_NOTE = 'json-rules-engine: one rule per line (per title for 五(二)), engine.run once per claim, custom operators for ISO '
  + 'dates; it computes no amounts, so the gross amount is formed in plain JavaScript from the event\'s parameters, and the '
  + 'cross-claim rules (一次性, 补差, 八(三) per-event cap, 九(三), R7 with leftover fen in order) are plain JavaScript around it '
  + '(the same code ZEN runs in its function node).';

/** Yuan text to fen: digits, at most two decimals, optional minus (the input's form). */
function fen(yuan: string | undefined): number | undefined {
  if (yuan === undefined) return undefined;
  const negative = yuan.charCodeAt(0) === 45;
  const [whole, frac = ''] = (negative ? yuan.slice(1) : yuan).split('.');
  const v = Number(whole) * 100 + Number((frac + '00').slice(0, 2));
  return negative ? -v : v;
}

/** The engine with its rules and operators, built once. */
export function jreEngine(): Engine {
  const engine = new Engine(JRE_RULES, { allowUndefinedFacts: true });
  engine.addOperator('inWindow', (d: unknown, w: string[]) => typeof d === 'string' && d >= w[0]! && d <= w[1]!);
  engine.addOperator('onOrBefore', (d: unknown, other: unknown) => typeof d === 'string' && typeof other === 'string' && d <= other);
  return engine;
}

/** One application: a run per claim, the amounts from the events, then the cross-claim rules. */
export async function jreEvaluate(engine: Engine, app: Json): Promise<Settled> {
  const year: number = app.awardYear;
  const base = String(year - 1);
  const b = app.beneficiary;
  const enterprise = b.legalForm === 'enterprise';
  const past = historyFacts(app.history ?? [], year, (y) => fen(y)!, (title) => TITLE_FEN.get(title) ?? 0);
  const claims: Json[] = app.claims;
  const lines: SettleLine[] = new Array(claims.length);
  for (let k = 0; k < claims.length; k++) {
    const c = claims[k]!;
    const facts: Json = {
      ...c, enterprise, prior0222Fen: past.prior0222Fen,
      revenueFen: fen(c.dataServiceRevenue?.[base]), revenueYearEnd: `${base}-12-31`,
      constructionCostFen: fen(c.constructionCost), costBorneByHostFen: fen(c.costBorneByHost),
      title: c.titles?.[0]?.title, announcedOn: c.titles?.[0]?.announcedOn,
    };
    const { events } = await engine.run(facts);
    const p = events[0]?.params as AwardParams | undefined;
    let gross = 0;
    let amount = 0;
    if (p !== undefined) {
      if (p.fixedFen !== undefined) gross = amount = p.fixedFen;
      else {
        gross = Math.floor(((facts[p.baseFact!] as number) * p.num!) / p.den!);
        amount = Math.min(gross, Math.max(0, p.capFen! - (p.lessPrior ? (facts[p.lessPrior] as number) : 0)));
      }
    }
    lines[k] = { clause: c.clause, subjectId: c.subjectId, id: c.id, claim: c, gross, amount, open: p !== undefined, sharedCap: p?.sharedCapFen ?? null };
  }
  return settle(lines, { ...past, rndInstitution: b.rndInstitution === true, contributionFen: fen(b.districtContribution?.[base]) ?? null });
}
