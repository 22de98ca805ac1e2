import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AnyRecordedEvent, type EventStore, memoryStore } from '@parley/core';
import { fileStore } from '@parley/core/node';
import { afterAll, describe, expect, it } from 'vitest';
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

const talksOf = (room: Classroom) => (room.state.game as { talks: { status: string; round: number } }).talks;

/**
 * A Vienna class with a silent student in Iran's seat and agents everywhere else, round after round to an
 * end, on a file store; with `restartInRound`, the server is dropped in the middle of that round (after
 * some agents took their turn, before all did) and a new one — a new game, new agents, nothing in memory —
 * opens on the same file. Returns the log.
 */
async function playVienna(
  file: string,
  restartInRound?: number,
): Promise<{ records: AnyRecordedEvent[]; cut: number }> {
  let store: EventStore;
  let room: Classroom;
  const open = async () => {
    store = await fileStore(file);
    room = await openClassroom({
      game: issgClassGame('vienna-2016-05-17'),
      store,
      random: seededRandom(5),
      now: () => 0,
      agentDelayMs: 15,
      onWarning: () => {},
    });
  };
  await open();
  let cut = -1;
  await room!.submit('ir', { type: 'take-seat' });
  for (let round = 1; round <= 10; round++) {
    if (talksOf(room!).status === 'adopted' || talksOf(room!).status === 'failed') break;
    await room!.submit(INSTRUCTOR, { type: 'start-round', minutes: 20 });
    if (round === restartInRound) {
      const turnsNow = () =>
        room.records.filter(
          (r) =>
            r.type === 'class-agent-turn' &&
            (r.data as { turn: string }).turn.startsWith(`${talksOf(room).round}:`),
        ).length;
      while (turnsNow() < 2) await new Promise((r) => setTimeout(r, 1));
      await room!.close();
      cut = turnsNow();
      await store!.close();
      await open();
    }
    await idle(room!);
    if (talksOf(room!).status !== 'open') break;
    await room!.submit(INSTRUCTOR, { type: 'end-class-round' });
  }
  const records = [...room!.records];
  await room!.close();
  await store!.close();
  return { records, cut };
}

describe("agents' memory is the log", () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-agents-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a server dropped mid-round and restarted on the same log plays on exactly as one that never stopped', async () => {
    const straight = await playVienna(join(dir, 'straight.ndjson'));
    const restarted = await playVienna(join(dir, 'restarted.ndjson'), 2);
    // the restart came in the middle of round 2: some agents had taken their turn, not all eight
    expect(restarted.cut).toBeGreaterThanOrEqual(2);
    expect(restarted.cut).toBeLessThan(9);
    const shape = (r: AnyRecordedEvent) => ({
      seq: r.seq,
      type: r.type,
      at: r.at,
      data: r.data,
      meta: r.meta,
    });
    expect(straight.records.length).toBeGreaterThan(20);
    expect(restarted.records.map(shape)).toEqual(straight.records.map(shape));
    // each agent took each turn once
    const turns = straight.records
      .filter((r) => r.type === 'class-agent-turn')
      .map((r) => `${(r.data as { seat: string }).seat}:${(r.data as { turn: string }).turn}`);
    expect(new Set(turns).size).toBe(turns.length);
  }, 120_000);
});
