// Participants grouping notes into themes: the facilitator decides it over socket.io
// (`workshop:update { participantsCanGroup }`), the server's authorizer follows at once.
// Every device is a stock client: socket.io-client and y-websocket's WebsocketProvider.
import { describe, expect, it } from 'vitest';
import { BoardDoc } from '../../shared/schema.js';
import { barrier, createWorkshop, emitAck, join, lastState, nextClose, roomClient, yClient, type YClient } from '../helpers/clients.js';
import { waitFor } from '../helpers/wait.js';
import { serverForFile } from '../helpers/suite.js';

const t = serverForFile();

const themeOf = (client: YClient, noteId: string) => new BoardDoc(client.doc).notes().find((n) => n.id === noteId)?.themeId;

describe('participants grouping notes into themes', () => {
  it('follows the facilitator’s setting: allowed on another’s note while on, refused after it is off', async () => {
    const w = await createWorkshop(t.base);
    const carer = await join(t.base, w.joinCode, 'carer');
    const professional = await join(t.base, w.joinCode, 'professional');
    const facilitatorRoom = roomClient(t.base, w.facilitatorToken);
    const carerRoom = roomClient(t.base, carer.participantToken);
    expect((await lastState(facilitatorRoom)).participantsCanGroup).toBe(false);
    const facilitator = yClient(t.ws, w.id, w.facilitatorToken);
    const carerPhone = yClient(t.ws, w.id, carer.participantToken);
    const professionalPhone = yClient(t.ws, w.id, professional.participantToken);
    await Promise.all([facilitator.synced, carerPhone.synced, professionalPhone.synced]);

    // The professional writes a note; the facilitator makes two themes.
    new BoardDoc(professionalPhone.doc).addNote(
      { text: 'Huisarts belt de mantelzorger terug', step: 'discover', author: professional.participantId, createdAt: 1, group: 'professional' },
      'n1',
    );
    const facilitatorBoard = new BoardDoc(facilitator.doc);
    facilitatorBoard.addTheme({ name: 'Bereikbaarheid', step: 'discover', createdAt: 2 }, 't1');
    facilitatorBoard.addTheme({ name: 'Samen plannen', step: 'discover', createdAt: 3 }, 't2');
    await waitFor(() => new BoardDoc(carerPhone.doc).notes().length === 1 && new BoardDoc(carerPhone.doc).themes().length === 2, 3000, 'note and themes on the carer’s phone');

    // Only the facilitator decides the setting.
    const byParticipant = await emitAck(carerRoom, 'workshop:update', { participantsCanGroup: true });
    expect(byParticipant.ok).toBe(false);
    expect((await emitAck(facilitatorRoom, 'workshop:update', { participantsCanGroup: 'yes' })).ok).toBe(false);
    expect(await emitAck(facilitatorRoom, 'workshop:update', { participantsCanGroup: true })).toEqual({ ok: true });
    await waitFor(() => carerRoom.states.at(-1)?.participantsCanGroup === true, 3000, 'the setting on the carer’s phone');

    // On: the carer moves the professional's note into a theme; every device sees it.
    let refused = false;
    carerPhone.provider.on('connection-close', () => (refused = true));
    new BoardDoc(carerPhone.doc).updateNote('n1', { themeId: 't1' });
    await waitFor(() => themeOf(facilitator, 'n1') === 't1', 3000, 'the note in theme t1 on the facilitator');
    await waitFor(() => themeOf(professionalPhone, 'n1') === 't1', 3000, 'the note in theme t1 on the author’s phone');
    // ... and moves it on to the other theme.
    new BoardDoc(carerPhone.doc).updateNote('n1', { themeId: 't2' });
    await waitFor(() => themeOf(facilitator, 'n1') === 't2', 3000, 'the note in theme t2 on the facilitator');
    expect(refused).toBe(false);
    expect(new BoardDoc(facilitator.doc).notes()[0]).toMatchObject({ text: 'Huisarts belt de mantelzorger terug', author: professional.participantId });

    // Off again: the same kind of change is refused and never reaches the facilitator.
    expect(await emitAck(facilitatorRoom, 'workshop:update', { participantsCanGroup: false })).toEqual({ ok: true });
    await waitFor(() => carerRoom.states.at(-1)?.participantsCanGroup === false, 3000, 'the setting off on the carer’s phone');
    const closed = nextClose(carerPhone);
    new BoardDoc(carerPhone.doc).updateNote('n1', { themeId: 't1' });
    expect(await closed).toBe(4403);
    carerPhone.destroy();
    await barrier(t.ws, w.id, w.facilitatorToken, facilitator, professionalPhone);
    expect(themeOf(facilitator, 'n1')).toBe('t2');
    expect(themeOf(professionalPhone, 'n1')).toBe('t2');

    // A fresh copy on the carer's phone shows the true state; removing the theme is refused too.
    const again = yClient(t.ws, w.id, carer.participantToken);
    await again.synced;
    expect(themeOf(again, 'n1')).toBe('t2');
    const closedAgain = nextClose(again);
    new BoardDoc(again.doc).updateNote('n1', { themeId: undefined });
    expect(await closedAgain).toBe(4403);
    await barrier(t.ws, w.id, w.facilitatorToken, facilitator);
    expect(themeOf(facilitator, 'n1')).toBe('t2');

    for (const c of [facilitatorRoom, carerRoom]) c.close();
    for (const c of [facilitator, professionalPhone, again]) c.destroy();
  });

  it('refuses a theme that does not exist, even while grouping is on', async () => {
    const w = await createWorkshop(t.base);
    const carer = await join(t.base, w.joinCode, 'carer');
    const facilitatorRoom = roomClient(t.base, w.facilitatorToken);
    await lastState(facilitatorRoom);
    expect(await emitAck(facilitatorRoom, 'workshop:update', { participantsCanGroup: true })).toEqual({ ok: true });
    const facilitator = yClient(t.ws, w.id, w.facilitatorToken);
    const phone = yClient(t.ws, w.id, carer.participantToken);
    await Promise.all([facilitator.synced, phone.synced]);
    new BoardDoc(facilitator.doc).addNote({ text: 'Koffie in de wijk', step: 'discover', author: 'facilitator', createdAt: 1 }, 'f1');
    await waitFor(() => new BoardDoc(phone.doc).notes().length === 1, 3000, 'the note on the phone');
    const closed = nextClose(phone);
    new BoardDoc(phone.doc).updateNote('f1', { themeId: 'no-such-theme' });
    expect(await closed).toBe(4403);
    await barrier(t.ws, w.id, w.facilitatorToken, facilitator);
    expect(themeOf(facilitator, 'f1')).toBeUndefined();
    facilitatorRoom.close();
    for (const c of [facilitator, phone]) c.destroy();
  });
});
