// B4/B6 set-up: one workshop filled by participants writing notes one at a time, as in a
// real session. Writers take turns in groups of `concurrent` (each group joins, writes
// its share, and leaves once a reader that stays connected has every note so far), so
// the load process does not decode every note once per writer of the whole workshop.
import { config, connectSynced, createRoom, join, log, main, pool, sleep, writeNote, type Target } from './common.js';

const cfg = config<{ target: Target; writers: number; concurrent: number; notes: number; rate: number }>();

main(async () => {
  const t = cfg.target;
  const room = await createRoom(t);
  // The reader: ours the facilitator (it writes nothing), the reference a plain client.
  const reader = await connectSynced(t, room.room, room.facilitatorToken);
  const perWriter = Math.ceil(cfg.notes / cfg.writers);
  const start = performance.now();
  let written = 0;
  for (let first = 0; first < cfg.writers && written < cfg.notes; first += cfg.concurrent) {
    const count = Math.min(cfg.concurrent, cfg.writers - first);
    const joined = await pool(Array.from({ length: count }), 10, () => join(t, room));
    const people = await pool(joined, 10, async (p) => ({ ...p, client: await connectSynced(t, room.room, p.token) }));
    const share = Math.min(cfg.notes - written, perWriter * count);
    const groupStart = performance.now();
    for (let i = 0; i < share; ) {
      const due = Math.min(share, Math.floor(((performance.now() - groupStart) * cfg.rate) / 1000));
      for (; i < due; i++, written++) {
        const writer = people[i % people.length]!;
        writeNote(writer.client.board, writer.participantId);
      }
      await sleep(10);
    }
    while (reader.board.notesMap.size < written) await sleep(20);
    for (const p of people) p.client.destroy();
  }
  log(`${cfg.notes} notes written by ${cfg.writers} participants (${cfg.concurrent} at a time) in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  await sleep(500);
  reader.destroy();
  return { room };
});
