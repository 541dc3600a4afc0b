// The findings of issue 13 about the board's vocabulary: what the live authorizer lets
// through, the export carries and the import takes back must be the same thing, and
// "at most 500 characters" counts what a person sees.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardDoc, type Note } from '../../shared/schema.js';
import { parseSnapshot } from '../../shared/snapshot-schema.js';
import { authorizeUpdate, type Actor, type AuthorizeContext } from '../../server/yjs/authorize.js';
import { buildSnapshot, snapshotToUpdate } from '../../server/workshops/snapshot.js';
import { houtenSnapshot } from '../export/fixture.js';

const ctx: AuthorizeContext = { votingOpen: true, dotsPerParticipant: 3, participantsCanGroup: false };
const alice: Actor = { role: 'participant', participantId: 'alice' };
const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const note = (text: string, extra: Partial<Note> = {}): Omit<Note, 'id'> => ({ text, step: 'dream', author: 'alice', createdAt: 1_700_000_000_000, ...extra });

/** What alice's device sends after `change`, judged against an empty server document. */
function judge(change: (board: BoardDoc) => void, actor = alice) {
  const server = new Y.Doc();
  const device = new Y.Doc();
  change(new BoardDoc(device));
  return authorizeUpdate(server, Y.encodeStateAsUpdate(device, Y.encodeStateVector(server)), actor, ctx);
}

/** The export of a document as the server builds it, after the JSON round trip. */
function exportOf(doc: Y.Doc) {
  const { room, participants, createdAt } = houtenSnapshot();
  const record = { ...room, id: 'w1', joinCode: 'ABCDEF', tokenHashes: [], timer: { endsAt: null, durationMs: 0 }, done: [], createdAt, lastActivityAt: createdAt };
  const parts = participants.map((p) => ({ ...p, workshopId: 'w1', tokenHash: 'x' }));
  return roundTrip(buildSnapshot(record, parts as never, doc, createdAt));
}

const emoji = '😀';
const family = '👨‍👩‍👧‍👦';

describe('one vocabulary: live rules, export and import agree', () => {
  it('refuses a participant note whose id the import would refuse (note:with:colons)', () => {
    const verdict = judge((b) => b.addNote(note('Samen koken'), 'note:with:colons'));
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.reason).toMatch(/note id/);
  });

  it('exports only what imports: a facilitator-written note under a bad id never breaks the import', () => {
    const doc = new Y.Doc();
    const board = new BoardDoc(doc);
    board.addNote(note('Goed id'), 'n1');
    board.addNote({ ...note('Dubbele punten'), author: 'facilitator' }, 'note:with:colons');
    const parsed = parseSnapshot(exportOf(doc));
    expect(parsed.ok ? parsed.snapshot.notes.map((n) => n.id) : parsed.error).toEqual(board.notes().map((n) => n.id));
  });

  it('exports only what imports, whatever a facilitator\'s stock client wrote (readers use the import\'s rules)', () => {
    const doc = new Y.Doc();
    const board = new BoardDoc(doc);
    board.addNote(note('Goed'), 'n1');
    board.addNote(note('x'.repeat(501)), 'long');
    board.addNote(note('Goed', { themeId: 'no:theme' }), 'n2');
    board.addTheme({ name: 'y'.repeat(121), step: 'discover', createdAt: 1 }, 't1');
    board.addAction({ what: 'Bellen', owner: 'z'.repeat(121), due: '1 maart', createdAt: 2 }, 'x1');
    board.setVote('bob', 'n1', 21);
    board.setSharedAmbition('not:an:id');
    const parsed = parseSnapshot(exportOf(doc));
    expect(parsed.ok ? 'imports' : parsed.error).toBe('imports');
    expect(board.notes().map((n) => [n.id, n.themeId])).toEqual([['n1', undefined], ['n2', undefined]]);
    expect(board.themes()).toEqual([]);
    expect(board.actions()).toEqual([{ id: 'x1', what: 'Bellen', owner: '', due: '', createdAt: 2 }]);
    expect(board.votes()).toEqual([]);
    expect(board.sharedAmbitionId()).toBeNull();
  });

  it('keeps every field of a note through export and import', () => {
    const doc = new Y.Doc();
    const full: Omit<Note, 'id'> = note('Elke zondag samen eten', {
      step: 'design',
      group: 'carer',
      themeId: 't1',
      aspect: 'relationship',
      level: 'community',
      linkedTo: 'n0',
      firstAction: 'De buurvrouw bellen',
    });
    new BoardDoc(doc).addNote(full, 'n1');
    const parsed = parseSnapshot(exportOf(doc));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const back = new Y.Doc();
    Y.applyUpdate(back, snapshotToUpdate(parsed.snapshot));
    expect(new BoardDoc(back).notes()).toEqual([{ id: 'n1', ...full }]);
  });

  it('refuses an export with a field it does not know instead of dropping it', () => {
    const file = roundTrip(houtenSnapshot()) as unknown as { notes: Record<string, unknown>[] };
    file.notes[0]!.mood = 'blij';
    const parsed = parseSnapshot(file);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/^notes\[0\]: unknown field "mood"$/);
  });
});

describe('"at most 500 characters" counts what a person sees', () => {
  it('lets a participant write 500 emoji (1000 UTF-16 units) and 500 family emoji, and refuses 501', () => {
    expect(judge((b) => b.addNote(note(emoji.repeat(500)), 'n1')).ok).toBe(true);
    expect(judge((b) => b.addNote(note(family.repeat(500)), 'n1')).ok).toBe(true);
    const verdict = judge((b) => b.addNote(note(emoji.repeat(501)), 'n1'));
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.reason).toMatch(/longer than 500/);
  });

  it('imports a note of 500 (family) emoji and refuses one of 501', () => {
    const file = roundTrip(houtenSnapshot());
    file.notes[0]!.text = emoji.repeat(500);
    expect(parseSnapshot(file).ok).toBe(true);
    file.notes[0]!.text = family.repeat(500);
    expect(parseSnapshot(file).ok).toBe(true);
    file.notes[0]!.text = emoji.repeat(501);
    const parsed = parseSnapshot(file);
    expect(parsed.ok ? 'accepted' : parsed.error).toMatch(/^notes\[0\]\.text: too long/);
  });
});

describe('times', () => {
  it('takes a sub-millisecond createdAt from a participant and still exports and imports it', () => {
    const createdAt = performance.timeOrigin + performance.now();
    expect(judge((b) => b.addNote(note('Precies'), 'n1')).ok).toBe(true);
    expect(judge((b) => b.addNote({ ...note('Precies'), createdAt }, 'n1')).ok).toBe(true);
    const doc = new Y.Doc();
    new BoardDoc(doc).addNote({ ...note('Precies'), createdAt }, 'n1');
    const parsed = parseSnapshot(exportOf(doc));
    expect(parsed.ok ? parsed.snapshot.notes[0]!.createdAt : parsed.error).toBe(createdAt);
  });
});
