/**
 * Step 3.6 of §9.1: the 六(三) uplift is computed from the 五(三) entitlement of the same product, after that
 * line's gates and caps (A6.3.3, A6.3.4). If the product's 五(三) lines are pending, so is the uplift.
 */
import { CLAUSES } from '../clauses/index.js';
import type { StageContext, WorkLine } from '../policy/model.js';
import { type Fen, ZERO_FEN, addFen } from '../core/money.js';
import { laddersAndOneTime } from './clauseCaps.js';
import { withState } from './lines.js';
import { settle } from './settle.js';

/** Stage 3.6: 六(三). */
export function uplift(lines: readonly WorkLine[], ctx: StageContext): WorkLine[] {
  if (!lines.some((l) => l.deferred)) return [...lines];
  const base = new Map<string, { amount: Fen; projectId: string }>();
  const pendingBase = new Set<string>();
  for (const l of lines) {
    if (l.clause !== 'art05_3') continue;
    if (l.state === 'pending') pendingBase.add(l.claim.subjectId);
    if (l.state !== 'open') continue;
    const prev = base.get(l.claim.subjectId);
    const projectId = l.project!.id;
    // Two 五(三) lines of one product naming different projects: the uplift belongs to the first project id, so that
    // the order of the claims never decides (D8).
    base.set(l.claim.subjectId, {
      amount: addFen(prev?.amount ?? ZERO_FEN, l.entitlement),
      projectId: prev === undefined || projectId < prev.projectId ? projectId : prev.projectId,
    });
  }
  const upliftCtx = { ...ctx, upliftBase: base };
  const evaluated = lines.map((line) => {
    if (!line.deferred) return line;
    if (line.state !== 'open') return { ...line, deferred: false };
    const claim = line.claim as Extract<typeof line.claim, { clause: 'art06_3' }>;
    if (!base.has(claim.subjectId) && pendingBase.has(claim.subjectId)) {
      return withState({ ...line, deferred: false }, 'pending', { code: 'pending', rule: 'art06_3', missing: 'art05_3.superiorAward.receivedOn' });
    }
    const settled = settle(line.claim, CLAUSES.art06_3.evaluate(claim, upliftCtx), line.order);
    return { ...settled, reasons: [...line.reasons, ...settled.reasons] };
  });
  // The uplift's own cap (once per product and batch) applies to the uplift lines only; then their entitlement.
  const indices = lines.map((l, i) => (l.deferred ? i : -1)).filter((i) => i >= 0);
  const capped = laddersAndOneTime(indices.map((i) => evaluated[i]!), ctx);
  const out = [...evaluated];
  indices.forEach((i, k) => {
    const l = capped[k]!;
    out[i] = l.state === 'open' ? { ...l, entitlement: l.amount } : l;
  });
  return out;
}

/**
 * Performance only: true when no 六(三) line waits for its 五(三) base: this stage would return its lines unchanged, so the pipeline skips it (conservative:
 * when in doubt, false). test/properties/invariants.test.ts checks on random applications that skipping changes nothing.
 */
export function upliftIdle(lines: readonly WorkLine[], _ctx: StageContext): boolean {
  return !lines.some((l) => l.deferred);
}
