// B8 load: n devices of one workshop connected through HAProxy; writers add notes
// throughout. On the orchestrator's `kill` command this process sends SIGKILL to the
// owner node itself (so the kill and every arrival are timed on one clock), then records
// for each device when it is connected and synced again and holds every note written
// before the kill; at the end, every note written (before, during and after the
// failover) must be on every device.
import { CpuMeter, command, emit, log, main, now, sleep, workshopWithParticipants, writeNote, config, type Target } from './common.js';
import { summarize } from '../lib/stats.js';
import { ROOT } from '../../shared/schema.js';

const cfg = config<{ target: Target; devices: number; rate: number; timeoutMs: number }>();

main(async () => {
  const { room, people } = await workshopWithParticipants(cfg.target, cfg.devices);
  log(`${people.length} devices synced through HAProxy`);
  const written: string[] = [];
  let turn = 0;
  const writer = setInterval(() => {
    const p = people[turn++ % people.length]!;
    written.push(writeNote(p.client.board, p.participantId));
  }, 1000 / cfg.rate);
  const closedAfterKill = new Array<boolean>(people.length).fill(false);
  // Where the time goes: refused attempts (closes after the kill) and the first open socket.
  const closesAfterKill = new Array<number>(people.length).fill(0);
  const connectedMs = new Array<number>(people.length).fill(NaN);
  let killed = false;
  let killAt = 0;
  people.forEach((p, i) =>
    p.client.provider.on('status', (e: { status: string }) => {
      if (!killed) return;
      if (e.status === 'disconnected') {
        closedAfterKill[i] = true;
        closesAfterKill[i]!++;
      }
      if (e.status === 'connected' && Number.isNaN(connectedMs[i]!)) connectedMs[i] = now() - killAt;
    }),
  );
  emit({ type: 'ready', room: room.room });

  const { pid } = (await command('kill')) as { pid: number };
  const before = [...written];
  const meter = new CpuMeter();
  killed = true;
  killAt = now();
  process.kill(pid, 'SIGKILL');

  const notesOf = (i: number) => people[i]!.client.doc.getMap(ROOT.notes);
  const hasAll = (i: number, ids: readonly string[]) => {
    const notes = notesOf(i);
    return ids.every((id) => notes.has(id));
  };
  const resyncMs = new Array<number>(people.length).fill(NaN);
  let pending = people.length;
  while (pending > 0 && now() - killAt < cfg.timeoutMs) {
    for (let i = 0; i < people.length; i++) {
      if (!Number.isNaN(resyncMs[i]!)) continue;
      const { provider } = people[i]!.client;
      if (closedAfterKill[i] && provider.wsconnected && provider.synced && hasAll(i, before)) {
        resyncMs[i] = now() - killAt;
        pending--;
      }
    }
    await sleep(20);
  }
  const loadCpu = meter.share();
  const times = resyncMs.filter((t) => !Number.isNaN(t));
  // Writers keep going two more seconds on the new owner, then every note must arrive everywhere.
  await sleep(2000);
  clearInterval(writer);
  const all = [...written];
  const settleUntil = now() + 30_000;
  while (now() < settleUntil && !people.every((_, i) => hasAll(i, all))) await sleep(100);
  const missing = new Set<string>();
  let devicesMissing = 0;
  people.forEach((_, i) => {
    const notes = notesOf(i);
    const lacks = all.filter((id) => !notes.has(id));
    if (lacks.length) devicesMissing++;
    lacks.forEach((id) => missing.add(id));
  });
  for (const p of people) p.client.destroy();
  return {
    devices: people.length,
    resynced: times.length,
    resync: summarize(times),
    connected: summarize(connectedMs.filter((t) => !Number.isNaN(t))),
    closes: summarize(closesAfterKill),
    writtenBefore: before.length,
    written: all.length,
    lost: missing.size,
    devicesMissing,
    loadCpu,
  };
});
