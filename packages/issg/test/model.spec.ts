import { addDays, createFolder, InvariantError, type RecordedEvent, replay } from '@parley/core';
import * as fc from 'fast-check';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import {
  createIssgDecider,
  HOSTILITIES_EDGES,
  type IssgCommand,
  type IssgDecider,
  type IssgEvent,
  type IssgState,
  issgDecider,
  issgEvents,
  summarize,
  TALKS_EDGES,
} from '../src/index.js';
import { issgArbitraries, runCommands } from '../src/testing.js';

/** The group founded, terms agreed and two parties signed: random commands then hit every rule. */
const prefix: IssgCommand[] = [
  { type: 'admit-members', at: '2016-01-01', members: ['us', 'ru', 'fr', 'gb', 'ir', 'sa', 'tr', 'un'] },
  { type: 'designate-co-chairs', at: '2016-01-01', coChairs: ['us', 'ru'] },
  { type: 'agree-terms', at: '2016-01-01', signOnDeadline: '2016-01-05', effectiveAt: '2016-01-06' },
  { type: 'sign-on', at: '2016-01-01', party: 'syria-gov' },
  { type: 'sign-on', at: '2016-01-01', party: 'hnc' },
];

const counts = (s: IssgState): number[] => [
  s.meetings.issgMeetings,
  s.meetings.total,
  s.meetings.taskForces.ctf,
  s.meetings.taskForces.htf,
  s.statements.adopted,
  s.commitments.met,
  s.commitments.lapsed,
  s.agreements.count,
  s.violations.total,
  s.violations.counted,
  s.violations.verified,
  s.violations.contested,
  s.violations.disputed,
  s.violations.killed,
  s.violence.level,
  s.momentum.progress.level,
  s.momentum.setbacks.level,
  s.humanitarian.requests.requested,
  s.humanitarian.requests.granted,
  s.humanitarian.requests.denied,
  s.humanitarian.convoys.delivered,
  s.humanitarian.convoys.trucks,
  s.humanitarian.convoys.attacked,
  s.humanitarian.convoys.trucksHit,
  s.humanitarian.convoys.killed,
  s.humanitarian.peopleReachedByConvoys,
  s.humanitarian.airDrops.conducted,
  s.humanitarian.airDrops.failed,
  s.humanitarian.airDrops.tonnes,
  s.humanitarian.detaineesReleased,
  ...Object.values(s.observations).map((o) => o?.value ?? 0),
  ...Object.values(s.violations.byParty).flatMap((p) => [p.violations, p.severity, p.referrals]),
];

/** What the invariants compare across one step. */
interface Before {
  readonly status: IssgState['hostilities']['status'];
  readonly talks: IssgState['political']['talks']['status'];
  readonly excluded: readonly string[];
}
const snapshot = (s: IssgState): Before => ({
  status: s.hostilities.status,
  talks: s.political.talks.status,
  excluded: [...s.hostilities.excludedParties],
});

function assert(ok: boolean, message: string): asserts ok {
  if (!ok) throw new Error(`invariant broken: ${message}`);
}

/** The invariants every reachable state keeps. */
function checkInvariants(before: Before, after: IssgState, command: IssgCommand): void {
  const h = after.hostilities;
  const what = JSON.stringify(command);
  for (const p of h.parties)
    assert(!after.designated.includes(p), `designated ${p} is a party after ${what}`);
  for (const p of after.political.talks.parties)
    assert(!after.designated.includes(p), `designated ${p} in talks after ${what}`);
  for (const p of h.excludedParties) assert(!h.parties.includes(p), `excluded ${p} is a party after ${what}`);
  if (command.type === 'sign-on')
    assert(!before.excluded.includes(command.party), `excluded signed: ${what}`);
  if (command.type === 'reach-agreement')
    for (const p of command.signatories) assert(!before.excluded.includes(p), `excluded signed: ${what}`);
  for (const n of counts(after)) assert(n >= 0, `negative count after ${what}`);
  if (before.status !== h.status)
    assert(HOSTILITIES_EDGES[before.status].includes(h.status), `${before.status} → ${h.status} by ${what}`);
  const talks = after.political.talks.status;
  if (before.talks !== talks)
    assert(TALKS_EDGES[before.talks].includes(talks), `talks ${before.talks} → ${talks}`);
  const summary = summarize(after);
  for (const [name, v] of Object.entries(summary.indicators)) {
    assert(v === null || (v >= 0 && v <= 1), `indicator ${v} out of [0, 1]`);
    // unknown is not zero: a null indicator has its reason, a known one has none
    const missing = summary.indicatorsMissing.find((m) => m.indicator === name);
    assert(
      (v === null) === (missing !== undefined),
      `indicator ${name} null without a reason, or the reverse`,
    );
  }
}

/** Run commands one by one through decide and a mutable fold, checking the invariants after each step. */
const reached = new Set<string>();

function runChecked(decider: IssgDecider, commands: readonly IssgCommand[]): number {
  const folder = createFolder(decider);
  let seq = 0;
  let refused = 0;
  for (const command of commands) {
    const before = snapshot(folder.state);
    let events: readonly IssgEvent[];
    try {
      events = decider.decide(command, folder.state) as readonly IssgEvent[];
    } catch (e) {
      if (!(e instanceof InvariantError) || !e.rule.startsWith('issg/')) throw e;
      refused++;
      continue;
    }
    for (const ev of events) {
      seq++;
      const data = issgEvents.validateData(ev.type, ev.data);
      folder.apply({
        stream: 'issg',
        seq,
        id: `issg:${seq}`,
        at: command.at,
        v: 1,
        type: ev.type,
        data,
      } as RecordedEvent<IssgEvent>);
    }
    checkInvariants(before, folder.state, command);
    reached.add(folder.state.hostilities.status);
  }
  return refused;
}

describe('model-based: random command sequences never break an invariant', () => {
  for (const [name, decider] of [
    ['consensus', issgDecider],
    ['qualified majority', createIssgDecider({ decisionRule: { qualifiedMajority: 0.66 } })],
  ] as const) {
    it(`with ${name}`, () => {
      fc.assert(
        fc.property(
          issgArbitraries.commands({ prefix, start: '2016-01-01', maxCommands: 80 }),
          (commands) => {
            runChecked(decider, commands);
          },
        ),
        { numRuns: 300, seed: 20160517 },
      );
    });
  }

  it('the random runs reach every status of hostilities', () => {
    expect([...reached].sort()).toEqual(['ceasefire', 'cessation', 'collapsed', 'none']);
  });

  it('replay (plain mutable fold) and immer give equal states', () => {
    fc.assert(
      fc.property(issgArbitraries.eventSequence({ prefix, maxCommands: 60 }), (records) => {
        let viaImmer = issgDecider.initial();
        for (const r of records) viaImmer = produce(viaImmer, (d) => issgDecider.evolve(d, r));
        expect(replay(issgDecider, records)).toEqual(viaImmer);
      }),
      { numRuns: 100, seed: 42 },
    );
  });

  it('the state stays bounded: thousands of random events keep the JSON small', () => {
    const undated = fc.sample(issgArbitraries.command(), { numRuns: 20_000, seed: 7 });
    const commands = [
      ...prefix,
      ...undated.map((c, i) => ({ ...c, at: addDays('2016-01-02', Math.floor(i / 20)) }) as IssgCommand),
    ];
    const { records, state } = runCommands(issgDecider, commands);
    expect(records.length).toBeGreaterThan(5_000);
    expect(JSON.stringify(state).length).toBeLessThan(40_000);
  });
});
