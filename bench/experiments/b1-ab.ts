// B1 (steady phase, and the burst with AB_BURST=1) against several builds of ours and the
// reference in the same run, alternating (A B C A B C …), for a before/after on a shared
// machine. Copy a build (`npm run build`, then `cp -r dist .scratch/<name>`) per variant:
//   npx tsx bench/experiments/b1-ab.ts <rounds> ref before=.scratch/before/app/server/main.js after=dist/app/server/main.js
// A variant may add environment variables, `label=<entry>,NAME:value,…` (AB_FLAGS:<node
// flags> adds flags to node); the server's output goes to $AB_OUT/out-<label>-<round>.log.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { startFleet } from '../lib/fleet.js';
import { ROOT, procCpuMs, tempDir, nextPort } from '../lib/servers.js';
import { machineLine } from '../lib/machine.js';
import { describe } from '../b1-propagation.js';
import { median } from '../lib/stats.js';

const OUT = process.env.AB_OUT ?? tempDir('b1ab-out');
const [roundsArg, ...variants] = process.argv.slice(2);
const burst = process.env.AB_BURST === '1';
const steadyMs = Number(process.env.AB_STEADY_MS ?? 6000);
const results = new Map<string, { p50: number; p99: number; frames: number; cpu: number; bp99?: number }[]>();

async function start(variant: string, port: number, label: string) {
  const dataDir = tempDir('b1ab');
  let args: string[];
  const env: Record<string, string | undefined> = { ...process.env, PORT: String(port), HOST: '127.0.0.1' };
  if (variant.startsWith('ref')) {
    args = [process.execPath, 'node_modules/@y/websocket-server/src/server.js'];
    for (const e of variant.split(',').slice(1)) { const [k, ...v] = e.split(':'); env[k!] = v.join(':'); }
    env.YPERSISTENCE = dataDir;
  } else {
    const rest = variant.slice(variant.indexOf('=') + 1);
    const [entry, ...envs] = rest.split(',');
    for (const e of envs) { const [k, ...v] = e.split(':'); env[k!] = v.join(':'); }
        args = [process.execPath, '--enable-source-maps', entry!];
    env.DATA_DIR = dataDir;
  }
  if (env.AB_FLAGS) { args.splice(1, 0, ...env.AB_FLAGS.split(' ')); delete env.AB_FLAGS; }
  const child = spawn('taskset', ['-c', '0', ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c));
  child.stderr!.on('data', (c: Buffer) => (out += c));
  const ready = variant.startsWith('ref') ? /running at/ : /localhost:\d+\//;
  await new Promise<void>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('no start: ' + out)), 30000);
    child.stdout!.on('data', () => { if (ready.test(out)) { clearTimeout(t); resolve(); } });
    child.once('exit', (c) => reject(new Error(`exit ${c}: ${out}`)));
  });
  return { child, pid: child.pid!, dataDir, out: () => out };
}

const rounds = Number(roundsArg);
for (let round = 0; round < rounds; round++) {
  for (const variant of variants) {
    const label = variant.startsWith('ref') ? 'ref' : variant.split('=')[0]!;
    const kind = variant.startsWith('ref') ? 'ref' : 'ours';
    const port = nextPort();
    const s = await start(variant, port, `${label}-${round}`);
    try {
      const fleet = await startFleet(
        { kind, base: `http://127.0.0.1:${port}`, ws: `ws://127.0.0.1:${port}`, cpuMs: () => procCpuMs(s.pid) },
        { workshops: 1, devicesPerWorkshop: Number(process.env.AB_DEVICES ?? 300), witnesses: 3, facilitatorWriters: 0, processes: 3, presence: { renewMs: 15_000, changeMs: 0 } },
      );
      await new Promise((r) => setTimeout(r, 1000));
      await fleet.measure();
      await fleet.write(30 / fleet.readers, steadyMs);
      const st = await fleet.collect(15000);
      let bp99: number | undefined;
      let bline = '';
      if (burst) {
        await new Promise((r) => setTimeout(r, 500));
        await fleet.measure();
        await fleet.burst(1000);
        const b = await fleet.collect(15000);
        bp99 = b.p99;
        bline = ` | burst p50 ${b.p50.toFixed(1)} p99 ${b.p99.toFixed(1)} frames ${b.frames}`;
      }
      const check = await fleet.witnessCheck();
      await fleet.stop();
      console.log(`${label} r${round + 1}: ${describe(st)}${bline}; ${check.ok ? 'witnesses ok' : 'WITNESSES: ' + check.detail}; ${machineLine()}`);
      const arr = results.get(label) ?? [];
      arr.push({ p50: st.p50, p99: st.p99, frames: st.frames, cpu: st.serverMsPerNote, bp99 });
      results.set(label, arr);
    } catch (e) {
      console.log(`${label} r${round + 1}: FAILED ${String(e).slice(0, 300)}`);
    } finally {
      s.child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 1500));
      fs.writeFileSync(`${OUT}/out-${label}-${round}.log`, s.out());
      fs.rmSync(s.dataDir, { recursive: true, force: true });
    }
  }
}
for (const [label, arr] of results) {
  console.log(`MEDIAN ${label}: p50 ${median(arr.map((a) => a.p50)).toFixed(1)} p99 ${median(arr.map((a) => a.p99)).toFixed(1)} (p99s ${arr.map((a) => a.p99.toFixed(1)).join(', ')}) frames ${median(arr.map((a) => a.frames))} cpu/note ${median(arr.map((a) => a.cpu)).toFixed(2)}${burst ? ` burst p99 ${median(arr.map((a) => a.bp99!)).toFixed(1)}` : ''}`);
}
