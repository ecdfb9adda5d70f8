/** 九(五) clawback: after a finding, refund what was received (all of it by default, A9.5.1 a). */
import { describe, expect, it } from 'vitest';
import { clawback } from '../helpers.js';

const history = [
  { clause: 'art08_3', subjectId: 'E', awardYear: 2026, entitlement: '400000.00', paid: '400000.00' },
  { clause: 'art02_2', subjectId: 'R', awardYear: 2026, entitlement: '1000000.00', paid: '800000.00', refunded: '100000.00' },
  { clause: 'art02_2', subjectId: 'R', awardYear: 2027, entitlement: '1000000.00', paid: '1000000.00' },
];

describe('art09_5 九(五) clawback', () => {
  it('refunds all money received under the policy, less what was already refunded', () => {
    const r = clawback({ beneficiaryId: 'B1', history, finding: { confirmedOn: '2027-09-01', scope: ['art08_3'] } });
    expect(r.refundDue).toBe('2100000.00');
    expect(r.lines.map((l) => l.due)).toEqual(['400000.00', '700000.00', '1000000.00']);
  });

  it('under reading A9.5.1 b refunds only the lines the finding covers', () => {
    const r = clawback({ beneficiaryId: 'B1', history, finding: { confirmedOn: '2027-09-01', scope: ['art02_2'] } }, { readings: { 'A9.5.1': 'b' } });
    expect(r.refundDue).toBe('1700000.00');
    expect(r.reading).toBe('A9.5.1 b');
  });

  it('a finding over everything under reading b still refunds everything', () => {
    expect(clawback({ beneficiaryId: 'B1', history, finding: { confirmedOn: '2027-09-01', scope: 'all' } }, { readings: { 'A9.5.1': 'b' } }).refundDue).toBe('2100000.00');
  });

  it('nothing received, nothing due', () => {
    expect(clawback({ beneficiaryId: 'B1', history: [], finding: { confirmedOn: '2027-09-01', scope: 'all' } }).refundDue).toBe('0.00');
  });
});
