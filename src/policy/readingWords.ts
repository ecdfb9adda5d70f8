/**
 * The options of each reading in plain words, Chinese and English (readings.ts has the options themselves). Read
 * by the drafting tools and the documents; a reading or an option without words does not compile.
 */
import type { ReadingId, ReadingOption } from './readings.js';

/** An option in plain words. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** The words of every option of every reading. */
export const READING_WORDS: { readonly [K in ReadingId]: { readonly [O in ReadingOption<K>]: Bilingual } } = {
  'R7': {
    proRata: { zh: '按比例分摊，余分按条款顺序逐分分配', en: 'pro rata, leftover fen one at a time in clause order' },
    clauseOrder: { zh: '按条款顺序优先（先列条款先足额）', en: 'clause-order priority (earlier clauses filled first)' },
  },
  'R9': {
    paid: { zh: '累计上限与补差基数按实际拨付额计', en: 'cumulative caps and top-up bases count amounts paid' },
    entitlement: { zh: '按截断前的应得额计', en: 'they count entitlements before cross-cutting cuts' },
  },
  'A1.1': {
    a: { zh: '仅工商注册主体适用', en: 'only 工商-registered entities qualify' },
    b: { zh: '非企业机构以其他法定登记视同', en: 'for non-enterprises any legal registration in the district counts' },
  },
  'A1.2': {
    a: { zh: '主营业务须属所列领域', en: 'the entity\'s own main business must be a listed AI field' },
    b: { zh: '受奖对象（项目、园区、活动）属所列领域亦可', en: 'also met when the rewarded subject is in a listed field' },
  },
  'A2.1.1': {
    a: { zh: '比例为待定参数，未设定则不可计算', en: 'a parameter; indeterminate until set' },
    b: { zh: '按1:1', en: '1:1' },
    c: { zh: '按1:0.5', en: '1:0.5' },
  },
  'A2.1.6': {
    lifetime: { zh: '100万元为同一单位有效期内累计总额', en: 'the cap is per unit over the whole validity period' },
    perYear: { zh: '100万元为同一单位每年总额', en: 'the cap is per unit per award year' },
    perEvent: { zh: '100万元为每一“首”类事项（对象）累计总额', en: 'the cap is per data "first" (per subject), over the years' },
  },
  'A2.2.1': {
    a: { zh: '“上一年度”为奖励（申报）年度的上一日历年度（滚动基年）', en: 'the calendar year before the award year (a rolling base)' },
    b: { zh: '“上一年度”为政策施行前一年度（固定基年）', en: 'the year before the policy took effect (a fixed base)' },
  },
  'A2.2.3': {
    total: { zh: '按全部收入的10%', en: '10 % of all revenue' },
    marginal: { zh: '按超过门槛部分的10%', en: '10 % of the revenue above the threshold' },
  },
  'A3.1.1': {
    a: { zh: '最高额为评审核定额的上限', en: 'the maxima cap a reviewed amount' },
    b: { zh: '按最高额定额给予', en: 'the maxima are fixed amounts' },
  },
  'A3.1.2': {
    perProject: { zh: '最高额按每个项目计', en: 'each maximum is per project' },
    perEnterpriseYear: { zh: '最高额按每家单位每年每类计', en: 'each maximum is per undertaker per year, for each class' },
  },
  'A3.3.1': {
    a: { zh: '国家资金1:1，省资金1:0.5', en: 'national funds 1:1, provincial funds 1:0.5' },
    b: { zh: '重大科技专项1:1，重点研发计划1:0.5', en: 'major special 1:1, key R&D 1:0.5' },
  },
  'A3.3.2': {
    a: { zh: '1:0.5即区级为上级的50%', en: '1:0.5 means district = 50 % of the higher level' },
    b: { zh: '1:0.5即区级为上级的2倍', en: '1:0.5 means district = 2 × the higher level' },
  },
  'A3.3.3': {
    a: { zh: '每年按项目上年度实际拨付资金配套', en: 'every year, on the previous year\'s disbursement' },
    b: { zh: '每个项目仅配套一次', en: 'once per project' },
  },
  'A4.1.7': {
    perModel: { zh: '每个模型补助一次', en: 'once per model' },
    perEnterprise: { zh: '每家牵头研发单位补助一次', en: 'once per lead developer' },
  },
  'A4.2.8': {
    perModel: { zh: '每个模型补助一次', en: 'once per model' },
    perEnterprise: { zh: '每家牵头研发单位补助一次', en: 'once per lead developer' },
  },
  'A4.3.1': {
    a: { zh: '按评测等相关费用全额，封顶100万元', en: '100 % of the evaluation-related fees, capped' },
    b: { zh: '评审核定额，封顶', en: 'a reviewed amount, capped' },
    c: { zh: '定额100万元', en: 'a fixed amount at the cap' },
  },
  'A4.3.2': {
    a: { zh: '一次性指每家企业一次', en: 'once per enterprise' },
    b: { zh: '一次性指每个备案模型一次', en: 'once per filed model' },
  },
  'A5.1.2': {
    a: { zh: '先省后国家，补差额', en: 'provincial then national: pay the difference' },
    b: { zh: '两级分别全额给予', en: 'pay both levels in full' },
  },
  'A5.2.3': {
    perEnterprise: { zh: '晋级补差按企业计（各厂区、车间同一阶梯）', en: 'one ladder per enterprise, over all its sites' },
    perSite: { zh: '晋级补差按厂区或车间计（每个对象一个阶梯）', en: 'one ladder per site or workshop (per subject)' },
  },
  'A5.2.5': {
    a: { zh: '扣减本区实际已拨付的较低称号资金（含其他区级政策）', en: 'deduct district money actually received for lower titles, any district policy' },
    b: { zh: '扣减较低称号的名义金额', en: 'deduct the nominal amount of the lower titles' },
    c: { zh: '仅扣减本政策已拨付额', en: 'deduct only what this policy paid' },
  },
  'A6.2.1': {
    a: { zh: '最高额为评审核定额的上限', en: 'the maxima cap a reviewed amount' },
    b: { zh: '按最高额定额给予', en: 'the maxima are fixed amounts' },
  },
  'A6.2.2': {
    a: { zh: '先省后国家，补差额', en: 'provincial then national: pay the difference' },
    b: { zh: '两级分别给予', en: 'pay both levels' },
  },
  'A6.3.1': {
    a: { zh: '仅智能机器人产品上浮', en: 'intelligent-robot products only' },
    b: { zh: '所有人工智能首台（套）产品上浮', en: 'every AI first-set product' },
  },
  'A6.4.3': {
    a: { zh: '不超过额为评审核定额的上限', en: 'the maximum caps a reviewed amount' },
    b: { zh: '按最高额定额给予', en: 'the maximum is a fixed amount' },
  },
  'A6.5.3': {
    a: { zh: '不超过额为评审核定额的上限', en: 'the maxima cap a reviewed amount' },
    b: { zh: '按最高额定额给予', en: 'the maxima are fixed amounts' },
  },
  'A7.1.2': {
    a: { zh: '先省后国家，补差额', en: 'provincial then national: pay the difference' },
    b: { zh: '两级分别全额给予', en: 'pay both levels in full' },
  },
  'A7.2.1': {
    a: { zh: '仅省级数据标注基地', en: 'provincial data-labelling bases only' },
    b: { zh: '国家级视同不低于省级', en: 'a national base counts as at least provincial' },
  },
  'A8.1.1': {
    a: { zh: '装修、购置、租赁全部费用', en: 'all decoration, purchase and lease costs' },
    b: { zh: '仅设备及软件类投资（购置或租赁）', en: 'equipment and software only, bought or leased' },
    c: { zh: '设备及软件类投资加装修', en: 'equipment and software plus decoration' },
  },
  'A8.2.3': {
    a: { zh: '上限按运营企业计（跨平台合计）', en: 'cap per operating enterprise across its platforms' },
    b: { zh: '上限按平台计', en: 'cap per platform' },
  },
  'A8.3.1': {
    every: { zh: '“国家、省级”限定所有活动类型', en: 'national or provincial level required for every event type' },
    conferenceOnly: { zh: '“国家、省级”仅限定学术会议', en: 'the level qualifies academic conferences only' },
  },
  'A8.3.2': {
    a: { zh: '上限按每次活动计（同一活动的各次申请合计）', en: 'the cap is per event (all claims for one event together)' },
    b: { zh: '上限按承办单位每年计', en: 'the cap is per host per year' },
  },
  'A8.3.3': {
    net: { zh: '承办单位承担的费用（扣除赞助及其他财政补助）', en: 'cost borne by the host, net of sponsorship and other subsidies' },
    gross: { zh: '活动费用总额', en: 'gross event cost' },
  },
  'A9.1.1': {
    a: { zh: '就高不重复仅适用于本政策与其他政策之间', en: 'only between this policy and other policies' },
    b: { zh: '本政策内同一对象同类支持亦就高（限§9.3重叠组）', en: 'also inside this policy, for the overlap groups of §9.3' },
  },
  'A9.3.1': {
    a: { zh: '硬性上限，例外须记录批准', en: 'a hard cap; an exception needs a recorded override' },
    b: { zh: '仅为指导，超出时提示', en: 'guidance only: a warning, no cut' },
  },
  'A9.3.2': {
    a: { zh: '按奖励当年的区级综合贡献额', en: 'the contribution of the award year' },
    b: { zh: '按上一年度的区级综合贡献额', en: 'the contribution of the previous year' },
  },
  'A9.3.4': {
    a: { zh: '经认定的各类研发机构（含企业形式的新型研发机构）均豁免', en: 'every recognised R&D institution is exempt, enterprise-form included' },
    b: { zh: '仅非企业形式的研发机构豁免', en: 'only R&D institutions that are not enterprises are exempt' },
  },
  'A9.4.1': {
    a: { zh: '凡获国家或省财政资金且有投资额的对象均为项目', en: 'any subject with national or provincial money' },
    b: { zh: '仅研发项目（三(一)、三(三)）', en: 'R&D projects only (三(一), 三(三))' },
  },
  'A9.4.3': {
    a: { zh: '仅区级资金不超过审计投资额', en: 'district money alone ≤ audited investment' },
    b: { zh: '全部财政资金（含上级）不超过审计投资额', en: 'all public money (with the higher level) ≤ audited investment' },
  },
  'A9.4.4': {
    a: { zh: '缺审计投资额则待定，不予拨付', en: 'missing audited investment: pending, not paid' },
    b: { zh: '缺审计投资额则不适用该上限并提示', en: 'missing audited investment: ceiling not applied, with a warning' },
  },
  'A9.5.1': {
    a: { zh: '退回本政策下已获得的全部资金', en: 'refund everything received under this policy' },
    b: { zh: '仅退回涉事条款的资金', en: 'refund only the lines the finding covers' },
  },
  'A9.7.3': {
    a: { zh: '以各条款的资格事实日期为准（年度条款为基年末）', en: 'the qualifying-fact date (annual lines: end of the base year)' },
    b: { zh: '以申报日期为准', en: 'the application date' },
    c: { zh: '以审批日期为准', en: 'the approval date' },
    d: { zh: '年度条款以申报日期为准，其余同默认', en: 'annual lines use the application date, others as the default' },
  },
};

