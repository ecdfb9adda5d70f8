/**
 * Deterministic synthetic applications for the benchmark: the same seed gives the same applications, byte for
 * byte, on every machine. A realistic mix (most applications with 1–3 claims, some with many, a multi-year
 * history for a share), a small-application workload (1–3 claims, the throughput target), and a five-line
 * workload (二(二), 四(一), 五(二) with 补差, 八(三), and the 九(三) annual cap) that the hand-written floor also
 * computes.
 */

/** A small, fast, seedable PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Json = Record<string, unknown>;

class Gen {
  constructor(readonly r: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.r() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.r() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)]!;
  }
  /** A yuan string with two decimals between `min` and `max` yuan. */
  yuan(min: number, max: number): string {
    const fen = this.int(min * 100, max * 100);
    return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
  }
  /** A date in [from, to] (both `YYYY-MM-DD`, same or different years), day ≤ 28 so every month is valid. */
  date(fromYear: number, fromMonth: number, toYear: number, toMonth: number): string {
    const a = fromYear * 12 + (fromMonth - 1);
    const b = toYear * 12 + (toMonth - 1);
    const m = this.int(a, b);
    const year = Math.floor(m / 12);
    const month = (m % 12) + 1;
    return `${year}-${String(month).padStart(2, '0')}-${String(this.int(1, 28)).padStart(2, '0')}`;
  }
}

const FIELDS = ['computeAndAlgorithms', 'aiChipsAndSmartSensors', 'largeModels', 'dataLabelingCollectionTrading',
  'aiSoftwareAndSystems', 'intelligentRobots', 'intelligentTerminals', 'aiIndustryApplications'];

/** The award lines and how often each appears in the mix (weights). */
const MIX: readonly [string, number][] = [
  ['art02_1', 3], ['art02_2', 10], ['art03_1', 6], ['art03_2', 5], ['art03_3', 5], ['art04_1', 3], ['art04_2', 4],
  ['art04_3', 4], ['art05_1', 4], ['art05_2', 8], ['art05_3', 3], ['art06_2', 2], ['art06_3', 1], ['art06_4a', 2],
  ['art06_4b', 2], ['art06_5a', 2], ['art06_5b', 2], ['art07_1', 1], ['art07_2a', 1], ['art07_2b', 2], ['art08_1', 3],
  ['art08_2', 6], ['art08_3', 8], ['art09_2', 1],
];
const MIX_TOTAL = MIX.reduce((s, [, w]) => s + w, 0);
const TIERS_52 = ['nationalDemoFactory', 'nationalExcellentScenario', 'provincialBenchmark', 'provincialSmartFactory', 'provincialSmartWorkshop'];

function pickClause(g: Gen): string {
  let x = g.r() * MIX_TOTAL;
  for (const [c, w] of MIX) {
    x -= w;
    if (x < 0) return c;
  }
  return MIX[MIX.length - 1]![0];
}

interface Ctx {
  readonly year: number;
  readonly approvalDate: string;
  readonly approvalMonth: number;
}

/** A fact date inside the default window (from 2025-07) and on or before the approval date. */
function factDate(g: Gen, c: Ctx): string {
  return g.chance(0.03) ? g.date(2024, 1, 2025, 5) : g.date(Math.max(2025, c.year - 1), c.year - 1 <= 2025 ? 7 : 1, c.year, c.approvalMonth - 1);
}

