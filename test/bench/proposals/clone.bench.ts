/**
 * `node --conditions=@parley/source --import tsx test/bench/proposals/clone.bench.ts` — `structuredClone` against
 * core's `cloneState` on two ISSG states: the record at 2016-02-27 (where every simulated run starts) and
 * the state after 50 k synthetic events. CPU time per clone.
 */

import { isDeepStrictEqual } from 'node:util';
import { replay, runScenario } from '@parley/core';
import { issgRecord } from '@parley/issg';
import { cloneState } from '../../../packages/core/src/replay.js';
import { synthLog } from '../lib/synth.js';
import { loadWorkload } from '../lib/workload.js';

const w = await loadWorkload();
const states = {
  'record at 2016-02-27': runScenario(issgRecord, { until: '2016-02-27' }).state,
  'after 50 k synthetic events': replay(
    w.decider,
    synthLog(50_000, { decider: w.decider, seed: 1, mix: w.mix }) as any,
  ),
};
const cpu = (fn: () => void): number => {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return c.user + c.system;
};
for (const [name, s] of Object.entries(states)) {
  if (!isDeepStrictEqual(cloneState(s), s)) throw new Error('cloneState changed the state');
  const N = 20_000;
  for (let r = 0; r < 3; r++) {
    const a = cpu(() => {
      for (let i = 0; i < N; i++) structuredClone(s);
    });
    const b = cpu(() => {
      for (let i = 0; i < N; i++) cloneState(s);
    });
    console.log(
      `${name} (${JSON.stringify(s).length} B of JSON): structuredClone ${(a / N).toFixed(1)} µs, cloneState ${(b / N).toFixed(1)} µs, ×${(a / b).toFixed(1)}`,
    );
  }
}
