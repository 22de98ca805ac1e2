/**
 * A case child of the benchmarks (see `lib/isolated.ts`): loads one case over a dataset and answers the
 * parent's requests — `probe` (the state it reaches on the probe input, for the equality check), `round`
 * (one measured run, timed here in this process's own CPU time after a garbage collection) and `extra`
 * (figures the case measures on its own). Usage (by `fork`): `case-child.ts CASE DATA.v8 PARAMS_JSON`.
 */
import { readFileSync } from 'node:fs';
import { deserialize } from 'node:v8';
import { CASES } from './cases/index.js';
import type { FromChild, ToChild } from './lib/isolated.js';
import { collect } from './lib/measure.js';

const [name = '', file = '', params = '{}'] = process.argv.slice(2);
const send = (m: FromChild): void => {
  process.send?.(m);
};
const load = CASES[name];
if (!load) {
  send({ op: 'error', message: `unknown case "${name}"; one of ${Object.keys(CASES).join(', ')}` });
  process.exit(2);
}
const c = await (await load())({ data: deserialize(readFileSync(file)), params: JSON.parse(params) });
process.on('message', async (m: ToChild) => {
  try {
    switch (m.op) {
      case 'probe':
        send({ op: 'probe', state: await c.probe() });
        break;
      case 'round': {
        collect();
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        const events = await c.run();
        const wall = performance.now() - t0;
        const u = process.cpuUsage(c0);
        send({ op: 'round', round: { cpu: (u.user + u.system) / 1000, wall, events } });
        break;
      }
      case 'extra':
        send({ op: 'extra', figures: c.extra ? await c.extra() : {} });
        break;
    }
  } catch (e) {
    send({ op: 'error', message: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
send({ op: 'ready' });
