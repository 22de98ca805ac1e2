/** How many wrong join codes a client may send, and for how long it is then refused. */
export interface LimiterOptions {
  /** Failures allowed within `windowMs` (default 5). */
  readonly failures?: number;
  readonly windowMs?: number;
  /** How long a client is refused (429) once over the limit (default 60 s). */
  readonly blockMs?: number;
  /** Milliseconds of wall time (injected). */
  readonly now: () => number;
}

interface Entry {
  count: number;
  since: number;
  blockedUntil: number;
}

/**
 * A limiter of join-code guessing, per client address: after `failures` wrong codes within `windowMs`,
 * every join from that address is refused (429) for `blockMs`, right codes included.
 *
 * @example
 * ```ts
 * const limiter = failureLimiter({ now: Date.now });
 * if (limiter.blocked(ip)) return 429;
 * if (!seat) limiter.fail(ip);
 * ```
 */
export function failureLimiter(options: LimiterOptions) {
  const max = options.failures ?? 5;
  const windowMs = options.windowMs ?? 60_000;
  const blockMs = options.blockMs ?? 60_000;
  const entries = new Map<string, Entry>();
  return {
    /** Milliseconds the address must still wait, 0 when it may try. */
    blocked(key: string): number {
      const e = entries.get(key);
      if (!e) return 0;
      const now = options.now();
      if (e.blockedUntil > now) return e.blockedUntil - now;
      if (now - e.since > windowMs && e.blockedUntil <= now) entries.delete(key);
      return 0;
    },
    fail(key: string): void {
      const now = options.now();
      let e = entries.get(key);
      if (!e || now - e.since > windowMs) {
        e = { count: 0, since: now, blockedUntil: 0 };
        entries.set(key, e);
      }
      e.count++;
      if (e.count >= max) e.blockedUntil = now + blockMs;
    },
  };
}
