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

/**
 * New notes that carry an `interviewer` field. A new note's fields are items whose parent
 * is the ID of the item holding the note's map (they have no origin of their own).
 */
export function createdInterviewNoteCount(decoded: DecodedUpdate): number {
  const newNotes = new Set<string>();
  for (const struct of decoded.structs) {
    if (struct instanceof Y.Item && (struct.parent as unknown) === ROOT.notes && struct.content instanceof Y.ContentType) newNotes.add(key(struct.id));
  }
  if (newNotes.size === 0) return 0;
  const withInterviewer = new Set<string>();
  for (const struct of decoded.structs) {
    const parent = struct instanceof Y.Item ? (struct.parent as unknown) : null;
    if (parent instanceof Y.ID && (struct as Y.Item).parentSub === 'interviewer' && newNotes.has(key(parent))) withInterviewer.add(key(parent));
  }
  return withInterviewer.size;
}

const key = (id: Y.ID): string => `${id.client}:${id.clock}`;
