import type { Decider } from '@parley/core';
import { type Draft, produce } from 'immer';
import { from, scan } from 'rxjs';

/**
 * The naive design the kernel avoids: an RxJS `scan` over the events with one immer `produce` per event
 * (immer's default instance, auto-freeze on). Returns the last state.
 */
export function naiveFold<S>(decider: Decider<S, any, any>, events: readonly any[]): S {
  let last: S | undefined;
  from(events)
    .pipe(
      scan((state: S, e) => produce(state, (draft: Draft<S>) => decider.evolve(draft, e)), decider.initial()),
    )
    .subscribe((s) => {
      last = s;
    });
  return last ?? decider.initial();
}
