// The social map carries over into the next meeting of a series and grows there.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardDoc } from '../../shared/schema.js';
import { carrySocialMap } from '../../shared/social-map-carry.js';

function lastMeeting(): Y.Doc {
  const doc = new Y.Doc();
  const board = new BoardDoc(doc);
  board.addMapEntry({ name: 'Mantelzorgcafé', group: 'volunteer', offers: ['company'], shareContact: true, contact: 'cafe@example.nl', owner: 'p1', createdAt: 1 }, 'e1');
  board.addMapEntry({ name: 'Wijkteam', group: 'professional', offers: ['advice'], shareContact: false, owner: 'p2', createdAt: 2 }, 'e2');
  board.addMapTie({ from: 'e1', to: 'e2', owner: 'p1', createdAt: 3 }, 't1');
  // a tie whose end is gone is not part of the map, and does not travel
  board.addMapTie({ from: 'e2', to: 'gone', owner: 'p2', createdAt: 4 }, 't2');
  // nor does anything else of the last meeting
  board.addNote({ text: 'Samen koken', step: 'discover', author: 'p1', createdAt: 5 }, 'n1');
  return doc;
}

describe('carrySocialMap', () => {
  it('copies entries and ties with their ids, owners and every field', () => {
    const source = lastMeeting();
    const target = new Y.Doc();
    expect(carrySocialMap(source, target)).toEqual({ entries: 2, ties: 1 });
    const next = new BoardDoc(target);
    expect(next.mapEntries()).toEqual(new BoardDoc(source).mapEntries());
    expect(next.mapTies()).toEqual([{ id: 't1', from: 'e1', to: 'e2', owner: 'p1', createdAt: 3 }]);
    expect(next.notes()).toEqual([]);
  });

  it('grows: what the next meeting changed or added stays, and carrying again adds nothing', () => {
    const source = lastMeeting();
    const target = new Y.Doc();
    carrySocialMap(source, target);
    const next = new BoardDoc(target);
    next.updateMapEntry('e1', { name: 'Mantelzorgcafé Oost' });
    next.addMapEntry({ name: 'Huisarts', group: 'professional', offers: [], shareContact: false, owner: 'p9', createdAt: 10 }, 'e3');
    expect(carrySocialMap(source, target)).toEqual({ entries: 0, ties: 0 });
    expect(next.mapEntries().map((e) => e.name)).toEqual(['Mantelzorgcafé Oost', 'Wijkteam', 'Huisarts']);
  });
});
