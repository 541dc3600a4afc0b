// Putting a participant's own notes back after their local copy was dropped (a refused
// change, or a draft that missed the reveal): what comes back and what must not.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardDoc } from '../../shared/schema.js';
import { ownNotes, restoreNotes } from '../../client/src/net/restoreNotes.js';

const note = (author: string, text: string) => ({ text, step: 'discover' as const, author, createdAt: 1, group: 'carer' as const });

function synced(from: Y.Doc): BoardDoc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(from));
  return new BoardDoc(doc);
}

describe('restoring own notes', () => {
  it('keeps the notes written in an interview partner’s name too', () => {
    const phone = new BoardDoc(new Y.Doc());
    phone.addNote({ ...note('bram', 'Het verhaal van Bram'), interviewer: 'anja' }, 'story-of-bram');
    phone.addNote({ ...note('anja', 'Het verhaal van Anja'), interviewer: 'bram' }, 'story-of-anja');
    phone.addNote(note('carla', 'Van Carla'), 'other');
    expect(ownNotes(phone, 'anja').map((n) => n.id).sort()).toEqual(['story-of-anja', 'story-of-bram']);
    const fresh = new BoardDoc(new Y.Doc());
    expect(restoreNotes(fresh, ownNotes(phone, 'anja').filter((n) => n.id === 'story-of-bram'))).toBe(1);
    expect(fresh.notes()[0]).toMatchObject({ author: 'bram', interviewer: 'anja' });
  });

  it('brings back only notes the board never held, without their theme', () => {
    const server = new BoardDoc(new Y.Doc());
    server.addNote(note('anja', 'Al opgeslagen'), 'stored');
    server.addNote(note('anja', 'Door de begeleider verwijderd'), 'removed');
    server.addTheme({ name: 'Netwerk', step: 'discover', createdAt: 1 }, 't1');

    // The phone: the server's state plus what it had not sent yet.
    const phone = synced(server.doc);
    phone.addNote(note('anja', 'Nog niet verstuurd'), 'unsent');
    phone.addNote({ ...note('anja', 'Ook niet verstuurd'), themeId: 't1' }, 'unsent-themed');
    phone.addNote(note('bram', 'Van iemand anders'), 'other');
    server.deleteNote('removed');

    // The true state after the resync, and Anja's notes from the dropped copy.
    const fresh = synced(server.doc);
    const kept = ownNotes(phone, 'anja');
    expect(kept.map((n) => n.id).sort()).toEqual(['removed', 'stored', 'unsent', 'unsent-themed']);
    expect(restoreNotes(fresh, kept)).toBe(2);
    const ids = fresh.notes().map((n) => n.id).sort();
    expect(ids).toEqual(['stored', 'unsent', 'unsent-themed']);
    expect(fresh.notes().find((n) => n.id === 'unsent-themed')?.themeId).toBeUndefined();
    expect(fresh.notes().find((n) => n.id === 'unsent')).toMatchObject({ text: 'Nog niet verstuurd', author: 'anja', group: 'carer' });
    // Restoring twice changes nothing.
    expect(restoreNotes(fresh, kept)).toBe(0);
  });

  it('puts them into the draft during private writing, leaving the board alone', () => {
    const server = new BoardDoc(new Y.Doc());
    server.addNote(note('anja', 'Al opgeslagen'), 'stored');
    const phone = synced(server.doc);
    phone.addNote(note('anja', 'Op het bord geschreven, geweigerd'), 'refused');
    const fresh = synced(server.doc);
    const draft = new BoardDoc(new Y.Doc());
    expect(restoreNotes(fresh, ownNotes(phone, 'anja'), draft)).toBe(1);
    expect(draft.notes().map((n) => n.id)).toEqual(['refused']);
    expect(fresh.notes().map((n) => n.id)).toEqual(['stored']);
    expect(restoreNotes(fresh, ownNotes(phone, 'anja'), draft)).toBe(0);
  });
});
