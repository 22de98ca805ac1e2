import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnyRecordedEvent, EventStore } from '@parley/core';
import { pgStore } from '@parley/core/node';
import { afterAll, describe, expect, it } from 'vitest';
import { freshSchema, requireServer, serverUrl, sharedPglite } from '../../core/test/fixtures/pg.js';
import { openClassroom, serveClassroom, tokenFor } from '../src/node.js';
import { join as joinClass, TestClient } from './fixtures/client.js';
import { seededRandom, testGame } from './fixtures/game.js';
import { type Spawned, spawnClass, TOY } from './fixtures/spawn.js';

const pglite = sharedPglite();

async function readAll(store: EventStore, stream: string): Promise<AnyRecordedEvent[]> {
  const out: AnyRecordedEvent[] = [];
  for await (const r of store.read(stream)) out.push(r);
  return out;
}

describe('a class on PostgreSQL (PGlite, in-process)', () => {
  it('two servers on one database see each other’s moves, in one order', async () => {
    const driver = await pglite();
    const schema = freshSchema('class');
    const storeA = await pgStore(driver, { schema });
    const storeB = await pgStore(driver, { schema });
    const game = testGame({ agents: false });
    const roomA = await openClassroom({ game, store: storeA, random: seededRandom(1) });
    const roomB = await openClassroom({ game, store: storeB, random: seededRandom(2) });
    expect(roomB.secrets).toEqual(roomA.secrets); // the second server uses the class the first opened
    const a = await serveClassroom(roomA);
    const b = await serveClassroom(roomB);
    try {
      const teacher = await TestClient.bearer(a.url, a.instructorToken);
      const us = await TestClient.bearer(a.url, tokenFor(roomA.secrets, 'us'));
      const ru = await TestClient.bearer(b.url, tokenFor(roomB.secrets, 'ru'));
      for (const c of [teacher, us, ru]) c.hello(0);
      await teacher.command('r', { type: 'start-round' });
      await ru.until((fs) => fs.some((f) => f.type === 'event'));
      for (let i = 0; i < 5; i++) {
        expect((await us.command(`u${i}`, { type: 'propose', value: i })).type).toBe('ack');
        expect((await ru.command(`r${i}`, { type: 'send-message', to: 'all', text: `r${i}` })).type).toBe(
          'ack',
        );
      }
      const stored = await readAll(storeA, 'test-class');
      expect(stored).toHaveLength(11);
      await us.until((fs) => fs.filter((f) => f.type === 'event').length === 11);
      await ru.until((fs) => fs.filter((f) => f.type === 'event').length === 11);
      expect(us.events()).toEqual(stored);
      expect(ru.events()).toEqual(stored);
      for (const c of [teacher, us, ru]) await c.close();
    } finally {
      await a.close();
      await b.close();
      await roomA.close();
      await roomB.close();
      await storeA.close();
      await storeB.close();
    }
  });
});

describe('a rewind on one server, seen on another (PGlite, in-process)', () => {
  it('the instructor rewinds on server A; server B and its clients follow the new branch', async () => {
    const driver = await pglite();
    const schema = freshSchema('rewind');
    const storeA = await pgStore(driver, { schema });
    const storeB = await pgStore(driver, { schema });
    const game = testGame({ agents: false });
    const roomA = await openClassroom({ game, store: storeA, random: seededRandom(1) });
    const roomB = await openClassroom({ game, store: storeB, random: seededRandom(2) });
    const a = await serveClassroom(roomA);
    const b = await serveClassroom(roomB);
    try {
      const teacher = await TestClient.bearer(a.url, a.instructorToken);
      const us = await TestClient.bearer(a.url, tokenFor(roomA.secrets, 'us'));
      const ru = await TestClient.bearer(b.url, tokenFor(roomB.secrets, 'ru'));
      for (const c of [teacher, us, ru]) c.hello(0);
      await teacher.command('r', { type: 'start-round' });
      const first = await us.command('u1', { type: 'propose', value: 1 });
      await ru.command('r1', { type: 'propose', value: 2 });
      expect((await teacher.command('w', { type: 'rewind', seq: first.seq })).type).toBe('ack');
      // B learns of the branch from the database and sends its clients the new branch from its start
      await ru.until((fs) => fs.some((f) => f.type === 'event' && f.record.type === 'class-branch-opened'));
      expect(roomB.stream).toBe('test-class~2');
      expect(roomB.records.map((r) => r.type)).toEqual(roomA.records.map((r) => r.type));
      const moved = await ru.command('r2', { type: 'propose', value: 3 });
      expect(moved.type).toBe('ack');
      await us.until((fs) =>
        fs.some((f) => f.type === 'event' && f.record.stream === 'test-class~2' && f.record.data.value === 3),
      );
      const branch = await readAll(storeA, 'test-class~2');
      expect(branch.map((r) => r.type)).toEqual([
        'class-round-started',
        'proposed',
        'class-branch-opened',
        'proposed',
      ]);
      expect(branch.map((r) => (r.data as { value?: number }).value)).toEqual([undefined, 1, undefined, 3]);
      // the old branch is kept, untouched
      expect((await readAll(storeA, 'test-class')).map((r) => (r.data as { value?: number }).value)).toEqual([
        undefined,
        1,
        2,
      ]);
      for (const c of [teacher, us, ru]) await c.close();
    } finally {
      await a.close();
      await b.close();
      await roomA.close();
      await roomB.close();
      await storeA.close();
      await storeB.close();
    }
  });
});

