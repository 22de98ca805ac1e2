/**
 * The end of an exhaustive `switch` over a union: it compiles only when every member is handled, so a new
 * event type nobody folds fails to compile instead of being ignored. Throws if reached at run time (a value
 * from outside that the types did not foresee).
 *
 * @example
 * ```ts
 * switch (e.type) {
 *   case 'offer-made': return 1;
 *   case 'offer-accepted': return 2;
 *   default: return assertNever(e);
 * }
 * ```
 */
export function assertNever(value: never): never {
  throw new Error(
    `unhandled member of a union: ${JSON.stringify((value as { type?: unknown })?.type ?? value)}`,
  );
}
