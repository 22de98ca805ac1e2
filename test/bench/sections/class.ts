import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { issgClassGame } from '@parley/classroom';
import { openClassroom, serveClassroom, tokenFor } from '@parley/classroom/node';
import type { AnyRecordedEvent } from '@parley/core';
import { fileStore } from '@parley/core/node';
import WebSocket from 'ws';
import type { Figures, Sizes } from '../lib/args.js';
import type { Workload } from '../lib/workload.js';

const CLIENTS = 60;
const MOVES_PER_SECOND = 10;

const quantile = (sorted: readonly number[], q: number): number =>
  sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

/**
 * The live class under load (issue 11): 60 WebSocket clients on loopback, on the Vienna class over the
 * NDJSON file store (the default), making 10 moves a second in all — public messages, so every client
 * receives every move — for 60 s (5 s with `--quick`; `PARLEY_BENCH_CLASS_SECONDS` overrides).
 *
 * - `class.p50Ms`, `class.p99Ms`: from the record being durably appended (the store's listener) to the
 *   last of the 60 clients receiving it.
 * - `class.lost`: records some client did not receive, or received twice or out of order, compared with
 *   the store's stream (goal 0).
 */
export async function run(_w: Workload, z: Sizes): Promise<Figures> {
  const seconds = Number(process.env.PARLEY_BENCH_CLASS_SECONDS ?? (z.quick ? 5 : 60));
  const dir = await mkdtemp(join(tmpdir(), 'parley-bench-class-'));
  const store = await fileStore(join(dir, 'class.ndjson'));
  const game = issgClassGame('vienna-2016-05-17');
  const room = await openClassroom({ game, store, agents: false });
  const server = await serveClassroom(room);
  const appendedAt = new Map<number, number>();
  const unsubscribe = store.subscribe((r) => {
    if (r.stream === game.id) appendedAt.set(r.seq, performance.now());
  });
  const received: { seq: number; id: string }[][] = [];
  const lastArrival = new Map<number, number>();
  const arrivals = new Map<number, number>();
  const sockets: WebSocket[] = [];
  let answered = 0;
  const seatOf = (i: number) => game.seats[i % game.seats.length]!;
  for (let i = 0; i < CLIENTS; i++) {
    const ws = new WebSocket(`${server.url.replace('http', 'ws')}/ws`, {
      headers: { authorization: `Bearer ${tokenFor(room.secrets, seatOf(i))}` },
    });
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    const mine: { seq: number; id: string }[] = [];
    received.push(mine);
    ws.on('message', (data) => {
      const frame = JSON.parse(String(data)) as { type: string; record?: AnyRecordedEvent };
      if (frame.type === 'ack' || frame.type === 'error') answered++;
      if (frame.type !== 'event' || !frame.record) return;
      const now = performance.now();
      mine.push({ seq: frame.record.seq, id: frame.record.id });
      lastArrival.set(frame.record.seq, now);
      arrivals.set(frame.record.seq, (arrivals.get(frame.record.seq) ?? 0) + 1);
    });
    ws.send(JSON.stringify({ type: 'hello', after: 0 }));
    sockets.push(ws);
  }
  const teacher = new WebSocket(`${server.url.replace('http', 'ws')}/ws`, {
    headers: { authorization: `Bearer ${server.instructorToken}` },
  });
  await new Promise<void>((resolve) => teacher.once('open', () => resolve()));
  const acks = new Map<string, (frame: { type: string }) => void>();
  teacher.on('message', (data) => {
    const f = JSON.parse(String(data)) as { type: string; id?: string };
    if (f.id !== undefined) acks.get(f.id)?.(f);
  });
  await new Promise<void>((resolve) => {
    acks.set('start', () => resolve());
    teacher.send(
      JSON.stringify({ type: 'command', id: 'start', command: { type: 'start-round', minutes: 90 } }),
    );
  });

  // moves at a steady 10 a second, each from one of the clients in turn
  const total = Math.round(seconds * MOVES_PER_SECOND);
  const t0 = performance.now();
  for (let k = 0; k < total; k++) {
    const due = t0 + (k * 1000) / MOVES_PER_SECOND;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    sockets[k % CLIENTS]!.send(
      JSON.stringify({
        type: 'command',
        id: `m${k}`,
        command: { type: 'send-message', to: 'all', text: `move ${k}` },
      }),
    );
  }
  // let every move be answered, then arrive everywhere
  const deadline = performance.now() + 10_000;
  while (performance.now() < deadline) {
    const v = await store.version(game.id);
    if (answered >= total && received.every((r) => r.length === v)) break;
    await new Promise((r) => setTimeout(r, 50));
  }

  const stored: AnyRecordedEvent[] = [];
  for await (const r of store.read(game.id)) stored.push(r);
  let lost = 0;
  for (const mine of received) {
    for (let i = 0; i < stored.length; i++) {
      const got = mine[i];
      if (!got || got.seq !== stored[i]!.seq || got.id !== stored[i]!.id) lost++;
    }
    lost += Math.max(0, mine.length - stored.length);
  }
  const latencies: number[] = [];
  for (const r of stored) {
    if (r.type !== 'message-sent') continue;
    const a = appendedAt.get(r.seq);
    const b = lastArrival.get(r.seq);
    if (a !== undefined && b !== undefined && arrivals.get(r.seq) === CLIENTS) latencies.push(b - a);
  }
  latencies.sort((x, y) => x - y);

  unsubscribe();
  for (const ws of sockets) ws.close();
  teacher.close();
  await server.close();
  await room.close();
  await store.close();
  await rm(dir, { recursive: true, force: true });
  return {
    'class.p50Ms': quantile(latencies, 0.5),
    'class.p99Ms': quantile(latencies, 0.99),
    'class.lost': lost,
    'class.moves': latencies.length,
    'class.clients': CLIENTS,
    'class.seconds': seconds,
  };
}
