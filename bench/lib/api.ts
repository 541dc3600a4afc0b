// The HTTP side of joining, shared by the orchestrator and the load processes: ours
// creates workshops and joins participants through its API; the reference has none.
export interface Target {
  kind: 'ours' | 'ref';
  base: string;
  ws: string;
}

async function post(base: string, path: string, body: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await res.text();
  if (!res.ok) throw new Error(`POST ${path}: ${res.status} ${text}`);
  return JSON.parse(text) as Record<string, unknown>;
}

function str(value: unknown, name: string): string {
  if (typeof value !== 'string') throw new Error(`API answer without ${name}`);
  return value;
}

export interface Room {
  room: string;
  joinCode?: string;
  facilitatorToken?: string;
  projectorToken?: string;
}

/** Ours: POST /api/workshops. The reference has no API: a room is just a name. */
export async function createRoom(t: Target, title = 'Bench'): Promise<Room> {
  if (t.kind === 'ref') return { room: `bench-${Math.random().toString(36).slice(2, 12)}` };
  const created = await post(t.base, '/api/workshops', { title });
  return {
    room: str(created.id, 'id'),
    joinCode: str(created.joinCode, 'joinCode'),
    facilitatorToken: str(created.facilitatorToken, 'facilitatorToken'),
    projectorToken: str(created.projectorToken, 'projectorToken'),
  };
}

export interface Participant {
  participantId: string;
  token?: string;
}

/** Ours: POST /api/join as a phone does. The reference has no auth: a random author id. */
export async function join(t: Target, room: Room, group = 'carer'): Promise<Participant> {
  if (t.kind === 'ref') return { participantId: Math.random().toString(36).slice(2, 12) };
  const joined = await post(t.base, '/api/join', { code: room.joinCode, group });
  return { participantId: str(joined.participantId, 'participantId'), token: str(joined.participantToken, 'participantToken') };
}

/** The y-websocket URL of a room, as a stock provider builds it (ours at /yjs with the token). */
export function roomUrl(t: Target, room: string, token?: string): string {
  if (t.kind === 'ref') return `${t.ws}/${room}`;
  const query = new URLSearchParams(token ? { token, workshop: room.split('~')[0] ?? room } : {});
  return `${t.ws}/yjs/${room}?${query}`;
}

/** Runs `fn` over `items` with at most `limit` at a time. */
export async function pool<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
