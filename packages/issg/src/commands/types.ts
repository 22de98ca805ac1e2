/**
 * The commands of the ISSG domain (imperative). Every command carries `at`, the world time it is issued:
 * events take it as their world time, and deadlines are judged against it.
 */

import type { ObservedIndicator } from '../state/types.js';

type At = { readonly at: string };
type Ids = readonly string[];

/** What an adopted statement provides, beyond its text. Each provision becomes its own event. */
export type Provision =
  | { readonly kind: 'goal'; readonly goal: 'comprehensive-ceasefire' }
  | { readonly kind: 'non-compliance-rule'; readonly referralTo: string }
  | { readonly kind: 'air-drops'; readonly trigger: string }
  | { readonly kind: 'transition-target'; readonly date: string }
  | {
      readonly kind: 'commitment';
      readonly commitment: string;
      readonly by: Ids;
      readonly description: string;
      readonly deadline: string;
    }
  | { readonly kind: 'cite'; readonly resolution: string; readonly by: string; readonly asWritten?: string }
  /** A point of the statement that is neither a rule nor a deadline: the group's position on an issue. */
  | { readonly kind: 'position'; readonly issue: string; readonly position: string };

export type MeetingCommand =
  | (At & { readonly type: 'admit-members'; readonly members: Ids })
  | (At & { readonly type: 'designate-co-chairs'; readonly coChairs: Ids })
  | (At & {
      readonly type: 'convene-meeting';
      readonly meeting: string;
      readonly place: string;
      readonly format: 'issg' | 'preparatory' | 'ad-hoc' | 'bilateral' | 'unsc';
      readonly attendees: Ids;
      readonly invited?: Ids;
      /** `sample` when the sources name only some of those present (the list is not the attendance). */
      readonly attendance?: 'complete' | 'sample';
    })
  | (At & {
      readonly type: 'conclude-meeting';
      readonly meeting: string;
      readonly hours?: number;
      readonly outcome?: string;
    })
  | (At & {
      readonly type: 'hold-task-force-meeting';
      readonly taskForce: 'ctf' | 'htf';
      readonly place: string;
    })
  | (At & {
      readonly type: 'propose-statement';
      readonly statement: string;
      readonly title: string;
      readonly by: Ids;
      /** The meeting it is proposed at (must be open), or null for a joint statement outside a meeting. */
      readonly meeting: string | null;
    })
  | (At & {
      readonly type: 'adopt-statement';
      readonly statement: string;
      readonly supporters: Ids;
      readonly objectors?: Ids;
      readonly provisions?: readonly Provision[];
    })
  | (At & {
      readonly type: 'make-commitment';
      readonly commitment: string;
      readonly by: Ids;
      readonly description: string;
      readonly deadline: string;
    })
  | (At & { readonly type: 'meet-commitment'; readonly commitment: string })
  | (At & { readonly type: 'record-lapse'; readonly commitment: string })
  | (At & { readonly type: 'check-deadlines' })
  | (At & {
      readonly type: 'reach-agreement';
      readonly agreement: string;
      readonly title: string;
      readonly signatories: Ids;
      readonly published: boolean;
      readonly documents?: number;
    })
  | (At & {
      readonly type: 'suspend-channel';
      readonly by: string;
      readonly with: string;
      readonly channel: string;
    })
  | (At & { readonly type: 'adopt-resolution'; readonly resolution: string; readonly vote: string })
  | (At & {
      readonly type: 'fail-resolution';
      /** The draft's symbol or a short name (e.g. `S/2016/846`). */
      readonly draft: string;
      readonly by: Ids;
      readonly vote: string;
      /** Permanent members whose negative vote defeated it; empty when it fell short of nine votes. */
      readonly vetoedBy: Ids;
    })
  | (At & {
      readonly type: 'cite-resolution';
      readonly resolution: string;
      readonly by: string;
      readonly asWritten?: string;
    });

