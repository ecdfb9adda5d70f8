/**
 * One name per official term: each condition id used by the clauses and the scope gate, with the words of the
 * text it stands for (zh) and an English gloss. Renderers use it; rule code never builds sentences.
 */
import { shiftDecimal } from '../../core/money.js';

/** A rate written as a percentage, exactly: "0.10" → "10", "0.29" → "29", "0.125" → "12.5". */
export function percent(rate: string): string {
  return shiftDecimal(rate, 2);
}

export const CONDITION_LABEL: Readonly<Record<string, { readonly zh: string; readonly en: string }>> = {
  registeredInDistrict: { zh: '工商注册（或同等法定登记）在航空港区内', en: 'registered in the district' },
  taxAdministeredInDistrict: { zh: '财税户管在航空港区内', en: 'tax-administered in the district' },
  statsRegisteredInDistrict: { zh: '统计入库在航空港区内', en: 'in the district statistics register' },
  soundFinancialSystem: { zh: '有健全的财务制度', en: 'has a sound financial system' },
  independentLegalPerson: { zh: '具有独立法人资格', en: 'is an independent legal person' },
  operatingNormally: { zh: '经营正常、管理规范', en: 'operating normally and well managed' },
  goodCredit: { zh: '信誉良好（无未解除的查实违规）', en: 'in good credit (no standing finding)' },
  mainBusinessInAiField: { zh: '主营业务属人工智能重点领域', en: 'main business in a listed AI field' },
  enterprise: { zh: '受益主体为企业', en: 'the beneficiary is an enterprise' },
  recognized: { zh: '经认定', en: 'recognised (经认定)' },
  revenueThreshold: { zh: '收入达到门槛', en: 'revenue meets the threshold' },
  superiorAwardReceived: { zh: '获得上级奖励资金', en: 'a higher-level award was received' },
  onDistrictList: { zh: '列入航空港区算法研发项目清单', en: 'on the district algorithm project list' },
  approved: { zh: '经申报、评审、审批程序立项', en: 'approved after application, review and approval' },
  approvedAmountPositive: { zh: '评审核定金额大于零', en: 'the reviewed amount is above zero' },
  firstVersionRecognized: { zh: '经省级认定的首版次软件产品', en: 'provincially recognised first-version software' },
  provincialFundingReceived: { zh: '获得省级财政支持资金', en: 'provincial financial support received' },
  aiField: { zh: '属人工智能领域', en: 'in the AI field' },
  disbursedInBaseYear: { zh: '上年度实际获得国家、省拨付资金', en: 'national or provincial funds disbursed in the previous year' },
  paramsThreshold: { zh: '落地参数量超过门槛', en: 'deployed parameters above the threshold' },
  deployedInDistrict: { zh: '在航空港区落地', en: 'deployed in the district' },
  thirdPartyEvaluated: { zh: '经第三方评测机构评测', en: 'evaluated by a third-party agency' },
  domesticLeading: { zh: '性能达到国内领先', en: 'performance is domestically leading' },
  selfDeveloped: { zh: '自研', en: 'self-developed' },
  leadDeveloper: { zh: '为牵头研发单位', en: 'is the lead developer' },
  majorIndustryInfluence: { zh: '具有行业重大影响力', en: 'has major industry influence' },
  cacFiling: { zh: '获得国家网信办生成式人工智能模型备案', en: 'holds a national CAC generative-AI filing' },
  aiProduct: { zh: '属人工智能首台（套）产品', en: 'an AI first-set product' },
  intelligentRobot: { zh: '属智能机器人产品', en: 'an intelligent-robot product' },
  art05_3Line: { zh: '同一产品有可支付的五(三)配套', en: 'the product has a payable 五(三) line' },
  reviewedExcellent: { zh: '经评审认定为优秀案例', en: 'reviewed as an excellent case' },
  selectedProvincial: { zh: '入选省“机器换人”示范项目', en: 'selected as a provincial "machine replacement" project' },
  provincialSupportReceived: { zh: '获得省级支持资金', en: 'provincial support received' },
  leadDrafter: { zh: '主导制定（第一起草单位）', en: 'lead drafter' },
  newStandard: { zh: '制定新标准（非修订）', en: 'a new standard (not a revision)' },
  roboticsRelated: { zh: '标准涉及智能机器人', en: 'the standard concerns robotics' },
  firstInclusion: { zh: '首次入选目录', en: 'first inclusion in the list' },
  provincialBase: { zh: '获批省级数据标注基地', en: 'a provincial data-labelling base' },
  districtBenchmarkPark: { zh: '区级数据要素标杆产业园', en: 'a district data-element benchmark park' },
  ratedExcellent: { zh: '上年度绩效评价为优秀', en: 'rated excellent for the previous year' },
  evaluationPassed: { zh: '通过综合绩效评价考核', en: 'passed the performance evaluation' },
  servedThreshold: { zh: '服务企业数达到门槛', en: 'enterprises served meet the threshold' },
  nationalOrProvincialLevel: { zh: '国家、省级活动', en: 'a national or provincial event' },
  heldInDistrict: { zh: '在航空港区内举办', en: 'held in the district' },
  host: { zh: '为承办单位', en: 'the beneficiary is the host (承办单位)' },
  filedBeforeEvent: { zh: '活动前经管委会备案同意', en: 'filed with and approved by the committee before the event' },
  selected: { zh: '入选国家、省示范应用场景', en: 'selected as a national or provincial demonstration scenario' },
  titled: { zh: '获评智能制造称号', en: 'holds an intelligent-manufacturing title' },
  platformRecognized: { zh: '通过国家级、省级认定', en: 'recognised at national or provincial level' },
  designated: { zh: '获批国家、省级人工智能示范性园区', en: 'designated a national or provincial AI demonstration park' },
};

/** The label of a condition id (the id itself when unknown). */
export function conditionLabel(id: string, lang: 'zh' | 'en'): string {
  return CONDITION_LABEL[id]?.[lang] ?? id;
}
