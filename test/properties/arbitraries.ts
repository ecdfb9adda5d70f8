/**
 * fast-check generators of valid input: every claim kind, beneficiaries (in and out of scope, R&D institutions,
 * 一企一策 agreements, findings, other district support), projects, histories, applications and multi-year
 * inputs. Everything generated passes the schema and the cross-field checks (dates before the approval date,
 * unique ids, paid ≤ entitlement …), so a property can assume a result. Subjects and projects come from small
 * pools so that lines collide (one-time awards, 晋级补差, overlap groups, shared caps).
 */
import fc from 'fast-check';
import { AWARD_LINES } from '../../src/policy/ids.js';

export type Json = Record<string, unknown>;

/**
 * Runs of a property: as given, or a tenth under Stryker (each mutant re-runs the tests that cover it; a few
 * dozen random cases per property still kill what they kill, in a tenth of the time).
 */
export function runs(n: number): number {
  return process.env.STRYKER_MUTATOR_WORKER === undefined ? n : Math.max(10, Math.round(n / 10));
}

const DAY = 86_400_000;
const dayNumber = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY;
const isoOf = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

/** A calendar date between `from` and `to` (inclusive), computed in UTC so no time zone moves it. */
export function dateBetween(from: string, to: string): fc.Arbitrary<string> {
  const a = dayNumber(from);
  const b = Math.max(a, dayNumber(to));
  return fc.integer({ min: a, max: b }).map(isoOf);
}

/** An amount in yuan up to `max` yuan, written in every accepted form: "12", "12.5", "12.50", "0.07". */
export function yuan(max: number, min = 0): fc.Arbitrary<string> {
  return fc.tuple(fc.integer({ min: min * 100, max: max * 100 }), fc.nat(2)).map(([fen, form]) => {
    const whole = Math.floor(fen / 100);
    const cents = fen % 100;
    if (cents === 0) return form === 0 ? `${whole}` : form === 1 ? `${whole}.0` : `${whole}.00`;
    if (cents % 10 === 0 && form !== 2) return `${whole}.${cents / 10}`;
    return `${whole}.${String(cents).padStart(2, '0')}`;
  });
}

/** Amounts that often sit on or next to the thresholds and caps of the text. */
export function yuanNear(points: readonly number[], max: number): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: yuan(max) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...points), fc.integer({ min: -2, max: 2 })).map(([p, d]) => {
      const fen = Math.max(0, p * 100 + d);
      return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
    }) },
  );
}

/** The award year and the batch's approval date. */
export interface Frame {
  readonly year: number;
  readonly approvalDate: string;
}

export const frame: fc.Arbitrary<Frame> = fc
  .constantFrom(2025, 2026, 2026, 2026, 2027, 2027, 2027, 2028, 2029)
  .chain((year) => dateBetween(`${year}-01-01`, `${year}-12-31`).map((approvalDate) => ({ year, approvalDate })));

const SUBJECTS = ['S1', 'S2', 'S3'] as const;
const subject = fc.constantFrom(...SUBJECTS);
const projectId = fc.option(fc.constantFrom('P1', 'P2', 'S1'), { nil: undefined });
const bool = (pTrue = 0.94) => fc.integer({ min: 1, max: 100 }).map((x) => x <= pTrue * 100);
const level = fc.constantFrom('national', 'provincial');

/** A fact date: mostly inside the window and before the approval; sometimes before the window starts. */
const factDate = (f: Frame) => fc.oneof(
  { weight: 9, arbitrary: dateBetween(f.approvalDate < '2025-07-01' ? f.approvalDate : '2025-07-01', f.approvalDate) },
  { weight: 1, arbitrary: dateBetween('2024-01-01', f.approvalDate) },
);

/** A by-year record that usually holds the base year (Y−1). */
function byYear<T>(f: Frame, value: fc.Arbitrary<T>): fc.Arbitrary<Record<string, T>> {
  return fc.tuple(fc.option(value, { freq: 8, nil: undefined }), fc.option(value, { freq: 3, nil: undefined }), fc.option(value, { freq: 3, nil: undefined }))
    .map(([base, before, current]) => {
      const out: Record<string, T> = {};
      if (before !== undefined) out[String(f.year - 2)] = before;
      if (base !== undefined) out[String(f.year - 1)] = base;
      if (current !== undefined) out[String(f.year)] = current;
      return out;
    });
}