/** One claim of `clause`, mostly meeting every condition. */
export function claimOf(g: Gen, clause: string, id: string, subjectId: string, c: Ctx): Json {
  const base = { id, clause, subjectId };
  const ok = (p = 0.97) => g.chance(p);
  const prev = String(c.year - 1);
  switch (clause) {
    case 'art02_1':
      return { ...base, eventKind: g.pick(['firstRegistration', 'firstListing', 'firstTransaction', 'other']),
        superiorLevel: g.pick(['national', 'provincial', 'municipal']), superiorAward: { amount: g.yuan(10000, 800000), receivedOn: factDate(g, c) } };
    case 'art02_2':
      return { ...base, recognized: ok(), dataServiceRevenue: { [prev]: g.yuan(1000000, 20000000) } };
    case 'art03_1':
      return { ...base, category: g.pick(['sciTechTackling', 'keyRd', 'majorSciTech']), onDistrictList: ok(), approved: ok(),
        approvedOn: factDate(g, c), approvedAmount: g.yuan(100000, 3000000) };
    case 'art03_2':
      return { ...base, firstVersionRecognized: ok(), recognizedOn: factDate(g, c),
        provincialFunding: [{ amount: g.yuan(100000, 2500000), receivedOn: factDate(g, c) }] };
    case 'art03_3':
      return { ...base, aiField: ok(), disbursements: [
        { programme: g.pick(['nationalMajorSpecial', 'nationalKeyRd', 'provincialMajorSpecial', 'provincialKeyRd']), calendarYear: c.year - 1, amount: g.yuan(100000, 5000000) },
        ...(g.chance(0.3) ? [{ programme: 'provincialKeyRd', calendarYear: c.year - 1, amount: g.yuan(50000, 1000000) }] : []),
      ] };
    case 'art04_1':
      return { ...base, selfDeveloped: ok(), deployedParams: g.pick(['130000000000', '100000000000', '70000000000', '671000000000']),
        deployedInDistrict: ok(), thirdPartyEvaluated: ok(), domesticLeading: ok(), evaluatedOn: factDate(g, c), recognized: ok(),
        leadDeveloper: ok(), constructionCost: g.yuan(5000000, 60000000) };
    case 'art04_2':
      return { ...base, deployedParams: g.pick(['13000000000', '10000000000', '72000000000']), deployedInDistrict: ok(),
        thirdPartyEvaluated: ok(), majorIndustryInfluence: ok(), evaluatedOn: factDate(g, c), recognized: ok(), leadDeveloper: ok(),
        constructionCost: g.yuan(2000000, 30000000) };
    case 'art04_3':
      return { ...base, filingType: g.chance(0.9) ? 'cacGenerativeAiFiling' : 'localRegistration', filedOn: factDate(g, c),
        evaluationRelatedFees: g.yuan(50000, 1500000) };
    case 'art05_1':
      return { ...base, ...(g.chance(0.3) ? { subjectInAiField: true } : {}), selections: [{ level: g.pick(['national', 'provincial']), announcedOn: factDate(g, c) }] };
    case 'art05_2':
      return { ...base, ...(g.chance(0.3) ? { subjectInAiField: true } : {}), titles: [{ title: g.pick(TIERS_52), announcedOn: factDate(g, c) }] };
    case 'art05_3':
      return { ...base, aiProduct: ok(), recognitionLevel: g.pick(['national', 'provincial']), recognizedOn: factDate(g, c),
        superiorLevel: g.pick(['national', 'provincial']), superiorAward: { amount: g.yuan(100000, 3000000), receivedOn: factDate(g, c) } };
    case 'art06_2':
      return { ...base, recognitions: [{ level: g.pick(['national', 'provincial']), recognizedOn: factDate(g, c), approvedAmount: g.yuan(200000, 6000000) }] };
    case 'art06_3':
      return { ...base, intelligentRobot: ok() };
    case 'art06_4a':
      return { ...base, reviewedExcellent: ok(), reviewedOn: factDate(g, c), approvedAmount: g.yuan(50000, 700000) };
    case 'art06_4b':
      return { ...base, selectedProvincial: ok(), selectedOn: factDate(g, c), provincialSupport: { amount: g.yuan(100000, 2000000), receivedOn: factDate(g, c) } };
    case 'art06_5a':
      return { ...base, standardLevel: g.pick(['national', 'industry']), role: g.chance(0.85) ? 'leadDrafter' : 'participant',
        standardKind: g.chance(0.85) ? 'new' : 'revision', roboticsRelated: ok(), publishedOn: factDate(g, c), approvedAmount: g.yuan(100000, 1200000) };
    case 'art06_5b':
      return { ...base, firstIncludedOn: factDate(g, c), previouslyIncluded: g.chance(0.1) };
    case 'art07_1':
      return { ...base, designations: [{ level: g.pick(['national', 'provincial']), designatedOn: factDate(g, c) }] };
    case 'art07_2a':
      return { ...base, level: g.chance(0.85) ? 'provincial' : 'national', designatedOn: factDate(g, c) };
    case 'art07_2b':
      return { ...base, districtBenchmarkPark: ok(), ratings: { [prev]: g.pick(['excellent', 'excellent', 'good']) },
        operatingCost: { [prev]: g.yuan(500000, 8000000) } };
    case 'art08_1':
      return { ...base, recognized: ok(), recognizedOn: factDate(g, c), equipmentPurchased: g.yuan(100000, 6000000),
        softwarePurchased: g.yuan(0, 3000000), equipmentOrSoftwareLeasedPaid: g.yuan(0, 1000000), decorationCost: g.yuan(0, 4000000) };
    case 'art08_2':
      return { ...base, evaluationPassed: { [prev]: ok() }, serviceRevenue: { [prev]: g.yuan(2000000, 15000000) },
        servedEnterprises: { [prev]: g.int(30, 200) } };
    case 'art08_3': {
      const heldOn = factDate(g, c);
      const total = g.int(100000, 4000000);
      return { ...base, ...(g.chance(0.5) ? { subjectInAiField: true } : {}), eventLevel: g.chance(0.1) ? 'other' : g.pick(['national', 'provincial']),
        eventType: g.pick(['academicConference', 'technicalExchange', 'industryCompetition']), heldInDistrict: ok(), hostRole: ok() ? 'host' : 'organizerOnly',
        ...(g.chance(0.95) ? { filedAndApprovedOn: `${heldOn.slice(0, 8)}01` } : {}), heldOn, totalCost: `${total}.00`,
        costBorneByHost: `${g.int(Math.floor(total / 2), total)}.00` };
    }
    case 'art09_2':
      return { ...base, topic: g.pick(['computeFacilities', 'talent', 'investmentFinancing']) };
    default:
      throw new Error(`no generator for ${clause}`);
  }
}

