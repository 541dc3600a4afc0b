// B5 load: participants keep writing while the server is killed and restarted; each
// device's first sync after the kill is timed, then a new device checks no note is lost.
import { command, config, connectSynced, CpuMeter, emit, join, main, sleep, workshopWithParticipants, writeNote, type Target } from './common.js';
import { summarize } from '../lib/stats.js';

const cfg = config<{ target: Target; participants: number; rate: number; timeoutMs: number }>();

main(async () => {
  const { room, people } = await workshopWithParticipants(cfg.target, cfg.participants);
  const created = new Set<string>();
  let writing = true;
  const writer = (async () => {
    for (let i = 0; writing; i++) {
      const p = people[i % people.length]!;
      created.add(writeNote(p.client.board, p.participantId));
      await sleep(1000 / cfg.rate);
    }
  })();
  const resyncedAt = new Map<number, number>();
  people.forEach((p, i) => {
    let dropped = false;
    p.client.provider.on('status', (e: { status: string }) => {
      if (e.status === 'disconnected') dropped = true;
    });
    p.client.provider.on('sync', (synced: boolean) => {
      if (synced && dropped && !resyncedAt.has(i)) resyncedAt.set(i, Date.now());
    });
  });
  await sleep(2000);
  const meter = new CpuMeter();
  emit({ type: 'ready' });
  const { killedAt } = (await command('killed')) as { killedAt: number };
  const deadline = Date.now() + cfg.timeoutMs;
  while (resyncedAt.size < people.length && Date.now() < deadline) await sleep(50);
  const loadCpu = meter.share();
  writing = false;
  await writer;
  await sleep(2000);
  // A new device: what the server holds now.
  const me = await join(cfg.target, room);
  const fresh = await connectSynced(cfg.target, room.room, me.token);
  let lost = [...created].filter((id) => !fresh.board.notesMap.has(id)).length;
  for (let i = 0; i < 50 && lost > 0; i++) {
    await sleep(100);
    lost = [...created].filter((id) => !fresh.board.notesMap.has(id)).length;
  }
  const resync = summarize([...resyncedAt.values()].map((t) => t - killedAt));
  fresh.destroy();
  for (const p of people) p.client.destroy();
  return { resync, resynced: resyncedAt.size, participants: people.length, created: created.size, lost, loadCpu };
});
