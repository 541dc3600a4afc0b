// B1: propagation latency in one workshop of 300 participants, steady and in a burst.
import { startLoad } from './lib/load.js';
import { alternate, fmt, ratio, yesNo, type BenchResult, type Options } from './lib/report.js';
import { median, type Summary } from './lib/stats.js';
import type { Kind } from './lib/servers.js';

const SATURATED = 0.95;
type Phase = Summary & { expected: number; loadCpu: number; serverCpu?: number };

export async function b1(opts: Options): Promise<BenchResult> {
  const participants = opts.quick ? 60 : 300;
  const runs = opts.quick ? 1 : 5;
  const notes: string[] = [];
  const results = await alternate(runs, ['ours', 'ref'], async (server, run) => {
    const load = startLoad('propagation', {
      target: { kind: server.kind, base: server.base, ws: server.ws },
      participants,
      rate: 30,
      steadyMs: opts.quick ? 2000 : 6000,
      burstMs: 1000,
    });
    const r = await load.next<{ steady: Phase; burst: Phase }>('result');
    console.log(`  B1 ${server.kind} run ${run + 1}: steady p99 ${fmt(r.steady.p99, ' ms')} (load cpu ${fmt(r.steady.loadCpu * 100, '%', 0)}), burst p99 ${fmt(r.burst.p99, ' ms')} (load cpu ${fmt(r.burst.loadCpu * 100, '%', 0)})`);
    return r;
  });
  const pick = (kind: Kind, phase: 'steady' | 'burst') => {
    const ok = results[kind].map((r) => r[phase]).filter((p) => p.loadCpu <= SATURATED && p.count >= p.expected);
    const bad = results[kind].length - ok.length;
    if (bad > 0) {
      const all = results[kind].map((r) => r[phase]);
      notes.push(
        `B1 ${phase}, ${kind}: ${bad} of ${all.length} runs discarded (load generator CPU > 95% of its core or arrivals missing): ` +
          all.map((p) => `p99 ${fmt(p.p99, ' ms')} at ${fmt(p.loadCpu * 100, '%', 0)} load CPU, ${p.count}/${p.expected} arrivals`).join('; ') + '.',
      );
    }
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
  notes.unshift(`B1: ${participants} participants, ${runs} runs each, steady phase ${opts.quick ? 2 : 6} s at 30 notes/s, burst over 1 s; medians of per-run p99 over every (reader, note) pair; a writer stamps createdAt with its send time, every other participant in the same process records the arrival.`);
  return { rows, notes };
}
