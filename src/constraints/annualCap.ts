/**
 * 九(三) — a beneficiary's money under this policy in an award year is at most its annual district-level
 * comprehensive contribution. Defaults: the previous year's contribution (A9.3.2 b); R&D institutions exempt
 * (A9.3.4); 「原则上」 read as a hard cap that a recorded decision may lift (A9.3.1 a); earlier batches of the same
 * year keep what they got and use up the room (A9.3.7); the cut is shared pro rata (R7) and forfeited (A9.3.8);
 * a contribution below zero counts as zero (A9.3.9).
 */
import { atMost } from '../core/boundaries.js';
import { fenFromYuan, maxFen, ZERO_FEN, fenAbove, subFen } from '../core/money.js';
import type { StageContext, WorkLine } from '../policy/model.js';
import { share } from './allocate.js';
import { cut, indicesWhere, isPaying, totalOf, withNote, withState } from './lines.js';
import type { ReadingFact } from '../policy/readings.js';
import type { DeclaredWords, RuleWords } from '../policy/words.js';
import { isOpen } from './lines.js';

/** 九(三) 年度总额上限: the readings of ambiguous words that the branches below switch on (register ids; words: annualCapWords). */
export const annualCapReadings = [
  { id: 'A9.3.1', default: 'a', options: ['a', 'b'], consequential: true },
  { id: 'A9.3.2', default: 'b', options: ['a', 'b'], consequential: true },
  { id: 'A9.3.4', default: 'a', options: ['a', 'b'], consequential: true },
] as const satisfies readonly ReadingFact[];

/** Whether the beneficiary is exempt as one of 「各类研发机构」 (A9.3.4). */
export function isExempt(ctx: StageContext): boolean {
  const b = ctx.beneficiary;
  return b.rndInstitution && (ctx.readings['A9.3.4'] !== 'b' || b.legalForm !== 'enterprise');
}

/** The year whose contribution sets the cap (A9.3.2). */
export function contributionYear(ctx: StageContext): number {
  return ctx.readings['A9.3.2'] === 'a' ? ctx.awardYear : ctx.baseYear;
}

/** The lines, with each line at `positions` (the k-th of them) replaced by `change(line, k)`. */
function changeAt(lines: readonly WorkLine[], positions: readonly number[], change: (line: WorkLine, k: number) => WorkLine): WorkLine[] {
  const out = [...lines];
  positions.forEach((i, k) => {
    out[i] = change(lines[i]!, k);
  });
  return out;
}

/** Stage 6: the annual cap. */
export function annualCap(lines: readonly WorkLine[], ctx: StageContext): readonly WorkLine[] {
  const open = indicesWhere(lines, isPaying);
  if (open.length === 0) return lines;
  if (isExempt(ctx)) return changeAt(lines, open, (line) => withNote(line, { code: 'annualCapExempt', rule: 'art09_3' }));
  const year = contributionYear(ctx);
  const raw = ctx.beneficiary.districtContribution[year];
  if (raw === undefined) {
    return changeAt(lines, open, (line) => withState(line, 'pending', { code: 'pending', rule: 'art09_3', missing: `beneficiary.districtContribution.${year}` }));
  }
  const cap = maxFen(ZERO_FEN, fenFromYuan(raw)); // A9.3.9: a contribution below zero allows nothing
  const earlier = ctx.history.paid((h) => h.awardYear === ctx.awardYear);
  const room = fenAbove(cap, earlier);
  const members = open.map((i) => lines[i]!);
  const total = totalOf(members);
  if (atMost(total, room)) return lines; // 「不得超过」 allows the contribution itself
  const override = ctx.application.annualCapOverride;
  if (override || ctx.readings['A9.3.1'] === 'b') {
    return changeAt(lines, open, (line) => withNote(line, override
      ? { code: 'annualCapOverridden', rule: 'art09_3', decisionRef: override.decisionRef, wouldCut: subFen(total, room) }
      : { code: 'annualCapExceeded', rule: 'art09_3', excess: subFen(total, room) }));
  }
  const amounts = share(members, room, ctx.readings.R7);
  return changeAt(lines, open, (line, k) =>
    cut(line, { code: 'annualCap', rule: 'art09_3', before: line.amount, after: amounts[k]!, contributionYear: year, cap, earlier, room }));
}

/**
 * Performance only: true when no line pays anything: this stage would return its lines unchanged, so the pipeline skips it (conservative:
 * when in doubt, false). test/properties/invariants.test.ts checks on random applications that skipping changes nothing.
 */
export function annualCapIdle(lines: readonly WorkLine[], _ctx: StageContext): boolean {
  return !lines.some((l) => isOpen(l) && l.amount > 0);
}

/**
 * 九(三) 年度总额上限: the words of the text behind the numbers, the readings' options and the conditions, for the explanations,
 * the drafting tools and the documents (the arithmetic does not read them).
 */
export const annualCapWords = {
  item: '九(三)',
  parameters: {
  },
  readings: {
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
  },
  questions: {
    'A9.3.1': { zh: '“原则上不超过”年度区级综合贡献额，是硬性上限吗？', en: 'Is "in principle not above" the annual district contribution a hard cap?' },
    'A9.3.2': { zh: '年度上限按哪一年的区级综合贡献额？', en: 'Which year\'s district contribution sets the annual cap?' },
    'A9.3.4': { zh: '哪些研发机构不受年度上限限制？', en: 'Which R&D institutions are exempt from the annual cap?' },
  },
  conditions: {
  },
} as const satisfies DeclaredWords<readonly [], typeof annualCapReadings> & RuleWords<typeof annualCapReadings>;
