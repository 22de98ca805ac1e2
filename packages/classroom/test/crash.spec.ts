import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { join as joinClass, TestClient } from './fixtures/client.js';
import { type Spawned, spawnClass, TOY } from './fixtures/spawn.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-class-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const storeRecords = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l))
    .filter((r) => r.stream === 'toy');

describe('parley class, killed with SIGKILL mid-session', () => {
  it('prints one JSON line, loses no acknowledged move, and its clients reconnect and resume', async () => {
    const file = join(dir, 'class.ndjson');
    let server: Spawned = await spawnClass([TOY, '--store', file, '--port', '0']);
    expect(Object.keys(server.seats)).toEqual(['us', 'ru', 'ir']);
    expect(server.instructor).toBe(`${server.url}/?instructor=${server.token}`);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const tokens: Record<string, string> = {};
    for (const seat of ['us', 'ru'])
      tokens[seat] = (await joinClass(server.url, server.seats[seat])).body.token;
    const teacher = await TestClient.bearer(server.url, server.token);
    teacher.hello(0);
    expect((await teacher.command('start', { type: 'start-round', minutes: 30 })).type).toBe('ack');
    const us = await TestClient.bearer(server.url, tokens.us!);
    const ru = await TestClient.bearer(server.url, tokens.ru!);
    us.hello(0);
    ru.hello(0);
    expect(
      (
        await us.command('draft', {
          type: 'table-draft',
          text: { talks: 'june', aid: 'convoys', list: 'keep' },
        })
      ).type,
    ).toBe('ack');

    // both delegations keep talking; the server is killed while moves are in flight
    const acked: { seat: string; text: string; seq: number }[] = [];
    let n = 0;
    let stop = false;
    const talk = async (seat: string, client: TestClient) => {
      while (!stop) {
        const text = `${seat}-${n++}`;
        client.send({ type: 'command', id: text, command: { type: 'send-message', to: 'all', text } });
        try {
          await client.until((fs) => fs.some((f) => f.id === text) || client.closed, 2000);
        } catch {
          return;
        }
        const ack = client.frames.find((f) => f.id === text);
        if (!ack) return;
        if (ack.type === 'ack') acked.push({ seat, text, seq: ack.seq });
      }
    };
    const talking = [talk('us', us), talk('ru', ru)];
    await us.until((fs) => fs.filter((f) => f.type === 'ack').length >= 20, 20_000);
    server.proc.kill('SIGKILL');
    expect((await server.exited).signal).toBe('SIGKILL');
    stop = true;
    await Promise.all(talking);
    expect(acked.length).toBeGreaterThanOrEqual(20);

    // every acknowledged move is in the store, at its seq, by its seat
    const stored = storeRecords(file);
    for (const a of acked) {
      const r = stored[a.seq - 1];
      expect(r, `acked ${a.text} at seq ${a.seq}`).toMatchObject({ seq: a.seq, type: 'message-sent' });
      expect(r.data).toMatchObject({ by: a.seat, text: a.text });
      expect(r.meta.actor).toBe(a.seat);
    }

    // restarted on the same store: same codes, and clients resume from what they have
    server = await spawnClass([TOY, '--store', file, '--port', '0']);
    try {
      const seenUs = us.events();
      const us2 = await TestClient.bearer(server.url, tokens.us!);
      us2.hello(seenUs[seenUs.length - 1].seq);
      const teacher2 = await TestClient.bearer(server.url, server.token);
      teacher2.hello(teacher.lastSeq());
      const after = await us2.command('after', { type: 'send-message', to: 'all', text: 'after the crash' });
      expect(after.type).toBe('ack');
      await teacher2.until((fs) =>
        fs.some((f) => f.type === 'event' && f.record.data.text === 'after the crash'),
      );
      const all = [...seenUs, ...us2.events()];
      const seqs = all.map((r) => r.seq);
      expect(seqs).toEqual(seqs.map((_, i) => i + 1)); // gapless, no duplicates
      const finalStore = storeRecords(file);
      expect(all).toEqual(finalStore);
      expect([...teacher.events(), ...teacher2.events()]).toEqual(finalStore);
      await us2.close();
      await teacher2.close();
    } finally {
      server.proc.kill('SIGTERM');
      const end = await server.exited;
      expect(end.code).toBe(0);
    }
  }, 120_000);
});
