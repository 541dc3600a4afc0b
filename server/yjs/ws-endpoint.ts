// The y-websocket endpoint at /yjs/<workshopId>?token=…, speaking the stock protocol
// so that a stock WebsocketProvider syncs. Unlike the stock server it authenticates,
// caps frame sizes, checks every update against the sender's role before it touches
// the document, and stores updates before broadcasting them (see doc-room.ts).
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, WebSocket, type RawData } from 'ws';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import { LeaseHeldError, TRY_AGAIN, type DocRooms } from './doc-rooms.js';
import type { DocConnection, DocRoom } from './doc-room.js';
import type { Grant, WorkshopService } from '../workshops/service.js';
import type { UpdateGate } from './gate.js';
import { parseDocName } from '../../shared/schema.js';
import { NoteRateLimiter } from './note-rate.js';
import {
  MESSAGE_AWARENESS,
  MESSAGE_QUERY_AWARENESS,
  MESSAGE_SYNC,
  SYNC_STEP1,
  SYNC_STEP2,
  SYNC_UPDATE,
  encodeAwarenessMessage,
  encodeSyncStep1,
  encodeSyncStep2,
} from './messages.js';

/** Close codes sent to clients; documented in docs/protocol.md. */
export const CLOSE = {
  unsupportedData: 1003,
  tooBig: 1009,
  refused: 4403,
  revoked: 4401,
  deleted: 4404,
  /** Reconnect and resync: the device was too slow, or sent notes too fast. */
  slowConsumer: 4500,
  badMessage: 4400,
  /** Another node serves this workshop now (or is taking it over): reconnect (doc-rooms.ts). */
  tryAgain: TRY_AGAIN,
} as const;

/** A workshop id, or `<workshopId>~<participantId>` for a private-writing draft. */
const DOC_NAME = /^[\w-]{1,40}(~[\w-]{1,40})?$/;
const MAX_BUFFERED_BYTES = 16 * 1024 * 1024;
const PING_INTERVAL_MS = 30_000;

interface Connection extends DocConnection {
  ws: WebSocket;
  grant: Grant;
  alive: boolean;
}

export interface YjsEndpoint {
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Closes every connection of a participant or a whole workshop. */
  disconnect(workshopId: string, participantId: string | null, code: number, reason: string): void;
  close(): void;
}

