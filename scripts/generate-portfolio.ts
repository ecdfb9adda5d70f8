/**
 * Generates the SYNTHETIC sample portfolio in fixtures/portfolio/portfolio.json: beneficiaries over the award
 * years 2026–2028, each a multi-year input (`{ beneficiary, history?, years }`, see src/multiyear.ts). Nothing in
 * it describes a real enterprise: names, ids and figures are made up by a seeded pseudo-random generator, so the
 * same seed always gives the same file.
 *
 * The portfolio is built from archetypes, one per situation the policy has to handle (every award line, every
 * cross-cutting constraint, the thresholds and window edges the drafters are likely to move). The first pass
 * takes each archetype once, so even a small portfolio exercises everything; later beneficiaries draw archetypes
 * at random with varied figures.
 *
 * Run: `npx tsx scripts/generate-portfolio.ts [--size 200] [--seed 20260101] [--out fixtures/portfolio/portfolio.json]`
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

/** A JSON object of the input model. */
type Json = Record<string, unknown>;

/** The default seed and size of the committed fixture. */
export const PORTFOLIO_SEED = 20260101;
export const PORTFOLIO_SIZE = 200;

/** What every generated beneficiary's name says. */
export const SYNTHETIC_MARK = '（合成数据 / synthetic）';

/** mulberry32: a small, fast, seeded PRNG with a 2^32 period (good enough for test data, never for secrets). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random helpers over one PRNG. */
class Dice {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** A whole number in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)]!;
  }
  /** An amount in yuan between lo and hi (whole yuan), written with two decimals; sometimes with fen. */
  yuan(lo: number, hi: number, step = 1000): string {
    const whole = Math.floor(this.int(lo, hi) / step) * step;
    const fen = this.chance(0.3) ? this.int(1, 99) : 0;
    return `${whole}.${String(fen).padStart(2, '0')}`;
  }
}

const pad = (n: number): string => String(n).padStart(2, '0');
const date = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;

/** One award year: approval between May and November; facts dated between January and April of that year. */
interface Year {
  readonly y: number;
  readonly approval: string;
  fact(): string;
}

/**
 * Builds one beneficiary's input; `k` numbers the beneficiary, `n` counts the earlier beneficiaries of the same
 * archetype (so that edge cases are taken in turn rather than left to chance).
 */
type Archetype = (g: Dice, k: string, years: readonly Year[], n: number) => Json;

function yearsOf(g: Dice, list: readonly number[]): Year[] {
  return list.map((y) => ({
    y,
    approval: date(y, g.int(5, 11), g.int(1, 28)),
    fact: () => date(y, g.int(1, 4), g.int(1, 28)),
  }));
}

/** An in-scope enterprise with a large contribution (九(三) does not bind unless an archetype lowers it). */
function enterprise(k: string, name: string, fields: string[], over: Json = {}): Json {
  return {
    id: `SYN-${k}`,
    name: `${name}${SYNTHETIC_MARK}`,
    legalForm: 'enterprise',
    rndInstitution: false,
    registeredInDistrict: true,
    taxAdministeredInDistrict: true,
    statsRegisteredInDistrict: true,
    independentLegalPerson: true,
    soundFinancialSystem: true,
    operatingNormally: true,
    goodCredit: true,
    mainBusinessFields: fields,
    districtContribution: { '2024': '90000000.00', '2025': '90000000.00', '2026': '90000000.00', '2027': '90000000.00', '2028': '90000000.00' },
    ...over,
  };
}

function app(year: Year, claims: Json[], extra: Json = {}): Json {
  return { awardYear: year.y, approvalDate: year.approval, claims, ...extra };
}

const ALL_YEARS = [2026, 2027, 2028];

