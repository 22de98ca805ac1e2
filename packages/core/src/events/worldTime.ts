/**
 * World time: the `at` of an event is the time in the simulated (or historical) world, an ISO 8601
 * date `YYYY-MM-DD` or date-time `YYYY-MM-DDTHH:MM[:SS[.sss]](Z|±HH:MM)`. It is data, never the wall clock.
 *
 * Ordering is by the calendar date *as written* (an event at `2016-02-27T00:00+02:00` is dated 27 February,
 * the day it was in Damascus), then, within one day, by instant; a bare date sorts before any time that day.
 */

const AT = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * True when `at` is a well-formed world time (and a real calendar date).
 *
 * @example
 * ```ts
 * isWorldTime('2016-02-27'); // true
 * isWorldTime('2016-02-27T00:00+02:00'); // true
 * isWorldTime('2016-02-30'); // false
 * ```
 */
export function isWorldTime(at: unknown): at is string {
  if (typeof at !== 'string') return false;
  // fast path, no regular expression: a bare `YYYY-MM-DD` (what simulations and most commands carry)
  if (at.length === 10 && at.charCodeAt(4) === 45 && at.charCodeAt(7) === 45) {
    const y = digits(at, 0, 4);
    const mo = digits(at, 5, 2);
    const d = digits(at, 8, 2);
    return y >= 0 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
  }
  const m = AT.exec(at);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return false;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) return false;
  return true;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in month `m` (1–12) of year `y`, by arithmetic (as `Date.UTC` reads it: years 0–99 are 1900–1999). */
function daysInMonth(y: number, m: number): number {
  const yy = y >= 0 && y < 100 ? y + 1900 : y;
  return m === 2 && yy % 4 === 0 && (yy % 100 !== 0 || yy % 400 === 0) ? 29 : MONTH_DAYS[m - 1]!;
}

/**
 * The calendar date of a world time, as written: `2016-02-27T00:00+02:00` → `2016-02-27`.
 *
 * @example
 * ```ts
 * dateOf('2016-02-27T00:00+02:00'); // '2016-02-27'
 * ```
 */
export function dateOf(at: string): string {
  return at.slice(0, 10);
}

/** Milliseconds since the epoch of a date-time (UTC when no offset is given); NaN for a bare date. */
function instantOf(at: string): number {
  if (at.length <= 10) return Number.NaN;
  const hasZone = /(Z|[+-]\d{2}:\d{2})$/.test(at);
  return Date.parse(hasZone ? at : `${at}Z`);
}

/**
 * Compare two world times: negative when `a` is earlier, 0 when equal, positive when later.
 *
 * @example
 * ```ts
 * compareAt('2016-02-26', '2016-02-27T00:00+02:00') < 0; // true: the date as written decides
 * ['2016-03-01', '2016-02-27'].sort(compareAt); // ['2016-02-27', '2016-03-01']
 * ```
 */
export function compareAt(a: string, b: string): number {
  if (a.length === 10 && b.length === 10) return a < b ? -1 : a > b ? 1 : 0; // two bare dates
  const da = dateOf(a);
  const db = dateOf(b);
  if (da !== db) return da < db ? -1 : 1;
  const ta = instantOf(a);
  const tb = instantOf(b);
  const aBare = Number.isNaN(ta);
  const bBare = Number.isNaN(tb);
  if (aBare || bBare) return aBare === bBare ? 0 : aBare ? -1 : 1;
  return ta - tb;
}

/**
 * True when an event at `at` counts as "on or before" `bound`. A bare date bound includes the whole day:
 * `isOnOrBefore('2016-02-27T23:00Z', '2016-02-27')` is true.
 *
 * @example
 * ```ts
 * isOnOrBefore('2016-02-27T23:00Z', '2016-02-27'); // true
 * isOnOrBefore('2016-02-28', '2016-02-27'); // false
 * ```
 */
export function isOnOrBefore(at: string, bound: string): boolean {
  if (bound.length <= 10) return dateOf(at) <= bound;
  return compareAt(at, bound) <= 0;
}

/**
 * Whole days from world time `a` to world time `b` (calendar dates as written).
 *
 * @example
 * ```ts
 * daysBetween('2016-02-12', '2016-02-27'); // 15
 * ```
 */
export function daysBetween(a: string, b: string): number {
  const da = dayNumber(a);
  const db = dayNumber(b);
  if (da >= FIRST_DAY && db >= FIRST_DAY) return db - da;
  return Math.round((Date.UTC(...ymd(dateOf(b))) - Date.UTC(...ymd(dateOf(a)))) / 86_400_000);
}

/**
 * The calendar date `n` days after the date of `at`.
 *
 * @example
 * ```ts
 * addDays('2016-02-27', 7); // '2016-03-05'
 * ```
 */
export function addDays(at: string, n: number): string {
  const z = dayNumber(at);
  if (Number.isInteger(n) && z >= FIRST_DAY && z + n >= FIRST_DAY && z + n <= LAST_DAY) return civil(z + n);
  const t = Date.UTC(...ymd(dateOf(at))) + n * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

function ymd(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))];
}

// Day numbers by arithmetic (Howard Hinnant's civil-date algorithms), so the hot paths build no `Date`:
// `isWorldTime` runs in every ISSG `decide`, `addDays` once per simulated day, `daysBetween` in decayed
// levels. Used for years 0100–9999; outside it (and for malformed dates) the `Date` code above decides.

/** The number written by `n` decimal digits of `s` from `i`, or NaN if one is not a digit. */
function digits(s: string, i: number, n: number): number {
  let v = 0;
  for (let k = i; k < i + n; k++) {
    const c = s.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return Number.NaN;
    v = v * 10 + c;
  }
  return v;
}

/** Days since 1970-01-01 of the date of a world time (proleptic Gregorian), NaN if malformed. */
function dayNumber(at: string): number {
  let y = digits(at, 0, 4);
  const m = digits(at, 5, 2);
  const d = digits(at, 8, 2);
  if (m <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The `YYYY-MM-DD` of a day number. */
function civil(z: number): string {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y < 1000 ? String(y).padStart(4, '0') : y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** `dayNumber('0100-01-01')` and `dayNumber('9999-12-31')`. */
const FIRST_DAY = -683_003;
const LAST_DAY = 2_932_896;
