import type { Decider } from '@parley/core';
import type { DecisionRule } from '@parley/negotiation';
import type {
  HostilitiesCommand,
  HumanitarianCommand,
  IssgCommand,
  MeetingCommand,
  PoliticalCommand,
} from './commands/types.js';
import { ensure, ensureTime } from './decide/guards.js';
import { decideHostilities } from './decide/hostilities.js';
import { decideHumanitarian } from './decide/humanitarian.js';
import { decideMeeting, lapsedBy } from './decide/meetings.js';
import { decidePolitical } from './decide/political.js';
import { RULES } from './decide/rules.js';
import { type IssgEvent, issgEvents } from './events/catalog.js';
import { evolveIssg } from './evolve/evolve.js';
import { initialIssgState } from './state/initial.js';
import type { IssgState } from './state/types.js';

/** Options of {@link createIssgDecider}. */
export interface IssgDeciderOptions {
  /** How statements of ISSG meetings are adopted; default `'consensus'`. */
  readonly decisionRule?: DecisionRule;
}

/** The ISSG decider type, with the decision rule it applies to statements. */
export type IssgDecider = Decider<IssgState, IssgCommand, IssgEvent> & {
  readonly decisionRule: DecisionRule;
};

const MEETING = new Set<string>([
  'admit-members',
  'designate-co-chairs',
  'convene-meeting',
  'conclude-meeting',
  'hold-task-force-meeting',
  'propose-statement',
  'adopt-statement',
  'make-commitment',
  'meet-commitment',
  'record-lapse',
  'check-deadlines',
  'reach-agreement',
  'suspend-channel',
  'adopt-resolution',
  'fail-resolution',
  'cite-resolution',
] satisfies MeetingCommand['type'][]);
const HUMANITARIAN = new Set<string>([
  'request-access',
  'grant-access',
  'deny-access',
  'deliver-convoy',
  'attack-convoy',
  'suspend-convoys',
  'evacuate',
  'authorize-air-drops',
  'air-drop',
  'release-detainees',
  'observe',
] satisfies HumanitarianCommand['type'][]);
const POLITICAL = new Set<string>([
  'schedule-talks',
  'open-talks',
  'pause-talks',
  'postpone-participation',
  'resume-participation',
  'end-round',
  'set-transition-target',
  'state-position',
  'record-disagreement',
] satisfies PoliticalCommand['type'][]);

/**
 * Make an ISSG decider. `decide` first records as lapsed every pending commitment whose deadline passed
 * before the command's world time (`commitment-lapsed`), then decides the command, throwing
 * `InvariantError` with a stable rule id (see `RULES`) when a rule forbids it. A command without `at` is
 * judged at the world time of the last event.
 *
 * @example
 * ```ts
 * const majority = createIssgDecider({ decisionRule: { qualifiedMajority: 0.66 } });
 * const state = majority.initial();
 * majority.decide({ type: 'admit-members', at: '2015-10-30', members: ['us', 'ru'] }, state);
 * ```
 */
export function createIssgDecider(options: IssgDeciderOptions = {}): IssgDecider {
  const rule = options.decisionRule ?? 'consensus';
  return {
    // One name for every decision rule: `evolve` and the state are the same, so snapshots are shared.
    name: 'issg',
    version: '4',
    decisionRule: rule,
    events: issgEvents,
    initial: initialIssgState,
    decide(given, state) {
      // A command dispatched without `at` (the session then dates its events from `dispatch(…, { at })` or
      // the clock) is judged at the state's last world time: no time passes for deadlines.
      const command: IssgCommand =
        typeof (given as { at?: unknown }).at === 'string'
          ? given
          : { ...given, at: state.at ?? '1970-01-01' };
      ensureTime(state, command.at);
      const lapsed = lapsedBy(state, command.at);
      if (command.type === 'meet-commitment' || command.type === 'record-lapse') {
        const hit = lapsed.some(
          (l) => l.type === 'commitment-lapsed' && l.data.commitment === command.commitment,
        );
        if (hit && command.type === 'record-lapse') return lapsed;
        ensure(
          !hit,
          RULES.unknownCommitment,
          `the deadline of "${command.commitment}" passed before ${command.at}`,
        );
      }
      let own: IssgEvent[];
      if (MEETING.has(command.type)) own = decideMeeting(command as MeetingCommand, state, rule);
      else if (HUMANITARIAN.has(command.type))
        own = decideHumanitarian(command as HumanitarianCommand, state);
      else if (POLITICAL.has(command.type)) own = decidePolitical(command as PoliticalCommand, state);
      else own = decideHostilities(command as HostilitiesCommand, state);
      if (lapsed.length === 0) return own;
      return [...lapsed, ...own];
    },
    evolve: (draft, event) => evolveIssg(draft as IssgState, event),
  };
}

/**
 * The default ISSG decider (consensus of the members present).
 *
 * @example
 * ```ts
 * import { replay } from '@parley/core';
 * const state = replay(issgDecider, records);
 * ```
 */
export const issgDecider: IssgDecider = createIssgDecider();
