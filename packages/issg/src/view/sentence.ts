import type { AnyRecordedEvent, RecordedEvent } from '@parley/core';
import { type IssgEvent, type IssgEventData, type IssgEventType, issgEvents } from '../events/catalog.js';
import { capitalize, locationName, partyList, partyName } from './names.js';

type Templates = { readonly [T in IssgEventType]: (d: IssgEventData<T>) => string };

const by = (ids: readonly string[]) => partyList(ids, { noun: 'members' });
const ATTRIBUTION = { verified: 'verified', contested: 'disputed', alleged: 'alleged' } as const;
const TASK_FORCES = { ctf: 'Ceasefire', htf: 'Humanitarian' } as const;
const OBSERVED: Readonly<Record<string, string>> = {
  'deaths-per-day': 'deaths a day',
  'besieged-locations': 'besieged locations',
  'besieged-locations-reached': 'besieged locations reached',
  'people-besieged': 'people besieged',
  'people-reached': 'people reached',
  'people-target': 'people targeted for aid',
  compliance: 'compliance',
};
const words = (id: string) => id.replace(/[-_]+/g, ' ');

/**
 * One sentence per event type, who did what. A `Record` over the union: an event type without a sentence
 * does not compile.
 */
const TEMPLATES: Templates = {
  'members-admitted': (d) => `${capitalize(by(d.members))} joined the ISSG`,
  'co-chairs-designated': (d) => `${capitalize(partyList(d.coChairs))} were named co-chairs`,
  'meeting-convened': (d) =>
    `${d.place}: ${partyList(d.attendees, { noun: 'delegations' })} met${d.format === 'issg' ? '' : ` (${d.format})`}`,
  'meeting-concluded': (d) =>
    `The meeting ended${d.hours !== undefined ? ` after ${d.hours} hours` : ''}${d.outcome ? `: ${d.outcome}` : ''}`,
  'task-force-met': (d) => `The ${TASK_FORCES[d.taskForce]} Task Force met in ${d.place}`,
  'statement-proposed': (d) => `${capitalize(by(d.by))} put forward "${d.title}"`,
  'statement-adopted': (d) =>
    `"${d.title}" was adopted by ${partyList(d.supporters, { noun: 'members' })} (${d.decisionRule})`,
  'commitment-made': (d) => `${capitalize(by(d.by))} committed to ${d.description} by ${d.deadline}`,
  'commitment-met': (d) => `The commitment ${words(d.commitment)} was met`,
  'commitment-lapsed': (d) => `The deadline of ${d.deadline} passed unmet (${words(d.commitment)})`,
  'agreement-reached': (d) =>
    `${capitalize(partyList(d.signatories, { noun: 'signatories' }))} agreed "${d.title}"${d.published ? '' : ' (not published)'}`,
  'channel-suspended': (d) =>
    `${capitalize(partyName(d.by))} suspended its ${d.channel} with ${partyName(d.with)}`,
  'resolution-adopted': (d) => `The Security Council adopted UNSCR ${d.resolution} (${d.vote})`,
  'draft-resolution-failed': (d) =>
    `A Security Council draft by ${partyList(d.by)} on ${d.draft} failed (${d.vote})${d.vetoedBy.length > 0 ? `; vetoed by ${partyList(d.vetoedBy)}` : ''}`,
  'resolution-cited': (d) =>
    `${capitalize(partyName(d.by))} cited UNSCR ${d.resolution}${d.asWritten ? ` (written as ${d.asWritten})` : ''}`,
  'terms-agreed': (d) =>
    `Terms of a cessation of hostilities were agreed: sign on by ${d.signOnDeadline}, in force ${d.effectiveAt}${d.excluded.length > 0 ? `, excluding ${partyList(d.excluded)}` : ''}`,
  'party-signed-on': (d) =>
    `${capitalize(partyName(d.party))} signed on${d.late ? ' late' : ''}${d.conditions ? ` (${d.conditions})` : ''}`,
  'cessation-took-effect': (d) =>
    `The cessation of hostilities came into force between ${partyList(d.parties)}`,
  'local-extension-declared': (d) =>
    `The cessation was extended to ${locationName(d.area)}${d.hours !== undefined ? ` for ${d.hours} hours` : ''}`,
  'cessation-renewed': (d) =>
    `The cessation was renewed${d.days !== undefined ? ` for ${d.days} days` : ''}${d.declaredBy ? ` by ${partyName(d.declaredBy)}` : ''}`,
  'goal-set': () => 'A comprehensive ceasefire was set as the goal (not yet reached)',
  'ceasefire-reached': () => 'A comprehensive ceasefire was reached',
  'arrangement-collapsed': (d) =>
    `The arrangement collapsed${d.declaredBy ? `, declared by ${partyName(d.declaredBy)}` : ''}: ${d.reason}`,
  'non-compliance-rule-adopted': (d) =>
    `Persistent non-compliance can now be referred to ${d.referralTo} and lead to exclusion`,
  'violation-reported': (d) =>
    `A violation by ${partyName(d.perpetrator)} was reported by ${partyName(d.reporter)} (${ATTRIBUTION[d.attribution]})`,
  'violation-disputed': (d) => `${capitalize(partyName(d.by))} disputed the blame for the violation`,
  'non-compliance-referred': (d) =>
    `${capitalize(partyName(d.by))} referred the non-compliance of ${partyName(d.party)} to the ministers`,
  'party-excluded': (d) => `${capitalize(partyName(d.party))} was excluded for non-compliance`,
  'party-reinstated': (d) => `${capitalize(partyName(d.party))} was reinstated`,
  'designation-requested': (d) =>
    `${capitalize(partyName(d.by))} asked the UN to designate ${partyName(d.group)} a terrorist group`,
  'designation-decided': (d) =>
    `The designation of ${partyName(d.group)} was ${d.outcome}${d.by.length > 0 ? ` by ${partyList(d.by)}` : ''}`,
  'offensive-announced': (d) =>
    `${capitalize(partyName(d.by))} announced an offensive in ${locationName(d.area)}`,
  'access-requested': (d) => `${capitalize(partyName(d.by))} asked for access to ${locationName(d.location)}`,
  'access-granted': (d) => `${capitalize(partyName(d.by))} granted access to ${locationName(d.location)}`,
  'access-denied': (d) =>
    `${capitalize(partyName(d.by))} denied access to ${locationName(d.location)}${d.note ? ` (${d.note})` : ''}`,
  'convoy-delivered': (d) =>
    `${capitalize(partyName(d.by))} delivered aid to ${locationName(d.location)}${d.trucks !== undefined ? ` (${d.trucks} trucks)` : ''}${d.peopleReached !== undefined ? `, reaching ${d.peopleReached.toLocaleString('en-GB')} people` : ''}`,
  'convoy-attacked': (d) =>
    `An aid convoy to ${locationName(d.location)} was attacked: ${d.trucksHit} of ${d.trucks} trucks hit, ${d.killed} killed`,
  'convoys-suspended': (d) => `${capitalize(partyName(d.by))} suspended aid convoys`,
  'air-drops-authorized': (d) => `Air drops were authorised if access is still denied on ${d.trigger}`,
  'air-drop-conducted': (d) =>
    `${capitalize(partyName(d.by))} air-dropped ${d.tonnes} tonnes on ${locationName(d.location)} (${d.outcome})`,
  'detainees-released': (d) => `${capitalize(partyName(d.by))} released ${d.count} detainees`,
  'indicator-observed': (d) =>
    `Reported: ${d.value.toLocaleString('en-GB')} ${OBSERVED[d.indicator] ?? words(d.indicator)}${d.scope ? ` (${d.scope})` : ''}`,
  'talks-scheduled': (d) => `Talks were scheduled for ${d.date}`,
  'talks-opened': (d) => `Round ${d.round} of the talks opened in ${d.place} with ${partyList(d.parties)}`,
  'talks-paused': (d) => `The mediator paused the talks${d.until ? ` until ${d.until}` : ''}: ${d.reason}`,
  'participation-postponed': (d) =>
    `${capitalize(partyName(d.party))} postponed its participation: ${d.reason}`,
  'participation-resumed': (d) => `${capitalize(partyName(d.party))} resumed its participation`,
  'talks-round-ended': (d) =>
    `Round ${d.round} of the talks ended${d.nextDate ? `; the next is due on ${d.nextDate}` : ''}`,
  'transition-target-set': (d) =>
    `${d.date} was set as the target for the framework of a political transition`,
  'evacuation-completed': (d) =>
    `${capitalize(locationName(d.location))} was evacuated${d.people !== undefined ? ` (${d.people.toLocaleString('en-GB')} people)` : ''} under ${d.under}`,
  'position-stated': (d) => `${capitalize(partyName(d.by))} on ${words(d.issue)}: ${d.position}`,
  'disagreement-recorded': (d) =>
    `${capitalize(partyList(d.between))} disagreed on ${words(d.issue)}: ${d.note}`,
};

