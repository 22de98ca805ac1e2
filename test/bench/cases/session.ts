import { createSession } from '@parley/core';
import { issgDecider } from '@parley/issg';
import { sink } from '../lib/measure.js';
import type { CaseFactory, CommandData } from './types.js';

/**
 * A live Parley session (decide, validate, append to the memory store, evolve, emit) with one subscriber
 * on `state$`, each dispatch awaited before the next, as a user's program does.
 */
export const sessionCase: CaseFactory = async ({ data }) => {
  const { commands, probeCommands } = data as CommandData;
  const dispatchAll = async (list: CommandData['commands']) => {
    const session = createSession(issgDecider, { stream: 'bench' });
    let states = 0;
    const sub = session.state$.subscribe((s) => {
      states++;
      sink.value = s;
    });
    await session.ready;
    for (const c of list) await session.dispatch(c);
    sub.unsubscribe();
    const state = session.state;
    const version = session.version;
    await session.close();
    if (states < list.length) throw new Error('bench session: the subscriber missed states');
    return { state, version };
  };
  return {
    run: async () => (await dispatchAll(commands)).version,
    probe: async () => (await dispatchAll(commands.slice(0, probeCommands))).state,
  };
};
