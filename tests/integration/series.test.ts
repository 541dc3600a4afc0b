// A series of meetings (issue 15) with stock clients: three meetings, the ambition,
// positive core, small steps and open actions carried from one to the next under the same
// ids, an action's status marked by its owner's phone in meeting 2 and by the facilitator
// in meeting 3, its history read back per meeting; who may open what; deleting the series.
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { BoardDoc } from '../../shared/schema.js';
import type { CreateSeriesResponse, NextMeetingResponse, SeriesTimelineView, SeriesView } from '../../shared/series.js';
import { barrier, join, nextClose, postJson, yClient } from '../helpers/clients.js';
import { waitFor } from '../helpers/wait.js';
import { serverForFile } from '../helpers/suite.js';
import { readPdf, squash } from '../export/pdf-tools.js';
import path from 'node:path';
import { createWorkshops } from '../../server/workshops/workshops.js';
import { defaultConfig } from '../../server/config.js';
import { REVIEW_STEP } from '../../shared/steps.js';
import { openTestStore, tempDataDir } from '../helpers/server.js';

const t = serverForFile();

async function call(method: string, path: string, token: string | null, body?: unknown): Promise<{ status: number; json: any }> {
  const res = await fetch(t.base + path, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text };
}

/** The HTTP status the Yjs endpoint answers a token with for a document. */
function yjsUpgradeStatus(workshopId: string, token: string): Promise<number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(`${t.ws}/yjs/${workshopId}?token=${token}`);
    socket.on('open', () => {
      socket.close();
      resolve(101);
    });
    socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    socket.on('error', () => undefined);
  });
}

