// Theme suggestions and similar notes over HTTP: facilitator only, validated bodies,
// themed notes left where they are, and nothing written to the board.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BoardDoc } from '../../shared/schema.js';
import type { SimilarNotesResponse, SuggestThemesResponse } from '../../shared/suggest-api.js';
import { createWorkshop, join, yClient } from '../helpers/clients.js';
import { startServer, type TestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/wait.js';

let t: TestServer;
beforeAll(async () => {
  t = await startServer();
});
afterAll(() => t.close());

const NOTES: [string, string][] = [
  ['a1', 'Iemand die ik altijd kan bellen'],
  ['a2', 'Eén loket voor al mijn vragen'],
  ['a3', 'De casemanager nam ook s avonds op'],
  ['b1', 'Het mantelzorgcafé op donderdagavond'],
  ['b2', 'Praten met andere mantelzorgers die hetzelfde meemaken'],
  ['b3', 'Lotgenotencontact via het steunpunt'],
  ['c1', 'Logeeropvang zodat ik een weekend weg kon'],
  ['c2', 'Dagbesteding, dan heb ik tijd voor mezelf'],
];

async function workshopWithNotes() {
  const w = await createWorkshop(t.base, { title: 'Respijtzorg Houten' });
  const p = await join(t.base, w.joinCode, 'carer', 'Anja');
  const facilitator = yClient(t.ws, w.id, w.facilitatorToken);
  await facilitator.synced;
  const board = new BoardDoc(facilitator.doc);
  board.addTheme({ name: 'Lotgenoten', step: 'discover', createdAt: Date.now() }, 'peers');
  NOTES.forEach(([id, text], i) => board.addNote({ text, step: 'discover', author: 'facilitator', createdAt: Date.now() + i, themeId: id === 'b1' || id === 'b2' ? 'peers' : undefined }, id));
  board.addNote({ text: 'Ik zorg voor mijn moeder', step: 'checkin', author: 'facilitator', createdAt: Date.now() }, 'other-step');
  await waitFor(() => t.server.loadedDocs.get(w.id) !== undefined && new BoardDoc(t.server.loadedDocs.get(w.id)!.doc).notes().length === NOTES.length + 1, 5000, 'the notes on the server');
  return { w, p, facilitator };
}

const post = (url: string, token: string | null, body: unknown) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });

describe('POST /api/workshops/:id/themes/suggest', () => {
  it('proposes themes for the unthemed notes of the step, placing some into the existing theme, and writes nothing', async () => {
    const { w, facilitator } = await workshopWithNotes();
    const serverBoard = () => JSON.stringify(new BoardDoc(t.server.loadedDocs.get(w.id)!.doc).notes());
    const before = serverBoard();
    const res = await post(`${t.base}/api/workshops/${w.id}/themes/suggest`, w.facilitatorToken, { step: 'discover' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as SuggestThemesResponse;
    const proposed = body.suggestions.flatMap((s) => s.noteIds);
    expect(proposed).not.toContain('b1');
    expect(proposed).not.toContain('b2');
    expect(proposed).not.toContain('other-step');
    expect([...proposed, ...body.unplaced].sort()).toEqual(['a1', 'a2', 'a3', 'b3', 'c1', 'c2']);
    expect(body.suggestions.find((s) => s.themeId === 'peers')).toEqual({ name: 'Lotgenoten', themeId: 'peers', noteIds: ['b3'] });
    const contact = body.suggestions.find((s) => s.noteIds.includes('a1'));
    expect(contact?.themeId).toBeUndefined();
    expect(contact?.noteIds.sort()).toEqual(['a1', 'a2', 'a3']);
    expect(contact?.name.length).toBeGreaterThan(0);
    expect(serverBoard()).toBe(before);
    facilitator.destroy();
  });

  it('refuses participants, the projector and no token with 403, and an unknown workshop with 404', async () => {
    const { w, p, facilitator } = await workshopWithNotes();
    facilitator.destroy();
    const url = `${t.base}/api/workshops/${w.id}/themes/suggest`;
    expect((await post(url, p.participantToken, { step: 'discover' })).status).toBe(403);
    expect((await post(url, w.projectorToken, { step: 'discover' })).status).toBe(403);
    expect((await post(url, null, { step: 'discover' })).status).toBe(403);
    expect((await post(`${t.base}/api/workshops/nope-nope/themes/suggest`, w.facilitatorToken, { step: 'discover' })).status).toBe(404);
  });

  it('validates the body', async () => {
    const { w, facilitator } = await workshopWithNotes();
    facilitator.destroy();
    const url = `${t.base}/api/workshops/${w.id}/themes/suggest`;
    for (const body of [{}, { step: 'dreaming' }, { step: 'discover', extra: 1 }, 'discover']) {
      const res = await post(url, w.facilitatorToken, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(((await res.json()) as { error: string }).error).toMatch(/Invalid request/);
    }
  });

  it('answers an empty proposal for a step without notes', async () => {
    const { w, facilitator } = await workshopWithNotes();
    facilitator.destroy();
    const res = await post(`${t.base}/api/workshops/${w.id}/themes/suggest`, w.facilitatorToken, { step: 'dream' });
    expect(await res.json()).toEqual({ suggestions: [], unplaced: [] });
  });
});

describe('POST /api/workshops/:id/notes/similar', () => {
  it('gives the notes of the same step most like the given one', async () => {
    const { w, p, facilitator } = await workshopWithNotes();
    facilitator.destroy();
    const url = `${t.base}/api/workshops/${w.id}/notes/similar`;
    const res = await post(url, w.facilitatorToken, { noteId: 'b1', limit: 3 });
    expect(res.status).toBe(200);
    const { similar } = (await res.json()) as SimilarNotesResponse;
    expect(similar.length).toBeGreaterThan(0);
    expect(similar.length).toBeLessThanOrEqual(3);
    expect(similar.every((s) => s.noteId.startsWith('b') && s.noteId !== 'b1')).toBe(true);
    expect((await post(url, p.participantToken, { noteId: 'b1' })).status).toBe(403);
    expect((await post(url, w.facilitatorToken, { noteId: 'missing' })).status).toBe(404);
    expect((await post(url, w.facilitatorToken, { noteId: 'b1', limit: 0 })).status).toBe(400);
  });
});
