// B4: a new device joins a 5,000-note workshop just after a server restart; storage per note.
import path from 'node:path';
import { ClassicLevel } from 'classic-level';
import { startLoad } from './lib/load.js';
import { fmt, ratio, yesNo, type BenchResult, type Options } from './lib/report.js';
import { benchDatabase, copyDir, dirBytes, nextPort, removeDir, startServer, tempDir, SETUP_CORES, type BenchDatabase, type Kind } from './lib/servers.js';
import { median } from './lib/stats.js';
import type { Room } from './load/common.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Notes per writer in a set-up: under the server's 30 notes per participant per minute
 * (limits.notesPerParticipantPerMinute, a token bucket that starts full), so every note
 * passes at once. With more per writer the set-up crawls at 0.5 notes/s per writer: the
 * server defers a writer's notes through resync closes until its bucket refills.
 */
export const NOTES_PER_WRITER = 25;

/** A data dir holding one workshop of `notes` notes written by participants; the server is stopped after. */
export async function boardTemplate(kind: Kind, notes: number, writers = Math.ceil(notes / NOTES_PER_WRITER), databaseUrl?: string): Promise<{ dir: string; room: Room; writers: number; ms: number }> {
  const t0 = performance.now();
  const dir = tempDir(`board-${kind}`);
  // Set-up, not measured: server and load may use either core.
  const server = await startServer(kind, nextPort(), dir, { cores: SETUP_CORES, databaseUrl });
  const load = startLoad('populate-board', { target: { kind, base: server.base, ws: server.ws }, writers, concurrent: 10, notes, rate: 1000 }, SETUP_CORES);
  const { room } = await load.next<{ room: Room }>('result');
  // Ours stores every update before broadcasting it and closes its store on SIGTERM; the
  // reference persists asynchronously (after broadcasting) and has no SIGTERM handler.
  // Every run below checks that all notes come back, so a short wait would show.
  await sleep(kind === 'ref' ? 1500 : 200);
  await server.stop();
  return { dir, room, writers, ms: performance.now() - t0 };
}

/**
 * Key + value bytes of every entry in a LevelDB store: what the files hold minus what
 * LevelDB has not compacted away yet (its log keeps overwritten and deleted entries).
 * Opened on a copy: opening a store replays its log into a table and rewrites the files.
 */
async function liveBytes(levelDir: string): Promise<{ bytes: number; entries: number }> {
  const copy = copyDir(levelDir, 'b4-live');
  const db = new ClassicLevel<Uint8Array, Uint8Array>(copy, { keyEncoding: 'view', valueEncoding: 'view' });
  let bytes = 0;
  let entries = 0;
  try {
    for await (const [key, value] of db.iterator()) {
      bytes += key.length + value.length;
      entries++;
    }
  } finally {
    await db.close();
    removeDir(copy);
  }
  return { bytes, entries };
}

