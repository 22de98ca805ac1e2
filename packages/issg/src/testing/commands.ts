import * as fc from 'fast-check';
import type { UndatedIssgCommand } from '../commands/types.js';
import { OBSERVED_INDICATORS } from '../events/humanitarian.js';
import { LOCATIONS } from '../vocabulary/locations.js';
import { MEMBERS } from '../vocabulary/members.js';
import { DESIGNATED_GROUPS, SYRIAN_PARTIES } from '../vocabulary/parties.js';

/** Commands without their world time; the sequence arbitrary dates them. */
export type UndatedCommand = UndatedIssgCommand;

const memberIds = MEMBERS.map((m) => m.id);
const partyIds = [...SYRIAN_PARTIES, ...DESIGNATED_GROUPS].map((p) => p.id);
const locationIds = LOCATIONS.map((l) => l.id);

const member = fc.constantFrom(...memberIds);
const party = fc.constantFrom(...partyIds);
const actor = fc.constantFrom(...memberIds.slice(0, 6), ...partyIds);
const location = fc.constantFrom(...locationIds);
const meeting = fc.constantFrom('m1', 'm2', 'm3');
const statement = fc.constantFrom('s1', 's2', 's3');
const commitment = fc.constantFrom('c1', 'c2', 'c3');
const violation = fc.constantFrom('v1', 'v2', 'v3', 'v4');
const small = fc.nat({ max: 40 });
const someMembers = fc.uniqueArray(member, { minLength: 1, maxLength: 8 });
const date = fc
  .integer({ min: 0, max: 500 })
  .map((d) => new Date(Date.UTC(2016, 0, 1 + d)).toISOString().slice(0, 10));

const provision = fc.oneof(
  fc.constant({ kind: 'goal', goal: 'comprehensive-ceasefire' } as const),
  fc.constant({ kind: 'non-compliance-rule', referralTo: 'ministers' } as const),
  date.map((trigger) => ({ kind: 'air-drops', trigger }) as const),
  date.map((d) => ({ kind: 'transition-target', date: d }) as const),
  fc
    .record({ commitment, deadline: date })
    .map(
      ({ commitment: c, deadline }) =>
        ({ kind: 'commitment', commitment: c, by: ['us'], description: 'a commitment', deadline }) as const,
    ),
  fc
    .constantFrom('2118', '2254', '2268', '2218')
    .map((r) => ({ kind: 'cite', resolution: r, by: 'ru' }) as const),
);

/**
 * An arbitrary of undated ISSG commands drawn from the vocabulary (members, Syrian parties, designated
 * groups, locations) and small pools of meeting, statement, commitment and violation ids, so that random
 * sequences often hit both the accepted and the refused paths of every rule.
 *
 * @example
 * ```ts
 * const [cmd] = fc.sample(undatedCommandArb(), { numRuns: 1, seed: 1 });
 * issgDecider.decide({ ...cmd, at: '2016-03-01' } as IssgCommand, issgDecider.initial());
 * ```
 */
