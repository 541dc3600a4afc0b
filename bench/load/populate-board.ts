// B4/B6 set-up: one workshop filled by participants writing notes one at a time, as
// in a real session; done once every note is back on another device.
import { config, main, pool, sleep, workshopWithParticipants, writeNote, log, type Target } from './common.js';

const cfg = config<{ target: Target; writers: number; notes: number; rate: number }>();

main(async () => {
  const { room, people } = await workshopWithParticipants(cfg.target, cfg.writers);
  const start = performance.now();
  for (let written = 0; written < cfg.notes; ) {
    const due = Math.min(cfg.notes, Math.floor(((performance.now() - start) * cfg.rate) / 1000));
    for (; written < due; written++) {
      const writer = people[written % people.length]!;
      writeNote(writer.client.board, writer.participantId);
    }
    await sleep(10);
  }
  const reader = people[0]!.client;
  while (reader.board.notesMap.size < cfg.notes) await sleep(50);
  log(`${cfg.notes} notes written in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  await sleep(1000);
  await pool(people, 50, async (p) => p.client.destroy());
  return { room };
});
