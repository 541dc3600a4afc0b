// A plain, JSON-safe picture of one whole workshop: what exports read and what the
// JSON export/import round-trips. Built on the server from the stored room and document.
import type { WorkshopSettings } from './settings.js';
import type { GroupId } from './groups.js';
import type { Action, MapEntry, MapTie, Note, Theme, Vote } from './schema.js';

export const SNAPSHOT_FORMAT = 'kruiwagen-workshop' as const;
export const SNAPSHOT_VERSION = 1 as const;

export interface SnapshotParticipant {
  id: string;
  name: string;
  group: GroupId;
  joinedAt: number;
}

/** The workshop's settings: nothing that identifies or opens the workshop it came from. */
export type SnapshotRoom = WorkshopSettings;

export interface WorkshopSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: typeof SNAPSHOT_VERSION;
  exportedAt: number;
  createdAt: number;
  room: SnapshotRoom;
  participants: SnapshotParticipant[];
  notes: Note[];
  themes: Theme[];
  votes: Vote[];
  actions: Action[];
  sharedAmbitionId: string | null;
  /** The living social map; present only when it has entries (older exports have none). */
  mapEntries?: MapEntry[];
  mapTies?: MapTie[];
  /** Notes written in private and never revealed: not in `notes`, only counted. */
  unrevealedNotes?: number;
}
