// Exports of a workshop nobody has open are built in the export worker from what the store
// holds, so a large board is never loaded on the event loop that serves live workshops
// (server/export/snapshot-reader.ts). What the facilitator gets must not depend on where.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BoardDoc } from '../../shared/schema.js';
import { SMALL_STORED_BYTES } from '../../server/export/snapshot-reader.js';
import { createWorkshop, join, postJson, yClient } from '../helpers/clients.js';
import { waitFor } from '../helpers/wait.js';
import { serverForFile } from '../helpers/suite.js';

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
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kw-pdf-')), 'report.pdf');
  fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe('exports of a workshop nobody has open', () => {
  it('exports a small closed workshop with its note, without loading its document', async () => {
    const w = await createWorkshop(t.base, { title: 'Respijtzorg Houten', facilitatorName: 'Marieke' });
    const p = await join(t.base, w.joinCode, 'carer', 'Anja');
    const phone = yClient(t.ws, w.id, p.participantToken);
    await phone.synced;
    new BoardDoc(phone.doc).addNote({ text: NOTE, step: 'checkin', author: p.participantId, createdAt: Date.now(), group: 'carer' }, 'n1');
    await waitFor(async () => (await t.server.store.readUpdates(w.id)).length > 0, 3000, 'the note stored');
    phone.destroy();
    await unloaded(w.id);

    const snapshot = await exportJson(w.id, w.facilitatorToken);
    expect(snapshot.notes.map((n) => n.text)).toEqual([NOTE]);
    expect(t.server.loadedDocs.get(w.id)).toBeUndefined();
  });

  it('builds a large closed workshop in the worker: the same content as from the live document, in JSON and PDF', async () => {
    const w = await createWorkshop(t.base, { title: 'Mantelzorg Utrecht', facilitatorName: 'Marieke' });
    const p = await join(t.base, w.joinCode, 'carer', 'Anja');
    const phone = yClient(t.ws, w.id, p.participantToken);
    await phone.synced;
    new BoardDoc(phone.doc).addNote({ text: NOTE, step: 'discover', author: p.participantId, createdAt: Date.now(), group: 'carer' }, 'n1');
    await waitFor(async () => (await t.server.store.readUpdates(w.id)).length > 0, 3000, 'the note stored');
    phone.destroy();
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
    expect(text).toContain(`Briefje 299: ${NOTE}`);
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
