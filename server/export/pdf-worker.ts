// Body of the long-lived PDF worker thread (see pdf-offthread.ts, which sends one request
// at a time): renders the meeting or series report and transfers the PDF bytes back (no copy).
import { parentPort } from 'node:worker_threads';
import type { WorkshopSnapshot } from '../../shared/snapshot.js';
import type { PdfReply, PdfRequest } from './pdf-offthread.js';
import { renderPdf } from './pdf.js';
import { renderSeriesPdf } from './series-pdf.js';
import type { SeriesReportInput } from './series-report-model.js';

const port = parentPort;
if (!port) throw new Error('pdf-worker.ts runs only as a worker thread');

async function answer(request: PdfRequest): Promise<void> {
  let reply: PdfReply;
  const transfer: ArrayBuffer[] = [];
  try {
    const pdf =
      request.kind === 'series'
        ? await renderSeriesPdf(JSON.parse(request.json) as SeriesReportInput)
        : await renderPdf(JSON.parse(request.json) as WorkshopSnapshot);
    // A small Buffer can sit in Node's shared pool; transfer a copy that owns its memory.
    const bytes = new Uint8Array(pdf);
    transfer.push(bytes.buffer);
    reply = { id: request.id, ok: true, pdf: bytes };
  } catch (err) {
    reply = { id: request.id, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  port!.postMessage(reply, transfer);
}

port.on('message', (request: PdfRequest) => void answer(request));
