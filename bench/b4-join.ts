// B4: a new device joins a 5,000-note workshop just after a server restart; storage per note.
import { startLoad } from './lib/load.js';
import { fmt, ratio, yesNo, type BenchResult, type Options } from './lib/report.js';
import { copyDir, dirBytes, nextPort, removeDir, startServer, tempDir, type Kind } from './lib/servers.js';
import { median } from './lib/stats.js';
import type { Room } from './load/common.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A data dir holding one workshop of `notes` notes written by participants; the server is stopped after. */
export async function boardTemplate(kind: Kind, notes: number, writers = 10): Promise<{ dir: string; room: Room }> {
  const dir = tempDir(`board-${kind}`);
  const server = await startServer(kind, nextPort(), dir);
  const load = startLoad('populate-board', { target: { kind, base: server.base, ws: server.ws }, writers, notes, rate: 1000 });
  const { room } = await load.next<{ room: Room }>('result');
  await sleep(3000); // the reference persists asynchronously and has no SIGTERM handler
  await server.stop();
  return { dir, room };
}

export async function b4(opts: Options): Promise<BenchResult> {
  const notes = opts.quick ? 1000 : 5000;
  const runs = opts.quick ? 1 : 5;
  const tpl = { ours: await boardTemplate('ours', notes), ref: await boardTemplate('ref', notes) };
  const perNote = { ours: dirBytes(tpl.ours.dir) / notes, ref: dirBytes(tpl.ref.dir) / notes };
  const times: Record<Kind, { joinedMs: number; syncEventMs: number; syncedMs: number; notes: number }[]> = { ours: [], ref: [] };
  for (let run = 0; run < runs; run++) {
    for (const kind of ['ours', 'ref'] as const) {
      const dir = copyDir(tpl[kind].dir, `b4run-${kind}`);
      const server = await startServer(kind, nextPort(), dir);
      try {
        const load = startLoad('join', { target: { kind, base: server.base, ws: server.ws }, room: tpl[kind].room, notes });
        const r = await load.next<{ joinedMs: number; syncEventMs: number; syncedMs: number; notes: number }>('result');
        if (r.notes !== notes) throw new Error(`B4 ${kind}: synced ${r.notes} of ${notes} notes`);
        console.log(`  B4 ${kind} run ${run + 1}: synced in ${fmt(r.syncedMs, ' ms')} (sync event ${fmt(r.syncEventMs, ' ms')}, API join ${fmt(r.joinedMs, ' ms')})`);
        times[kind].push(r);
      } finally {
        await server.stop();
        removeDir(dir);
      }
    }
  }
  removeDir(tpl.ours.dir);
  removeDir(tpl.ref.dir);
  const ours = median(times.ours.map((t) => t.syncedMs));
  const ref = median(times.ref.map((t) => t.syncedMs));
  return {
    rows: [
      { bench: 'B4', metric: `new device synced, ${notes}-note workshop, just after a restart`, ours: fmt(ours, ' ms'), ref: fmt(ref, ' ms'), ratio: ratio(ours, ref), goal: '≤ 300 ms', met: yesNo(ours <= 300) },
      { bench: 'B4', metric: 'bytes stored per note (data dir / notes)', ours: fmt(perNote.ours, ' B', 0), ref: fmt(perNote.ref, ' B', 0), ratio: ratio(perNote.ours, perNote.ref), goal: '≤ 300 B', met: yesNo(perNote.ours <= 300) },
    ],
    notes: [
      `B4: ${notes} notes written one at a time by 10 participants (ours through the API; the reference into a named room), server stopped, data dir copied fresh per run and the server started on it; ${runs} runs each. Ours is timed from POST /api/join (median ${fmt(median(times.ours.map((t) => t.joinedMs)), ' ms')}) to the moment every note is on the device; the reference from opening the socket (no API). The reference's provider reports \`sync\` before its store has loaded the document (its y-leveldb \`bindState\` runs without being awaited), so the reference is timed to the last note's arrival, not to the sync event. Storage is the sum of file sizes in DATA_DIR (ours) / YPERSISTENCE (reference) after a graceful stop, empty-store overhead included.`,
    ],
  };
}
