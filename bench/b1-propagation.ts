// B1: propagation latency in one workshop of 300 participants, steady and in a burst,
// measured with raw devices (bench/raw/) spread over several load processes, and three
// stock providers as witnesses.
import { startFleet, type PhaseResult } from './lib/fleet.js';
import { alternate, fmt, ratio, yesNo, type BenchResult, type Options } from './lib/report.js';
import { median } from './lib/stats.js';
import type { Kind } from './lib/servers.js';
import { machineLine } from './lib/machine.js';

export async function b1(opts: Options): Promise<BenchResult> {
  const participants = opts.quick ? 60 : 300;
  const runs = opts.quick ? 1 : 4;
  const steadyMs = opts.quick ? 2000 : 6000;
  const notes: string[] = [];
  const checks: string[] = [];
  const failures: string[] = [];
  const results = await alternate(runs, ['ours', 'ref'], async (server, run) => {
    const fleet = await startFleet(server, { workshops: 1, devicesPerWorkshop: participants, witnesses: 3, facilitatorWriters: 0, processes: 3, presence: { renewMs: 15_000, changeMs: 0 } }).catch((error: unknown) => {
      failures.push(`${server.kind} run ${run + 1}: ${String(error).split('\n')[0]} (${machineLine()})`);
      return null;
    });
    if (!fleet) return null;
    try {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const writers = fleet.readers;
      await fleet.measure();
      await fleet.write(30 / writers, steadyMs);
      const steady = await fleet.collect(15_000);
      await new Promise((resolve) => setTimeout(resolve, 500));
      await fleet.measure();
      await fleet.burst(1000);
      const burst = await fleet.collect(15_000);
      const check = await fleet.witnessCheck();
      checks.push(`${server.kind} run ${run + 1}: ${check.detail}`);
      console.log(`  B1 ${server.kind} run ${run + 1}: steady p99 ${fmt(steady.p99, ' ms')} (load ${fmt(steady.loadCpu * 100, '%', 0)}), burst p99 ${fmt(burst.p99, ' ms')} (load ${fmt(burst.loadCpu * 100, '%', 0)}); ${check.detail}; ${machineLine()}`);
      return { steady, burst, ok: check.ok };
    } finally {
      await fleet.stop();
    }
  });
  const pick = (kind: Kind, phase: 'steady' | 'burst') => {
    const all = results[kind].filter((r) => r !== null).map((r) => ({ ...r[phase], discarded: r.ok ? r[phase].discarded : 'witnesses disagree' }));
    const ok = all.filter((p) => p.discarded === null);
    notes.push(`B1 ${phase}, ${kind}, run by run: ` + all.map((p) => describe(p) + (p.discarded ? ` (discarded: ${p.discarded})` : '')).join('; ') + '.');
    return median(ok.map((p) => p.p99));
  };
  const rows = (['steady', 'burst'] as const).map((phase) => {
    const ours = pick('ours', phase);
    const ref = pick('ref', phase);
    const limit = phase === 'steady' ? 50 : 250;
    const met = Number.isFinite(ours) ? ours <= limit && (!Number.isFinite(ref) || ours <= 0.5 * ref) : null;
    return {
      bench: 'B1',
      metric: `propagation p99, ${phase === 'steady' ? 'steady 30 notes/s' : `burst: all ${participants} add a note within 1 s`}`,
      ours: fmt(ours, ' ms'),
      ref: fmt(ref, ' ms'),
      ratio: ratio(ours, ref),
      goal: `≤ ${limit} ms and ≤ 0.5× ref`,
      met: yesNo(met),
    };
  });
  notes.unshift(
    `B1: ${participants} participants (${participants - 3} raw devices over 3 load processes, 3 stock providers as witnesses), ${runs} runs each, A B A B; steady phase ${steadyMs / 1000} s at 30 notes/s, then every raw device adds a note within 1 s; medians of per-run p99 over every (reader, note) pair; every device renews its presence every 15 s as a stock provider does.`,
    `B1 witnesses: ${checks.join('; ')}.`,
  );
  if (failures.length > 0) notes.push(`B1 runs that could not start (set-up failed, nothing measured): ${failures.join('; ')}.`);
  return { rows, notes };
}

export function describe(p: PhaseResult): string {
  return `p50 ${fmt(p.p50, ' ms')} p99 ${fmt(p.p99, ' ms')} (${p.arrivals}/${p.expected} arrivals, ${p.frames} frames, server ${fmt(p.serverMsPerNote, ' ms', 2)} CPU per note at ${fmt(p.serverCpu * 100, '%', 0)} of its core, load ${p.cpus.map((c) => fmt(c * 100, '%', 0)).join('+')}, witnesses' p99 ${fmt(p.witnessP99, ' ms')})`;
}
