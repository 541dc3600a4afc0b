// One load process of raw devices (bench/raw/raw-client.ts), several per run: connects its
// share of the devices, then on command measures arrivals, writes notes and reports its
// latencies (a mergeable histogram), frames received and its own CPU.
import { CpuMeter, command, emit, main, sleep } from './common.js';
import { pool } from '../lib/api.js';
import { Histogram } from '../lib/histogram.js';
import { nowUs } from '../raw/markers.js';
import { RawClient, type Presence, type RawClientSpec } from '../raw/raw-client.js';

interface Config {
  clients: (RawClientSpec & { writes: boolean })[];
  presence: Presence | null;
}

const cfg = JSON.parse(process.argv[2] ?? '{}') as Config;

main(async () => {
  const hist = new Histogram();
  const sink = (_writer: number, _seq: number, sentUs: number) => hist.add((nowUs() - sentUs) / 1000);
  const clients = await pool(cfg.clients, 25, async (spec) => {
    const client = new RawClient(spec, sink, cfg.presence);
    await client.synced;
    return { client, writes: spec.writes };
  });
  const writers = clients.filter((c) => c.writes).map((c) => c.client);
  emit({ type: 'ready', clients: clients.length });
  let meter = new CpuMeter();
  const base = { frames: 0, bytes: 0, awarenessFrames: 0, awarenessBytes: 0, written: 0 };
  const totals = () => {
    const t = { frames: 0, bytes: 0, awarenessFrames: 0, awarenessBytes: 0, written: 0 };
    for (const { client } of clients) {
      t.frames += client.frames;
      t.bytes += client.bytes;
      t.awarenessFrames += client.awarenessFrames;
      t.awarenessBytes += client.awarenessBytes;
      t.written += client.written;
    }
    return t;
  };
  const writtenAt = new Map<RawClient, number>();
  const writtenByRoom = () => {
    const rooms: Record<string, { all: number; byReaders: number }> = {};
    for (const { client } of clients) {
      const n = client.written - (writtenAt.get(client) ?? 0);
      const room = (rooms[client.spec.room] ??= { all: 0, byReaders: 0 });
      room.all += n;
      if (client.spec.reads) room.byReaders += n;
    }
    return rooms;
  };
  for (;;) {
    const cmd = await command('*');
    if (cmd.cmd === 'measure') {
      hist.reset();
      Object.assign(base, totals());
      for (const { client } of clients) writtenAt.set(client, client.written);
      for (const { client } of clients) client.scanning = true;
      meter = new CpuMeter();
      emit({ type: 'measuring' });
    } else if (cmd.cmd === 'write') {
      // Every 5 ms, the notes due by now, round-robin over this process's writers: a late
      // timer catches up rather than silently lowering the rate.
      const rate = Number(cmd.perWriter) * writers.length;
      const ms = Number(cmd.ms);
      const start = performance.now();
      let written = 0;
      let next = 0;
      while (performance.now() - start < ms && writers.length > 0) {
        const due = Math.floor(((performance.now() - start) * rate) / 1000);
        for (; written < due; written++) writers[next++ % writers.length]!.write();
        await sleep(5);
      }
      emit({ type: 'written', written, ms: performance.now() - start });
    } else if (cmd.cmd === 'burst') {
      // Every writer adds one note at a random moment within the window.
      const within = Number(cmd.withinMs);
      const start = performance.now();
      await Promise.all(writers.map((w) => new Promise<void>((resolve) => setTimeout(() => (w.write(), resolve()), Math.random() * within))));
      emit({ type: 'written', written: writers.length, ms: performance.now() - start });
    } else if (cmd.cmd === 'report') {
      const t = totals();
      emit({
        type: 'report',
        hist: hist.data(),
        cpu: meter.share(),
        frames: t.frames - base.frames,
        bytes: t.bytes - base.bytes,
        awarenessFrames: t.awarenessFrames - base.awarenessFrames,
        awarenessBytes: t.awarenessBytes - base.awarenessBytes,
        written: t.written - base.written,
        byRoom: writtenByRoom(),
        closed: clients.filter((c) => c.client.closeCode !== null).map((c) => c.client.closeCode),
      });
    } else if (cmd.cmd === 'stop') {
      for (const { client } of clients) client.close();
      return {};
    }
  }
});
