// B3: memory per loaded workshop, and whether it returns once they are unloaded.
import { startLoad } from './lib/load.js';
import { fmt, ratio, yesNo, type BenchResult, type Options } from './lib/report.js';
import { copyDir, nextPort, removeDir, startServer, tempDir, type Kind } from './lib/servers.js';
import { median } from './lib/stats.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function template(kind: Kind, workshops: number, notes: number) {
  const dir = tempDir(`b3-${kind}`);
  const server = await startServer(kind, nextPort(), dir);
  const load = startLoad('populate-many', { target: { kind, base: server.base, ws: server.ws }, workshops, notes });
  const { rooms } = await load.next<{ rooms: { room: string; token?: string }[] }>('result');
  await sleep(3000); // the reference writes to LevelDB asynchronously and has no SIGTERM handler
  await server.stop();
  return { dir, rooms };
}

export async function b3(opts: Options): Promise<BenchResult> {
  const workshops = opts.quick ? 100 : 1000;
  const notes = 200;
  const idleWaitMs = opts.quick ? 0 : 60_000;
  const runs = 1;
  const out: Record<Kind, { perWorkshop: number; start: number; loaded: number; after: number; loadMs: number }[]> = { ours: [], ref: [] };
  for (const kind of ['ours', 'ref'] as const) {
    const t0 = performance.now();
    const tpl = await template(kind, workshops, notes);
    console.log(`  B3 ${kind}: ${workshops} workshops of ${notes} notes populated in ${fmt((performance.now() - t0) / 1000, ' s')}`);
    for (let run = 0; run < runs; run++) {
      const dir = copyDir(tpl.dir, `b3run-${kind}`);
      const server = await startServer(kind, nextPort(), dir);
      try {
        await sleep(2000);
        const start = server.rss();
        const load = startLoad('memory', { target: { kind, base: server.base, ws: server.ws }, rooms: tpl.rooms, notes });
        const loadedMsg = await load.next<{ ms: number; incomplete: number }>('loaded');
        await sleep(2000);
        const loaded = server.rss();
        load.send({ cmd: 'leave' });
        await load.next('left');
        await sleep(idleWaitMs);
        const after = idleWaitMs ? server.rss() : NaN;
        load.send({ cmd: 'exit' });
        const r = { perWorkshop: (loaded - start) / workshops, start, loaded, after, loadMs: loadedMsg.ms };
        console.log(`  B3 ${kind}: RSS ${fmt(start / 2 ** 20, ' MiB')} → ${fmt(loaded / 2 ** 20, ' MiB')} loaded (${loadedMsg.incomplete} incomplete, ${fmt(loadedMsg.ms, ' ms', 0)}) → ${fmt(after / 2 ** 20, ' MiB')} ${idleWaitMs / 1000} s after leaving`);
        out[kind].push(r);
      } finally {
        await server.stop();
        removeDir(dir);
      }
    }
    removeDir(tpl.dir);
  }
  const m = (kind: Kind, f: (r: (typeof out)['ours'][number]) => number) => median(out[kind].map(f));
  const oursKb = m('ours', (r) => r.perWorkshop) / 1024;
  const refKb = m('ref', (r) => r.perWorkshop) / 1024;
  const back = (kind: Kind) => m(kind, (r) => r.after / r.start - 1);
  return {
    rows: [
      { bench: 'B3', metric: `server memory (RSS) per loaded workshop, ${workshops} × ${notes} notes`, ours: fmt(oursKb, ' KiB'), ref: fmt(refKb, ' KiB'), ratio: ratio(oursKb, refKb), goal: '≤ 150 KB', met: yesNo(oursKb * 1024 <= 150_000) },
      {
        bench: 'B3',
        metric: `RSS ${idleWaitMs / 1000} s after every client left, vs start`,
        ours: idleWaitMs ? `${fmt(back('ours') * 100, '%', 0)} above start` : 'n/a (--quick)',
        ref: idleWaitMs ? `${fmt(back('ref') * 100, '%', 0)} above start` : 'n/a (--quick)',
        ratio: 'n/a',
        goal: 'within 10% of start',
        met: idleWaitMs ? yesNo(Math.abs(back('ours')) <= 0.1) : 'not measured',
      },
    ],
    notes: [
      `B3: ${runs} run per server (the 60 s wait does not fit five runs in the budget); workshops written once into a template data dir (ours: POST /api/workshops + a facilitator client per workshop; reference: a client per room), copied fresh per run. ` +
        (['ours', 'ref'] as const).map((k) => `${k}: RSS ${out[k].map((r) => `${fmt(r.start / 2 ** 20, ' MiB')} at start, ${fmt(r.loaded / 2 ** 20, ' MiB')} with all loaded (in ${fmt(r.loadMs / 1000, ' s')}), ${fmt(r.after / 2 ** 20, ' MiB')} after`).join('; ')}`).join('; ') +
        '. RSS includes V8 heap the process keeps after garbage collection; the server is started as users start it (no --expose-gc).',
    ],
  };
}
