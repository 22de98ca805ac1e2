import { runScenario } from '@parley/core';
import { describe, expect, it } from 'vitest';
import {
  cameoCode,
  EVENT_CODES,
  ISSG_TRACKS,
  issgEvents,
  issgRecord,
  issgTrackOf,
  toPlover,
} from '../src/index.js';

const PLOVER_CATEGORIES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'AID',
  'RETREAT',
  'REJECT',
  'REQUEST',
  'THREATEN',
  'SANCTION',
  'ASSAULT',
];

describe('PLOVER and CAMEO', () => {
  it('every event type is mapped', () => {
    for (const type of issgEvents.types) {
      expect(EVENT_CODES[type], type).toBeDefined();
      expect(cameoCode(type)).toMatch(/^\d{3,4}$/);
      expect(PLOVER_CATEGORIES).toContain(EVENT_CODES[type].plover.event_type);
    }
    expect(Object.keys(EVENT_CODES).sort()).toEqual([...issgEvents.types].sort());
  });
  it('follows event-codes.md for the key concepts', () => {
    expect(cameoCode('violation-reported')).toBe('196');
    expect(cameoCode('cessation-took-effect')).toBe('0871');
    expect(cameoCode('agreement-reached')).toBe('057');
    expect(cameoCode('detainees-released')).toBe('0841');
    expect(cameoCode('party-excluded')).toBe('166');
    expect(cameoCode('access-granted')).toBe('0863');
    expect(EVENT_CODES['goal-set'].plover.event_type).not.toBe('RETREAT');
  });
  it('toPlover exports the record with actor, recipient, event_type, mode, context, comment', () => {
    const { records } = runScenario(issgRecord);
    const plover = toPlover(records);
    expect(plover).toHaveLength(records.length);
    for (const p of plover) {
      expect(Object.keys(p)).toEqual(
        expect.arrayContaining(['actor', 'recipient', 'event_type', 'mode', 'context', 'comment']),
      );
      expect(Array.isArray(p.actor) && Array.isArray(p.recipient)).toBe(true);
    }
    const strike = plover.find(
      (p) => p.comment.startsWith('violation-reported') && p.actor.includes('coalition'),
    );
    expect(strike).toMatchObject({ event_type: 'ASSAULT', recipient: ['syria-gov'], cameo: '196' });
  });
});

describe('tracks', () => {
  it('puts every event type on one of the four tracks', () => {
    for (const type of issgEvents.types) expect(ISSG_TRACKS.map((t) => t.id)).toContain(issgTrackOf(type));
    expect(issgTrackOf('party-signed-on')).toBe('hostilities');
    expect(issgTrackOf('talks-opened')).toBe('political');
    expect(issgTrackOf('not-an-issg-event')).toBeUndefined();
  });
});
