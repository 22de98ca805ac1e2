import { isWorldTime } from '@parley/core';
import { InvalidArgumentError } from 'commander';

/** Commander argument parser for a world-time flag: an ISO 8601 date such as `2016-02-27`. */
export function parseDate(value: string): string {
  if (!isWorldTime(value))
    throw new InvalidArgumentError(`"${value}" is not a date; write it as YYYY-MM-DD, e.g. 2016-02-27`);
  return value;
}

/** Commander argument parser for a positive integer (`--seq`, `--runs`). */
export function parsePositiveInt(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || !Number.isSafeInteger(Number(value)))
    throw new InvalidArgumentError(`"${value}" is not a whole number ≥ 1`);
  return Number(value);
}

/** Commander argument parser for a seed: any whole number ≥ 0. */
export function parseSeed(value: string): number {
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value)))
    throw new InvalidArgumentError(`"${value}" is not a whole number ≥ 0`);
  return Number(value);
}
