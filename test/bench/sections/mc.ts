import type { Figures, Sizes } from '../lib/args.js';
import type { Workload } from '../lib/workload.js';

/** Monte Carlo against the bare fold; filled in once `@parley/sim` has its runner. */
export async function run(_w: Workload, _z: Sizes): Promise<Figures> {
  return { 'mc.vsFold': Number.NaN, 'mc.scaling2': Number.NaN };
}