export async function b4(opts: Options): Promise<BenchResult> {
  const notes = opts.quick ? 1000 : 5000;
  const runs = opts.quick ? 1 : 5;
  // Set-up: both templates are written at the same time (nothing is measured yet).
  // Ours on the PostgreSQL store: its template is a database, copied per run (CREATE DATABASE … TEMPLATE).
  const pgTemplate = await benchDatabase();
  const [tplOurs, tplRef, tplPg] = await Promise.all([boardTemplate('ours', notes), boardTemplate('ref', notes), boardTemplate('ours', notes, undefined, pgTemplate.url)]);
  const tpl = { ours: tplOurs, ref: tplRef };
  const pgPerNote = (await pgTemplate.tableBytes()) / notes;
  const pgTimes: { joinedMs: number; syncEventMs: number; syncedMs: number; notes: number }[] = [];
  console.log(`  B4 set-up: ${notes} notes by ${tpl.ours.writers} writers, ours ${fmt(tpl.ours.ms / 1000, ' s')}, ref ${fmt(tpl.ref.ms / 1000, ' s')} (in parallel)`);
  const perNote = { ours: dirBytes(tpl.ours.dir) / notes, ref: dirBytes(tpl.ref.dir) / notes };
  // Ours keeps its LevelDB in DATA_DIR/kruiwagen.db; the reference's y-leveldb is YPERSISTENCE itself.
  const live = { ours: await liveBytes(path.join(tpl.ours.dir, 'kruiwagen.db')), ref: await liveBytes(tpl.ref.dir) };
  const livePerNote = { ours: live.ours.bytes / notes, ref: live.ref.bytes / notes };
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
    const db: BenchDatabase = await benchDatabase(pgTemplate.name);
    const dir = tempDir('b4run-pg');
    const server = await startServer('ours', nextPort(), dir, { databaseUrl: db.url });
    try {
      const load = startLoad('join', { target: { kind: 'ours', base: server.base, ws: server.ws }, room: tplPg.room, notes });
      const r = await load.next<{ joinedMs: number; syncEventMs: number; syncedMs: number; notes: number }>('result');
      if (r.notes !== notes) throw new Error(`B4 ours on PostgreSQL: synced ${r.notes} of ${notes} notes`);
      console.log(`  B4 ours-pg run ${run + 1}: synced in ${fmt(r.syncedMs, ' ms')} (sync event ${fmt(r.syncEventMs, ' ms')}, API join ${fmt(r.joinedMs, ' ms')})`);
      pgTimes.push(r);
    } finally {
      await server.stop();
      removeDir(dir);
      await db.drop();
    }
  }
  removeDir(tpl.ours.dir);
  removeDir(tpl.ref.dir);
  removeDir(tplPg.dir);
  await pgTemplate.drop();
  const pgSynced = median(pgTimes.map((t) => t.syncedMs));
  const ours = median(times.ours.map((t) => t.syncedMs));
  const ref = median(times.ref.map((t) => t.syncedMs));
  return {
    rows: [
      { bench: 'B4', metric: `new device synced, ${notes}-note workshop, just after a restart`, ours: fmt(ours, ' ms'), ref: fmt(ref, ' ms'), ratio: ratio(ours, ref), goal: '≤ 300 ms', met: yesNo(ours <= 300) },
      { bench: 'B4', metric: 'bytes stored per note (data dir / notes)', ours: fmt(perNote.ours, ' B', 0), ref: fmt(perNote.ref, ' B', 0), ratio: ratio(perNote.ours, perNote.ref), goal: '≤ 300 B', met: yesNo(perNote.ours <= 300) },
      { bench: 'B4', metric: `PostgreSQL store: new device synced, ${notes}-note workshop, just after a restart (ours column: ours on PostgreSQL; ref column: ours on LevelDB, same run)`, ours: fmt(pgSynced, ' ms'), ref: fmt(ours, ' ms'), ratio: ratio(pgSynced, ours), goal: '≤ 300 ms', met: yesNo(pgSynced <= 300) },
      { bench: 'B4', metric: 'PostgreSQL store: table bytes per note (pg_total_relation_size of its tables / notes; ref column: ours on LevelDB, data dir / notes)', ours: fmt(pgPerNote, ' B', 0), ref: fmt(perNote.ours, ' B', 0), ratio: ratio(pgPerNote, perNote.ours), goal: 'diagnostic (no goal)', met: 'n/a' },
      { bench: 'B4', metric: 'live LevelDB key + value bytes per note (without what LevelDB has not compacted yet)', ours: fmt(livePerNote.ours, ' B', 0), ref: fmt(livePerNote.ref, ' B', 0), ratio: ratio(livePerNote.ours, livePerNote.ref), goal: 'diagnostic (no goal)', met: 'n/a' },
    ],
    notes: [
      `B4 on PostgreSQL: ours with DATABASE_URL (the machine's PostgreSQL, no Redis), its template a database written at the same time as the other two templates by the same writers, copied per run with CREATE DATABASE … TEMPLATE, then the server started on the copy and timed as ours on LevelDB (API join median ${fmt(median(pgTimes.map((t) => t.joinedMs)), ' ms')}); each run after ours on LevelDB and the reference. Its storage is the tables' size with indexes and TOAST (pg_total_relation_size), not the database's files: an empty PostgreSQL database alone takes several MiB.`,
      `B4: ${notes} notes written one at a time by ${tpl.ours.writers} participants, ${NOTES_PER_WRITER} each, 10 connected at a time while a reader stays connected (ours joined through the API, so every note passes the server's limit of 30 notes per participant per minute; the reference into a named room, the same writers), both templates written at the same time before anything is measured, server stopped, data dir copied fresh per run and the server started on it; ${runs} run${runs === 1 ? "" : "s"} each. Ours is timed from POST /api/join (median ${fmt(median(times.ours.map((t) => t.joinedMs)), ' ms')}) to the moment every note is on the device; the reference from opening the socket (no API). The reference's provider reports \`sync\` before its store has loaded the document (its y-leveldb \`bindState\` runs without being awaited), so the reference is timed to the last note's arrival, not to the sync event. Storage is the sum of file sizes in DATA_DIR (ours) / YPERSISTENCE (reference) after a graceful stop, empty-store overhead included. The diagnostic row reads every entry of a copy of the same store: ours ${live.ours.entries} entries, ${fmt(live.ours.bytes / 1024, ' KiB', 0)} (the workshop record, ${tpl.ours.writers} participants and their tokens included), the reference ${live.ref.entries} entries, ${fmt(live.ref.bytes / 1024, ' KiB', 0)}; the rest of the files is LevelDB's log of overwritten and deleted entries (ours replaces a workshop's stored updates by one merged state every 500 updates), which LevelDB compacts later. Until 2026-11-23 the workshop was written by 10 participants at 1000 notes/s (385 B per note then); the server's note limit (30 per participant per minute) made that set-up crawl, hence ${tpl.ours.writers} participants now, which changes how the updates are batched, compacted and logged and adds ${tpl.ours.writers} participant records.`,
    ],
  };
}
