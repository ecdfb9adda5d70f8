/**
 * The benchmark's other implementations of the five-line workload compute the engine's money, to the fen
 * (correctness only: no timing here; `npm run bench` times them). On a few hundred generated applications, the
 * floor over pre-parsed numbers (bench/floor-numeric.ts), the floor parsing strings (bench/floor.ts), the GoRules
 * ZEN graph and the json-rules-engine rules (bench/peers/) each give every claim's net and the total exactly as
 * `evaluate` does. The sample is checked to contain the cases where the rules are delicate (a pro-rata cut over
 * several lines, an event's shared cap, a title already paid), so agreement cannot be vacuous; two more
 * applications pin D8's order between claims of equal amounts (the larger gross, then content; never the id),
 * which a sample of a few hundred rarely meets.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreement, engineNets, type Nets } from '../../bench/agreement.js';
import { compileFive, floorFive, floorFiveResult, mulDivFloor } from '../../bench/floor-numeric.js';
import { floor } from '../../bench/floor.js';
import { fiveLineApplication, workload } from '../../bench/generate.js';
import { jreEngine, jreEvaluate } from '../../bench/peers/jre.js';
import { zenPeer, type ZenPeer } from '../../bench/peers/zen.js';
import { evaluate, type ApplicationInput, type EvaluationResult } from '../../src/index.js';
import { fenFromYuan } from '../../src/core/money.js';

type Json = Record<string, any>;

/** Two applications where D8's order between equal amounts decides who gets money. */
function d8Cases(): Json[] {
  // Two claims for one event, both at 八(三)'s cap, then cut by 九(三) to odd fen: the leftover fen goes to the claim
  // with the larger gross (C2), not to the smaller id. Application 56,588 of the bench's 100,000.
  const events = JSON.parse(JSON.stringify(fiveLineApplication(20260101, 56588))) as Json;
  // Two 四(一) claims for one model, both at the 1000万元 cap: the uncut one (the smaller gross, C1) is kept, though
  // the other's content sorts first ("100000000.00" < "40000000.00").
  const model = (id: string, constructionCost: string) => ({
    id, clause: 'art04_1', subjectId: 'M', selfDeveloped: true, deployedParams: '671000000000', deployedInDistrict: true,
    thirdPartyEvaluated: true, domesticLeading: true, evaluatedOn: '2027-03-01', recognized: true, leadDeveloper: true, constructionCost,
  });
  const oneTime: Json = { ...JSON.parse(JSON.stringify(events)), claims: [model('C0', '100000000.00'), model('C1', '40000000.00')] };
  oneTime.beneficiary.districtContribution['2027'] = '50000000.00';
  delete oneTime.history;
  return [events, oneTime];
}

const apps: Json[] = [...workload('five', 400, 13), ...d8Cases()];
const N = apps.length;
const results: EvaluationResult[] = apps.map((a) => evaluate(a as unknown as ApplicationInput));
const expected: Nets[] = apps.map((a, i) => engineNets(a, results[i]!));

/** Expects agreement on every application, showing the first that differs. */
function expectAgreement(actual: readonly Nets[]): void {
  const a = agreement(apps, expected, actual);
  expect(a.first).toBeNull();
  expect(a.agree).toBe(N);
}

describe('the five-line sample exercises the delicate rules', () => {
  it('D8 between equal amounts: the larger gross gets the leftover fen; the smaller gross is kept', () => {
    expect(expected[N - 2]).toEqual({ lines: [84948895, 63711670, 63711671], total: 212372236 });
    expect(expected[N - 1]).toEqual({ lines: [0, 1000000000], total: 1000000000 });
  });
  it('九(三) cuts several lines pro rata in some applications (R7 with leftover fen)', () => {
    const cutSeveral = results.filter((r) => r.lines.filter((l) => fenFromYuan(l.net) > 0 && fenFromYuan(l.net) < fenFromYuan(l.gross)).length >= 2);
    expect(cutSeveral.length).toBeGreaterThan(5);
  });
  it('some events share 八(三)\'s cap between two claims, and some titles were already paid (D6, 补差)', () => {
    const shared = apps.filter((a) => {
      const events = (a.claims as Json[]).filter((c) => c.clause === 'art08_3').map((c) => c.subjectId as string);
      return new Set(events).size < events.length;
    });
    expect(shared.length).toBeGreaterThan(5);
    expect(apps.filter((a) => (a.history as Json[] | undefined)?.some((h) => h.clause === 'art05_2')).length).toBeGreaterThan(5);
  });
});

describe('the floors agree with the engine to the fen', () => {
  it('floor over pre-parsed numbers (bench/floor-numeric.ts)', () => {
    const w = compileFive(apps);
    for (let i = 0; i < N; i++) floorFive(w, i);
    expectAgreement(apps.map((_, i) => floorFiveResult(w, i)));
  });
  it('floor parsing strings (bench/floor.ts)', () => {
    expectAgreement(apps.map((a) => floor(a)));
  });
  it('mulDivFloor is floor(a × b / c) exactly, also where a × b passes 2^53', () => {
    const fen = fc.integer({ min: 0, max: 2 ** 40 });
    fc.assert(fc.property(fen, fen, fc.integer({ min: 1, max: 2 ** 40 }), (a, b, c) => {
      expect(mulDivFloor(a, b, c)).toBe(Number((BigInt(a) * BigInt(b)) / BigInt(c)));
    }));
  });
});

describe('the peers agree with the engine to the fen', () => {
  let zen: ZenPeer;
  beforeAll(() => {
    zen = zenPeer();
  });
  afterAll(() => zen.dispose());

  it('GoRules ZEN graph, in batches', async () => {
    expectAgreement(await zen.run(apps, 64));
  });
  it('json-rules-engine rules with the cross-claim rules in JavaScript', async () => {
    const engine = jreEngine();
    const actual: Nets[] = [];
    for (const a of apps) actual.push(await jreEvaluate(engine, a));
    expectAgreement(actual);
  });
});
