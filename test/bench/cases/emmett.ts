import { type Event, getInMemoryEventStore } from '@event-driven-io/emmett';
import { type IssgState, issgDecider } from '@parley/issg';
import { produce } from 'immer';
import { type CaseFactory, type FoldData, type IssgRecord, numParam } from './types.js';

/** An ISSG record stored in Emmett: the event's type, and the whole Parley record as its data. */
export type EmmettIssgEvent = Event<string, { readonly record: IssgRecord }>;

/**
 * Emmett's evolve for ISSG events, as cheap as Emmett allows: the ISSG `evolve` applied in place to a
 * working copy that `initialState` makes fresh for each aggregation (no copy per event).
 */
export function emmettEvolve(state: IssgState, event: EmmettIssgEvent): IssgState {
  issgDecider.evolve(state, event.data.record);
  return state;
}

/** The records as Emmett events. */
export const toEmmett = (records: readonly IssgRecord[]): EmmettIssgEvent[] =>
  records.map((record) => ({ type: record.type, data: { record } }));

/** Emmett's in-memory event store holding the log; `aggregateStream` over it is the measured work. */
export const emmettAggregateCase: CaseFactory = async ({ data }) => {
  const { log, probe } = data as FoldData;
  const store = getInMemoryEventStore();
  await store.appendToStream('issg', toEmmett(log));
  const probeStore = getInMemoryEventStore();
  await probeStore.appendToStream('issg', toEmmett(log.slice(0, probe)));
  const options = { evolve: emmettEvolve, initialState: () => issgDecider.initial() };
  return {
    run: async () => {
      const r = await store.aggregateStream<IssgState, EmmettIssgEvent>('issg', options);
      return Number(r.currentStreamVersion);
    },
    probe: async () => (await probeStore.aggregateStream<IssgState, EmmettIssgEvent>('issg', options)).state,
  };
};

/**
 * Emmett's evolve as its documentation writes one ("Building state from events" in Emmett's getting
 * started guide: `evolve(state, event)` returns the next state and leaves the old one as it was): the ISSG
 * recipe turned into such a function with one immer `produce` per event.
 */
export function emmettIdiomaticEvolve(state: IssgState, event: EmmettIssgEvent): IssgState {
  return produce(state, (draft) => {
    issgDecider.evolve(draft, event.data.record);
  });
}

/** `aggregateStream` with the idiomatic evolve, over the first `naive` events of the log. */
export const emmettAggregateIdiomaticCase: CaseFactory = async (input) => {
  const { log, probe } = input.data as FoldData;
  const part = log.slice(0, numParam(input, 'naive', log.length));
  const store = getInMemoryEventStore();
  await store.appendToStream('issg', toEmmett(part));
  const probeStore = getInMemoryEventStore();
  await probeStore.appendToStream('issg', toEmmett(log.slice(0, probe)));
  const options = { evolve: emmettIdiomaticEvolve, initialState: () => issgDecider.initial() };
  return {
    run: async () => {
      const r = await store.aggregateStream<IssgState, EmmettIssgEvent>('issg', options);
      return Number(r.currentStreamVersion);
    },
    probe: async () => (await probeStore.aggregateStream<IssgState, EmmettIssgEvent>('issg', options)).state,
  };
};
