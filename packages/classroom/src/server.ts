import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { AnyRecordedEvent } from '@parley/core';
import { type WebSocket, WebSocketServer } from 'ws';
import { type Classroom, INSTRUCTOR } from './classroom.js';
import { FrameError, MAX_FRAME_BYTES, parseFrame, type ServerFrame } from './frames.js';
import { failureLimiter, type LimiterOptions } from './limiter.js';
import { seatOfCode, seatOfToken, tokenFor } from './secrets.js';

/** The session cookie's name. */
export const COOKIE = 'parley_class';

export interface ServeOptions {
  /** Interface to listen on (default `127.0.0.1`). */
  readonly host?: string;
  /** Port (default 0: a free one). */
  readonly port?: number;
  /** Directory of the built browser client, served at `/` (optional). */
  readonly clientDir?: string;
  /** Wall time in milliseconds for the join limiter (default `Date.now`). */
  readonly now?: () => number;
  /** Join-code guessing limits (defaults: 5 wrong codes a minute, then 429 for a minute). */
  readonly limits?: Omit<LimiterOptions, 'now'>;
}

/** A running classroom server. */
export interface ClassServer {
  /** `http://host:port` */
  readonly url: string;
  /** The URL the instructor opens (with the token). */
  readonly instructorUrl: string;
  readonly instructorToken: string;
  /** Seat → join code. */
  readonly codes: Readonly<Record<string, string>>;
  /** Connected WebSocket clients per seat. */
  connections(): Readonly<Record<string, number>>;
  /** Stop accepting, close every connection, stop the class (the store stays open: the caller's). */
  close(): Promise<void>;
}

interface Conn {
  readonly socket: WebSocket;
  readonly seat: string;
  /** Branch the client is reading, and the last seq it was sent (or skipped as invisible). */
  stream: string;
  last: number;
  live: boolean;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

const cookieOf = (req: IncomingMessage): string | undefined => {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === COOKIE) return decodeURIComponent(v.join('='));
  }
  return undefined;
};
const bearerOf = (req: IncomingMessage): string | undefined => {
  const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  return m?.[1];
};

