import { addDays, createFolder, type Decider, InvariantError } from '@parley/core';
import { type BenchRng, benchRng } from './rng.js';

/**
 * Deterministic synthetic ISSG logs, made by the ISSG decider itself: event types are drawn with the
 * weights of a mix (the mix of the built-in record, see `workload.ts`), a command that causes an event of
 * that type is built from the current state, and `decide` turns it into events (a refused command is
 * dropped and another type is drawn). Every event is therefore exactly what the real decider emits —
 * statuses move along their allowed edges, designated groups never sign, excluded parties never sign,
 * commitments lapse when their deadline passes — and its data passes the catalog. World time advances
 * one day every `perDay` events.
 */

export interface SynthRecord {
  readonly stream: string;
  readonly seq: number;
  readonly id: string;
  readonly at: string;
  readonly type: string;
  readonly v: number;
  readonly data: unknown;
  readonly meta: { readonly actor: string };
}

export type Mix = Readonly<Record<string, number>>;

const MEMBERS = [
  'us',
  'ru',
  'cn',
  'eg',
  'fr',
  'de',
  'ir',
  'iq',
  'it',
  'jo',
  'lb',
  'om',
  'qa',
  'sa',
  'tr',
  'ae',
  'gb',
  'eu',
  'un',
  'arab-league',
  'oic',
] as const;
const PARTIES = ['syria-gov', 'hnc', 'ahrar-al-sham', 'jaysh-al-islam', 'pyd'] as const;
const LOCATIONS = [
  'madaya',
  'zabadani',
  'foua',
  'kefraya',
  'moadamiyeh',
  'kafr-batna',
  'darayya',
  'deir-ez-zor',
  'eastern-ghouta',
  'east-aleppo',
  'aleppo',
  'north-latakia',
] as const;
const PLACES = ['Vienna', 'Munich', 'Geneva', 'New York', 'Lausanne'] as const;
const ISSUES = ['assad-role', 'transition', 'detainees', 'sieges'] as const;
const INDICATORS = [
  'deaths-per-day',
  'besieged-locations',
  'besieged-locations-reached',
  'people-besieged',
  'people-reached',
  'people-target',
  'compliance',
] as const;

/** The part of the ISSG state the generator reads to build commands that make sense. */
interface View {
  issg: { members: string[] };
  meetings: { open: { meeting: string; attendees: string[] } | null };
  statements: { pending: { statement: string; meeting: string | null }[] };
  commitments: { pending: { commitment: string; deadline: string }[] };
  hostilities: { status: string; terms: unknown | null; parties: string[]; excludedParties: string[] };
  referrals: string[];
  violations: { recent: { violation: string }[] };
  designationRequests: { group: string }[];
  humanitarian: { airDrops: { authorized: boolean } };
  political: { talks: { status: string; parties: string[]; postponedBy: string[] } };
}

type Cmd = Record<string, unknown> & { type: string; at: string };

const some = <T>(rng: BenchRng, list: readonly T[], min: number, max: number): T[] => {
  const k = Math.min(list.length, min + rng.int(max - min + 1));
  const start = rng.int(list.length);
  const out: T[] = [];
  for (let i = 0; i < k; i++) out.push(list[(start + i) % list.length]!);
  return out;
};

