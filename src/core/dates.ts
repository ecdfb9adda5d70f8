/**
 * Calendar dates as `YYYY-MM-DD` strings.
 *
 * A date in this policy is a calendar date in China; it has no time and no zone. Dates are compared as strings
 * (the ISO form sorts like the calendar) and shifted with date-fns on `UTCDate`s (@date-fns/utc), whose getters
 * and setters are UTC: the host's time zone never moves, skips or repeats a date (TOOLCHAIN P12), not even in a
 * zone that once skipped a whole day (Pacific/Apia, 2011-12-30).
 */
import { UTCDate } from '@date-fns/utc';
// One function per module: an application bundling the engine carries these two, not all of date-fns.
import { addYears } from 'date-fns/addYears';
import { subDays } from 'date-fns/subDays';

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

const ISO_DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

function parts(date: IsoDate): [number, number, number] | null {
  const m = ISO_DATE.exec(date);
  if (!m) return null;
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function toUtc(p: [number, number, number]): UTCDate {
  const d = new UTCDate(p[0], p[1] - 1, p[2]);
  d.setFullYear(p[0]); // years 0–99 would otherwise map to 19xx
  return d;
}

/** True for a real calendar date written `YYYY-MM-DD` (2026-02-30 is not one). */
export function isCalendarDate(date: string): boolean {
  const p = parts(date);
  if (!p) return false;
  const d = toUtc(p);
  return !Number.isNaN(d.getTime()) && d.getFullYear() === p[0] && d.getMonth() === p[1] - 1 && d.getDate() === p[2];
}

/** A UTC calendar date as `YYYY-MM-DD`. */
function iso(d: UTCDate): IsoDate {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(d.getFullYear()).padStart(4, '0')}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

/** The calendar year of a date. */
export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** 31 December of a year, the end of a base year (A9.7.3). */
export function endOfYear(year: number): IsoDate {
  return `${String(year).padStart(4, '0')}-12-31`;
}

/**
 * The last day of a validity period of `years` years starting on `start` (九(七), A9.7.2: start + years − 1 day).
 * date-fns clamps 29 February to 28 February in a common year; the result is then one day earlier.
 */
export function lastDayOfPeriod(start: IsoDate, years: number): IsoDate {
  const p = parts(start);
  if (!p) throw new RangeError(`not a calendar date: ${start}`);
  return iso(subDays(addYears(toUtc(p), years), 1));
}

/** a ≤ b as calendar dates; a date not known (undefined) is on or before nothing. */
export function onOrBefore(a: IsoDate | undefined, b: IsoDate): boolean {
  return a !== undefined && a <= b;
}

/** start ≤ date ≤ end as calendar dates. */
export function within(date: IsoDate, start: IsoDate, end: IsoDate): boolean {
  return start <= date && date <= end;
}
