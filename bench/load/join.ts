// B4 load: a new device joins (ours: POST /api/join, then the board) and syncs.
import { config, connect, join, main, sleep, type Room, type Target } from './common.js';

const cfg = config<{ target: Target; room: Room; notes: number }>();

main(async () => {
  await sleep(200); // let this process settle; the server has just started
  const t0 = performance.now();
  const me = await join(cfg.target, cfg.room);
  const joinedMs = performance.now() - t0;
  const client = connect(cfg.target, cfg.room.room, me.token);
  await client.nextSync();
  const syncEventMs = performance.now() - t0;
  // The reference answers the first sync before its store has loaded the document, so
  // the device counts as synced once every note is there (ours: at the sync event).
  const deadline = performance.now() + 10_000;
  while (client.board.notesMap.size < cfg.notes && performance.now() < deadline) await sleep(1);
  const syncedMs = performance.now() - t0;
  const notes = client.board.notesMap.size;
  client.destroy();
  return { joinedMs, syncEventMs, syncedMs, notes };
});
