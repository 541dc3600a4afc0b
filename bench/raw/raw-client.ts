// A device that costs almost nothing per received note: a raw `ws` connection speaking
// the y-websocket handshake (its own sync step 1 and 2, an answer to the server's step 1),
// which never decodes what it receives but scans each frame's bytes for note markers.
// When it writes, a Y.Doc of its own notes makes the update (it never applies anyone
// else's: a note is a new key of the root `notes` map, valid without the rest).
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import { BoardDoc } from '../../shared/schema.js';
import { encodeAwarenessMessage, encodeSyncStep1, encodeSyncStep2, encodeUpdateMessage } from '../../server/yjs/messages.js';
import { marker, scanMarkers } from './markers.js';

export interface RawClientSpec {
  url: string;
  room: string;
  /** Index of this device among its room's writers (in markers); its own notes are not counted. */
  index: number;
  author: string;
  reads: boolean;
}

export interface Presence {
  /** Renewal of an unchanged state, as y-protocols' awareness does (every 15 s). */
  renewMs: number;
  /** A changed state (as a device that shows what it does), 0 for none. */
  changeMs: number;
}

export type MarkerSink = (writer: number, seq: number, sentUs: number) => void;

export class RawClient {
  private readonly ws: WebSocket;
  private readonly doc = new Y.Doc();
  private readonly board = new BoardDoc(this.doc);
  /** Highest sequence seen per writer: the server keeps each writer's order, so lower is a repeat. */
  private readonly lastSeq = new Map<number, number>();
  private seq = 0;
  private awarenessClock = 0;
  private timers: NodeJS.Timeout[] = [];
  readonly synced: Promise<void>;
  scanning = false;
  frames = 0;
  bytes = 0;
  awarenessFrames = 0;
  awarenessBytes = 0;
  closeCode: number | null = null;

  constructor(
    readonly spec: RawClientSpec,
    private readonly sink: MarkerSink,
    private readonly presence: Presence | null,
  ) {
    this.doc.on('update', (update: Uint8Array) => this.send(encodeUpdateMessage(update)));
    this.ws = new WebSocket(spec.url, { perMessageDeflate: false });
    this.ws.binaryType = 'nodebuffer';
    let onSynced: () => void = () => undefined;
    let onFailed: (error: Error) => void = () => undefined;
    this.synced = new Promise<void>((resolve, reject) => {
      onSynced = resolve;
      onFailed = reject;
    });
    this.ws.on('open', () => {
      this.send(encodeSyncStep1(Y.encodeStateVector(this.doc)));
      if (presence) this.startPresence(presence);
    });
    this.ws.on('message', (data: Buffer) => {
      this.frames++;
      this.bytes += data.length;
      const type = data[0];
      if (type === 1) {
        this.awarenessFrames++;
        this.awarenessBytes += data.length;
        return;
      }
      if (type === 0 && data[1] === 0) {
        const decoder = decoding.createDecoder(data);
        decoding.readVarUint(decoder);
        decoding.readVarUint(decoder);
        this.send(encodeSyncStep2(Y.encodeStateAsUpdate(this.doc, decoding.readVarUint8Array(decoder))));
        return;
      }
      if (type === 0 && data[1] === 1) onSynced();
      if (this.scanning && this.spec.reads) scanMarkers(data, this.found);
    });
    this.ws.on('close', (code) => {
      this.closeCode = code;
      this.stopPresence();
      onFailed(new Error(`closed with ${code} before sync`));
    });
    this.ws.on('error', (error) => onFailed(error));
  }

  private readonly found = (writer: number, seq: number, sentUs: number): void => {
    if (writer === this.spec.index) return;
    if ((this.lastSeq.get(writer) ?? -1) >= seq) return;
    this.lastSeq.set(writer, seq);
    this.sink(writer, seq, sentUs);
  };

  private send(message: Uint8Array): void {
    if (this.ws.readyState === WebSocket.OPEN) this.ws.send(message);
  }

  /** Adds a note whose text carries this device's next marker. */
  write(): void {
    const seq = this.seq++;
    this.board.addNote(
      { text: `Een mantelzorger die weet waar hij terecht kan ${marker(this.spec.index, seq)}`, step: 'discover', author: this.spec.author, createdAt: Date.now(), group: 'carer' },
      `${this.spec.author}-${seq.toString(36)}`,
    );
  }

  get written(): number {
    return this.seq;
  }

  private sendAwareness(state: string): void {
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint(e, this.doc.clientID);
    encoding.writeVarUint(e, ++this.awarenessClock);
    encoding.writeVarString(e, state);
    this.send(encodeAwarenessMessage(encoding.toUint8Array(e)));
  }

  private startPresence({ renewMs, changeMs }: Presence): void {
    let state = '{}';
    this.sendAwareness(state);
    // Phones renew out of step with each other, as they joined at different moments.
    const renew = () => this.sendAwareness(state);
    this.timers.push(setTimeout(() => this.timers.push(setInterval(renew, renewMs)), Math.random() * renewMs));
    if (changeMs > 0) {
      let n = 0;
      const change = () => this.sendAwareness((state = JSON.stringify({ user: { name: this.spec.author }, step: n++ % 5 })));
      this.timers.push(setTimeout(() => this.timers.push(setInterval(change, changeMs)), Math.random() * changeMs));
    }
  }

  private stopPresence(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers = [];
  }

  close(): void {
    this.stopPresence();
    this.ws.close();
    this.doc.destroy();
  }
}