/** A command that causes an event of `type` in state `s` at world time `at`, or undefined if none can. */
function commandFor(type: string, s: View, at: string, n: number, rng: BenchRng): Cmd | undefined {
  const c = (t: string, fields: Record<string, unknown> = {}): Cmd => ({ type: t, at, ...fields });
  const members = s.issg.members;
  const h = s.hostilities;
  const t = s.political.talks;
  const inForce = h.status === 'cessation' || h.status === 'ceasefire';
  switch (type) {
    case 'members-admitted': {
      const missing = MEMBERS.filter((m) => !members.includes(m));
      return missing.length === 0 ? undefined : c('admit-members', { members: some(rng, missing, 1, 3) });
    }
    case 'co-chairs-designated':
      return c('designate-co-chairs', { coChairs: ['us', 'ru'] });
    case 'meeting-convened': {
      if (s.meetings.open !== null || members.length === 0) return undefined;
      return c('convene-meeting', {
        meeting: `meeting-${n}`,
        place: rng.pick(PLACES),
        format: rng.next() < 0.7 ? 'issg' : 'preparatory',
        attendees: some(rng, members, 2, 18),
      });
    }
    case 'meeting-concluded':
      return s.meetings.open === null
        ? undefined
        : c('conclude-meeting', {
            meeting: s.meetings.open.meeting,
            hours: 1 + rng.int(12),
            outcome: 'statement',
          });
    case 'task-force-met':
      return c('hold-task-force-meeting', { taskForce: rng.next() < 0.5 ? 'ctf' : 'htf', place: 'Geneva' });
    case 'statement-proposed': {
      const open = s.meetings.open;
      if (members.length === 0) return undefined;
      return c('propose-statement', {
        statement: `statement-${n}`,
        title: `Statement ${n}`,
        by: some(rng, open ? open.attendees : members, 1, 2),
        meeting: open ? open.meeting : null,
      });
    }
    case 'statement-adopted': {
      const p = s.statements.pending[0];
      if (!p) return undefined;
      const open = s.meetings.open;
      const supporters =
        p.meeting === null ? members : open ? open.attendees.filter((a) => members.includes(a)) : [];
      return supporters.length === 0
        ? undefined
        : c('adopt-statement', { statement: p.statement, supporters });
    }
    case 'commitment-made':
      return members.length === 0
        ? undefined
        : c('make-commitment', {
            commitment: `commitment-${n}`,
            by: some(rng, members, 1, 3),
            description: 'deliver aid to the besieged areas',
            deadline: addDays(at, 3 + rng.int(10)),
          });
    case 'commitment-met': {
      const p = s.commitments.pending.find((x) => x.deadline >= at);
      return p ? c('meet-commitment', { commitment: p.commitment }) : undefined;
    }
    case 'commitment-lapsed': {
      const p = s.commitments.pending[0];
      return p ? c('record-lapse', { commitment: p.commitment }) : undefined;
    }
    case 'agreement-reached':
      return c('reach-agreement', {
        agreement: `agreement-${n}`,
        title: `Arrangement ${n}`,
        signatories: ['us', 'ru'],
        published: rng.next() < 0.5,
        documents: rng.int(3),
      });
    case 'channel-suspended':
      return c('suspend-channel', { by: 'us', with: 'ru', channel: 'cessation of hostilities' });
    case 'resolution-adopted':
      return c('adopt-resolution', { resolution: rng.pick(['2254', '2268']), vote: '15-0' });
    case 'draft-resolution-failed':
      return c('fail-resolution', {
        draft: `S/2016/${800 + rng.int(100)}`,
        by: [rng.pick(MEMBERS)],
        vote: '9-4-2',
        vetoedBy: rng.next() < 0.5 ? ['ru'] : [],
      });
    case 'resolution-cited':
      return c('cite-resolution', { resolution: rng.pick(['2118', '2254', '2268']), by: rng.pick(MEMBERS) });
    case 'terms-agreed':
      return h.status === 'cessation' || h.status === 'ceasefire'
        ? undefined
        : c('agree-terms', { signOnDeadline: addDays(at, 2), effectiveAt: addDays(at, 3) });
    case 'party-signed-on': {
      const free = PARTIES.filter((p) => !h.parties.includes(p) && !h.excludedParties.includes(p));
      return free.length === 0 ? undefined : c('sign-on', { party: rng.pick(free) });
    }
    case 'cessation-took-effect':
      return h.terms === null ||
        h.parties.length === 0 ||
        h.status === 'cessation' ||
        h.status === 'ceasefire'
        ? undefined
        : c('bring-into-force');
    case 'local-extension-declared':
      return !inForce
        ? undefined
        : c('extend-locally', { area: rng.pick(LOCATIONS), hours: 24 + rng.int(48) });
    case 'cessation-renewed':
      return h.status === 'none' || h.status === 'ceasefire'
        ? undefined
        : c('renew-cessation', { days: 2 + rng.int(7), declaredBy: 'us' });
    case 'goal-set':
      return c('set-goal', { goal: 'comprehensive-ceasefire' });
    case 'ceasefire-reached':
      return h.status !== 'cessation' ? undefined : c('reach-ceasefire');
    case 'arrangement-collapsed':
      return !inForce
        ? undefined
        : c('declare-collapse', { declaredBy: rng.next() < 0.5 ? 'us' : null, reason: 'violations' });
    case 'non-compliance-rule-adopted':
      return c('adopt-non-compliance-rule', { referralTo: 'issg ministers' });
    case 'violation-reported':
      return !inForce
        ? undefined
        : c('report-violation', {
            violation: `violation-${n}`,
            reporter: rng.pick(['us', 'ru', 'un', 'hnc', 'syria-gov']),
            perpetrator: rng.pick(PARTIES),
            target: rng.next() < 0.5 ? rng.pick(PARTIES) : null,
            location: rng.pick(LOCATIONS),
            severity: 1 + rng.int(5),
            attribution: rng.pick(['verified', 'contested', 'alleged'] as const),
            killed: rng.int(20),
          });
    case 'violation-disputed': {
      const recent = s.violations.recent;
      return recent.length === 0
        ? undefined
        : c('dispute-violation', {
            violation: rng.pick(recent).violation,
            by: rng.pick(['ru', 'syria-gov', 'hnc']),
          });
    }
    case 'non-compliance-referred':
      return h.parties.length === 0
        ? undefined
        : c('refer-non-compliance', { party: rng.pick(h.parties), by: 'us' });
    case 'party-excluded': {
      const referred = s.referrals.filter((p) => h.parties.includes(p) && !h.excludedParties.includes(p));
      return referred.length === 0 ? undefined : c('exclude-party', { party: rng.pick(referred) });
    }
    case 'party-reinstated':
      return h.excludedParties.length === 0
        ? undefined
        : c('reinstate-party', { party: rng.pick(h.excludedParties) });
    case 'designation-requested':
      return c('request-designation', { group: rng.pick(['ahrar-al-sham', 'jaysh-al-islam']), by: 'ru' });
    case 'designation-decided': {
      const r = s.designationRequests[0];
      return r
        ? c('decide-designation', { group: r.group, outcome: 'blocked', by: ['us', 'gb', 'fr'] })
        : undefined;
    }
    case 'offensive-announced':
      return c('announce-offensive', { by: rng.pick(['syria-gov', 'ru']), area: rng.pick(LOCATIONS) });
    case 'access-requested':
      return c('request-access', { location: rng.pick(LOCATIONS), by: 'un' });
    case 'access-granted':
      return c('grant-access', { location: rng.pick(LOCATIONS), by: 'syria-gov' });
    case 'access-denied':
      return c('deny-access', {
        location: rng.pick(LOCATIONS),
        by: 'syria-gov',
        note: 'medical items removed',
      });
    case 'convoy-delivered':
      return c('deliver-convoy', {
        location: rng.pick(LOCATIONS),
        by: 'un',
        trucks: 1 + rng.int(50),
        peopleReached: rng.int(40000),
      });
    case 'convoy-attacked':
      return c('attack-convoy', {
        location: rng.pick(LOCATIONS),
        trucks: 31,
        trucksHit: 1 + rng.int(18),
        killed: rng.int(20),
      });
    case 'convoys-suspended':
      return c('suspend-convoys', { by: 'un' });
    case 'air-drops-authorized':
      return c('authorize-air-drops', { trigger: addDays(at, 14) });
    case 'air-drop-conducted':
      return c('air-drop', {
        location: 'deir-ez-zor',
        by: 'wfp',
        tonnes: 1 + rng.int(30),
        outcome: rng.next() < 0.8 ? 'delivered' : 'failed',
      });
    case 'evacuation-completed':
      return c('evacuate', { location: 'darayya', people: 1 + rng.int(8000), under: 'a local agreement' });
    case 'detainees-released':
      return c('release-detainees', { by: 'syria-gov', count: 1 + rng.int(100) });
    case 'indicator-observed': {
      const indicator = rng.pick(INDICATORS);
      const value = indicator === 'compliance' ? Math.round(rng.next() * 100) / 100 : rng.int(5000);
      return c('observe', { indicator, value, scope: 'syria' });
    }
    case 'talks-scheduled':
      return t.status === 'in-session' || t.status === 'paused'
        ? undefined
        : c('schedule-talks', { date: addDays(at, 10) });
    case 'talks-opened':
      return t.status === 'in-session'
        ? undefined
        : c('open-talks', {
            parties: ['syria-gov', 'hnc'].filter((p) => !h.excludedParties.includes(p)),
            place: 'Geneva',
          });
    case 'talks-paused':
      return t.status !== 'in-session'
        ? undefined
        : c('pause-talks', {
            until: rng.next() < 0.5 ? addDays(at, 7) : null,
            reason: 'fighting around Aleppo',
          });
    case 'participation-postponed': {
      const present = t.parties.filter((p) => !t.postponedBy.includes(p));
      return present.length === 0
        ? undefined
        : c('postpone-participation', { party: rng.pick(present), reason: 'violations and sieges' });
    }
    case 'participation-resumed':
      return t.postponedBy.length === 0 ? undefined : c('resume-participation', { party: t.postponedBy[0] });
    case 'talks-round-ended':
      return t.status !== 'in-session' && t.status !== 'paused'
        ? undefined
        : c('end-round', { nextDate: rng.next() < 0.5 ? addDays(at, 21) : null });
    case 'transition-target-set':
      return c('set-transition-target', { date: addDays(at, 60) });
    case 'position-stated':
      return c('state-position', {
        by: rng.pick(MEMBERS),
        issue: rng.pick(ISSUES),
        position: 'no preconditions',
      });
    case 'disagreement-recorded':
      return c('record-disagreement', {
        issue: rng.pick(ISSUES),
        between: ['us', 'ru'],
        note: 'the role of Assad',
      });
    default:
      throw new Error(`synth: no command for event type "${type}"; add one to test/bench/lib/synth.ts`);
  }
}

