// B3 load: one client in each of many workshops at once; leaves on command.
import { command, config, connectSynced, emit, main, pool, sleep, type Target } from './common.js';

const cfg = config<{ target: Target; rooms: { room: string; token?: string }[]; notes: number }>();

main(async () => {
  const started = performance.now();
  const clients = await pool(cfg.rooms, 50, (r) => connectSynced(cfg.target, r.room, r.token));
  // The reference syncs before its store has loaded a document: wait for the notes.
  const deadline = performance.now() + 20_000;
  while (clients.some((c) => c.board.notesMap.size < cfg.notes) && performance.now() < deadline) await sleep(20);
  const incomplete = clients.filter((c) => c.board.notesMap.size < cfg.notes).length;
  emit({ type: 'loaded', ms: performance.now() - started, incomplete });
  await command('leave');
  for (const c of clients) c.destroy();
  emit({ type: 'left' });
  await command('exit');
  return {};
});
