// The role rules of interview notes (server/yjs/authorize.ts), judged without a server:
// during a running round a participant may write a note in the name of the partner they
// interview, naming themselves as interviewer; then only that interviewer and that partner
// may change or withdraw it, and its interviewer never changes.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardDoc, type Note } from '../../shared/schema.js';
import { authorizeUpdate, type Actor, type AuthorizeContext } from '../../server/yjs/authorize.js';

const ctx: AuthorizeContext = { votingOpen: false, dotsPerParticipant: 3, participantsCanGroup: false };
/** Alice interviews Bob in the running round. */
const aliceInterviewsBob: AuthorizeContext = { ...ctx, interviewee: 'bob' };
const alice: Actor = { role: 'participant', participantId: 'alice' };
const bob: Actor = { role: 'participant', participantId: 'bob' };
const carol: Actor = { role: 'participant', participantId: 'carol' };

const story = (extra: Partial<Note> = {}): Omit<Note, 'id'> => ({
  text: 'Bob vertelde over de buren die kookten',
  factors: 'Korte lijnen',
  step: 'discover',
  author: 'bob',
  interviewer: 'alice',
  group: 'professional',
  createdAt: 1_700_000_000_000,
  ...extra,
});

function serverWith(build: (b: BoardDoc) => void = () => {}): Y.Doc {
  const doc = new Y.Doc();
  build(new BoardDoc(doc));
  const server = new Y.Doc();
  Y.applyUpdate(server, Y.encodeStateAsUpdate(doc));
  return server;
}

function edit(server: Y.Doc, change: (b: BoardDoc, doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
  change(new BoardDoc(doc), doc);
  return Y.encodeStateAsUpdate(doc, Y.encodeStateVector(server));
}

const withStory = () => serverWith((b) => b.addNote(story(), 's1'));
const judge = (server: Y.Doc, actor: Actor, c: AuthorizeContext, change: (b: BoardDoc, doc: Y.Doc) => void) => authorizeUpdate(server, edit(server, change), actor, c);
const noteMap = (doc: Y.Doc, id: string) => doc.getMap('notes').get(id) as Y.Map<unknown>;

describe('interview notes', () => {
  it('lets the interviewer write in the name of the partner they interview, while the round runs', () => {
    const server = serverWith();
    expect(judge(server, alice, aliceInterviewsBob, (b) => b.addNote(story(), 's1'))).toEqual({ ok: true });
    // Not without a running round, not about someone else, not without naming themselves.
    expect(judge(server, alice, ctx, (b) => b.addNote(story(), 's1')).ok).toBe(false);
    expect(judge(server, alice, aliceInterviewsBob, (b) => b.addNote(story({ author: 'carol' }), 's1')).ok).toBe(false);
    expect(judge(server, alice, aliceInterviewsBob, (b) => b.addNote(story({ interviewer: undefined }), 's1'))).toEqual({
      ok: false,
      reason: 'a note in your partner’s name needs you as its interviewer',
    });
    expect(judge(server, alice, aliceInterviewsBob, (b) => b.addNote(story({ interviewer: 'carol' }), 's1')).ok).toBe(false);
    // Someone else cannot write in Bob's name by naming Alice as interviewer.
    expect(judge(server, carol, { ...ctx, interviewee: 'dave' }, (b) => b.addNote(story(), 's1')).ok).toBe(false);
    // Nor pass their own note off as an interview note.
    expect(judge(server, alice, aliceInterviewsBob, (b) => b.addNote(story({ author: 'alice', interviewer: 'alice' }), 's2'))).toEqual({
      ok: false,
      reason: 'an interview note is written in your partner’s name',
    });
  });

  it('lets the interviewer and the partner edit it, also after the round, and nobody else', () => {
    const server = withStory();
    expect(judge(server, alice, ctx, (b) => b.updateNote('s1', { factors: 'Korte lijnen, humor' }))).toEqual({ ok: true });
    expect(judge(server, bob, ctx, (b) => b.updateNote('s1', { text: 'Bob vertelde over zijn buren' }))).toEqual({ ok: true });
    expect(judge(server, bob, ctx, (b) => b.updateNote('s1', { factors: undefined }))).toEqual({ ok: true });
    expect(judge(server, carol, ctx, (b) => b.updateNote('s1', { text: 'Anders' }))).toEqual({ ok: false, reason: 'note s1 belongs to someone else' });
  });

  it('lets either of them withdraw it, and nobody else', () => {
    const server = withStory();
    expect(judge(server, bob, ctx, (b) => b.deleteNote('s1'))).toEqual({ ok: true });
    expect(judge(server, alice, ctx, (b) => b.deleteNote('s1'))).toEqual({ ok: true });
    expect(judge(server, carol, ctx, (b) => b.deleteNote('s1')).ok).toBe(false);
  });

  it('keeps its interviewer and author', () => {
    const server = withStory();
    expect(judge(server, bob, ctx, (_b, doc) => noteMap(doc, 's1').delete('interviewer'))).toEqual({ ok: false, reason: 'the interviewer of a note cannot be changed' });
    expect(judge(server, bob, ctx, (_b, doc) => noteMap(doc, 's1').set('interviewer', 'bob')).ok).toBe(false);
    expect(judge(server, alice, ctx, (_b, doc) => noteMap(doc, 's1').set('author', 'alice')).ok).toBe(false);
    // Bob cannot add an interviewer to a note of his own either.
    const own = serverWith((b) => b.addNote(story({ interviewer: undefined }), 'b1'));
    expect(judge(own, bob, ctx, (_b, doc) => noteMap(doc, 'b1').set('interviewer', 'alice')).ok).toBe(false);
  });
});
