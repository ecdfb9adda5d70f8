/**
 * Chinese (zh-CN) sentences for results. One exhaustive switch per explanation union; a new code that is not
 * rendered here fails to compile.
 */
import { ITEM_LABEL } from '../../policy/ids.js';
import type { AdjustmentResult, EvaluationResult, LineResult, NoteResult, ReasonResult } from '../../engine/result.js';
import { conditionLabel, percent } from './glossary.js';

const STATUS: Record<LineResult['status'], string> = {
  paid: '全额支付', reduced: '核减后支付', zero: '核定为零', ineligible: '不符合条件', indeterminate: '无法计算', pending: '待定', referral: '转介',
};
const label = (rule: string): string => ITEM_LABEL[rule as keyof typeof ITEM_LABEL] ?? rule;
const list = (ids: readonly string[]): string => ids.map((id) => conditionLabel(id, 'zh')).join('、');

/** One adjustment as a sentence. */
export function adjustmentZh(a: AdjustmentResult): string {
  switch (a.code) {
    case 'itemCap':
      return `${label(a.rule)}单项上限 ${a.cap} 元（参数 ${a.param}）：${a.before} → ${a.after} 元。`;
    case 'cumulativeCap':
      return `${label(a.rule)}累计上限 ${a.cap} 元，此前已计 ${a.prior} 元，剩余额度 ${a.room} 元（参数 ${a.param}）：${a.before} → ${a.after} 元。`;
    case 'ladder':
      if (a.alreadyAwarded) return `${label(a.rule)}该等级或更高等级此前已获奖励（已获即视为享受一次），不再支付：${a.before} → ${a.after} 元。`;
      return a.best
        ? `${label(a.rule)}晋级补差：扣除已获得的 ${a.prior} 元：${a.before} → ${a.after} 元。`
        : `${label(a.rule)}同一对象本批次有更高等级，按就高只支付一次：${a.before} → ${a.after} 元。`;
    case 'oneTime':
      return a.why === 'alreadyAwarded'
        ? `${label(a.rule)}为一次性奖励，此前已获：${a.before} → ${a.after} 元。`
        : `${label(a.rule)}为一次性奖励，本批次另有金额更高的申请：${a.before} → ${a.after} 元。`;
    case 'overlap':
      return `九(一)就高不重复（重叠组 ${a.group}${a.other !== '0.00' ? `，其他区级政策已支持 ${a.other} 元` : ''}），剩余额度 ${a.room} 元：${a.before} → ${a.after} 元。`;
    case 'crossPolicy':
      return `九(一)就高不重复：其他区级政策已就同一事项支持 ${a.other} 元，仅补差，剩余额度 ${a.room} 元：${a.before} → ${a.after} 元。`;
    case 'auditedInvestment':
      return `九(四)项目 ${a.projectId} 经审计认定投资额 ${a.investment} 元，区财政此前已资助 ${a.prior} 元，剩余额度 ${a.room} 元：${a.before} → ${a.after} 元。`;
    case 'annualCap':
      return `九(三)年度奖补总额不超过 ${a.contributionYear} 年度区级综合贡献额 ${a.cap} 元（本年此前已获 ${a.earlier} 元，剩余 ${a.room} 元），按比例核减：${a.before} → ${a.after} 元。`;
    case 'budgetScale':
      return `九(三)预算总额控制系数 ${a.scale}：${a.before} → ${a.after} 元。`;
  }
}

/** One reason as a sentence. */
export function reasonZh(r: ReasonResult): string {
  switch (r.code) {
    case 'scope':
      return `不符合一、政策适用范围：${list(r.failed)}。`;
    case 'conditions':
      return `不符合${label(r.rule)}的条件：${list(r.failed)}。`;
    case 'window':
      return `九(七)有效期：资格事实日期 ${r.date} 不在 ${r.start} 至 ${r.end} 之内。`;
    case 'oneEnterpriseOnePolicy':
      return `九(一)已享受“一企一策”（${r.signedOn} 签订），不再重复享受本政策类似条款。`;
    case 'referral':
      return `${label(r.rule)}：按${r.policy}给予支持，本政策不计算金额。`;
    case 'indeterminate':
      return `${label(r.rule)}：文本未规定参数 ${r.param}，须由实施细则设定后方可计算。`;
    case 'pending':
      return `${label(r.rule)}：缺少所需信息 ${r.missing}，暂不支付。`;
  }
}

/** One note as a sentence. */
export function noteZh(n: NoteResult): string {
  switch (n.code) {
    case 'teamReward':
      return `三(三)：企业可将配套资金的 ${percent(n.share)}%（${n.amount} 元）用于奖励研发团队（不另行增加）。`;
    case 'annualCapOverridden':
      return `九(三)“原则上”：经决定 ${n.decisionRef} 不适用年度上限（否则应核减 ${n.wouldCut} 元）。`;
    case 'annualCapExceeded':
      return `九(三)按指导性解读仅提示：超出年度区级综合贡献额 ${n.excess} 元。`;
    case 'annualCapExempt':
      return '九(三)：研发机构不受年度区级综合贡献额限制。';
    case 'auditedInvestmentNotApplied':
      return `九(四)：项目 ${n.projectId} 未提供审计投资额，按所选解读未适用该上限。`;
    case 'indeterminateRatioSupplied':
      return `二(一)配套比例 ${n.ratio} 由${n.source}设定。`;
    case 'recordKeeping':
      return '九(六)：获得资金的企业、机构须接受监督检查并妥善保存申报原始票据及凭证。';
  }
}

/** A line as sentences. */
export function lineZh(l: LineResult): string[] {
  const head = `${l.item}（事项 ${l.claimId}，对象 ${l.subjectId}）：${STATUS[l.status]}，应得 ${l.gross} 元，实付 ${l.net} 元。`;
  return [head, ...l.reasons.map(reasonZh), ...l.adjustments.map(adjustmentZh), ...l.notes.map(noteZh)];
}

/** A whole result as lines of text. */
export function resultZh(r: EvaluationResult): string[] {
  return [
    `${r.beneficiaryId} ${r.awardYear} 年度（审批日 ${r.approvalDate}）：合计 ${r.total} 元。`,
    ...r.lines.flatMap((l) => lineZh(l).map((s, i) => (i === 0 ? `- ${s}` : `  · ${s}`))),
    ...r.notes.map(noteZh),
    ...(r.policyVersion === undefined ? [] : [
      `政策版本 ${r.policyVersion.id}（九(六)依法调整；各行按资格事实发生之日施行的数值计算）：${r.policyVersion.applied.length === 0 ? '本结果未适用任何调整' : `适用调整 ${r.policyVersion.applied.join('、')}`}。`,
    ]),
  ];
}
