// The living social map and possibility statements over the wire, with stock clients:
// participants write their own map entries and ties and nobody else's; the facilitator
// puts the map on the projector at any step; a Dream note links to Discover themes and
// only the facilitator marks the positive core.
import { describe, expect, it } from 'vitest';
import { BoardDoc, type MapEntry } from '../../shared/schema.js';
import { barrier, createWorkshop, emitAck, join, lastState, nextClose, postJson, roomClient, yClient, type RoomClient } from '../helpers/clients.js';
import { waitFor } from '../helpers/wait.js';
import { serverForFile } from '../helpers/suite.js';
import type { RoomState } from '../../shared/room.js';

const t = serverForFile();

const entry = (owner: string, name: string, extra: Partial<MapEntry> = {}): Omit<MapEntry, 'id'> => ({
  name,
  group: 'volunteer',
  offers: ['company'],
  shareContact: false,
  owner,
  createdAt: Date.now(),
  ...extra,
});

const latest = (c: RoomClient, what: string, ok: (s: RoomState) => boolean) =>
  waitFor(() => (c.states.at(-1) && ok(c.states.at(-1)!) ? c.states.at(-1) : undefined), 3000, what);

async function room() {
  const w = await createWorkshop(t.base);
  const carer = await join(t.base, w.joinCode, 'carer');
  const nurse = await join(t.base, w.joinCode, 'professional');
  const facilitator = yClient(t.ws, w.id, w.facilitatorToken);
  const carerPhone = yClient(t.ws, w.id, carer.participantToken);
  const nursePhone = yClient(t.ws, w.id, nurse.participantToken);
  await Promise.all([facilitator.synced, carerPhone.synced, nursePhone.synced]);
  return { w, carer, nurse, facilitator, carerPhone, nursePhone, close: () => [facilitator, carerPhone, nursePhone].forEach((c) => c.destroy()) };
}

