import type { IssgCommand } from '@parley/issg';

/**
 * A party's use of force on one day: the model turns it into damage at a place of the party's front and,
 * maybe, a violation report whose culprit is drawn with noise (contested attribution).
 */
export interface StrikeAction {
  readonly type: 'strike';
  readonly by: string;
}

/** What an ISSG agent may do: any ISSG command, or a strike. */
export type IssgAction = IssgCommand | StrikeAction;