/** The archetypes, each named after what it exercises. */
export const ARCHETYPES: Readonly<Record<string, Archetype>> = {
  /** 二(二) and 八(二) on the same revenue stream (OG4); revenue sometimes exactly at the 300万元 threshold. */
  dataService(g, k, years) {
    const edge = g.chance(0.35);
    const revenue = (): string => (edge ? '3000000.00' : g.yuan(2_000_000, 16_000_000));
    return {
      beneficiary: enterprise(k, `数据服务企业${k}`, ['dataLabelingCollectionTrading']),
      years: years.map((yr) => {
        const base = String(yr.y - 1);
        const claims: Json[] = [{ id: `R${yr.y}`, clause: 'art02_2', subjectId: 'data-revenue', recognized: true, dataServiceRevenue: { [base]: revenue() } }];
        if (g.chance(0.6)) {
          claims.push({ id: `P${yr.y}`, clause: 'art08_2', subjectId: 'data-revenue', evaluationPassed: { [base]: true },
            serviceRevenue: { [base]: g.yuan(2_500_000, 12_000_000) }, servedEnterprises: { [base]: g.int(40, 90) } });
        }
        return app(yr, claims);
      }),
    };
  },
  /** 八(二) platforms at the edges: revenue exactly 300万元 (超过 fails), served exactly 50 (（含）以上 passes). */
  servicePlatform(g, k, years) {
    return {
      beneficiary: enterprise(k, `公共服务平台运营企业${k}`, ['aiSoftwareAndSystems']),
      years: years.map((yr) => {
        const base = String(yr.y - 1);
        const revenue = g.pick(['3000000.00', '3000000.01', g.yuan(3_000_000, 20_000_000)]);
        const served = g.pick([49, 50, 51, g.int(50, 120)]);
        return app(yr, [{ id: `P${yr.y}`, clause: 'art08_2', subjectId: `platform-${k}`, evaluationPassed: { [base]: g.chance(0.9) },
          serviceRevenue: { [base]: revenue }, servedEnterprises: { [base]: served } }]);
      }),
    };
  },
  /** 三(一) tranches of one project over the years (item cap, cumulative ladder) and 三(三) for it (OG2, 九(四)). */
  algorithmRd(g, k, years) {
    const category = g.pick(['sciTechTackling', 'keyRd', 'majorSciTech'] as const);
    const maxCap = { sciTechTackling: 1_000_000, keyRd: 2_000_000, majorSciTech: 10_000_000 }[category];
    const project = `rd-${k}`;
    const investment = g.chance(0.5) ? g.yuan(maxCap / 2, maxCap * 2) : g.yuan(maxCap * 3, maxCap * 6);
    return {
      beneficiary: enterprise(k, `算法研发企业${k}`, ['computeAndAlgorithms']),
      years: years.map((yr, i) => {
        const claims: Json[] = [{ id: `A${yr.y}`, clause: 'art03_1', subjectId: project, projectId: project, category,
          onDistrictList: true, approved: true, approvedOn: yr.fact(), approvedAmount: g.yuan(maxCap / 2, maxCap * 1.5),
          nationalOrProvincialFunding: true }];
        if (i > 0 || g.chance(0.5)) {
          claims.push({ id: `M${yr.y}`, clause: 'art03_3', subjectId: project, projectId: project, aiField: true, disbursements: [
            { programme: g.pick(['nationalMajorSpecial', 'nationalKeyRd', 'provincialMajorSpecial', 'provincialKeyRd']), calendarYear: yr.y - 1, amount: g.yuan(200_000, 3_000_000) },
            { programme: 'provincialKeyRd', calendarYear: yr.y - 1, amount: g.yuan(100_000, 1_000_000) },
          ] });
        }
        return app(yr, claims, { projects: [{ id: project, auditedInvestment: investment }] });
      }),
    };
  },
  /** 三(二) first-version software: the 300万元 product cap over years and the 600万元 enterprise-year cap. */
  software(g, k, years) {
    const products = [`sw-${k}-a`, `sw-${k}-b`, `sw-${k}-c`];
    return {
      beneficiary: enterprise(k, `软件企业${k}`, ['aiSoftwareAndSystems']),
      years: years.map((yr) => {
        const claims = products.slice(0, g.int(1, 3)).map((p, i) => ({ id: `S${yr.y}-${i}`, clause: 'art03_2', subjectId: p,
          firstVersionRecognized: true, recognizedOn: date(yr.y, 1, 5),
          // D9: the product's tranches of the batch, one line; now and then two tranches at once.
          provincialFunding: [{ amount: g.yuan(800_000, 2_600_000), receivedOn: yr.fact() },
            ...(g.chance(0.25) ? [{ amount: g.yuan(100_000, 600_000), receivedOn: yr.fact() }] : [])] }));
        return app(yr, claims, { projects: products.map((p) => ({ id: p, auditedInvestment: '50000000.00' })) });
      }),
    };
  },
  /** 四(一) and 四(二) for one model (OG1), parameter counts at the 千亿 / 百亿 edges, 四(三) filings (one-time). */
  largeModel(g, k, years, n) {
    const model = `model-${k}`;
    const general = ['100000000000', '100000000001', '175000000000', '99000000000'][n % 4]!;
    const vertical = ['10000000000', '10000000001', '34000000000'][n % 3]!;
    const [first, second] = years;
    const evaluated = first!.fact();
    const out: Json[] = [app(first!, [
      { id: 'G', clause: 'art04_1', subjectId: model, selfDeveloped: true, deployedParams: general, deployedInDistrict: true,
        thirdPartyEvaluated: true, domesticLeading: true, evaluatedOn: evaluated, recognized: true, leadDeveloper: true,
        constructionCost: g.yuan(8_000_000, 60_000_000) },
      { id: 'V', clause: 'art04_2', subjectId: model, deployedParams: vertical, deployedInDistrict: true, thirdPartyEvaluated: true,
        majorIndustryInfluence: true, evaluatedOn: evaluated, recognized: true, leadDeveloper: true, constructionCost: g.yuan(5_000_000, 30_000_000) },
      { id: 'F', clause: 'art04_3', subjectId: model, filingType: 'cacGenerativeAiFiling', filedOn: first!.fact(),
        evaluationRelatedFees: g.yuan(200_000, 1_600_000), approvedAmount: g.yuan(100_000, 900_000) },
    ])];
    if (second) {
      out.push(app(second, [{ id: 'F2', clause: 'art04_3', subjectId: `${model}-v2`, filingType: 'cacGenerativeAiFiling',
        filedOn: second.fact(), evaluationRelatedFees: g.yuan(200_000, 900_000) }]));
    }
    return { beneficiary: enterprise(k, `大模型企业${k}`, ['largeModels']), years: out };
  },
  /** 五(一) provincial then national for the same project (ladder with history) and 六(四)b for it (OG3). */
  scenario(g, k, years) {
    const project = `scene-${k}`;
    const [first, second] = years;
    const out: Json[] = [app(first!, [
      { id: 'S1', clause: 'art05_1', subjectId: project, subjectInAiField: true, selections: [{ level: 'provincial', announcedOn: first!.fact() }] },
      { id: 'B1', clause: 'art06_4b', subjectId: project, projectId: project, subjectInAiField: true, selectedProvincial: true,
        selectedOn: date(first!.y, 1, 3), provincialSupport: { amount: g.yuan(300_000, 2_500_000), receivedOn: first!.fact() } },
    ], { projects: [{ id: project, auditedInvestment: g.yuan(5_000_000, 20_000_000) }] })];
    // The project had provincial money (六(四)b): the national selection is under 九(四) too (D1), pending when the
    // second year's batch does not repeat the audited investment.
    if (second) {
      out.push(app(second, [{ id: 'S2', clause: 'art05_1', subjectId: project, subjectInAiField: true, selections: [{ level: 'national', announcedOn: second.fact() }] }],
        g.chance(0.7) ? { projects: [{ id: project, auditedInvestment: g.yuan(5_000_000, 20_000_000) }] } : {}));
    }
    return { beneficiary: enterprise(k, `场景应用企业${k}`, g.chance(0.5) ? ['aiIndustryApplications'] : []), years: out };
  },
  /** 五(二) 晋级补差 with a title paid before the portfolio's years (history) and money from another district policy. */
  manufacturing(g, k, years) {
    const ladder = ['provincialSmartWorkshop', 'provincialSmartFactory', 'provincialBenchmark', 'nationalDemoFactory'];
    const history = [{ clause: 'art05_2', subjectId: `factory-${k}`, awardYear: 2025, entitlement: '300000.00', paid: '300000.00',
      paidOn: '2025-10-20', tier: 'provincialSmartWorkshop' }];
    const other = g.chance(0.5) ? [{ policy: '航空港区制造业高质量发展政策（合成）', subjectId: `factory-${k}`, clause: 'art05_2', amount: '200000.00', paidOn: '2025-11-01' }] : [];
    return {
      beneficiary: enterprise(k, `智能制造企业${k}`, [], { otherDistrictSupport: other }),
      history,
      years: years.map((yr, i) => app(yr, [{ id: `T${yr.y}`, clause: 'art05_2', subjectId: `factory-${k}`, subjectInAiField: true,
        titles: [{ title: ladder[Math.min(ladder.length - 1, i + 1 + g.int(0, 1))]!, announcedOn: yr.fact() }] }])),
    };
  },
  /** 五(三) 首台（套） with the 六(三) robot uplift; 九(四) binds on a small audited investment, or is missing (pending). */
  firstSet(g, k, years) {
    const product = `robot-${k}`;
    const audit = g.pick(['small', 'large', 'missing'] as const);
    const award = g.int(1_000_000, 4_000_000);
    const investment = audit === 'small' ? `${Math.floor(award * 1.1)}.00` : '80000000.00';
    return {
      beneficiary: enterprise(k, `机器人企业${k}`, ['intelligentRobots']),
      years: years.slice(0, 2).map((yr, i) => app(yr, [
        { id: `E${i}`, clause: 'art05_3', subjectId: i === 0 ? product : `${product}-${i}`, aiProduct: true, recognitionLevel: 'provincial',
          recognizedOn: date(yr.y, 1, 2), superiorLevel: g.pick(['national', 'provincial']),
          superiorAward: { amount: `${award}.00`, receivedOn: yr.fact() } },
        { id: `U${i}`, clause: 'art06_3', subjectId: i === 0 ? product : `${product}-${i}`, intelligentRobot: g.chance(0.8) },
      ], audit === 'missing' ? {} : { projects: [{ id: i === 0 ? product : `${product}-${i}`, auditedInvestment: investment }] })),
    };
  },
  /** 六(二) provincial then national pilot platform (ladder), 六(四)a cases, 六(五)a standards, 六(五)b once. */
  robotics(g, k, years) {
    const platform = `pilot-${k}`;
    return {
      beneficiary: enterprise(k, `机器人平台企业${k}`, ['intelligentRobots']),
      years: years.map((yr, i) => {
        const claims: Json[] = [{ id: `L${yr.y}`, clause: 'art06_2', subjectId: platform,
          recognitions: [{ level: i === 0 ? 'provincial' : 'national', recognizedOn: yr.fact(), approvedAmount: g.yuan(1_000_000, 6_000_000) }] }];
        claims.push({ id: `C${yr.y}`, clause: 'art06_4a', subjectId: `case-${k}-${yr.y}`, reviewedExcellent: true, reviewedOn: yr.fact(),
          approvedAmount: g.yuan(200_000, 800_000) });
        claims.push({ id: `N${yr.y}`, clause: 'art06_5a', subjectId: `std-${k}-${yr.y}`, standardLevel: g.pick(['national', 'industry']),
          role: g.chance(0.85) ? 'leadDrafter' : 'participant', standardKind: 'new', roboticsRelated: true, publishedOn: yr.fact(),
          approvedAmount: g.yuan(300_000, 1_400_000) });
        if (i < 2) claims.push({ id: `Q${yr.y}`, clause: 'art06_5b', subjectId: `miit-list-${k}`, firstIncludedOn: yr.fact(), previouslyIncluded: false });
        return app(yr, claims);
      }),
    };
  },
  /** 七(一) provincial then national park (ladder), 七(二)a base (one-time), 七(二)b yearly operating award (capped). */
  parks(g, k, years) {
    const park = `park-${k}`;
    return {
      beneficiary: enterprise(k, `园区运营单位${k}`, [], { legalForm: g.pick(['enterprise', 'publicInstitution']) }),
      years: years.map((yr, i) => {
        const base = String(yr.y - 1);
        const claims: Json[] = [
          { id: `O${yr.y}`, clause: 'art07_2b', subjectId: park, subjectInAiField: true, districtBenchmarkPark: true,
            ratings: { [base]: g.pick(['excellent', 'excellent', 'excellent', 'good']) }, operatingCost: { [base]: g.yuan(1_000_000, 9_000_000) } },
        ];
        if (i < 2) claims.push({ id: `K${yr.y}`, clause: 'art07_1', subjectId: park, subjectInAiField: true, designations: [{ level: i === 0 ? 'provincial' : 'national', designatedOn: yr.fact() }] });
        if (i !== 1) claims.push({ id: `D${yr.y}`, clause: 'art07_2a', subjectId: `label-base-${k}`, subjectInAiField: true, level: 'provincial', designatedOn: yr.fact() });
        return app(yr, claims);
      }),
    };
  },
  /** 八(一) showcase centre (decoration matters under A8.1.1) and 八(三) events (item cap, net vs gross cost). */
  showcaseAndEvents(g, k, years) {
    return {
      beneficiary: enterprise(k, `展示中心运营企业${k}`, ['aiIndustryApplications']),
      years: years.map((yr, i) => {
        const total = g.int(600_000, 5_000_000);
        const borne = Math.floor(total * (0.5 + g.int(0, 40) / 100));
        const held = yr.fact();
        const claims: Json[] = [{ id: `E${yr.y}`, clause: 'art08_3', subjectId: `event-${k}-${yr.y}`, subjectInAiField: true,
          eventLevel: g.pick(['national', 'provincial', 'provincial', 'other']), eventType: g.pick(['academicConference', 'industryCompetition', 'technicalExchange']),
          heldInDistrict: true, hostRole: 'host', filedAndApprovedOn: date(yr.y, 1, 1), heldOn: held,
          totalCost: `${total}.00`, costBorneByHost: `${borne}.00` }];
        if (i === 0) {
          claims.push({ id: 'X', clause: 'art08_1', subjectId: `showcase-${k}`, recognized: true, recognizedOn: yr.fact(),
            equipmentPurchased: g.yuan(1_000_000, 6_000_000), softwarePurchased: g.yuan(100_000, 2_000_000),
            equipmentOrSoftwareLeasedPaid: g.yuan(0, 1_000_000), decorationCost: g.yuan(1_000_000, 8_000_000) });
        }
        return app(yr, claims);
      }),
    };
  },
  /** 二(一) data "firsts": indeterminate until a ratio is set; the 100万元 lifetime cap across years. */
  dataFirsts(g, k, years) {
    const kinds = ['firstRegistration', 'firstListing', 'firstTransaction', 'firstBalanceSheetEntry'];
    return {
      beneficiary: enterprise(k, `数据交易企业${k}`, ['dataLabelingCollectionTrading']),
      years: years.map((yr) => app(yr, [1, 2].map((n) => ({ id: `F${yr.y}-${n}`, clause: 'art02_1', subjectId: `dataset-${k}-${yr.y}-${n}`,
        eventKind: g.pick(kinds), superiorLevel: g.pick(['national', 'provincial', 'municipal']),
        superiorAward: { amount: g.yuan(100_000, 900_000), receivedOn: yr.fact() } })),
      { projects: [1, 2].map((n) => ({ id: `dataset-${k}-${yr.y}-${n}`, auditedInvestment: '5000000.00' })) })),
    };
  },
  /** A start-up whose small contribution makes 九(三) bind (and whose award-year contribution differs: A9.3.2). */
  annualCapStartup(g, k, years) {
    const contribution = (): string => g.yuan(150_000, 900_000);
    return {
      beneficiary: enterprise(k, `初创企业${k}`, ['largeModels'], {
        districtContribution: { '2025': contribution(), '2026': contribution(), '2027': contribution(), '2028': g.yuan(1_000_000, 3_000_000) } }),
      years: years.map((yr) => {
        const base = String(yr.y - 1);
        return app(yr, [
          { id: `R${yr.y}`, clause: 'art02_2', subjectId: 'revenue', recognized: true, dataServiceRevenue: { [base]: g.yuan(3_000_000, 9_000_000) } },
          { id: `C${yr.y}`, clause: 'art06_4a', subjectId: `case-${k}-${yr.y}`, reviewedExcellent: true, reviewedOn: yr.fact(), approvedAmount: g.yuan(200_000, 500_000) },
          { id: `E${yr.y}`, clause: 'art08_3', subjectId: `event-${k}-${yr.y}`, eventLevel: 'provincial', eventType: 'technicalExchange',
            heldInDistrict: true, hostRole: 'host', filedAndApprovedOn: date(yr.y, 1, 1), heldOn: date(yr.y, 3, 15),
            totalCost: '800000.00', costBorneByHost: '800000.00' },
        ], g.chance(0.2) ? { annualCapOverride: { decisionRef: `管委会决定〔${yr.y}〕${k}号（合成）`, reason: '特别重大项目（合成）' } } : {});
      }),
    };
  },
  /** R&D institutions: exempt from 九(三) (A9.3.4), one of them enterprise-form (not exempt under A9.3.4 b). */
  rdInstitution(g, k, years) {
    const form = g.pick(['publicInstitution', 'enterprise', 'privateNonEnterpriseUnit']);
    return {
      beneficiary: enterprise(k, `新型研发机构${k}`, ['computeAndAlgorithms'], { legalForm: form, rndInstitution: true,
        districtContribution: { '2025': '50000.00', '2026': '60000.00', '2027': '70000.00', '2028': '80000.00' } }),
      years: years.map((yr) => app(yr, [
        { id: `A${yr.y}`, clause: 'art03_1', subjectId: `inst-project-${k}-${yr.y}`, category: 'keyRd', onDistrictList: true, approved: true,
          approvedOn: yr.fact(), approvedAmount: g.yuan(500_000, 2_000_000) },
        { id: `M${yr.y}`, clause: 'art03_3', subjectId: `inst-match-${k}-${yr.y}`, aiField: true,
          disbursements: [{ programme: 'provincialMajorSpecial', calendarYear: yr.y - 1, amount: g.yuan(400_000, 2_000_000) }] },
      ], { projects: [{ id: `inst-match-${k}-${yr.y}`, auditedInvestment: '30000000.00' }] })),
    };
  },
  /** 一企一策: an agreement covering similar clauses excludes them; the other lines are paid. */
  oneEnterpriseOnePolicy(g, k, years) {
    return {
      beneficiary: enterprise(k, `一企一策企业${k}`, ['largeModels'], {
        oneEnterpriseOnePolicy: { signedOn: date(years[0]!.y, 1, 1), similarClauses: ['art04_2', 'art08_1'] } }),
      years: years.slice(0, 1).map((yr) => app(yr, [
        { id: 'V', clause: 'art04_2', subjectId: `model-${k}`, deployedParams: '52000000000', deployedInDistrict: true, thirdPartyEvaluated: true,
          majorIndustryInfluence: true, evaluatedOn: yr.fact(), recognized: true, leadDeveloper: true, constructionCost: g.yuan(4_000_000, 20_000_000) },
        { id: 'G', clause: 'art04_1', subjectId: `model-${k}`, selfDeveloped: true, deployedParams: '130000000000', deployedInDistrict: true,
          thirdPartyEvaluated: true, domesticLeading: true, evaluatedOn: yr.fact(), recognized: true, leadDeveloper: true, constructionCost: g.yuan(4_000_000, 20_000_000) },
        { id: 'X', clause: 'art08_1', subjectId: `showcase-${k}`, recognized: true, recognizedOn: yr.fact(), equipmentPurchased: '2000000.00',
          softwarePurchased: '500000.00', equipmentOrSoftwareLeasedPaid: '0.00', decorationCost: '1500000.00' },
      ])),
    };
  },
  /** 九(七) window edges: facts on 2025-06-30 / 2025-07-01 and 2028-06-30 / 2028-07-01. */
  windowEdges(g, k) {
    const model = `edge-${k}`;
    const early = yearsOf(g, [2025])[0]!;
    const late = { y: 2028, approval: date(2028, 9, g.int(1, 28)), fact: () => '2028-06-30' };
    return {
      beneficiary: enterprise(k, `窗口边界企业${k}`, ['largeModels']),
      years: [
        app({ ...early, approval: date(2025, g.int(8, 12), g.int(1, 28)) }, [
          { id: 'before', clause: 'art04_3', subjectId: `${model}-a`, filingType: 'cacGenerativeAiFiling', filedOn: '2025-06-30', evaluationRelatedFees: '300000.00' },
          { id: 'first', clause: 'art06_5b', subjectId: `${model}-list`, firstIncludedOn: '2025-07-01', previouslyIncluded: false },
        ]),
        app(late, [
          { id: 'last', clause: 'art06_4a', subjectId: `${model}-case-1`, reviewedExcellent: true, reviewedOn: '2028-06-30', approvedAmount: '450000.00' },
          { id: 'after', clause: 'art06_4a', subjectId: `${model}-case-2`, reviewedExcellent: true, reviewedOn: '2028-07-01', approvedAmount: '450000.00' },
          { id: 'annual', clause: 'art02_2', subjectId: 'revenue', recognized: true, dataServiceRevenue: { '2027': g.yuan(3_000_000, 8_000_000) } },
        ], { applicationDate: date(2028, 8, 1) }),
      ],
    };
  },
  /** Referrals (六(一), 九(一)③, 九(二)) next to paid lines, and money from another district policy (cross-policy 就高). */
  referralsAndCrossPolicy(g, k, years) {
    const yr = years[0]!;
    const centre = `showcase-${k}`;
    return {
      beneficiary: enterprise(k, `综合企业${k}`, ['aiIndustryApplications'], {
        otherDistrictSupport: [{ policy: '航空港区总部经济政策（合成）', subjectId: centre, clause: 'art08_1', amount: g.yuan(200_000, 900_000), paidOn: date(yr.y, 1, 2) }] }),
      years: [app(yr, [
        { id: 'R1', clause: 'art06_1', subjectId: `robot-park-${k}`, topic: g.pick(['robotLeaderLanding', 'robotPark']) },
        { id: 'R2', clause: 'art09_2', subjectId: `compute-${k}`, topic: g.pick(['computeFacilities', 'inclusiveCompute', 'greenDataCentre', 'innovationPlatform', 'enterpriseCultivation', 'investmentFinancing', 'talent']) },
        { id: 'R3', clause: 'art09_1', subjectId: `major-${k}`, topic: 'caseByCase' },
        { id: 'X', clause: 'art08_1', subjectId: centre, recognized: true, recognizedOn: yr.fact(), equipmentPurchased: g.yuan(1_000_000, 4_000_000),
          softwarePurchased: '300000.00', equipmentOrSoftwareLeasedPaid: '0.00', decorationCost: g.yuan(500_000, 3_000_000) },
      ])],
    };
  },
  /** Out of scope under some reading: an association (A1.1), a beneficiary relying on its subject's field (A1.2), a standing finding. */
  scopeEdges(g, k, years) {
    const variant = g.pick(['association', 'subjectField', 'finding', 'branch'] as const);
    const over: Json =
      variant === 'association' ? { legalForm: 'socialOrganization' }
        : variant === 'subjectField' ? { mainBusinessFields: [] }
          : variant === 'branch' ? { legalForm: 'branchOffice' }
            : { fraudFindings: [{ confirmedOn: date(years[0]!.y, 1, 15), scope: 'all', liftedOn: date(years[0]!.y + 1, 2, 1) }] };
    return {
      beneficiary: enterprise(k, `边界主体${k}`, ['aiIndustryApplications'], over),
      years: years.map((yr) => app(yr, [
        { id: `E${yr.y}`, clause: 'art08_3', subjectId: `event-${k}-${yr.y}`, subjectInAiField: true, eventLevel: 'national', eventType: 'industryCompetition',
          heldInDistrict: true, hostRole: 'host', filedAndApprovedOn: date(yr.y, 1, 1), heldOn: yr.fact(),
          totalCost: g.yuan(500_000, 4_000_000, 10_000), costBorneByHost: '400000.00' },
        { id: `K${yr.y}`, clause: 'art07_1', subjectId: `park-${k}`, subjectInAiField: true, designations: [{ level: yr.y === 2026 ? 'provincial' : 'national', designatedOn: yr.fact() }] },
      ])),
    };
  },
  /** The R9 reading: an earlier payment cut by 九(三) leaves room under a cumulative cap only when paid amounts count. */
  cumulativeAfterCut(g, k, years) {
    const product = `sw-${k}`;
    return {
      beneficiary: enterprise(k, `软件初创企业${k}`, ['aiSoftwareAndSystems']),
      history: [{ clause: 'art03_2', subjectId: product, awardYear: 2025, entitlement: '2400000.00', paid: g.yuan(600_000, 1_800_000), paidOn: '2025-11-20', projectId: product }],
      years: years.slice(0, 2).map((yr) => app(yr, [{ id: `S${yr.y}`, clause: 'art03_2', subjectId: product, firstVersionRecognized: true,
        recognizedOn: '2025-08-01', provincialFunding: [{ amount: g.yuan(600_000, 1_500_000), receivedOn: yr.fact() }] }],
      { projects: [{ id: product, auditedInvestment: '20000000.00' }] })),
    };
  },
};

