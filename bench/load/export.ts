// B6 load: a ping-pong client on another workshop (awareness query every 5 ms over
// the board socket) while the facilitator downloads the PDF of a big workshop.
import WebSocket from 'ws';
import { config, main, sleep, type Room, type Target } from './common.js';
import { summarize } from '../lib/stats.js';

const cfg = config<{ target: Target; room: Room; ping: Room }>();

main(async () => {
  const ws = new WebSocket(`${cfg.target.ws}/yjs/${cfg.ping.room}?token=${cfg.ping.projectorToken}`);
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  let sentAt = 0;
  let rtts: number[] = [];
  ws.on('message', (data: Buffer) => {
    if (data[0] === 1 && sentAt) {
      rtts.push(performance.now() - sentAt);
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
  rtts = [];
  const t0 = performance.now();
  const res = await fetch(`${cfg.target.base}/api/workshops/${cfg.room.room}/export.pdf`, { headers: { authorization: `Bearer ${cfg.room.facilitatorToken}` } });
  const body = Buffer.from(await res.arrayBuffer());
  const ms = performance.now() - t0;
  await sleep(50);
  clearInterval(timer);
  const during = summarize(rtts);
  ws.close();
  return { status: res.status, ms, bytes: body.length, error: res.ok ? '' : body.toString('utf8').slice(0, 200), baseline, during };
});
