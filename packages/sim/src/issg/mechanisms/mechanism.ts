/** A named mechanism of the stochastic ISSG model: where it comes from, what it does, its parameters. */
export interface Mechanism<P extends Readonly<Record<string, number | boolean>>> {
  readonly id: string;
  readonly title: string;
  /** The literature it encodes (see docs/simulation.md and reference/negotiation-models.md). */
  readonly sources: readonly string[];
  /** One paragraph: what the mechanism does in the model. */
  readonly description: string;
  /** Default parameters; `enabled: false` switches the mechanism off (for what-ifs). */
  readonly defaults: P & { readonly enabled: boolean };
  /** One line per parameter. */
  readonly parameters: Readonly<Record<keyof P | 'enabled', string>>;
}

/**
 * Identity helper that keeps a mechanism's parameter types.
 *
 * @example
 * ```ts
 * const drought = defineMechanism({ id: 'drought', title: 'Drought', sources: ['…'], description: '…',
 *   defaults: { enabled: true, rate: 0.1 }, parameters: { enabled: 'switch', rate: 'per day' } });
 * ```
 */
export function defineMechanism<P extends Readonly<Record<string, number | boolean>>>(
  m: Mechanism<P>,
): Mechanism<P> {
  return m;
}
