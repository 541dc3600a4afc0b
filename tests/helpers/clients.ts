// Stock clients, as a phone or a third-party tool would use them: fetch for the HTTP
// API, y-websocket's WebsocketProvider for the board, socket.io-client for the room.
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';
import { io, type Socket } from 'socket.io-client';
import type { CreateWorkshopResponse, JoinResponse } from '../../shared/api.js';
import type { ClientToServerEvents, RoomState, ServerToClientEvents } from '../../shared/room.js';
import type { GroupId } from '../../shared/groups.js';
import { waitFor } from './wait.js';
import { BoardDoc } from '../../shared/schema.js';

export async function postJson(base: string, path: string, body: unknown): Promise<{ status: number; json: any }> {
  const res = await fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : null };
}

export async function createWorkshop(base: string, body: Record<string, unknown> = { title: 'Respijtzorg Houten' }): Promise<CreateWorkshopResponse> {
  const { status, json } = await postJson(base, '/api/workshops', body);
  if (status !== 201) throw new Error(`create failed: ${status} ${JSON.stringify(json)}`);
  return json as CreateWorkshopResponse;
}

export async function join(base: string, code: string, group: GroupId = 'carer', name?: string): Promise<JoinResponse> {
  const { status, json } = await postJson(base, '/api/join', { code, group, ...(name ? { name } : {}) });
  if (status !== 200) throw new Error(`join failed: ${status} ${JSON.stringify(json)}`);
  return json as JoinResponse;
}

export interface YClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  synced: Promise<void>;
  destroy(): void;
}

export function yClient(ws: string, workshopId: string, token: string, doc = new Y.Doc()): YClient {
  const provider = new WebsocketProvider(`${ws}/yjs`, workshopId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    // As the client does: the workshop id lets a load balancer route by workshop.
    params: { token, workshop: workshopId.split('~')[0] ?? workshopId },
    disableBc: true,
    maxBackoffTime: 300,
  });
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    provider.on('sync', (isSynced: boolean) => isSynced && resolve());
  });
  return {
    doc,
    provider,
    synced,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Resolves with the close code when the server closes the provider's socket. */
export function nextClose(client: YClient): Promise<number> {
  return new Promise((resolve) => {
    client.provider.on('connection-close', (event: CloseEvent | null) => resolve(event?.code ?? 0));
  });
}

export type RoomClient = Socket<ServerToClientEvents, ClientToServerEvents> & { states: RoomState[] };

export function roomClient(base: string, token: string, workshopId?: string): RoomClient {
  const socket = io(base, {
    auth: { token },
    query: workshopId ? { workshop: workshopId } : {},
    transports: ['websocket'],
    reconnectionDelay: 100,
    reconnectionDelayMax: 500,
  }) as RoomClient;
  socket.states = [];
  socket.on('state', (state) => socket.states.push(state));
  return socket;
}

export async function lastState(client: RoomClient, what = 'a state'): Promise<RoomState> {
  return waitFor(() => client.states[client.states.length - 1], 5000, what);
}

export function emitAck(client: RoomClient, event: string, payload: unknown): Promise<{ ok: boolean; error?: string }> {
  return new Promise((resolve) => {
    (client as unknown as Socket).emit(event, payload, resolve);
  });
}

/**
 * Waits until every change the server sent `observers` before now has reached them: a
 * marker written afterwards by a facilitator's connection of its own must arrive, and the
 * server sends each device its changes in order. So, after this, a change that has not
 * arrived never will: the way to show that something did NOT arrive without sleeping.
 * The marker lives in a root of its own, which no reader of the board looks at.
 */
export async function barrier(ws: string, workshopId: string, facilitatorToken: string, ...observers: YClient[]): Promise<void> {
  const writer = yClient(ws, workshopId, facilitatorToken);
  try {
    await writer.synced;
    const key = `b${Math.random().toString(36).slice(2)}`;
    writer.doc.getMap('testBarrier').set(key, true);
    for (const observer of observers) await waitFor(() => observer.doc.getMap('testBarrier').has(key), 5000, 'the barrier');
  } finally {
    writer.destroy();
  }
}

/** Sends a facilitator's command once the room has answered, and fails the test if it is refused. */
export async function command(room: RoomClient, event: string, payload: unknown): Promise<void> {
  await lastState(room);
  const ack = await emitAck(room, event, payload);
  if (!ack.ok) throw new Error(`${event} refused: ${ack.error}`);
}

/**
 * A workshop with one note, written by a participant's stock client and stored; the
 * client is gone again, so the document unloads after the server's idle time.
 */
export async function workshopWithNote(
  t: { base: string; ws: string; server: { store: { readUpdates(id: string): Promise<Uint8Array[]> } } },
  text: string,
  options: { title?: string; step?: 'checkin' | 'discover' } = {},
): Promise<{ w: CreateWorkshopResponse; p: JoinResponse }> {
  const w = await createWorkshop(t.base, { title: options.title ?? 'Respijtzorg Houten', facilitatorName: 'Marieke' });
  const p = await join(t.base, w.joinCode, 'carer', 'Anja');
  const phone = yClient(t.ws, w.id, p.participantToken);
  await phone.synced;
  new BoardDoc(phone.doc).addNote({ text, step: options.step ?? 'checkin', author: p.participantId, createdAt: Date.now(), group: 'carer' }, 'n1');
  await waitFor(async () => (await t.server.store.readUpdates(w.id)).length > 0, 3000, 'the note stored');
  phone.destroy();
  return { w, p };
}