describe('the social map over y-websocket', () => {
  it('carries a participant’s entry and tie to every device, and lets the owner update it', async () => {
    const r = await room();
    try {
      new BoardDoc(r.carerPhone.doc).addMapEntry(entry(r.carer.participantId, 'Mantelzorgcafé', { contact: '06 1234', shareContact: true }), 'ec');
      new BoardDoc(r.nursePhone.doc).addMapEntry(entry(r.nurse.participantId, 'Wijkteam', { group: 'professional', offers: ['advice'] }), 'en');
      await waitFor(() => new BoardDoc(r.carerPhone.doc).mapEntries().length === 2, 3000, 'both entries on the carer’s phone');
      new BoardDoc(r.carerPhone.doc).addMapTie({ from: 'ec', to: 'en', owner: r.carer.participantId, createdAt: Date.now() }, 'tc');
      await waitFor(() => new BoardDoc(r.facilitator.doc).mapTies().length === 1, 3000, 'the tie on the facilitator');
      new BoardDoc(r.carerPhone.doc).updateMapEntry('ec', { name: 'Mantelzorgcafé Oost', offers: ['company', 'emotional'] });
      await waitFor(() => new BoardDoc(r.nursePhone.doc).mapEntries().find((e) => e.id === 'ec')?.name === 'Mantelzorgcafé Oost', 3000, 'the update on the other phone');
      expect(new BoardDoc(r.facilitator.doc).mapEntries().find((e) => e.id === 'ec')?.offers).toEqual(['company', 'emotional']);
    } finally {
      r.close();
    }
  });

  for (const [what, attack] of [
    ['edit', (b: BoardDoc) => b.updateMapEntry('en', { name: 'Gekaapt' })],
    ['delete', (b: BoardDoc) => b.deleteMapEntry('en')],
    ['overwrite', (b: BoardDoc) => b.addMapEntry(entry('x', 'Over je heen'), 'en')],
    ['tie from', (b: BoardDoc) => b.addMapTie({ from: 'en', to: 'ec', owner: 'x', createdAt: 1 }, 'tx')],
  ] as const) {
    it(`refuses a participant who tries to ${what} another’s entry (4403), and nobody sees it`, async () => {
      const r = await room();
      try {
        new BoardDoc(r.carerPhone.doc).addMapEntry(entry(r.carer.participantId, 'Mantelzorgcafé'), 'ec');
        new BoardDoc(r.nursePhone.doc).addMapEntry(entry(r.nurse.participantId, 'Wijkteam'), 'en');
        await waitFor(() => new BoardDoc(r.carerPhone.doc).mapEntries().length === 2, 3000, 'both entries');
        const closed = nextClose(r.carerPhone);
        const phoneBoard = new BoardDoc(r.carerPhone.doc);
        // a forged owner of the sender's own id: still not theirs to tie from
        attack(what === 'overwrite' || what === 'tie from' ? withOwner(phoneBoard, r.carer.participantId) : phoneBoard);
        expect(await closed).toBe(4403);
        await barrier(t.ws, r.w.id, r.w.facilitatorToken, r.facilitator, r.nursePhone);
        for (const c of [r.facilitator, r.nursePhone]) {
          const board = new BoardDoc(c.doc);
          expect(board.mapEntries().map((e) => [e.id, e.name])).toEqual([['ec', 'Mantelzorgcafé'], ['en', 'Wijkteam']]);
          expect(board.mapTies()).toEqual([]);
        }
      } finally {
        r.close();
      }
    });
  }

  it('lets the owner delete their entry and their ties with it', async () => {
    const r = await room();
    try {
      const mine = new BoardDoc(r.carerPhone.doc);
      mine.addMapEntry(entry(r.carer.participantId, 'Mantelzorgcafé'), 'ec');
      new BoardDoc(r.nursePhone.doc).addMapEntry(entry(r.nurse.participantId, 'Wijkteam'), 'en');
      await waitFor(() => mine.mapEntries().length === 2, 3000, 'both entries');
      mine.addMapTie({ from: 'ec', to: 'en', owner: r.carer.participantId, createdAt: 1 }, 'tc');
      await waitFor(() => new BoardDoc(r.nursePhone.doc).mapTies().length === 1, 3000, 'the tie');
      mine.deleteMapEntry('ec');
      await waitFor(() => new BoardDoc(r.nursePhone.doc).mapEntries().length === 1, 3000, 'the entry gone');
      expect(new BoardDoc(r.facilitator.doc).mapTiesMap.size).toBe(0);
    } finally {
      r.close();
    }
  });

  it('carries the map in the JSON export and back through the import', async () => {
    const r = await room();
    try {
      new BoardDoc(r.carerPhone.doc).addMapEntry(entry(r.carer.participantId, 'Mantelzorgcafé', { forWhom: 'Mantelzorgers in Oost' }), 'ec');
      new BoardDoc(r.nursePhone.doc).addMapEntry(entry(r.nurse.participantId, 'Wijkteam'), 'en');
      await waitFor(() => new BoardDoc(r.carerPhone.doc).mapEntries().length === 2, 3000, 'both entries');
      new BoardDoc(r.carerPhone.doc).addMapTie({ from: 'ec', to: 'en', owner: r.carer.participantId, createdAt: 1 }, 'tc');
      await waitFor(() => new BoardDoc(r.facilitator.doc).mapTies().length === 1, 3000, 'the tie');
      const res = await fetch(`${t.base}/api/workshops/${r.w.id}/export.json`, { headers: { authorization: `Bearer ${r.w.facilitatorToken}` } });
      const snapshot = (await res.json()) as { mapEntries: MapEntry[]; mapTies: unknown[] };
      expect(snapshot.mapEntries.map((e) => e.forWhom ?? e.name)).toEqual(['Mantelzorgers in Oost', 'Wijkteam']);
      const imported = await postJson(t.base, '/api/workshops/import', snapshot);
      expect(imported.status).toBe(201);
      const copy = yClient(t.ws, imported.json.id, imported.json.facilitatorToken);
      await copy.synced;
      await waitFor(() => new BoardDoc(copy.doc).mapTies().length === 1, 3000, 'the imported map');
      copy.destroy();
    } finally {
      r.close();
    }
  });
});

