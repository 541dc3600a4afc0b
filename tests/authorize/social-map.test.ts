// Role rules for the living social map (server/yjs/authorize.ts): participants write their
// own entries and ties, from their own entries only; nothing of anyone else's.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardDoc, type MapEntry } from '../../shared/schema.js';
import { authorizeUpdate, type Actor, type AuthorizeContext, type Verdict } from '../../server/yjs/authorize.js';
import { LIMITS } from '../../shared/limits.js';

const ctx: AuthorizeContext = { votingOpen: false, dotsPerParticipant: 3, participantsCanGroup: true };
const alice: Actor = { role: 'participant', participantId: 'alice' };
const bob: Actor = { role: 'participant', participantId: 'bob' };

const entry = (owner: string, name: string, extra: Partial<MapEntry> = {}): Omit<MapEntry, 'id'> => ({
  name,
  group: 'volunteer',
  offers: ['company'],
  shareContact: false,
  owner,
  createdAt: 1_700_000_000_000,
  ...extra,
});

function serverDoc(): Y.Doc {
  const facilitatorDoc = new Y.Doc();
  const board = new BoardDoc(facilitatorDoc);
  board.addMapEntry(entry('alice', 'Mantelzorgcafé'), 'ea');
  board.addMapEntry(entry('bob', 'Wijkteam Noord', { group: 'professional', offers: ['advice', 'information'] }), 'eb');
  board.addMapTie({ from: 'eb', to: 'ea', owner: 'bob', createdAt: 2 }, 'tb');
  const server = new Y.Doc();
  Y.applyUpdate(server, Y.encodeStateAsUpdate(facilitatorDoc));
  return server;
}

function edit(server: Y.Doc, change: (board: BoardDoc) => void): Uint8Array {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
  change(new BoardDoc(doc));
  return Y.encodeStateAsUpdate(doc, Y.encodeStateVector(server));
}

const check = (server: Y.Doc, update: Uint8Array, actor: Actor): Verdict => authorizeUpdate(server, update, actor, ctx);

function expectRefused(verdict: Verdict, reason: RegExp): void {
  expect(verdict.ok).toBe(false);
  if (!verdict.ok) expect(verdict.reason).toMatch(reason);
}

describe('map entries', () => {
  it('may add an entry of their own, with or without the optional fields', () => {
    const server = serverDoc();
    expect(check(server, edit(server, (b) => b.addMapEntry(entry('alice', 'Buurvrouw'), 'ea2')), alice)).toEqual({ ok: true });
    const full = entry('alice', 'Steunpunt', { offerText: 'Een luisterend oor', forWhom: 'Mantelzorgers', contact: '030 123', shareContact: true, offers: ['emotional', 'practical'] });
    expect(check(server, edit(server, (b) => b.addMapEntry(full, 'ea3')), alice)).toEqual({ ok: true });
  });

  it('may not add an entry in someone else’s name, nor one missing a name or group', () => {
    const server = serverDoc();
    expectRefused(check(server, edit(server, (b) => b.addMapEntry(entry('bob', 'Nep'), 'ex')), alice), /must be your own/);
    const noName = edit(server, (b) => {
      const m = new Y.Map<unknown>();
      for (const [k, v] of Object.entries(entry('alice', 'x'))) if (k !== 'name') m.set(k, v);
      b.mapEntriesMap.set('ex', m);
    });
    expectRefused(check(server, noName, alice), /needs a name/);
  });

  it('refuses support types outside the list and texts over the limit', () => {
    const server = serverDoc();
    const badOffer = edit(server, (b) => b.addMapEntry({ ...entry('alice', 'x'), offers: ['money' as never] }, 'ex'));
    expectRefused(check(server, badOffer, alice), /map entry offers/);
    expectRefused(check(server, edit(server, (b) => b.addMapEntry(entry('alice', 'x', { forWhom: 'y'.repeat(201) }), 'ex')), alice), /longer than 200/);
  });

  it('lets the owner update and delete their entry', () => {
    const server = serverDoc();
    expect(check(server, edit(server, (b) => b.updateMapEntry('ea', { name: 'Mantelzorgcafé Oost', offers: ['company', 'information'] })), alice)).toEqual({ ok: true });
    expect(check(server, edit(server, (b) => b.deleteMapEntry('ea')), alice)).toEqual({ ok: true });
  });

  it('refuses changing, deleting or replacing another’s entry', () => {
    const server = serverDoc();
    expectRefused(check(server, edit(server, (b) => b.updateMapEntry('eb', { name: 'Gekaapt' })), alice), /map entry eb belongs to someone else/);
    expectRefused(check(server, edit(server, (b) => b.deleteMapEntry('eb')), alice), /belongs to someone else/);
    expectRefused(check(server, edit(server, (b) => b.addMapEntry(entry('alice', 'Over je heen'), 'eb')), alice), /belongs to someone else/);
  });

  it('refuses changing the owner of an entry, also one’s own', () => {
    const server = serverDoc();
    const update = edit(server, (b) => (b.mapEntriesMap.get('ea') as Y.Map<unknown>).set('owner', 'bob'));
    expectRefused(check(server, update, alice), /owner of a map entry cannot be changed/);
  });
});