function beneficiaryOf(g: Gen, i: number, c: Ctx, contribution: 'usual' | 'tight'): Json {
  const enterprise = g.chance(0.88);
  const years: Record<string, string> = {};
  for (let y = 2024; y <= c.year; y++) {
    if (g.chance(0.97)) years[String(y)] = contribution === 'tight' ? g.yuan(100000, 3000000) : g.yuan(500000, 60000000);
  }
  return {
    id: `B${String(i).padStart(7, '0')}`,
    ...(g.chance(0.5) ? { name: `合成企业 ${i}` } : {}),
    legalForm: enterprise ? 'enterprise' : g.pick(['publicInstitution', 'socialOrganization', 'privateNonEnterpriseUnit']),
    rndInstitution: g.chance(0.08),
    registeredInDistrict: g.chance(0.99),
    taxAdministeredInDistrict: true,
    statsRegisteredInDistrict: g.chance(0.99),
    independentLegalPerson: true,
    soundFinancialSystem: true,
    operatingNormally: true,
    goodCredit: g.chance(0.99),
    mainBusinessFields: g.chance(0.95) ? [g.pick(FIELDS), ...(g.chance(0.3) ? [g.pick(FIELDS)] : [])].filter((f, k, a) => a.indexOf(f) === k) : [],
    districtContribution: years,
  };
}

/** Earlier payments: one to ten lines from the years before the award year. */
function historyOf(g: Gen, c: Ctx, subjects: readonly string[], clauses: readonly string[]): Json[] {
  const out: Json[] = [];
  const n = g.int(1, 10);
  for (let k = 0; k < n; k++) {
    const clause = g.pick(clauses);
    const awardYear = g.int(2025, c.year - 1);
    const entitlement = g.int(10000, 1500000);
    const paid = g.chance(0.8) ? entitlement : g.int(0, entitlement);
    out.push({
      clause, subjectId: g.pick(subjects), awardYear, entitlement: `${entitlement}.00`, paid: `${paid}.00`,
      paidOn: `${awardYear}-12-20`,
      ...(clause === 'art05_2' ? { tier: g.pick(TIERS_52.slice(2)) } : {}),
    });
  }
  return out;
}

function context(g: Gen): Ctx {
  const year = g.pick([2026, 2026, 2027, 2027, 2028]);
  const approvalMonth = g.int(3, 12);
  return { year, approvalMonth, approvalDate: `${year}-${String(approvalMonth).padStart(2, '0')}-${String(g.int(1, 28)).padStart(2, '0')}` };
}

/** How many claims an application of the realistic mix has. */
function mixedClaimCount(g: Gen): number {
  const x = g.r();
  if (x < 0.75) return g.int(1, 3);
  if (x < 0.95) return g.int(4, 10);
  return g.int(11, 40);
}