describe('parley class on a PostgreSQL server', async () => {
  requireServer('parley class on PostgreSQL');
  const url = await serverUrl();
  const dir = mkdtempSync(join(tmpdir(), 'parley-class-pg-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.runIf(url !== undefined)(
    'two server processes on one database, one killed with SIGKILL: nothing acknowledged is lost',
    async () => {
      // a class of its own (a stream name no other run uses) in the default schema, which other tests may
      // share: nothing is dropped
      const id = `toy-${process.pid}-${Date.now()}`;
      const file = join(dir, 'toy.json');
      const toy = JSON.parse(readFileSync(TOY, 'utf8'));
      toy.agenda.id = id;
      for (const card of toy.roleCards) card.agenda = id;
      writeFileSync(file, JSON.stringify(toy));
      let a: Spawned = await spawnClass([file, '--store', url!]);
      const b: Spawned = await spawnClass([file, '--store', url!, '--no-agents']);
      try {
        expect(b.seats).toEqual(a.seats);
        const usToken = (await joinClass(a.url, a.seats.us)).body.token;
        const ruToken = (await joinClass(b.url, b.seats.ru)).body.token;
        const teacher = await TestClient.bearer(a.url, a.token);
        teacher.hello(0);
        await teacher.command('r', { type: 'start-round' });
        const us = await TestClient.bearer(a.url, usToken);
        const ru = await TestClient.bearer(b.url, ruToken);
        us.hello(0);
        ru.hello(0);
        const acked: { text: string; seq: number }[] = [];
        let n = 0;
        let stop = false;
        const talk = async (client: TestClient) => {
          while (!stop) {
            const text = `m${n++}`;
            client.send({ type: 'command', id: text, command: { type: 'send-message', to: 'all', text } });
            try {
              await client.until((fs) => fs.some((f) => f.id === text) || client.closed, 3000);
            } catch {
              return;
            }
            const ack = client.frames.find((f) => f.id === text);
            if (ack?.type === 'ack') acked.push({ text, seq: ack.seq });
            else if (!ack) return;
          }
        };
        const talking = [talk(us), talk(ru)];
        await ru.until((fs) => fs.filter((f) => f.type === 'event').length >= 30, 30_000);
        a.proc.kill('SIGKILL');
        await a.exited;
        await new Promise((r) => setTimeout(r, 500));
        stop = true;
        await Promise.all(talking);

        const store = await pgStore(url!);
        const stored = await readAll(store, id);
        await store.close();
        for (const x of acked) expect(stored[x.seq - 1]?.data).toMatchObject({ text: x.text });
        // ru, on the server that lived, saw every move of both
        await ru.until((fs) => fs.filter((f) => f.type === 'event').length === stored.length, 10_000);
        expect(ru.events()).toEqual(stored);

        a = await spawnClass([file, '--store', url!]);
        const us2 = await TestClient.bearer(a.url, usToken);
        us2.hello(us.lastSeq());
        expect((await us2.command('back', { type: 'send-message', to: 'all', text: 'back' })).type).toBe(
          'ack',
        );
        await ru.until((fs) => fs.some((f) => f.type === 'event' && f.record.data.text === 'back'));
        const all = [...us.events(), ...us2.events()];
        expect(all.map((r) => r.seq)).toEqual(all.map((_, i) => i + 1));
        expect(all).toEqual(ru.events());
        for (const c of [teacher, us, ru, us2]) await c.close();
      } finally {
        a.proc.kill('SIGTERM');
        b.proc.kill('SIGTERM');
        await Promise.all([a.exited, b.exited]);
      }
    },
    180_000,
  );

  it.runIf(url !== undefined)(
    'the instructor rewinds on one server process; the clients of the other see the branch and play on in it',
    async () => {
      const id = `toy-rewind-${process.pid}-${Date.now()}`;
      const file = join(dir, 'toy-rewind.json');
      const toy = JSON.parse(readFileSync(TOY, 'utf8'));
      toy.agenda.id = id;
      for (const card of toy.roleCards) card.agenda = id;
      writeFileSync(file, JSON.stringify(toy));
      const a: Spawned = await spawnClass([file, '--store', url!, '--no-agents']);
      const b: Spawned = await spawnClass([file, '--store', url!, '--no-agents']);
      try {
        const teacher = await TestClient.bearer(a.url, a.token);
        const us = await TestClient.bearer(a.url, (await joinClass(a.url, a.seats.us)).body.token);
        const ru = await TestClient.bearer(b.url, (await joinClass(b.url, b.seats.ru)).body.token);
        for (const c of [teacher, us, ru]) c.hello(0);
        expect((await teacher.command('r', { type: 'start-round' })).type).toBe('ack');
        const say = (c: TestClient, text: string) =>
          c.command(text, { type: 'send-message', to: 'all', text });
        const kept = await say(us, 'kept');
        expect(kept.type).toBe('ack');
        expect((await say(ru, 'dropped')).type).toBe('ack');
        await ru.until(
          (fs) => fs.some((f) => f.type === 'event' && f.record.data.text === 'dropped'),
          10_000,
        );

        expect((await teacher.command('w', { type: 'rewind', seq: kept.seq })).type).toBe('ack');
        // server B, another process, learns of the branch through the database and sends it to ru
        await ru.until(
          (fs) => fs.some((f) => f.type === 'event' && f.record.type === 'class-branch-opened'),
          10_000,
        );
        const onBranch = () => ru.events().filter((r) => r.stream === `${id}~2`);
        expect(onBranch().map((r) => r.seq)).toEqual(onBranch().map((_, i) => i + 1));
        expect(onBranch().some((r) => r.data.text === 'dropped')).toBe(false);
        expect(onBranch().some((r) => r.data.text === 'kept')).toBe(true);
        // and ru plays on in the branch, through B; A's clients see it
        const after = await say(ru, 'after the rewind');
        expect(after.type).toBe('ack');
        await us.until(
          (fs) =>
            fs.some(
              (f) =>
                f.type === 'event' &&
                f.record.stream === `${id}~2` &&
                f.record.data.text === 'after the rewind',
            ),
          10_000,
        );
        const store = await pgStore(url!);
        const branch = await readAll(store, `${id}~2`);
        const main = await readAll(store, id);
        await store.close();
        expect(branch[branch.length - 1]?.data).toMatchObject({ text: 'after the rewind' });
        expect(branch.map((r) => r.type)).toContain('class-branch-opened');
        expect(main.some((r) => (r.data as { text?: string }).text === 'dropped')).toBe(true);
        await ru.until(
          (fs) =>
            fs.filter((f) => f.type === 'event' && f.record.stream === `${id}~2`).length === branch.length,
          10_000,
        );
        expect(onBranch()).toEqual(branch);
        const status = await (
          await fetch(`${b.url}/api/status`, { headers: { authorization: `Bearer ${b.token}` } })
        ).json();
        expect(status.stream).toBe(`${id}~2`);
        expect(status.branches.map((x: { stream: string }) => x.stream)).toEqual([id, `${id}~2`]);
        for (const c of [teacher, us, ru]) await c.close();
      } finally {
        a.proc.kill('SIGTERM');
        b.proc.kill('SIGTERM');
        await Promise.all([a.exited, b.exited]);
      }
    },
    180_000,
  );
});
