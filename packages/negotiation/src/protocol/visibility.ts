import type { DomainEvent } from '@parley/core';

/**
 * True when `party` may see the event: a message sent to one delegation is private to its sender and its
 * addressee; every other event of a negotiation is public. The classroom server filters what each seat
 * receives with it; agents (strategies) are shown only what it lets through.
 *
 * @example
 * ```ts
 * visibleTo({ type: 'message-sent', data: { by: 'us', to: 'ru', text: 'a word' } }, 'ir'); // false
 * visibleTo({ type: 'message-sent', data: { by: 'us', to: 'ru', text: 'a word' } }, 'ru'); // true
 * visibleTo({ type: 'draft-tabled', data: { by: 'us', draft: {}, version: 1, round: 1 } }, 'ir'); // true
 * ```
 */
export function visibleTo(record: DomainEvent, party: string): boolean {
  if (record.type !== 'message-sent') return true;
  const data = record.data as { readonly by?: unknown; readonly to?: unknown };
  return data.to === 'all' || data.to === party || data.by === party;
}
