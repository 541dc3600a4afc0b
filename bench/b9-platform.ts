// B9: a platform's busy evening on one node: 50 workshops of 30 devices each (1,500
// connections), every workshop writing 1 note/s. Raw devices (bench/raw/) over three load
// processes, three stock providers as witnesses in three of the workshops.
import { startFleet } from './lib/fleet.js';
import { alternate, fmt, ratio, yesNo, type BenchResult, type Options } from './lib/report.js';
import { median } from './lib/stats.js';
import { machineLine } from './lib/machine.js';
import { describe } from './b1-propagation.js';
import type { Kind } from './lib/servers.js';

export async function b9(opts: Options): Promise<BenchResult> {
  const workshops = opts.quick ? 10 : 50;
  const devices = 30;
  const runs = opts.quick ? 1 : 2;
  const seconds = opts.quick ? 5 : 20;
  const failures: string[] = [];
  const tried = await alternate(runs, ['ours', 'ref'], async (server, run) => {
    const fleet = await startFleet(server, { workshops, devicesPerWorkshop: devices, witnesses: 3, facilitatorWriters: 0, processes: 3, presence: { renewMs: 15_000, changeMs: 0 } }).catch((error: unknown) => {
      failures.push(`${server.kind} run ${run + 1}: ${String(error).split('\n')[0]} (${machineLine()})`);
      return null;
    });
    if (!fleet) return null;
    try {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await fleet.measure();
      // Each workshop's writers together write 1 note/s.
      await fleet.write(1 / (fleet.readers / workshops), seconds * 1000);
      const phase = await fleet.collect(15_000);
      const rss = server.rss();
      const check = await fleet.witnessCheck();
      const line = `${describe(phase)}, server RSS ${fmt(rss / 2 ** 20, ' MiB')}; ${check.detail}; ${machineLine()}`;
      console.log(`  B9 ${server.kind} run ${run + 1}: ${line}`);
      return { phase, rss, ok: check.ok, line };
    } finally {
      await fleet.stop();
    }
  });
  // A run whose set-up failed (devices could not connect in time) measured nothing.
  const results = { ours: tried.ours.flatMap((r) => (r ? [r] : [])), ref: tried.ref.flatMap((r) => (r ? [r] : [])) };
  if (failures.length > 0) console.log(`  runs that could not start: ${failures.join('; ')}`);
  const valid = (kind: Kind) => results[kind].filter((r) => r.ok && r.phase.discarded === null);
  const med = (kind: Kind, pick: (r: (typeof results)['ours'][number]) => number) => median(valid(kind).map(pick));
  const p99 = { ours: med('ours', (r) => r.phase.p99), ref: med('ref', (r) => r.phase.p99) };
  const rss = { ours: med('ours', (r) => r.rss), ref: med('ref', (r) => r.rss) };
  const cpu = { ours: med('ours', (r) => r.phase.serverCpu), ref: med('ref', (r) => r.phase.serverCpu) };
  const notes = [
    `B9: ${workshops} workshops × ${devices} devices (${workshops * devices} connections; ${fmt(results.ours[0]?.phase.written ?? NaN, '', 0)} notes in ${seconds} s per run), ${runs} runs each, A B A B; presence renewed every 15 s. ` +
      (['ours', 'ref'] as const).map((k) => `${k}: ` + results[k].map((r) => r.line + (r.phase.discarded ? ` [discarded: ${r.phase.discarded}]` : '')).join('; ')).join('. ') + '.',
  ];
  if (failures.length > 0) notes.push(`B9 runs that could not start (set-up failed, nothing measured): ${failures.join('; ')}.`);
  return {
    rows: [
      { bench: 'B9', metric: `propagation p99, ${workshops} workshops × ${devices} devices, 1 note/s each`, ours: fmt(p99.ours, ' ms'), ref: fmt(p99.ref, ' ms'), ratio: ratio(p99.ours, p99.ref), goal: '≤ 50 ms', met: yesNo(Number.isFinite(p99.ours) ? p99.ours <= 50 : null) },
      { bench: 'B9', metric: 'server RSS with all connected', ours: fmt(rss.ours / 2 ** 20, ' MiB'), ref: fmt(rss.ref / 2 ** 20, ' MiB'), ratio: ratio(rss.ours, rss.ref), goal: 'reported', met: 'n/a' },
      { bench: 'B9', metric: 'server CPU (share of its core) while writing', ours: fmt(cpu.ours * 100, '%', 0), ref: fmt(cpu.ref * 100, '%', 0), ratio: ratio(cpu.ours, cpu.ref), goal: 'reported', met: 'n/a' },
    ],
    notes,
  };
}
