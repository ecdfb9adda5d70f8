/**
 * Chinese (zh-CN) messages for input issues. One renderer per issue code, in a map the compiler checks to be
 * complete; inside a renderer, an exhaustive switch per rule. A new code or rule not rendered here fails to compile.
 */
import type { ParamUnit } from '../../../policy/parameters.js';
import type { Expected, Format, IssueCode, IssueParamsByCode, NameKind, Received, RecordLimit } from '../issues.js';

/** What each named form is, in Chinese. */
export const FORMAT_ZH: Readonly<Record<Format, string>> = {
  yuan: '以元为单位的金额字符串：非负，至多两位小数，不超过11位整数，如 "1234.50"',
  signedYuan: '以元为单位的金额字符串，可为负，至多两位小数，不超过11位整数，如 "-1234.50"',
  date: '真实存在的日历日期，格式 YYYY-MM-DD，如 "2026-03-01"',
  year: '公历年份整数（1900–2999）',
  yearKey: '四位年份作为键，如 "2025"',
  id: '非空字符串标识（至多200字符）',
  text: '非空文字',
  boolean: '布尔值 true 或 false',
  count: '非负整数',
  paramCount: '以字符串书写的非负整数参数量，如 "120000000000"',
  years: '至少一个奖励年度',
  list: '列表（数组），至多 100 项',
  findingScope: '"all" 或条款编号数组',
  clause: '已知的条款编号（art02_1 … art08_3，或转介事项 art06_1、art09_1、art09_2）',
  options: '对象 { parameters?, readings? }',
  parameterMap: '以编号为键的对象，如 { "art02_1.ratio": "0.5" }',
  readingMap: '以编号为键的对象，如 { "A9.3.2": "a" }',
  clauseIdString: '条款编号字符串，如 "art04_3"',
  reformId: '由字母、数字、点、下划线或连字符组成的标识（至多100字符），如 "raise-02-2-cap"',
  words: '非空文字，或 { zh: …, en: … }',
  reformParameters: '以参数编号为键的映射，如 { "art02_2.cap": "2000000" }',
  reformReadings: '以解读编号为键的映射，如 { "A9.3.1": "b" }',
  reformLines: '条款编号列表，如 ["art04_3"]',
  reform: '改革方案：一个映射（对象），字段为 id、title、description、parameters、readings、disabledLines',
  portfolio: '多年度输入的数组（[{ beneficiary, history?, years }]）',
  top: '1 至 9999 的整数',
  reformFile: '.yaml、.yml 或 .json（改革方案文件名的结尾）',
  version: '政策版本：对象 { id, title: { zh, en }, changes: [...] }',
  versionId: '由字母、数字、点、下划线或连字符组成的版本名（至多100字符），如 "issued-2027"',
  versionTitle: '对象 { zh, en }，均为非空文字',
  versionChanges: '至多 1000 项带日期的调整 { parameter, from, value, source } 组成的列表',
  versionChange: '带日期的调整 { parameter, from, value, source }',
  versionSource: '数值出处 { document, article, words? }（文件、条款、原文），均为非空文字',
};

/** What a value of each parameter unit looks like, in Chinese. */
export const UNIT_ZH: Readonly<Record<ParamUnit, string>> = {
  yuan: '以元为单位的金额字符串，如 "2000000"（即200万元）',
  rate: '小数比例字符串，如 "0.30"（30%）或 "0.5"（1:0.5）',
  count: '整数字符串，如 "50"',
  modelParams: '参数量整数字符串，如 "100000000000"（千亿）',
  date: '日期字符串 YYYY-MM-DD',
  years: '年数整数字符串，如 "3"',
  comparison: '"atLeast"（（含）以上）或 "moreThan"（超过）',
  rounding: '"floor" 或 "halfUp"',
};

const TYPE_ZH: Readonly<Record<string, string>> = { object: '对象', array: '数组', string: '字符串', number: '数字', boolean: '布尔值' };

const NAME_ZH: Readonly<Record<NameKind, string>> = { field: '字段', option: '选项', readingId: '解读编号', parameter: '参数', clauseId: '条款编号' };

const LIMIT_ZH: Readonly<Record<RecordLimit, (n: number) => string>> = {
  maxValues: (n) => `记录中的值超过 ${n} 个`,
  maxKeys: (n) => `某个对象的键超过 ${n} 个`,
  maxItems: (n) => `某个列表的项超过 ${n} 项`,
  maxDepth: (n) => `嵌套超过 ${n} 层`,
};

