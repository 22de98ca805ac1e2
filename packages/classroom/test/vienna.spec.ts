import { memoryStore } from '@parley/core';
import { realOutcome } from '@parley/issg';
import { describe, expect, it } from 'vitest';
import { issgClassGame, openClassroom, serveClassroom } from '../src/index.js';
import { join, TestClient } from './fixtures/client.js';
import { seededRandom } from './fixtures/game.js';

describe('the Vienna class (vienna-2016-05-17)', () => {
  it('opens with the first round, adopts a text under consensus, and debriefs it beside the real one', async () => {
    const store = memoryStore();
    const game = issgClassGame('vienna-2016-05-17');
    const room = await openClassroom({ game, store, random: seededRandom(3), agents: false });
    const server = await serveClassroom(room);
    const auth = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });
    try {
      expect(game.seats).toEqual(['us', 'ru', 'ir', 'sa', 'tr', 'fr', 'gb', 'de', 'un']);
      const teacher = await TestClient.bearer(server.url, server.instructorToken);
      teacher.hello(0);
      const tokens: Record<string, string> = {};
      const clients: Record<string, TestClient> = {};
      for (const seat of game.seats) {
        tokens[seat] = (await join(server.url, server.codes[seat])).body.token;
        clients[seat] = await TestClient.bearer(server.url, tokens[seat]!);
        clients[seat]!.hello(0);
      }
      // a delegation reads its own role card only
      const ir = await (await fetch(`${server.url}/api/me`, auth(tokens.ir!))).json();
      expect(ir.brief.card.party).toBe('ir');
      expect(JSON.stringify(ir)).not.toContain('"party":"us"');
      expect((await fetch(`${server.url}/api/debrief`, auth(tokens.ir!))).status).toBe(403);

      await teacher.command('start', { type: 'start-round', minutes: 25 });
      await teacher.until((fs) =>
        fs.some((f) => f.type === 'event' && f.record.type === 'negotiation-opened'),
      );
      expect(teacher.events().map((r) => r.type)).toEqual([
        ...game.seats.map(() => 'class-seat-taken'),
        'class-round-started',
        'negotiation-opened',
      ]);
      const negotiationOpened = teacher.events().find((r) => r.type === 'negotiation-opened');
      expect(negotiationOpened.data.by).toBe('timekeeper');
      expect(negotiationOpened.meta.actor).toBe('instructor');

      const real = realOutcome('vienna-2016-05-17');
      const refused = await clients.ir!.command('t', { type: 'table-draft', text: real });
      expect(refused).toMatchObject({ type: 'error', code: 'refused' });
      expect((await clients.us!.command('t', { type: 'table-draft', text: real })).type).toBe('ack');
      await clients.ru!.command('m', { type: 'send-message', to: 'us', text: 'between co-chairs' });
      const adopt = await clients.us!.command('a', { type: 'adopt-text' });
      expect(adopt.type).toBe('ack');
      await teacher.until((fs) => fs.some((f) => f.type === 'event' && f.record.type === 'text-adopted'));
      await clients.ir!.until((fs) => fs.some((f) => f.type === 'event' && f.record.type === 'text-adopted'));
      expect(clients.ir!.frames.map((f) => JSON.stringify(f)).join('')).not.toContain('between co-chairs');

      const debrief = await (await fetch(`${server.url}/api/debrief`, auth(tokens.ir!))).json();
      expect(debrief.over).toBe(true);
      expect(debrief.debrief.classText).toEqual(real);
      expect(debrief.debrief.realText).toEqual(real);
      expect(debrief.debrief.nashText).not.toBeNull();
      expect(debrief.debrief.scores.map((s: { party: string }) => s.party)).toEqual(game.seats);
      for (const s of debrief.debrief.scores) expect(s.score).toBeCloseTo(s.real, 12);
      const status = await (await fetch(`${server.url}/api/status`, auth(server.instructorToken))).json();
      expect(status.omniscient).toHaveLength(9);
      expect(status.omniscient[0]).toMatchObject({ party: 'us' });
      for (const c of [teacher, ...Object.values(clients)]) await c.close();
    } finally {
      await server.close();
      await room.close();
    }
  });
});
