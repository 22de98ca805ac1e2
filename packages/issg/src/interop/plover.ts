import type { RecordedEvent } from '@parley/core';
import type { IssgEvent } from '../events/catalog.js';
import { EVENT_CODES } from './codes.js';

/** One event in PLOVER JSON (event-codes.md): actor and recipient lists, category, mode, context, comment. */
export interface PloverEvent {
  readonly id: string;
  readonly date: string;
  readonly actor: string[];
  readonly recipient: string[];
  readonly event_type: string;
  readonly mode: string;
  readonly context: string;
  readonly comment: string;
  readonly cameo: string;
  readonly source?: string;
}

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : []);

function actors(e: IssgEvent): { actor: string[]; recipient: string[] } {
  const d = e.data as Record<string, unknown>;
  switch (e.type) {
    case 'violation-reported':
      return { actor: [e.data.perpetrator], recipient: e.data.target ? [e.data.target] : [e.data.location] };
    case 'channel-suspended':
      return { actor: [e.data.by], recipient: [e.data.with] };
    case 'meeting-convened':
      return { actor: [...e.data.attendees], recipient: [] };
    case 'agreement-reached':
      return { actor: [...e.data.signatories], recipient: [] };
    case 'statement-adopted':
      return { actor: [...e.data.supporters], recipient: [] };
    case 'disagreement-recorded':
      return { actor: e.data.between.slice(0, 1), recipient: e.data.between.slice(1) };
    default: {
      const actor = [
        ...list(d.by),
        ...list(d.party),
        ...list(d.members),
        ...list(d.coChairs),
        ...list(d.parties),
      ];
      const recipient = [...list(d.location), ...list(d.group), ...list(d.area)];
      return { actor, recipient };
    }
  }
}

/**
 * Export recorded ISSG events as PLOVER JSON (actor, recipient, event_type, mode, context, comment), with
 * the CAMEO code and the source URL or title alongside.
 *
 * @example
 * ```ts
 * const { records } = runScenario(issgRecord);
 * toPlover(records)[0]; // { actor: ['us', 'ru', 'sa', 'tr'], event_type: 'CONSULT', mode: 'multilateral', … }
 * ```
 */
export function toPlover(records: readonly RecordedEvent<IssgEvent>[]): PloverEvent[] {
  return records.map((r) => {
    const code = EVENT_CODES[r.type];
    const { actor, recipient } = actors(r);
    const note = typeof r.meta?.note === 'string' ? ` — ${r.meta.note}` : '';
    const src = r.meta?.source;
    return {
      id: r.id,
      date: r.at,
      actor,
      recipient,
      event_type: code.plover.event_type,
      mode: code.plover.mode,
      context: code.plover.context,
      comment: `${r.type}${note}`,
      cameo: code.cameo,
      ...(src ? { source: src.url ?? src.title } : {}),
    };
  });
}