describe('ties', () => {
  it('may draw a tie from their own entry to another entry', () => {
    const server = serverDoc();
    expect(check(server, edit(server, (b) => b.addMapTie({ from: 'ea', to: 'eb', owner: 'alice', createdAt: 3 }, 'ta')), alice)).toEqual({ ok: true });
  });

  it('may add an entry and a tie from it in one update', () => {
    const server = serverDoc();
    const update = edit(server, (b) => {
      b.addMapEntry(entry('alice', 'Kookclub'), 'ea2');
      b.addMapTie({ from: 'ea2', to: 'eb', owner: 'alice', createdAt: 3 }, 'ta');
    });
    expect(check(server, update, alice)).toEqual({ ok: true });
  });

  it('refuses a tie from another’s entry, to a missing entry, or to itself', () => {
    const server = serverDoc();
    expectRefused(check(server, edit(server, (b) => b.addMapTie({ from: 'eb', to: 'ea', owner: 'alice', createdAt: 3 }, 'ta')), alice), /map entry of your own/);
    expectRefused(check(server, edit(server, (b) => b.addMapTie({ from: 'ea', to: 'nowhere', owner: 'alice', createdAt: 3 }, 'ta')), alice), /does not exist/);
    expectRefused(check(server, edit(server, (b) => b.addMapTie({ from: 'ea', to: 'ea', owner: 'alice', createdAt: 3 }, 'ta')), alice), /two different/);
    expectRefused(check(server, edit(server, (b) => b.addMapTie({ from: 'eb', to: 'ea', owner: 'bob', createdAt: 3 }, 'ta')), alice), /must be your own/);
  });

  it('lets only its owner delete a tie', () => {
    const server = serverDoc();
    expectRefused(check(server, edit(server, (b) => b.deleteMapTie('tb')), alice), /tie tb belongs to someone else/);
    expect(check(server, edit(server, (b) => b.deleteMapTie('tb')), bob)).toEqual({ ok: true });
  });

  it('refuses changing the end of a tie', () => {
    const server = serverDoc();
    expectRefused(check(server, edit(server, (b) => (b.mapTiesMap.get('tb') as Y.Map<unknown>).set('to', 'eb')), bob), /to of a tie cannot be changed/);
  });
});

describe('caps', () => {
  it('refuses more map entries of one participant than the limit, in one update or over several', () => {
    const server = serverDoc();
    const many = edit(server, (b) => {
      for (let i = 0; i < LIMITS.mapEntriesPerParticipant; i++) b.addMapEntry(entry('alice', `Plek ${i}`), `m${i}`);
    });
    // alice has one already
    expectRefused(check(server, many, alice), /at most 10 map entries/);
    const fits = edit(server, (b) => {
      for (let i = 0; i < LIMITS.mapEntriesPerParticipant - 1; i++) b.addMapEntry(entry('alice', `Plek ${i}`), `m${i}`);
    });
    expect(check(server, fits, alice)).toEqual({ ok: true });
    Y.applyUpdate(server, fits);
    expectRefused(check(server, edit(server, (b) => b.addMapEntry(entry('alice', 'Eén te veel'), 'mx')), alice), /at most 10/);
    // replacing one of them is no extra entry, and bob has his own allowance
    expect(check(server, edit(server, (b) => (b.deleteMapEntry('m0'), b.addMapEntry(entry('alice', 'Nieuw'), 'mx'))), alice)).toEqual({ ok: true });
    expect(check(server, edit(server, (b) => b.addMapEntry(entry('bob', 'Van Bob'), 'by')), bob)).toEqual({ ok: true });
  });
});

describe('readers', () => {
  it('skip ties whose ends are gone, and doubles', () => {
    const doc = new Y.Doc();
    const board = new BoardDoc(doc);
    board.addMapEntry(entry('alice', 'A'), 'ea');
    board.addMapEntry(entry('bob', 'B'), 'eb');
    board.addMapTie({ from: 'ea', to: 'eb', owner: 'alice', createdAt: 1 }, 't1');
    board.addMapTie({ from: 'ea', to: 'eb', owner: 'alice', createdAt: 2 }, 't2');
    board.addMapTie({ from: 'eb', to: 'gone', owner: 'bob', createdAt: 3 }, 't3');
    expect(board.mapTies().map((t) => t.id)).toEqual(['t1']);
    board.deleteMapEntry('ea');
    expect(board.mapTies()).toEqual([]);
    expect(board.mapEntries().map((e) => e.offers)).toEqual([['company']]);
  });
});
