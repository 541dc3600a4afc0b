// B3: memory per loaded workshop, and whether it returns once they are unloaded.
import { startLoad } from './lib/load.js';
import { fmt, ratio, yesNo, type BenchResult, type Options } from './lib/report.js';
import { copyDir, nextPort, removeDir, startServer, tempDir, SETUP_CORES, type Kind } from './lib/servers.js';
import { median } from './lib/stats.js';

export const QUICK_IDLE_WAIT_MS = 35_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function template(kind: Kind, workshops: number, notes: number) {
  const dir = tempDir(`b3-${kind}`);
  // Set-up, not measured: server and load may use either core.
  const server = await startServer(kind, nextPort(), dir, { cores: SETUP_CORES });
  const load = startLoad('populate-many', { target: { kind, base: server.base, ws: server.ws }, workshops, notes }, SETUP_CORES);
  const { rooms } = await load.next<{ rooms: { room: string; token?: string }[] }>('result');
  await sleep(3000); // the reference writes to LevelDB asynchronously and has no SIGTERM handler
  await server.stop();
  return { dir, rooms };
}

export async function b3(opts: Options): Promise<BenchResult> {
  const workshops = opts.quick ? 100 : 1000;
  const notes = 200;
  // Ours unloads a document 30 s after its last client (idleUnloadMs); the reference at once.
  // The 60 s wait is the benchmark's definition; --quick (a smoke run) waits 35 s, just
  // long enough for ours to unload.
  const idleWaitMs = opts.quick ? QUICK_IDLE_WAIT_MS : 60_000;
  const runs = 1;
  const out: Record<Kind, { perWorkshop: number; start: number; loaded: number; after: number; loadMs: number; heapStart: number; heapAfter: number; rssAfterGc: number; heapBeforeGc: number }[]> = { ours: [], ref: [] };
  // Set-up: both template data dirs are written at the same time, before anything is measured.
  const t0 = performance.now();
  const templates = await Promise.all((['ours', 'ref'] as const).map(async (kind) => {
    const tpl = await template(kind, workshops, notes);
    console.log(`  B3 ${kind}: ${workshops} workshops of ${notes} notes populated in ${fmt((performance.now() - t0) / 1000, ' s')}`);
    return tpl;
  }));
  const measure = async (kind: Kind) => {
    const tpl = templates[kind === 'ours' ? 0 : 1]!;
    for (let run = 0; run < runs; run++) {
      const dir = copyDir(tpl.dir, `b3run-${kind}`);
      // Both servers get --expose-gc and bench/lib/gc-probe.mjs: a forced GC on SIGUSR2 tells
      // live heap from garbage V8 has not collected yet (it rarely collects while idle).
      const server = await startServer(kind, nextPort(), dir, { probe: true });
      try {
        await sleep(2000);
        const start = server.rss();
        const probeStart = await server.probe();
        const load = startLoad('memory', { target: { kind, base: server.base, ws: server.ws }, rooms: tpl.rooms, notes });
        const loadedMsg = await load.next<{ ms: number; incomplete: number }>('loaded');
        await sleep(2000);
        const loaded = server.rss();
        load.send({ cmd: 'leave' });
        await load.next('left');
        await sleep(idleWaitMs);
        const after = server.rss();
        load.send({ cmd: 'exit' });
        const probeEnd = await server.probe();
        await sleep(3000); // V8 hands freed pages back shortly after the collection
        const r = {
          perWorkshop: (loaded - start) / workshops,
          start,
          loaded,
          after,
          loadMs: loadedMsg.ms,
          heapStart: probeStart.after.heapUsed,
          heapBeforeGc: probeEnd.before.heapUsed,
          heapAfter: probeEnd.after.heapUsed,
          rssAfterGc: server.rss(),
        };
        console.log(
          `  B3 ${kind}: RSS ${fmt(start / 2 ** 20, ' MiB')} → ${fmt(loaded / 2 ** 20, ' MiB')} loaded (${loadedMsg.incomplete} incomplete, ${fmt(loadedMsg.ms, ' ms', 0)}) → ${fmt(after / 2 ** 20, ' MiB')} ${idleWaitMs / 1000} s after leaving; ` +
            `heapUsed after GC ${fmt(r.heapStart / 2 ** 20, ' MiB')} at start → ${fmt(r.heapAfter / 2 ** 20, ' MiB')} at the end (${fmt(r.heapBeforeGc / 2 ** 20, ' MiB')} before the GC), RSS 3 s after the GC ${fmt(r.rssAfterGc / 2 ** 20, ' MiB')}`,
        );
        out[kind].push(r);
      } finally {
        await server.stop();
        removeDir(dir);
      }
    }
    removeDir(tpl.dir);
  };
  // The full run measures one server after the other; --quick (a smoke run) both at once.
  if (opts.quick) await Promise.all([measure('ours'), measure('ref')]);
  else for (const kind of ['ours', 'ref'] as const) await measure(kind);
  const m = (kind: Kind, f: (r: (typeof out)['ours'][number]) => number) => median(out[kind].map(f));
  const oursKb = m('ours', (r) => r.perWorkshop) / 1024;
  const refKb = m('ref', (r) => r.perWorkshop) / 1024;
  const back = (kind: Kind) => m(kind, (r) => r.after / r.start - 1);
  const heapBack = (kind: Kind) => m(kind, (r) => r.heapAfter / r.heapStart - 1);
  const vsStart = (x: number) => `${fmt(Math.abs(x) * 100, '%', 0)} ${x < 0 ? 'below' : 'above'} start`;
  const retainedKb = (kind: Kind) => m(kind, (r) => (r.heapAfter - r.heapStart) / workshops / 1024);
  return {
    rows: [
      { bench: 'B3', metric: `server memory (RSS) per loaded workshop, ${workshops} × ${notes} notes`, ours: fmt(oursKb, ' KiB'), ref: fmt(refKb, ' KiB'), ratio: ratio(oursKb, refKb), goal: '≤ 150 KB', met: yesNo(oursKb * 1024 <= 150_000) },
      {
        bench: 'B3',
        metric: `RSS ${idleWaitMs / 1000} s after every client left, vs start`,
        ours: vsStart(back('ours')),
        ref: vsStart(back('ref')),
        ratio: 'n/a',
        goal: 'within 10% of start',
        met: yesNo(Math.abs(back('ours')) <= 0.1),
      },
      {
        bench: 'B3',
        metric: `V8 heap in use after a forced GC, ${idleWaitMs / 1000} s after every client left, vs start (per workshop)`,
        ours: `${vsStart(heapBack('ours'))} (${fmt(retainedKb('ours'), ' KiB')})`,
        ref: `${vsStart(heapBack('ref'))} (${fmt(retainedKb('ref'), ' KiB')})`,
        ratio: 'n/a',
        goal: 'diagnostic (no goal)',
        met: 'n/a',
      },
    ],
    notes: [
      `B3: ${runs} run per server (the ${idleWaitMs / 1000} s wait does not fit five runs in the budget)${opts.quick ? ' (--quick: 35 s instead of the 60 s of the definition, both servers measured at the same time, alongside the other benchmarks: a smoke run, not a measurement)' : ''}; workshops written once into a template data dir (ours: POST /api/workshops + a facilitator client per workshop; reference: a client per room; both templates written at the same time, before anything is measured), copied fresh per run. ` +
        (['ours', 'ref'] as const)
          .map(
            (k) =>
              `${k}: RSS ${out[k]
                .map(
                  (r) =>
                    `${fmt(r.start / 2 ** 20, ' MiB')} at start, ${fmt(r.loaded / 2 ** 20, ' MiB')} with all loaded (in ${fmt(r.loadMs / 1000, ' s')}), ${fmt(r.after / 2 ** 20, ' MiB')} after; ` +
                    `V8 heap in use ${fmt(r.heapStart / 2 ** 20, ' MiB')} at start (after a forced GC), ${fmt(r.heapBeforeGc / 2 ** 20, ' MiB')} at the end before a forced GC and ${fmt(r.heapAfter / 2 ** 20, ' MiB')} after it, RSS ${fmt(r.rssAfterGc / 2 ** 20, ' MiB')} 3 s after that GC`,
                )
                .join('; ')}`,
          )
          .join('; ') +
        '. Both servers run with --expose-gc and bench/lib/gc-probe.mjs (a full GC on SIGUSR2, forced right after the start reading and after the "after" reading, never in between), otherwise as users start them. The RSS rows are what the OS sees; RSS includes garbage V8 has not collected yet (an idle process rarely collects) and freed memory the allocators keep.',
    ],
  };
}
