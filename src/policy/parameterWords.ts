/**
 * The words of the text behind each parameter (parameters.ts): the quote that states its value (a verbatim
 * substring of `policy/policy.zh.md`), the token of the quote that writes the number (e.g. `300万元`), which
 * occurrence of the token when it appears more than once, the parameter's title, and, where the text sets no
 * value, why the default was chosen. Read by the drafting tools, the explanations and the documents, not by the
 * engine's arithmetic; a test checks every quote against the text.
 */
import type { ParameterId } from './parameters.js';

/** The words behind one parameter. */
export interface ParameterWords {
  readonly title: { readonly zh: string; readonly en: string };
  /** Verbatim words of the canonical text that state the value (or leave it open); absent for a general rule. */
  readonly quote?: string;
  /** The part of `quote` that writes this value (e.g. `300万元`), absent when the text writes no number. */
  readonly token?: string;
  /** Which occurrence of `token` inside `quote` (0-based) when it appears more than once. */
  readonly occurrence?: number;
  /** Set when the value is not in the text: why this value was chosen. */
  readonly assumption?: string;
}

/** The words of every parameter (a parameter without words does not compile). */
export const PARAMETER_WORDS: { readonly [K in ParameterId]: ParameterWords } = {
  // art02_1
  'art02_1.ratio': { title: { zh: '数据“首”类事项配套比例', en: 'Data "firsts" matching ratio' }, quote: '按比例给予一定比例配套支持', assumption: 'A2.1.1: the text names no ratio; the line is indeterminate until a caller sets one.' },
  'art02_1.cap': { title: { zh: '同一单位配套资金奖励总额上限', en: 'Lifetime cap per unit' }, quote: '总额最高100万元', token: '100万元' },
  // art02_2
  'art02_2.threshold': { title: { zh: '上一年度数据服务收入门槛', en: 'Previous-year data-service revenue threshold' }, quote: '数据服务收入达到300万元（含）以上', token: '300万元' },
  'art02_2.thresholdComparison': { title: { zh: '门槛是否含本数', en: 'Threshold comparison' }, quote: '数据服务收入达到300万元（含）以上', token: '（含）以上' },
  'art02_2.rate': { title: { zh: '奖励比例', en: 'Award rate' }, quote: '实际收入的10%', token: '10%' },
  'art02_2.cap': { title: { zh: '每个企业每年上限', en: 'Cap per enterprise per year' }, quote: '每个企业每年最高100万元', token: '100万元' },
  // art03_1
  'art03_1.cap.sciTechTackling': { title: { zh: '科技攻关计划项目上限', en: 'Cap per project: S&T tackling plan' }, quote: '分别给予最高100万元、200万元、1000万元', token: '100万元' },
  'art03_1.cap.keyRd': { title: { zh: '重点研发专项计划项目上限', en: 'Cap per project: key R&D special plan' }, quote: '分别给予最高100万元、200万元、1000万元', token: '200万元' },
  'art03_1.cap.majorSciTech': { title: { zh: '重大科技专项计划项目上限', en: 'Cap per project: major S&T special plan' }, quote: '分别给予最高100万元、200万元、1000万元', token: '1000万元' },
  // art03_2
  'art03_2.ratio': { title: { zh: '首版次软件配套比例', en: 'First-version software matching ratio' }, quote: '按照省级财政支持金额的1:1', token: '1:1' },
  'art03_2.productCap': { title: { zh: '单项产品累计上限', en: 'Cumulative cap per product' }, quote: '单项产品支持金额累计不超过300万元', token: '300万元' },
  'art03_2.enterpriseYearCap': { title: { zh: '每家企业年度上限', en: 'Cap per enterprise per year' }, quote: '每家企业年度支持金额累计不超过600万元', token: '600万元' },
  // art03_3
  'art03_3.ratioNational': { title: { zh: '国家拨付资金配套比例', en: 'Matching ratio of national funds' }, quote: '的1:1和1:0.5', token: '1:1' },
  'art03_3.ratioProvincial': { title: { zh: '省拨付资金配套比例', en: 'Matching ratio of provincial funds' }, quote: '的1:1和1:0.5', token: '1:0.5' },
  'art03_3.teamRewardShare': { title: { zh: '可用于奖励研发团队的比例', en: 'Share that may reward the R&D team' }, quote: '配套支持资金额的10%', token: '10%' },
  // art04_1
  'art04_1.paramsThreshold': { title: { zh: '通用大模型参数量门槛', en: 'General model parameter threshold' }, quote: '落地参数量超过千亿', token: '千亿' },
  'art04_1.paramsComparison': { title: { zh: '门槛是否含本数', en: 'Threshold comparison' }, quote: '落地参数量超过千亿', token: '超过' },
  'art04_1.rate': { title: { zh: '建设成本补助比例', en: 'Share of construction cost' }, quote: '按其建设成本的30%给予最高1000万元', token: '30%' },
  'art04_1.cap': { title: { zh: '每个模型上限', en: 'Cap per model' }, quote: '按其建设成本的30%给予最高1000万元', token: '1000万元' },
  // art04_2
  'art04_2.paramsThreshold': { title: { zh: '行业大模型参数量门槛', en: 'Vertical model parameter threshold' }, quote: '落地参数量超过百亿', token: '百亿' },
  'art04_2.paramsComparison': { title: { zh: '门槛是否含本数', en: 'Threshold comparison' }, quote: '落地参数量超过百亿', token: '超过' },
  'art04_2.rate': { title: { zh: '建设成本补助比例', en: 'Share of construction cost' }, quote: '按其建设成本的30%最高给予500万元', token: '30%' },
  'art04_2.cap': { title: { zh: '每个模型上限', en: 'Cap per model' }, quote: '按其建设成本的30%最高给予500万元', token: '500万元' },
  // art04_3
  'art04_3.cap': { title: { zh: '模型备案一次性奖励上限', en: 'Cap of the filing award' }, quote: '给予不超过100万元的一次性奖励', token: '100万元' },
  // art05_1
  'art05_1.national': { title: { zh: '国家示范应用场景奖励', en: 'National demonstration scenario award' }, quote: '分别给予200万元、100万元一次性奖励', token: '200万元' },
  'art05_1.provincial': { title: { zh: '省示范应用场景奖励', en: 'Provincial demonstration scenario award' }, quote: '分别给予200万元、100万元一次性奖励', token: '100万元' },
  // art05_2
  'art05_2.nationalDemoFactory': { title: { zh: '国家级智能制造示范工厂', en: 'National intelligent-manufacturing demonstration factory' }, quote: '分别给予300万元、100万元的一次性奖励', token: '300万元' },
  'art05_2.nationalExcellentScenario': { title: { zh: '国家级智能制造优秀场景', en: 'National intelligent-manufacturing excellent scenario' }, quote: '分别给予300万元、100万元的一次性奖励', token: '100万元' },
  'art05_2.provincialBenchmark': { title: { zh: '省级智能制造标杆', en: 'Provincial intelligent-manufacturing benchmark' }, quote: '分别给予100万元、50万元、30万元的一次性奖励', token: '100万元' },
  'art05_2.provincialSmartFactory': { title: { zh: '省级智能工厂', en: 'Provincial smart factory' }, quote: '分别给予100万元、50万元、30万元的一次性奖励', token: '50万元' },
  'art05_2.provincialSmartWorkshop': { title: { zh: '省级智能车间', en: 'Provincial smart workshop' }, quote: '分别给予100万元、50万元、30万元的一次性奖励', token: '30万元' },
  // art05_3
  'art05_3.ratio': { title: { zh: '首台（套）配套比例', en: 'First-set equipment matching ratio' }, quote: '按照上级奖励金额给予1:1的配套支持', token: '1:1' },
  // art06_2
  'art06_2.national': { title: { zh: '国家级中试平台上限', en: 'National pilot platform cap' }, quote: '分别给予最高500万元、200万元的奖励', token: '500万元' },
  'art06_2.provincial': { title: { zh: '省级中试平台上限', en: 'Provincial pilot platform cap' }, quote: '分别给予最高500万元、200万元的奖励', token: '200万元' },
  // art06_3
  'art06_3.uplift': { title: { zh: '机器人首台（套）配套上浮比例', en: 'Robot first-set uplift' }, quote: '上浮20%', token: '20%' },
  // art06_4a
  'art06_4a.cap': { title: { zh: '每个优秀案例上限', en: 'Cap per excellent case' }, quote: '每个给予不超过50万元奖励', token: '50万元' },
  // art06_4b
  'art06_4b.ratio': { title: { zh: '“机器换人”示范项目配套比例', en: '"Machine replacement" matching ratio' }, quote: '按照省级支持资金给予1:1配套支持', token: '1:1' },
  // art06_5a
  'art06_5a.national': { title: { zh: '国家标准每项上限', en: 'Cap per national standard' }, quote: '每项分别给予不超过100万元、50万元资助', token: '100万元' },
  'art06_5a.industry': { title: { zh: '行业标准每项上限', en: 'Cap per industry standard' }, quote: '每项分别给予不超过100万元、50万元资助', token: '50万元' },
  // art06_5b
  'art06_5b.amount': { title: { zh: '首次入选规范条件目录奖励', en: 'First inclusion in the MIIT list' }, quote: '给予一次性100万元的奖励', token: '100万元' },
  // art07_1
  'art07_1.national': { title: { zh: '国家人工智能示范性园区', en: 'National AI demonstration park' }, quote: '分别给予500万元、300万元', token: '500万元' },
  'art07_1.provincial': { title: { zh: '省级人工智能示范性园区', en: 'Provincial AI demonstration park' }, quote: '分别给予500万元、300万元', token: '300万元' },
  // art07_2a
  'art07_2a.amount': { title: { zh: '省级数据标注基地奖励', en: 'Provincial data-labelling base award' }, quote: '一次性300万元奖励', token: '300万元' },
  // art07_2b
  'art07_2b.rate': { title: { zh: '年度运营费用奖励比例', en: 'Share of annual operating cost' }, quote: '按其年度运营费用的20%', token: '20%' },
  'art07_2b.cap': { title: { zh: '每家产业园每年上限', en: 'Cap per park per year' }, quote: '每家产业园不超过100万元', token: '100万元' },
  // art08_1
  'art08_1.rate': { title: { zh: '设备及软件类投资补贴比例', en: 'Share of equipment and software investment' }, quote: '给予设备及软件类投资30%、最高300万元', token: '30%' },
  'art08_1.cap': { title: { zh: '每个展示中心上限', en: 'Cap per showcase centre' }, quote: '给予设备及软件类投资30%、最高300万元', token: '300万元' },
  // art08_2
  'art08_2.revenueThreshold': { title: { zh: '年服务收入门槛', en: 'Annual service revenue threshold' }, quote: '年服务收入超过300万元', token: '300万元' },
  'art08_2.revenueComparison': { title: { zh: '收入门槛是否含本数', en: 'Revenue threshold comparison' }, quote: '年服务收入超过300万元', token: '超过' },
  'art08_2.servedThreshold': { title: { zh: '服务企业数门槛', en: 'Enterprises served threshold' }, quote: '服务企业数50家（含）以上', token: '50家' },
  'art08_2.servedComparison': { title: { zh: '服务企业数门槛是否含本数', en: 'Enterprises served comparison' }, quote: '服务企业数50家（含）以上', token: '（含）以上' },
  'art08_2.rate': { title: { zh: '运营补贴比例', en: 'Operating subsidy rate' }, quote: '按其上一年度服务收入额10%', token: '10%' },
  'art08_2.cap': { title: { zh: '每家企业每年上限', en: 'Cap per enterprise per year' }, quote: '每家企业每年不超过100万元', token: '100万元' },
  // art08_3
  'art08_3.rate': { title: { zh: '活动费用补助比例', en: 'Share of event cost' }, quote: '按每次活动费用总额的50%', token: '50%' },
  'art08_3.cap': { title: { zh: '每次活动上限', en: 'Cap per event' }, quote: '给予承办单位不超过150万元', token: '150万元' },
  // art09_3
  'art09_3.budgetScale': { title: { zh: '总额控制比例', en: 'Budget control factor' }, quote: '本政策实行预算管理和总额控制', assumption: 'A9.3.11: a programme-wide budget factor cannot be derived from one application; 1 leaves amounts unchanged.' },
  // art09_7
  'art09_7.effectiveDate': { title: { zh: '施行日期', en: 'Effective date' }, quote: '本政策自印发之日起施行', assumption: 'A9.7.1: the consultation draft has no issuance date; 2025-07-01 is assumed.' },
  'art09_7.validityYears': { title: { zh: '有效期', en: 'Period of validity' }, quote: '有效期3年', token: '3年' },
  // general
  'rounding': { title: { zh: '舍入规则', en: 'Rounding rule' }, assumption: 'R7: the text gives no rounding rule; every product of a rate is floored to the fen.' },
};
