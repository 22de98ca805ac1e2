/**
 * `@parley/core/node` — the parts of Parley that need Node: the NDJSON file store and log file tools.
 * @packageDocumentation
 */

export { fileChunks } from './node/chunks.js';
export type { FileStoreOptions } from './node/fileStore.js';
export { fileStore } from './node/fileStore.js';
export type { ReadLogOptions } from './node/readLog.js';
export { readLog } from './node/readLog.js';
export { verifyLog } from './node/verifyLog.js';
export type { FileStoreWarning } from './node/warnings.js';
export type { WriteLogOptions } from './node/writeLog.js';
export { writeLog } from './node/writeLog.js';
