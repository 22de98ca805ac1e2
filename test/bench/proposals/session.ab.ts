/**
 * A/B of session dispatch, CPU time: `node --conditions=@parley/source --import tsx
 * test/bench/proposals/session.ab.ts [ROUNDS] [A_CREATE_SESSION_MODULE]` dispatches the bench's 20,000
 * session commands (seed 7, each awaited, one subscriber on `state$`) through the current `createSession`
 * and, when a second module path is given (a copy of core's sources before a change), through that one,
 * each in a process of its own, rounds interleaved; prints events per CPU second and B ÷ A.
 * `… session.ab.ts profile` runs the current one once (for `node --cpu-prof`).
 */
import { fork } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { CommandData } from '../cases/types.js';
import { commandData } from '../lib/datasets.js';
import { loadWorkload } from '../lib/workload.js';

const DATA = join(tmpdir(), 'parley-session-ab-20k.v8');
const [mode = '5', modulePath = ''] = process.argv.slice(2);

async function data(): Promise<CommandData> {
  if (existsSync(DATA)) return deserialize(readFileSync(DATA)) as CommandData;
  const d = commandData(await loadWorkload(), 20_000, 7, 500);
  writeFileSync(DATA, serialize(d));
  return d;
}

/**
 * With AB_PREFIX=N in the environment, each round opens its session on a memory store already holding the
 * events of the commands before the N-th event (hydrated before timing starts: what the peers' command
 * case measures) and dispatches the next 200 commands.
 */
const PREFIX = Number(process.env.AB_PREFIX ?? 0);

async function opened(core: any, issgDecider: unknown, d: CommandData) {
  let events = 0;
  let k = 0;
  while (k < d.commands.length && events < PREFIX) events += d.eventsPerCommand[k++]!;
  const store = core.memoryStore();
  const inputs = d.log
    .slice(0, events)
    .map((r) => ({ type: r.type, data: r.data, at: r.at, id: r.id, v: r.v }));
  if (inputs.length > 0) await store.append('bench', inputs, { expectedVersion: 'no-stream' });
  const session = core.createSession(issgDecider, { store, stream: 'bench' });
  await session.ready;
  return { session, commands: d.commands.slice(k, k + 200) };
}

async function dispatchAll(
  createSession: any,
  issgDecider: unknown,
  commands: readonly unknown[],
  open?: any,
) {
  const session = open ?? createSession(issgDecider, { stream: 'bench' });
  const before = session.version as number;
  let states = 0;
  const sub = session.state$.subscribe(() => {
    states++;
  });
  await session.ready;
  for (const c of commands) await session.dispatch(c);
  sub.unsubscribe();
  const events = (session.version as number) - before;
  await session.close();
  if (states < commands.length) throw new Error('missed states');
  return events;
}

async function load(path: string) {
  const core = path ? await import(path) : await import('@parley/core');
  const { issgDecider } = await import('@parley/issg');
  return { createSession: core.createSession, issgDecider, core };
}

if (mode === 'child') {
  const { createSession, issgDecider, core } = await load(modulePath);
  const d = await data();
  process.on('message', async () => {
    const o = PREFIX > 0 ? await opened(core, issgDecider, d) : undefined;
    globalThis.gc?.();
    await new Promise((r) => setTimeout(r, 50));
    const c0 = process.cpuUsage();
    const events = await dispatchAll(createSession, issgDecider, o ? o.commands : d.commands, o?.session);
    const u = process.cpuUsage(c0);
    process.send!({ events, cpu: (u.user + u.system) / 1000 });
  });
  process.send!('ready');
} else if (mode === 'profile') {
  const { createSession, issgDecider } = await load(modulePath);
  const { commands } = await data();
  await dispatchAll(createSession, issgDecider, commands);
  const c0 = process.cpuUsage();
  const events = await dispatchAll(createSession, issgDecider, commands);
  const u = process.cpuUsage(c0);
  console.log(`${events} events, ${((events / (u.user + u.system)) * 1e6).toFixed(0)} events/CPU s`);
} else {
  await data();
  const rounds = Number(mode);
  const self = fileURLToPath(import.meta.url);
  const start = (path: string) => {
    const child = fork(self, ['child', path], {
      execArgv: ['--conditions=@parley/source', '--import', 'tsx', '--expose-gc'],
      env: { ...process.env, NODE_ENV: 'production' },
    });
    const replies: ((m: any) => void)[] = [];
    child.on('message', (m) => replies.shift()?.(m));
    const next = () => new Promise<any>((r) => replies.push(r));
    const ready = next();
    return {
      ready,
      round: () => {
        const p = next();
        child.send('round');
        return p as Promise<{ events: number; cpu: number }>;
      },
      close: () => child.kill(),
    };
  };
  const paths = modulePath ? [modulePath, ''] : [''];
  const kids = paths.map(start);
  await Promise.all(kids.map((k) => k.ready));
  const cpu: number[][] = paths.map(() => []);
  let events = 0;
  for (const k of kids) await k.round(); // warm-up
  for (let r = 0; r < rounds; r++)
    for (let i = 0; i < kids.length; i++) {
      const j = (i + r) % kids.length;
      const res = await kids[j]!.round();
      events = res.events;
      cpu[j]!.push(res.cpu);
    }
  for (const k of kids) k.close();
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const rate = cpu.map((xs) => (events / med(xs)) * 1000);
  paths.forEach((p, i) => {
    console.log(
      `${p ? 'A' : 'B'} ${rate[i]!.toFixed(0)} events/CPU s  rounds ${cpu[i]!.map((x) => x.toFixed(0)).join(' ')} ms`,
    );
  });
  if (rate.length === 2) console.log(`B ÷ A ${(rate[1]! / rate[0]!).toFixed(3)}`);
}
