import type { AnyRecordedEvent, Source } from '@parley/core';
import { type IssgTrack, issgTrackOf } from '../events/tracks.js';
import { partyName } from './names.js';
import { eventSentence } from './sentence.js';
import { sourcesOf } from './sources.js';
import { isTurningPoint } from './turningPoints.js';

/** What a front end shows of one event: the sentence and the details a class asks about. */
export interface EventView {
  readonly seq: number;
  readonly at: string;
  readonly type: string;
  /** The track of an ISSG event; `undefined` for an event of another catalog. */
  readonly track: IssgTrack | undefined;
  /** Who did what, in words: "A violation by the government was reported by the HNC (disputed)". */
  readonly sentence: string;
  /** Who reported a violation, by name. */
  readonly reporter?: string;
  /** How sure the blame of a violation is: verified, contested or alleged. */
  readonly attribution?: 'verified' | 'contested' | 'alleged';
  /** The severity of a violation, 1 to 5. */
  readonly severity?: number;
  /** The record's note where the sources disagree or add context (`meta.note`). */
  readonly note?: string;
  /** How sure the sources are of the fact (`meta.flag`: verified, partial, unverified). */
  readonly flag?: string;
  readonly turningPoint: boolean;
  readonly sources: readonly Source[];
}

function violationDetails(
  record: AnyRecordedEvent,
): Pick<EventView, 'reporter' | 'attribution' | 'severity'> {
  if (record.type !== 'violation-reported' || typeof record.data !== 'object' || record.data === null)
    return {};
  const d = record.data as { reporter?: unknown; attribution?: unknown; severity?: unknown };
  const attribution =
    d.attribution === 'verified' || d.attribution === 'contested' || d.attribution === 'alleged'
      ? d.attribution
      : undefined;
  return {
    ...(typeof d.reporter === 'string' ? { reporter: partyName(d.reporter) } : {}),
    ...(attribution !== undefined ? { attribution } : {}),
    ...(typeof d.severity === 'number' ? { severity: d.severity } : {}),
  };
}

/**
 * One event as every front end shows it: its sentence, track, reporter, attribution, severity, note, flag
 * and sources.
 *
 * @example
 * ```ts
 * const v = eventView(record);
 * `${v.at} ${v.sentence}`; // '2016-04-22 A violation by the government was reported by the HNC (disputed)'
 * ```
 */
export function eventView(record: AnyRecordedEvent): EventView {
  const note = record.meta?.note;
  const flag = record.meta?.flag;
  return {
    seq: record.seq,
    at: record.at,
    type: record.type,
    track: issgTrackOf(record.type),
    sentence: eventSentence(record),
    ...violationDetails(record),
    ...(typeof note === 'string' ? { note } : {}),
    ...(typeof flag === 'string' ? { flag } : {}),
    turningPoint: isTurningPoint(record),
    sources: sourcesOf(record),
  };
}
