// Paired appreciative interviews with stock clients (socket.io-client and y-websocket's
// WebsocketProvider): the server makes mixed pairs, the facilitator runs the turns, an
// interviewer writes a note in their partner's name, and only the two of them may change
// or withdraw it.
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardDoc } from '../../shared/schema.js';
import type { GroupId } from '../../shared/groups.js';
import type { JoinResponse } from '../../shared/api.js';
import { barrier, createWorkshop, emitAck, join, lastState, nextClose, roomClient, yClient, type RoomClient, type YClient } from '../helpers/clients.js';
import { waitFor } from '../helpers/wait.js';
import { serverForFile } from '../helpers/suite.js';

const t = serverForFile();
const open: { close(): void }[] = [];
afterEach(() => {
  for (const c of open.splice(0)) c.close();
});

interface Person extends JoinResponse {
  group: GroupId;
  room: RoomClient;
}

async function joinOnline(code: string, group: GroupId, name: string): Promise<Person> {
  const joined = await join(t.base, code, group, name);
  const room = roomClient(t.base, joined.participantToken, joined.workshopId);
  open.push(room);
  await lastState(room);
  return { ...joined, group, room };
}

function phone(w: { id: string }, p: Person): YClient {
  const c = yClient(t.ws, w.id, p.participantToken);
  open.push({ close: () => c.destroy() });
  return c;
}

const noteIn = (c: YClient, id: string) => new BoardDoc(c.doc).notes().find((n) => n.id === id);

