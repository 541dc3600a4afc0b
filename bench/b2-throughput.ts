// B2: sustained notes/s to 300 participants, ramped until p99 passes 100 ms, measured with
// raw devices (bench/raw/). Ten extra devices write (ours: on the facilitator's token, as
// 1,000 notes/s is far above what 300 participants may write under the note limit).
import { startFleet, type PhaseResult } from './lib/fleet.js';
import { alternate, fmt, ratio, yesNo, type BenchResult, type Options } from './lib/report.js';
import { median } from './lib/stats.js';
import type { Kind } from './lib/servers.js';
import { machineLine } from './lib/machine.js';
import { describe } from './b1-propagation.js';

const LIMIT_MS = 100;
const WRITERS = 10;

export async function b2(opts: Options): Promise<BenchResult> {
  const participants = opts.quick ? 60 : 300;
  const runs = opts.quick ? 1 : 2;
  const rates = opts.quick ? [30, 100, 300] : [30, 100, 200, 400, 700, 1000, 1500, 2000];
  const stepMs = opts.quick ? 1000 : 2000;
  const failures: string[] = [];
  const tried = await alternate(runs, ['ours', 'ref'], async (server, run) => {
    const fleet = await startFleet(server, { workshops: 1, devicesPerWorkshop: participants, witnesses: 3, facilitatorWriters: WRITERS, processes: 3, presence: { renewMs: 15_000, changeMs: 0 } }).catch((error: unknown) => {
      failures.push(`${server.kind} run ${run + 1}: ${String(error).split('\n')[0]} (${machineLine()})`);
      return null;
    });
    if (!fleet) return null;
    const steps: (PhaseResult & { rate: number; achieved: number })[] = [];
    try {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      for (const rate of rates) {
        await fleet.measure();
        const sent = await fleet.write(rate / WRITERS, stepMs);
        const step = { ...(await fleet.collect(3000)), rate, achieved: (sent.written * 1000) / sent.ms };
        steps.push(step);
        console.log(`  B2 ${server.kind} run ${run + 1} ${rate}/s: achieved ${fmt(step.achieved, '/s', 0)}, ${describe(step)}${step.discarded ? ` [${step.discarded}]` : ''}; ${machineLine()}`);
        if (step.p99 > LIMIT_MS || step.discarded) break;
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
      const check = await fleet.witnessCheck();
      const good = steps.filter((s) => s.p99 <= LIMIT_MS && !s.discarded);
      const last = steps[steps.length - 1]!;
      return { sustained: good.length ? good[good.length - 1]!.achieved : 0, last, check, loadBound: last.discarded !== null && last.p99 <= LIMIT_MS };
    } finally {
      await fleet.stop();
    }
  });
  // A run whose set-up failed (devices could not connect in time) measured nothing.
  const results = { ours: tried.ours.flatMap((r) => (r ? [r] : [])), ref: tried.ref.flatMap((r) => (r ? [r] : [])) };
  if (failures.length > 0) console.log(`  runs that could not start: ${failures.join('; ')}`);
  const summary = (kind: Kind) => median(results[kind].map((r) => r.sustained));
  const ours = summary('ours');
  const ref = summary('ref');
  const show = (n: number) => (n > 0 ? fmt(n, '/s', 0) : `< ${rates[0]}/s`);
  const notes = [
    `B2: ${participants} participants (3 of them stock providers as witnesses) and ${WRITERS} writing devices, ${runs} runs each, A B A B; steps of ${stepMs / 1000} s at ${rates.join(', ')} notes/s; a step counts if its p99 ≤ ${LIMIT_MS} ms, every note reached every device and no load process (nor the load core) passed 95%. ` +
      (['ours', 'ref'] as const).map((k) => `${k}: ` + results[k].map((r) => `last step ${r.last.rate}/s: ${describe(r.last)}${r.last.discarded ? ` [${r.last.discarded}]` : ''}; ${r.check.detail}`).join('; ')).join('. ') + '.',
  ];
  if (failures.length > 0) notes.push(`B2 runs that could not start (set-up failed, nothing measured): ${failures.join('; ')}.`);
  const loadBound = (kind: Kind) => results[kind].some((r) => r.loadBound);
  return {
    rows: [{
      bench: 'B2',
      metric: `sustained notes/s to ${participants} participants with p99 ≤ 100 ms`,
      ours: `${show(ours)}${loadBound('ours') ? ' (load-bound)' : ''}`,
      ref: `${show(ref)}${loadBound('ref') ? ' (load-bound)' : ''}`,
      ratio: ours > 0 && ref > 0 ? ratio(ours, ref) : 'n/a',
      goal: '≥ 1,000/s and ≥ 3× ref',
      met: yesNo(ours >= 1000 && ours >= 3 * ref),
    }],
    notes,
  };
}
