/** Zh / en names of the constraint codes and line statuses, labels clipped to fit a chart, and the sensitivity rows in words, for the drafting reports. */
import { readingDef } from '../../policy/catalogue.js';
import type { CompareStatus, ConstraintCode, SensitivityRow } from './compare.js';
import type { Bilingual } from './text.js';

/** The constraint that made each kind of cut. */
export const CONSTRAINT_LABEL: Readonly<Record<ConstraintCode, Bilingual>> = {
  itemCap: { zh: '单项上限', en: 'per-item cap' },
  cumulativeCap: { zh: '累计或年度条款上限', en: 'cumulative or yearly clause cap' },
  ladder: { zh: '晋级补差', en: 'tier difference (晋级补差)' },
  oneTime: { zh: '一次性', en: 'one-time rule' },
  overlap: { zh: '九(一)就高不重复', en: '九(一) overlap: take the highest' },
  crossPolicy: { zh: '九(一)其他区级政策就高', en: '九(一) other district policy: top-up only' },
  auditedInvestment: { zh: '九(四)审计投资额上限', en: '九(四) audited-investment ceiling' },
  annualCap: { zh: '九(三)年度区级综合贡献额上限', en: '九(三) annual contribution cap' },
  budgetScale: { zh: '九(三)总额控制', en: '九(三) budget factor' },
};

/** Each status of a line, and `switchedOff` (the reform took the line out). */
export const STATUS_LABEL: Readonly<Record<CompareStatus, Bilingual>> = {
  paid: { zh: '全额支付', en: 'paid' },
  reduced: { zh: '核减后支付', en: 'reduced' },
  zero: { zh: '核定为零', en: 'zero' },
  ineligible: { zh: '不符合条件', en: 'ineligible' },
  indeterminate: { zh: '无法计算', en: 'indeterminate' },
  pending: { zh: '待定', en: 'pending' },
  referral: { zh: '转介', en: 'referral' },
  switchedOff: { zh: '已取消', en: 'switched off' },
};

/** The width of a character in a label, in units of half a CJK character: CJK and full-width forms 2, others 1. */
function unitsOf(ch: string): number {
  return /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\ud840-\ud87f][\udc00-\udfff]/.test(ch) ? 2 : 1;
}

/**
 * A label shortened to `max` units (a CJK character counts 2, others 1) with 「…」 where it was cut: on the left by
 * default, keeping the end that tells two long labels apart (「…有限公司第二分公司」), or on the right. A label
 * that fits is returned as it is.
 */
export function clipLabel(label: string, max: number, keep: 'end' | 'start' = 'end'): string {
  const chars = [...label];
  if (chars.reduce((n, ch) => n + unitsOf(ch), 0) <= max) return label;
  const kept: string[] = [];
  let used = 1; // the ellipsis
  for (const ch of keep === 'end' ? chars.reverse() : chars) {
    if (used + unitsOf(ch) > max) break;
    used += unitsOf(ch);
    kept.push(ch);
  }
  return keep === 'end' ? `…${kept.reverse().join('')}` : `${kept.join('')}…`;
}

/**
 * A reading's question, the Chinese led by the article of the text it concerns (「九(三) 年度上限按哪一年的区级综合贡献额？」);
 * the English is the question alone (the reports set the two side by side).
 */
export function readingQuestion(id: string): Bilingual {
  const def = readingDef(id)!;
  return { zh: `${def.item} ${def.question.zh}`, en: def.question.en };
}

/**
 * A row of the sensitivity view in words: the reading's question and the options in force and switched to, e.g.
 * 「A9.3.1 九(三)“原则上不得超过”是硬性上限吗：硬性上限，例外须记录批准 → 仅为指导，超出时提示」.
 */
export function sensitivityWords(row: SensitivityRow): Bilingual {
  const question = readingQuestion(row.reading);
  return {
    zh: `${row.reading} ${question.zh}：${row.inForceLabel.zh} → ${row.label.zh}`,
    en: `${row.reading} ${question.en}: ${row.inForceLabel.en} → ${row.label.en}`,
  };
}