export interface SynthOptions {
  readonly decider: Decider<any, any, any>;
  readonly seed: number;
  readonly mix: Mix;
  /** Events per simulated day (world time advances one day every `perDay` events); default 48. */
  readonly perDay?: number;
  readonly stream?: string;
  readonly start?: string;
}

/** Statistics of a generation: commands tried and refused by `decide`. */
export interface SynthStats {
  tried: number;
  refused: number;
  /** When given, every accepted command is pushed here (to replay the log through a session). */
  commands?: unknown[];
  /** When given, the number of events of each accepted command (parallel to `commands`). */
  eventsPerCommand?: number[];
}

/** An endless, deterministic stream of synthetic records (take as many as needed). */
export function* synthesize(
  options: SynthOptions,
  stats: SynthStats = { tried: 0, refused: 0 },
): Generator<SynthRecord> {
  const { decider } = options;
  const rng = benchRng(options.seed);
  const stream = options.stream ?? 'bench';
  const perDay = options.perDay ?? 48;
  const meta = Object.freeze({ actor: 'bench' });
  const types = Object.keys(options.mix).filter((t) => (options.mix[t] ?? 0) > 0);
  const cumulative: number[] = [];
  let total = 0;
  for (const t of types) {
    total += options.mix[t]!;
    cumulative.push(total);
  }
  const folder = createFolder(decider);
  let at = options.start ?? '2015-10-23';
  let seq = 0;
  let n = 0;
  const opening: Cmd[] = [
    { type: 'admit-members', at, members: [...MEMBERS] },
    { type: 'designate-co-chairs', at, coChairs: ['us', 'ru'] },
  ];
  const drawType = (): string => {
    const x = rng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return types[lo]!;
  };
  let day = 0;
  for (;;) {
    if (Math.floor(seq / perDay) !== day) {
      day = Math.floor(seq / perDay);
      at = addDays(options.start ?? '2015-10-23', day);
    }
    const command = opening.shift() ?? commandFor(drawType(), folder.state as View, at, ++n, rng);
    if (command === undefined) continue;
    stats.tried++;
    let events: readonly { type: string; data: unknown; at?: string }[];
    try {
      events = decider.decide(command, folder.state);
    } catch (e) {
      if (e instanceof InvariantError) {
        stats.refused++;
        continue;
      }
      throw e;
    }
    stats.commands?.push(command);
    stats.eventsPerCommand?.push(events.length);
    for (const ev of events) {
      seq++;
      const record: SynthRecord = {
        stream,
        seq,
        id: `${stream}:${seq}`,
        at: ev.at ?? at,
        type: ev.type,
        v: 1,
        data: ev.data,
        meta,
      };
      folder.apply(record as never);
      yield record;
    }
  }
}

/** The first `n` records of a synthetic log. */
export function synthLog(n: number, options: SynthOptions, stats?: SynthStats): SynthRecord[] {
  const out: SynthRecord[] = new Array(n);
  const it = synthesize(options, stats);
  for (let i = 0; i < n; i++) out[i] = it.next().value as SynthRecord;
  return out;
}

/** The share of each event type in a log, largest first. */
export function mixOf(records: Iterable<{ readonly type: string }>): Record<string, number> {
  const counts: Record<string, number> = {};
  let total = 0;
  for (const r of records) {
    counts[r.type] = (counts[r.type] ?? 0) + 1;
    total++;
  }
  const out: Record<string, number> = {};
  for (const [t, c] of Object.entries(counts).sort((a, b) => b[1] - a[1])) out[t] = c / total;
  return out;
}