/** What is expected, in Chinese (follows 「应为」). */
export function expectedZh(e: Expected): string {
  switch (e.kind) {
    case 'format':
      return FORMAT_ZH[e.format];
    case 'oneOf':
      return `以下之一：${e.values.join(', ')}`;
    case 'type':
      return TYPE_ZH[e.type] ?? e.type;
    case 'unit':
      return UNIT_ZH[e.unit];
    case 'fields':
      return `JSON 对象，字段为 ${quote(e.fields)}`;
  }
}

const quote = (names: readonly string[]): string => names.map((n) => `"${n}"`).join(', ');
/** The bad value as JSON text, with its kind for a list or an object. */
const shown = (r: Received): string => (r.type === 'array' ? `数组 ${r.text}` : r.type === 'object' ? `对象 ${r.text}` : r.text);
/** A short string value without its quotes (dates, amounts, ids the schema has already checked). */
const bare = (r: Received): string => (r.type === 'string' && r.text.endsWith('"') ? (JSON.parse(r.text) as string) : r.text);
const not = (r: Received | undefined): string => (r === undefined ? '' : `，而不是 ${shown(r)}`);

/** Every issue code's message, in Chinese. */
export const MESSAGES_ZH: { readonly [C in IssueCode]: (p: IssueParamsByCode[C]) => string } = {
  invalid(p) {
    switch (p.rule) {
      case 'expected':
        return `应为${expectedZh(p.expected)}${not(p.received)}`;
      case 'type':
        return `类型错误：应为${expectedZh(p.expected)}${not(p.received)}`;
      case 'notNull':
        return `该参数不可置空：应为${expectedZh(p.expected)}${not(p.received)}`;
      case 'rewrite':
        return `单位或写法不对：应为${expectedZh(p.expected)}；${p.received.text} 应写作 "${p.hint}"`;
      case 'useId':
        return `请用条款编号：${p.received.text} 应写作 "${p.hint}"`;
      case 'quoted':
        return `${p.money ? '金额' : '参数值'}须写成带引号的字符串以保持精确（${p.json ? 'JSON ' : ''}数字会丢失位数）：应为${expectedZh(p.expected)}${not(p.received)}`;
      case 'missing':
        return `缺少必填字段“${p.field}”`;
      case 'syntax':
        if (p.syntax === 'yaml') return `YAML 有误：${p.detail}`;
        return `${p.file === 'portfolio' ? '组合文件' : ''}不是有效的 JSON：${p.detail}`;
      case 'yamlAlias':
        return '改革方案中不接受 YAML 别名（*name）';
      case 'other':
        return `无效：${p.detail}${not(p.received)}`;
    }
  },
  required: (p) => `缺少必填字段（应为${expectedZh(p.expected)}）`,
  unknownKey(p) {
    if (p.suggestions !== undefined) return `未知的${NAME_ZH[p.what]}“${p.key}”；最接近的有效名称：${quote(p.suggestions)}`;
    if (p.allowed !== undefined) return `未知${NAME_ZH[p.what]}“${p.key}”：此处只接受 ${quote(p.allowed)}`;
    return `未知${NAME_ZH[p.what]}“${p.key}”：此处不接受该${NAME_ZH[p.what]}`;
  },
  forbiddenKey: (p) => `禁止使用的字段名“${p.key}”`,
  contradiction(p) {
    const v = bare(p.received);
    const a = p.against;
    switch (p.rule) {
      case 'factAfterApproval':
        return `事实日期 ${v} 晚于审批日期 ${a}`;
      case 'liftedBeforeConfirmed':
        return `解除日期 ${v} 早于查实日期 ${a}`;
      case 'paidAfterApproval':
        return `拨付日期 ${v} 晚于本次审批日期 ${a}`;
      case 'historyYearAfter':
        return `历史记录的奖励年度 ${v} 晚于本次奖励年度 ${a}`;
      case 'paidOverEntitlement':
        return `实际拨付额 ${v} 元大于应得额 ${a} 元`;
      case 'refundedOverPaid':
        return `退回额 ${v} 元大于实际拨付额 ${a} 元`;
      case 'paidBeforeAwardYear':
        return `拨付日期 ${v} 早于奖励年度 ${a}（先拨付后审批）`;
      case 'approvalOutsideYear':
        return `审批日期 ${v} 不在奖励年度 ${a} 内（R4）`;
      case 'applicationAfterApproval':
        return `申报日期 ${v} 晚于审批日期 ${a}`;
      case 'disbursedAfterYear':
        return `拨付年度 ${v} 晚于奖励年度 ${a}`;
      case 'hostCostOverTotal':
        return `承办单位承担费用 ${v} 元大于活动费用总额 ${a} 元`;
      case 'investmentDiffers':
        return `项目“${p.subject ?? ''}”的审计投资额 ${v} 元与 ${p.otherPath ?? ''} 的 ${a} 元不一致`;
      case 'yearsOutOfOrder':
        return `奖励年度须按时间先后排列：${v} 排在 ${a} 之后`;
      case 'beneficiaryRowsDiffer':
        return `受益对象 ${v} 的各行信息不一致（与第 ${a} 行不同）：同一对象各年度的名称、形式、登记等字段须相同`;
    }
  },
  duplicate(p) {
    const v = bare(p.received);
    switch (p.rule) {
      case 'claimId':
        return `申请事项编号“${v}”重复`;
      case 'projectId':
        return `项目编号“${v}”重复`;
      case 'parameter':
        return `参数“${v}”重复设定`;
      case 'clause':
        return `条款“${v}”重复列出`;
      case 'beneficiaryId':
        return `受益对象编号“${v}”与 ${p.first ?? ''} 重复`;
      case 'versionChange':
        return `版本中已设定 ${v}（参数@起始日期）${p.first === undefined ? '' : `，见 ${p.first}`}`;
      case 'csvKey':
        return `${p.file ?? ''} 中同一受益主体编号与奖励年度出现多次（${v}，第 ${(p.lines ?? []).join(', ')} 行），无法对应申请事项`;
    }
  },
  outOfRange(p) {
    switch (p.rule) {
      case 'max':
        return `过多或过大：至多 ${p.max ?? ''}${not(p.received)}`;
      case 'min':
        return `过少或过小：至少 ${p.min ?? ''}${not(p.received)}`;
      case 'range': {
        const pct = p.percent && p.received ? `；${p.received.text} 即 ${p.percent.asPercent}%，如指 ${bare(p.received)}% 请写 "${p.percent.asShare}"` : '';
        return `超出范围：应在 ${p.min ?? ''} 至 ${p.max ?? ''} 之间（含）${not(p.received)}${pct}`;
      }
      case 'ratioProvincial':
        return `在解读 A3.3.2 b 下，区级金额为上级拨付资金除以该比例，比例应不低于 ${p.min ?? ''}${not(p.received)}`;
      case 'beforeEffect':
        return `奖励年度${p.received ? ` ${p.received.text} ` : ''}早于本政策施行（${p.min ?? ''}）`;
      case 'amountSum':
        return `本输入参与加总的各金额合计至此超过 ${p.max ?? ''} 元（1000亿元）：本计算仅在此范围内保证精确到分`;
      case 'portfolioSize':
        return `组合应含 ${p.min ?? ''} 至 ${p.max ?? ''} 个受益对象${p.received ? `，而不是 ${p.received.text} 个` : ''}`;
      case 'fileSize':
        return `文件过大：至多 ${p.max ?? ''} 个字符${p.received ? `，而不是 ${p.received.text} 个` : ''}`;
    }
  },
  json: (p) => `该行不是有效的 JSON：${p.detail}`,
  tooLong: (p) => (p.item === 'line' ? `该行超过 ${p.max} 字节上限，未读取` : `该元素超过 ${p.max} 字符上限，未读取`),
  encoding: (p) => `该行不是有效的 ${p.encoding} 编码（整个文件须使用同一编码）`,
  csvRow: (p) => `${p.file} 第 ${p.line} 行有 ${p.cells} 个单元格，多于表头的 ${p.columns} 列`,
  ambiguousClaim: (p) =>
    `${p.file} 第 ${p.line} 行未填奖励年度，而受益主体 ${p.beneficiaryId} 在 ${p.otherFile} 中有多行（第 ${p.lines.join(', ')} 行）；请填写 awardYear 列`,
  orphanClaim: (p) =>
    p.beneficiaryId === null
      ? `${p.file} 第 ${p.line} 行缺少受益主体编号（beneficiaryId）`
      : `${p.file} 第 ${p.line} 行的受益主体 ${p.beneficiaryId}${p.awardYear ? `（${p.awardYear} 年度）` : ''}在 ${p.otherFile} 中没有对应行`,
  tooLarge: (p) => `记录过大，未校验：${LIMIT_ZH[p.limit](p.max)}（任何有效申请都不会达到此上限）`,
  moreIssues: (p) => `另有 ${p.count} 个问题未列出（仅列出前 ${p.shown} 个）`,
  internal: (p) => `引擎内部错误（请报告此缺陷）：${p.error}`,
};
