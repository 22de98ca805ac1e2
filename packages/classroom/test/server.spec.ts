import { type EventStore, memoryStore } from '@parley/core';
import { afterEach, describe, expect, it } from 'vitest';
import { type ClassServer, openClassroom, serveClassroom, tokenFor } from '../src/index.js';
import { type Frame, join, TestClient } from './fixtures/client.js';
import { seededRandom, testGame } from './fixtures/game.js';

const WALL = Date.UTC(2026, 11, 2, 10, 0, 0);

interface Setup {
  server: ClassServer;
  store: EventStore;
  close(): Promise<void>;
  clients: TestClient[];
  connect(seat: string): Promise<TestClient>;
}

let current: Setup | undefined;
afterEach(async () => {
  await current?.close();
  current = undefined;
});

async function setup(
  options: { agents?: boolean; store?: EventStore; limits?: { failures?: number } } = {},
): Promise<Setup> {
  const store = options.store ?? memoryStore();
  const room = await openClassroom({
    game: testGame({ agents: options.agents ?? false }),
    store,
    random: seededRandom(7),
    now: () => WALL,
    agentDelayMs: 5,
  });
  const server = await serveClassroom(room, {
    port: 0,
    ...(options.limits ? { limits: options.limits } : {}),
  });
  const clients: TestClient[] = [];
  const s: Setup = {
    server,
    store,
    clients,
    async connect(seat) {
      const c = await TestClient.bearer(server.url, tokenFor(room.secrets, seat));
      clients.push(c);
      return c;
    },
    async close() {
      for (const c of clients) await c.close();
      await server.close();
      await room.close();
    },
  };
  current = s;
  return s;
}

const errorOf = (f: Frame) => (f.type === 'error' ? f.code : `ack ${f.seq}`);

describe('POST /api/join', () => {
  it('trades a right code for the seat, a token and an HttpOnly SameSite cookie; a wrong code is 401', async () => {
    const { server } = await setup();
    const ok = await join(server.url, server.codes.ru);
    expect(ok.status).toBe(200);
    expect(ok.body.seat).toBe('ru');
    expect(ok.cookie).toMatch(/^parley_class=[\w-]+; HttpOnly; SameSite=Strict; Path=\/$/);
    expect(ok.cookie).toContain(ok.body.token);
    // codes are forgiving about case and the dash
    const loose = await join(server.url, server.codes.us!.toLowerCase().replace('-', ''));
    expect(loose.body.seat).toBe('us');
    const instructor = await join(server.url, server.instructorToken);
    expect(instructor.body.seat).toBe('instructor');
    const wrong = await join(server.url, 'AAAA-AAAA');
    expect(wrong.status).toBe(401);
    expect((await join(server.url, 42)).status).toBe(401);
  });

  it('answers 429 after repeated wrong codes, even to a right one', async () => {
    const { server } = await setup();
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await join(server.url, `GUES-S00${i}`)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    const right = await join(server.url, server.codes.us);
    expect(right.status).toBe(429);
  });

  it('gives a seat its own briefing and the instructor every seat’s', async () => {
    const { server } = await setup();
    const us = await join(server.url, server.codes.us);
    const me = await (
      await fetch(`${server.url}/api/me`, { headers: { cookie: `parley_class=${us.body.token}` } })
    ).json();
    expect(me.seat).toBe('us');
    expect(JSON.stringify(me)).toContain('secret card of us');
    expect(JSON.stringify(me)).not.toContain('secret card of ru');
    const all = await (
      await fetch(`${server.url}/api/me`, { headers: { authorization: `Bearer ${server.instructorToken}` } })
    ).json();
    expect(Object.keys(all.brief)).toEqual(['us', 'ru', 'ir']);
    expect((await fetch(`${server.url}/api/me`)).status).toBe(401);
    const status = await fetch(`${server.url}/api/status`, {
      headers: { authorization: `Bearer ${us.body.token}` },
    });
    expect(status.status).toBe(403);
  });
});

