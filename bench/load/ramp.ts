// B2 load: one workshop of 300 participants; notes/s ramped step by step until the
// p99 propagation passes the limit (or this process saturates its core).
import { CpuMeter, main, onArrival, sleep, workshopWithParticipants, writeNote, config, log, type Target } from './common.js';
import { percentile } from '../lib/stats.js';

const cfg = config<{ target: Target; participants: number; rates: number[]; stepMs: number; limitMs: number; saturated: number }>();

main(async () => {
  const { people } = await workshopWithParticipants(cfg.target, cfg.participants);
  await sleep(1000);
  let samples: number[] = [];
  for (const p of people) onArrival(p.client, (ms) => samples.push(ms));
  const steps: Record<string, number>[] = [];
  let writerIndex = 0;
  for (const rate of cfg.rates) {
    samples = [];
    const meter = new CpuMeter();
    const start = performance.now();
    let written = 0;
    // Every 10 ms, write the notes due by now: a late timer catches up rather than
    // silently lowering the rate, and the achieved rate is reported.
    while (performance.now() - start < cfg.stepMs) {
      const due = Math.floor(((performance.now() - start) * rate) / 1000);
      for (; written < due; written++) {
        const writer = people[writerIndex++ % people.length]!;
        writeNote(writer.client.board, writer.participantId);
      }
      await sleep(10);
    }
    const sendMs = performance.now() - start;
    const expected = written * (people.length - 1);
    const deadline = performance.now() + 3000;
    while (samples.length < expected && performance.now() < deadline) await sleep(20);
    // Notes that never arrived within the drain window count as late.
    const all = samples.concat(new Array(Math.max(0, expected - samples.length)).fill(Infinity));
    const step = { rate, achieved: (written * 1000) / sendMs, p50: percentile(all, 50), p99: percentile(all, 99), missing: expected - samples.length, loadCpu: meter.share() };
    steps.push(step);
    log(`rate ${rate}: achieved ${step.achieved.toFixed(0)}/s p99 ${step.p99.toFixed(1)} ms load cpu ${(step.loadCpu * 100).toFixed(0)}%`);
    if (step.p99 > cfg.limitMs || step.loadCpu > cfg.saturated) break;
    await sleep(300);
  }
  for (const p of people) p.client.destroy();
  return { steps };
});
