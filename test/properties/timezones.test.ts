/**
 * The host's time zone never moves a date. CI runs the engine's tests under UTC, Asia/Shanghai and
 * America/New_York; here the zone is also switched inside one process (Node re-reads `TZ` when it is set), over
 * zones far apart (UTC−11 to UTC+14), and the date helpers and whole evaluations must not change.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { isCalendarDate, lastDayOfPeriod } from '../../src/core/dates.js';
import { evaluateWith } from '../../src/edges/api.js';
import { application, dateBetween, runs } from './arbitraries.js';

const ZONES = ['UTC', 'Asia/Shanghai', 'America/New_York', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/London', 'Australia/Lord_Howe'];
const original = process.env.TZ;
afterAll(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

function inZone<T>(zone: string, f: () => T): T {
  const before = process.env.TZ;
  process.env.TZ = zone;
  try {
    return f();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}

/** start + years − 1 day in UTC arithmetic, 29 February clamped to 28 February first (date-fns addYears). */
function reference(start: string, years: number): string {
  const y = Number(start.slice(0, 4)) + years;
  const m = Number(start.slice(5, 7)) - 1;
  let d = Number(start.slice(8, 10));
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  if (d > last) d = last;
  return new Date(Date.UTC(y, m, d) - 86_400_000).toISOString().slice(0, 10);
}

describe('dates do not depend on the time zone', () => {
  it('calendar dates and validity periods are the same in every zone', () => {
    // From 1996: Pacific/Kiritimati skipped 1994-12-31 (see the known bug below).
    fc.assert(fc.property(dateBetween('1996-01-01', '2199-12-31'), fc.integer({ min: 1, max: 10 }), (date, years) => {
      for (const zone of ZONES) {
        inZone(zone, () => {
          expect(isCalendarDate(date), `${date} in ${zone}`).toBe(true);
          expect(lastDayOfPeriod(date, years), `${date} + ${years}y in ${zone}`).toBe(reference(date, years));
        });
      }
    }), { numRuns: runs(300) });
  });

  it('an evaluation gives the same result in every zone', () => {
    fc.assert(fc.property(application(), fc.constantFrom('2025-07-01', '2024-02-29', '2025-12-31'), (app, effective) => {
      // The full path (no caches of the fast path) and a parameter set of its own, computed in each zone.
      const run = (zone: string) => inZone(zone, () => JSON.stringify(evaluateWith(app, { parameters: { 'art09_7.effectiveDate': effective } }, { fast: false, skipUnchanged: false })));
      const first = run(ZONES[0]!);
      for (const zone of ZONES.slice(1)) expect(run(zone)).toBe(first);
    }), { numRuns: runs(60) });
  });
});

/**
 * Regression: isCalendarDate once built a local-time Date, so in a zone that skipped a whole calendar day the day
 * was "not a date" (Samoa skipped 2011-12-30; Kiribati 1994-12-31, which also moved lastDayOfPeriod). Dates are now
 * computed on UTCDate, whatever the host zone.
 */
describe('regression: a day skipped by the host zone', () => {
  it('2011-12-30 is a calendar date under TZ=Pacific/Apia', () => {
    inZone('Pacific/Apia', () => expect(isCalendarDate('2011-12-30')).toBe(true));
  });
  it('a five-year period from 1990-01-01 ends on 1994-12-31 under TZ=Pacific/Kiritimati', () => {
    inZone('Pacific/Kiritimati', () => expect(lastDayOfPeriod('1990-01-01', 5)).toBe('1994-12-31'));
  });
});
