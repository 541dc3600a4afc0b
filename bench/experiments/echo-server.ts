// The trivial server of the instrument's sanity check: the y-websocket handshake with an
// empty document, then every update frame relayed as is to the room's other connections.
// No Yjs, no storage: what a load process sees here is the instrument's own ceiling.
import { WebSocketServer, type WebSocket } from 'ws';

const port = Number(process.argv[2] ?? 31099);
const STEP1_EMPTY = Uint8Array.of(0, 0, 1, 0);
const STEP2_EMPTY = Uint8Array.of(0, 1, 2, 0, 0);
const rooms = new Map<string, Set<WebSocket>>();
const wss = new WebSocketServer({ port, host: '127.0.0.1', perMessageDeflate: false });
wss.on('connection', (ws, req) => {
  const name = req.url ?? '/';
  let room = rooms.get(name);
  if (!room) rooms.set(name, (room = new Set()));
  room.add(ws);
  ws.send(STEP1_EMPTY);
  ws.on('message', (data: Buffer) => {
    if (data[0] === 0 && data[1] === 0) ws.send(STEP2_EMPTY);
    else if (data[0] === 0 && data[1] === 2) for (const other of room) if (other !== ws) other.send(data);
  });
  ws.on('close', () => room.delete(ws));
});
wss.on('listening', () => console.log(`echo running at ${port}`));
