// The y-websocket endpoint at /yjs/<workshopId>?token=…, speaking the stock protocol
// so that a stock WebsocketProvider syncs. Unlike the stock server it authenticates,
// caps frame sizes, checks every update against the sender's role before it touches
// the document, and stores updates before broadcasting them (see loaded-doc.ts).
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, WebSocket, type RawData } from 'ws';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import { LeaseHeldError, type LoadedDocs } from './loaded-docs.js';
import type { DocConnection, LoadedDoc } from './loaded-doc.js';
import type { Workshops } from '../workshops/workshops.js';
import type { Grant } from '../auth/authenticate.js';
import { CLOSE, DOC_NAME, parseDocName } from '../../shared/protocol.js';
import type { Limits } from '../config.js';
import { firstObjection, readUpdate, updateChecks, type Objection } from './update-checks.js';
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

/** Close codes sent to clients: shared/protocol.ts; re-exported for the server's modules. */
export { CLOSE };
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
  loadedDocs: LoadedDocs;
  workshops: Workshops;
  limits: Limits;
}): YjsEndpoint {
  const { loadedDocs } = deps;
  const { records, authenticate } = deps.workshops;
  const checks = updateChecks(deps.limits);
  const wss = new WebSocketServer({ noServer: true, maxPayload: deps.limits.maxYjsMessageBytes, perMessageDeflate: false });
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
    const grant = await authenticate(url.searchParams.get('token'));
    // A draft document (private writing) is its owner's and the facilitator's alone.
    const mayOpen =
      grant !== null &&
      grant.workshopId === workshopId &&
      (draftOwner === null || grant.role === 'facilitator' || grant.participantId === draftOwner);
    if (!grant || !mayOpen) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\nunknown or revoked token\n');
      return;
    }
    let loaded: LoadedDoc;
    try {
      loaded = await loadedDocs.acquire(docName, { forDevice: true, early: true });
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
    wss.handleUpgrade(req, socket, head, (ws) => attach(ws, loaded, grant));
  }

  function attach(ws: WebSocket, loaded: LoadedDoc, grant: Grant): void {
    const conn: Connection = {
      ws,
      grant,
      role: grant.role,
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
    loaded.conns.add(conn);
    let set = live.get(grant.workshopId);
    if (!set) live.set(grant.workshopId, (set = new Set()));
    set.add(conn);

    const receive = (message: Uint8Array): void => {
      try {
        handleMessage(conn, loaded, message);
      } catch (error) {
        console.warn(`[yjs] bad message from ${grant.role} in ${loaded.id}: ${(error as Error).message}`);
        ws.close(CLOSE.badMessage, 'malformed message');
      }
    };
    // Attached before the document is applied (LoadedDocs.acquire `early`): the device's
    // messages wait for it, in order, except a new device's first sync step, answered with
    // the stored whole state while the server applies it.
    let waiting: Uint8Array[] | null = loaded.isReady ? null : [];
    let sendingWhole = false;
    ws.on('pong', () => (conn.alive = true));
    ws.on('message', (data: RawData, isBinary: boolean) => {
      if (!isBinary) {
        ws.close(CLOSE.unsupportedData, 'binary frames only');
        return;
      }
      const message = toUint8(data);
      if (!waiting) return receive(message);
      const whole = waiting.length === 0 ? wholeStateFor(loaded, message) : null;
      if (whole) {
        // The document is applied once the update is out: applying first would hold the
        // rest of a large message in this process until it is done.
        sendingWhole = true;
        ws.send(encodeSyncStep2(whole), () => loaded.need());
        return;
      }
      waiting.push(message);
      if (!sendingWhole) loaded.need();
    });
    // ws has already answered a protocol error (1009 for a frame over the limit) with a
    // close frame; terminating here would reset the socket before the client reads it.
    ws.on('error', (error) => console.warn(`[yjs] connection error from ${grant.role} in ${loaded.id}: ${error.message}`));
    ws.on('close', () => {
      loaded.removeConnection(conn);
      set.delete(conn);
      if (set.size === 0) live.delete(grant.workshopId);
      loadedDocs.release(loaded);
    });

    const presence = loaded.presenceMessage(conn.role);
    if (presence) conn.send(presence);
    if (!waiting) {
      conn.send(encodeSyncStep1(Y.encodeStateVector(loaded.doc)));
      return;
    }
    loaded.ready.then(
      () => {
        const queued = waiting ?? [];
        waiting = null;
        if (ws.readyState !== WebSocket.OPEN) return;
        conn.send(encodeSyncStep1(Y.encodeStateVector(loaded.doc)));
        for (const message of queued) if (ws.readyState === WebSocket.OPEN) receive(message);
      },
      (error: unknown) => {
        console.error(`[yjs] could not load ${loaded.id}`, error);
        ws.close(CLOSE.tryAgain, 'this workshop could not be loaded; try again');
      },
    );
  }

  /** For sync step 1 of a new device (an empty state vector): the stored whole state, if there is one. */
  function wholeStateFor(loaded: LoadedDoc, message: Uint8Array): Uint8Array | null {
    try {
      const decoder = decoding.createDecoder(message);
      if (decoding.readVarUint(decoder) !== MESSAGE_SYNC || decoding.readVarUint(decoder) !== SYNC_STEP1) return null;
      return isEmptyStateVector(decoding.readVarUint8Array(decoder)) ? loaded.takeWholeState() : null;
    } catch {
      return null; // malformed: refused in order once the document is applied
    }
  }

  function handleMessage(conn: Connection, loaded: LoadedDoc, message: Uint8Array): void {
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MESSAGE_SYNC:
        return handleSync(conn, loaded, decoder);
      case MESSAGE_AWARENESS: {
        const update = decoding.readVarUint8Array(decoder);
        // A read-only projector shows no cursor or presence of its own.
        if (conn.grant.role !== 'projector') awarenessProtocol.applyAwarenessUpdate(loaded.awareness, update, conn);
        return;
      }
      case MESSAGE_QUERY_AWARENESS: {
        // An answer even when nothing is visible: a client may time its queries (B6 does).
        conn.send(loaded.presenceMessage(conn.role) ?? encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(loaded.awareness, [])));
        return;
      }
      default:
        throw new Error(`unknown message type ${type}`);
    }
  }

  function handleSync(conn: Connection, loaded: LoadedDoc, decoder: decoding.Decoder): void {
    const subtype = decoding.readVarUint(decoder);
    if (subtype === SYNC_STEP1) {
      const stateVector = decoding.readVarUint8Array(decoder);
      // A new device (an empty state vector: no clients) needs the whole document.
      const whole = isEmptyStateVector(stateVector) ? loaded.takeWholeState() : null;
      conn.send(encodeSyncStep2(whole ?? Y.encodeStateAsUpdate(loaded.doc, stateVector)));
      return;
    }
    if (subtype !== SYNC_STEP2 && subtype !== SYNC_UPDATE) throw new Error(`unknown sync message ${subtype}`);
    const update = decoding.readVarUint8Array(decoder);
    const record = records.cached(conn.grant.workshopId);
    if (!record) throw new Error('workshop no longer exists');
    const objection = firstObjection(checks, { update, ...readUpdate(update), grant: conn.grant, record, target: loaded });
    if (objection) refuse(conn, loaded, objection);
    else loaded.applyUpdate(update, conn);
  }

  function refuse(conn: Connection, loaded: LoadedDoc, { check, outcome, reason }: Objection): void {
    if (outcome === 'drop') return;
    if (outcome !== CLOSE.slowConsumer) {
      console.warn(`[yjs] refused update from ${conn.grant.role} ${conn.grant.participantId ?? ''} in ${loaded.id} (${check}): ${reason}`);
    }
    conn.ws.close(outcome, truncate(reason));
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

/** A state vector of no clients: varuint 0. */
function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return stateVector.length === 1 && stateVector[0] === 0;
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
