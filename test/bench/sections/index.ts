/**
 * The sections of `pnpm bench`, in the order they run. Each runs in a process of its own
 * (`section.ts NAME`). One section = one file of this folder + one line here.
 */
import type { Figures, Sizes } from '../lib/args.js';
import type { Workload } from '../lib/workload.js';

/** A section: measures, and returns flat dotted figures. */
export type Section = (w: Workload, z: Sizes) => Promise<Figures>;

export const SECTIONS: Readonly<Record<string, () => Promise<Section>>> = {
  replay: async () => (await import('./replay.js')).run,
  peers: async () => (await import('./peers.js')).run,
  scaling: async () => (await import('./scaling.js')).run,
  session: async () => (await import('./session.js')).run,
  stateAt: async () => (await import('./stateAt.js')).run,
  stream: async () => (await import('./stream.js')).run,
  mc: async () => (await import('./mc.js')).run,
  neg: async () => (await import('./neg.js')).run,
};
