/** The history of what was paid (src/engine/history.ts): what it counts under R9. */
import { describe, expect, it } from 'vitest';
import { application, claim, evaluate } from '../helpers.js';

describe('R9 decides what the history counts', () => {
  it('by default money paid, under R9 = entitlement the entitlements', () => {
    const app = application([claim('art02_1', { superiorAward: { amount: '900000.00', receivedOn: '2026-03-01' } })], {
      history: [{ clause: 'art02_1', subjectId: 'S', awardYear: 2025, entitlement: '500000.00', paid: '300000.00' }],
    });
    expect(evaluate(app, { parameters: { 'art02_1.ratio': '1' } }).lines[0]!.net).toBe('700000.00');
    expect(evaluate(app, { parameters: { 'art02_1.ratio': '1' }, readings: { R9: 'entitlement' } }).lines[0]!.net).toBe('500000.00');
  });
});
