import { createHmac, timingSafeEqual } from 'node:crypto';

/** Random bytes: `crypto.randomBytes` in a server, a seeded source in tests. */
export type RandomBytes = (n: number) => Uint8Array;

/** The secrets of a class: a join code per seat, and the key that signs session tokens. */
export interface ClassSecrets {
  /** Seat → join code (the instructor's "code" is its token, see {@link tokenFor}). */
  readonly codes: Readonly<Record<string, string>>;
  /** Base64url key the session tokens are derived from. */
  readonly key: string;
}

/** Letters and digits that cannot be read one for another (no 0/O, 1/I/L). */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/**
 * A join code of 8 characters from a 31-letter alphabet (about 40 bits), shown as `ABCD-EFGH`.
 *
 * @example
 * ```ts
 * joinCode(randomBytes); // 'K7QF-2MHX'
 * ```
 */
export function joinCode(random: RandomBytes): string {
  let out = '';
  while (out.length < 8) {
    for (const b of random(16)) {
      // rejection sampling keeps every letter equally likely
      if (b >= 248 || out.length === 8) continue;
      out += ALPHABET[b % ALPHABET.length];
    }
  }
  return `${out.slice(0, 4)}-${out.slice(4)}`;
}

/**
 * Fresh secrets for the seats of a class.
 *
 * @example
 * ```ts
 * const secrets = newSecrets(['us', 'ru'], (n) => crypto.randomBytes(n));
 * ```
 */
export function newSecrets(seats: readonly string[], random: RandomBytes): ClassSecrets {
  const codes: Record<string, string> = {};
  const used = new Set<string>();
  for (const seat of seats) {
    let code = joinCode(random);
    while (used.has(code)) code = joinCode(random);
    used.add(code);
    codes[seat] = code;
  }
  return { codes, key: Buffer.from(random(32)).toString('base64url') };
}

/**
 * The session token of a seat (`instructor` included): an HMAC of the seat under the class's key, so it
 * survives a restart of the server and cannot be made without the key.
 *
 * @example
 * ```ts
 * tokenFor(secrets, 'instructor'); // the token in the instructor's URL
 * ```
 */
export function tokenFor(secrets: ClassSecrets, seat: string): string {
  return createHmac('sha256', Buffer.from(secrets.key, 'base64url'))
    .update(`seat:${seat}`)
    .digest('base64url');
}

const same = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * The seat a join code (or the instructor's token) opens, else undefined. Case and a missing dash are
 * forgiven in codes.
 *
 * @example
 * ```ts
 * seatOfCode(secrets, 'k7qf2mhx'); // 'us'
 * ```
 */
export function seatOfCode(secrets: ClassSecrets, code: string): string | undefined {
  if (same(code, tokenFor(secrets, 'instructor'))) return 'instructor';
  const norm = code.toUpperCase().replace(/[^A-Z0-9]/g, '');
  for (const [seat, c] of Object.entries(secrets.codes)) if (same(norm, c.replace('-', ''))) return seat;
  return undefined;
}

/**
 * The seat a session token belongs to, else undefined.
 *
 * @example
 * ```ts
 * seatOfToken(secrets, tokenFor(secrets, 'us'), ['us', 'ru']); // 'us'
 * ```
 */
export function seatOfToken(
  secrets: ClassSecrets,
  token: string,
  seats: readonly string[],
): string | undefined {
  for (const seat of ['instructor', ...seats]) if (same(token, tokenFor(secrets, seat))) return seat;
  return undefined;
}
