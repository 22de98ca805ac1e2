import { createHash } from 'node:crypto';
import { sweepLines } from '@parley/sim/node';

const h = createHash('sha256');
const c0 = process.cpuUsage();
let events = 0;
for await (const l of sweepLines({
  scenario: 'issg-2015-2016',
  runs: Number(process.argv[2] ?? 200),
  seed: 5,
  days: 150,
  workers: 0,
})) {
  h.update(l);
  const m = /"events":(\d+)/.exec(l);
  if (m) events += Number(m[1]);
}
const u = process.cpuUsage(c0);
console.log(
  h.digest('hex').slice(0, 16),
  'events',
  events,
  'ev/cpu s',
  Math.round(events / ((u.user + u.system) / 1e6)),
);