/** One application of the realistic mix (`small`: 1–3 claims only). */
export function application(seed: number, i: number, kind: 'mixed' | 'small'): Json {
  const g = new Gen(rng(seed * 1_000_003 + i));
  const c = context(g);
  const n = kind === 'small' ? g.int(1, 3) : mixedClaimCount(g);
  const subjects = Array.from({ length: Math.max(1, Math.ceil(n / 2)) }, (_, k) => `S${k}`);
  const claims: Json[] = [];
  const hasUplift = new Set<string>();
  for (let k = 0; k < n; k++) {
    let clause = pickClause(g);
    const subject = g.pick(subjects);
    if (clause === 'art06_3') {
      // 六(三) builds on a 五(三) line of the same product.
      if (hasUplift.has(subject)) clause = 'art08_3';
      else {
        hasUplift.add(subject);
        claims.push(claimOf(g, 'art05_3', `C${k}b`, subject, c));
      }
    }
    claims.push(claimOf(g, clause, `C${k}`, subject, c));
  }
  const app: Json = { beneficiary: beneficiaryOf(g, i, c, 'usual'), awardYear: c.year, approvalDate: c.approvalDate, claims };
  if (g.chance(0.8)) app.projects = subjects.map((id) => ({ id, ...(g.chance(0.9) ? { auditedInvestment: g.yuan(1000000, 80000000) } : {}) }));
  if (kind === 'mixed' ? g.chance(0.3) : g.chance(0.15)) app.history = historyOf(g, c, subjects, MIX.map(([cl]) => cl).filter((cl) => cl !== 'art09_2'));
  return app;
}

/** The five lines the floor computes. */
export const FIVE = ['art02_2', 'art04_1', 'art05_2', 'art08_3'] as const;

/**
 * One application of the five-line workload: 1–3 claims of 二(二), 四(一), 五(二), 八(三); a tight contribution
 * so 九(三) often binds; for a share, a 五(二) title already paid (补差) and an earlier batch in the same year.
 */
export function fiveLineApplication(seed: number, i: number): Json {
  const g = new Gen(rng(seed * 7_000_003 + i));
  const c = context(g);
  const n = g.int(1, 3);
  const subjects = ['S0', 'S1'];
  const claims: Json[] = [];
  let revenueClaims = 0;
  for (let k = 0; k < n; k++) {
    let clause = g.pick(FIVE);
    if (clause === 'art02_2' && revenueClaims++ > 0) clause = 'art08_3';
    claims.push(claimOf(g, clause, `C${k}`, g.pick(subjects), c));
  }
  const b = beneficiaryOf(g, i, c, 'tight');
  // Every beneficiary of this workload is in scope (the floor has no scope gate).
  Object.assign(b, { registeredInDistrict: true, statsRegisteredInDistrict: true, goodCredit: true, mainBusinessFields: ['largeModels'] });
  const app: Json = { beneficiary: b, awardYear: c.year, approvalDate: c.approvalDate, claims };
  const history: Json[] = [];
  if (g.chance(0.3)) {
    const tier = g.pick(['provincialSmartWorkshop', 'provincialSmartFactory']);
    const amount = tier === 'provincialSmartWorkshop' ? '300000.00' : '500000.00';
    const y = g.int(2025, c.year - 1);
    history.push({ clause: 'art05_2', subjectId: 'old', awardYear: y, entitlement: amount, paid: amount, paidOn: `${y}-12-01`, tier });
  }
  if (g.chance(0.2)) {
    const paid = g.int(10000, 400000);
    history.push({ clause: 'art08_3', subjectId: 'earlier-event', awardYear: c.year, entitlement: `${paid}.00`, paid: `${paid}.00`, paidOn: `${c.year}-01-15` });
  }
  if (history.length > 0) app.history = history;
  return app;
}

/**
 * `n` applications of a workload, as the engine would receive them: parsed from JSON text (objects built by
 * `JSON.parse`, one per application, like a service or a batch reading files).
 */
export function workload(kind: 'mixed' | 'small' | 'five', n: number, seed = 20260101): Json[] {
  const out = new Array<Json>(n);
  for (let i = 0; i < n; i++) out[i] = JSON.parse(JSON.stringify(kind === 'five' ? fiveLineApplication(seed, i) : application(seed, i, kind))) as Json;
  return out;
}
