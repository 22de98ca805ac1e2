import { UsageError } from '@parley/core';
import type { Text } from '@parley/negotiation';
import { genevaAgenda, genevaCards } from './geneva.js';
import { munichAgenda, munichCards } from './munich.js';
import type { IssgAgenda, IssgRoleCard } from './types.js';
import { viennaAgenda, viennaCards } from './vienna.js';

export { negotiatedRecord } from './branch.js';
export { positionSource, UNCERTAINTY } from './card.js';
export { adoptedTextToIssgEvents } from './events.js';
export { POSITION_SOURCES } from './sources.js';
export type { AbsentParty, IssgAgenda, IssgRoleCard, PositionFlag, StatedPosition } from './types.js';

/** The built-in agendas of the ISSG's negotiations of 2016, in date order. */
export const issgAgendas: readonly IssgAgenda[] = [munichAgenda, viennaAgenda, genevaAgenda];

const CARDS: Readonly<Record<string, readonly IssgRoleCard[]>> = {
  [munichAgenda.id]: munichCards,
  [viennaAgenda.id]: viennaCards,
  [genevaAgenda.id]: genevaCards,
};

/**
 * The built-in ISSG agenda with this id; a {@link UsageError} naming the ids otherwise.
 *
 * @example
 * ```ts
 * issgAgenda('vienna-2016-05-17').issues.length; // 9
 * ```
 */
export function issgAgenda(agendaId: string): IssgAgenda {
  const a = issgAgendas.find((x) => x.id === agendaId);
  if (!a)
    throw new UsageError(
      `unknown agenda "${agendaId}": the built-in agendas are ${issgAgendas.map((x) => x.id).join(', ')}`,
    );
  return a;
}

/**
 * The role cards of the delegations at an agenda's table, in the agenda's party order: preferences,
 * stated positions with sources and flags, uncertain preferences, and the modelling assumptions.
 *
 * @example
 * ```ts
 * issgRoleCards('vienna-2016-05-17').map((c) => c.party); // ['us', 'ru', 'ir', 'sa', 'tr', 'fr', 'gb', 'de', 'un']
 * ```
 */
export function issgRoleCards(agendaId: string): readonly IssgRoleCard[] {
  issgAgenda(agendaId);
  return CARDS[agendaId]!;
}

/**
 * The text the negotiation really adopted (issue id → option id).
 *
 * @example
 * ```ts
 * realOutcome('vienna-2016-05-17')['talks-date']; // 'no-date'
 * ```
 */
export function realOutcome(agendaId: string): Text {
  return issgAgenda(agendaId).realOutcome;
}
