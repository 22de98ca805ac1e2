import { defineEvents, type EventsOf } from '@parley/core';
import { hostilityEvents } from './hostilities.js';
import { humanitarianEvents } from './humanitarian.js';
import { meetingEvents } from './meetings.js';
import { politicalEvents } from './political.js';

const spec = { ...meetingEvents, ...hostilityEvents, ...humanitarianEvents, ...politicalEvents };

/**
 * The event catalog of the ISSG domain: every event type (past tense) with its schema.
 *
 * @example
 * ```ts
 * issgEvents.types.length; // the number of event types
 * issgEvents.validateData('party-signed-on', { party: 'hnc', late: false });
 * ```
 */
export const issgEvents = defineEvents(spec);

/** The ISSG domain event union. */
export type IssgEvent = EventsOf<typeof spec>;
/** The event type names. */
export type IssgEventType = IssgEvent['type'];
/** The data of one event type. */
export type IssgEventData<T extends IssgEventType> = Extract<IssgEvent, { type: T }>['data'];
