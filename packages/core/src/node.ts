/**
 * `@parley/core/node` — the parts of Parley that need Node: the NDJSON file store and log file tools,
 * and the PostgreSQL store.
 * @packageDocumentation
 */

export { fileChunks } from './node/chunks.js';
export type { FileStoreOptions } from './node/fileStore.js';
export { fileStore } from './node/fileStore.js';
export { lockHolder } from './node/lock.js';
export type { PgDriver, PgQueryable, PgRows } from './node/pg/driver.js';
export type { PgliteLike } from './node/pg/pglite.js';
export { pgliteDriver } from './node/pg/pglite.js';
export type { PgStoreOptions } from './node/pg/pgStore.js';
export { pgStore } from './node/pg/pgStore.js';
export type { ReadLogOptions } from './node/readLog.js';
export { readLog } from './node/readLog.js';
export { verifyLog } from './node/verifyLog.js';
export type { FileStoreWarning } from './node/warnings.js';
export type { WriteLogOptions } from './node/writeLog.js';
export { writeLog } from './node/writeLog.js';