export function createYjsEndpoint(deps: {
  rooms: DocRooms;
  service: WorkshopService;
  gate: UpdateGate;
  maxMessageBytes: number;
  notesPerParticipantPerMinute: number;
}): YjsEndpoint {
  const { rooms, service, gate } = deps;
  const noteRate = new NoteRateLimiter(deps.notesPerParticipantPerMinute);
  const wss = new WebSocketServer({ noServer: true, maxPayload: deps.maxMessageBytes, perMessageDeflate: false });
  const live = new Map<string, Set<Connection>>();

  const pinger = setInterval(() => {
    for (const conns of live.values()) {
      for (const conn of conns) {
        if (!conn.alive) conn.ws.terminate();
        else {
          conn.alive = false;
          conn.ws.ping();
        }
      }
    }
  }, PING_INTERVAL_MS);
  pinger.unref();

  async function handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const docName = url.pathname.slice('/yjs/'.length);
    if (!DOC_NAME.test(docName)) {
      socket.end('HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\nbad document name\n');
      return;
    }
    const { workshopId, draftOwner } = parseDocName(docName);
    const grant = await service.authenticate(url.searchParams.get('token'));
    // A draft document (private writing) is its owner's and the facilitator's alone.
    const mayOpen =
      grant !== null &&
      grant.workshopId === workshopId &&
      (draftOwner === null || grant.role === 'facilitator' || grant.participantId === draftOwner);
    if (!grant || !mayOpen) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\nunknown or revoked token\n');
      return;
    }
    let room: DocRoom;
    try {
      room = await rooms.acquire(docName);
    } catch (error) {
      if (error instanceof LeaseHeldError) {
        // Never a second live copy: a stock y-websocket client retries 1013 by itself.
        wss.handleUpgrade(req, socket, head, (ws) => ws.close(CLOSE.tryAgain, 'this workshop is served by another server; try again'));
        return;
      }
      console.error(`[yjs] could not load ${workshopId}`, error);
      socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => attach(ws, room, grant));
  }

  function attach(ws: WebSocket, room: DocRoom, grant: Grant): void {
    const conn: Connection = {
      ws,
      grant,
      alive: true,
      awarenessIds: new Set(),
      send(message) {
        if (ws.readyState !== WebSocket.OPEN) return;
        // A device that cannot keep up is disconnected; it resyncs in full on reconnect.
        if (ws.bufferedAmount > MAX_BUFFERED_BYTES) {
          ws.close(CLOSE.slowConsumer, 'too slow');
          return;
        }
        ws.send(message);
      },
      close(code, reason) {
        ws.close(code, reason);
      },
    };
    room.conns.add(conn);
    let set = live.get(grant.workshopId);
    if (!set) live.set(grant.workshopId, (set = new Set()));
    set.add(conn);

    ws.on('pong', () => (conn.alive = true));
    ws.on('message', (data: RawData, isBinary: boolean) => {
      if (!isBinary) {
        ws.close(CLOSE.unsupportedData, 'binary frames only');
        return;
      }
      try {
        handleMessage(conn, room, toUint8(data));
      } catch (error) {
        console.warn(`[yjs] bad message from ${grant.role} in ${room.id}: ${(error as Error).message}`);
        ws.close(CLOSE.badMessage, 'malformed message');
      }
    });
    ws.on('error', () => ws.terminate());
    ws.on('close', () => {
      room.removeConnection(conn);
      set.delete(conn);
      if (set.size === 0) live.delete(grant.workshopId);
      rooms.release(room);
    });

    conn.send(encodeSyncStep1(Y.encodeStateVector(room.doc)));
    const states = room.awareness.getStates();
    if (states.size > 0) {
      conn.send(encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(room.awareness, [...states.keys()])));
    }
  }

  function handleMessage(conn: Connection, room: DocRoom, message: Uint8Array): void {
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MESSAGE_SYNC:
        return handleSync(conn, room, decoder);
      case MESSAGE_AWARENESS: {
        const update = decoding.readVarUint8Array(decoder);
        // A read-only projector shows no cursor or presence of its own.
        if (conn.grant.role !== 'projector') awarenessProtocol.applyAwarenessUpdate(room.awareness, update, conn);
        return;
      }
      case MESSAGE_QUERY_AWARENESS:
        conn.send(encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(room.awareness, [...room.awareness.getStates().keys()])));
        return;
      default:
        throw new Error(`unknown message type ${type}`);
    }
  }

  function handleSync(conn: Connection, room: DocRoom, decoder: decoding.Decoder): void {
    const subtype = decoding.readVarUint(decoder);
    if (subtype === SYNC_STEP1) {
      const stateVector = decoding.readVarUint8Array(decoder);
      conn.send(encodeSyncStep2(Y.encodeStateAsUpdate(room.doc, stateVector)));
      return;
    }
    if (subtype !== SYNC_STEP2 && subtype !== SYNC_UPDATE) throw new Error(`unknown sync message ${subtype}`);
    const update = decoding.readVarUint8Array(decoder);
    const record = service.cached(conn.grant.workshopId);
    if (!record) throw new Error('workshop no longer exists');
    const verdict = gate(room.doc, update, conn.grant, record);
    if (!verdict.ok) {
      // Projectors are read-only by design; their (empty) sync replies are simply dropped.
      if (conn.grant.role === 'projector') return;
      console.warn(`[yjs] refused update from ${conn.grant.role} ${conn.grant.participantId ?? ''} in ${room.id}: ${verdict.reason}`);
      conn.ws.close(CLOSE.refused, truncate(verdict.reason));
      return;
    }
    const claim = room.claimClientIds(update, conn.grant.participantId ? `p:${conn.grant.participantId}` : conn.grant.role);
    if (!claim.ok) {
      console.warn(`[yjs] refused update from ${conn.grant.role} ${conn.grant.participantId ?? ''} in ${room.id}: client id ${claim.clientId} belongs to another device`);
      conn.ws.close(CLOSE.refused, 'this Yjs client id belongs to another device');
      return;
    }
    if (conn.grant.participantId && !noteRate.admit(conn.grant.participantId, update)) {
      conn.ws.close(CLOSE.slowConsumer, 'too many notes; retrying shortly');
      return;
    }
    room.applyUpdate(update, conn);
  }

  return {
    handleUpgrade(req, socket, head) {
      handleUpgrade(req, socket, head).catch((error: unknown) => {
        console.error('[yjs] upgrade failed', error);
        socket.destroy();
      });
    },
    disconnect(workshopId, participantId, code, reason) {
      for (const conn of live.get(workshopId) ?? []) {
        if (participantId === null || conn.grant.participantId === participantId) conn.ws.close(code, reason);
      }
    },
    close() {
      clearInterval(pinger);
      for (const conns of live.values()) for (const conn of conns) conn.ws.terminate();
      wss.close();
    },
  };
}

function toUint8(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/** Close reasons are limited to 123 bytes by the websocket protocol. */
function truncate(reason: string): string {
  return Buffer.byteLength(reason) <= 120 ? reason : reason.slice(0, 100) + '…';
}