export function undatedCommandArb(): fc.Arbitrary<UndatedCommand> {
  const cmds: fc.Arbitrary<UndatedCommand>[] = [
    someMembers.map((members) => ({ type: 'admit-members', members })),
    fc.constant({ type: 'admit-members', members: ['us', 'ru', 'fr', 'gb', 'ir'] }),
    fc.constant({ type: 'designate-co-chairs', coChairs: ['us', 'ru'] }),
    fc
      .record({ meeting, format: fc.constantFrom('issg', 'ad-hoc', 'bilateral'), attendees: someMembers })
      .map((r) => ({ type: 'convene-meeting', place: 'Vienna', ...r }) as UndatedCommand),
    meeting.map((m) => ({ type: 'conclude-meeting', meeting: m })),
    fc
      .constantFrom('ctf', 'htf')
      .map((taskForce) => ({ type: 'hold-task-force-meeting', taskForce, place: 'Geneva' })),
    fc
      .record({ statement, meeting: fc.option(meeting, { nil: null }) })
      .map((r) => ({ type: 'propose-statement', title: 'a statement', by: ['us', 'ru'], ...r })),
    fc
      .record({
        statement,
        supporters: someMembers,
        objectors: fc.uniqueArray(member, { maxLength: 2 }),
        provisions: fc.array(provision, { maxLength: 3 }),
      })
      .map((r) => ({ type: 'adopt-statement', ...r })),
    fc
      .record({ commitment, deadline: date })
      .map((r) => ({ type: 'make-commitment', by: ['us'], description: 'a commitment', ...r })),
    commitment.map((c) => ({ type: 'meet-commitment', commitment: c })),
    commitment.map((c) => ({ type: 'record-lapse', commitment: c })),
    fc.constant({ type: 'check-deadlines' }),
    fc
      .record({ signatories: fc.uniqueArray(actor, { minLength: 1, maxLength: 3 }), published: fc.boolean() })
      .map((r) => ({ type: 'reach-agreement', agreement: 'a1', title: 'an agreement', ...r })),
    fc.constant({ type: 'suspend-channel', by: 'us', with: 'ru', channel: 'bilateral' }),
    fc
      .constantFrom('2118', '2254', '2268')
      .map((resolution) => ({ type: 'adopt-resolution', resolution, vote: '15-0' })),
    fc
      .constantFrom('2118', '2254', '2268', '2218')
      .map((resolution) => ({ type: 'cite-resolution', resolution, by: 'ru' })),
    fc.record({ signOnDeadline: date, effectiveAt: date }).map((r) => ({ type: 'agree-terms', ...r })),
    party.map((p) => ({ type: 'sign-on', party: p })),
    member.map((p) => ({ type: 'sign-on', party: p })),
    fc.constant({ type: 'bring-into-force' }),
    location.map((area) => ({ type: 'extend-locally', area })),
    fc.constant({ type: 'renew-cessation', days: 7 }),
    fc.constant({ type: 'set-goal', goal: 'comprehensive-ceasefire' }),
    fc.constant({ type: 'reach-ceasefire' }),
    fc.constant({ type: 'declare-collapse', declaredBy: null, reason: 'fighting resumed' }),
    fc.constant({ type: 'adopt-non-compliance-rule', referralTo: 'ministers' }),
    fc
      .record({
        violation,
        reporter: actor,
        perpetrator: party,
        target: fc.option(party, { nil: null }),
        location,
        severity: fc.integer({ min: 0, max: 6 }),
        attribution: fc.constantFrom('verified', 'contested', 'alleged'),
        killed: fc.option(small, { nil: undefined }),
      })
      .map((r) => {
        const { killed, ...rest } = r;
        return {
          type: 'report-violation',
          ...rest,
          ...(killed !== undefined ? { killed } : {}),
        } as UndatedCommand;
      }),
    fc.record({ violation, by: party }).map((r) => ({ type: 'dispute-violation', ...r })),
    party.map((p) => ({ type: 'refer-non-compliance', party: p, by: 'us' })),
    party.map((p) => ({ type: 'exclude-party', party: p })),
    party.map((p) => ({ type: 'reinstate-party', party: p })),
    party.map((g) => ({ type: 'request-designation', group: g, by: 'ru' })),
    fc
      .record({ group: party, outcome: fc.constantFrom('listed', 'blocked') })
      .map((r) => ({ type: 'decide-designation', by: ['us'], ...r }) as UndatedCommand),
    fc.record({ by: party, area: location }).map((r) => ({ type: 'announce-offensive', ...r })),
    fc.record({ location, by: actor }).map((r) => ({ type: 'request-access', ...r })),
    fc.record({ location, by: actor }).map((r) => ({ type: 'grant-access', ...r })),
    fc.record({ location, by: actor }).map((r) => ({ type: 'deny-access', ...r })),
    fc
      .record({ location, trucks: small, peopleReached: fc.integer({ min: -5, max: 100_000 }) })
      .map((r) => ({ type: 'deliver-convoy', by: 'un', ...r })),
    fc
      .record({ location, trucks: small, trucksHit: small, killed: small })
      .map((r) => ({ type: 'attack-convoy', ...r })),
    fc.constant({ type: 'suspend-convoys', by: 'un' }),
    date.map((trigger) => ({ type: 'authorize-air-drops', trigger })),
    fc
      .record({
        location,
        tonnes: fc.integer({ min: -1, max: 30 }),
        outcome: fc.constantFrom('delivered', 'failed'),
      })
      .map((r) => ({ type: 'air-drop', by: 'wfp', ...r }) as UndatedCommand),
    fc.integer({ min: -2, max: 500 }).map((count) => ({ type: 'release-detainees', by: 'syria-gov', count })),
    fc
      .record({
        indicator: fc.constantFrom(...OBSERVED_INDICATORS),
        value: fc.double({ min: -1, max: 200, noNaN: true }),
      })
      .map((r) => ({ type: 'observe', ...r })),
    date.map((d) => ({ type: 'schedule-talks', date: d })),
    fc
      .uniqueArray(party, { minLength: 1, maxLength: 3 })
      .map((parties) => ({ type: 'open-talks', parties, place: 'Geneva' })),
    fc.constant({ type: 'pause-talks', until: null, reason: 'a pause' }),
    party.map((p) => ({ type: 'postpone-participation', party: p, reason: 'violations' })),
    party.map((p) => ({ type: 'resume-participation', party: p })),
    fc.option(date, { nil: null }).map((nextDate) => ({ type: 'end-round', nextDate })),
    date.map((d) => ({ type: 'set-transition-target', date: d })),
    fc
      .record({ by: actor })
      .map((r) => ({ type: 'state-position', issue: 'role-of-assad', position: 'a position', ...r })),
    fc.constant({
      type: 'record-disagreement',
      issue: 'role-of-assad',
      between: ['us', 'ru'],
      note: 'no agreement',
    }),
  ];
  return fc.oneof(...cmds);
}