const superiorMoney = (f: Frame, max: number) =>
  fc.record({ amount: yuan(max), receivedOn: factDate(f) }, { requiredKeys: ['amount'] }).map((m) => (m.receivedOn === undefined ? { amount: m.amount } : m));

/** A subject's list (D9): usually one item, sometimes two or more, now and then none. */
const list = <T>(item: fc.Arbitrary<T>, max: number) => fc.oneof(
  { weight: 6, arbitrary: fc.array(item, { minLength: 1, maxLength: 1 }) },
  { weight: 3, arbitrary: fc.array(item, { minLength: 2, maxLength: max }) },
  { weight: 1, arbitrary: fc.constant([] as T[]) },
);

/** Drops keys whose value is undefined (optional fields left out). */
const compact = <T extends Json>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/** The fields of one claim of `clause` (without id), valid for the frame. */
export function claimFields(clause: string, f: Frame): fc.Arbitrary<Json> {
  const base = { subjectId: subject };
  const subjectTest = { subjectInAiField: fc.option(fc.boolean(), { nil: undefined }) };
  switch (clause) {
    case 'art02_1':
      return fc.record({ ...base, projectId, eventKind: fc.constantFrom('firstRegistration', 'firstListing', 'firstTransaction', 'other'),
        superiorLevel: fc.constantFrom('national', 'provincial', 'municipal'), superiorAward: superiorMoney(f, 1_500_000) });
    case 'art02_2':
      return fc.record({ ...base, recognized: bool(), dataServiceRevenue: byYear(f, yuanNear([3_000_000, 10_000_000], 25_000_000)) });
    case 'art03_1':
      return fc.record({ ...base, projectId, category: fc.constantFrom('sciTechTackling', 'keyRd', 'majorSciTech'), onDistrictList: bool(),
        approved: bool(), approvedOn: factDate(f), approvedAmount: yuanNear([1_000_000, 2_000_000, 10_000_000], 12_000_000),
        nationalOrProvincialFunding: fc.option(fc.boolean(), { nil: undefined }) });
    case 'art03_2':
      return fc.record({ ...base, projectId, firstVersionRecognized: bool(), recognizedOn: factDate(f),
        provincialFunding: list(superiorMoney(f, 4_000_000), 3) });
    case 'art03_3':
      return fc.record({ ...base, projectId, aiField: bool(), disbursements: fc.array(fc.record({
        programme: fc.constantFrom('nationalMajorSpecial', 'nationalKeyRd', 'provincialMajorSpecial', 'provincialKeyRd', 'other'),
        calendarYear: fc.integer({ min: f.year - 2, max: f.year }), amount: yuan(6_000_000) }), { maxLength: 3 }) });
    case 'art04_1':
      return fc.record({ ...base, selfDeveloped: bool(), deployedParams: fc.constantFrom('99999999999', '100000000000', '100000000001', '671000000000', '7000000000'),
        deployedInDistrict: bool(), thirdPartyEvaluated: bool(), domesticLeading: bool(), evaluatedOn: factDate(f), recognized: bool(),
        leadDeveloper: bool(), constructionCost: yuanNear([33_333_333, 33_333_334], 60_000_000),
        multimodal: fc.option(fc.boolean(), { nil: undefined }), openToSmes: fc.option(fc.boolean(), { nil: undefined }) });
    case 'art04_2':
      return fc.record({ ...base, deployedParams: fc.constantFrom('9999999999', '10000000000', '10000000001', '72000000000'), deployedInDistrict: bool(),
        thirdPartyEvaluated: bool(), majorIndustryInfluence: bool(), evaluatedOn: factDate(f), recognized: bool(), leadDeveloper: bool(),
        constructionCost: yuanNear([16_666_666, 16_666_667], 30_000_000), selfDeveloped: fc.option(fc.boolean(), { nil: undefined }) });
    case 'art04_3':
      return fc.record({ ...base, filingType: fc.constantFrom('cacGenerativeAiFiling', 'cacGenerativeAiFiling', 'localRegistration'), filedOn: factDate(f),
        evaluationRelatedFees: yuanNear([1_000_000], 1_500_000), approvedAmount: fc.option(yuan(1_200_000), { nil: undefined }) });
    case 'art05_1':
      return fc.record({ ...base, projectId, ...subjectTest, selections: list(fc.record({ level, announcedOn: factDate(f) }), 2) });
    case 'art05_2':
      return fc.record({ ...base, projectId, ...subjectTest, titles: list(fc.record({ title: fc.constantFrom('nationalDemoFactory', 'nationalExcellentScenario',
        'provincialBenchmark', 'provincialSmartFactory', 'provincialSmartWorkshop'), announcedOn: factDate(f) }), 2) });
    case 'art05_3':
      return fc.record({ ...base, projectId, aiProduct: bool(), recognitionLevel: level, recognizedOn: factDate(f), superiorLevel: level,
        superiorAward: superiorMoney(f, 3_000_000) });
    case 'art06_2':
      return fc.record({ ...base, projectId, recognitions: list(fc.record({ level, recognizedOn: factDate(f),
        approvedAmount: yuanNear([2_000_000, 5_000_000], 6_000_000) }), 2) });
    case 'art06_3':
      return fc.record({ ...base, intelligentRobot: bool() });
    case 'art06_4a':
      return fc.record({ ...base, projectId, reviewedExcellent: bool(), reviewedOn: factDate(f), approvedAmount: yuanNear([500_000], 800_000) });
    case 'art06_4b':
      return fc.record({ ...base, projectId, ...subjectTest, selectedProvincial: bool(), selectedOn: factDate(f), provincialSupport: superiorMoney(f, 2_000_000) });
    case 'art06_5a':
      return fc.record({ ...base, standardLevel: fc.constantFrom('national', 'industry'), role: fc.constantFrom('leadDrafter', 'leadDrafter', 'participant'),
        standardKind: fc.constantFrom('new', 'new', 'revision'), roboticsRelated: bool(), publishedOn: factDate(f), approvedAmount: yuanNear([500_000, 1_000_000], 1_500_000) });
    case 'art06_5b':
      return fc.record({ ...base, firstIncludedOn: factDate(f), previouslyIncluded: bool(0.1) });
    case 'art07_1':
      return fc.record({ ...base, projectId, ...subjectTest, designations: list(fc.record({ level, designatedOn: factDate(f) }), 2) });
    case 'art07_2a':
      return fc.record({ ...base, ...subjectTest, level, designatedOn: factDate(f) });
    case 'art07_2b':
      return fc.record({ ...base, ...subjectTest, districtBenchmarkPark: bool(), ratings: byYear(f, fc.constantFrom('excellent', 'excellent', 'good', 'pass', 'fail')),
        operatingCost: byYear(f, yuanNear([5_000_000], 9_000_000)) });
    case 'art08_1':
      return fc.record({ ...base, projectId, recognized: bool(), recognizedOn: factDate(f), equipmentPurchased: yuan(8_000_000), softwarePurchased: yuan(3_000_000),
        equipmentOrSoftwareLeasedPaid: yuan(2_000_000), decorationCost: yuan(4_000_000), otherCosts: fc.option(yuan(1_000_000), { nil: undefined }) });
    case 'art08_2':
      return fc.record({ ...base, evaluationPassed: byYear(f, bool()), serviceRevenue: byYear(f, yuanNear([3_000_000, 10_000_000], 15_000_000)),
        servedEnterprises: byYear(f, fc.integer({ min: 40, max: 120 })) });
    case 'art08_3':
      return fc.tuple(yuan(4_000_000), fc.integer({ min: 0, max: 100 })).chain(([total, share]) => {
        const totalFen = Math.round(Number(total) * 100);
        const borne = Math.floor((totalFen * share) / 100);
        return fc.record({ ...base, ...subjectTest, eventLevel: fc.constantFrom('national', 'provincial', 'other'),
          eventType: fc.constantFrom('academicConference', 'technicalExchange', 'industryCompetition', 'other'), heldInDistrict: bool(),
          hostRole: fc.constantFrom('host', 'host', 'organizerOnly'), heldOn: factDate(f), filedAndApprovedOn: fc.option(factDate(f), { freq: 6, nil: undefined }),
          totalCost: fc.constant(total), costBorneByHost: fc.constant(`${Math.floor(borne / 100)}.${String(borne % 100).padStart(2, '0')}`) });
      });
    case 'art06_1':
      return fc.record({ ...base, topic: fc.constantFrom('robotLeaderLanding', 'robotPark') });
    case 'art09_2':
      return fc.record({ ...base, topic: fc.constantFrom('computeFacilities', 'inclusiveCompute', 'greenDataCentre', 'innovationPlatform', 'enterpriseCultivation', 'investmentFinancing', 'talent') });
    case 'art09_1':
      return fc.record({ ...base, topic: fc.constant('caseByCase') });
    default:
      throw new Error(`no generator for ${clause}`);
  }
}

