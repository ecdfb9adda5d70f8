/**
 * The floor: a minimal hand-written integer-fen calculation of the five-line workload (二(二), 四(一), 五(二) with
 * 补差, 八(三), and the 九(三) annual cap), with the default parameters and readings, no validation and no
 * explanation. It reads the raw JSON application and returns the amount of every claim (net fen, by claim id
 * order of the input) and the total. It exists to say how far the engine is from the least work that computes
 * the same money; the benchmark also checks that both agree to the fen.
 *
 * Each claim's own conditions and formula are written here; the cross-claim rules (一次性, 补差, 八(三)'s shared
 * cap, 九(三), R7 with D8) are bench/peers/settle.ts, the plain function the peers run too: one piece of code for
 * them, so that the floor and the peers cannot drift apart.
 *
 * It handles only what the five-line generator produces: a beneficiary in scope, no overlap partners, no
 * projects, no other-district support.
 */
import { historyFacts, settle, type SettleLine } from './peers/settle.js';

type Json = Record<string, any>;

const WINDOW_START = '2025-07-01';
const WINDOW_END = '2028-06-30';

const TIER_52: Record<string, number> = {
  nationalDemoFactory: 300000000, nationalExcellentScenario: 100000000, provincialBenchmark: 100000000,
  provincialSmartFactory: 50000000, provincialSmartWorkshop: 30000000,
};

function fen(yuan: string): number {
  const negative = yuan.charCodeAt(0) === 45;
  const s = negative ? yuan.slice(1) : yuan;
  const dot = s.indexOf('.');
  const v = dot < 0 ? Number(s) * 100 : Number(s.slice(0, dot)) * 100 + Number((s.slice(dot + 1) + '0').slice(0, 2));
  return negative ? -v : v;
}

/** 五(二): a title's amount in fen. */
const titleFen = (title: string): number => TIER_52[title]!;

const inWindow = (d: string | undefined): boolean => d !== undefined && d >= WINDOW_START && d <= WINDOW_END;

/** Net fen of every claim of a five-line application, in input order, and the total. */
export function floor(app: Json): { lines: number[]; total: number } {
  const b = app.beneficiary;
  const year: number = app.awardYear;
  const base = String(year - 1);
  const enterprise = b.legalForm === 'enterprise';
  const past = historyFacts(app.history ?? [], year, fen, titleFen);
  const claims: Json[] = app.claims;
  const lines: SettleLine[] = new Array(claims.length);
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i]!;
    let gross = 0;
    let amount = 0;
    let open = false;
    let sharedCap: number | null = null;
    switch (c.clause) {
      case 'art02_2': {
        const raw: string | undefined = c.dataServiceRevenue[base];
        if (raw === undefined || !enterprise || !c.recognized || !inWindow(`${base}-12-31`)) break;
        const revenue = fen(raw);
        if (revenue < 300000000) break;
        gross = Math.floor(revenue / 10);
        amount = Math.min(gross, Math.max(0, 100000000 - past.prior0222Fen));
        open = true;
        break;
      }
      case 'art04_1': {
        if (!(BigInt(c.deployedParams) > 100000000000n) || !c.deployedInDistrict || !c.thirdPartyEvaluated || !c.domesticLeading ||
          !c.selfDeveloped || !c.recognized || !c.leadDeveloper || !inWindow(c.evaluatedOn)) break;
        gross = Math.floor((fen(c.constructionCost) * 3) / 10);
        amount = Math.min(gross, 1000000000);
        open = true;
        break;
      }
      case 'art05_2': {
        const t = c.titles[0];
        if (!enterprise || t === undefined || !inWindow(t.announcedOn)) break;
        gross = amount = TIER_52[t.title]!;
        open = true;
        break;
      }
      case 'art08_3': {
        if (c.eventLevel === 'other' || !c.heldInDistrict || c.hostRole !== 'host' || c.filedAndApprovedOn === undefined ||
          c.filedAndApprovedOn > c.heldOn || !inWindow(c.heldOn)) break;
        gross = Math.floor(fen(c.costBorneByHost) / 2);
        amount = Math.min(gross, 150000000);
        open = true;
        sharedCap = 150000000; // 「每次活动」: the claims for one event share it
        break;
      }
    }
    lines[i] = { clause: c.clause, subjectId: c.subjectId, id: c.id, claim: c, gross, amount, open, sharedCap };
  }
  const contribution: string | undefined = b.districtContribution[base];
  return settle(lines, {
    rndInstitution: b.rndInstitution === true, contributionFen: contribution === undefined ? null : fen(contribution),
    earlierFen: past.earlierFen, prior52Fen: past.prior52Fen, awarded52Fen: past.awarded52Fen, eventsPaid: past.eventsPaid,
  });
}
