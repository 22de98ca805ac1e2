/// <reference types="node" />
/**
 * `@parley/cli` — the `parley` command, and its parts as a library: run the command in-process, load
 * scenario scripts, validate logs, render reports.
 * @packageDocumentation
 */

export { commands } from './commands/index.js';
export type { Shell } from './completion/scripts.js';
export { completionScript, SHELLS } from './completion/scripts.js';
export type { CompletionSpec } from './completion/spec.js';
export { completionSpec } from './completion/spec.js';
export type { CliCommand, CliContext } from './context.js';
export { createContext } from './context.js';
export type { DomainView, PartyRef } from './domain.js';
export type { Problem } from './errors.js';
export { BadInput, formatProblem, WrongUsage } from './errors.js';
export type { Scaffolded } from './init/scaffold.js';
export { scaffoldProject } from './init/scaffold.js';
export type { Loaded } from './input/load.js';
export { loadInput } from './input/load.js';
export { isScenario, loadScenario, loadScenarioScript } from './input/scenario-loader.js';
export { installScriptRuntime } from './input/script-runtime.js';
export type { Io } from './io.js';
export { bufferIo, MIN_WIDTH, outputWidth, processIo, useColor } from './io.js';
export { issgDomain } from './issg.js';
export { createProgram, EXIT, main } from './main.js';
export type { ReportInput } from './report/html.js';
export { renderHtmlReport } from './report/html.js';
export type { LogCheck } from './validate/validate-log.js';
export { checkLog, validateLog } from './validate/validate-log.js';
export { VERSION } from './version.js';