describe('GET /ws', () => {
  it('takes a cookie only with this server’s Origin, and a Bearer token without one', async () => {
    const { server } = await setup();
    const { body } = await join(server.url, server.codes.us);
    const cookie = `parley_class=${body.token}`;
    const host = new URL(server.url).host;
    const ok = await TestClient.open(server.url, { cookie, origin: `http://${host}` });
    await ok.close();
    await expect(TestClient.open(server.url, { cookie })).rejects.toThrow('HTTP 403');
    await expect(TestClient.open(server.url, { cookie, origin: 'http://evil.example' })).rejects.toThrow(
      'HTTP 403',
    );
    await expect(
      TestClient.open(server.url, { cookie: 'parley_class=forged', origin: `http://${host}` }),
    ).rejects.toThrow('HTTP 401');
    await expect(TestClient.open(server.url, {})).rejects.toThrow('HTTP 403');
    await expect(TestClient.bearer(server.url, 'forged')).rejects.toThrow('HTTP 401');
    const bot = await TestClient.bearer(server.url, body.token);
    await bot.close();
  });
});

describe('frames', () => {
  it('answers every bad frame with an error frame, writes nothing, and keeps serving everyone', async () => {
    const s = await setup();
    const teacher = await s.connect('instructor');
    const us = await s.connect('us');
    const ru = await s.connect('ru');
    for (const c of [teacher, us, ru]) c.hello(0);
    expect(errorOf(await teacher.command('r1', { type: 'start-round', minutes: 20 }))).toBe('ack 1');
    await us.until((fs) => fs.some((f) => f.type === 'event'));
    const before = await s.store.version('test-class');

    us.send('not json {');
    us.send('[1,2]');
    us.send({ type: 'shout' });
    us.send({ type: 'hello', after: -1 });
    us.send({ type: 'command', id: {}, command: { type: 'propose' } });
    us.send({
      type: 'command',
      id: 'big',
      command: { type: 'send-message', to: 'all', text: 'x'.repeat(20_000) },
    });
    await us.until((fs) => fs.filter((f) => f.type === 'error').length >= 6);
    expect(us.frames.filter((f) => f.type === 'error').map((f) => f.code)).toEqual([
      'bad-json',
      'bad-frame',
      'bad-frame',
      'bad-frame',
      'bad-frame',
      'too-large',
    ]);
    expect(errorOf(await us.command('c1', { type: 'launch-missiles' }))).toBe('unknown-command');
    expect(errorOf(await us.command('c2', { type: 'propose', by: 'ru', value: 1 }))).toBe('foreign-seat');
    expect(errorOf(await us.command('c3', { type: 'pause-round' }))).toBe('unknown-command');
    expect(errorOf(await us.command('c4', { type: 'news', text: 'fake news' }))).toBe('unknown-command');
    expect(errorOf(await us.command('c5', { type: 'rewind', seq: 0 }))).toBe('unknown-command');
    const refused = await us.command('c6', { type: 'accept' });
    expect(refused).toMatchObject({ type: 'error', code: 'refused', rule: 'nothing-to-accept' });
    expect(refused.message).toContain('nothing is proposed yet');
    expect(errorOf(await us.command('c7', { type: 'propose', value: 'high' }))).toBe('refused');
    expect(errorOf(await us.command('c8', { type: 'send-message', to: 'all' }))).toBe('invalid');
    expect(await s.store.version('test-class')).toBe(before);

    // the same socket and the others go on
    expect(errorOf(await us.command('ok', { type: 'propose', value: 3 }))).toBe(`ack ${before + 1}`);
    await ru.until((fs) => fs.some((f) => f.type === 'event' && f.record.type === 'proposed'));
    expect(errorOf(await ru.command('ok2', { type: 'accept' }))).toBe(`ack ${before + 2}`);
  });

  it('sets by and meta.actor from the seat, wall time only in meta, and sends the events before the ack', async () => {
    const s = await setup();
    const teacher = await s.connect('instructor');
    const us = await s.connect('us');
    teacher.hello(0);
    us.hello(0);
    await teacher.command('r', { type: 'start-round' });
    const ack = await us.command('p', { type: 'propose', value: 5, meta: { actor: 'ru' } });
    const event = us.events().find((r) => r.type === 'proposed');
    expect(
      us.frames.indexOf(us.frames.find((f) => f.type === 'event' && f.record.type === 'proposed')!),
    ).toBeLessThan(us.frames.indexOf(ack));
    expect(event.data).toEqual({ by: 'us', value: 5 });
    expect(event.meta).toEqual({ actor: 'us', wall: new Date(WALL).toISOString() });
    expect(event.at).toBe('2016-05-17');
    expect(ack.seq).toBe(event.seq);
  });

  it('refuses moves until a round runs, and while it is paused', async () => {
    const s = await setup();
    const teacher = await s.connect('instructor');
    const us = await s.connect('us');
    expect((await us.command('a', { type: 'propose', value: 1 })).rule).toBe('round-not-running');
    await teacher.command('r', { type: 'start-round' });
    await teacher.command('p', { type: 'pause-round' });
    expect((await us.command('b', { type: 'propose', value: 1 })).rule).toBe('round-not-running');
    expect(errorOf(await teacher.command('n', { type: 'news', text: 'a convoy is hit' }))).toMatch(/^ack/);
    await teacher.command('q', { type: 'resume-round' });
    expect(errorOf(await us.command('c', { type: 'propose', value: 1 }))).toMatch(/^ack/);
  });
});

