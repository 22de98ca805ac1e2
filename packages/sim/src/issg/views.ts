import type { HostilitiesStatus, TalksStatus } from '@parley/issg';
import type { Blame } from './world.js';

/** What an armed party (government, opposition or spoiler) can know on a day. */
export interface PartyView {
  readonly kind: 'party';
  readonly self: string;
  readonly role: 'government' | 'opposition' | 'spoiler';
  readonly day: number;
  readonly at: string;
  readonly status: HostilitiesStatus;
  /** Signed on and not excluded. */
  readonly bound: boolean;
  /** Share of the party's own front that holds (the whole front for the government and spoilers). */
  readonly frontHolding: number;
  /** Its own memory of strikes suffered (decayed). */
  readonly grudge: number;
  /** Parties signed on (veto players), public. */
  readonly vetoPlayers: number;
  /** Months the arrangement has run without a settlement (holdout pressure), public. */
  readonly pressureMonths: number;
  /** Share of besieged locations reached, public. */
  readonly access: number;
  /** Deterrent effect of recent exclusions (0 … 1), public. */
  readonly deterrence: number;
  /** A ceasefire task force monitors the arrangement. */
  readonly monitored: boolean;
  /** A non-compliance rule stood when the run started (adopted in a statement), public. */
  readonly standingRule: boolean;
  /** Reports against the party since it last looked, and whether it knows they were its doing. */
  readonly blamed: readonly Blame[];
  readonly talks: TalksStatus;
  readonly inTalks: boolean;
  readonly postponed: boolean;
  /** Share of its side's strike rate: 1 for the government, 1/n for each of n opposition parties. */
  readonly share: number;
}

/** What a co-chair of the ceasefire task force can know on a day. */
export interface CoChairView {
  readonly kind: 'co-chair';
  readonly self: string;
  readonly day: number;
  readonly at: string;
  readonly status: HostilitiesStatus;
  /** Share of places holding, as the task force sees it. */
  readonly holding: number;
  /** Consecutive days below the collapse threshold. */
  readonly lowDays: number;
  readonly nonComplianceRule: boolean;
  readonly parties: readonly string[];
  readonly referrals: readonly string[];
  /** Verified, undisputed violations per party. */
  readonly verified: ReadonlyMap<string, number>;
  /** A place on the front, for local extensions. */
  readonly locations: readonly string[];
}

/** What the UN mediator can know on a day. */
export interface MediatorView {
  readonly kind: 'mediator';
  readonly self: string;
  readonly day: number;
  readonly at: string;
  readonly holding: number;
  readonly talks: {
    readonly status: TalksStatus;
    readonly nextDate: string | null;
    readonly since: string | null;
    readonly postponedBy: readonly string[];
  };
  /** Parties that may sit at the talks (signed on, not excluded). */
  readonly parties: readonly string[];
}

/** What a humanitarian agency can know on a day. */
export interface HumanitarianView {
  readonly kind: 'humanitarian';
  readonly self: string;
  readonly day: number;
  readonly at: string;
  readonly holding: number;
  readonly government: string;
  readonly besieged: readonly string[];
  readonly reached: ReadonlySet<string>;
  /** The date from which authorised air drops may fly (their trigger), or null when none are authorised. */
  readonly airDropsFrom: string | null;
}

/** The view of any ISSG agent, by kind. */
export type IssgView = PartyView | CoChairView | MediatorView | HumanitarianView;
