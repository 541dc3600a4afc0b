// B1 load: 300 participants in one workshop; a steady stream of notes, then a burst
// where every participant adds a note within one second. Every reader records the
// arrival of every other participant's note.
import { CpuMeter, main, onArrival, sleep, workshopWithParticipants, writeNote, log, config, type Target } from './common.js';
import { summarize } from '../lib/stats.js';

const cfg = config<{ target: Target; participants: number; rate: number; steadyMs: number; burstMs: number }>();

main(async () => {
  const { people } = await workshopWithParticipants(cfg.target, cfg.participants);
  log(`${people.length} participants synced`);
  await sleep(1000);
  let samples: number[] = [];
  for (const p of people) onArrival(p.client, (ms) => samples.push(ms));
  const expectPerNote = people.length - 1;

  const phase = async (notes: number, schedule: (i: number) => number) => {
    samples = [];
    const meter = new CpuMeter();
    for (let i = 0; i < notes; i++) {
      const writer = people[i % people.length]!;
      setTimeout(() => writeNote(writer.client.board, writer.participantId), schedule(i));
    }
    const expected = notes * expectPerNote;
    const deadline = performance.now() + Math.max(...Array.from({ length: notes }, (_, i) => schedule(i))) + 15_000;
    while (samples.length < expected && performance.now() < deadline) await sleep(20);
    return { ...summarize(samples), expected, loadCpu: meter.share() };
  };

  const steadyNotes = Math.round((cfg.rate * cfg.steadyMs) / 1000);
  const steady = await phase(steadyNotes, (i) => (i * 1000) / cfg.rate);
  await sleep(500);
  const burst = await phase(people.length, () => Math.random() * cfg.burstMs);
  for (const p of people) p.client.destroy();
  return { steady, burst };
});
