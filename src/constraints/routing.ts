/**
 * 六(一), 九(二) and 九(一)③ — requests this policy does not pay but routes elsewhere become referral lines with
 * no amount, naming the policy they go to.
 */
import type { StageContext, WorkLine } from '../policy/model.js';
import { withState } from './lines.js';

/** Where each referral topic goes. */
export const REFERRAL_POLICY: Readonly<Record<string, { readonly zh: string; readonly en: string }>> = {
  robotLeaderLanding: { zh: '航空港区片区开发政策', en: 'the district area-development policy' },
  robotPark: { zh: '航空港区片区开发政策', en: 'the district area-development policy' },
  computeFacilities: { zh: '航空港区新型基础设施建设的有关政策', en: 'the district new-infrastructure policy' },
  inclusiveCompute: { zh: '航空港区新型基础设施建设的有关政策', en: 'the district new-infrastructure policy' },
  greenDataCentre: { zh: '航空港区新型基础设施建设的有关政策', en: 'the district new-infrastructure policy' },
  innovationPlatform: { zh: '《郑州航空港经济综合实验区科技创新驱动高质量发展若干政策措施》（郑港〔2024〕12号）', en: 'Zhenggang [2024] No. 12 (innovation-driven development)' },
  enterpriseCultivation: { zh: '《郑州航空港经济综合实验区科技创新驱动高质量发展若干政策措施》（郑港〔2024〕12号）', en: 'Zhenggang [2024] No. 12 (innovation-driven development)' },
  investmentFinancing: { zh: '郑港办〔2024〕40号', en: 'Zhenggangban [2024] No. 40 (finance)' },
  talent: { zh: '航空港区现行人才政策', en: 'the district talent policy in force' },
  caseByCase: { zh: '“一事一议”“一企一策”（人工审议）', en: '"case by case" / "one enterprise, one policy" (manual decision)' },
};

/** Stage 2b: routing. */
export function routing(lines: readonly WorkLine[], _ctx: StageContext): WorkLine[] {
  return lines.map((line) => {
    const claim = line.claim;
    if (claim.clause !== 'art06_1' && claim.clause !== 'art09_2' && claim.clause !== 'art09_1') return line;
    return withState(line, 'referral', { code: 'referral', rule: claim.clause, topic: claim.topic, policy: REFERRAL_POLICY[claim.topic]!.zh });
  });
}

/**
 * Performance only: true when no line is a referral: this stage would return its lines unchanged, so the pipeline skips it (conservative:
 * when in doubt, false). test/properties/invariants.test.ts checks on random applications that skipping changes nothing.
 */
export function routingIdle(lines: readonly WorkLine[], _ctx: StageContext): boolean {
  return lines.every((l) => l.clause !== 'art06_1' && l.clause !== 'art09_1' && l.clause !== 'art09_2');
}