/** The question each reading answers, in plain words: what the text leaves open (the register entry's title). */
export const READING_QUESTIONS: { readonly [K in ReadingId]: Bilingual } = {
  'R7': { zh: '上限核减如何在多个事项间分摊', en: 'How a cap\'s cut is shared among several lines' },
  'R9': { zh: '累计上限与补差按实际拨付额还是应得额计', en: 'Do cumulative caps and top-ups count money paid or entitlements' },
  'A1.1': { zh: '非企业机构能否视同“工商注册”', en: 'Can a non-enterprise meet 「工商注册」' },
  'A1.2': { zh: '“主营业务”须是受益单位本身的，还是受奖对象属所列领域亦可', en: 'Must the beneficiary\'s own main business be an AI field, or is the rewarded subject enough' },
  'A2.1.1': { zh: '二(一)配套比例未写明时如何计', en: 'How 二(一)\'s matching ratio is set when the text names none' },
  'A2.1.6': { zh: '二(一)“总额最高100万元”的范围', en: 'What 二(一)\'s total cap applies to' },
  'A2.2.1': { zh: '二(二)“上一年度”从何时起算', en: 'What 二(二)\'s 「上一年度」 is measured from' },
  'A2.2.3': { zh: '二(二)按全部收入还是超过门槛部分计', en: 'Is 二(二) a share of all revenue or of the part above the threshold' },
  'A3.1.1': { zh: '三(一)“最高”是上限还是定额', en: 'Are 三(一)\'s amounts maxima or fixed amounts' },
  'A3.1.2': { zh: '三(一)上限按项目还是按单位每年计', en: 'Is 三(一)\'s cap per project or per undertaker per year' },
  'A3.3.1': { zh: '三(三)两个配套比例各对应什么', en: 'Which of 三(三)\'s two ratios goes with which funds' },
  'A3.3.2': { zh: '三(三)“1:0.5”的方向', en: 'Which way 三(三)\'s 「1:0.5」 reads' },
  'A3.3.3': { zh: '三(三)每年配套还是每个项目一次', en: 'Is 三(三) matched every year or once per project' },
  'A4.1.7': { zh: '四(一)补助按模型还是按牵头单位一次', en: 'Is 四(一) paid once per model or once per lead developer' },
  'A4.2.8': { zh: '四(二)补助按模型还是按牵头单位一次', en: 'Is 四(二) paid once per model or once per lead developer' },
  'A4.3.1': { zh: '四(三)备案奖励金额如何定', en: 'How 四(三)\'s filing award is set' },
  'A4.3.2': { zh: '四(三)“一次性”按企业还是按备案模型', en: 'Does 四(三)\'s 「一次性」 mean once per enterprise or per filed model' },
  'A5.1.2': { zh: '五(一)同一项目先获省级后获国家级如何给予', en: '五(一): the same project selected provincially, then nationally' },
  'A5.2.3': { zh: '五(二)晋级补差的单位', en: 'What 五(二)\'s tier ladder is counted for' },
  'A5.2.5': { zh: '五(二)“补差”扣减什么', en: 'What 五(二)\'s 「补差」 subtracts' },
  'A6.2.1': { zh: '六(二)“最高”是上限还是定额', en: 'Are 六(二)\'s amounts maxima or fixed amounts' },
  'A6.2.2': { zh: '六(二)先获省级后获国家级如何给予', en: '六(二): a platform recognised provincially, then nationally' },
  'A6.3.1': { zh: '六(三)上浮适用于哪些首台（套）产品', en: 'Which first-set products 六(三)\'s uplift applies to' },
  'A6.4.3': { zh: '六(四)“不超过”是上限还是定额', en: 'Is 六(四)\'s amount a maximum or a fixed amount' },
  'A6.5.3': { zh: '六(五)“不超过”是上限还是定额', en: 'Are 六(五)\'s amounts maxima or fixed amounts' },
  'A7.1.2': { zh: '七(一)先获省级后获国家级如何给予', en: '七(一): a park recognised provincially, then nationally' },
  'A7.2.1': { zh: '七(二)国家级数据标注基地是否适用', en: 'Does 七(二) cover a national data-labelling base' },
  'A8.1.1': { zh: '八(一)补贴基数包括哪些费用', en: 'What 八(一)\'s subsidy base includes' },
  'A8.2.3': { zh: '八(二)上限按企业还是按平台计', en: 'Is 八(二)\'s cap per enterprise or per platform' },
  'A8.3.1': { zh: '八(三)“国家、省级”限定哪些活动', en: 'Which events 八(三)\'s 「国家、省级」 qualifies' },
  'A8.3.2': { zh: '八(三)上限按每次活动还是按承办单位每年计', en: 'Is 八(三)\'s cap per event or per host per year' },
  'A8.3.3': { zh: '八(三)“活动费用总额”是总额还是承办单位承担的部分', en: 'Is 八(三)\'s 「活动费用总额」 the gross cost or the host\'s own share' },
  'A9.1.1': { zh: '九(一)就高不重复是否也适用于本政策内部', en: 'Does 九(一)\'s 就高不重复 also apply inside this policy' },
  'A9.3.1': { zh: '九(三)“原则上不得超过”是硬性上限吗', en: 'Is 九(三)\'s 「原则上」 cap binding' },
  'A9.3.2': { zh: '九(三)按哪一年度的区级综合贡献额', en: 'Which year\'s district contribution 九(三) uses' },
  'A9.3.4': { zh: '九(三)“各类研发机构”包括哪些', en: 'Who counts as 「各类研发机构」 in 九(三)' },
  'A9.4.1': { zh: '九(四)“项目”指什么', en: 'What a 「项目」 is in 九(四)' },
  'A9.4.3': { zh: '九(四)不超过审计投资额的是区级资金还是全部财政资金', en: 'Is 九(四)\'s ceiling on district money alone or on all public money' },
  'A9.4.4': { zh: '九(四)缺少审计投资额时如何处理', en: 'What 九(四) does when no audited investment is known' },
  'A9.5.1': { zh: '九(五)退回全部资金还是涉事部分', en: 'Does 九(五)\'s refund cover everything or only the tainted lines' },
  'A9.7.3': { zh: '九(七)有效期以哪个日期判断', en: 'Which date 九(七)\'s validity window is judged by' },
};
