import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Figures, Sizes } from '../lib/args.js';
import { foldData } from '../lib/datasets.js';
import { compareIsolated, withCases, writeDataset } from '../lib/isolated.js';
import type { Workload } from '../lib/workload.js';

const PACKAGES = fileURLToPath(new URL('../../../packages/', import.meta.url));

/** Newest modification time of the files under `dir` (0 when it does not exist). */
function newest(dir: string): number {
  if (!existsSync(dir)) return 0;
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** True when core, issg and sim are built and their `dist/` is newer than their sources. */
export function builtPackagesFresh(): boolean {
  return ['core', 'issg', 'sim'].every((p) => {
    const dist = newest(join(PACKAGES, p, 'dist'));
    return dist > 0 && dist >= newest(join(PACKAGES, p, 'src'));
  });
}

/**
 * Monte Carlo (policies + decide + evolve: `@parley/sim`'s `runMonteCarlo` over the ISSG model) from the
 * built packages, in a fresh process that holds no log, against the hand-written fold in another process.
 *
 * - `mc.vsFold`: events per CPU second of a sweep in the process's own thread (`workers: 0`, `z.mcRuns`
 *   runs of `z.mcDays` days) ÷ the mutable fold's on the replay section's log; rounds interleaved.
 * - `mc.scaling2`, `mc.runsPerSec1`, `mc.runsPerSec2`: sweeps of 10 × `z.mcRuns` runs on 1 and on 2
 *   worker threads, alternated; wall time, by nature (whether the second core is used — and, on a shared
 *   machine, whether it is free).
 *
 * A full run needs `pnpm build` first (it refuses stale builds); a `--quick` run falls back to the sources
 * and reports `mc.built` = 0.
 */
export async function run(w: Workload, z: Sizes): Promise<Figures> {
  const built = builtPackagesFresh();
  if (!built && !z.quick)
    throw new Error('bench mc: the Monte Carlo runs from the built packages; run `pnpm build` first');
  const data = writeDataset(foldData(w, z.replay, 1));
  try {
    return await withCases(
      [
        {
          case: 'mc',
          data: data.file,
          source: !built,
          params: {
            runs: z.mcRuns,
            days: z.mcDays,
            scalingRuns: z.mcRuns * 10,
            rounds: Math.min(z.rounds, 3),
          },
        },
        { case: 'mutable', data: data.file },
      ],
      async ([mc, fold]) => {
        const rounds = Math.max(1, Math.min(z.rounds, 3));
        const r = await compareIsolated([mc!, fold!], { rounds, warmup: 0 });
        const m = r.mc!;
        const extra = await mc!.extra();
        return {
          'mc.vsFold': m.eventsPerSec / r.mutable!.eventsPerSec,
          'mc.eventsPerSec': m.eventsPerSec,
          'mc.foldEventsPerSec': r.mutable!.eventsPerSec,
          'mc.eventsPerRun': m.events / z.mcRuns,
          'mc.runsPerCpuSec': (z.mcRuns / m.medianCpuMs) * 1000,
          ...extra,
          'mc.runs': z.mcRuns,
          'mc.days': z.mcDays,
          'mc.built': built ? 1 : 0,
        };
      },
    );
  } finally {
    data.remove();
  }
}
