/**
 * `node --conditions=@parley/source --import tsx test/bench/proposals/worldTime.bench.ts` — core's world-time
 * helpers against the proposed ones in `worldTime.ts`, side by side, CPU time; first checks they agree.
 */
import { addDays, daysBetween, isWorldTime } from '@parley/core';
import { compare, foldCase } from '../lib/measure.js';
import * as next from './worldTime.js';

const dates: string[] = [];
for (let i = 0; i < 4000; i++) dates.push(addDays('1999-12-25', i * 7));
const bad = ['2016-02-30', '2015-02-29', '2016-13-01', '2016-02-29T24:00Z', 'x'];
for (const d of [...dates, ...bad, '2016-02-29', '2000-02-29', '1900-02-29', '2016-02-27T00:00+02:00'])
  if (isWorldTime(d) !== next.isWorldTime(d)) throw new Error(`isWorldTime disagrees on ${d}`);
for (let i = 0; i < dates.length; i++) {
  for (const n of [-400, -1, 0, 1, 31, 365, 1000])
    if (addDays(dates[i]!, n) !== next.addDays(dates[i]!, n))
      throw new Error(`addDays disagrees on ${dates[i]} ${n}`);
  const j = (i * 31) % dates.length;
  if (daysBetween(dates[i]!, dates[j]!) !== next.daysBetween(dates[i]!, dates[j]!))
    throw new Error(`daysBetween disagrees on ${dates[i]} ${dates[j]}`);
}
for (const [a, b] of [
  ['2016-0x-01', '2016-01-01'],
  ['2016-01-01', 'abcd-01-01'],
])
  if (!Number.isNaN(daysBetween(a!, b!)) || !Number.isNaN(next.daysBetween(a!, b!)))
    throw new Error(`daysBetween should be NaN for ${a} ${b}`);
const N = dates.length;
const loop = (f: (d: string, i: number) => unknown) => () => {
  let x: unknown;
  for (let r = 0; r < 50; r++) for (let i = 0; i < N; i++) x = f(dates[i]!, i);
  return x;
};
const r = compare(
  [
    foldCase(
      'isWorldTime core',
      N * 50,
      loop((d) => isWorldTime(d)),
    ),
    foldCase(
      'isWorldTime next',
      N * 50,
      loop((d) => next.isWorldTime(d)),
    ),
    foldCase(
      'addDays core',
      N * 50,
      loop((d) => addDays(d, 1)),
    ),
    foldCase(
      'addDays next',
      N * 50,
      loop((d) => next.addDays(d, 1)),
    ),
    foldCase(
      'daysBetween core',
      N * 50,
      loop((d, i) => daysBetween(dates[(i + 1) % N]!, d)),
    ),
    foldCase(
      'daysBetween next',
      N * 50,
      loop((d, i) => next.daysBetween(dates[(i + 1) % N]!, d)),
    ),
  ],
  { rounds: 5, warmup: 1 },
);
for (const f of ['isWorldTime', 'addDays', 'daysBetween']) {
  const a = r[`${f} core`]!;
  const b = r[`${f} next`]!;
  console.log(
    `${f.padEnd(12)} core ${((a.medianMs * 1e6) / a.events).toFixed(0)} ns  next ${((b.medianMs * 1e6) / b.events).toFixed(0)} ns  ×${(a.medianMs / b.medianMs).toFixed(1)}`,
  );
}
