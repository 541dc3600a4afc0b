// Body of the long-lived PDF worker thread (see pdf-offthread.ts, which sends one request
// at a time): renders the meeting or series report, or builds a stored workshop's snapshot,
// and transfers the bytes back (no copy).
import { parentPort } from 'node:worker_threads';
import type { WorkshopSnapshot } from '../../shared/snapshot.js';
import type { PdfReply, PdfRequest } from './pdf-offthread.js';
import { renderPdf } from './pdf.js';
import { renderSeriesPdf } from './series-pdf.js';
import type { SeriesReportInput } from './series-report-model.js';
import { snapshotFromStored, type StoredWorkshop } from './stored-snapshot.js';
import { warmUpSnapshot } from './warm-up.js';
import { lowerThisThreadPriority } from './thread-priority.js';

const port = parentPort;
if (!port) throw new Error('pdf-worker.ts runs only as a worker thread');
lowerThisThreadPriority();

async function work(request: PdfRequest): Promise<Uint8Array> {
  switch (request.kind) {
    case 'series':
      return renderSeriesPdf(JSON.parse(request.json) as SeriesReportInput);
    case 'meeting':
      return renderPdf(JSON.parse(request.json) as WorkshopSnapshot);
    case 'warm':
      return renderPdf(warmUpSnapshot(Date.now()));
    case 'snapshot': {
      const stored = { ...(JSON.parse(request.json) as Omit<StoredWorkshop, 'updates'>), updates: request.updates ?? [] };
      return new TextEncoder().encode(JSON.stringify(snapshotFromStored(stored)));
    }
  }
}

async function answer(request: PdfRequest): Promise<void> {
  let reply: PdfReply;
  const transfer: ArrayBuffer[] = [];
  try {
    const result = await work(request);
    // A small Buffer can sit in Node's shared pool; transfer a copy that owns its memory.
    const bytes = new Uint8Array(result);
    transfer.push(bytes.buffer);
    reply = { id: request.id, ok: true, bytes };
  } catch (err) {
    reply = { id: request.id, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  port!.postMessage(reply, transfer);
}

port.on('message', (request: PdfRequest) => void answer(request));
