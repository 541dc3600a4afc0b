// The console's drag and drop of notes (native HTML5): our own data type, so a file or a
// text dragged in from elsewhere is never taken for a note.
import type { DragEvent } from 'react';

export const NOTE_MIME = 'application/x-kruiwagen-note';

/** dragover/dragenter: accept a dragged note and mark the target. */
export function acceptNote(e: DragEvent, setOver: (over: boolean) => void): void {
  if (!e.dataTransfer.types.includes(NOTE_MIME)) return;
  e.preventDefault();
  e.dataTransfer.dropEffect = 'move';
  setOver(true);
}

/** drop: the dropped note's id, or null for anything else. */
export function droppedNote(e: DragEvent): string | null {
  const id = e.dataTransfer.getData(NOTE_MIME);
  if (!id) return null;
  e.preventDefault();
  return id;
}
