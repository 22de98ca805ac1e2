/**
 * Errors raised by Parley. Every error has a stable `code` to branch on and a message for people
 * that says what was expected and what to do instead.
 *
 * @example
 * ```ts
 * try { await session.dispatch(cmd); }
 * catch (e) { if (isParleyError(e) && e.code === 'invariant') console.log(e.rule); }
 * ```
 */
export type ParleyErrorCode = 'validation' | 'invariant' | 'concurrency' | 'corrupt-log' | 'usage';

/** Base class of every error Parley throws on purpose. */
export class ParleyError extends Error {
  readonly code: ParleyErrorCode;
  constructor(code: ParleyErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = 'ParleyError';
  }
}

/** Where a bad value was found: the event type, the field path, the line of a file. */
export interface ValidationIssue {
  /** Dotted path of the field, e.g. `data.parties[2]`; empty for the whole value. */
  readonly path: string;
  readonly message: string;
}

/**
 * A value from outside (an appended event, a line of a log, a decoded record) does not match its schema.
 * `type` names the event type when known, `issues` every broken field, `line` the 1-based line of a file.
 */
export class ValidationError extends ParleyError {
  readonly type: string | undefined;
  readonly issues: readonly ValidationIssue[];
  readonly line: number | undefined;
  readonly file: string | undefined;
  constructor(
    message: string,
    details: { type?: string; issues?: readonly ValidationIssue[]; line?: number; file?: string } = {},
  ) {
    super('validation', message);
    this.name = 'ValidationError';
    this.type = details.type;
    this.issues = details.issues ?? [];
    this.line = details.line;
    this.file = details.file;
  }
}

/** `decide` refused a command because a rule of the domain forbids it. `rule` is a stable id of the rule. */
export class InvariantError extends ParleyError {
  readonly rule: string;
  /** What is wrong, without the rule id in front (the message is `${rule}: ${reason}`). */
  readonly reason: string;
  constructor(rule: string, reason: string) {
    super('invariant', `${rule}: ${reason}`);
    this.name = 'InvariantError';
    this.rule = rule;
    this.reason = reason;
  }
}

/** An append expected a stream version that is no longer current. Nothing was written. */
export class ConcurrencyError extends ParleyError {
  readonly stream: string;
  readonly expected: number | 'no-stream';
  readonly actual: number;
  constructor(stream: string, expected: number | 'no-stream', actual: number) {
    super(
      'concurrency',
      `stream "${stream}" is at version ${actual}, but the append expected ${
        expected === 'no-stream' ? 'no stream' : `version ${expected}`
      }: read the stream again, decide again, and retry with expectedVersion ${actual}`,
    );
    this.name = 'ConcurrencyError';
    this.stream = stream;
    this.expected = expected;
    this.actual = actual;
  }
}

/** A log file is damaged before its last line (a torn last line is repaired, never this). */
export class CorruptLogError extends ParleyError {
  readonly file: string;
  readonly line: number;
  constructor(file: string, line: number, reason: string) {
    super('corrupt-log', `${file}:${line}: ${reason}`);
    this.name = 'CorruptLogError';
    this.file = file;
    this.line = line;
  }
}

/** A function of Parley was called the wrong way; the message says how to call it. */
export class UsageError extends ParleyError {
  constructor(message: string) {
    super('usage', message);
    this.name = 'UsageError';
  }
}

/**
 * True when `e` is an error raised by Parley (any subclass).
 *
 * @example
 * ```ts
 * try { await session.dispatch(command); }
 * catch (e) { if (isParleyError(e)) console.error(`${e.code}: ${e.message}`); else throw e; }
 * ```
 */
export function isParleyError(e: unknown): e is ParleyError {
  return e instanceof ParleyError;
}
