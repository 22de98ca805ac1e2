/** The browser's side of the wire protocol (docs/classroom.md): join, reads, and the WebSocket. */
export interface Me {
  readonly seat: string;
  readonly game: {
    readonly id: string;
    readonly title: string;
    readonly seats: readonly string[];
    readonly at: string;
  };
  readonly stream: string;
  readonly commands: readonly string[];
  readonly brief: any;
}
export interface Rec {
  readonly stream: string;
  readonly seq: number;
  readonly id: string;
  readonly at: string;
  readonly type: string;
  readonly data: any;
  readonly meta?: { readonly actor?: string; readonly wall?: string };
}

export async function join(code: string): Promise<{ seat: string } | { error: string; status: number }> {
  const res = await fetch('/api/join', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  const body = await res.json();
  return res.ok ? body : { error: body.message ?? body.error, status: res.status };
}

export async function getJson<T>(path: string): Promise<T | undefined> {
  const res = await fetch(path);
  return res.ok ? ((await res.json()) as T) : undefined;
}

export interface Link {
  command(
    command: Record<string, unknown>,
  ): Promise<{ ok: true; seq: number } | { ok: false; message: string }>;
}

/** Open the WebSocket, say hello, reconnect with `after` when it drops. */
export function connect(
  onRecord: (r: Rec) => void,
  onBranch: () => void,
  onState: (s: string) => void,
): Link {
  let ws: WebSocket | undefined;
  let last = 0;
  let stream: string | undefined;
  let n = 0;
  const waiting = new Map<string, (f: any) => void>();
  const open = () => {
    ws = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`);
    ws.onopen = () => {
      onState('connected');
      ws!.send(JSON.stringify({ type: 'hello', after: last, ...(stream ? { stream } : {}) }));
    };
    ws.onmessage = (e) => {
      const f = JSON.parse(String(e.data));
      if (f.type === 'event') {
        const r = f.record as Rec;
        if (stream !== undefined && r.stream !== stream) {
          last = 0;
          onBranch();
        }
        stream = r.stream;
        if (r.seq <= last) return;
        last = r.seq;
        onRecord(r);
      } else if (f.id !== undefined && f.id !== null) waiting.get(String(f.id))?.(f);
    };
    ws.onclose = () => {
      onState('reconnecting…');
      setTimeout(open, 1000);
    };
  };
  open();
  return {
    command(command) {
      const id = `c${++n}`;
      return new Promise((resolve) => {
        waiting.set(id, (f) => {
          waiting.delete(id);
          resolve(f.type === 'ack' ? { ok: true, seq: f.seq } : { ok: false, message: f.message });
        });
        ws?.send(JSON.stringify({ type: 'command', id, command }));
      });
    },
  };
}
