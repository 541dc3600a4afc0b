// B5: SIGKILL and restart with 300 participants connected: resync time, lost notes.
import { startLoad } from './lib/load.js';
import { fmt, ratio, yesNo, type BenchResult, type Options } from './lib/report.js';
import { benchDatabase, nextPort, removeDir, startServer, tempDir, type BenchDatabase, type Kind } from './lib/servers.js';
import { median, type Summary } from './lib/stats.js';

interface Result { resync: Summary; resynced: number; participants: number; created: number; lost: number; loadCpu: number; restartMs: number }

export async function b5(opts: Options): Promise<BenchResult> {
  const participants = opts.quick ? 60 : 300;
  const runs = opts.quick ? 1 : 3;
  const out: Record<Kind, Result[]> = { ours: [], ref: [] };
  // Ours on the PostgreSQL store, in the same run beside ours on LevelDB and the reference.
  const onPostgres: Result[] = [];
  for (let run = 0; run < runs; run++) {
    for (const series of ['ours', 'ref', 'ours-pg'] as const) {
      const kind: Kind = series === 'ref' ? 'ref' : 'ours';
      const db: BenchDatabase | null = series === 'ours-pg' ? await benchDatabase() : null;
      const store = db ? { databaseUrl: db.url } : {};
      const dir = tempDir(`b5-${series}`);
      let server = await startServer(kind, nextPort(), dir, store);
      const port = server.port; // the restart takes the same port
      try {
        const load = startLoad('restart', { target: { kind, base: server.base, ws: server.ws }, participants, rate: 30, timeoutMs: 30_000 });
        await load.next('ready');
        const killedAt = Date.now();
        await server.stop('SIGKILL');
        server = await startServer(kind, port, dir, store);
        const restartMs = Date.now() - killedAt;
        load.send({ cmd: 'killed', killedAt });
        const r = { ...(await load.next<Omit<Result, 'restartMs'>>('result')), restartMs };
        console.log(`  B5 ${series} run ${run + 1}: ${r.resynced}/${r.participants} resynced, p99 ${fmt(r.resync.p99, ' ms', 0)} after the kill (server back after ${r.restartMs} ms), ${r.lost}/${r.created} notes lost, load cpu ${fmt(r.loadCpu * 100, '%', 0)}`);
        (db ? onPostgres : out[kind]).push(r);
      } finally {
        await server.stop();
        removeDir(dir);
        await db?.drop();
      }
    }
  }
  const p99 = (k: Kind) => median(out[k].map((r) => (r.resynced === r.participants ? r.resync.p99 : Infinity)));
  const lost = (k: Kind) => out[k].reduce((n, r) => n + r.lost, 0);
  const ours = p99('ours');
  const ref = p99('ref');
  const pgP99 = median(onPostgres.map((r) => (r.resynced === r.participants ? r.resync.p99 : Infinity)));
  const pgLost = onPostgres.reduce((n, r) => n + r.lost, 0);
  return {
    rows: [
      { bench: 'B5', metric: `SIGKILL + restart, ${participants} connected: resync p99 (from the kill)`, ours: fmt(ours, ' ms', 0), ref: fmt(ref, ' ms', 0), ratio: ratio(ours, ref), goal: '≤ 3 s', met: yesNo(ours <= 3000) },
      { bench: 'B5', metric: 'notes lost (all runs)', ours: String(lost('ours')), ref: String(lost('ref')), ratio: 'n/a', goal: '0', met: yesNo(lost('ours') === 0) },
      { bench: 'B5', metric: `PostgreSQL store: resync p99 (ours column: ours on PostgreSQL; ref column: ours on LevelDB, same run)`, ours: fmt(pgP99, ' ms', 0), ref: fmt(ours, ' ms', 0), ratio: ratio(pgP99, ours), goal: '≤ 3 s', met: yesNo(pgP99 <= 3000) },
      { bench: 'B5', metric: 'PostgreSQL store: notes lost (all runs)', ours: String(pgLost), ref: String(lost('ours')), ratio: 'n/a', goal: '0', met: yesNo(pgLost === 0) },
    ],
    notes: [
      `B5: ${runs} runs each (time budget); participants write 30 notes/s throughout; stock providers with y-websocket's default reconnect back-off (100 ms doubling to 2.5 s), as a phone uses them. Times run from the SIGKILL to each device's first sync after it; they include the server's own start (median ${fmt(median(out.ours.map((r) => r.restartMs)), ' ms', 0)} for ours, compiled as \`npm start\` runs it, ${fmt(median(out.ref.map((r) => r.restartMs)), ' ms', 0)} for the reference). A new device then checks every note any writer created is on the server. Ours on PostgreSQL ran in the same run after the reference (a fresh database per run, DATABASE_URL, the machine's PostgreSQL, no Redis; the restarted process has the same node id and so takes its own lease back at once); its server back after a median ${fmt(median(onPostgres.map((r) => r.restartMs)), ' ms', 0)}, load CPU ${onPostgres.map((r) => fmt(r.loadCpu * 100, '%', 0)).join(', ')}. Load generator CPU during the resync: ${(['ours', 'ref'] as const).map((k) => `${k} ${out[k].map((r) => fmt(r.loadCpu * 100, '%', 0)).join(', ')}`).join('; ')}.`,
    ],
  };
}
