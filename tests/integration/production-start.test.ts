// The server as `npm start` runs it: compiled to dist/app by `npm run build` (the test
// command builds first). Catches what only the compiled form can get wrong, such as
// the PDF worker's entry file or a module that tsx resolves and plain Node does not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BoardDoc } from '../../shared/schema.js';
import { createWorkshop, join, yClient } from '../helpers/clients.js';
import { startChildServer, type ChildServer } from '../helpers/server.js';
import { waitFor } from '../helpers/wait.js';

const compiledMain = path.resolve(import.meta.dirname, '../../dist/app/server/main.js');
let server: ChildServer;

beforeAll(async () => {
  if (!fs.existsSync(compiledMain)) throw new Error('dist/app is missing: run `npm run build` (npm test does) before this test');
  server = await startChildServer(fs.mkdtempSync(path.join(os.tmpdir(), 'kw-prod-')), 0, {}, { compiled: true });
});
afterAll(() => server?.kill('SIGTERM'));

describe('the compiled server', () => {
  it('serves the client, syncs a note and exports it in a PDF', async () => {
    const page = await fetch(`${server.base}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');

    const w = await createWorkshop(server.base, { title: 'Mantelzorg in Wijk bij Duurstede' });
    const p = await join(server.base, w.joinCode, 'volunteer', 'Joost');
    const phone = yClient(server.ws, w.id, p.participantToken);
    const screen = yClient(server.ws, w.id, w.facilitatorToken);
    await Promise.all([phone.synced, screen.synced]);
    new BoardDoc(phone.doc).addNote({ text: 'Buren koken één keer per week', step: 'checkin', author: p.participantId, createdAt: Date.now(), group: 'volunteer' }, 'n1');
    await waitFor(() => screen.doc.getMap('notes').has('n1'), 5000, 'the note on the facilitator’s screen');
    phone.destroy();
    screen.destroy();

    const res = await fetch(`${server.base}/api/workshops/${w.id}/export.pdf`, { headers: { authorization: `Bearer ${w.facilitatorToken}` } });
    expect(res.status).toBe(200);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kw-prod-pdf-')), 'report.pdf');
    fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Mantelzorg in Wijk bij Duurstede');
    expect(text).toContain('Buren koken één keer per week');
  }, 30_000);

  // The build bundles the server and leaves what a feature needs in chunks of their own,
  // loaded on its first use (scripts/build-server.ts): each must load in the built form.
  it('loads what is imported on first use: QR code, Markdown, CSV, suggestions, import', async () => {
    const w = await createWorkshop(server.base, { title: 'Samen eten in de wijk' });
    const auth = { authorization: `Bearer ${w.facilitatorToken}` };
    const qr = await fetch(`${server.base}/api/workshops/${w.id}/qr.svg`);
    expect(qr.status).toBe(200);
    expect(await qr.text()).toContain('<svg');
    const md = await fetch(`${server.base}/api/workshops/${w.id}/export.md`, { headers: auth });
    expect(md.status).toBe(200);
    expect(await md.text()).toContain('Samen eten in de wijk');
    const csv = await fetch(`${server.base}/api/workshops/${w.id}/notes.csv`, { headers: auth });
    expect(csv.status).toBe(200);
    const suggest = await fetch(`${server.base}/api/workshops/${w.id}/themes/suggest`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ step: 'discover' }),
    });
    expect(suggest.status).toBe(200);
    expect(await suggest.json()).toHaveProperty('suggestions');
    const snapshot = await (await fetch(`${server.base}/api/workshops/${w.id}/export.json`, { headers: auth })).json();
    const imported = await fetch(`${server.base}/api/workshops/import`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(snapshot) });
    expect(imported.status).toBe(201);
  }, 30_000);
});
