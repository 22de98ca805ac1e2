import type { IssgEventType } from '../events/catalog.js';

/** PLOVER category, mode and context of an event type, and its CAMEO code (event-codes.md). */
export interface EventCode {
  /** CAMEO event code (string, leading zeros kept). */
  readonly cameo: string;
  readonly plover: { readonly event_type: string; readonly mode: string; readonly context: string };
  /** Why this mapping, where event-codes.md leaves a choice. */
  readonly why?: string;
}

const c = (cameo: string, event_type: string, mode: string, context: string, why?: string): EventCode => ({
  cameo,
  plover: { event_type, mode, context },
  ...(why !== undefined ? { why } : {}),
});

/**
 * Every ISSG event type mapped to CAMEO and PLOVER, after event-codes.md. Where the table has no dedicated
 * code (joint statements, observations), the closest is chosen and `why` says so.
 */
export const EVENT_CODES: Readonly<Record<IssgEventType, EventCode>> = {
  'members-admitted': c('040', 'CONSULT', 'multilateral', 'diplomatic', 'joining a consultative group'),
  'co-chairs-designated': c('040', 'CONSULT', 'multilateral', 'diplomatic'),
  'meeting-convened': c('044', 'CONSULT', 'multilateral', 'diplomatic', 'meeting at a third location'),
  'meeting-concluded': c('040', 'CONSULT', 'multilateral', 'diplomatic'),
  'task-force-met': c(
    '046',
    'CONSULT',
    'multilateral',
    'military',
    'negotiate (modalities of the cessation / access)',
  ),
  'statement-proposed': c(
    '010',
    'CONSULT',
    'multilateral',
    'diplomatic',
    'make statement; PLOVER 01x is not mapped',
  ),
  'statement-adopted': c(
    '019',
    'AGREE',
    'multilateral',
    'diplomatic',
    'express accord with several actors (event-codes.md: closest is AGREE)',
  ),
  'commitment-made': c('030', 'AGREE', 'intend', 'diplomatic', 'express intent to cooperate'),
  'commitment-met': c('057', 'SUPPORT', 'diplomatic', 'diplomatic'),
  'commitment-lapsed': c('129', 'REJECT', 'yield', 'diplomatic', 'the promised step did not happen'),
  'agreement-reached': c('057', 'SUPPORT', 'diplomatic', 'diplomatic', 'sign agreement'),
  'channel-suspended': c('164', 'SANCTION', 'withdraw', 'diplomatic', 'halt negotiations'),
  'resolution-adopted': c('057', 'SUPPORT', 'diplomatic', 'legal'),
  'resolution-cited': c('010', 'SUPPORT', 'diplomatic', 'legal', 'statement invoking a resolution'),
  'draft-resolution-failed': c('129', 'REJECT', 'yield', 'legal', 'veto (or a draft short of nine votes)'),
  'terms-agreed': c('057', 'SUPPORT', 'diplomatic', 'military', 'sign agreement (terms of the cessation)'),
  'party-signed-on': c('057', 'SUPPORT', 'diplomatic', 'military'),
  'cessation-took-effect': c('0871', 'RETREAT', 'ceasefire', 'military'),
  'local-extension-declared': c('0871', 'RETREAT', 'ceasefire', 'military'),
  'cessation-renewed': c('0871', 'RETREAT', 'ceasefire', 'military'),
  'goal-set': c(
    '036',
    'AGREE',
    'intend',
    'military',
    'intent: a goal is not a ceasefire; a ceasefire declared but not yet in effect is not RETREAT',
  ),
  'ceasefire-reached': c('0871', 'RETREAT', 'ceasefire', 'military'),
  'arrangement-collapsed': c(
    '196',
    'ASSAULT',
    'ceasefire',
    'legal;military',
    'violate ceasefire (the end of the arrangement)',
  ),
  'non-compliance-rule-adopted': c(
    '139',
    'THREATEN',
    'expel',
    'diplomatic',
    'ultimatum: exclusion for persistent non-compliance',
  ),
  'violation-reported': c('196', 'ASSAULT', 'unspecified', 'legal;military', 'violate ceasefire'),
  'violation-disputed': c('010', 'REJECT', 'accusation', 'legal', 'statement denying responsibility'),
  'non-compliance-referred': c('1056', 'REQUEST', 'change', 'military', 'demand de-escalation'),
  'party-excluded': c('166', 'SANCTION', 'expel', 'diplomatic', 'expel / exclude'),
  'party-reinstated': c('057', 'SUPPORT', 'diplomatic', 'diplomatic'),
  'designation-requested': c('1033', 'REQUEST', 'change', 'legal'),
  'designation-decided': c(
    '129',
    'REJECT',
    'yield',
    'legal',
    'veto (when blocked); listing is rarely the outcome here',
  ),
  'offensive-announced': c('138', 'THREATEN', 'violence', 'military', 'threaten force'),
  'access-requested': c('0233', 'REQUEST', 'assist', 'humanitarian', 'appeal for humanitarian aid'),
  'access-granted': c('0863', 'RETREAT', 'access', 'humanitarian', 'allow humanitarian access'),
  'access-denied': c('1623', 'SANCTION', 'withdraw', 'humanitarian', 'stop humanitarian aid'),
  'convoy-delivered': c('073', 'AID', 'humanitarian', 'humanitarian', 'provide humanitarian aid'),
  'convoy-attacked': c('190', 'ASSAULT', 'aerial', 'humanitarian', 'use of force against an aid convoy'),
  'convoys-suspended': c('1623', 'SANCTION', 'withdraw', 'humanitarian', 'stop humanitarian aid'),
  'air-drops-authorized': c('073', 'AID', 'humanitarian', 'humanitarian', 'decision to provide aid by air'),
  'air-drop-conducted': c('073', 'AID', 'humanitarian', 'humanitarian'),
  'detainees-released': c('0841', 'RETREAT', 'release', 'legal'),
  'evacuation-completed': c(
    '0874',
    'RETREAT',
    'withdraw',
    'humanitarian',
    'retreat or surrender militarily: a besieged place emptied under a local agreement',
  ),
  'indicator-observed': c(
    '010',
    'CONSULT',
    'unspecified',
    'humanitarian',
    'a reported number; no event code fits',
  ),
  'talks-scheduled': c('036', 'AGREE', 'meet', 'diplomatic', 'intent to meet → AGREE'),
  'talks-opened': c('046', 'CONSULT', 'third-party', 'diplomatic', 'negotiate, mediated'),
  'talks-paused': c('164', 'SANCTION', 'withdraw', 'diplomatic', 'halt negotiations'),
  'participation-postponed': c('164', 'SANCTION', 'withdraw', 'diplomatic', 'halt negotiations (by a party)'),
  'participation-resumed': c('046', 'CONSULT', 'third-party', 'diplomatic'),
  'talks-round-ended': c('045', 'CONSULT', 'third-party', 'diplomatic', 'mediate'),
  'transition-target-set': c('030', 'AGREE', 'intend', 'political'),
  'position-stated': c('010', 'CONSULT', 'unspecified', 'political', 'make statement'),
  'disagreement-recorded': c('110', 'REJECT', 'unspecified', 'political', 'disapprove'),
};

/**
 * The CAMEO code of an ISSG event type.
 *
 * @example
 * ```ts
 * cameoCode('violation-reported'); // '196'
 * cameoCode('cessation-took-effect'); // '0871'
 * ```
 */
export function cameoCode(type: IssgEventType): string {
  const code = EVENT_CODES[type];
  if (!code) throw new Error(`cameoCode: unknown ISSG event type "${String(type)}"`);
  return code.cameo;
}
