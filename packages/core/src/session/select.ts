import { distinctUntilChanged, map, type OperatorFunction } from 'rxjs';

/**
 * The operator behind `session.select`: map each state to a slice and emit only when the slice changes
 * (`===` by default, or `compare`). Because states share unchanged subtrees, `===` is the right default.
 *
 * @example
 * ```ts
 * session.state$.pipe(selectState((s) => s.hostilities.status)).subscribe(console.log);
 * ```
 */
export function selectState<S, T>(
  selector: (state: S) => T,
  compare?: (a: T, b: T) => boolean,
): OperatorFunction<S, T> {
  return (source) => source.pipe(map(selector), distinctUntilChanged(compare));
}
