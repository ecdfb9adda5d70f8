/**
 * Builders the constraint tests share: money from another district policy (九(一)① top-ups) and a line of the
 * history, both as a JSON caller would send them.
 */
import { application, bigProject, type Json } from '../helpers.js';

/** Money paid by another district policy `X` on 2026-01-01 for `subjectId` under `clause`. */
export const otherSupport = (subjectId: string, clause: string, amount: string): Json =>
  ({ policy: 'X', subjectId, clause, amount, paidOn: '2026-01-01' });

/** An earlier line of the history: `clause` for `subjectId` in `awardYear`, entitled to and paid the amounts given. */
export const paidLine = (clause: string, subjectId: string, awardYear: number, entitlement: string, paid: string, extra: Json = {}): Json =>
  ({ clause, subjectId, awardYear, entitlement, paid, ...extra });

/** An application whose projects S, T and U each have a large audited investment, so 九(四) binds only where a test wants it. */
export const threeProjects = (claims: Json[], overrides: Json = {}): Json =>
  application(claims, { projects: [bigProject(), bigProject('T'), bigProject('U')], ...overrides });

/** 二(二)'s 1,000,000.00 per-year cap already used up in 2026: the line stays open with amount 0. */
export const ART02_2_USED_UP: Json[] = [{ clause: 'art02_2', subjectId: 'S', awardYear: 2026, entitlement: '1000000.00', paid: '1000000.00' }];

/** 三(二)'s 3,000,000.00 per-product cap already used up: the line (project S) stays open with amount 0. */
export const ART03_2_USED_UP: Json[] = [{ clause: 'art03_2', subjectId: 'S', awardYear: 2025, entitlement: '3000000.00', paid: '3000000.00' }];
