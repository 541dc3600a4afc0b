// Exports of a workshop nobody has open are built in the export worker from what the store
// holds, so a large board is never loaded on the event loop that serves live workshops
// (server/export/snapshot-reader.ts). What the facilitator gets must not depend on where.
import { describe, expect, it } from 'vitest';
import { SMALL_STORED_BYTES } from '../../server/export/snapshot-reader.js';
import { postJson, workshopWithNote, yClient } from '../helpers/clients.js';
import { waitFor } from '../helpers/wait.js';
import { serverForFile } from '../helpers/suite.js';
import { readPdf, squash } from '../export/pdf-tools.js';

// Documents unload 100 ms after their last device, so the tests can reach "nobody has it open".
const t = serverForFile({ idleUnloadMs: 100 });

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const NOTE = 'Café-ochtend: de wijkverpleegkundige en ik – één keer per maand, “echt” fijn €5';
type Snapshot = { notes: { id: string; text: string }[]; exportedAt: number } & Record<string, unknown>;

const exportJson = async (id: string, token: string) => (await (await fetch(`${t.base}/api/workshops/${id}/export.json`, { headers: bearer(token) })).json()) as Snapshot;
const sameContent = (s: Snapshot) => ({ ...s, exportedAt: 0 });
const unloaded = (id: string) => waitFor(() => t.server.loadedDocs.get(id) === undefined, 5000, 'the document unloaded');

async function pdfText(id: string, token: string): Promise<string> {
  const res = await fetch(`${t.base}/api/workshops/${id}/export.pdf`, { headers: bearer(token) });
  expect(res.status).toBe(200);
  const pdf = readPdf(Buffer.from(await res.arrayBuffer()));
  pdf.cleanup();
  return pdf.layout;
}

describe('exports of a workshop nobody has open', () => {
  it('exports a small closed workshop with its note, without loading its document', async () => {
    const { w } = await workshopWithNote(t, NOTE);
    await unloaded(w.id);

    const snapshot = await exportJson(w.id, w.facilitatorToken);
    expect(snapshot.notes.map((n) => n.text)).toEqual([NOTE]);
    expect(t.server.loadedDocs.get(w.id)).toBeUndefined();
  });

  it('builds a large closed workshop in the worker: the same content as from the live document, in JSON and PDF', async () => {
    const { w } = await workshopWithNote(t, NOTE, { title: 'Mantelzorg Utrecht', step: 'discover' });
    // 300 notes through the JSON import: a board too big for the event loop's shortcut.
    const small = await exportJson(w.id, w.facilitatorToken);
    const notes = Array.from({ length: 300 }, (_, i) => ({ ...small.notes[0]!, id: `n${i}`, text: `Briefje ${i}: ${NOTE}` }));
    const { status, json: created } = await postJson(t.base, '/api/workshops/import', { ...small, notes });
    expect(status).toBe(201);
    await unloaded(created.id);
    const stored = await t.server.store.readUpdates(created.id);
    expect(stored.reduce((sum, u) => sum + u.byteLength, 0)).toBeGreaterThan(SMALL_STORED_BYTES);

    const closed = await exportJson(created.id, created.facilitatorToken);
    expect(t.server.loadedDocs.get(created.id)).toBeUndefined();
    expect(closed.notes).toHaveLength(300);
    const text = await pdfText(created.id, created.facilitatorToken);
    expect(squash(text)).toContain(squash(`Briefje 299: ${NOTE}`));
    expect(t.server.loadedDocs.get(created.id)).toBeUndefined();

    // Open it on a device: now the live document answers, with the same content.
    const device = yClient(t.ws, created.id, created.facilitatorToken);
    await device.synced;
    expect(t.server.loadedDocs.get(created.id)).toBeDefined();
    const live = await exportJson(created.id, created.facilitatorToken);
    expect(sameContent(live)).toEqual(sameContent(closed));
    device.destroy();
  });
});
