/**
 * Makes the `id` of a record. Injected into stores and sessions; the default is deterministic:
 * `${stream}:${seq}`, unique within a store because seqs are gapless per stream.
 */
export type IdGenerator = (stream: string, seq: number) => string;

/**
 * The default id generator: `negotiation-1:42`.
 *
 * @example
 * ```ts
 * const store = memoryStore({ ids: streamSeqIds }); // records get ids like 'issg:42'
 * streamSeqIds('issg', 42); // 'issg:42'
 * ```
 */
export const streamSeqIds: IdGenerator = (stream, seq) => `${stream}:${seq}`;

/**
 * A counter-based id generator (`evt-1`, `evt-2`, …), deterministic per instance.
 *
 * @example
 * ```ts
 * const ids = counterIds('evt-'); ids('s', 1); // 'evt-1'
 * ```
 */
export function counterIds(prefix = 'evt-'): IdGenerator {
  let n = 0;
  return () => `${prefix}${++n}`;
}
