// The orchestrator's side of the raw instrument: joins the devices through the API (ours),
// spreads them over several load processes pinned to the load core, adds a few stock
// providers as witnesses, and merges what the processes report into one phase result.
import { startLoad, type LoadChild } from './load.js';
import { createRoom, join, pool, roomUrl, type Room, type Target } from './api.js';
import { mergedPercentiles, type HistogramData } from './histogram.js';
import type { BenchServer } from './servers.js';
import type { Presence, RawClientSpec } from '../raw/raw-client.js';

export const SATURATED = 0.95;

export interface FleetSpec {
  workshops: number;
  /** Participants per workshop, the witnesses included. */
  devicesPerWorkshop: number;
  /** Stock providers in all, workshop i % workshops each. */
  witnesses: number;
  /** Extra writing devices per workshop on the facilitator's token (not note-rate limited); 0: the participants write. */
  facilitatorWriters: number;
  processes: number;
  presence: Presence | null;
}

interface ProcessReport {
  hist: HistogramData;
  cpu: number;
  frames: number;
  bytes: number;
  awarenessFrames: number;
  awarenessBytes: number;
  written: number;
  byRoom: Record<string, { all: number; byReaders: number }>;
  closed: (number | null)[];
}

interface WitnessReport {
  hist: HistogramData;
  cpu: number;
  witnesses: { room: string; notes: number; markers: number; state: string; connected: boolean }[];
}

export interface PhaseResult {
  p50: number;
  p99: number;
  max: number;
  arrivals: number;
  expected: number;
  written: number;
  /** Share of one core per raw load process, then the witnesses' process. */
  cpus: number[];
  /** Sum over every load process (they share the load core). */
  loadCpu: number;
  frames: number;
  bytes: number;
  awarenessFrames: number;
  awarenessBytes: number;
  closed: number;
  witnessP99: number;
  /** The server's CPU time (user + system) from measure() to the last arrival, per note written. */
  serverMsPerNote: number;
  /** The server's CPU over the same window, as a share of its core. */
  serverCpu: number;
  /** Discarded: a load process or the load core passed 95%, or arrivals are missing. */
  discarded: string | null;
}

export interface Fleet {
  rooms: Room[];
  readers: number;
  measure(): Promise<void>;
  /** Every writer writes `perWriter` notes/s for `ms`. */
  write(perWriter: number, ms: number): Promise<{ written: number; ms: number }>;
  /** Every writer adds one note within `withinMs`. */
  burst(withinMs: number): Promise<void>;
  /** Waits for every arrival (or `timeoutMs`), then reports the phase. */
  collect(timeoutMs: number): Promise<PhaseResult>;
  /** The witnesses agree with each other and hold every note written since the start. */
  witnessCheck(): Promise<{ ok: boolean; detail: string }>;
  stop(): Promise<void>;
}

