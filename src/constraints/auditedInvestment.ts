/**
 * 九(四) — for a project that has received national or provincial 财政 money, the district's cumulative funding
 * of that project never exceeds its audited investment.
 *
 * Which projects (D1, A9.4.1): a project is under the rule once any line of the batch (whatever its status), any
 * earlier payment, or the project's own record shows national or provincial money for it. Then the rule covers
 * every line of that project in the batch, whether or not its own clause brought the project under it (五(一)
 * beside 六(四)b, 三(一) beside 三(三)). What counts (D2, A9.4.2): all district money already paid to the project,
 * under this policy in every year and under other district policies; the batch's paying lines share what is left
 * pro rata (A9.4.6). The audited investment comes from the project's record or from any of its claims. Without one
 * the project's paying lines are pending (A9.4.4 a); a line already at 0 stays `zero` (D5: nothing is held back).
 */
import { atMost } from '../core/boundaries.js';
import { fenFromYuan, type Fen, ZERO_FEN, addFen, fenAbove } from '../core/money.js';
import type { ClauseDef, StageContext, WorkLine } from '../policy/model.js';
import { CLAUSES } from '../clauses/index.js';
import { share } from './allocate.js';
import { cut, groupBy, indicesWhere, isPaying, totalOf, withNote, withState } from './lines.js';
import type { ReadingFact } from '../policy/readings.js';
import type { DeclaredWords, RuleWords } from '../policy/words.js';

/** 九(四) 审计投资额上限: the readings of ambiguous words that the branches below switch on (register ids; words: auditedInvestmentWords). */
export const auditedInvestmentReadings = [
  { id: 'A9.4.1', default: 'a', options: ['a', 'b'], consequential: true },
  { id: 'A9.4.3', default: 'a', options: ['a', 'b'], consequential: true },
  { id: 'A9.4.4', default: 'a', options: ['a', 'b'], consequential: true },
] as const satisfies readonly ReadingFact[];

/** Under reading A9.4.1 b only R&D projects are under the rule: the lines of these clauses bring a project under it. */
const RD_PROJECT_LINES: ReadonlySet<string> = new Set((Object.values(CLAUSES) as readonly ClauseDef[]).filter((d) => d.rdProject).map((d) => d.id));

/** The projects under 九(四) in this evaluation (D1), with the higher-level money the batch's lines show for each. */
export function projectsUnderCeiling(lines: readonly WorkLine[], ctx: StageContext): Map<string, Fen> {
  const rdOnly = ctx.readings['A9.4.1'] === 'b';
  const triggers = (clause: string) => !rdOnly || RD_PROJECT_LINES.has(clause);
  const out = new Map<string, Fen>();
  for (const l of lines) {
    if (l.project?.superiorFunded && triggers(l.clause)) out.set(l.project.id, addFen(out.get(l.project.id) ?? ZERO_FEN, l.project.superiorFunding));
  }
  for (const h of ctx.history.lines) {
    if (h.superiorFunded && h.projectId !== undefined && triggers(h.clause) && !out.has(h.projectId)) out.set(h.projectId, ZERO_FEN);
  }
  if (!rdOnly) {
    for (const p of ctx.application.projects ?? []) {
      if (p.superiorFunding !== undefined && fenFromYuan(p.superiorFunding) > 0 && !out.has(p.id)) out.set(p.id, ZERO_FEN);
    }
  }
  return out;
}

/**
 * Performance only: true when the stage would change nothing because no line is paying or nothing in the batch,
 * the history or the project records shows higher-level money (a cheaper test than the stage's own).
 */
export function auditedInvestmentIdle(lines: readonly WorkLine[], ctx: StageContext): boolean {
  if (!lines.some(isPaying)) return true;
  if (lines.some((l) => l.project?.superiorFunded)) return false;
  if (ctx.history.lines.some((h) => h.superiorFunded)) return false;
  return !(ctx.application.projects ?? []).some((p) => p.superiorFunding !== undefined && fenFromYuan(p.superiorFunding) > 0);
}

