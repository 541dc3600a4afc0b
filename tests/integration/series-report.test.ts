// The series report through the real API with stock clients: three meetings, the actions'
// statuses changed by an owner's phone in meeting 2 and by the facilitator in meeting 3,
// the ambition sharpened in meeting 3, what-helped notes in the reviews. The PDF (read
// with pdftotext) and the Markdown show every action's status per meeting in order; both
// need the series token.
import { describe, expect, it } from 'vitest';
import { BoardDoc } from '../../shared/schema.js';
import type { CreateSeriesResponse, NextMeetingResponse } from '../../shared/series.js';
import { barrier, join, postJson, yClient } from '../helpers/clients.js';
import { waitFor } from '../helpers/wait.js';
import { serverForFile } from '../helpers/suite.js';
import { readPdf, squash } from '../export/pdf-tools.js';
import { expectStatuses, timelineRows } from '../export/series-report-tools.js';

const t = serverForFile();

async function get(path: string, token: string | null): Promise<Response> {
  return fetch(t.base + path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

async function post(path: string, token: string, body: unknown = {}): Promise<any> {
  const res = await fetch(t.base + path, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
  expect(res.status, path).toBeLessThan(300);
  return res.json();
}

const WHAT = { a: 'Spreekuur in de wijk starten', b: 'Folder voor huisartsen maken', c: 'Huisartsen bellen over doorverwijzen', d: 'Klankbordgroep van mantelzorgers opzetten' };
const FIRST_AMBITION = 'Elke mantelzorger kent één vast aanspreekpunt';
const SECOND_AMBITION = 'Elke mantelzorger kent één vast aanspreekpunt en praat mee over nieuwe plannen';

describe('the series report', () => {
  it('shows each action’s status per meeting, the meetings and the ambition, behind the series token', async () => {
    const series = (await postJson(t.base, '/api/series', { name: 'Mantelzorgnetwerk Houten', organiser: 'Gemeente Houten', horizonYear: 2030 })).json as CreateSeriesResponse;

    // Meeting 1: a carer and a professional; an ambition, a theme, three actions.
    const m1 = (await post(`/api/series/${series.id}/meetings`, series.seriesToken, { title: 'Startbijeenkomst', place: 'Houten' })) as NextMeetingResponse;
    await join(t.base, m1.joinCode, 'carer', 'Carla Carer');
    await join(t.base, m1.joinCode, 'professional', 'Piet Prof');
    const f1 = yClient(t.ws, m1.id, m1.facilitatorToken);
    await f1.synced;
    const b1 = new BoardDoc(f1.doc);
    f1.doc.transact(() => {
      b1.addNote({ text: FIRST_AMBITION, step: 'dream', author: 'facilitator', createdAt: 1 }, 'amb1');
      b1.setSharedAmbition('amb1');
      b1.addTheme({ name: 'Korte lijnen', step: 'discover', createdAt: 2 }, 'core1');
      b1.addAction({ what: WHAT.a, owner: 'Anna', due: '2027-03-01', createdAt: 3 }, 'actA');
      b1.addAction({ what: WHAT.b, owner: 'Bram', due: '', createdAt: 4, status: 'done' }, 'actB');
      b1.addAction({ what: WHAT.c, owner: 'Chris', due: '', createdAt: 5, status: 'under-way', statusNote: 'Twee praktijken gebeld' }, 'actC');
    });
    await barrier(t.ws, m1.id, m1.facilitatorToken, f1);

    // Meeting 2: Anna marks her action from her phone; a what-helped note; a new action.
    const m2 = (await post(`/api/series/${series.id}/meetings`, series.seriesToken, { title: 'Voorjaarsbijeenkomst', place: 'Bibliotheek' })) as NextMeetingResponse;
    const link2 = await post(`/api/series/${series.id}/meetings/${m2.id}/link`, series.seriesToken);
    const f2 = yClient(t.ws, m2.id, link2.facilitatorToken as string);
    await f2.synced;
    const b2 = new BoardDoc(f2.doc);
    await waitFor(() => b2.actions().length === 2, 5000, 'the carried actions in meeting 2');
    const anna = await join(t.base, m2.joinCode, 'volunteer', 'Anna');
    b2.updateAction('actA', { ownerId: anna.participantId });
    const phone = yClient(t.ws, m2.id, anna.participantToken);
    await phone.synced;
    await waitFor(() => new BoardDoc(phone.doc).actions().find((a) => a.id === 'actA')?.ownerId === anna.participantId, 5000, 'the owner on the phone');
    new BoardDoc(phone.doc).updateAction('actA', { status: 'under-way', statusNote: 'Ruimte gevonden in de bieb' });
    await waitFor(() => b2.actions().find((a) => a.id === 'actA')?.status === 'under-way', 5000, 'the owner’s status on the console');
    f2.doc.transact(() => {
      b2.updateAction('actC', { status: 'stuck', statusNote: 'Niemand neemt op' });
      b2.addNote({ text: 'De bibliotheek dacht meteen mee', step: 'review', author: 'facilitator', createdAt: Date.now(), linkedTo: 'actA' }, 'helped1');
      b2.addAction({ what: WHAT.d, owner: 'Dirk', due: '', createdAt: Date.now() }, 'actD');
    });
    await barrier(t.ws, m2.id, link2.facilitatorToken as string, f2, phone);
    phone.destroy();

    // Meeting 3: the facilitator marks the statuses and sharpens the ambition.
    const m3 = (await post(`/api/series/${series.id}/meetings`, series.seriesToken, { title: 'Najaarsbijeenkomst' })) as NextMeetingResponse;
    const link3 = await post(`/api/series/${series.id}/meetings/${m3.id}/link`, series.seriesToken);
    const f3 = yClient(t.ws, m3.id, link3.facilitatorToken as string);
    await f3.synced;
    const b3 = new BoardDoc(f3.doc);
    await waitFor(() => b3.actions().length === 3, 5000, 'the carried actions in meeting 3');
    await join(t.base, m3.joinCode, 'municipality', 'Mieke Gemeente');
    f3.doc.transact(() => {
      b3.updateAction('actA', { status: 'done', statusNote: 'Elke dinsdag spreekuur' });
      b3.updateAction('actC', { status: 'under-way', statusNote: 'Via de POH wel bereikt' });
      b3.addNote({ text: 'Een vaste dag maakte het makkelijk', step: 'review', author: 'facilitator', createdAt: Date.now(), linkedTo: 'actA' }, 'helped2');
      b3.addNote({ text: SECOND_AMBITION, step: 'dream', author: 'facilitator', createdAt: Date.now() }, 'amb2');
      b3.setSharedAmbition('amb2');
    });
    await barrier(t.ws, m3.id, link3.facilitatorToken as string, f3);

    const expected = {
      actA: [['planned', ''], ['under-way', 'Ruimte gevonden in de bieb'], ['done', 'Elke dinsdag spreekuur']],
      actB: [['done', ''], null, null],
      actC: [['under-way', 'Twee praktijken gebeld'], ['stuck', 'Niemand neemt op'], ['under-way', 'Via de POH wel bereikt']],
      actD: [null, ['planned', ''], ['planned', '']],
    } as const;
    const whatOf = (id: string): string => WHAT[id.slice(3).toLowerCase() as keyof typeof WHAT];

    // Only the series token opens the report.
    for (const token of [null, m1.facilitatorToken, anna.participantToken]) {
      expect((await get(`/api/series/${series.id}/report.pdf`, token)).status).toBe(403);
      expect((await get(`/api/series/${series.id}/report.md`, token)).status).toBe(403);
    }
    expect((await get('/api/series/nosuchseries/report.pdf', series.seriesToken)).status).toBe(404);

    const res = await get(`/api/series/${series.id}/report.pdf`, series.seriesToken);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="Mantelzorgnetwerk-Houten-\d{4}-\d{2}-\d{2}\.pdf"$/);
    const pdf = readPdf(Buffer.from(await res.arrayBuffer()));
    const all = squash(pdf.raw);
    try {
      const timeline = all.slice(all.indexOf(squash('Acties door de tijd')), all.indexOf(squash('Wat hielp')));
      const rows = timelineRows(timeline, Object.keys(expected), whatOf);
      for (const [id, slots] of Object.entries(expected)) expectStatuses(rows.get(id) ?? '', slots);

      const meetings = all.slice(all.indexOf(squash('De bijeenkomsten')), all.indexOf(squash('Acties door de tijd')));
      expect(meetings).toContain(squash('Bijeenkomst 1 · Startbijeenkomst'));
      expect(meetings).toContain(squash('Aan tafel: Mantelzorgers 1, Zorgprofessionals 1'));
      expect(meetings).toContain(squash('Niet aan tafel: Vrijwilligers, Organisaties, Gemeente'));
      expect(meetings).toContain(squash('Korte lijnen (Ontdekken)'));
      expect(meetings).toContain(squash('Aan tafel: Vrijwilligers 1'));
      expect(meetings).toContain(squash('Niet aan tafel: Mantelzorgers, Zorgprofessionals, Organisaties, Gemeente'));
      expect(meetings).toContain(squash(`Nieuwe actie: ${WHAT.d} (Dirk)`));
      expect(meetings).toContain(squash('Aan tafel: Gemeente 1'));

      expect(all).toContain(squash(`Bijeenkomst 1 Gekozen ${FIRST_AMBITION}`));
      expect(all).toContain(squash('Bijeenkomst 2 Niet veranderd'));
      expect(all).toContain(squash(`Bijeenkomst 3 Veranderd ${SECOND_AMBITION}`));
      expect(all).toContain(squash(`${WHAT.a} “De bibliotheek dacht meteen mee” (Bijeenkomst 2) “Een vaste dag maakte het makkelijk” (Bijeenkomst 3)`));
      const open = all.slice(all.indexOf(squash('Wat staat nog open')));
      expect(open).toContain(squash(WHAT.c));
      expect(open).toContain(squash(WHAT.d));
      expect(open).not.toContain(squash(WHAT.a));
      // Participants' names are not in a series report; action owners are.
      for (const name of ['Carla Carer', 'Piet Prof', 'Mieke Gemeente']) expect(pdf.raw).not.toContain(name);
    } finally {
      pdf.cleanup();
    }

    const md = await get(`/api/series/${series.id}/report.md`, series.seriesToken);
    expect(md.status).toBe(200);
    expect(md.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    const text = await md.text();
    expect(text).toContain(`| ${WHAT.a} | Anna | Gepland | Bezig: Ruimte gevonden in de bieb | Klaar: Elke dinsdag spreekuur |`);
    expect(text).toContain(`| ${WHAT.b} | Bram | Klaar | — | — |`);
    expect(text).toContain(`| ${WHAT.c} | Chris | Bezig: Twee praktijken gebeld | Loopt vast: Niemand neemt op | Bezig: Via de POH wel bereikt |`);
    expect(text).toContain(`| ${WHAT.d} | Dirk | — | Gepland | Gepland |`);
    expect(text).toContain('- **Niet aan tafel:** Vrijwilligers, Organisaties, Gemeente');
    expect(text).toContain(`| Bijeenkomst 3 | Veranderd | ${SECOND_AMBITION} |`);

    for (const c of [f1, f2, f3]) c.destroy();
  });
});
