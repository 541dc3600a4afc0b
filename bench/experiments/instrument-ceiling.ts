// Sanity check of the raw instrument (npx tsx bench/experiments/instrument-ceiling.ts):
// against a trivial relay (echo-server.ts, on the server core), the load processes' CPU
// per received frame and the highest note rate they can observe for 300 devices.
import { spawn } from 'node:child_process';
import { startFleet } from '../lib/fleet.js';
import { ROOT, SERVER_CORE } from '../lib/servers.js';
import { machineLine } from '../lib/machine.js';

const port = 31098;
const echo = spawn('taskset', ['-c', SERVER_CORE, process.execPath, '--import', 'tsx', 'bench/experiments/echo-server.ts', String(port)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise<void>((resolve) => echo.stdout!.on('data', (c: Buffer) => /running/.test(c.toString()) && resolve()));
const devices = Number(process.argv[2] ?? 300);
const fleet = await startFleet({ kind: 'ref', base: `http://127.0.0.1:${port}`, ws: `ws://127.0.0.1:${port}` }, { workshops: 1, devicesPerWorkshop: devices, witnesses: 3, facilitatorWriters: 10, processes: 3, presence: null });
console.log(`${fleet.readers} raw readers, 3 witnesses; ${machineLine()}`);
for (const rate of [30, 100, 200, 400, 700, 1000, 1500]) {
  await fleet.measure();
  const sent = await fleet.write(rate / 10, 3000);
  const r = await fleet.collect(5000);
  const cpuMs = r.cpus.slice(0, -1).reduce((s, c) => s + c, 0) * sent.ms;
  console.log(
    `${rate}/s (achieved ${((sent.written * 1000) / sent.ms).toFixed(0)}/s): p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, ${r.arrivals}/${r.expected} arrivals, ${r.frames} frames, ` +
      `raw CPU ${r.cpus.slice(0, -1).map((c) => (c * 100).toFixed(0) + '%').join('+')}, witnesses ${(r.cpus.at(-1)! * 100).toFixed(0)}%, ${((cpuMs * 1000) / r.frames).toFixed(1)} µs raw CPU per frame; ${machineLine()}`,
  );
  if (r.loadCpu > 0.95) break;
}
await fleet.stop();
echo.kill();