/** The audited investment of each project: from its record, else from any of its claims (validation keeps them equal). */
function investments(ctx: StageContext): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of ctx.application.claims) {
    const claim = c as { projectId?: string; subjectId: string; auditedInvestment?: string };
    if (claim.auditedInvestment !== undefined) out.set(claim.projectId ?? claim.subjectId, claim.auditedInvestment);
  }
  for (const p of ctx.application.projects ?? []) if (p.auditedInvestment !== undefined) out.set(p.id, p.auditedInvestment);
  return out;
}

/** Stage 5: the audited-investment ceiling. */
export function auditedInvestment(lines: readonly WorkLine[], ctx: StageContext): readonly WorkLine[] {
  const under = projectsUnderCeiling(lines, ctx);
  if (under.size === 0) return lines;
  const indices = indicesWhere(lines, (l) => isPaying(l) && l.project !== undefined && under.has(l.project.id));
  if (indices.length === 0) return lines;
  const out = [...lines];
  const known = investments(ctx);
  const records = new Map((ctx.application.projects ?? []).map((p) => [p.id, p]));
  for (const [projectId, group] of groupBy(indices, (i) => lines[i]!.project!.id)) {
    const invested = known.get(projectId);
    if (invested === undefined) {
      for (const i of group) {
        out[i] = ctx.readings['A9.4.4'] === 'b'
          ? withNote(out[i]!, { code: 'auditedInvestmentNotApplied', rule: 'art09_4', projectId })
          : withState(out[i]!, 'pending', { code: 'pending', rule: 'art09_4', missing: `projects[${projectId}].auditedInvestment` });
      }
      continue;
    }
    const investment = fenFromYuan(invested);
    let prior = ctx.history.paid((h) => h.projectId === projectId);
    for (const s of ctx.beneficiary.otherDistrictSupport ?? []) if ((s.projectId ?? s.subjectId) === projectId) prior = addFen(prior, fenFromYuan(s.amount));
    if (ctx.readings['A9.4.3'] === 'b') {
      // All public money: the higher-level funding counts against the investment too.
      const record = records.get(projectId)?.superiorFunding;
      prior = addFen(prior, record === undefined ? under.get(projectId)! : fenFromYuan(record));
    }
    const room = fenAbove(investment, prior);
    const members = group.map((i) => out[i]!);
    if (atMost(totalOf(members), room)) continue; // 「不得超过」 allows the investment itself
    const amounts = share(members, room, ctx.readings.R7);
    group.forEach((i, k) => {
      const line = out[i]!;
      out[i] = cut(line, { code: 'auditedInvestment', rule: 'art09_4', before: line.amount, after: amounts[k]!, projectId, investment, prior, room });
    });
  }
  return out;
}

/**
 * 九(四) 审计投资额上限: the words of the text behind the numbers, the readings' options and the conditions, for the explanations,
 * the drafting tools and the documents (the arithmetic does not read them).
 */
export const auditedInvestmentWords = {
  item: '九(四)',
  parameters: {
  },
  readings: {
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
  },
  questions: {
    'A9.4.1': { zh: '“项目”指什么（九(四)审计投资额上限适用于哪些对象）？', en: 'What is a "project" (which subjects the 九(四) audited-investment ceiling applies to)?' },
    'A9.4.3': { zh: '不超过审计投资额的，是区级资金还是全部财政资金？', en: 'Is it district money, or all public money, that may not exceed the audited investment?' },
    'A9.4.4': { zh: '缺少审计投资额时怎么办？', en: 'What happens when the audited investment is missing?' },
  },
  conditions: {
  },
} as const satisfies DeclaredWords<readonly [], typeof auditedInvestmentReadings> & RuleWords<typeof auditedInvestmentReadings>;
