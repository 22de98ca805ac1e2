/**
 * Child process of the `stream` benchmark: stream an NDJSON log from disk through core's reader
 * (`readLog`: `parseNdjson` line splitting, envelope checks, catalog upcast and validation) into
 * `replayAsync`, then print one JSON line with the peak RSS (`process.resourceUsage().maxRSS`) and the
 * time. Run by `sections/stream.ts`; usage: `stream-child.ts FILE`.
 */
import { replayAsync } from '@parley/core';
import { readLog } from '@parley/core/node';
import { loadWorkload } from './lib/workload.js';

const file = process.argv[2];
if (!file) {
  console.error('usage: stream-child.ts FILE.ndjson');
  process.exit(2);
}
const w = await loadWorkload();
const t0 = performance.now();
let events = 0;
async function* counted<T>(it: AsyncIterable<T>): AsyncGenerator<T> {
  for await (const x of it) {
    events++;
    yield x;
  }
}
const state = await replayAsync(w.decider, counted(readLog(file, { catalog: w.decider.events! })) as any);
const ms = performance.now() - t0;
const rssMB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ events, ms, rssMB, seq: (state as { seq: number }).seq })}\n`);
