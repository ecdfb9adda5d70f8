/**
 * 三(二) 支持算法软件源头创新 — 1:1 matching of provincial support for first-version software.
 * Register: § 三(二); readings A3.2.1 (received), A3.2.3 (pro rata), A3.2.5 (R9). D9: one line per product: the
 * provincial tranches of the batch are matched together (Σ, floored once, R7). Only tranches received (R3) inside the
 * window (A9.7.3) count; when none has been received yet, the line is pending.
 */
import type { ClauseDef, ClauseOutcome } from '../policy/model.js';
import { applyRate } from '../core/money.js';
import { cond, inWindow, isEnterprise, superior, y } from './support.js';

export const art03_2: ClauseDef<'art03_2'> = {
  id: 'art03_2',
  item: '三(二)',
  title: { zh: '支持算法软件源头创新（首版次软件配套）', en: 'First-version software: matching of provincial support' },
  text: '对经省级认定的首版次软件产品的企业，按照省级财政支持金额的1:1给予配套支持，单项产品支持金额累计不超过300万元，每家企业年度支持金额累计不超过600万元。',
  kind: 'MATCH',
  beneficiary: 'enterprise',
  subjectTest: false,
  projectBound: true,
  evaluate(claim, ctx): ClauseOutcome {
    const tranches = claim.provincialFunding.map(superior);
    let received = 0; // received, any date (the project has provincial money: 九(四))
    let counted = 0; // received inside the window: the base
    let latestCounted: string | undefined;
    let latestReceived: string | undefined;
    let unreceived = -1;
    tranches.forEach((t, i) => {
      if (t.amount === 0) return;
      if (t.receivedOn === undefined) {
        if (unreceived < 0) unreceived = i;
        return;
      }
      received += t.amount;
      if (latestReceived === undefined || t.receivedOn > latestReceived) latestReceived = t.receivedOn;
      if (!inWindow(t.receivedOn, ctx)) return;
      counted += t.amount;
      if (latestCounted === undefined || t.receivedOn > latestCounted) latestCounted = t.receivedOn;
    });
    const ratio = ctx.params.rate('art03_2.ratio')!;
    const outcome = {
      conditions: [
        isEnterprise(ctx),
        cond('firstVersionRecognized', claim.firstVersionRecognized),
        cond('provincialFundingReceived', tranches.some((t) => t.amount > 0)),
      ],
      gross: applyRate(counted, ratio, ctx.params.rounding),
      // The latest tranche counted; when none lies inside the window, the latest received (the validity stage refuses it).
      qualifyingDate: latestCounted ?? latestReceived ?? null,
      project: { superiorFunded: received > 0, superiorFunding: received },
      caps: [
        { kind: 'cumulative' as const, stage: 'subject' as const, scope: 'perSubjectCumulative' as const,
          key: `art03_2|product|${claim.subjectId}`, param: 'art03_2.productCap', cap: ctx.params.fen('art03_2.productCap'),
          prior: ctx.history.counted((h) => h.clause === 'art03_2' && h.subjectId === claim.subjectId) },
        { kind: 'cumulative' as const, stage: 'beneficiaryYear' as const, scope: 'perBeneficiaryPerYear' as const,
          key: `art03_2|year|${ctx.beneficiary.id}|${ctx.awardYear}`, param: 'art03_2.enterpriseYearCap',
          cap: ctx.params.fen('art03_2.enterpriseYearCap'),
          prior: ctx.history.counted((h) => h.clause === 'art03_2' && h.awardYear === ctx.awardYear) },
      ],
      basis: { provincialFunding: y(counted), tranches: tranches.length, ratio: ratio.text, ...(received > counted ? { outsideWindow: y(received - counted) } : {}) },
    };
    // R3: nothing received yet, but money approved: pending until it arrives.
    return received === 0 && unreceived >= 0
      ? { ...outcome, gross: 0, pending: { missing: `provincialFunding[${unreceived}].receivedOn` } }
      : outcome;
  },
};