/** Every claim kind: the 23 award lines and the three referral items. */
export const CLAUSE_KINDS: readonly string[] = [...AWARD_LINES, 'art06_1', 'art09_1', 'art09_2'];

/** One claim of any kind (id set by the caller). */
export function anyClaim(f: Frame, kinds: readonly string[] = CLAUSE_KINDS): fc.Arbitrary<Json> {
  return fc.constantFrom(...kinds).chain((clause) => claimFields(clause, f).map((fields) => ({ ...compact(fields), clause })));
}

/** Claims with unique ids `c0`, `c1`, …; an uplift (六(三)) usually comes with a 五(三) line of the same product. */
export function claims(f: Frame, opts: { maxLength?: number; kinds?: readonly string[] } = {}): fc.Arbitrary<Json[]> {
  return fc.array(anyClaim(f, opts.kinds), { minLength: 1, maxLength: opts.maxLength ?? 6 }).chain((cs) => {
    const extra = cs
      .filter((c) => c.clause === 'art06_3')
      .map((c) => claimFields('art05_3', f).map((fields) => ({ ...compact(fields), subjectId: c.subjectId, clause: 'art05_3' })));
    return (extra.length === 0 ? fc.constant([] as Json[]) : fc.tuple(...extra).map((xs) => xs as Json[])).map((more) =>
      [...cs, ...more].map((c, i) => ({ id: `c${i}`, ...c })),
    );
  });
}