/** The board as the device writes it, with a forged owner on everything it writes. */
function withOwner(board: BoardDoc, owner: string): BoardDoc {
  const forged = Object.create(board) as BoardDoc;
  forged.addMapEntry = (fields, id) => board.addMapEntry({ ...fields, owner }, id);
  forged.addMapTie = (fields, id) => board.addMapTie({ ...fields, owner }, id);
  return forged;
}

describe('the map view on the projector', () => {
  it('is shown and hidden by the facilitator only, and stays through a step change', async () => {
    const w = await createWorkshop(t.base);
    const p = await join(t.base, w.joinCode, 'carer');
    const facilitator = roomClient(t.base, w.facilitatorToken);
    const phone = roomClient(t.base, p.participantToken);
    const projector = roomClient(t.base, w.projectorToken);
    try {
      expect((await lastState(projector)).mapShown).toBe(false);
      await lastState(phone);
      await lastState(facilitator);
      expect((await emitAck(phone, 'map:show', { shown: true })).ok).toBe(false);
      expect((await emitAck(projector, 'map:show', { shown: true })).ok).toBe(false);
      expect((await emitAck(facilitator, 'map:show', { shown: 'yes' })).ok).toBe(false);
      expect(await emitAck(facilitator, 'map:show', { shown: true })).toEqual({ ok: true });
      await latest(projector, 'the map shown', (s) => s.mapShown);
      expect(await emitAck(facilitator, 'step:set', { step: 'dream' })).toEqual({ ok: true });
      await latest(projector, 'the map still shown in Dream', (s) => s.step === 'dream' && s.mapShown);
      expect(await emitAck(facilitator, 'map:show', { shown: false })).toEqual({ ok: true });
      await latest(phone, 'the map hidden', (s) => !s.mapShown);
    } finally {
      for (const c of [facilitator, phone, projector]) c.close();
    }
  });
});

describe('possibility statements and the positive core', () => {
  it('lets a participant link their ambition to themes, and only the facilitator mark the positive core', async () => {
    const r = await room();
    try {
      const facilitatorBoard = new BoardDoc(r.facilitator.doc);
      facilitatorBoard.addTheme({ name: 'Elkaar kennen', step: 'discover', createdAt: 1 }, 'th1');
      facilitatorBoard.addTheme({ name: 'Snel schakelen', step: 'discover', createdAt: 2 }, 'th2');
      await waitFor(() => new BoardDoc(r.carerPhone.doc).themes().length === 2, 3000, 'the themes on the phone');
      const phone = new BoardDoc(r.carerPhone.doc);
      phone.addNote({ text: 'Iedere mantelzorger kent zijn wijkteam', step: 'dream', author: r.carer.participantId, createdAt: Date.now(), buildsOn: ['th1'] }, 'amb');
      phone.updateNote('amb', { buildsOn: ['th1', 'th2'] });
      await waitFor(() => new BoardDoc(r.facilitator.doc).notes().find((n) => n.id === 'amb')?.buildsOn?.length === 2, 3000, 'the links');

      const closed = nextClose(r.carerPhone);
      phone.setPositiveCore('th1', true);
      expect(await closed).toBe(4403);
      await barrier(t.ws, r.w.id, r.w.facilitatorToken, r.nursePhone);
      expect(new BoardDoc(r.nursePhone.doc).themes().some((th) => th.positiveCore)).toBe(false);

      facilitatorBoard.setPositiveCore('th2', true);
      await waitFor(() => new BoardDoc(r.nursePhone.doc).themes().find((th) => th.id === 'th2')?.positiveCore, 3000, 'the positive core on a phone');
    } finally {
      r.close();
    }
  });
});
