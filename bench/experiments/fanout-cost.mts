// What one broadcast costs the server: CPU and wall time to send one 300-byte frame to N
// ws connections (N=300 by default), by send path. The clients run in another process
// on core 1, the server side on whatever core this runs on:
//   taskset -c 0 node --import tsx bench/experiments/fanout-cost.mts
// 2026-12-02 (load average 10): ws.send 8.3 µs of CPU per connection, a pre-framed
// Buffer written to the socket directly 7.6 µs: the kernel's loopback send is most of it.
import { WebSocketServer, WebSocket } from 'ws';
import { spawn } from 'node:child_process';
const N = Number(process.env.N ?? 300);
if (process.argv[2] === 'client') {
  const url = process.argv[3]!;
  let got = 0;
  const socks: WebSocket[] = [];
  for (let i = 0; i < N; i++) {
    const ws = new WebSocket(url, { perMessageDeflate: false });
    ws.on('message', () => got++);
    socks.push(ws);
  }
  setInterval(() => undefined, 500);
} else {
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1', perMessageDeflate: false });
  await new Promise((r) => wss.once('listening', r));
  const port = (wss.address() as { port: number }).port;
  const conns: WebSocket[] = [];
  wss.on('connection', (ws) => conns.push(ws));
  const child = spawn('taskset', ['-c', '1', process.execPath, '--import', 'tsx', process.argv[1]!, 'client', `ws://127.0.0.1:${port}`], { stdio: 'inherit' });
  while (conns.length < N) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 500));
  const payload = new Uint8Array(300).fill(65);
  const methods: Record<string, () => void> = {
    'ws.send(Uint8Array)': () => { for (const c of conns) c.send(payload); },
    'ws.send(Buffer, opts)': () => { const b = Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength); const o = { binary: true, fin: true, mask: false, compress: false }; for (const c of conns) c.send(b, o); },
    'socket.write(preframed)': () => {
      const b = Buffer.allocUnsafe(4 + payload.length); b[0] = 0x82; b[1] = 126; b.writeUInt16BE(payload.length, 2); b.set(payload, 4);
      for (const c of conns) (c as unknown as { _socket: import('node:net').Socket })._socket.write(b);
    },
  };
  const res: Record<string, { cpu: number[]; wall: number[] }> = {};
  for (let round = 0; round < 6; round++) {
    for (const [name, fn] of Object.entries(methods)) {
      for (let i = 0; i < 20; i++) {
        const c0 = process.cpuUsage(); const t0 = performance.now();
        fn();
        const t1 = performance.now(); const c1 = process.cpuUsage(c0);
        (res[name] ??= { cpu: [], wall: [] }).cpu.push((c1.user + c1.system) / 1000);
        res[name]!.wall.push(t1 - t0);
        await new Promise((r) => setTimeout(r, 20));
      }
    }
  }
  const med = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
  for (const [name, r] of Object.entries(res)) console.log(`${name.padEnd(26)} N=${N}: cpu median ${med(r.cpu).toFixed(2)} ms, wall median ${med(r.wall).toFixed(2)} ms, per send ${(med(r.cpu) / N * 1000).toFixed(1)} µs cpu`);
  child.kill(); wss.close(); process.exit(0);
}
