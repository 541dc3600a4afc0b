// "In a series, the map carries over and grows": the next meeting starts with the map of
// the last one. Entries and ties keep their ids and owners, so an owner who comes back
// (under the same participant id) can still update their entry, and carrying twice adds
// nothing twice.
import * as Y from 'yjs';
import { BoardDoc } from './schema.js';

export interface CarriedMap {
  entries: number;
  ties: number;
}

/**
 * Copies the social map of `source` into `target`, in one transaction. Only what the
 * readers accept travels (a malformed entry stays behind, a tie whose ends are gone too);
 * an id the target already has is left as the target has it, so the new meeting's own
 * changes win.
 */
export function carrySocialMap(source: Y.Doc, target: Y.Doc): CarriedMap {
  const from = new BoardDoc(source);
  const to = new BoardDoc(target);
  const carried: CarriedMap = { entries: 0, ties: 0 };
  target.transact(() => {
    for (const { id, ...entry } of from.mapEntries()) {
      if (to.mapEntriesMap.has(id)) continue;
      to.addMapEntry(entry, id);
      carried.entries++;
    }
    for (const { id, ...tie } of from.mapTies()) {
      if (to.mapTiesMap.has(id)) continue;
      to.addMapTie(tie, id);
      carried.ties++;
    }
  });
  return carried;
}