describe('visibility', () => {
  it('never sends a delegation another’s private message; the instructor sees everything', async () => {
    const s = await setup();
    const teacher = await s.connect('instructor');
    const [us, ru, ir] = [await s.connect('us'), await s.connect('ru'), await s.connect('ir')];
    for (const c of [teacher, us, ru, ir]) c.hello(0);
    await teacher.command('r', { type: 'start-round' });
    await us.command('m1', { type: 'send-message', to: 'ru', text: 'PRIVATE-us-to-ru' });
    await ir.command('m2', { type: 'send-message', to: 'all', text: 'public from ir' });
    await ru.command('m3', { type: 'send-message', to: 'us', text: 'PRIVATE-ru-to-us' });
    for (const c of [teacher, us, ru, ir])
      await c.until((fs) => fs.some((f) => f.type === 'event' && f.record.data.text === 'public from ir'));
    await teacher.until((fs) => fs.filter((f) => f.type === 'event').length === 4);
    await us.until((fs) => fs.filter((f) => f.type === 'event').length === 4);
    // every frame ir received, as text
    const irText = ir.frames.map((f) => JSON.stringify(f)).join('\n');
    expect(irText).not.toContain('PRIVATE');
    expect(irText).not.toContain('secret card');
    expect(ir.events().map((r) => r.type)).toEqual(['class-round-started', 'message-sent']);
    expect(ru.events().map((r) => r.data.text ?? r.type)).toEqual([
      'class-round-started',
      'PRIVATE-us-to-ru',
      'public from ir',
      'PRIVATE-ru-to-us',
    ]);
    expect(teacher.events()).toHaveLength(4);
  });
});

