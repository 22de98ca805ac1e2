import type { PoliticalCommand } from '../commands/types.js';
import type { IssgEvent } from '../events/catalog.js';
import { canMoveTalks } from '../state/machines.js';
import type { IssgState, TalksStatus } from '../state/types.js';
import { ensure, ensureNotDesignated, ensureNotEmpty, ensureNotExcluded } from './guards.js';
import { RULES } from './rules.js';

type Out = IssgEvent[];

function ensureTalks(state: IssgState, to: TalksStatus, what: string): void {
  const from = state.political.talks.status;
  ensure(canMoveTalks(from, to), RULES.talksTransition, `cannot ${what}: the talks are "${from}"`);
}

/** Decide a command about the talks, positions and disagreements. */
export function decidePolitical(c: PoliticalCommand, state: IssgState): Out {
  const t = state.political.talks;
  switch (c.type) {
    case 'schedule-talks':
      ensureTalks(state, 'scheduled', 'schedule talks');
      return [{ type: 'talks-scheduled', data: { date: c.date } }];
    case 'open-talks': {
      ensureTalks(state, 'in-session', 'open talks');
      ensureNotEmpty(c.parties, 'parties');
      ensureNotDesignated(state, c.parties, 'take part in the talks');
      ensureNotExcluded(state, c.parties, 'take part in the talks');
      const round = t.status === 'paused' ? t.round : t.round + 1;
      return [{ type: 'talks-opened', data: { round, parties: [...c.parties], place: c.place } }];
    }
    case 'pause-talks':
      ensureTalks(state, 'paused', 'pause the talks');
      return [{ type: 'talks-paused', data: { until: c.until, reason: c.reason } }];
    case 'postpone-participation':
      ensure(
        t.status === 'in-session' && t.parties.includes(c.party) && !t.postponedBy.includes(c.party),
        RULES.notInTalks,
        `"${c.party}" is not taking part in talks in session`,
      );
      return [{ type: 'participation-postponed', data: { party: c.party, reason: c.reason } }];
    case 'resume-participation':
      ensure(
        t.postponedBy.includes(c.party),
        RULES.notPostponed,
        `"${c.party}" has not postponed its participation`,
      );
      return [{ type: 'participation-resumed', data: { party: c.party } }];
    case 'end-round':
      ensureTalks(state, 'adjourned', 'end the round');
      return [{ type: 'talks-round-ended', data: { round: t.round, nextDate: c.nextDate } }];
    case 'set-transition-target':
      return [{ type: 'transition-target-set', data: { date: c.date } }];
    case 'state-position':
      return [{ type: 'position-stated', data: { by: c.by, issue: c.issue, position: c.position } }];
    case 'record-disagreement':
      ensureNotEmpty(c.between, 'between');
      return [
        { type: 'disagreement-recorded', data: { issue: c.issue, between: [...c.between], note: c.note } },
      ];
  }
}