export type HostilitiesCommand =
  | (At & {
      readonly type: 'agree-terms';
      readonly signOnDeadline: string;
      readonly effectiveAt: string;
    })
  | (At & { readonly type: 'sign-on'; readonly party: string; readonly conditions?: string })
  | (At & { readonly type: 'bring-into-force' })
  | (At & { readonly type: 'extend-locally'; readonly area: string; readonly hours?: number })
  | (At & { readonly type: 'renew-cessation'; readonly days?: number; readonly declaredBy?: string })
  | (At & { readonly type: 'set-goal'; readonly goal: 'comprehensive-ceasefire' })
  | (At & { readonly type: 'reach-ceasefire' })
  | (At & { readonly type: 'declare-collapse'; readonly declaredBy: string | null; readonly reason: string })
  | (At & { readonly type: 'adopt-non-compliance-rule'; readonly referralTo: string })
  | (At & {
      readonly type: 'report-violation';
      readonly violation: string;
      readonly reporter: string;
      readonly perpetrator: string;
      readonly target?: string | null;
      readonly location: string;
      readonly severity: number;
      readonly attribution: 'verified' | 'contested' | 'alleged';
      readonly killed?: number;
    })
  | (At & { readonly type: 'dispute-violation'; readonly violation: string; readonly by: string })
  | (At & { readonly type: 'refer-non-compliance'; readonly party: string; readonly by: string })
  | (At & { readonly type: 'exclude-party'; readonly party: string })
  | (At & { readonly type: 'reinstate-party'; readonly party: string })
  | (At & { readonly type: 'request-designation'; readonly group: string; readonly by: string })
  | (At & {
      readonly type: 'decide-designation';
      readonly group: string;
      readonly outcome: 'listed' | 'blocked';
      readonly by: Ids;
    })
  | (At & { readonly type: 'announce-offensive'; readonly by: string; readonly area: string });

export type HumanitarianCommand =
  | (At & { readonly type: 'request-access'; readonly location: string; readonly by: string })
  | (At & { readonly type: 'grant-access'; readonly location: string; readonly by: string })
  | (At & {
      readonly type: 'deny-access';
      readonly location: string;
      readonly by: string;
      readonly note?: string;
    })
  | (At & {
      readonly type: 'deliver-convoy';
      readonly location: string;
      readonly by: string;
      readonly trucks?: number;
      readonly peopleReached?: number;
    })
  | (At & {
      readonly type: 'attack-convoy';
      readonly location: string;
      readonly trucks: number;
      readonly trucksHit: number;
      readonly killed: number;
    })
  | (At & { readonly type: 'suspend-convoys'; readonly by: string })
  | (At & {
      readonly type: 'evacuate';
      readonly location: string;
      readonly people?: number;
      /** The arrangement it was done under. */
      readonly under: string;
    })
  | (At & { readonly type: 'authorize-air-drops'; readonly trigger: string })
  | (At & {
      readonly type: 'air-drop';
      readonly location: string;
      readonly by: string;
      readonly tonnes: number;
      readonly outcome: 'delivered' | 'failed';
    })
  | (At & { readonly type: 'release-detainees'; readonly by: string; readonly count: number })
  | (At & {
      readonly type: 'observe';
      readonly indicator: ObservedIndicator;
      readonly value: number;
      readonly scope?: string;
      /** Who counted, when not the record's monitor of reference (e.g. `snhr`, `vdc`). */
      readonly monitor?: string;
    });

export type PoliticalCommand =
  | (At & { readonly type: 'schedule-talks'; readonly date: string })
  | (At & { readonly type: 'open-talks'; readonly parties: Ids; readonly place: string })
  | (At & { readonly type: 'pause-talks'; readonly until: string | null; readonly reason: string })
  | (At & { readonly type: 'postpone-participation'; readonly party: string; readonly reason: string })
  | (At & { readonly type: 'resume-participation'; readonly party: string })
  | (At & { readonly type: 'end-round'; readonly nextDate: string | null })
  | (At & { readonly type: 'set-transition-target'; readonly date: string })
  | (At & {
      readonly type: 'state-position';
      readonly by: string;
      readonly issue: string;
      readonly position: string;
    })
  | (At & {
      readonly type: 'record-disagreement';
      readonly issue: string;
      readonly between: Ids;
      readonly note: string;
    });

/** Every ISSG command. */
export type IssgCommand = MeetingCommand | HostilitiesCommand | HumanitarianCommand | PoliticalCommand;
/** The command type names. */
export type IssgCommandType = IssgCommand['type'];

/** A command without its world time (`at`), e.g. for scripts that date a day's steps at once. */
export type UndatedIssgCommand = IssgCommand extends infer C
  ? C extends IssgCommand
    ? Omit<C, 'at'>
    : never
  : never;
