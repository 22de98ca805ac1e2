import { Immer } from 'immer';

/** Parley's own immer instance, so no global immer setting is read or changed. */
export const immer = new Immer({ autoFreeze: true });

export { freeze } from 'immer';
