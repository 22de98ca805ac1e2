import { UsageError } from '../errors.js';
import type { Envelope } from '../events/envelope.js';
import { isOnOrBefore, isWorldTime } from '../events/worldTime.js';

/**
 * The number of leading records dated on or before `at` — with gapless seqs from 1, the seq of the last
 * such record (0 when none is). A binary search: world time never goes backwards within a stream.
 *
 * @example
 * ```ts
 * seqAt(records, '2016-02-27'); // 31: records 1..31 are dated on or before 27 February 2016
 * ```
 */
export function seqAt(records: readonly Pick<Envelope, 'at'>[], at: string, fn = 'seqAt'): number {
  if (!isWorldTime(at))
    throw new UsageError(
      `${fn}: "${at}" is not a world time; pass an ISO 8601 date (2016-02-27) or date-time, or a seq`,
    );
  let lo = 0;
  let hi = records.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (isOnOrBefore(records[mid]!.at, at)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
