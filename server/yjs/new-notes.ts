// The notes an update creates. A new key enters a Y.Map as an item with no origin whose
// parent is the map; in a decoded (not yet integrated) update a root parent is its name,
// a string. Overwriting an existing key carries an origin and is a change, not a new note.
import * as Y from 'yjs';
import { ROOT } from '../../shared/schema.js';

export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

export function createdNoteCount(decoded: DecodedUpdate): number {
  let count = 0;
  for (const struct of decoded.structs) {
    if (struct instanceof Y.Item && (struct.parent as unknown) === ROOT.notes && struct.content instanceof Y.ContentType) count++;
  }
  return count;
}
