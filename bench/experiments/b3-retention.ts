// Experiment behind B3's "memory after every client left": does an unloaded workshop
// stay referenced, or does V8 simply not give memory back? Starts a server (ours, or the
// reference with `ref`) with bench/lib/gc-probe.mjs, loads N workshops of 200 notes
// through stock clients, disconnects them, samples RSS while the documents unload, then
// forces a GC and (with --snapshot) writes a heap snapshot and counts retained objects.
//   npm run build && npx tsx bench/experiments/b3-retention.ts [ours|ref] [--workshops=200] [--wait=45] [--snapshot]
import fs from 'node:fs';
import { startLoad } from '../lib/load.js';
import { copyDir, nextPort, removeDir, startServer, tempDir, type Kind, type ProbeReading } from '../lib/servers.js';

const kind = (process.argv.find((a) => a === 'ours' || a === 'ref') ?? 'ours') as Kind;
const arg = (name: string, dflt: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? dflt);
const workshops = arg('workshops', 200);
const waitS = arg('wait', 45);
const snapshot = process.argv.includes('--snapshot');
const notes = 200;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const mib = (b: number) => `${(b / 2 ** 20).toFixed(1)} MiB`;
const show = (label: string, rss: number, p?: ProbeReading) =>
  console.log(
    `${label.padEnd(28)} RSS ${mib(rss)}` +
      (p ? ` | after gc: RSS ${mib(p.after.rss)}, heapUsed ${mib(p.after.heapUsed)} (before gc ${mib(p.before.heapUsed)}), heapTotal ${mib(p.after.heapTotal)}, external ${mib(p.after.external)}, arrayBuffers ${mib(p.after.arrayBuffers)}` : ''),
  );

const tplDir = tempDir(`b3x-${kind}`);
let rooms: { room: string; token?: string }[];
{
  const server = await startServer(kind, nextPort(), tplDir);
  const load = startLoad('populate-many', { target: { kind, base: server.base, ws: server.ws }, workshops, notes });
  ({ rooms } = await load.next<{ rooms: { room: string; token?: string }[] }>('result'));
  await sleep(3000);
  await server.stop();
}
const dir = copyDir(tplDir, `b3x-run-${kind}`);
const snapDir = tempDir('b3x-snap');
const server = await startServer(kind, nextPort(), dir, { probe: true, env: snapshot ? { KW_PROBE_SNAPSHOT_DIR: snapDir } : {} });
try {
  await sleep(2000);
  const rss0 = server.rss();
  const p0 = await server.probe();
  show('start', rss0, p0);
  const load = startLoad('memory', { target: { kind, base: server.base, ws: server.ws }, rooms, notes });
  const loaded = await load.next<{ ms: number; incomplete: number }>('loaded');
  await sleep(2000);
  show(`loaded (${workshops}, ${loaded.incomplete} incomplete)`, server.rss());
  load.send({ cmd: 'leave' });
  await load.next('left');
  for (let s = 5; s <= waitS; s += 5) {
    await sleep(5000);
    show(`${s} s after leaving`, server.rss());
  }
  load.send({ cmd: 'exit' });
  const rss1 = server.rss();
  const p1 = await server.probe();
  show('end, forced gc', rss1, p1);
  await sleep(3000);
  show('3 s after the forced gc', server.rss());
  if (p1.snapshot) {
    const counts = countObjects(p1.snapshot, ['LoadedDoc', 'Doc', 'Awareness', 'Item', 'ContentAny', 'ContentString', 'WebSocket', 'Connection', 'Socket', 'YMap', 'StructStore', 'Timeout', 'WorkshopRecord']);
    console.log('objects in the heap snapshot after gc:', JSON.stringify(counts));
    console.log(`snapshot: ${p1.snapshot}`);
  }
} finally {
  await server.stop();
  removeDir(dir);
  removeDir(tplDir);
  if (!snapshot) removeDir(snapDir);
}

/** Counts nodes of type "object" by constructor name in a .heapsnapshot, plus the top 15 by self size. */
function countObjects(file: string, names: string[]): Record<string, number> {
  const snap = JSON.parse(fs.readFileSync(file, 'utf8')) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[]; strings: string[] };
  const f = snap.snapshot.meta.node_fields;
  const width = f.length;
  const iType = f.indexOf('type');
  const iName = f.indexOf('name');
  const iSize = f.indexOf('self_size');
  const objectType = snap.snapshot.meta.node_types[0].indexOf('object');
  const counts: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
  const byName = new Map<string, { n: number; bytes: number }>();
  for (let i = 0; i < snap.nodes.length; i += width) {
    const name = snap.strings[snap.nodes[i + iName]!]!;
    const size = snap.nodes[i + iSize]!;
    const e = byName.get(name) ?? { n: 0, bytes: 0 };
    e.n++;
    e.bytes += size;
    byName.set(name, e);
    if (snap.nodes[i + iType] === objectType && name in counts) counts[name]!++;
  }
  const top = [...byName].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, 15);
  console.log('top by self size:', top.map(([n, e]) => `${n.slice(0, 40)}: ${e.n} × = ${mib(e.bytes)}`).join('; '));
  return counts;
}
