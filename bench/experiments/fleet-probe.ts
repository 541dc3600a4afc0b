// A single fleet phase against a server started by hand (for profiling or a quick A/B):
//   npx tsx bench/experiments/fleet-probe.ts <ours|ref> <port> <server pid> <notes/s[,notes/s…]> <seconds> [devices] [presence change s]
// (one phase per rate, one after the other, on the same devices)
// Writers are 10 extra devices (ours: the facilitator's token); every device renews its
// presence every 15 s, and changes it every <presence change s> if given.
import { startFleet } from '../lib/fleet.js';
import { procCpuMs } from '../lib/servers.js';
import { machineLine } from '../lib/machine.js';
import { describe } from '../b1-propagation.js';

const [kind, port, pid, rate, seconds, devices, change] = process.argv.slice(2);
if (kind !== 'ours' && kind !== 'ref') throw new Error('usage: fleet-probe.ts <ours|ref> <port> <pid> <rate> <seconds> [devices] [change s]');
const fleet = await startFleet(
  { kind, base: `http://127.0.0.1:${port}`, ws: `ws://127.0.0.1:${port}`, cpuMs: () => procCpuMs(Number(pid)) },
  { workshops: 1, devicesPerWorkshop: Number(devices ?? 300), witnesses: 3, facilitatorWriters: 10, processes: 3, presence: { renewMs: 15_000, changeMs: change ? Number(change) * 1000 : 0 } },
);
await new Promise((resolve) => setTimeout(resolve, 2000));
for (const perSecond of rate!.split(',').map(Number)) {
  await fleet.measure();
  if (perSecond > 0) await fleet.write(perSecond / 10, Number(seconds) * 1000);
  else await new Promise((resolve) => setTimeout(resolve, Number(seconds) * 1000));
  const r = await fleet.collect(5000);
  console.log(`${kind} ${perSecond}/s for ${seconds} s: ${describe(r)}; awareness frames received ${r.awarenessFrames} (${(r.awarenessBytes / 1024).toFixed(0)} KiB), all frames ${r.frames}${r.discarded ? ` [${r.discarded}]` : ''}; ${machineLine()}`);
  if (r.p99 > 2000) break;
}
await fleet.stop();
