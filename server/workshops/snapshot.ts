// A whole workshop as plain data (shared/snapshot.ts): what every export reads, and
// what a JSON import turns back into a workshop.
import * as Y from 'yjs';
import { BoardDoc } from '../../shared/schema.js';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type WorkshopSnapshot } from '../../shared/snapshot.js';
import type { ParticipantRecord } from '../store/store.js';
import type { WorkshopRecord } from '../store/workshop-record.js';
import { pickSettings } from '../../shared/settings.js';

export function buildSnapshot(record: WorkshopRecord, participants: readonly ParticipantRecord[], doc: Y.Doc, now: number): WorkshopSnapshot {
  const board = new BoardDoc(doc);
  const mapEntries = board.mapEntries();
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    exportedAt: now,
    createdAt: record.createdAt,
    // The settings only: whatever else a record holds (codes, tokens, new server-side
    // fields) stays out, so an export always passes the import's strict schema.
    room: pickSettings(record),
    participants: participants.map((p) => ({ id: p.id, name: p.name, group: p.group, joinedAt: p.joinedAt })),
    notes: board.notes(),
    themes: board.themes(),
    votes: board.votes(),
    actions: board.actions(),
    sharedAmbitionId: board.sharedAmbitionId(),
    ...(mapEntries.length ? { mapEntries, mapTies: board.mapTies() } : {}),
  };
}

/** The board content of a snapshot as one Yjs update, for importing it as a new workshop. */
export function snapshotToUpdate(snapshot: WorkshopSnapshot): Uint8Array {
  const doc = new Y.Doc();
  const board = new BoardDoc(doc);
  doc.transact(() => {
    for (const { id, ...note } of snapshot.notes) board.addNote(note, id);
    for (const { id, ...theme } of snapshot.themes) board.addTheme(theme, id);
    for (const vote of snapshot.votes) board.setVote(vote.voter, vote.target, vote.dots);
    for (const { id, ...action } of snapshot.actions) board.addAction(action, id);
    board.setSharedAmbition(snapshot.sharedAmbitionId);
    for (const { id, ...entry } of snapshot.mapEntries ?? []) board.addMapEntry(entry, id);
    for (const { id, ...tie } of snapshot.mapTies ?? []) board.addMapTie(tie, id);
  });
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}
