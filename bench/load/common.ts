// Shared by the load generator children: stock clients only (fetch for the API,
// y-websocket's WebsocketProvider with `ws`), joined the way a phone joins.
import readline from 'node:readline';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';
import { BoardDoc, ROOT } from '../../shared/schema.js';
import { createRoom, join, pool, type Participant, type Room, type Target } from '../lib/api.js';

export { createRoom, join, pool, type Participant, type Room, type Target } from '../lib/api.js';

export const config = <T>(): T => JSON.parse(process.argv[2] ?? '{}') as T;
export const emit = (message: Record<string, unknown>): void => void process.stdout.write(JSON.stringify(message) + '\n');
export const log = (message: string): void => emit({ type: 'log', message });
export const now = (): number => performance.timeOrigin + performance.now();
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs the child's main and reports a failure to the orchestrator. */
export function main(run: () => Promise<Record<string, unknown>>): void {
  run().then(
    (result) => {
      emit({ type: 'result', ...result });
      setTimeout(() => process.exit(0), 50);
    },
    (error: unknown) => {
      emit({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      setTimeout(() => process.exit(1), 50);
    },
  );
}

const commands: Record<string, unknown>[] = [];
const commandWaiters: (() => void)[] = [];
readline.createInterface({ input: process.stdin }).on('line', (line) => {
  commands.push(JSON.parse(line) as Record<string, unknown>);
  commandWaiters.splice(0).forEach((wake) => wake());
});
/** Waits for the orchestrator's next command `cmd` ('*': the next command of any kind). */
export async function command(cmd: string): Promise<Record<string, unknown>> {
  for (;;) {
    const at = commands.findIndex((c) => cmd === '*' || c.cmd === cmd);
    if (at !== -1) return commands.splice(at, 1)[0]!;
    await new Promise<void>((resolve) => commandWaiters.push(resolve));
  }
}

/** CPU use of this process over a window, as a share of one core. */
export class CpuMeter {
  private cpu = process.cpuUsage();
  private wall = performance.now();
  share(): number {
    const used = process.cpuUsage(this.cpu);
    return (used.user + used.system) / 1000 / (performance.now() - this.wall);
  }
}

export interface Client {
  doc: Y.Doc;
  board: BoardDoc;
  provider: WebsocketProvider;
  /** Resolves on the next sync (true) event. */
  nextSync(): Promise<void>;
  destroy(): void;
}

/** A stock provider: ours at /yjs with the token, the reference at /<room>. */
export function connect(t: Target, room: string, token?: string, doc = new Y.Doc()): Client {
  const provider = new WebsocketProvider(t.kind === 'ours' ? `${t.ws}/yjs` : t.ws, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    // As the client does: the workshop id in the query lets HAProxy route by workshop (B8).
    params: token ? { token, workshop: room.split('~')[0] ?? room } : {},
    disableBc: true,
  });
  return {
    doc,
    board: new BoardDoc(doc),
    provider,
    nextSync: () =>
      new Promise<void>((resolve) => {
        const onSync = (synced: boolean) => {
          if (!synced) return;
          provider.off('sync', onSync);
          resolve();
        };
        provider.on('sync', onSync);
      }),
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

export async function connectSynced(t: Target, room: string, token?: string, doc?: Y.Doc): Promise<Client> {
  const client = connect(t, room, token, doc);
  if (!client.provider.synced) await client.nextSync();
  return client;
}

let noteSeq = 0;
/** A note in our schema, by its author, stamped with its send time in createdAt. */
export function writeNote(board: BoardDoc, author: string, text = 'Een mantelzorger die weet waar hij terecht kan'): string {
  const id = `${author}-${(noteSeq++).toString(36)}`;
  board.addNote({ text: `${text} #${noteSeq}`, step: 'discover', author, createdAt: now(), group: 'carer' }, id);
  return id;
}

/** Calls `sink(latencyMs)` for every note another device created, as it arrives. */
export function onArrival(client: Client, sink: (latencyMs: number, id: string) => void): void {
  const seen = new Set<string>();
  client.doc.getMap<unknown>(ROOT.notes).observe((event) => {
    if (event.transaction.local) return;
    const at = now();
    for (const id of event.keysChanged) {
      if (seen.has(id)) continue;
      seen.add(id);
      const note = event.target.get(id);
      const createdAt = note instanceof Y.Map ? note.get('createdAt') : undefined;
      if (typeof createdAt === 'number') sink(at - createdAt, id);
    }
  });
}

/** A setup shared by B1, B2 and B5: one workshop, n participants joined and synced. */
export async function workshopWithParticipants(t: Target, n: number): Promise<{ room: Room; people: (Participant & { client: Client })[] }> {
  const room = await createRoom(t);
  // Set-up, before anything is measured: joins 10 at a time, connections 25 at a time.
  const joined = await pool(Array.from({ length: n }), 10, () => join(t, room));
  const people = await pool(joined, 25, async (p) => ({ ...p, client: await connectSynced(t, room.room, p.token) }));
  return { room, people };
}