describe('reconnecting', () => {
  it('gets what was missed after `after`, without duplicates', async () => {
    const s = await setup();
    const teacher = await s.connect('instructor');
    let us = await s.connect('us');
    teacher.hello(0);
    us.hello(0);
    await teacher.command('r', { type: 'start-round' });
    await us.command('1', { type: 'propose', value: 1 });
    await us.command('2', { type: 'propose', value: 2 });
    const seen = us.events();
    await us.close();
    await teacher.command('n1', { type: 'news', text: 'one' });
    await teacher.command('n2', { type: 'news', text: 'two' });
    us = await s.connect('us');
    us.hello(seen[seen.length - 1].seq);
    await us.until((fs) => fs.filter((f) => f.type === 'event').length === 2);
    await teacher.command('n3', { type: 'news', text: 'three' });
    await us.until((fs) => fs.filter((f) => f.type === 'event').length === 3);
    const all = [...seen, ...us.events()];
    expect(all.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(all.map((r) => r.type)).toEqual([
      'class-round-started',
      'proposed',
      'proposed',
      'news',
      'news',
      'news',
    ]);
  });
});

describe('agents and seats', () => {
  it('plays empty seats; a student takes a seat from its agent and hands it back', async () => {
    const s = await setup({ agents: true });
    const teacher = await s.connect('instructor');
    teacher.hello(0);
    const joined = await join(s.server.url, s.server.codes.us); // us is now a student's
    expect(joined.status).toBe(200);
    const us = await TestClient.bearer(s.server.url, joined.body.token);
    s.clients.push(us);
    us.hello(0);
    await teacher.command('r', { type: 'start-round' });
    await us.command('p', { type: 'propose', value: 7 });
    // ru and ir are agents: they accept; us does not (a student holds it)
    await teacher.until(
      (fs) => fs.filter((f) => f.type === 'event' && f.record.type === 'accepted').length === 2,
    );
    const accepted = () => teacher.events().filter((r) => r.type === 'accepted');
    expect(
      accepted()
        .map((r) => r.data.by)
        .sort(),
    ).toEqual(['ir', 'ru']);
    expect(accepted().every((r) => r.meta.actor === `agent:${r.data.by}`)).toBe(true);
    const status = await (
      await fetch(`${s.server.url}/api/status`, {
        headers: { authorization: `Bearer ${s.server.instructorToken}` },
      })
    ).json();
    expect(status.seats).toEqual([
      { seat: 'us', holder: 'human', connected: 1 },
      { seat: 'ru', holder: 'agent', connected: 0 },
      { seat: 'ir', holder: 'agent', connected: 0 },
    ]);
    await us.command('h', { type: 'hand-back' });
    await teacher.until((fs) =>
      fs.some((f) => f.type === 'event' && f.record.type === 'accepted' && f.record.data.by === 'us'),
    );
    expect(teacher.events().find((r) => r.type === 'accepted' && r.data.by === 'us').meta.actor).toBe(
      'agent:us',
    );
  });
});

describe('rewind', () => {
  it('forks at an event into a new branch with a parent pointer, and deletes nothing', async () => {
    const s = await setup();
    const teacher = await s.connect('instructor');
    const us = await s.connect('us');
    teacher.hello(0);
    us.hello(0);
    await teacher.command('r', { type: 'start-round' });
    await us.command('1', { type: 'propose', value: 1 });
    await us.command('2', { type: 'propose', value: 2 });
    await us.command('3', { type: 'propose', value: 3 });
    const ack = await teacher.command('w', { type: 'rewind', seq: 2 });
    expect(ack).toMatchObject({ type: 'ack', seq: 3 });
    await us.until((fs) => fs.some((f) => f.type === 'event' && f.record.type === 'class-branch-opened'));
    const branch = us.events().filter((r) => r.stream === 'test-class~2');
    expect(branch.map((r) => [r.seq, r.type])).toEqual([
      [1, 'class-round-started'],
      [2, 'proposed'],
      [3, 'class-branch-opened'],
    ]);
    expect(branch[2].data.parent).toEqual({ stream: 'test-class', seq: 2 });
    expect(await s.store.version('test-class')).toBe(4);
    await us.command('4', { type: 'propose', value: 9 });
    expect(await s.store.version('test-class~2')).toBe(4);
    expect(await s.store.version('test-class')).toBe(4);
    // a client reconnecting with the old branch's name starts the new one from its beginning
    const late = await s.connect('ru');
    late.hello(4, 'test-class');
    await late.until((fs) => fs.filter((f) => f.type === 'event').length === 4);
    expect(late.events().map((r) => r.seq)).toEqual([1, 2, 3, 4]);
  });
});

describe('restart', () => {
  it('on the same store keeps the codes, the branch and the round', async () => {
    const store = memoryStore();
    const first = await setup({ store });
    const codes = first.server.codes;
    const teacher = await first.connect('instructor');
    await teacher.command('r', { type: 'start-round' });
    await teacher.command('w', { type: 'rewind', seq: 1 });
    await first.close();
    const second = await setup({ store });
    expect(second.server.codes).toEqual(codes);
    const t2 = await second.connect('instructor');
    t2.hello(0);
    await t2.until((fs) => fs.filter((f) => f.type === 'event').length === 2);
    expect(t2.events().map((r) => `${r.stream}:${r.type}`)).toEqual([
      'test-class~2:class-round-started',
      'test-class~2:class-branch-opened',
    ]);
    expect(errorOf(await t2.command('p', { type: 'pause-round' }))).toBe('ack 3');
  });
});
