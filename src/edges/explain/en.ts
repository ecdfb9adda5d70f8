/**
 * English sentences for results. One exhaustive switch per explanation union; a new code that is not rendered
 * here fails to compile.
 */
import { ITEM_LABEL } from '../../policy/ids.js';
import type { AdjustmentResult, EvaluationResult, LineResult, NoteResult, ReasonResult } from '../../engine/result.js';
import { conditionLabel, percent } from './glossary.js';

const STATUS: Record<LineResult['status'], string> = {
  paid: 'paid in full', reduced: 'paid after cuts', zero: 'nothing left to pay', ineligible: 'ineligible', indeterminate: 'cannot be computed',
  pending: 'pending', referral: 'referred',
};
const label = (rule: string): string => ITEM_LABEL[rule as keyof typeof ITEM_LABEL] ?? rule;
const list = (ids: readonly string[]): string => ids.map((id) => conditionLabel(id, 'en')).join('; ');

/** One adjustment as a sentence. */
export function adjustmentEn(a: AdjustmentResult): string {
  switch (a.code) {
    case 'itemCap':
      return `${label(a.rule)} cap per item of ${a.cap} yuan (parameter ${a.param}): ${a.before} → ${a.after}.`;
    case 'cumulativeCap':
      return `${label(a.rule)} cumulative cap of ${a.cap} yuan, ${a.prior} already counted, room ${a.room} (parameter ${a.param}): ${a.before} → ${a.after}.`;
    case 'ladder':
      if (a.alreadyAwarded) return `${label(a.rule)} this tier, or a higher one, was already awarded (awarded counts as received once): ${a.before} → ${a.after}.`;
      return a.best
        ? `${label(a.rule)} tier upgrade paid as the difference, less ${a.prior} already received: ${a.before} → ${a.after}.`
        : `${label(a.rule)} a higher tier for the same subject in this batch is paid instead: ${a.before} → ${a.after}.`;
    case 'oneTime':
      return a.why === 'alreadyAwarded'
        ? `${label(a.rule)} is a one-time award already received: ${a.before} → ${a.after}.`
        : `${label(a.rule)} is a one-time award; a larger claim in this batch is paid: ${a.before} → ${a.after}.`;
    case 'overlap':
      return `九(一) take the highest, no duplication (overlap group ${a.group}${a.other !== '0.00' ? `, ${a.other} from another district policy` : ''}), room ${a.room}: ${a.before} → ${a.after}.`;
    case 'crossPolicy':
      return `九(一) take the highest, no duplication: another district policy already paid ${a.other} for the same subject; top-up only, room ${a.room}: ${a.before} → ${a.after}.`;
    case 'auditedInvestment':
      return `九(四) project ${a.projectId}: audited investment ${a.investment}, district funding so far ${a.prior}, room ${a.room}: ${a.before} → ${a.after}.`;
    case 'annualCap':
      return `九(三) the year's total may not exceed the ${a.contributionYear} district contribution of ${a.cap} (${a.earlier} already this year, room ${a.room}); cut pro rata: ${a.before} → ${a.after}.`;
    case 'budgetScale':
      return `九(三) budget control factor ${a.scale}: ${a.before} → ${a.after}.`;
  }
}

/** One reason as a sentence. */
export function reasonEn(r: ReasonResult): string {
  switch (r.code) {
    case 'scope':
      return `Outside the scope of section 一: ${list(r.failed)}.`;
    case 'conditions':
      return `Conditions of ${label(r.rule)} not met: ${list(r.failed)}.`;
    case 'window':
      return `九(七) validity: the qualifying date ${r.date} is not within ${r.start} to ${r.end}.`;
    case 'oneEnterpriseOnePolicy':
      return `九(一) the beneficiary has a "one enterprise, one policy" agreement (signed ${r.signedOn}) covering this similar clause.`;
    case 'referral':
      return `${label(r.rule)}: supported under ${r.policy}; no amount here.`;
    case 'indeterminate':
      return `${label(r.rule)}: the text sets no value for ${r.param}; the implementing rules must set it first.`;
    case 'pending':
      return `${label(r.rule)}: missing ${r.missing}; not paid for now.`;
  }
}

/** One note as a sentence. */
export function noteEn(n: NoteResult): string {
  switch (n.code) {
    case 'teamReward':
      return `三(三): the enterprise may use ${percent(n.share)} % (${n.amount} yuan) of the matching to reward its R&D team (not an extra amount).`;
    case 'annualCapOverridden':
      return `九(三) "in principle": decision ${n.decisionRef} lifts the annual cap (it would have cut ${n.wouldCut}).`;
    case 'annualCapExceeded':
      return `九(三) read as guidance only: the annual contribution is exceeded by ${n.excess}.`;
    case 'annualCapExempt':
      return '九(三): R&D institutions are exempt from the annual contribution cap.';
    case 'auditedInvestmentNotApplied':
      return `九(四): no audited investment for project ${n.projectId}; the ceiling was not applied under the chosen reading.`;
    case 'indeterminateRatioSupplied':
      return `二(一) matching ratio ${n.ratio} set by ${n.source}.`;
    case 'recordKeeping':
      return '九(六): recipients accept supervision and keep the original vouchers of their applications.';
  }
}

/** A line as sentences. */
export function lineEn(l: LineResult): string[] {
  const head = `${l.item} (claim ${l.claimId}, subject ${l.subjectId}): ${STATUS[l.status]}; gross ${l.gross}, net ${l.net} yuan.`;
  return [head, ...l.reasons.map(reasonEn), ...l.adjustments.map(adjustmentEn), ...l.notes.map(noteEn)];
}

/** A whole result as lines of text. */
export function resultEn(r: EvaluationResult): string[] {
  return [
    `${r.beneficiaryId}, award year ${r.awardYear} (approved ${r.approvalDate}): total ${r.total} yuan.`,
    ...r.lines.flatMap((l) => lineEn(l).map((s, i) => (i === 0 ? `- ${s}` : `  · ${s}`))),
    ...r.notes.map(noteEn),
    ...(r.policyVersion === undefined ? [] : [
      `Policy version ${r.policyVersion.id} (九(六) adjustments; each line takes the values in force on its date): ${r.policyVersion.applied.length === 0 ? 'no change applies to this result' : `changes applied: ${r.policyVersion.applied.join(', ')}`}.`,
    ]),
  ];
}