/** Options of {@link generatePortfolio}. */
export interface PortfolioOptions {
  readonly seed?: number;
  readonly size?: number;
}

/**
 * A synthetic portfolio: `size` multi-year inputs, the first pass taking each archetype once.
 * The same options always give the same portfolio.
 */
export function generatePortfolio(options: PortfolioOptions = {}): Json[] {
  const seed = options.seed ?? PORTFOLIO_SEED;
  const size = options.size ?? PORTFOLIO_SIZE;
  const g = new Dice(seed);
  const names = Object.keys(ARCHETYPES);
  const out: Json[] = [];
  const used = new Map<string, number>();
  for (let i = 0; i < size; i++) {
    const name = i < names.length ? names[i]! : g.pick(names);
    const k = String(i + 1).padStart(size >= 10_000 ? 5 : 4, '0');
    const span = i < names.length || g.chance(0.7) ? ALL_YEARS : g.pick([[2026, 2027], [2027, 2028], [2026, 2028]]);
    const n = used.get(name) ?? 0;
    used.set(name, n + 1);
    out.push(ARCHETYPES[name]!(g, k, yearsOf(g, span), n));
  }
  return out;
}

/** The fixture file's text: the portfolio as pretty JSON, ending with a newline. */
export function portfolioFileText(options: PortfolioOptions = {}): string {
  return `${JSON.stringify(generatePortfolio(options), null, 2)}\n`;
}

function main(): void {
  const { values } = parseArgs({
    options: { size: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } },
    strict: true,
  });
  const size = values.size === undefined ? PORTFOLIO_SIZE : Number(values.size);
  const seed = values.seed === undefined ? PORTFOLIO_SEED : Number(values.seed);
  if (!Number.isInteger(size) || size < 1) throw new Error('--size must be a whole number ≥ 1');
  if (!Number.isInteger(seed)) throw new Error('--seed must be a whole number');
  const out = resolve(values.out ?? 'fixtures/portfolio/portfolio.json');
  writeFileSync(out, portfolioFileText({ seed, size }));
  process.stdout.write(`wrote ${size} synthetic beneficiaries (seed ${seed}) to ${out}\n`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
