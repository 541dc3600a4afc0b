// What each benchmark hands the orchestrator: table rows and notes for the report.
import { startServer, tempDir, nextPort, removeDir, type BenchServer, type Kind } from './servers.js';

export interface Row {
  bench: string;
  metric: string;
  ours: string;
  ref: string;
  ratio: string;
  goal: string;
  met: string;
}

export interface BenchResult {
  rows: Row[];
  /** Markdown lines: method, discarded runs, what holds a goal back. */
  notes: string[];
}

export interface Options {
  quick: boolean;
}

export const fmt = (n: number, unit = '', digits = 1): string => (Number.isFinite(n) ? `${n.toFixed(digits)}${unit}` : n === Infinity ? '∞' : 'n/a');
export const ratio = (ours: number, ref: number): string => (Number.isFinite(ours) && Number.isFinite(ref) && ref > 0 ? `${(ours / ref).toFixed(2)}×` : 'n/a');
export const yesNo = (ok: boolean | null): string => (ok === null ? 'not measured' : ok ? 'yes' : '**no**');

/** Alternates ours and the reference (A B A B …), each on a fresh server and data dir. */
export async function alternate<T>(runs: number, kinds: Kind[], fn: (server: BenchServer, run: number) => Promise<T>): Promise<Record<Kind, T[]>> {
  const out: Record<Kind, T[]> = { ours: [], ref: [] };
  for (let run = 0; run < runs; run++) {
    for (const kind of kinds) {
      const dataDir = tempDir(kind);
      let server: BenchServer | null = null;
      try {
        server = await startServer(kind, nextPort(), dataDir);
        out[kind].push(await fn(server, run));
      } finally {
        await server?.stop();
        removeDir(dataDir);
      }
    }
  }
  return out;
}
