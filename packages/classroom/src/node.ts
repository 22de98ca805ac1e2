/**
 * `@parley/classroom/node` — the classroom server: a class over one event store (the only writer) and
 * its HTTP + WebSocket front, join codes and session tokens, the built browser client's directory.
 * @packageDocumentation
 */
export type { ClassListener, Classroom, ClassroomOptions, SeatStatus } from './classroom.js';
export { INSTRUCTOR, openClassroom } from './classroom.js';
export { clientDir } from './clientDir.js';
export type { ClassSecrets, RandomBytes } from './secrets.js';
export { joinCode, newSecrets, seatOfCode, seatOfToken, tokenFor } from './secrets.js';
export type { ClassServer, ServeOptions } from './server.js';
export { COOKIE, serveClassroom } from './server.js';
