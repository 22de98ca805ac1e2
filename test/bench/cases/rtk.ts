import { type IssgState, issgDecider } from '@parley/issg';
import { configureStore, createSlice, type PayloadAction } from '@reduxjs/toolkit';
import { sink } from '../lib/measure.js';
import type { CaseFactory, FoldData, IssgRecord } from './types.js';

/**
 * The ISSG fold as a Redux Toolkit slice: one case reducer that runs the ISSG `evolve` recipe on RTK's
 * immer draft (what `createSlice` is for). The case children run with NODE_ENV=production, so
 * `configureStore` adds no development checks (immutability and serializability middleware).
 */
const issgSlice = createSlice({
  name: 'issg',
  initialState: (): IssgState => issgDecider.initial(),
  reducers: {
    event(state, action: PayloadAction<IssgRecord>) {
      issgDecider.evolve(state, action.payload);
    },
  },
});

const actionsOf = (records: readonly IssgRecord[]) => records.map((r) => issgSlice.actions.event(r));

/** RTK's slice reducer folded over the log (one immer `produce` per event), actions made beforehand. */
export const rtkReduceCase: CaseFactory = async ({ data }) => {
  const { log, probe } = data as FoldData;
  const actions = actionsOf(log);
  const fold = (list: readonly ReturnType<typeof issgSlice.actions.event>[]): IssgState => {
    const reducer = issgSlice.reducer;
    let s = reducer(undefined, { type: '@@init' });
    for (let i = 0; i < list.length; i++) s = reducer(s, list[i]!);
    return s;
  };
  return {
    run: () => {
      sink.value = fold(actions);
      return actions.length;
    },
    probe: () => fold(actions.slice(0, probe)),
  };
};

/**
 * A production Redux Toolkit store (`configureStore` with the slice) with one subscriber reading the
 * state, dispatching the log's events one by one: a store that only reduces (no decide, no validation,
 * no append).
 */
export const rtkStoreCase: CaseFactory = async ({ data }) => {
  const { log, probe } = data as FoldData;
  const actions = actionsOf(log);
  const dispatchAll = (list: readonly ReturnType<typeof issgSlice.actions.event>[]): IssgState => {
    const store = configureStore({ reducer: issgSlice.reducer });
    let states = 0;
    const unsubscribe = store.subscribe(() => {
      states++;
      sink.value = store.getState();
    });
    for (let i = 0; i < list.length; i++) store.dispatch(list[i]!);
    unsubscribe();
    if (states !== list.length) throw new Error('bench rtk: the subscriber missed states');
    return store.getState();
  };
  return {
    run: () => {
      dispatchAll(actions);
      return actions.length;
    },
    probe: () => dispatchAll(actions.slice(0, probe)),
  };
};
