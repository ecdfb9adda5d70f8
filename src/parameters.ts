/**
 * The parameter set: every amount, rate, threshold, date and rule switch that the clauses and constraints use,
 * each with its unit, the item it comes from and the words of the text that state it (`quote`, a verbatim
 * substring of `policy/policy.zh.md`; `token` is the part of the quote that writes the number).
 *
 * Values are strings so that money stays exact: yuan amounts as whole or two-place decimals, rates as decimal
 * fractions ("0.30" for 30 %, "0.5" for 1:0.5), counts and parameter counts as integers, dates as YYYY-MM-DD.
 * A parameter the text leaves open has `value: null` (二(一)'s ratio) or is marked as an `assumption`.
 */
import type { Comparison } from './boundaries.js';
import type { RuleId } from './ids.js';

/** What a parameter's value measures. */
export type ParamUnit =
  | 'yuan' // an amount of money in yuan
  | 'rate' // a fraction: 0.30 = 30 %, 0.5 = 1:0.5
  | 'count' // a whole number of things (enterprises served)
  | 'modelParams' // a whole number of model parameters
  | 'date' // YYYY-MM-DD
  | 'years' // a whole number of years
  | 'comparison' // 'atLeast' (（含）以上) or 'moreThan' (超过)
  | 'rounding'; // 'floor' or 'halfUp'

/** Which amounts a cap parameter bounds. */
export type CapScope =
  | 'perItem' // one project, product, model, case, standard, event, centre
  | 'perSubjectCumulative' // one subject over all years
  | 'perBeneficiaryPerYear'
  | 'perSubjectPerYear'
  | 'perUnitLifetime';

/** One parameter of the policy. */
export interface ParameterDef {
  readonly id: string;
  readonly rule: RuleId | 'general';
  readonly unit: ParamUnit;
  /** The default value, or null where the text sets none. */
  readonly value: string | null;
  /** Verbatim words of the canonical text that state the value (or leave it open); absent for a general rule. */
  readonly quote?: string;
  /** The part of `quote` that writes this value (e.g. `300万元`), absent when the text writes no number. */
  readonly token?: string;
  /** Which occurrence of `token` inside `quote` (0-based) when it appears more than once. */
  readonly occurrence?: number;
  readonly scope?: CapScope;
  /** Set when the value is not in the text: why this value was chosen. */
  readonly assumption?: string;
  readonly title: { readonly zh: string; readonly en: string };
  /**
   * The inclusive range a value may take, in the value's own unit (absent for `comparison` and `rounding`, whose
   * values are a closed set). Set by unit (see {@link rangeFor}); a value outside it is refused.
   */
  readonly range?: readonly [min: string, max: string];
}

/**
 * The range of a parameter's values, by unit. Amounts up to 10亿元 (the text's largest is 1000万元), rates that the
 * text writes as a percentage up to 100 % and matching ratios up to 1:10 (with the amount bound of money.ts, every
 * sum the engine forms stays exact), counts up to 10^9, model sizes up to 21 digits, the effective date in
 * 2000–2099 and the period of validity 1 to 20 years (so the window always ends before year 2200).
 */
export function rangeFor(def: Pick<ParameterDef, 'unit' | 'token' | 'id'>): readonly [string, string] | undefined {
  switch (def.unit) {
    case 'yuan':
      return ['0', '1000000000'];
    case 'rate':
      // A share of something (「10%」, 「上浮20%」, the budget factor) is at most the whole; a 1:x ratio at most 1:10.
      return def.token?.endsWith('%') || def.id === 'art09_3.budgetScale' ? ['0', '1'] : ['0', '10'];
    case 'count':
      return ['0', '1000000000'];
    case 'modelParams':
      return ['0', '999999999999999999999'];
    case 'date':
      return ['2000-01-01', '2099-12-31'];
    case 'years':
      return ['1', '20'];
    case 'comparison':
    case 'rounding':
      return undefined;
  }
}

const p = (def: ParameterDef): ParameterDef => {
  const range = rangeFor(def);
  return range === undefined ? def : { ...def, range };
};