const FIELDS = ['computeAndAlgorithms', 'aiChipsAndSmartSensors', 'largeModels', 'dataLabelingCollectionTrading', 'aiSoftwareAndSystems',
  'intelligentRobots', 'intelligentTerminals', 'aiIndustryApplications'];

/** A signed contribution by year, around the amounts claims reach (so 九(三) often binds). */
const contribution = (f: Frame) =>
  fc.tuple(...[f.year - 2, f.year - 1, f.year].map(() => fc.option(fc.oneof(
    { weight: 5, arbitrary: yuan(2_500_000) },
    { weight: 3, arbitrary: yuan(12_000_000) },
    { weight: 1, arbitrary: yuan(500_000).map((y) => (y === '0' ? y : `-${y}`)) },
    { weight: 2, arbitrary: yuan(999_999_999) },
  ), { freq: 9, nil: undefined }))).map((values) => {
    const out: Record<string, string> = {};
    values.forEach((v, i) => {
      if (v !== undefined) out[String(f.year - 2 + i)] = v;
    });
    return out;
  });

/** A beneficiary; `inScope` makes every gate of 一 pass. */
export function beneficiary(f: Frame, inScope = false): fc.Arbitrary<Json> {
  const gate = inScope ? fc.constant(true) : bool(0.97);
  return fc.record({
    id: fc.constantFrom('B1', 'B2'),
    name: fc.option(fc.constantFrom('示例企业', 'Example Co.'), { nil: undefined }),
    legalForm: inScope
      ? fc.constantFrom('enterprise', 'enterprise', 'enterprise', 'publicInstitution', 'socialOrganization', 'privateNonEnterpriseUnit')
      : fc.constantFrom('enterprise', 'enterprise', 'enterprise', 'publicInstitution', 'socialOrganization', 'privateNonEnterpriseUnit', 'branchOffice', 'unincorporated'),
    rndInstitution: bool(0.15),
    registeredInDistrict: gate,
    taxAdministeredInDistrict: gate,
    statsRegisteredInDistrict: gate,
    independentLegalPerson: gate,
    soundFinancialSystem: gate,
    operatingNormally: gate,
    goodCredit: gate,
    mainBusinessFields: inScope ? fc.subarray(FIELDS, { minLength: 1 }) : fc.subarray(FIELDS),
    districtContribution: contribution(f),
    oneEnterpriseOnePolicy: fc.option(fc.record({ signedOn: dateBetween('2024-01-01', `${f.year + 1}-12-31`),
      similarClauses: fc.subarray([...AWARD_LINES], { maxLength: 3 }) }), { freq: 8, nil: undefined }),
    fraudFindings: inScope ? fc.constant(undefined) : fc.option(fc.array(dateBetween('2024-01-01', `${f.year}-12-31`).chain((confirmedOn) =>
      fc.record({ confirmedOn: fc.constant(confirmedOn), scope: fc.oneof(fc.constant('all' as const), fc.subarray([...AWARD_LINES], { minLength: 1, maxLength: 3 })),
        liftedOn: fc.option(dateBetween(confirmedOn, `${f.year + 1}-12-31`), { nil: undefined }) }).map(compact)), { maxLength: 2 }), { freq: 6, nil: undefined }),
    otherDistrictSupport: fc.option(fc.array(fc.record({ policy: fc.constantFrom('郑港〔2024〕12号', 'other'), subjectId: fc.constantFrom('S1', 'S2', 'P1'),
      projectId: fc.option(fc.constantFrom('P1', 'P2', 'S1'), { freq: 3, nil: undefined }),
      clause: fc.constantFrom(...AWARD_LINES), amount: yuan(2_000_000), paidOn: dateBetween('2024-01-01', f.approvalDate) }).map(compact), { maxLength: 2 }), { freq: 5, nil: undefined }),
  }).map(compact);
}

