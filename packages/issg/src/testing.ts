/**
 * `@parley/issg/testing` — fast-check arbitraries of ISSG commands and event sequences, and a pure
 * command runner, so users can write their own properties. Needs the optional peer `fast-check`.
 * @packageDocumentation
 */

export type { IssgRunStep, IssgSequenceOptions } from './testing/arbitraries.js';
export { issgArbitraries, runCommands } from './testing/arbitraries.js';
export type { UndatedCommand } from './testing/commands.js';
export { undatedCommandArb } from './testing/commands.js';