describe('a series of meetings', () => {
  it('carries the open actions through three meetings and keeps each one’s history', async () => {
    const created = await postJson(t.base, '/api/series', { name: 'Mantelzorgnetwerk Houten', organiser: 'Gemeente Houten', horizonYear: 2030 });
    expect(created.status).toBe(201);
    const series = created.json as CreateSeriesResponse;
    expect(series.seriesUrl).toBe(`${t.base}/s/${series.id}#${series.seriesToken}`);
    expect((await call('PATCH', `/api/series/${series.id}`, series.seriesToken, { horizonYear: 1999 })).status).toBe(400);

    // Meeting 1: the full 4-D, a shared ambition, the positive core, a small step, three actions.
    const first = await call('POST', `/api/series/${series.id}/meetings`, series.seriesToken, { title: 'Startbijeenkomst', place: 'Houten' });
    expect(first.status).toBe(201);
    const m1 = first.json as NextMeetingResponse;
    const carer1 = await join(t.base, m1.joinCode, 'carer');
    await join(t.base, m1.joinCode, 'professional');
    const f1 = yClient(t.ws, m1.id, m1.facilitatorToken);
    await f1.synced;
    const b1 = new BoardDoc(f1.doc);
    f1.doc.transact(() => {
      b1.addNote({ text: 'Elke mantelzorger kent één vast aanspreekpunt', step: 'dream', author: 'facilitator', createdAt: 1 }, 'amb');
      b1.setSharedAmbition('amb');
      b1.addTheme({ name: 'Korte lijnen', step: 'discover', createdAt: 2 }, 'core1');
      b1.addTheme({ name: 'Samen plannen', step: 'dream', createdAt: 3 }, 'dreamtheme');
      b1.addNote({ text: 'Een spreekuur in de wijk', step: 'design', author: carer1.participantId, createdAt: 4, firstAction: 'Ruimte regelen' }, 'step1');
      b1.addNote({ text: 'Wij vonden elkaar snel', step: 'discover', author: carer1.participantId, createdAt: 5 }, 'story');
      b1.addAction({ what: 'Spreekuur starten', owner: 'Anna', due: '2027-03-01', createdAt: 6 }, 'actA');
      b1.addAction({ what: 'Folder maken', owner: 'Bram', due: '', createdAt: 7, status: 'done' }, 'actB');
      b1.addAction({ what: 'Huisartsen bellen', owner: 'Chris', due: '', createdAt: 8, status: 'under-way', statusNote: 'Twee gebeld' }, 'actC');
    });
    await barrier(t.ws, m1.id, m1.facilitatorToken, f1);

    // Meeting 2, started from meeting 1's console with its own facilitator link.
    const second = await call('POST', `/api/workshops/${m1.id}/next-meeting`, m1.facilitatorToken, { steps: ['dream', 'deliver'], place: 'Bibliotheek' });
    expect(second.status).toBe(201);
    const m2 = second.json as NextMeetingResponse;
    expect(m2.seriesId).toBe(series.id);
    expect(m2.seriesUrl).toBeUndefined();
    const f2 = yClient(t.ws, m2.id, m2.facilitatorToken);
    await f2.synced;
    const b2 = new BoardDoc(f2.doc);
    await waitFor(() => b2.actions().length === 2, 5000, 'the carried actions in meeting 2');
    expect(b2.actions().map((a) => [a.id, a.status ?? 'planned', a.origin])).toEqual([
      ['actA', 'planned', m1.id],
      ['actC', 'under-way', m1.id],
    ]);
    expect(b2.sharedAmbitionId()).toBe('amb');
    expect(b2.themes().map((th) => [th.id, th.origin])).toEqual([['core1', m1.id]]);
    expect(b2.notes().map((n) => [n.id, n.author, n.origin])).toEqual([
      ['amb', 'facilitator', m1.id],
      ['step1', 'facilitator', m1.id],
    ]);

    // A participant of meeting 1 cannot open meeting 2; meeting 1's facilitator link opens only meeting 1.
    expect(await yjsUpgradeStatus(m2.id, carer1.participantToken)).toBe(401);
    expect(await yjsUpgradeStatus(m2.id, m1.facilitatorToken)).toBe(401);
    expect((await call('GET', `/api/workshops/${m2.id}/export.json`, m1.facilitatorToken)).status).toBe(403);
    expect((await call('GET', `/api/workshops/${m2.id}/export.json`, series.seriesToken)).status).toBe(200);

    // The owner's phone in meeting 2 marks their action; nothing else of it, and not another's.
    const anna = await join(t.base, m2.joinCode, 'volunteer', 'Anna');
    b2.updateAction('actA', { ownerId: anna.participantId });
    const phone = yClient(t.ws, m2.id, anna.participantToken);
    await phone.synced;
    await waitFor(() => new BoardDoc(phone.doc).actions().find((a) => a.id === 'actA')?.ownerId === anna.participantId, 5000, 'the owner on the phone');
    new BoardDoc(phone.doc).updateAction('actA', { status: 'under-way', statusNote: 'Ruimte gevonden in de bieb' });
    await waitFor(() => b2.actions().find((a) => a.id === 'actA')?.status === 'under-way', 5000, 'the owner’s status on the console');
    expect(b2.actions().find((a) => a.id === 'actA')?.statusNote).toBe('Ruimte gevonden in de bieb');

    let closed = nextClose(phone);
    new BoardDoc(phone.doc).updateAction('actA', { what: 'Iets anders' });
    expect(await closed).toBe(4403);
    phone.destroy();
    const phone2 = yClient(t.ws, m2.id, anna.participantToken);
    await phone2.synced;
    closed = nextClose(phone2);
    new BoardDoc(phone2.doc).updateAction('actC', { status: 'done' });
    expect(await closed).toBe(4403);
    phone2.destroy();
    await barrier(t.ws, m2.id, m2.facilitatorToken, f2);
    expect(b2.actions().map((a) => [a.id, a.what, a.status])).toEqual([
      ['actA', 'Spreekuur starten', 'under-way'],
      ['actC', 'Huisartsen bellen', 'under-way'],
    ]);

    // Meeting 3 from the series page; its console opened with a link the series token asks for.
    const third = await call('POST', `/api/series/${series.id}/meetings`, series.seriesToken, { title: 'Netwerkbijeenkomst najaar' });
    expect(third.status).toBe(201);
    const m3 = third.json as NextMeetingResponse;
    const link = await call('POST', `/api/series/${series.id}/meetings/${m3.id}/link`, series.seriesToken);
    expect(link.status).toBe(200);
    const f3 = yClient(t.ws, m3.id, link.json.facilitatorToken as string);
    await f3.synced;
    const b3 = new BoardDoc(f3.doc);
    await waitFor(() => b3.actions().length === 2, 5000, 'the carried actions in meeting 3');
    // The owner's phone was meeting 2's: the facilitator names it again in this meeting.
    expect(b3.actions().find((a) => a.id === 'actA')).toMatchObject({ status: 'under-way', origin: m1.id });
    expect(b3.actions().find((a) => a.id === 'actA')).not.toHaveProperty('ownerId');
    b3.updateAction('actA', { status: 'done', statusNote: 'Elke dinsdag spreekuur' });
    b3.addNote({ text: 'De bibliotheek dacht mee', step: 'review', author: 'facilitator', createdAt: Date.now(), linkedTo: 'actA' }, 'helped1');
    await barrier(t.ws, m3.id, m3.facilitatorToken, f3);

    // Meeting 3 opens with the review (the default steps); its report has the review section.
    const pdf = await fetch(`${t.base}/api/workshops/${m3.id}/export.pdf`, { headers: { authorization: `Bearer ${series.seriesToken}` } });
    expect(pdf.status).toBe(200);
    const read = readPdf(Buffer.from(await pdf.arrayBuffer()));
    const text = squash(read.raw);
    expect(text).toContain(squash('Acties van vorige keer'));
    expect(text).toContain(squash('Klaar: Elke dinsdag spreekuur'));
    expect(text).toContain(squash('De bibliotheek dacht mee'));
    expect(text).toContain(squash('Bezig: Twee gebeld'));
    expect(text).not.toContain(squash('Folder maken'));
    read.cleanup();

    const view = (await call('GET', `/api/series/${series.id}`, series.seriesToken)).json as SeriesView;
    expect(view.ambition).toBe('Elke mantelzorger kent één vast aanspreekpunt');
    expect(view.meetings.map((m) => [m.id, m.place])).toEqual([
      [m1.id, 'Houten'],
      [m2.id, 'Bibliotheek'],
      [m3.id, 'Bibliotheek'],
    ]);
    expect(view.meetings[0]).toMatchObject({ present: { carer: 1, professional: 1 }, missing: ['volunteer', 'organisation', 'municipality'] });
    expect(view.meetings[1]?.present).toEqual({ volunteer: 1 });

    const timeline = (await call('GET', `/api/series/${series.id}/timeline`, series.seriesToken)).json as SeriesTimelineView;
    const history = (id: string) => timeline.actions.find((a) => a.id === id)?.history.map((h) => (h ? `${h.status}${h.note ? `: ${h.note}` : ''}` : null));
    expect(timeline.actions.map((a) => a.id)).toEqual(['actA', 'actB', 'actC']);
    expect(history('actA')).toEqual(['planned', 'under-way: Ruimte gevonden in de bieb', 'done: Elke dinsdag spreekuur']);
    expect(history('actB')).toEqual(['done', null, null]);
    expect(history('actC')).toEqual(['under-way: Twee gebeld', 'under-way: Twee gebeld', 'under-way: Twee gebeld']);

    for (const c of [f1, f2, f3]) c.destroy();
  });

  it('refuses a series without its token, and deletes a series with all its meetings', async () => {
    const series = (await postJson(t.base, '/api/series', { name: 'Leernetwerk' })).json as CreateSeriesResponse;
    const other = (await postJson(t.base, '/api/series', { name: 'Ander netwerk' })).json as CreateSeriesResponse;
    expect((await call('GET', `/api/series/${series.id}`, null)).status).toBe(403);
    expect((await call('GET', `/api/series/${series.id}`, other.seriesToken)).status).toBe(403);
    expect((await postJson(t.base, '/api/series', { name: '' })).status).toBe(400);
    expect((await postJson(t.base, '/api/series', { name: 'x', extra: 1 })).status).toBe(400);

    const m1 = (await call('POST', `/api/series/${series.id}/meetings`, series.seriesToken, {})).json as NextMeetingResponse;
    const m2 = (await call('POST', `/api/series/${series.id}/meetings`, series.seriesToken, {})).json as NextMeetingResponse;
    const exported = await call('GET', `/api/workshops/${m1.id}/export.json`, series.seriesToken);
    const imported = await call('POST', `/api/series/${series.id}/import`, series.seriesToken, exported.json);
    expect(imported.status).toBe(201);
    const patched = await call('PATCH', `/api/series/${series.id}`, series.seriesToken, { ambition: 'Samen sterk in 2030' });
    expect(patched.json.ambition).toBe('Samen sterk in 2030');
    expect((patched.json as SeriesView).meetings.map((m) => m.id)).toEqual([m1.id, m2.id, imported.json.id]);

    const phone = await join(t.base, m2.joinCode, 'carer');
    const live = yClient(t.ws, m2.id, phone.participantToken);
    await live.synced;
    const closed = nextClose(live);
    const deleted = await call('DELETE', `/api/series/${series.id}`, series.seriesToken);
    expect(deleted.status).toBe(200);
    expect(deleted.json.deleted).toEqual([m1.id, m2.id, imported.json.id]);
    expect(await closed).toBeGreaterThan(4000);
    live.destroy();
    for (const id of [m1.id, m2.id, imported.json.id]) expect((await call('GET', `/api/workshops/${id}/qr.svg`, null)).status).toBe(404);
    expect((await call('GET', `/api/series/${series.id}`, series.seriesToken)).status).toBe(404);
    expect((await call('GET', `/api/series/${other.id}`, other.seriesToken)).status).toBe(200);
  });

  it('gives a workshop stored before the review step existed the review’s text', async () => {
    const store = await openTestStore(path.join(tempDataDir(), 'db'));
    const { creation, records, roomState } = createWorkshops(store, defaultConfig(), 'http://localhost');
    const w = await creation.create({ title: 'Van vóór de terugblik' });
    await store.updateWorkshop(w.id, (record) => {
      const { review: _review, ...older } = record.stepContent;
      return { ...record, stepContent: older as typeof record.stepContent };
    });
    const stored = (await records.refresh(w.id))!;
    expect(stored.stepContent.review).toBeUndefined();
    expect(roomState(stored).stepContent.review).toEqual(REVIEW_STEP);
    await store.close();
  });
});