/** Every parameter, grouped by item in document order. */
export const PARAMETERS: readonly ParameterDef[] = [
  // 二(一)
  p({ id: 'art02_1.ratio', rule: 'art02_1', unit: 'rate', value: null, quote: '按比例给予一定比例配套支持',
    assumption: 'A2.1.1: the text names no ratio; the line is indeterminate until a caller sets one.',
    title: { zh: '数据“首”类事项配套比例', en: 'Data "firsts" matching ratio' } }),
  p({ id: 'art02_1.cap', rule: 'art02_1', unit: 'yuan', value: '1000000', quote: '总额最高100万元', token: '100万元',
    scope: 'perUnitLifetime', title: { zh: '同一单位配套资金奖励总额上限', en: 'Lifetime cap per unit' } }),
  // 二(二)
  p({ id: 'art02_2.threshold', rule: 'art02_2', unit: 'yuan', value: '3000000', quote: '数据服务收入达到300万元（含）以上',
    token: '300万元', title: { zh: '上一年度数据服务收入门槛', en: 'Previous-year data-service revenue threshold' } }),
  p({ id: 'art02_2.thresholdComparison', rule: 'art02_2', unit: 'comparison', value: 'atLeast',
    quote: '数据服务收入达到300万元（含）以上', token: '（含）以上',
    title: { zh: '门槛是否含本数', en: 'Threshold comparison' } }),
  p({ id: 'art02_2.rate', rule: 'art02_2', unit: 'rate', value: '0.10', quote: '实际收入的10%', token: '10%',
    title: { zh: '奖励比例', en: 'Award rate' } }),
  p({ id: 'art02_2.cap', rule: 'art02_2', unit: 'yuan', value: '1000000', quote: '每个企业每年最高100万元',
    token: '100万元', scope: 'perBeneficiaryPerYear', title: { zh: '每个企业每年上限', en: 'Cap per enterprise per year' } }),
  // 三(一)
  p({ id: 'art03_1.cap.sciTechTackling', rule: 'art03_1', unit: 'yuan', value: '1000000',
    quote: '分别给予最高100万元、200万元、1000万元', token: '100万元', scope: 'perSubjectCumulative',
    title: { zh: '科技攻关计划项目上限', en: 'Cap per project: S&T tackling plan' } }),
  p({ id: 'art03_1.cap.keyRd', rule: 'art03_1', unit: 'yuan', value: '2000000',
    quote: '分别给予最高100万元、200万元、1000万元', token: '200万元', scope: 'perSubjectCumulative',
    title: { zh: '重点研发专项计划项目上限', en: 'Cap per project: key R&D special plan' } }),
  p({ id: 'art03_1.cap.majorSciTech', rule: 'art03_1', unit: 'yuan', value: '10000000',
    quote: '分别给予最高100万元、200万元、1000万元', token: '1000万元', scope: 'perSubjectCumulative',
    title: { zh: '重大科技专项计划项目上限', en: 'Cap per project: major S&T special plan' } }),
  // 三(二)
  p({ id: 'art03_2.ratio', rule: 'art03_2', unit: 'rate', value: '1', quote: '按照省级财政支持金额的1:1', token: '1:1',
    title: { zh: '首版次软件配套比例', en: 'First-version software matching ratio' } }),
  p({ id: 'art03_2.productCap', rule: 'art03_2', unit: 'yuan', value: '3000000', quote: '单项产品支持金额累计不超过300万元',
    token: '300万元', scope: 'perSubjectCumulative', title: { zh: '单项产品累计上限', en: 'Cumulative cap per product' } }),
  p({ id: 'art03_2.enterpriseYearCap', rule: 'art03_2', unit: 'yuan', value: '6000000',
    quote: '每家企业年度支持金额累计不超过600万元', token: '600万元', scope: 'perBeneficiaryPerYear',
    title: { zh: '每家企业年度上限', en: 'Cap per enterprise per year' } }),
  // 三(三)
  p({ id: 'art03_3.ratioNational', rule: 'art03_3', unit: 'rate', value: '1', quote: '的1:1和1:0.5', token: '1:1',
    title: { zh: '国家拨付资金配套比例', en: 'Matching ratio of national funds' } }),
  p({ id: 'art03_3.ratioProvincial', rule: 'art03_3', unit: 'rate', value: '0.5', quote: '的1:1和1:0.5', token: '1:0.5',
    title: { zh: '省拨付资金配套比例', en: 'Matching ratio of provincial funds' } }),
  p({ id: 'art03_3.teamRewardShare', rule: 'art03_3', unit: 'rate', value: '0.10', quote: '配套支持资金额的10%',
    token: '10%', title: { zh: '可用于奖励研发团队的比例', en: 'Share that may reward the R&D team' } }),
  // 四(一)
  p({ id: 'art04_1.paramsThreshold', rule: 'art04_1', unit: 'modelParams', value: '100000000000',
    quote: '落地参数量超过千亿', token: '千亿', title: { zh: '通用大模型参数量门槛', en: 'General model parameter threshold' } }),
  p({ id: 'art04_1.paramsComparison', rule: 'art04_1', unit: 'comparison', value: 'moreThan',
    quote: '落地参数量超过千亿', token: '超过', title: { zh: '门槛是否含本数', en: 'Threshold comparison' } }),
  p({ id: 'art04_1.rate', rule: 'art04_1', unit: 'rate', value: '0.30', quote: '按其建设成本的30%给予最高1000万元',
    token: '30%', title: { zh: '建设成本补助比例', en: 'Share of construction cost' } }),
  p({ id: 'art04_1.cap', rule: 'art04_1', unit: 'yuan', value: '10000000', quote: '按其建设成本的30%给予最高1000万元',
    token: '1000万元', scope: 'perItem', title: { zh: '每个模型上限', en: 'Cap per model' } }),
  // 四(二)
  p({ id: 'art04_2.paramsThreshold', rule: 'art04_2', unit: 'modelParams', value: '10000000000',
    quote: '落地参数量超过百亿', token: '百亿', title: { zh: '行业大模型参数量门槛', en: 'Vertical model parameter threshold' } }),
  p({ id: 'art04_2.paramsComparison', rule: 'art04_2', unit: 'comparison', value: 'moreThan',
    quote: '落地参数量超过百亿', token: '超过', title: { zh: '门槛是否含本数', en: 'Threshold comparison' } }),
  p({ id: 'art04_2.rate', rule: 'art04_2', unit: 'rate', value: '0.30', quote: '按其建设成本的30%最高给予500万元',
    token: '30%', title: { zh: '建设成本补助比例', en: 'Share of construction cost' } }),
  p({ id: 'art04_2.cap', rule: 'art04_2', unit: 'yuan', value: '5000000', quote: '按其建设成本的30%最高给予500万元',
    token: '500万元', scope: 'perItem', title: { zh: '每个模型上限', en: 'Cap per model' } }),
  // 四(三)
  p({ id: 'art04_3.cap', rule: 'art04_3', unit: 'yuan', value: '1000000', quote: '给予不超过100万元的一次性奖励',
    token: '100万元', scope: 'perItem', title: { zh: '模型备案一次性奖励上限', en: 'Cap of the filing award' } }),
  // 五(一)
  p({ id: 'art05_1.national', rule: 'art05_1', unit: 'yuan', value: '2000000', quote: '分别给予200万元、100万元一次性奖励',
    token: '200万元', title: { zh: '国家示范应用场景奖励', en: 'National demonstration scenario award' } }),
  p({ id: 'art05_1.provincial', rule: 'art05_1', unit: 'yuan', value: '1000000', quote: '分别给予200万元、100万元一次性奖励',
    token: '100万元', title: { zh: '省示范应用场景奖励', en: 'Provincial demonstration scenario award' } }),
  // 五(二)
  p({ id: 'art05_2.nationalDemoFactory', rule: 'art05_2', unit: 'yuan', value: '3000000',
    quote: '分别给予300万元、100万元的一次性奖励', token: '300万元',
    title: { zh: '国家级智能制造示范工厂', en: 'National intelligent-manufacturing demonstration factory' } }),
  p({ id: 'art05_2.nationalExcellentScenario', rule: 'art05_2', unit: 'yuan', value: '1000000',
    quote: '分别给予300万元、100万元的一次性奖励', token: '100万元',
    title: { zh: '国家级智能制造优秀场景', en: 'National intelligent-manufacturing excellent scenario' } }),
  p({ id: 'art05_2.provincialBenchmark', rule: 'art05_2', unit: 'yuan', value: '1000000',
    quote: '分别给予100万元、50万元、30万元的一次性奖励', token: '100万元',
    title: { zh: '省级智能制造标杆', en: 'Provincial intelligent-manufacturing benchmark' } }),
  p({ id: 'art05_2.provincialSmartFactory', rule: 'art05_2', unit: 'yuan', value: '500000',
    quote: '分别给予100万元、50万元、30万元的一次性奖励', token: '50万元',
    title: { zh: '省级智能工厂', en: 'Provincial smart factory' } }),
  p({ id: 'art05_2.provincialSmartWorkshop', rule: 'art05_2', unit: 'yuan', value: '300000',
    quote: '分别给予100万元、50万元、30万元的一次性奖励', token: '30万元',
    title: { zh: '省级智能车间', en: 'Provincial smart workshop' } }),
  // 五(三)
  p({ id: 'art05_3.ratio', rule: 'art05_3', unit: 'rate', value: '1', quote: '按照上级奖励金额给予1:1的配套支持', token: '1:1',
    title: { zh: '首台（套）配套比例', en: 'First-set equipment matching ratio' } }),
  // 六(二)
  p({ id: 'art06_2.national', rule: 'art06_2', unit: 'yuan', value: '5000000', quote: '分别给予最高500万元、200万元的奖励',
    token: '500万元', scope: 'perSubjectCumulative', title: { zh: '国家级中试平台上限', en: 'National pilot platform cap' } }),
  p({ id: 'art06_2.provincial', rule: 'art06_2', unit: 'yuan', value: '2000000', quote: '分别给予最高500万元、200万元的奖励',
    token: '200万元', scope: 'perSubjectCumulative', title: { zh: '省级中试平台上限', en: 'Provincial pilot platform cap' } }),
  // 六(三)
  p({ id: 'art06_3.uplift', rule: 'art06_3', unit: 'rate', value: '0.20', quote: '上浮20%', token: '20%',
    title: { zh: '机器人首台（套）配套上浮比例', en: 'Robot first-set uplift' } }),
  // 六(四)
  p({ id: 'art06_4a.cap', rule: 'art06_4a', unit: 'yuan', value: '500000', quote: '每个给予不超过50万元奖励', token: '50万元',
    scope: 'perItem', title: { zh: '每个优秀案例上限', en: 'Cap per excellent case' } }),
  p({ id: 'art06_4b.ratio', rule: 'art06_4b', unit: 'rate', value: '1', quote: '按照省级支持资金给予1:1配套支持', token: '1:1',
    title: { zh: '“机器换人”示范项目配套比例', en: '"Machine replacement" matching ratio' } }),
  // 六(五)
  p({ id: 'art06_5a.national', rule: 'art06_5a', unit: 'yuan', value: '1000000', quote: '每项分别给予不超过100万元、50万元资助',
    token: '100万元', scope: 'perItem', title: { zh: '国家标准每项上限', en: 'Cap per national standard' } }),
  p({ id: 'art06_5a.industry', rule: 'art06_5a', unit: 'yuan', value: '500000', quote: '每项分别给予不超过100万元、50万元资助',
    token: '50万元', scope: 'perItem', title: { zh: '行业标准每项上限', en: 'Cap per industry standard' } }),
  p({ id: 'art06_5b.amount', rule: 'art06_5b', unit: 'yuan', value: '1000000', quote: '给予一次性100万元的奖励', token: '100万元',
    title: { zh: '首次入选规范条件目录奖励', en: 'First inclusion in the MIIT list' } }),
  // 七(一)
  p({ id: 'art07_1.national', rule: 'art07_1', unit: 'yuan', value: '5000000', quote: '分别给予500万元、300万元', token: '500万元',
    title: { zh: '国家人工智能示范性园区', en: 'National AI demonstration park' } }),
  p({ id: 'art07_1.provincial', rule: 'art07_1', unit: 'yuan', value: '3000000', quote: '分别给予500万元、300万元', token: '300万元',
    title: { zh: '省级人工智能示范性园区', en: 'Provincial AI demonstration park' } }),
  // 七(二)
  p({ id: 'art07_2a.amount', rule: 'art07_2a', unit: 'yuan', value: '3000000', quote: '一次性300万元奖励', token: '300万元',
    title: { zh: '省级数据标注基地奖励', en: 'Provincial data-labelling base award' } }),
  p({ id: 'art07_2b.rate', rule: 'art07_2b', unit: 'rate', value: '0.20', quote: '按其年度运营费用的20%', token: '20%',
    title: { zh: '年度运营费用奖励比例', en: 'Share of annual operating cost' } }),
  p({ id: 'art07_2b.cap', rule: 'art07_2b', unit: 'yuan', value: '1000000', quote: '每家产业园不超过100万元', token: '100万元',
    scope: 'perSubjectPerYear', title: { zh: '每家产业园每年上限', en: 'Cap per park per year' } }),
  // 八(一)
  p({ id: 'art08_1.rate', rule: 'art08_1', unit: 'rate', value: '0.30', quote: '给予设备及软件类投资30%、最高300万元',
    token: '30%', title: { zh: '设备及软件类投资补贴比例', en: 'Share of equipment and software investment' } }),
  p({ id: 'art08_1.cap', rule: 'art08_1', unit: 'yuan', value: '3000000', quote: '给予设备及软件类投资30%、最高300万元',
    token: '300万元', scope: 'perItem', title: { zh: '每个展示中心上限', en: 'Cap per showcase centre' } }),
  // 八(二)
  p({ id: 'art08_2.revenueThreshold', rule: 'art08_2', unit: 'yuan', value: '3000000', quote: '年服务收入超过300万元',
    token: '300万元', title: { zh: '年服务收入门槛', en: 'Annual service revenue threshold' } }),
  p({ id: 'art08_2.revenueComparison', rule: 'art08_2', unit: 'comparison', value: 'moreThan', quote: '年服务收入超过300万元',
    token: '超过', title: { zh: '收入门槛是否含本数', en: 'Revenue threshold comparison' } }),
  p({ id: 'art08_2.servedThreshold', rule: 'art08_2', unit: 'count', value: '50', quote: '服务企业数50家（含）以上',
    token: '50家', title: { zh: '服务企业数门槛', en: 'Enterprises served threshold' } }),
  p({ id: 'art08_2.servedComparison', rule: 'art08_2', unit: 'comparison', value: 'atLeast', quote: '服务企业数50家（含）以上',
    token: '（含）以上', title: { zh: '服务企业数门槛是否含本数', en: 'Enterprises served comparison' } }),
  p({ id: 'art08_2.rate', rule: 'art08_2', unit: 'rate', value: '0.10', quote: '按其上一年度服务收入额10%', token: '10%',
    title: { zh: '运营补贴比例', en: 'Operating subsidy rate' } }),
  p({ id: 'art08_2.cap', rule: 'art08_2', unit: 'yuan', value: '1000000', quote: '每家企业每年不超过100万元', token: '100万元',
    scope: 'perBeneficiaryPerYear', title: { zh: '每家企业每年上限', en: 'Cap per enterprise per year' } }),
  // 八(三)
  p({ id: 'art08_3.rate', rule: 'art08_3', unit: 'rate', value: '0.50', quote: '按每次活动费用总额的50%', token: '50%',
    title: { zh: '活动费用补助比例', en: 'Share of event cost' } }),
  p({ id: 'art08_3.cap', rule: 'art08_3', unit: 'yuan', value: '1500000', quote: '给予承办单位不超过150万元', token: '150万元',
    scope: 'perItem', title: { zh: '每次活动上限', en: 'Cap per event' } }),
  // 九(三)
  p({ id: 'art09_3.budgetScale', rule: 'art09_3', unit: 'rate', value: '1', quote: '本政策实行预算管理和总额控制',
    assumption: 'A9.3.11: a programme-wide budget factor cannot be derived from one application; 1 leaves amounts unchanged.',
    title: { zh: '总额控制比例', en: 'Budget control factor' } }),
  // 九(七)
  p({ id: 'art09_7.effectiveDate', rule: 'art09_7', unit: 'date', value: '2025-07-01', quote: '本政策自印发之日起施行',
    assumption: 'A9.7.1: the consultation draft has no issuance date; 2025-07-01 is assumed.',
    title: { zh: '施行日期', en: 'Effective date' } }),
  p({ id: 'art09_7.validityYears', rule: 'art09_7', unit: 'years', value: '3', quote: '有效期3年', token: '3年',
    title: { zh: '有效期', en: 'Period of validity' } }),
  // R7
  p({ id: 'rounding', rule: 'general', unit: 'rounding', value: 'floor',
    assumption: 'R7: the text gives no rounding rule; every product of a rate is floored to the fen.',
    title: { zh: '舍入规则', en: 'Rounding rule' } }),
];

/** Parameter ids. */
export type ParamId = string;

const BY_ID = new Map(PARAMETERS.map((d) => [d.id, d]));

/** The definition of a parameter, or undefined. */
export function parameterDef(id: string): ParameterDef | undefined {
  return BY_ID.get(id);
}

/** A set of parameter values by id (strings, exact), e.g. the defaults with a reform applied. */
export type ParameterValues = Readonly<Record<string, string | null>>;

/** The default values of every parameter. */
export const DEFAULT_PARAMETER_VALUES: ParameterValues = Object.freeze(
  Object.fromEntries(PARAMETERS.map((d) => [d.id, d.value])),
);

export type { Comparison };
