import type { NegotiationCommand } from '../commands.js';
import type { StrategyView } from './types.js';

/**
 * Moves under alternating offers at a target utility (filled in with the alternating-offers protocol).
 *
 * @example
 * ```ts
 * offerMoves(view, 0.7); // [{ type: 'make-offer', … }] or [{ type: 'accept-offer', … }]
 * ```
 */
export function offerMoves(_view: StrategyView, _target: number): NegotiationCommand[] {
  return [];
}
