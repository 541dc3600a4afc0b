// Worker thread body of renderPdfOffThread (pdf.ts): renders one snapshot and posts
// the PDF bytes back, transferring them rather than copying.
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkshopSnapshot } from '../../shared/snapshot.js';
import { renderPdf } from './pdf.js';

async function main(): Promise<void> {
  try {
    const pdf = await renderPdf(workerData as WorkshopSnapshot);
    // A small Buffer can sit in Node's shared pool; transfer a copy that owns its memory.
    const bytes = new Uint8Array(pdf);
    parentPort?.postMessage({ ok: true, pdf: bytes }, [bytes.buffer]);
  } catch (err) {
    parentPort?.postMessage({ ok: false, error: err instanceof Error ? err.message : String(err) });
  }
}

void main();
