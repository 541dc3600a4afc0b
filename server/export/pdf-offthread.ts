// PDF rendering off the main thread, through ONE long-lived worker per server (app.ts
// owns the pool and closes it). This module loads only node:worker_threads, so pdfkit,
// fontkit and the fonts (and their compilation under tsx) never touch the event loop that
// serves live workshops. The worker starts on the first export, renders one export at a
// time, stays for later ones, restarts after a crash or a timeout, and lets the process
// exit while idle.
//
// The same worker turns a stored workshop (its Yjs updates, as the store keeps them) into
// a snapshot, so an export of a workshop nobody has open never loads its document on the
// event loop: that load was the first export's 142 ms stall (B6).
import { Worker } from 'node:worker_threads';
import type { WorkshopSnapshot } from '../../shared/snapshot.js';
import type { SeriesReportInput } from './series-report-model.js';
import type { StoredWorkshop } from './stored-snapshot.js';

export interface PdfWorkerOptions {
  /** One export may take this long, queueing included, before it fails. */
  timeoutMs: number;
  /** Exports waiting beyond this many are refused at once (memory stays bounded). */
  maxQueued: number;
  /** The worker is stopped after this long without work, giving its memory back. */
  idleStopMs: number;
  /** Old-generation heap limit of the worker; a runaway render kills the worker, not the server. */
  maxHeapMb: number;
}

export const defaultPdfWorkerOptions: PdfWorkerOptions = {
  timeoutMs: 60_000,
  maxQueued: 8,
  idleStopMs: 10 * 60_000,
  maxHeapMb: 512,
};

/** Main thread → worker. */
export interface PdfRequest {
  id: number;
  /**
   * A meeting's report (from a WorkshopSnapshot), a series report (from a SeriesReportInput),
   * the snapshot of a stored workshop (from a StoredWorkshop without its updates), or a
   * warm-up render whose result nobody reads.
   */
  kind: PdfKind;
  /** The input as JSON: one string to copy, parsed in the worker. */
  json: string;
  /** 'snapshot' only: the workshop's stored Yjs updates. */
  updates?: Uint8Array[];
}

export type PdfKind = 'meeting' | 'series' | 'snapshot' | 'warm';

/** Worker → main thread: the PDF, or the snapshot as UTF-8 JSON. */
export type PdfReply = { id: number; ok: true; bytes: Uint8Array } | { id: number; ok: false; error: string };

/** An export refused or failed for a reason the facilitator can act on (HTTP status attached). */
export class PdfExportError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'PdfExportError';
  }
}

interface Job {
  id: number;
  kind: PdfKind;
  json: string;
  updates?: Uint8Array[];
  resolve: (pdf: Buffer) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

// Built (dist/app/server, scripts/build-server.ts), the worker is plain JavaScript in the
// same folder as the bundle that holds this code; run from source
// (tests, `npm run dev`), it goes through an entry that registers tsx first.
const ENTRY = import.meta.url.endsWith('.ts')
  ? new URL('./pdf-worker-entry.mjs', import.meta.url)
  : new URL('./pdf-worker.js', import.meta.url);

export class PdfWorkerPool {
  private worker: Worker | null = null;
  private readonly queue: Job[] = [];
  private running: Job | null = null;
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | null = null;
  private closed = false;
  /** Times the worker was (re)started, for tests and diagnostics. */
  starts = 0;

  constructor(private readonly options: PdfWorkerOptions = defaultPdfWorkerOptions) {}

  /** Renders a snapshot to PDF bytes in the worker. Rejects on failure, timeout or a full queue. */
  render(snapshot: WorkshopSnapshot, options: { timeoutMs?: number } = {}): Promise<Buffer> {
    return this.enqueue('meeting', snapshot, options.timeoutMs);
  }

  /** Renders a series report in the worker, queued with the meeting reports. */
  renderSeries(input: SeriesReportInput, options: { timeoutMs?: number } = {}): Promise<Buffer> {
    return this.enqueue('series', input, options.timeoutMs);
  }

  /**
   * Starts the worker and has it render a tiny report, so the next export waits for neither
   * (called when a facilitator opens a console). Does nothing while the worker runs or has work.
   */
  warm(): void {
    if (this.closed || this.worker || this.running || this.queue.length) return;
    this.enqueue('warm', null).catch(() => undefined);
  }