const send = (
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void => {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(text);
};

const readBody = (req: IncomingMessage, limit: number): Promise<string> =>
  new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        reject(new Error('too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

/**
 * Serve a class over HTTP and WebSocket (the wire protocol of `docs/classroom.md`): `POST /api/join`
 * trades a join code for a session token (and an HttpOnly cookie), `GET /api/me` gives a seat its
 * briefing, `GET /api/status` the instructor the seats and every utility, `GET /api/debrief` the debrief, `GET /ws` carries the frames. Every record goes to the seats that may read it, in seq order;
 * a client that says `hello` with the last seq it has gets what it missed, once.
 *
 * @example
 * ```ts
 * const room = await openClassroom({ game, store });
 * const server = await serveClassroom(room, { port: 0 });
 * console.log(server.instructorUrl, server.codes);
 * ```
 */
export async function serveClassroom(room: Classroom, options: ServeOptions = {}): Promise<ClassServer> {
  const host = options.host ?? '127.0.0.1';
  const limiter = failureLimiter({ ...options.limits, now: options.now ?? Date.now });
  const conns = new Set<Conn>();
  const instructorToken = tokenFor(room.secrets, INSTRUCTOR);

  const seatOf = (req: IncomingMessage, allowCookie: boolean): string | undefined => {
    const bearer = bearerOf(req);
    if (bearer) return seatOfToken(room.secrets, bearer, room.game.seats);
    const cookie = allowCookie ? cookieOf(req) : undefined;
    return cookie ? seatOfToken(room.secrets, cookie, room.game.seats) : undefined;
  };

  const sendFrame = (c: Conn, frame: ServerFrame): void => {
    if (c.socket.readyState === c.socket.OPEN) c.socket.send(JSON.stringify(frame));
  };
  const deliver = (c: Conn, r: AnyRecordedEvent): void => {
    if (r.stream !== c.stream || r.seq <= c.last) return;
    c.last = r.seq;
    if (room.visible(r, c.seat)) sendFrame(c, { type: 'event', record: r });
  };
  const unlisten = room.listen({
    record(r) {
      for (const c of conns) if (c.live) deliver(c, r);
    },
    branch(stream) {
      for (const c of conns) {
        c.stream = stream;
        c.last = 0;
      }
    },
  });

  const me = (seat: string) => ({
    seat,
    game: { id: room.game.id, title: room.game.title, seats: room.game.seats, at: room.game.at },
    stream: room.stream,
    commands: seat === INSTRUCTOR ? room.game.injectTypes : room.game.commandTypes,
    brief:
      seat === INSTRUCTOR
        ? Object.fromEntries(room.game.seats.map((s) => [s, room.game.brief(s)]))
        : room.game.brief(seat),
  });

  const status = () => {
    const counts = connectionCounts();
    return {
      stream: room.stream,
      version: room.records.length,
      branches: room.branches,
      room: room.state.room,
      seats: room.seats().map((s) => ({ ...s, connected: counts[s.seat] ?? 0 })),
      omniscient: room.game.omniscient ? room.game.omniscient(room.state.game) : null,
    };
  };

  const connectionCounts = (): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const c of conns) out[c.seat] = (out[c.seat] ?? 0) + 1;
    return out;
  };

  const serveStatic = async (res: ServerResponse, path: string): Promise<void> => {
    if (!options.clientDir) return send(res, 404, { error: 'not-found' });
    const rel = normalize(path === '/' ? '/index.html' : path).replace(/^[/\\]+/, '');
    const file = join(options.clientDir, rel);
    if (!file.startsWith(options.clientDir + sep) && file !== options.clientDir)
      return send(res, 404, { error: 'not-found' });
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': MIME[extname(file)] ?? 'application/octet-stream',
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      });
      res.end(body);
    } catch {
      send(res, 404, { error: 'not-found' });
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://x');
    const ip = req.socket.remoteAddress ?? 'unknown';
    if (url.pathname === '/api/join') {
      if (req.method !== 'POST') return send(res, 405, { error: 'method', message: 'POST {"code"}' });
      const wait = limiter.blocked(ip);
      if (wait > 0)
        return send(
          res,
          429,
          { error: 'too-many', message: 'too many wrong codes; wait and try again' },
          { 'retry-after': String(Math.ceil(wait / 1000)) },
        );
      let code: unknown;
      try {
        code = (JSON.parse(await readBody(req, 4096)) as { code?: unknown }).code;
      } catch {
        return send(res, 400, { error: 'bad-request', message: 'send {"code":"ABCD-EFGH"}' });
      }
      const seat =
        typeof code === 'string' && code.length <= 200 ? seatOfCode(room.secrets, code) : undefined;
      if (!seat) {
        limiter.fail(ip);
        return send(res, 401, { error: 'wrong-code', message: 'no seat has this code' });
      }
      const token = tokenFor(room.secrets, seat);
      if (seat !== INSTRUCTOR) {
        try {
          await room.submit(seat, { type: 'take-seat' });
        } catch {
          // taking the seat is best effort: a seat is the student's as soon as they send a move too
        }
      }
      return send(
        res,
        200,
        { seat, token },
        { 'set-cookie': `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/` },
      );
    }
    if (
      url.pathname === '/api/me' ||
      url.pathname === '/api/status' ||
      url.pathname === '/api/debrief' ||
      url.pathname === '/api/world'
    ) {
      const seat = seatOf(req, true);
      if (!seat) return send(res, 401, { error: 'unauthenticated', message: 'join first: POST /api/join' });
      if (url.pathname === '/api/me') return send(res, 200, me(seat));
      if (url.pathname === '/api/world') {
        if (!room.game.worldView)
          return send(res, 404, { error: 'not-found', message: 'this class has no world to show' });
        return send(res, 200, {
          stream: room.stream,
          world: room.game.worldView(room.records.filter((r) => room.visible(r, seat))),
        });
      }
      if (url.pathname === '/api/debrief') {
        const game = room.state.game;
        const over = room.game.isOver?.(game) ?? false;
        if (seat !== INSTRUCTOR && !over)
          return send(res, 403, {
            error: 'not-yet',
            message: 'the debrief opens when the negotiation is over',
          });
        const report = room.game.debriefReport
          ? room.game.debriefReport(
              await room.readBranches(),
              seat === INSTRUCTOR ? undefined : (r) => room.visible(r, seat),
            )
          : null;
        return send(res, 200, {
          over,
          debrief: room.game.debrief ? room.game.debrief(game) : null,
          report,
        });
      }
      if (seat !== INSTRUCTOR) return send(res, 403, { error: 'forbidden', message: 'instructor only' });
      return send(res, 200, status());
    }
    if (url.pathname.startsWith('/api/')) return send(res, 404, { error: 'not-found' });
    if (req.method !== 'GET') return send(res, 405, { error: 'method' });
    return serveStatic(res, url.pathname);
  };

  const http: Server = createServer((req, res) => {
    handle(req, res).catch((e) => {
      if (!res.headersSent) send(res, 500, { error: 'internal', message: String(e) });
      else res.end();
    });
  });
  // frames larger than ours are refused by us with an error frame; far larger ones close the socket
  const wss = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });

  http.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const refuse = (status: number, text: string) => {
      socket.end(`HTTP/1.1 ${status} ${text}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
    };
    if (url.pathname !== '/ws') return refuse(404, 'Not Found');
    let seat: string | undefined;
    if (bearerOf(req)) seat = seatOf(req, false);
    else {
      // a browser sends the cookie to any page's WebSocket: only pages of this server may use it
      const origin = req.headers.origin;
      const expected = `http://${req.headers.host ?? ''}`;
      if (!origin || origin !== expected) return refuse(403, 'Forbidden');
      seat = seatOf(req, true);
    }
    if (!seat) return refuse(401, 'Unauthorized');
    const who = seat;
    wss.handleUpgrade(req, socket, head, (ws) => accept(ws, who));
  });

  const accept = (socket: WebSocket, seat: string): void => {
    const conn: Conn = { socket, seat, stream: room.stream, last: 0, live: false };
    conns.add(conn);
    socket.on('close', () => conns.delete(conn));
    socket.on('error', () => conns.delete(conn));
    socket.on('message', (data, isBinary) => {
      const size = Array.isArray(data)
        ? data.reduce((n, b) => n + b.length, 0)
        : data instanceof ArrayBuffer
          ? data.byteLength
          : data.length;
      if (size > MAX_FRAME_BYTES)
        return sendFrame(conn, {
          type: 'error',
          id: null,
          code: 'too-large',
          message: `frames are at most ${MAX_FRAME_BYTES} bytes`,
        });
      if (isBinary)
        return sendFrame(conn, {
          type: 'error',
          id: null,
          code: 'bad-frame',
          message: 'frames are JSON text',
        });
      void onFrame(conn, String(data));
    });
  };

  const onFrame = async (conn: Conn, text: string): Promise<void> => {
    let id: string | number | null = null;
    try {
      const frame = parseFrame(text);
      if (frame.type === 'hello') {
        const fromScratch = frame.stream !== undefined && frame.stream !== room.stream;
        conn.stream = room.stream;
        conn.last = fromScratch ? 0 : Math.min(frame.after, room.records.length);
        conn.live = true;
        for (const r of room.records.slice(conn.last)) deliver(conn, r);
        return;
      }
      id = frame.id;
      const command = frame.command;
      let seq: number;
      if (command.type === 'rewind') {
        if (conn.seat !== INSTRUCTOR) throw new FrameError('unknown-command', 'only the instructor rewinds');
        const at = command.seq;
        if (typeof at !== 'number')
          throw new FrameError('bad-frame', 'rewind: "seq" is the event to branch at');
        await room.rewind(at);
        seq = room.records.length;
      } else seq = await room.submit(conn.seat, command);
      sendFrame(conn, { type: 'ack', id: frame.id, seq });
    } catch (e) {
      const f =
        e instanceof FrameError ? e : new FrameError('internal', e instanceof Error ? e.message : String(e));
      sendFrame(conn, {
        type: 'error',
        id: f.id ?? id,
        code: f.code,
        message: f.message,
        ...(f.rule !== undefined ? { rule: f.rule } : {}),
      });
    }
  };

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 0, host, () => {
      http.off('error', reject);
      resolve();
    });
  });
  const address = http.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${shownHost}:${address.port}`;

  return {
    url,
    instructorUrl: `${url}/?instructor=${instructorToken}`,
    instructorToken,
    codes: room.secrets.codes,
    connections: connectionCounts,
    async close() {
      unlisten();
      for (const c of conns) c.socket.close(1001, 'server stopping');
      wss.close();
      await new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeAllConnections();
      });
      for (const c of conns) c.socket.terminate();
    },
  };
}
