// B6 load: a ping-pong client on another workshop (awareness query every 5 ms over
// the board socket) while the facilitator downloads the PDF of a big workshop.
import WebSocket from 'ws';
import { io } from 'socket.io-client';
import { config, log, main, sleep, type Room, type Target } from './common.js';
import { summarize } from '../lib/stats.js';

// console: the facilitator has the console open for a while before exporting, as in a
// meeting (the server warms its export worker when a console connects).
const cfg = config<{ target: Target; room: Room; ping: Room; console?: boolean }>();

main(async () => {
  const room = cfg.console ? io(cfg.target.base, { auth: { token: cfg.room.facilitatorToken }, query: { workshop: cfg.room.room }, transports: ['websocket'] }) : null;
  if (room) {
    await new Promise((resolve) => room.once('state', resolve));
    await sleep(3000);
  }
  const ws = new WebSocket(`${cfg.target.ws}/yjs/${cfg.ping.room}?token=${cfg.ping.projectorToken}`);
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  let sentAt = 0;
  let rtts: number[] = [];
  let exportStart = 0;
  ws.on('message', (data: Buffer) => {
    if (data[0] === 1 && sentAt) {
      rtts.push(performance.now() - sentAt);
      if (performance.now() - sentAt > 50) log(`stall ${(performance.now() - sentAt).toFixed(0)} ms ending ${(performance.now() - exportStart).toFixed(0)} ms after the export request`);
      sentAt = 0;
    }
  });
  const timer = setInterval(() => {
    if (sentAt) return; // still waiting: the delay grows until the answer comes
    sentAt = performance.now();
    ws.send(Uint8Array.of(3));
  }, 5);
  await sleep(1000);
  const baseline = summarize(rtts);
  const exportOnce = async () => {
    rtts = [];
    const t0 = performance.now();
    exportStart = t0;
    const res = await fetch(`${cfg.target.base}/api/workshops/${cfg.room.room}/export.pdf`, { headers: { authorization: `Bearer ${cfg.room.facilitatorToken}` } });
    const body = Buffer.from(await res.arrayBuffer());
    const ms = performance.now() - t0;
    await sleep(50);
    return { status: res.status, ms, bytes: body.length, error: res.ok ? '' : body.toString('utf8').slice(0, 200), during: summarize(rtts) };
  };
  // The first export after the start (cold: the document loads, the PDF worker starts),
  // then a second one a moment later (document loaded, worker running).
  const first = await exportOnce();
  await sleep(1000);
  const second = await exportOnce();
  clearInterval(timer);
  ws.close();
  room?.close();
  return { ...first, baseline, second };
});
