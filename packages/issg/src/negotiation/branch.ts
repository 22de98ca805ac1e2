import { defineScenario, type Scenario } from '@parley/core';
import type { Text } from '@parley/negotiation';
import type { IssgCommand } from '../commands/types.js';
import type { IssgEvent } from '../events/catalog.js';
import { issgRecord } from '../record/issgRecord.js';
import type { RecordStep } from '../record/step.js';
import type { IssgState } from '../state/types.js';
import { adoptedTextToIssgEvents } from './events.js';
import type { IssgAgenda } from './types.js';

/** The statement or agreement id the agenda's text becomes in the record. */
const TEXT_IDS: Readonly<Record<string, string>> = {
  'munich-2016-02-11': 'munich-statement',
  'vienna-2016-05-17': 'vienna-statement-2016-05-17',
  'geneva-2016-09-09': 'geneva-2016-09-09',
};

/**
 * True for a step of the record that the meeting's real text produced (and a negotiated text replaces):
 * the statement proposed and adopted (or the agreement reached), and what `adoptedTextToIssgEvents` issues
 * after it on the day of adoption (the group's position on bombing, the Humanitarian Task Force).
 */
function fromRealText(agenda: IssgAgenda, c: IssgCommand): boolean {
  const id = TEXT_IDS[agenda.id];
  switch (c.type) {
    case 'propose-statement':
    case 'adopt-statement':
      return c.statement === id;
    case 'reach-agreement':
      return c.agreement === id;
    case 'state-position':
      return c.by === 'issg' && c.at.slice(0, 10) === agenda.at;
    case 'hold-task-force-meeting':
      return agenda.id === 'munich-2016-02-11' && c.taskForce === 'htf' && c.at.slice(0, 10) === agenda.at;
    default:
      return false;
  }
}

/**
 * The record with the meeting's real text replaced by another outcome: the text's commands
 * (`adoptedTextToIssgEvents`) where the real statement stood, or nothing when the negotiation failed
 * (`null`). The steps after the meeting's date are dropped: what follows a different text is for the
 * simulation to say. With the real text it gives the record's own events up to that day.
 *
 * @example
 * ```ts
 * const failed = negotiatedRecord(issgAgenda('vienna-2016-05-17'), null);
 * runScenario(failed).state.hostilities.nonComplianceRule; // false: no statement, no rule
 * ```
 */
export function negotiatedRecord(
  agenda: IssgAgenda,
  text: Text | null,
): Scenario<IssgState, IssgCommand, IssgEvent> {
  const steps: RecordStep[] = [];
  let inserted = false;
  for (const step of issgRecord.steps) {
    const day = step.command.at.slice(0, 10);
    if (day > agenda.at) break;
    if (!fromRealText(agenda, step.command)) {
      steps.push(step);
      continue;
    }
    // the text's commands go where the real text was adopted (all dated the day of adoption)
    const adoption = step.command.type === 'adopt-statement' || step.command.type === 'reach-agreement';
    if (!adoption || inserted || text === null) continue;
    inserted = true;
    for (const command of adoptedTextToIssgEvents(agenda.id, text, agenda.at))
      steps.push({
        command,
        meta: { source: { title: `negotiated text of ${agenda.id}` }, flag: 'simulated' },
      });
  }
  return defineScenario({
    id: `${issgRecord.id}+${agenda.id}`,
    title: `${issgRecord.title}, to ${agenda.at}, with a negotiated ${agenda.title}`,
    decider: issgRecord.decider,
    stream: issgRecord.stream,
    steps,
  });
}
