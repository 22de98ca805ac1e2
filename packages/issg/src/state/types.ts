import type { OBSERVED_INDICATORS } from '../events/humanitarian.js';

/**
 * The ISSG state: plain JSON data whose size does not grow with the number of events. Sets of ids are
 * bounded by the actors in play; histories are kept as counts, running sums, decayed levels with their
 * last world time, and short "recent" lists capped at {@link LIMITS}.
 */

/** Status of hostilities (see `HOSTILITIES_EDGES`). `cessation` is the truce, `ceasefire` the comprehensive one. */
export type HostilitiesStatus = 'none' | 'cessation' | 'ceasefire' | 'collapsed';
/** Status of the intra-Syrian talks (see `TALKS_EDGES`). */
export type TalksStatus = 'not-scheduled' | 'scheduled' | 'in-session' | 'paused' | 'adjourned';

/** A level that decays exponentially with world time; updated incrementally. */
export interface DecayedLevel {
  level: number;
  /** World time of the last update, or null before the first. */
  lastAt: string | null;
}

/** The last value of an observed quantity and the date it was reported. */
export interface Observation {
  value: number;
  at: string;
}

export interface Proposal {
  statement: string;
  title: string;
  by: string[];
  meeting: string | null;
}

export interface Commitment {
  commitment: string;
  by: string[];
  description: string;
  deadline: string;
}

export interface ViolationSummary {
  violation: string;
  at: string;
  perpetrator: string;
  location: string;
  severity: number;
  attribution: 'verified' | 'contested' | 'alleged';
  disputed: boolean;
}

export interface PartyRecord {
  /** Violations reported against this party while it was bound by the arrangement. */
  violations: number;
  /** Severity-weighted sum of those violations. */
  severity: number;
  referrals: number;
}

export interface IssgState {
  /** World time of the last event, or null before any. */
  at: string | null;
  seq: number;
  issg: {
    members: string[];
    coChairs: string[];
    /** Member id → date it joined, as recorded. */
    joined: Record<string, string>;
  };
  meetings: {
    /** Number of meetings of the ISSG format held (not ad-hoc, bilateral or preparatory ones). */
    issgMeetings: number;
    total: number;
    open: {
      meeting: string;
      format: string;
      place: string;
      attendees: string[];
      invited: string[];
      at: string;
    } | null;
    last: { meeting: string; format: string; place: string; at: string } | null;
    taskForces: { ctf: number; htf: number };
  };
  statements: {
    pending: Proposal[];
    adopted: number;
    recent: { statement: string; title: string; at: string }[];
  };
  commitments: { pending: Commitment[]; met: number; lapsed: number; recentLapsed: string[] };
  agreements: { count: number; recent: { agreement: string; title: string; at: string }[] };
  channels: { suspended: { by: string; with: string; channel: string; at: string }[] };
  designated: string[];
  designationRequests: { group: string; by: string }[];
  hostilities: {
    status: HostilitiesStatus;
    since: string | null;
    terms: { signOnDeadline: string; effectiveAt: string; agreedAt: string } | null;
    parties: string[];
    excludedParties: string[];
    goal: 'comprehensive-ceasefire' | null;
    nonComplianceRule: boolean;
    localExtensions: { area: string; at: string; hours: number | null }[];
    transitions: number;
  };
  violations: {
    total: number;
    counted: number;
    verified: number;
    contested: number;
    disputed: number;
    killed: number;
    byParty: Record<string, PartyRecord>;
    recent: ViolationSummary[];
  };
  referrals: string[];
  violence: DecayedLevel;
  momentum: { progress: DecayedLevel; setbacks: DecayedLevel; lastStepAt: string | null };
  humanitarian: {
    requests: { requested: number; granted: number; denied: number };
    convoys: { delivered: number; trucks: number; attacked: number; trucksHit: number; killed: number };
    convoysSuspended: boolean;
    /**
     * Shocks to access (denials, attacks on convoys, suspensions), weighted and decayed with a half-life of
     * 30 days (`ACCESS_SHOCK_WEIGHTS`); they lower `humanitarianAccess` below what the last counts say.
     */
    disruption: DecayedLevel;
    peopleReachedByConvoys: number;
    /**
     * Named besieged locations (see `LOCATIONS`) that a delivered convoy or air drop reached, in order of
     * first delivery. Bounded by the vocabulary. A lower bound on the UN's count of locations reached.
     */
    besiegedReached: string[];
    /**
     * Named besieged locations denied access and not reached since (by a delivered convoy or air drop, or
     * emptied by an evacuation), in order of the denial: a siege that stands. While a place is cut off its
     * denial weighs in full on `humanitarianAccess`; it starts to fade on the day aid reaches the place.
     * Bounded by the vocabulary.
     */
    cutOff: string[];
    airDrops: {
      authorized: boolean;
      trigger: string | null;
      conducted: number;
      failed: number;
      tonnes: number;
    };
    detaineesReleased: number;
  };
  /** The last observation of each quantity by the record's monitor of reference (SOHR for deaths, UN/OCHA for access). */
  observations: Partial<Record<ObservedIndicator, Observation>>;
  /**
   * Observations of other monitors (`ALTERNATE_MONITORS`: SNHR, VDC) by monitor, kept beside the reference
   * series so that their disagreement is in the data; they never drive an indicator.
   */
  observationsByMonitor: Record<string, Partial<Record<ObservedIndicator, Observation>>>;
  political: {
    talks: {
      status: TalksStatus;
      nextDate: string | null;
      round: number;
      since: string | null;
      parties: string[];
      postponedBy: string[];
    };
    transitionTarget: string | null;
    positions: { by: string; issue: string; position: string; at: string }[];
    disagreements: { issue: string; between: string[]; note: string; at: string }[];
  };
  resolutions: string[];
}

/** A quantity an observation reports (`OBSERVED_INDICATORS`). */
export type ObservedIndicator = (typeof OBSERVED_INDICATORS)[number];

/** Caps of the bounded lists of the state. */
export const LIMITS = {
  pendingStatements: 16,
  pendingCommitments: 32,
  recent: 10,
  recentViolations: 20,
  positions: 40,
  disagreements: 20,
  localExtensions: 10,
  suspendedChannels: 10,
  designationRequests: 10,
} as const;
