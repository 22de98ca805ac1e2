import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import type { AnyRecordedEvent } from '../src/events/envelope.js';
import { verifyChain } from '../src/hashChain.js';
import { decodeRecord } from '../src/ndjson/decode.js';
import { encodeRecord } from '../src/ndjson/encode.js';
import { pgStore } from '../src/node.js';
import { dropSchemasAfterAll, freshSchema, requireServer, serverUrl, sharedPglite } from './fixtures/pg.js';

const pglite = sharedPglite();
const ev = (n: number, at = '2016-05-17') => ({ type: 'tick', data: { n }, at });

async function until(ok: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('pgStore on PGlite', () => {
  it('creates its schema idempotently: two stores opened at once on one schema share one log', async () => {
    const driver = await pglite();
    const schema = freshSchema('spec');
    const [a, b] = await Promise.all([pgStore(driver, { schema }), pgStore(driver, { schema })]);
    const seen: string[] = [];
    a.subscribe((r) => seen.push(`${r.stream}#${r.seq}`));
    await b.append('vienna', [ev(1), ev(2)]);
    await a.append('vienna', [ev(3)], { expectedVersion: 2 });
    await until(() => seen.length === 3);
    expect(seen).toEqual(['vienna#1', 'vienna#2', 'vienna#3']);
    await expect(b.append('vienna', [ev(4)], { expectedVersion: 2 })).rejects.toMatchObject({
      code: 'concurrency',
      expected: 2,
      actual: 3,
    });
    await Promise.all([a.close(), b.close()]);
  });

  it('refuses tables of another schema version, naming the versions', async () => {
    const driver = await pglite();
    const schema = freshSchema('spec');
    await (await pgStore(driver, { schema })).close();
    await driver.query(`UPDATE "${schema}".head SET schema_version = 2`);
    await expect(pgStore(driver, { schema })).rejects.toMatchObject({
      code: 'usage',
      message: expect.stringContaining('version 2, this Parley reads version 1; upgrade Parley'),
    });
  });

  it('stores each record as its exact line (json, key order kept); the hash chain runs in position order', async () => {
    const driver = await pglite();
    const schema = freshSchema('spec');
    const store = await pgStore(driver, { schema, hashChain: true });
    await store.append('a', [{ type: 'tick', data: { zeta: 1, alpha: { y: 2, b: 3 } }, at: '2016-02-11' }]);
    await store.append('b', [ev(1), ev(2)]);
    await store.append('a', [ev(3)]);
    const { rows } = await driver.query(
      `SELECT record::text AS line FROM "${schema}".events ORDER BY position`,
    );
    const lines = rows.map((r) => String(r.line));
    const records: AnyRecordedEvent[] = lines.map((l) => decodeRecord(l));
    expect(records.map((r) => `${r.stream}#${r.seq}`)).toEqual(['a#1', 'b#1', 'b#2', 'a#2']);
    expect(lines.map((l, i) => l === encodeRecord(records[i]!))).toEqual([true, true, true, true]);
    expect(Object.keys((records[0]!.data as Record<string, unknown>).alpha as object)).toEqual(['y', 'b']);
    expect(verifyChain(records)).toMatchObject({ ok: true, count: 4 });
    const [first] = await collect(store.read('a'));
    expect(first?.prev).toBe('0'.repeat(64));
    await store.close();
    await expect(pgStore(driver, { schema, hashChain: false })).rejects.toMatchObject({ code: 'usage' });
    const again = await pgStore(driver, { schema });
    const { records: more } = await again.append('b', [ev(3)]);
    expect(more[0]?.prev).toBeDefined();
    await again.close();
  });

  it('a fork copies records into a new stream, as the other stores do (stream and seq replaced)', async () => {
    const store = await pgStore(await pglite(), { schema: freshSchema('spec') });
    await store.append('class-1', [ev(1), ev(2), ev(3)]);
    const upTo2 = (await collect(store.read('class-1', { to: 2 }))).map((r) => ({ ...r }));
    const { records } = await store.append('class-1.rewind-1', upTo2, { expectedVersion: 'no-stream' });
    expect(records.map((r) => [r.stream, r.seq, r.data])).toEqual([
      ['class-1.rewind-1', 1, { n: 1 }],
      ['class-1.rewind-1', 2, { n: 2 }],
    ]);
    expect(await store.streams()).toEqual(['class-1', 'class-1.rewind-1']);
    expect(await store.version('class-1')).toBe(3);
    await store.close();
  });

  it('rejects a bad target or schema name with a usage error that says what to give', async () => {
    await expect(pgStore('mysql://localhost/parley')).rejects.toMatchObject({
      code: 'usage',
      message: expect.stringContaining('postgres:// or postgresql:// URL'),
    });
    await expect(pgStore('postgres://localhost/parley', { max: 1 })).rejects.toMatchObject({
      code: 'usage',
      message: expect.stringContaining('max must be an integer ≥ 2'),
    });
    await expect(pgStore(await pglite(), { schema: 'Robert"; DROP' })).rejects.toMatchObject({
      code: 'usage',
      message: expect.stringContaining('schema must be a lower-case SQL name'),
    });
  });

  it('reads long streams page by page', async () => {
    const store = await pgStore(await pglite(), { schema: freshSchema('spec') });
    await store.append(
      's',
      Array.from({ length: 1203 }, (_, i) => ev(i + 1)),
    );
    const seqs = (await collect(store.read('s', { from: 2 }))).map((r) => r.seq);
    expect(seqs.length).toBe(1202);
    expect(seqs.every((s, i) => s === i + 2)).toBe(true);
    await store.close();
  });
});

async function collect(it: AsyncIterable<AnyRecordedEvent>): Promise<AnyRecordedEvent[]> {
  const out: AnyRecordedEvent[] = [];
  for await (const r of it) out.push(r);
  return out;
}

const here = dirname(fileURLToPath(import.meta.url));
const child = join(here, 'fixtures', 'pg-child.ts');

const spawnChild = (args: string[], stdin: 'ignore' | 'pipe' = 'ignore'): ChildProcess =>
  spawn(process.execPath, ['--conditions=@parley/source', '--import', 'tsx', child, ...args], {
    cwd: join(here, '..'),
    stdio: [stdin, 'pipe', 'pipe'],
  });

/** Positions of the log in order, checked against the tables directly. */
async function positions(url: string, schema: string): Promise<{ position: number; key: string }[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ position: string; stream: string; seq: string }>(
      `SELECT position, stream, seq FROM "${schema}".events ORDER BY position`,
    );
    return rows.map((r) => ({ position: Number(r.position), key: `${r.stream}#${r.seq}` }));
  } finally {
    await client.end();
  }
}

