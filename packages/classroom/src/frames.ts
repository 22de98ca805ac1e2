import type { AnyRecordedEvent } from '@parley/core';

/** Largest client frame the server reads, in bytes (bigger ones get an error frame `too-large`). */
export const MAX_FRAME_BYTES = 16 * 1024;

/** A frame a client sends. */
export type ClientFrame =
  | { readonly type: 'hello'; readonly after: number; readonly stream?: string }
  | { readonly type: 'command'; readonly id: string | number; readonly command: ClientCommand };

/** A command as a client sends it: a JSON object with a string `type`. */
export type ClientCommand = { readonly type: string } & Readonly<Record<string, unknown>>;

/** A frame the server sends. */
export type ServerFrame =
  | { readonly type: 'event'; readonly record: AnyRecordedEvent }
  | { readonly type: 'ack'; readonly id: string | number; readonly seq: number }
  | {
      readonly type: 'error';
      readonly id: string | number | null;
      readonly code: ErrorCode;
      readonly message: string;
      readonly rule?: string;
    };

/**
 * The codes of error frames: `bad-json` (not JSON), `bad-frame` (not a frame of the protocol),
 * `too-large`, `unknown-command` (a command type this seat may not send), `foreign-seat` (acting for
 * another seat), `refused` (the rules refuse the move; `rule` names the rule), `invalid` (an event
 * failed its schema), `conflict` (other writers kept winning; send again), `internal`.
 */
export type ErrorCode =
  | 'bad-json'
  | 'bad-frame'
  | 'too-large'
  | 'unknown-command'
  | 'foreign-seat'
  | 'refused'
  | 'invalid'
  | 'conflict'
  | 'internal';

/** A client frame the server cannot take: what to answer. */
export class FrameError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly id: string | number | null = null,
    readonly rule?: string,
  ) {
    super(message);
    this.name = 'FrameError';
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Read one client frame, or throw a {@link FrameError} saying what is wrong with it.
 *
 * @example
 * ```ts
 * parseFrame('{"type":"hello","after":0}'); // { type: 'hello', after: 0 }
 * ```
 */
export function parseFrame(text: string): ClientFrame {
  if (Buffer.byteLength(text) > MAX_FRAME_BYTES)
    throw new FrameError('too-large', `frames are at most ${MAX_FRAME_BYTES} bytes`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new FrameError('bad-json', 'a frame is one JSON object, e.g. {"type":"hello","after":0}');
  }
  if (!isObject(value)) throw new FrameError('bad-frame', 'a frame is a JSON object with a "type"');
  const id = value.id;
  const goodId = typeof id === 'string' ? id.length <= 100 : typeof id === 'number' && Number.isFinite(id);
  switch (value.type) {
    case 'hello': {
      const after = value.after ?? 0;
      if (typeof after !== 'number' || !Number.isInteger(after) || after < 0)
        throw new FrameError('bad-frame', 'hello: "after" is the last seq the client has (an integer ≥ 0)');
      if (value.stream !== undefined && typeof value.stream !== 'string')
        throw new FrameError('bad-frame', 'hello: "stream" is the stream the client has read, a string');
      return { type: 'hello', after, ...(typeof value.stream === 'string' ? { stream: value.stream } : {}) };
    }
    case 'command': {
      if (!goodId)
        throw new FrameError(
          'bad-frame',
          'command: "id" is a string (≤ 100 characters) or a number, echoed in the ack',
        );
      const command = value.command;
      if (!isObject(command) || typeof command.type !== 'string')
        throw new FrameError(
          'bad-frame',
          'command: "command" is an object with a string "type"',
          id as string,
        );
      return { type: 'command', id: id as string | number, command: command as ClientCommand };
    }
    default:
      throw new FrameError(
        'bad-frame',
        `unknown frame type ${JSON.stringify(value.type)}; clients send "hello" and "command"`,
        goodId ? (id as string | number) : null,
      );
  }
}