function sentenceOf<T extends IssgEventType>(type: T, data: IssgEventData<T>): string {
  return TEMPLATES[type](data);
}

/**
 * True when `type` is an event type of the ISSG catalog.
 *
 * @example
 * ```ts
 * isIssgEventType('party-signed-on'); // true
 * isIssgEventType('offer-made');      // false
 * ```
 */
export function isIssgEventType(type: string): type is IssgEventType {
  return issgEvents.has(type);
}

/**
 * The sentence a person reads for a recorded event: who did what, named as people say them. An event of
 * another catalog reads as its type in words.
 *
 * @example
 * ```ts
 * eventSentence(issgRecord.records[0]); // 'Vienna: the US, Russia, Saudi Arabia and Turkey met (preparatory)'
 * ```
 */
export function eventSentence(record: Pick<AnyRecordedEvent, 'type' | 'data'>): string {
  const { type } = record;
  if (!isIssgEventType(type)) return capitalize(words(type));
  return sentenceOf(type, record.data as IssgEventData<typeof type>);
}

/**
 * True when every record is of an ISSG event type: records read from a log or run by a script that can
 * be given to the ISSG view's functions (`indicatorSeries`, `summaryAt`). Their data was checked against
 * the catalog when they were decoded or decided.
 *
 * @example
 * ```ts
 * if (isIssgRecordList(loaded.records)) chart(indicatorSeries(loaded.records));
 * ```
 */
export function isIssgRecordList(
  records: readonly AnyRecordedEvent[],
): records is readonly RecordedEvent<IssgEvent>[] {
  return records.every((r) => isIssgEventType(r.type));
}
