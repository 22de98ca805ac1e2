/** Exhaustiveness guard for `switch` over a union: a new member that nobody handles fails to compile. */
export function assertNever(x: never): never {
  throw new Error(`unexpected value: ${JSON.stringify(x)}`);
}
