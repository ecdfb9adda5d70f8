/**
 * R7: a cut shared by several lines goes pro rata to the pre-cut amounts, each share floored to the fen, and
 * leftover fen go one at a time to lines in clause-id (document) order, then by subject id as plain strings.
 */
import { describe, expect, it } from 'vitest';

import { application, beneficiary, claim, lineOf, evaluate } from '../helpers.js';
import { ART03_2_USED_UP, threeProjects } from './support.js';

const withContribution = (contribution: string) => ({ beneficiary: beneficiary({ districtContribution: { '2025': contribution } }) });

describe('R7 pro-rata sharing and leftover fen', () => {
  it('three equal lines sharing 1.00 yuan: 0.34 / 0.33 / 0.33, the extra fen to the earliest clause', () => {
    // Three lines of 1,000,000.00 each, from three clauses.
    const app = application(
      [
        claim('art06_5b', { id: 'x' }), // 1,000,000.00, 六(五)b
        claim('art05_1', { id: 'y', subjectId: 'scene' }), // provincial 1,000,000.00, 五(一)
        claim('art05_2', { id: 'z', title: 'provincialBenchmark' }), // 1,000,000.00, 五(二)
      ],
      withContribution('1.00'),
    );
    const r = evaluate(app);
    // Σ = 3,000,000.00; target 100 fen; each share floor(100/3) = 33 fen; leftover 1 fen → 五(一) (first in document order).
    expect(lineOf(r, 'y').net).toBe('0.34');
    expect(lineOf(r, 'z').net).toBe('0.33');
    expect(lineOf(r, 'x').net).toBe('0.33');
    expect(r.total).toBe('1.00');
  });

  it('within one clause, leftover fen go by subject id as plain strings ("S10" before "S9")', () => {
    const app = application(
      [
        claim('art05_1', { id: 'a', subjectId: 'S9' }),
        claim('art05_1', { id: 'b', subjectId: 'S10' }),
      ],
      withContribution('0.01'),
    );
    const r = evaluate(app);
    expect(lineOf(r, 'b').net).toBe('0.01');
    expect(lineOf(r, 'a').net).toBe('0.00');
    expect(lineOf(r, 'a').status).toBe('zero');
  });

  it('shares are proportional: 2M and 1M sharing 1,000,000.00 give 666,666.67 and 333,333.33', () => {
    // floor(1e8 fen × 2/3) = 66,666,666 and floor(1e8 × 1/3) = 33,333,333: leftover 1 fen → 五(一) (document order).
    const app = application(
      [claim('art05_1', { id: 'n', subjectId: 'S', level: 'national' }), claim('art06_5b', { id: 'f' })],
      withContribution('1000000.00'),
    );
    const r = evaluate(app);
    expect(lineOf(r, 'n').net).toBe('666666.67');
    expect(lineOf(r, 'f').net).toBe('333333.33');
  });

  it('alternative R7 = clauseOrder fills lines whole in document order', () => {
    const app = application(
      [claim('art05_1', { id: 'n', subjectId: 'S', level: 'national' }), claim('art06_5b', { id: 'f' })],
      withContribution('2500000.00'),
    );
    const r = evaluate(app, { readings: { R7: 'clauseOrder' } });
    expect(lineOf(r, 'n').net).toBe('2000000.00');
    expect(lineOf(r, 'f').net).toBe('500000.00');
  });
});

describe('R7 pro rata: a member already at 0 (allocate.ts)', () => {
  it('gets none of the leftover fen', () => {
    // 三(二): product S's 3M cap used up (S open at 0); T and U 9M → 3,000,000.00 each (product cap). The year cap
    // 6,000,000.00 less 0.01 paid earlier in 2026 (product V) leaves 5,999,999.99 for S, T, U (0 + 3M + 3M):
    // floor(599,999,999 × 1/2) = 299,999,999 fen each for T and U, 1 fen left over → T (S is skipped: at 0).
    const history = [...ART03_2_USED_UP, { clause: 'art03_2', subjectId: 'V', awardYear: 2026, entitlement: '0.01', paid: '0.01' }];
    const big = { provincialFunding: { amount: '9000000.00', receivedOn: '2026-03-01' } };
    const r = evaluate(threeProjects([claim('art03_2', { id: 'S' }), claim('art03_2', { id: 'T', subjectId: 'T', ...big }), claim('art03_2', { id: 'U', subjectId: 'U', ...big })], { history }));
    expect(r.lines.map((l) => [l.claimId, l.status, l.net])).toStrictEqual([
      ['S', 'zero', '0.00'],
      ['T', 'reduced', '3000000.00'],
      ['U', 'reduced', '2999999.99'],
    ]);
    expect(r.total).toBe('5999999.99');
  });
});
