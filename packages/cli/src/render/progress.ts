import { Presets, SingleBar } from 'cli-progress';
import type { Io } from '../io.js';

/** A progress bar for long work; silent unless standard error is a terminal. */
export interface Progress {
  tick(n?: number): void;
  stop(): void;
}

const silent: Progress = { tick: () => {}, stop: () => {} };

/** A `cli-progress` bar on standard error, only on a terminal (and never under `CI`). */
export function createProgress(io: Io, total: number, label: string): Progress {
  if (!io.isErrTTY || !io.progressStream || (io.env.CI !== undefined && io.env.CI !== '')) return silent;
  const bar = new SingleBar(
    {
      format: `${label} [{bar}] {value}/{total}`,
      barsize: 30,
      stream: io.progressStream,
      clearOnComplete: true,
      hideCursor: true,
    },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  return {
    tick: (n = 1) => bar.increment(n),
    stop: () => bar.stop(),
  };
}