/** Projects for 九(四): unique ids, usually with an audited investment. */
export const projects: fc.Arbitrary<Json[] | undefined> = fc.option(
  fc.uniqueArray(fc.record({ id: fc.constantFrom('P1', 'P2', 'S1', 'S2', 'S3'), auditedInvestment: fc.option(yuan(15_000_000), { freq: 6, nil: undefined }),
    superiorFunding: fc.option(yuan(5_000_000), { freq: 3, nil: undefined }) }).map(compact), { selector: (p) => p.id, maxLength: 4 }),
  { freq: 6, nil: undefined },
);

const TIERS = ['national', 'provincial', 'nationalDemoFactory', 'provincialSmartFactory', 'provincialSmartWorkshop'];

/** One earlier payment (paid ≤ entitlement, refunded ≤ paid, paid on or after its award year). */
export function paidLine(f: Frame, clauses: readonly string[] = AWARD_LINES, years: readonly number[] = [f.year - 3, f.year - 2, f.year - 1, f.year]): fc.Arbitrary<Json> {
  return fc.tuple(fc.constantFrom(...clauses), fc.constantFrom(...years), fc.integer({ min: 0, max: 300_000_000 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }))
    .chain(([clause, awardYear, entitlement, paidShare, refundShare]) => {
      const paid = Math.floor((entitlement * paidShare) / 100);
      const refunded = Math.floor((paid * refundShare) / 100);
      const y = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
      return fc.record({
        clause: fc.constant(clause), subjectId: fc.constantFrom('S1', 'S2', 'S3', 'P1'), awardYear: fc.constant(awardYear),
        entitlement: fc.constant(y(entitlement)), paid: fc.constant(y(paid)),
        refunded: fc.option(fc.constant(y(refunded)), { freq: 4, nil: undefined }),
        paidOn: fc.option(dateBetween(`${awardYear}-01-01`, `${awardYear + 1}-06-30`), { nil: undefined }),
        projectId: fc.option(fc.constantFrom('P1', 'P2', 'S1'), { freq: 3, nil: undefined }),
        tier: fc.option(fc.constantFrom(...TIERS), { freq: 3, nil: undefined }),
        superiorFunded: fc.option(fc.boolean(), { freq: 4, nil: undefined }),
      }).map(compact);
    });
}

