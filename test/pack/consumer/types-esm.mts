import { createSession, type Decider, type DomainEvent, type RecordedEvent } from '@parley/core';
import { fileStore } from '@parley/core/node';
import { spec } from '@parley/core/testing';
import { issgRecord, type StateSummary, stateAt, summarize } from '@parley/issg';

type E = DomainEvent<'offered', { price: number }>;
const d: Decider<{ price: number }, { price: number; at: string }, E> = {
  name: 'types',
  version: '1',
  initial: () => ({ price: 0 }),
  decide: (c) => [{ type: 'offered', data: { price: c.price } }],
  evolve: (draft, e: RecordedEvent<E>) => {
    draft.price = e.data.price;
  },
};
const session = createSession(d);
const price: number = session.state.price;
const summary: StateSummary = summarize(stateAt(issgRecord, '2016-05-17'));
const status: string = summary.hostilities.status;
// @ts-expect-error — a command without a price does not type-check
void session.dispatch({ at: '2024-01-01' });

export { fileStore, price, spec, status };
