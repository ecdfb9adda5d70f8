/**
 * The question each consequential reading of the clause register (§11) answers, in plain words, with the item of
 * the text it concerns: the workbench shows each as a switch under its question (the options' own words are in
 * policy/readingWords.ts).
 */
import type { ReadingId } from '../../policy/readings.js';
import type { Bilingual } from '../drafting/text.js';

/** The question of a reading and the item it concerns. */
export interface ReadingQuestion {
  readonly item: string;
  readonly question: Bilingual;
}

/** The questions of the readings register §11 ranks as consequential (and of R9, which moves money the same way). */
export const READING_QUESTIONS: { readonly [K in ReadingId]?: ReadingQuestion } = {
  'A2.1.1': { item: '二(一)', question: { zh: '数据“首”类事项按什么比例配套？（原文未写比例）', en: 'At what ratio are data "firsts" matched? (the text names none)' } },
  'A9.3.1': { item: '九(三)', question: { zh: '“原则上不超过”年度区级综合贡献额，是硬性上限吗？', en: 'Is "in principle not above" the annual district contribution a hard cap?' } },
  'A9.3.2': { item: '九(三)', question: { zh: '年度上限按哪一年的区级综合贡献额？', en: 'Which year\'s district contribution sets the annual cap?' } },
  'A9.3.4': { item: '九(三)', question: { zh: '哪些研发机构不受年度上限限制？', en: 'Which R&D institutions are exempt from the annual cap?' } },
  'A1.2': { item: '一', question: { zh: '“主营业务属重点领域”由谁满足：企业本身，还是受奖的项目、园区、活动？', en: 'Who must be in a listed AI field: the entity itself, or the rewarded project, park or event?' } },
  'A1.1': { item: '一', question: { zh: '高校、院所、协会等非企业机构如何满足“工商注册”？', en: 'How do universities, institutes and associations meet "工商注册" (business registration)?' } },
  'A9.1.1': { item: '九(一)', question: { zh: '“就高不重复”是否也适用于本政策内的不同条款？', en: 'Does "take the highest, no double award" also apply between clauses of this policy?' } },
  'A5.1.2': { item: '五(一)', question: { zh: '先获省级、后获国家级示范场景：补差额还是分别全额？', en: 'Provincial, then national demonstration scenario: pay the difference or both in full?' } },
  'A6.2.2': { item: '六(二)', question: { zh: '中试平台先省级后国家级：补差额还是分别给予？', en: 'Pilot platform provincial, then national: pay the difference or both?' } },
  'A7.1.2': { item: '七(一)', question: { zh: '示范性园区先省级后国家级：补差额还是分别全额？', en: 'Demonstration park provincial, then national: pay the difference or both in full?' } },
  'A5.2.5': { item: '五(二)', question: { zh: '晋级补差扣减什么：实际已拨付额、名义金额，还是仅本政策已拨付额？', en: 'What does a tier upgrade subtract: the amount actually paid, the nominal amount, or only what this policy paid?' } },
  'R9': { item: '九', question: { zh: '累计上限和补差按实际拨付额计，还是按截断前的应得额计？', en: 'Do cumulative caps and top-ups count amounts paid, or entitlements before cuts?' } },
  'A9.4.1': { item: '九(四)', question: { zh: '“项目”指什么（九(四)审计投资额上限适用于哪些对象）？', en: 'What is a "project" (which subjects the 九(四) audited-investment ceiling applies to)?' } },
  'A9.4.3': { item: '九(四)', question: { zh: '不超过审计投资额的，是区级资金还是全部财政资金？', en: 'Is it district money, or all public money, that may not exceed the audited investment?' } },
  'A9.4.4': { item: '九(四)', question: { zh: '缺少审计投资额时怎么办？', en: 'What happens when the audited investment is missing?' } },
  'A6.3.1': { item: '六(三)', question: { zh: '上浮20%只适用于智能机器人，还是所有人工智能首台（套）？', en: 'Does the 20 % uplift apply to robots only, or to every AI first-set product?' } },
  'A9.7.3': { item: '九(七)', question: { zh: '哪个日期须落在有效期内？', en: 'Which date must fall inside the period of validity?' } },
  'A8.1.1': { item: '八(一)', question: { zh: '展示中心补贴以哪些投资为基数？', en: 'Which investment is the showcase-centre subsidy a share of?' } },
  'A9.5.1': { item: '九(五)', question: { zh: '违规时退回全部资金，还是只退回涉事条款的资金？', en: 'On a finding, is all money refunded, or only the tainted line\'s?' } },
  'A4.3.1': { item: '四(三)', question: { zh: '模型备案奖励：按费用报销、评审核定，还是定额？', en: 'Model-filing award: reimbursed costs, a reviewed amount, or a fixed sum?' } },
  'A4.3.2': { item: '四(三)', question: { zh: '“一次性”指每家企业一次，还是每个备案模型一次？', en: 'Is "one-time" once per enterprise or once per filed model?' } },
  'A9.6.1': { item: '九(六)', question: { zh: '政策调整后，按哪一日期施行的数值计算：资格事实发生之日，还是审批之日？', en: 'After an adjustment, which date picks the values: the qualifying-fact date or the approval date?' } },
  'A8.3.3': { item: '八(三)', question: { zh: '活动费用按总额，还是按承办单位实际承担的净额？', en: 'Is the event cost the gross total, or the net cost the host bears?' } },
};
