import { type Event, getInMemoryEventStore } from '@event-driven-io/emmett';
import { type IssgState, issgDecider } from '@parley/issg';
import type { CaseFactory, FoldData, IssgRecord } from './types.js';

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