requireServer('pgStore with several processes');
const url = await serverUrl();

if (url !== undefined) {
  const schemas: string[] = [];
  dropSchemasAfterAll(url, schemas);

  describe('pgStore on a real PostgreSQL server, several processes', () => {
    it('two processes append concurrently: no lost or duplicated position, each sees every event', async () => {
      const schema = freshSchema('procs');
      schemas.push(schema);
      await (await pgStore(url, { schema })).close();
      const count = 40;
      const total = 4 * count;
      const procs: ChildProcess[] = [];
      let ready = 0;
      const run = (name: string) =>
        new Promise<{ name: string; seen: string[] }>((resolve, reject) => {
          const proc = spawnChild(['append', url, schema, name, String(count), String(total)], 'pipe');
          procs.push(proc);
          let out = '';
          let err = '';
          proc.stdout?.on('data', (d: Buffer) => {
            if (!out.includes('ready') && `${out}${d}`.includes('ready') && ++ready === 2)
              for (const p of procs) p.stdin?.end('go\n');
            out += d.toString();
          });
          proc.stderr?.on('data', (d: Buffer) => {
            err += d.toString();
          });
          proc.on('exit', (code) => {
            const last = out.trim().split('\n').pop() ?? '';
            if (code === 0 && last.startsWith('{')) resolve(JSON.parse(last));
            else reject(new Error(`child ${name} exited ${code}:\n${out}\n${err}`));
          });
        });
      const [a, b] = await Promise.all([run('alpha'), run('beta')]);
      const log = await positions(url, schema);
      expect(log.map((r) => r.position)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
      expect(new Set(log.map((r) => r.key)).size).toBe(total);
      const inOrder = log.map((r) => r.key);
      // Each process saw every record of both, once, in position (commit) order.
      expect(a.seen).toEqual(inOrder);
      expect(b.seen).toEqual(inOrder);
      // The two really ran at once: their records interleave.
      const own = inOrder.filter((k) => !k.startsWith('shared#')).map((k) => k.split('#')[0]);
      expect(own.filter((s, i) => i > 0 && s !== own[i - 1]).length).toBeGreaterThan(1);
      const store = await pgStore(url, { schema });
      const shared = await collect(store.read('shared'));
      expect(shared.map((r) => r.seq)).toEqual(Array.from({ length: 2 * count }, (_, i) => i + 1));
      const from = shared.map((r) => (r.data as { from: string }).from);
      expect(from.filter((f) => f === 'alpha').length).toBe(count);
      expect(await store.version('alpha')).toBe(count);
      expect(await store.version('beta')).toBe(count);
      await store.close();
    });

    it('a dropped LISTEN connection is re-established and the reader catches up: no event is lost', async () => {
      const schema = freshSchema('relisten');
      schemas.push(schema);
      const warnings: string[] = [];
      const reader = await pgStore(url, { schema, onWarning: (m) => warnings.push(m) });
      const writer = await pgStore(url, { schema });
      const seen: number[] = [];
      reader.subscribe((r) => seen.push(r.seq));
      await writer.append('s', [ev(1)]);
      await until(() => seen.length === 1);
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      try {
        const { rowCount } = await admin.query(
          'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = $1',
          [`LISTEN "${schema}_events"`],
        );
        expect(rowCount).toBe(2); // the reader's and the writer's LISTEN connections
      } finally {
        await admin.end();
      }
      // Appended while the reader has no LISTEN connection: its wake-ups are lost, the records are not.
      await writer.append('s', [ev(2), ev(3)]);
      await writer.append('s', [ev(4)]);
      await until(() => seen.length === 4);
      expect(seen).toEqual([1, 2, 3, 4]);
      expect(warnings.some((w) => w.includes('LISTEN connection failed'))).toBe(true);
      await writer.append('s', [ev(5)]);
      await until(() => seen.length === 5);
      await Promise.all([reader.close(), writer.close()]);
    });

    it('a process killed with SIGKILL mid-append loses no acknowledged event', async () => {
      const schema = freshSchema('crash');
      schemas.push(schema);
      let acknowledged = 0;
      for (let round = 0; round < 6; round++) {
        const appends = 3 + ((round * 5) % 11);
        const delay = (round * 3) % 5;
        const reported = await new Promise<number>((resolve, reject) => {
          const proc = spawnChild(['crash', url, schema]);
          let buffer = '';
          let err = '';
          let seen = 0;
          let last = 0;
          let killing = false;
          const timer = setTimeout(() => proc.kill('SIGKILL'), 30_000);
          proc.stderr?.on('data', (d: Buffer) => {
            err += d.toString();
          });
          proc.stdout?.on('data', (d: Buffer) => {
            buffer += d.toString();
            const lines = buffer.split('\n');
            buffer = lines.pop() ?? '';
            for (const line of lines) {
              if (line.startsWith('open ')) continue;
              last = Math.max(last, Number(line));
              seen++;
            }
            if (!killing && seen >= appends) {
              killing = true;
              setTimeout(() => proc.kill('SIGKILL'), delay);
            }
          });
          proc.on('exit', (code, signal) => {
            clearTimeout(timer);
            if (signal === 'SIGKILL' && killing) resolve(last);
            else reject(new Error(`crash child ended with ${code ?? signal} before the kill:\n${err}`));
          });
        });
        expect(reported).toBeGreaterThan(acknowledged);
        acknowledged = reported;
        const store = await pgStore(url, { schema });
        const records = await collect(store.read('s'));
        const version = await store.version('s');
        expect(version).toBeGreaterThanOrEqual(acknowledged);
        expect(records.map((r) => r.seq)).toEqual(Array.from({ length: version }, (_, i) => i + 1));
        for (const r of records) expect((r.data as { size: number }).size).toBeGreaterThan(0);
        await store.close();
        const log = await positions(url, schema);
        expect(log.map((r) => r.position)).toEqual(Array.from({ length: log.length }, (_, i) => i + 1));
        expect(log.length).toBe(version);
        acknowledged = version;
      }
    });
  });
}
