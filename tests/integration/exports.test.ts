// The facilitator's exports over HTTP: who may fetch them, and that what was written on
// the board is really in them.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BoardDoc } from '../../shared/schema.js';
import { postJson, workshopWithNote as sharedWorkshopWithNote } from '../helpers/clients.js';
import { waitFor } from '../helpers/wait.js';
import { serverForFile } from '../helpers/suite.js';

const t = serverForFile();

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const NOTE = 'Café-ochtend: de wijkverpleegkundige en ik – één keer per maand, “echt” fijn €5';

const workshopWithNote = () => sharedWorkshopWithNote(t, NOTE);

describe('exports over HTTP', () => {
  it('gives the facilitator a PDF whose text holds the note with its diacritics', async () => {
    const { w } = await workshopWithNote();
    const res = await fetch(`${t.base}/api/workshops/${w.id}/export.pdf`, { headers: bearer(w.facilitatorToken) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kw-pdf-')), 'report.pdf');
    fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Respijtzorg Houten');
    expect(text).toContain('Café-ochtend: de wijkverpleegkundige en ik – één keer per maand, “echt” fijn €5');
  });

  it('refuses a participant’s or projector’s token with 403, and an unknown workshop with 404', async () => {
    const { w, p } = await workshopWithNote();
    for (const kind of ['export.pdf', 'export.md', 'export.json', 'notes.csv', 'actions.csv']) {
      expect((await fetch(`${t.base}/api/workshops/${w.id}/${kind}`, { headers: bearer(p.participantToken) })).status, kind).toBe(403);
      expect((await fetch(`${t.base}/api/workshops/${w.id}/${kind}`, { headers: bearer(w.projectorToken) })).status, kind).toBe(403);
      expect((await fetch(`${t.base}/api/workshops/${w.id}/${kind}`)).status, kind).toBe(403);
      const unknown = await fetch(`${t.base}/api/workshops/nope-nope-nope/${kind}`, { headers: bearer(w.facilitatorToken) });
      expect(unknown.status, kind).toBe(404);
      expect((await unknown.json()).error).toBeTruthy();
    }
  });

  it('gives CSV with a byte order mark for Excel, and Markdown with the note', async () => {
    const { w } = await workshopWithNote();
    const csv = Buffer.from(await (await fetch(`${t.base}/api/workshops/${w.id}/notes.csv`, { headers: bearer(w.facilitatorToken) })).arrayBuffer());
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8')).toContain('één keer per maand');
    const md = await (await fetch(`${t.base}/api/workshops/${w.id}/export.md`, { headers: bearer(w.facilitatorToken) })).text();
    expect(md).toContain('Respijtzorg Houten');
    expect(md).toContain('één keer per maand');
  });

  it('round-trips JSON: export, import as a new workshop, export again gives the same content', async () => {
    const { w } = await workshopWithNote();
    const first = await (await fetch(`${t.base}/api/workshops/${w.id}/export.json`, { headers: bearer(w.facilitatorToken) })).json();
    const { status, json: created } = await postJson(t.base, '/api/workshops/import', first);
    expect(status).toBe(201);
    expect(created.id).not.toBe(w.id);
    const second = await (await fetch(`${t.base}/api/workshops/${created.id}/export.json`, { headers: bearer(created.facilitatorToken) })).json();
    const content = (s: Record<string, unknown>) => ({ ...s, exportedAt: 0, createdAt: 0 });
    expect(content(second)).toEqual(content(first));
    expect(second.notes[0].text).toBe(NOTE);
  });

  it('refuses an import with a field it does not know (400, naming the field), as the contract says', async () => {
    const { w } = await workshopWithNote();
    const file = await (await fetch(`${t.base}/api/workshops/${w.id}/export.json`, { headers: bearer(w.facilitatorToken) })).json();
    for (const [where, change] of [
      ['top', (f: Record<string, any>) => (f.series = 'x')],
      ['room', (f: Record<string, any>) => (f.room.joinCode = 'HACKED')],
      ['notes[0]', (f: Record<string, any>) => (f.notes[0].mood = 'blij')],
    ] as const) {
      const body = structuredClone(file);
      change(body);
      const { status, json } = await postJson(t.base, '/api/workshops/import', body);
      expect(status, where).toBe(400);
      expect(json.error).toMatch(/cannot be imported: .*unknown field/);
    }
  });

  it('refuses a broken import with a clear error', async () => {
    for (const body of [{ format: 'something-else' }, { format: 'kruiwagen-workshop', version: 1, notes: 'nope' }]) {
      const { status, json } = await postJson(t.base, '/api/workshops/import', body);
      expect(status).toBe(400);
      expect(json.error).toMatch(/cannot be imported/);
    }
  });
});