/** A valid application; `inScope` keeps the beneficiary inside 一 (more lines reach the money). */
export function application(opts: { inScope?: boolean; maxClaims?: number; kinds?: readonly string[] } = {}): fc.Arbitrary<Json> {
  return frame.chain((f) =>
    fc.record({
      beneficiary: beneficiary(f, opts.inScope ?? false),
      awardYear: fc.constant(f.year),
      approvalDate: fc.constant(f.approvalDate),
      applicationDate: fc.option(dateBetween(`${f.year - 1}-06-01`, f.approvalDate), { freq: 3, nil: undefined }),
      claims: claims(f, { maxLength: opts.maxClaims ?? 6, ...(opts.kinds ? { kinds: opts.kinds } : {}) }),
      projects,
      history: fc.option(fc.array(paidLine(f), { maxLength: 6 }), { freq: 2, nil: undefined }),
      annualCapOverride: fc.option(fc.record({ decisionRef: fc.constantFrom('管委会〔2026〕1号'), reason: fc.constantFrom('一事一议批准') }), { freq: 8, nil: undefined }),
      investments: claimInvestments,
    }).map(withClaimInvestments).map(asJson),
  );
}

/** For some claims, an audited investment given on the claim (D1): per project, one figure (the record's, if any). */
const claimInvestments = fc.array(fc.tuple(fc.boolean(), yuan(15_000_000)), { minLength: 12, maxLength: 12 });

function withClaimInvestments(app: Json): Json {
  const { investments, ...rest } = app as Json & { investments: [boolean, string][] };
  const known = new Map<string, string>();
  for (const p of (rest.projects as Json[] | undefined) ?? []) if (typeof p.auditedInvestment === 'string') known.set(p.id as string, p.auditedInvestment);
  const claimsOut = (rest.claims as Json[]).map((c, i) => {
    const [give, amount] = investments[i % investments.length]!;
    if (!give || c.clause === 'art06_3' || c.clause === 'art06_1' || c.clause === 'art09_1' || c.clause === 'art09_2') return c;
    const project = (c.projectId ?? c.subjectId) as string;
    if (!known.has(project)) known.set(project, amount);
    return { ...c, auditedInvestment: known.get(project)! };
  });
  return { ...rest, claims: claimsOut };
}

/** The value as it arrives from JSON text: plain objects and arrays only, optional fields left out. */
const asJson = (v: Json): Json => JSON.parse(JSON.stringify(v)) as Json;

/** Readings: each either its default or a random alternative. */
export function readingsArb(all: readonly { id: string; options: Readonly<Record<string, unknown>> }[]): fc.Arbitrary<Record<string, string>> {
  return fc.tuple(...all.map((r) => fc.option(fc.constantFrom(...Object.keys(r.options)), { freq: 2, nil: undefined }))).map((choices) => {
    const out: Record<string, string> = {};
    choices.forEach((c, i) => {
      if (c !== undefined) out[all[i]!.id] = c;
    });
    return out;
  });
}

/**
 * A multi-year input: consecutive award years from 2025 or 2026, one batch each, claims of `kinds` for a small set
 * of subjects (so the same product, model or title comes back year after year), and a contribution for every
 * year, mostly large enough that the clauses' own caps, not 九(三), bind.
 */
export function multiYear(kinds: readonly string[], opts: { maxYears?: number; maxClaims?: number } = {}): fc.Arbitrary<Json> {
  return fc.tuple(fc.integer({ min: 2025, max: 2026 }), fc.integer({ min: 2, max: opts.maxYears ?? 4 })).chain(([first, n]) => {
    const frames = Array.from({ length: n }, (_, i) => ({ year: first + i, approvalDate: `${first + i}-12-15` }));
    const last = frames[frames.length - 1]!;
    const contributions = fc.tuple(...[first - 1, ...frames.map((f) => f.year)].map(() => fc.oneof(
      { weight: 4, arbitrary: yuan(999_999_999, 100_000_000) },
      { weight: 1, arbitrary: yuan(3_000_000) },
    ))).map((values) => Object.fromEntries(values.map((v, i) => [String(first - 1 + i), v])));
    return fc.record({
      beneficiary: fc.tuple(beneficiary({ year: last.year, approvalDate: `${first}-06-01` }, true), contributions).map(([b, c]) => ({ ...b, districtContribution: c })),
      years: fc.tuple(...frames.map((f) => fc.record({
        awardYear: fc.constant(f.year),
        approvalDate: dateBetween(`${f.year}-06-01`, `${f.year}-12-31`),
        claims: claims({ year: f.year, approvalDate: `${f.year}-06-01` }, { kinds, maxLength: opts.maxClaims ?? 4 }),
        projects,
      }).map(compact))),
    }).map(asJson);
  });
}
