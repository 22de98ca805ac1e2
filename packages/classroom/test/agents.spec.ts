import { memoryStore } from '@parley/core';
import { describe, expect, it } from 'vitest';
import { issgClassGame } from '../src/index.js';
import { type Classroom, INSTRUCTOR, openClassroom } from '../src/node.js';
import { seededRandom } from './fixtures/game.js';

/** Resolves once no record was appended for `quietMs`. */
async function idle(room: Classroom, quietMs = 150): Promise<void> {
  let last = room.records.length;
  for (;;) {
    await new Promise((r) => setTimeout(r, quietMs));
    if (room.records.length === last) return;
    last = room.records.length;
  }
}

describe('agents in the empty seats', () => {
  it('play the Vienna table by the negotiation strategies, once per round and phase, to an end', async () => {
    const warnings: string[] = [];
    const room = await openClassroom({
      game: issgClassGame('vienna-2016-05-17'),
      store: memoryStore(),
      random: seededRandom(5),
      agentDelayMs: 1,
      onWarning: (m) => warnings.push(m),
    });
    try {
      // a student holds Iran's seat and stays silent
      await room.submit('ir', { type: 'take-seat' });
      for (let round = 1; round <= 10; round++) {
        const over = (room.state.game as { talks: { status: string } }).talks;
        if (over.status === 'adopted' || over.status === 'failed') break;
        await room.submit(INSTRUCTOR, { type: 'start-round', minutes: 20 });
        await idle(room);
        const now = (room.state.game as { talks: { status: string } }).talks;
        if (now.status !== 'open') break;
        await room.submit(INSTRUCTOR, { type: 'end-class-round' });
      }
      const game = (room.state.game as { talks: { status: string } }).talks;
      expect(['adopted', 'failed']).toContain(game.status);
      const byAgents = room.records.filter((r) => String(r.meta?.actor).startsWith('agent:'));
      expect(byAgents.length).toBeGreaterThan(0);
      expect(byAgents.some((r) => r.type === 'draft-tabled' && r.meta?.actor === 'agent:us')).toBe(true);
      // Iran's seat is a student's: no agent acts for it
      expect(room.records.some((r) => r.meta?.actor === 'agent:ir')).toBe(false);
      // every agent move is the seat's own
      for (const r of byAgents) {
        const by = (r.data as { by?: string }).by;
        if (by !== undefined) expect(`agent:${by}`).toBe(r.meta?.actor);
      }
    } finally {
      await room.close();
    }
  });
});
