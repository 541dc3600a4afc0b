// Putting a participant's own notes back on the board after their local copy had to go:
// a draft that missed the reveal (useDraftRescue), or a board the server refused a change
// to (useBoard drops its copy and resyncs). Only keys the board has never held come back,
// so a note that was stored (and perhaps deleted since by the facilitator) never returns.
import type { BoardDoc, Note } from '../../../shared/schema';

/**
 * Own notes worth keeping from a copy about to be dropped (plain values, detached): those
 * written by this participant, also in an interview partner's name (`interviewer`).
 */
export function ownNotes(board: BoardDoc, author: string): Note[] {
  return board.notes().filter((note) => note.author === author || note.interviewer === author);
}

/**
 * Adds the notes the board has never held, to the board itself or `into` (a private
 * writing draft, where new notes must go while it lasts); returns how many came back.
 */
export function restoreNotes(board: BoardDoc, notes: readonly Note[], into: BoardDoc = board): number {
  let restored = 0;
  into.doc.transact(() => {
    for (const { id, themeId: _theme, ...fields } of notes) {
      if (board.notesMap._map.has(id) || into.notesMap._map.has(id)) continue;
      into.addNote(fields, id);
      restored++;
    }
  });
  return restored;
}
