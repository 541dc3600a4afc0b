// What one meeting hands to the next, one entry per kind of content. Each entry copies
// from the last meeting's board into the new one's, keeping ids (an action carried three
// times is one action, see timeline.ts) and marking each copy with `origin`, the meeting
// it first came from. Carried notes are the facilitator's, so the room sees them but
// participants cannot change them. A new kind of carried content is one more entry here.
import * as Y from 'yjs';
import { BoardDoc, type Note } from '../../shared/schema.js';
import { actionStatus, type ActionStatus } from '../../shared/board-fields.js';
import type { CarryKind } from '../../shared/series.js';
import { carrySocialMap } from '../../shared/social-map-carry.js';

export interface CarryContext {
  /** The meeting carried from (workshop id): the origin of whatever was first made there. */
  fromMeetingId: string;
}

export interface CarryEntry {
  kind: CarryKind;
  carry(from: BoardDoc, to: BoardDoc, ctx: CarryContext): void;
}

/** Done and dropped actions are closed: they stay in their meeting's history and go no further. */
const CLOSED: readonly ActionStatus[] = ['done', 'dropped'];

function carryNote(note: Note, to: BoardDoc, ctx: CarryContext): void {
  const { id, author: _author, themeId: _theme, ...fields } = note;
  to.addNote({ ...fields, author: 'facilitator', origin: note.origin ?? ctx.fromMeetingId }, id);
}

export const CARRY_OVER: readonly CarryEntry[] = [
  {
    // The shared ambition as it stands: the chosen Dream note, chosen again.
    kind: 'ambition',
    carry(from, to, ctx) {
      const id = from.sharedAmbitionId();
      const note = id ? from.notes().find((n) => n.id === id) : undefined;
      if (!note) return;
      carryNote(note, to, ctx);
      to.setSharedAmbition(note.id);
    },
  },
  {
    // The positive core: Discover's themes, as a reference on the wall (no notes under them).
    kind: 'themes',
    carry(from, to, ctx) {
      for (const { id, ...theme } of from.themes()) {
        if (theme.step === 'discover') to.addTheme({ ...theme, origin: theme.origin ?? ctx.fromMeetingId }, id);
      }
    },
  },
  {
    // The small steps of Design, with their first action.
    kind: 'steps',
    carry(from, to, ctx) {
      for (const note of from.notes()) if (note.step === 'design') carryNote(note, to, ctx);
    },
  },
  {
    // Every open action, same id and status; its owner's phone is of the old meeting, so
    // the facilitator names the owner's phone again in this one.
    kind: 'actions',
    carry(from, to, ctx) {
      for (const { id, ownerId: _ownerId, ...action } of from.actions()) {
        if (CLOSED.includes(actionStatus(action))) continue;
        to.addAction({ ...action, origin: action.origin ?? ctx.fromMeetingId }, id);
      }
    },
  },
  {
    // The social map (issue 16) carries over and grows: entries and ties keep ids and owners.
    kind: 'map',
    carry(from, to) {
      carrySocialMap(from.doc, to.doc);
    },
  },
];

/** The carried content of `from` as one Yjs update for the new meeting's document. */
export function carryOverUpdate(from: Y.Doc, ctx: CarryContext, kinds: readonly CarryKind[] = CARRY_OVER.map((e) => e.kind)): Uint8Array {
  const doc = new Y.Doc();
  const source = new BoardDoc(from);
  const target = new BoardDoc(doc);
  doc.transact(() => {
    for (const entry of CARRY_OVER) if (kinds.includes(entry.kind)) entry.carry(source, target, ctx);
  });
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}