describe('paired interviews', () => {
  it('makes mixed pairs, runs the turns, and lets only the interviewer and the partner change an interview note', async () => {
    const w = await createWorkshop(t.base);
    const facilitator = roomClient(t.base, w.facilitatorToken, w.id);
    open.push(facilitator);
    expect((await lastState(facilitator)).interviews).toBeNull();
    expect((await lastState(facilitator)).interviewGuide).toHaveLength(4);
    const people = [
      await joinOnline(w.joinCode, 'carer', 'Ans'),
      await joinOnline(w.joinCode, 'carer', 'Bram'),
      await joinOnline(w.joinCode, 'professional', 'Cem'),
      await joinOnline(w.joinCode, 'volunteer', 'Dirk'),
    ];
    const byId = new Map(people.map((p) => [p.participantId, p]));

    // Only the facilitator runs a round.
    expect((await emitAck(people[0]!.room, 'interviews:propose', {})).ok).toBe(false);
    expect(await emitAck(facilitator, 'interviews:propose', {})).toEqual({ ok: true });
    const proposed = await waitFor(() => people[3]!.room.states.at(-1)?.interviews, 3000, 'the round on a phone');
    expect(proposed.phase).toBe('proposed');
    // Two carers, a professional and a volunteer: each carer with a professional or a volunteer.
    expect(proposed.groups).toHaveLength(2);
    for (const g of proposed.groups) expect(g.map((id) => byId.get(id)!.group).sort()).toEqual(expect.arrayContaining(['carer']));
    for (const g of proposed.groups) expect(new Set(g.map((id) => byId.get(id)!.group)).size).toBe(2);

    // The facilitator swaps the two carers (each now with the other's partner), then starts.
    const [carerA, carerB] = [people[0]!.participantId, people[1]!.participantId];
    expect(await emitAck(facilitator, 'interviews:swap', { a: carerA, b: carerB })).toEqual({ ok: true });
    const swapped = await waitFor(() => facilitator.states.at(-1)?.interviews?.groups.find((g) => g.includes(carerA)), 3000, 'the swap');
    expect(proposed.groups.find((g) => g.includes(carerB))!.filter((id) => id !== carerB)).toEqual(swapped.filter((id) => id !== carerA));
    expect((await emitAck(facilitator, 'interviews:swap', { a: carerA, b: 'nobody' })).ok).toBe(false);

    // Before the start nobody writes in another's name.
    const [interviewerId, partnerId] = swapped;
    const interviewer = byId.get(interviewerId!)!;
    const partner = byId.get(partnerId!)!;
    const third = people.find((p) => !swapped.includes(p.participantId))!;
    const early = phone(w, interviewer);
    await early.synced;
    const earlyClose = nextClose(early);
    new BoardDoc(early.doc).addNote({ text: 'Te vroeg', step: 'discover', author: partner.participantId, interviewer: interviewer.participantId, createdAt: 1 }, 'early');
    expect(await earlyClose).toBe(4403);

    expect(await emitAck(facilitator, 'interviews:start', {})).toEqual({ ok: true });
    const running = await waitFor(() => (partner.room.states.at(-1)?.interviews?.phase === 'running' ? partner.room.states.at(-1) : null), 3000, 'the round running');
    expect(running.interviews!.turn).toBe(0);
    expect(running.interviews!.endsAt! - running.serverNow).toBeGreaterThan(9 * 60_000);
    expect(running.interviews!.endsAt! - running.serverNow).toBeLessThanOrEqual(10 * 60_000);
    expect((await emitAck(facilitator, 'interviews:swap', { a: carerA, b: carerB })).ok).toBe(false);

    // The interviewer writes their partner's story: a Discover note in the partner's name and group.
    const writer = phone(w, interviewer);
    const partnerPhone = phone(w, partner);
    const thirdPhone = phone(w, third);
    const fac = yClient(t.ws, w.id, w.facilitatorToken);
    open.push({ close: () => fac.destroy() });
    await Promise.all([writer.synced, partnerPhone.synced, thirdPhone.synced, fac.synced]);
    let writerRefused = false;
    writer.provider.on('connection-close', () => (writerRefused = true));
    new BoardDoc(writer.doc).addNote(
      {
        text: 'De wijkverpleegkundige belde elke week.',
        factors: 'Vast contact, korte lijnen',
        step: 'discover',
        author: partner.participantId,
        interviewer: interviewer.participantId,
        group: partner.group,
        createdAt: Date.now(),
      },
      'story1',
    );
    await waitFor(() => noteIn(partnerPhone, 'story1'), 3000, 'the story on the partner’s phone');
    expect(noteIn(fac, 'story1')).toMatchObject({ author: partner.participantId, interviewer: interviewer.participantId, group: partner.group, factors: 'Vast contact, korte lijnen' });

    // The interviewer corrects the factors; the partner corrects the story.
    new BoardDoc(writer.doc).updateNote('story1', { factors: 'Vast contact, korte lijnen, humor' });
    await waitFor(() => noteIn(partnerPhone, 'story1')?.factors?.endsWith('humor'), 3000, 'the interviewer’s correction');
    new BoardDoc(partnerPhone.doc).updateNote('story1', { text: 'De wijkverpleegkundige belde elke week, ook op zondag.' });
    await waitFor(() => noteIn(writer, 'story1')?.text.endsWith('zondag.'), 3000, 'the partner’s correction');
    expect(writerRefused).toBe(false);

    // A third participant may neither edit nor delete it.
    const thirdClose = nextClose(thirdPhone);
    new BoardDoc(thirdPhone.doc).updateNote('story1', { text: 'Anders' });
    expect(await thirdClose).toBe(4403);
    const thirdAgain = phone(w, third);
    await thirdAgain.synced;
    const thirdAgainClose = nextClose(thirdAgain);
    new BoardDoc(thirdAgain.doc).deleteNote('story1');
    expect(await thirdAgainClose).toBe(4403);
    await barrier(t.ws, w.id, w.facilitatorToken, fac);
    expect(noteIn(fac, 'story1')?.text).toBe('De wijkverpleegkundige belde elke week, ook op zondag.');

    // Nobody writes in the name of someone they do not interview, nor names another as interviewer.
    const wrongWriter = phone(w, interviewer);
    await wrongWriter.synced;
    const wrongClose = nextClose(wrongWriter);
    new BoardDoc(wrongWriter.doc).addNote({ text: 'Niet mijn partner', step: 'discover', author: third.participantId, interviewer: interviewer.participantId, createdAt: 2 }, 'wrong1');
    expect(await wrongClose).toBe(4403);
    const thirdWriter = phone(w, third);
    await thirdWriter.synced;
    const forgedClose = nextClose(thirdWriter);
    new BoardDoc(thirdWriter.doc).addNote({ text: 'Namens een ander', step: 'discover', author: third.participantId, interviewer: partner.participantId, createdAt: 3 }, 'wrong2');
    expect(await forgedClose).toBe(4403);

    // The partner cannot take the interviewer off the note, but can withdraw it.
    const partnerClose = nextClose(partnerPhone);
    (new BoardDoc(partnerPhone.doc).notesMap.get('story1') as Y.Map<unknown>).delete('interviewer');
    expect(await partnerClose).toBe(4403);
    const partnerAgain = phone(w, partner);
    await partnerAgain.synced;
    let partnerRefused = false;
    partnerAgain.provider.on('connection-close', () => (partnerRefused = true));
    new BoardDoc(partnerAgain.doc).deleteNote('story1');
    await waitFor(() => !noteIn(fac, 'story1'), 3000, 'the withdrawn note gone at the facilitator');
    await barrier(t.ws, w.id, w.facilitatorToken, writer);
    expect(noteIn(writer, 'story1')).toBeUndefined();
    expect(partnerRefused).toBe(false);

    // Swap roles: the second turn; there is no third for pairs; then the end.
    expect(await emitAck(facilitator, 'interviews:turn', {})).toEqual({ ok: true });
    await waitFor(() => facilitator.states.at(-1)?.interviews?.turn === 1, 3000, 'the second turn');
    expect((await emitAck(facilitator, 'interviews:turn', {})).ok).toBe(false);
    expect(await emitAck(facilitator, 'interviews:end', {})).toEqual({ ok: true });
    await waitFor(() => third.room.states.at(-1)?.interviews?.phase === 'ended', 3000, 'the round ended on a phone');

    // Once ended, new notes in a partner's name are refused again.
    const late = phone(w, interviewer);
    await late.synced;
    const lateClose = nextClose(late);
    new BoardDoc(late.doc).addNote({ text: 'Na afloop', step: 'discover', author: partner.participantId, interviewer: interviewer.participantId, createdAt: 4 }, 'after');
    expect(await lateClose).toBe(4403);
  });

  it('adds a late joiner to a pair, and takes interview notes onto the board during private writing', async () => {
    const w = await createWorkshop(t.base);
    const facilitator = roomClient(t.base, w.facilitatorToken, w.id);
    open.push(facilitator);
    await lastState(facilitator);
    const first = [await joinOnline(w.joinCode, 'carer', 'Ans'), await joinOnline(w.joinCode, 'professional', 'Cem')];
    expect(await emitAck(facilitator, 'workshop:update', { interviewMinutes: 7 })).toEqual({ ok: true });
    expect(await emitAck(facilitator, 'interviews:propose', {})).toEqual({ ok: true });
    expect(await emitAck(facilitator, 'interviews:start', {})).toEqual({ ok: true });
    expect((await emitAck(facilitator, 'interviews:late', {})).ok).toBe(false);
    const latecomer = await joinOnline(w.joinCode, 'volunteer', 'Eva');
    expect(await emitAck(facilitator, 'interviews:late', {})).toEqual({ ok: true });
    const round = await waitFor(() => (facilitator.states.at(-1)?.interviews?.turns === 3 ? facilitator.states.at(-1)!.interviews : null), 3000, 'the trio');
    expect(round.groups).toHaveLength(1);
    expect(round.groups[0]!.slice(0, 2).sort()).toEqual(first.map((p) => p.participantId).sort());
    expect(round.groups[0]![2]).toBe(latecomer.participantId);
    expect(round.turnMs).toBe(7 * 60_000);

    // The latecomer interviews the first of the trio; with private writing on, the note still reaches the board.
    expect(await emitAck(facilitator, 'writing:set', { privateWriting: true })).toEqual({ ok: true });
    await waitFor(() => latecomer.room.states.at(-1)?.privateWriting, 3000, 'private writing');
    const interviewee = round.groups[0]![0]!;
    const writer = phone(w, latecomer);
    const fac = yClient(t.ws, w.id, w.facilitatorToken);
    open.push({ close: () => fac.destroy() });
    await Promise.all([writer.synced, fac.synced]);
    new BoardDoc(writer.doc).addNote({ text: 'Samen naar de huisarts', step: 'discover', author: interviewee, interviewer: latecomer.participantId, group: 'carer', createdAt: Date.now() }, 'trio1');
    await waitFor(() => noteIn(fac, 'trio1'), 3000, 'the interview note on the board');
    // An ordinary note is still refused on the board during private writing, also one that names its author as interviewer.
    const closed = nextClose(writer);
    new BoardDoc(writer.doc).addNote({ text: 'Mijn eigen briefje', step: 'discover', author: latecomer.participantId, createdAt: Date.now() }, 'own1');
    expect(await closed).toBe(4403);
    const disguised = phone(w, latecomer);
    await disguised.synced;
    const disguisedClose = nextClose(disguised);
    new BoardDoc(disguised.doc).addNote({ text: 'Vermomd', step: 'discover', author: latecomer.participantId, interviewer: latecomer.participantId, createdAt: Date.now() }, 'own2');
    expect(await disguisedClose).toBe(4403);
    await barrier(t.ws, w.id, w.facilitatorToken, fac);
    expect(noteIn(fac, 'own2')).toBeUndefined();
  });
});