export async function startFleet(server: Pick<BenchServer, 'kind' | 'base' | 'ws'> & Partial<Pick<BenchServer, 'cpuMs'>>, spec: FleetSpec): Promise<Fleet> {
  const target: Target = { kind: server.kind, base: server.base, ws: server.ws };
  const rooms = await pool(Array.from({ length: spec.workshops }), 10, () => createRoom(target));
  const devices: { room: Room; index: number; witness: boolean }[] = [];
  rooms.forEach((room, r) => {
    const witnesses = Math.floor(spec.witnesses / spec.workshops) + (r < spec.witnesses % spec.workshops ? 1 : 0);
    for (let i = 0; i < spec.devicesPerWorkshop; i++) devices.push({ room, index: i, witness: i < witnesses });
  });
  // Set-up, not measured: joins 10 at a time, as in the stock-provider benchmarks.
  const joined = await pool(devices, 10, async (d) => ({ ...d, ...(await join(target, d.room)) }));
  const raw: (RawClientSpec & { writes: boolean })[] = [];
  for (const d of joined) {
    if (d.witness) continue;
    raw.push({ url: roomUrl(target, d.room.room, d.token), room: d.room.room, index: d.index, author: d.participantId, reads: true, writes: spec.facilitatorWriters === 0 });
  }
  for (const room of rooms) {
    for (let i = 0; i < spec.facilitatorWriters; i++) {
      raw.push({ url: roomUrl(target, room.room, room.facilitatorToken), room: room.room, index: spec.devicesPerWorkshop + i, author: `fac${i}`, reads: false, writes: true });
    }
  }
  const readersByRoom = new Map<string, number>();
  for (const c of raw) if (c.reads) readersByRoom.set(c.room, (readersByRoom.get(c.room) ?? 0) + 1);
  const children: LoadChild[] = [];
  for (let p = 0; p < spec.processes; p++) {
    children.push(startLoad('raw-fleet', { clients: raw.filter((_, i) => i % spec.processes === p), presence: spec.presence }));
  }
  const witnessChild = startLoad('witnesses', { target, witnesses: joined.filter((d) => d.witness).map((d) => ({ room: d.room.room, token: d.token })) });
  const all = [...children, witnessChild];
  await Promise.all(all.map((c) => c.next('ready', 120_000)));
  const totalWritten = new Map<string, number>();
  let serverCpu0 = 0;
  let measuredAt = 0;

  const ask = async <T>(child: LoadChild, cmd: string, answer: string, extra: Record<string, unknown> = {}): Promise<T> => {
    const reply = child.next<T>(answer, 120_000);
    child.send({ cmd, ...extra });
    return reply;
  };

  return {
    rooms,
    readers: raw.filter((c) => c.reads).length,
    async measure() {
      await Promise.all(all.map((c) => ask(c, 'measure', 'measuring')));
      serverCpu0 = server.cpuMs?.() ?? NaN;
      measuredAt = performance.now();
    },
    async write(perWriter, ms) {
      const done = await Promise.all(children.map((c) => ask<{ written: number; ms: number }>(c, 'write', 'written', { perWriter, ms })));
      return { written: done.reduce((s, d) => s + d.written, 0), ms: Math.max(...done.map((d) => d.ms)) };
    },
    async burst(withinMs) {
      await Promise.all(children.map((c) => ask(c, 'burst', 'written', { withinMs })));
    },
    async collect(timeoutMs) {
      const deadline = performance.now() + timeoutMs;
      for (;;) {
        const reports = await Promise.all(children.map((c) => ask<ProcessReport>(c, 'report', 'report')));
        const byRoom = new Map<string, { all: number; byReaders: number }>();
        for (const r of reports) {
          for (const [room, n] of Object.entries(r.byRoom)) {
            const sum = byRoom.get(room) ?? { all: 0, byReaders: 0 };
            sum.all += n.all;
            sum.byReaders += n.byReaders;
            byRoom.set(room, sum);
          }
        }
        let expected = 0;
        let written = 0;
        for (const [room, n] of byRoom) {
          expected += n.all * (readersByRoom.get(room) ?? 0) - n.byReaders;
          written += n.all;
        }
        const arrivals = reports.reduce((s, r) => s + r.hist.count, 0);
        if (arrivals < expected && performance.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 200));
          continue;
        }
        const serverMs = (server.cpuMs?.() ?? NaN) - serverCpu0;
        const wallMs = performance.now() - measuredAt;
        for (const [room, n] of byRoom) totalWritten.set(room, (totalWritten.get(room) ?? 0) + n.all);
        const witness = await ask<WitnessReport>(witnessChild, 'report', 'report');
        const [p50, p99, max] = mergedPercentiles(reports.map((r) => r.hist), [50, 99, 100], Math.max(0, expected - arrivals));
        const cpus = [...reports.map((r) => r.cpu), witness.cpu];
        const loadCpu = cpus.reduce((s, c) => s + c, 0);
        const sum = (key: 'frames' | 'bytes' | 'awarenessFrames' | 'awarenessBytes') => reports.reduce((s, r) => s + r[key], 0);
        const closed = reports.reduce((s, r) => s + r.closed.length, 0);
        const discarded =
          Math.max(...cpus) > SATURATED ? `a load process at ${(Math.max(...cpus) * 100).toFixed(0)}% of its core`
          : loadCpu > SATURATED ? `the load core at ${(loadCpu * 100).toFixed(0)}%`
          : arrivals < expected ? `${expected - arrivals} of ${expected} arrivals missing`
          : closed > 0 ? `${closed} devices disconnected`
          : null;
        return {
          p50: p50!, p99: p99!, max: max!, arrivals, expected, written, cpus, loadCpu,
          frames: sum('frames'), bytes: sum('bytes'), awarenessFrames: sum('awarenessFrames'), awarenessBytes: sum('awarenessBytes'),
          closed, witnessP99: mergedPercentiles([witness.hist], [99])[0]!, discarded,
          serverMsPerNote: serverMs / Math.max(1, written), serverCpu: serverMs / wallMs,
        };
      }
    },
    async witnessCheck() {
      const deadline = performance.now() + 10_000;
      for (;;) {
        const report = await ask<WitnessReport>(witnessChild, 'report', 'report');
        const problems: string[] = [];
        for (const room of new Set(report.witnesses.map((w) => w.room))) {
          const here = report.witnesses.filter((w) => w.room === room);
          const want = totalWritten.get(room) ?? 0;
          if (new Set(here.map((w) => w.state)).size > 1) problems.push(`witnesses of ${room} differ`);
          for (const w of here) if (w.markers !== want) problems.push(`a witness of ${room} holds ${w.markers} of ${want} notes written`);
        }
        if (problems.length === 0 || performance.now() > deadline) {
          return { ok: problems.length === 0, detail: problems.length ? problems.slice(0, 3).join('; ') : `${report.witnesses.length} witnesses converged, each holding every note written (${[...totalWritten.values()].reduce((s, n) => s + n, 0)} in all)` };
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    },
    async stop() {
      for (const c of all) c.send({ cmd: 'stop' });
      await Promise.all(all.map((c) => c.next('result', 10_000).catch(() => undefined)));
      for (const c of all) c.kill();
    },
  };
}
