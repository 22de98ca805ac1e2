import type { IssgEventType } from '../events/catalog.js';

/**
 * How much each event type moves momentum: progress (steps forward) and setbacks. Judgement, documented
 * in docs/issg.md: agreements and a cessation in force weigh most, statements and rounds of talks less;
 * collapse and a suspended channel are the heaviest setbacks.
 */
export const PROGRESS_WEIGHTS: Partial<Record<IssgEventType, number>> = {
  'members-admitted': 0.5,
  'statement-adopted': 1,
  'agreement-reached': 2,
  'terms-agreed': 1,
  'party-signed-on': 0.5,
  'cessation-took-effect': 2,
  'local-extension-declared': 0.5,
  'cessation-renewed': 1.5,
  'ceasefire-reached': 3,
  'commitment-met': 1,
  'resolution-adopted': 1,
  'talks-opened': 1,
  'participation-resumed': 0.5,
  'party-reinstated': 0.5,
  'detainees-released': 1,
};

/** Setback weights; see {@link PROGRESS_WEIGHTS}. `talks-round-ended` counts only without a next date. */
export const SETBACK_WEIGHTS: Partial<Record<IssgEventType, number>> = {
  'commitment-lapsed': 1,
  'talks-paused': 1,
  'participation-postponed': 1,
  'talks-round-ended': 0.5,
  'arrangement-collapsed': 3,
  'channel-suspended': 2,
  'party-excluded': 1,
  'convoy-attacked': 2,
  'offensive-announced': 1,
  'convoys-suspended': 1,
  'draft-resolution-failed': 1,
};
