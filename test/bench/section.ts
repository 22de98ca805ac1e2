/**
 * Runs one section of the benchmarks in a fresh process (so one section's heap and JIT state never
 * weigh on another's) and prints its figures as one JSON line. Usage: `section.ts NAME [--quick | --medium]`.
 */
import { loadavg } from 'node:os';
import { parseArgs, sizes } from './lib/args.js';
import { loadWorkload } from './lib/workload.js';
import { SECTIONS } from './sections/index.js';

const name = process.argv[2] ?? '';
const load = SECTIONS[name];
if (!load) {
  console.error(`section.ts: unknown section "${name}"; one of ${Object.keys(SECTIONS).join(', ')}`);
  process.exit(2);
}
const args = parseArgs(process.argv.slice(3));
const w = await loadWorkload();
const figures = await (await load())(w, sizes(args.quick, args.medium));
// The machine's load while this section ran (1-minute average at its end): the benchmarks share it.
figures[`${name}.loadavg`] = loadavg()[0]!;
process.stdout.write(`${JSON.stringify(figures)}\n`);