  /** Builds the snapshot of a stored workshop in the worker: its document is never loaded here. */
  async snapshot(stored: StoredWorkshop, options: { timeoutMs?: number } = {}): Promise<WorkshopSnapshot> {
    const { updates, ...rest } = stored;
    const json = await this.enqueue('snapshot', rest, options.timeoutMs, updates);
    return JSON.parse(json.toString('utf8')) as WorkshopSnapshot;
  }

  private enqueue(kind: PdfKind, input: unknown, timeoutMs = this.options.timeoutMs, updates?: Uint8Array[]): Promise<Buffer> {
    if (this.closed) return Promise.reject(new PdfExportError('The PDF renderer is shut down.', 503));
    if (this.queue.length >= this.options.maxQueued) {
      return Promise.reject(new PdfExportError('Many PDF exports are being made right now. Try again in a minute.', 429));
    }
    const json = JSON.stringify(input);
    return new Promise<Buffer>((resolve, reject) => {
      const job: Job = {
        id: this.nextId++,
        kind,
        json,
        updates,
        resolve,
        reject,
        timer: setTimeout(() => this.timeout(job, timeoutMs), timeoutMs),
      };
      this.queue.push(job);
      this.pump();
    });
  }

  /** Fails queued exports and stops the worker; call on server shutdown. */
  async close(): Promise<void> {
    this.closed = true;
    const error = new PdfExportError('The server is shutting down; the PDF export was cancelled.', 503);
    for (const job of this.queue.splice(0)) this.settle(job, error);
    if (this.running) this.settle(this.running, error);
    this.running = null;
    await this.stopWorker();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(ENTRY, { resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb } });
    this.starts++;
    worker.on('message', (reply: PdfReply) => this.onReply(worker, reply));
    worker.on('error', (error) => this.onGone(worker, `the PDF worker failed: ${error.message}`));
    worker.on('exit', (code) => this.onGone(worker, `the PDF worker stopped (exit code ${code})`));
    this.worker = worker;
    return worker;
  }

  private pump(): void {
    if (this.running || this.closed) return;
    const job = this.queue.shift();
    if (!job) {
      this.idleSoon();
      return;
    }
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const worker = this.ensureWorker();
    worker.ref();
    this.running = job;
    worker.postMessage({ id: job.id, kind: job.kind, json: job.json, updates: job.updates } satisfies PdfRequest);
  }

  private onReply(worker: Worker, reply: PdfReply): void {
    if (worker !== this.worker) return;
    const job = this.running;
    if (!job || job.id !== reply.id) return; // a reply for an export that already timed out
    this.running = null;
    if (reply.ok) this.settle(job, null, Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength));
    else this.settle(job, new Error(`PDF export failed: ${reply.error}`));
    this.pump();
  }

  /** The worker crashed or exited: fail what it was doing, restart for what is queued. */
  private onGone(worker: Worker, reason: string): void {
    if (worker !== this.worker) return;
    this.worker = null;
    if (this.running) {
      this.settle(this.running, new Error(`PDF export failed: ${reason}`));
      this.running = null;
    }
    this.pump();
  }

  private timeout(job: Job, ms: number): void {
    const error = new Error(`PDF export failed: no result within ${ms / 1000} s`);
    const queued = this.queue.indexOf(job);
    if (queued !== -1) {
      this.queue.splice(queued, 1);
      this.settle(job, error);
      return;
    }
    if (this.running !== job) return;
    // The worker is stuck on this export: replace it, keep serving the queue.
    this.running = null;
    this.settle(job, error);
    void this.stopWorker();
    this.pump();
  }

  private settle(job: Job, error: Error | null, pdf?: Buffer): void {
    clearTimeout(job.timer);
    if (error) job.reject(error);
    else job.resolve(pdf!);
  }

  /** Idle: the worker no longer keeps the process alive, and stops after idleStopMs. */
  private idleSoon(): void {
    if (!this.worker || this.running) return;
    this.worker.unref();
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      if (!this.running && this.queue.length === 0) void this.stopWorker();
    }, this.options.idleStopMs);
    this.idleTimer.unref();
  }

  private async stopWorker(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }
}
