import { type Command, DeciderCommandHandler, getInMemoryEventStore } from '@event-driven-io/emmett';
import { createSession, type EventInput, memoryStore, type Session } from '@parley/core';
import { type IssgCommand, type IssgEvent, type IssgState, issgDecider } from '@parley/issg';
import { type EmmettIssgEvent, emmettEvolve, toEmmett } from './emmett.js';
import { type CaseFactory, type CommandData, type IssgRecord, numParam } from './types.js';

/**
 * Command handling on a stream that already holds `prefix` commands' events (10,000 events in a full
 * run): `measured` further commands, each awaited. Parley's session keeps its state; Emmett's decider
 * command handler aggregates the stream again for every command (its documented model).
 */
interface Split {
  readonly prefixRecords: readonly IssgRecord[];
  readonly measured: readonly IssgCommand[];
  readonly probe: readonly IssgCommand[];
}

function split(input: Parameters<CaseFactory>[0]): Split {
  const { commands, log, eventsPerCommand } = input.data as CommandData;
  const prefixEvents = numParam(input, 'prefixEvents', 10_000);
  const measured = numParam(input, 'measured', 200);
  let events = 0;
  let k = 0;
  while (k < commands.length && events < prefixEvents) events += eventsPerCommand[k++]!;
  if (k + measured > commands.length) throw new Error('bench commands: not enough commands after the prefix');
  return {
    prefixRecords: log.slice(0, events),
    measured: commands.slice(k, k + measured),
    probe: commands.slice(k, k + Math.min(measured, 20)),
  };
}

/** Parley: a session over a memory store that holds the prefix (hydrated before timing). */
export const parleyCommandCase: CaseFactory = async (input) => {
  const s = split(input);
  const rounds = numParam(input, 'rounds', 3) + 2;
  const open = async (): Promise<Session<IssgState, IssgCommand, IssgEvent>> => {
    const store = memoryStore();
    const inputs: EventInput<IssgEvent>[] = s.prefixRecords.map((r) => ({
      type: r.type,
      data: r.data,
      at: r.at,
      id: r.id,
      v: r.v,
      ...(r.meta ? { meta: r.meta } : {}),
    })) as EventInput<IssgEvent>[];
    await store.append('bench', inputs, { expectedVersion: 'no-stream' });
    const session = createSession(issgDecider, { store, stream: 'bench' });
    await session.ready;
    return session;
  };
  const ready: Session<IssgState, IssgCommand, IssgEvent>[] = [];
  for (let i = 0; i < rounds; i++) ready.push(await open());
  const probeSession = await open();
  return {
    run: async () => {
      const session = ready.shift();
      if (!session) throw new Error('bench commands: more rounds than prepared sessions');
      for (const c of s.measured) await session.dispatch(c);
      return s.measured.length;
    },
    probe: async () => {
      for (const c of s.probe) await probeSession.dispatch(c);
      return probeSession.state;
    },
  };
};

/** An ISSG command as an Emmett command. */
type EmmettIssgCommand = Command<string, { readonly command: IssgCommand }>;

const emmettHandle = DeciderCommandHandler<IssgState, EmmettIssgCommand, EmmettIssgEvent>({
  initialState: () => issgDecider.initial(),
  evolve: emmettEvolve,
  decide: (command, state) =>
    issgDecider.decide(command.data.command, state).map((ev, i) => {
      const seq = state.seq + i + 1;
      const record = {
        ...ev,
        stream: 'bench',
        seq,
        id: `bench:${seq}`,
        at: ev.at ?? command.data.command.at,
        v: 1,
      };
      return { type: ev.type, data: { record: record as IssgRecord } };
    }),
});

/** Emmett: its in-memory store holding the prefix, and its decider command handler. */
export const emmettCommandCase: CaseFactory = async (input) => {
  const s = split(input);
  const rounds = numParam(input, 'rounds', 3) + 2;
  const open = async () => {
    const store = getInMemoryEventStore();
    await store.appendToStream('bench', toEmmett(s.prefixRecords));
    return store;
  };
  const ready: Awaited<ReturnType<typeof open>>[] = [];
  for (let i = 0; i < rounds; i++) ready.push(await open());
  const probeStore = await open();
  return {
    run: async () => {
      const store = ready.shift();
      if (!store) throw new Error('bench commands: more rounds than prepared stores');
      for (const c of s.measured) await emmettHandle(store, 'bench', { type: c.type, data: { command: c } });
      return s.measured.length;
    },
    probe: async () => {
      let state: IssgState | undefined;
      for (const c of s.probe)
        state = (await emmettHandle(probeStore, 'bench', { type: c.type, data: { command: c } })).newState;
      return state;
    },
  };
};
