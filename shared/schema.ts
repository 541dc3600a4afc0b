// Typed access to the Yjs document: one Y.Doc per workshop. Its fields and their rules
// are the tables in board-fields.ts; all reads go through these accessors, so a malformed
// value written by a stock client is skipped rather than crashing a view or an export.
import * as Y from 'yjs';
import { ACTION_FIELDS, BOARD_FIELDS, NOTE_FIELDS, ROOT, THEME_FIELDS, VOTE_FIELDS, type Action, type Note, type Theme, type Vote } from './board-fields.js';
import { MAP_ENTRY_FIELDS, MAP_TIE_FIELDS, type MapEntry, type MapTie } from './board-fields.js';
import { isId, readFields, type FieldTable, type Fields } from './fields.js';

export { ROOT, type Action, type MapEntry, type MapTie, type Note, type Theme, type Vote };

export const voteKey = (voter: string, target: string): string => `${voter}:${target}`;

// An entry under a key the import would refuse is skipped like a malformed value, so what
// the board shows is exactly what an export carries and an import takes back.
function readEntry<T extends FieldTable>(table: T, id: string, value: unknown): ({ id: string } & Fields<T>) | null {
  if (!(value instanceof Y.Map) || !isId(id)) return null;
  const map = value as Y.Map<unknown>;
  const fields = readFields(table, (key) => map.get(key));
  return fields && { id, ...fields };
}

export const readNote = (id: string, value: unknown): Note | null => readEntry(NOTE_FIELDS, id, value);
export const readTheme = (id: string, value: unknown): Theme | null => readEntry(THEME_FIELDS, id, value);
export const readAction = (id: string, value: unknown): Action | null => readEntry(ACTION_FIELDS, id, value);
export const readMapEntry = (id: string, value: unknown): MapEntry | null => readEntry(MAP_ENTRY_FIELDS, id, value);
export const readMapTie = (id: string, value: unknown): MapTie | null => readEntry(MAP_TIE_FIELDS, id, value);

export function readVote(key: string, value: unknown): Vote | null {
  const sep = key.indexOf(':');
  if (sep < 0) return null;
  const entry: Record<string, unknown> = { voter: key.slice(0, sep), target: key.slice(sep + 1), dots: value };
  return readFields(VOTE_FIELDS, (field) => entry[field]);
}

function readAll<T>(map: Y.Map<unknown>, read: (id: string, v: unknown) => T | null): T[] {
  const out: T[] = [];
  map.forEach((value, id) => {
    const item = read(id, value);
    if (item) out.push(item);
  });
  return out;
}

/** Typed access to one workshop document. */
export class BoardDoc {
  constructor(readonly doc: Y.Doc) {}

  get notesMap(): Y.Map<unknown> {
    return this.doc.getMap(ROOT.notes);
  }
  get themesMap(): Y.Map<unknown> {
    return this.doc.getMap(ROOT.themes);
  }
  get votesMap(): Y.Map<unknown> {
    return this.doc.getMap(ROOT.votes);
  }
  get actionsMap(): Y.Map<unknown> {
    return this.doc.getMap(ROOT.actions);
  }
  get boardMap(): Y.Map<unknown> {
    return this.doc.getMap(ROOT.board);
  }
  get mapEntriesMap(): Y.Map<unknown> {
    return this.doc.getMap(ROOT.mapEntries);
  }
  get mapTiesMap(): Y.Map<unknown> {
    return this.doc.getMap(ROOT.mapTies);
  }

  notes(): Note[] {
    return readAll(this.notesMap, readNote).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  }
  themes(): Theme[] {
    return readAll(this.themesMap, readTheme).sort((a, b) => a.createdAt - b.createdAt);
  }
  actions(): Action[] {
    return readAll(this.actionsMap, readAction).sort((a, b) => a.createdAt - b.createdAt);
  }
  votes(): Vote[] {
    return readAll(this.votesMap, readVote);
  }
  mapEntries(): MapEntry[] {
    return readAll(this.mapEntriesMap, readMapEntry).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  }
  /** Ties between two entries on the map, one per pair and direction, never to itself. */
  mapTies(): MapTie[] {
    const entries = new Set(this.mapEntries().map((e) => e.id));
    const seen = new Set<string>();
    return readAll(this.mapTiesMap, readMapTie)
      .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
      .filter((tie) => {
        const pair = `${tie.from}>${tie.to}`;
        if (tie.from === tie.to || !entries.has(tie.from) || !entries.has(tie.to) || seen.has(pair)) return false;
        seen.add(pair);
        return true;
      });
  }
  sharedAmbitionId(): string | null {
    return readFields(BOARD_FIELDS, (key) => this.boardMap.get(key))?.sharedAmbition ?? null;
  }

  addNote(fields: Omit<Note, 'id'>, id: string): void {
    const m = new Y.Map<unknown>();
    for (const [k, v] of Object.entries(fields)) if (v !== undefined) m.set(k, v);
    this.notesMap.set(id, m);
  }
  updateNote(id: string, patch: Partial<Omit<Note, 'id' | 'author' | 'createdAt'>>): void {
    const m = this.notesMap.get(id);
    if (!(m instanceof Y.Map)) return;
    this.doc.transact(() => {
      for (const [k, v] of Object.entries(patch)) {
        if (v === undefined || v === '') m.delete(k);
        else m.set(k, v);
      }
    });
  }
  deleteNote(id: string): void {
    this.notesMap.delete(id);
  }
  addTheme(fields: Omit<Theme, 'id'>, id: string): void {
    const m = new Y.Map<unknown>();
    for (const [k, v] of Object.entries(fields)) m.set(k, v);
    this.themesMap.set(id, m);
  }
  renameTheme(id: string, name: string): void {
    const m = this.themesMap.get(id);
    if (m instanceof Y.Map) m.set('name', name);
  }
  deleteTheme(id: string): void {
    this.doc.transact(() => {
      this.themesMap.delete(id);
      this.notesMap.forEach((value) => {
        if (value instanceof Y.Map && value.get('themeId') === id) value.delete('themeId');
      });
    });
  }
  setVote(voter: string, target: string, dots: number): void {
    const key = voteKey(voter, target);
    if (dots <= 0) this.votesMap.delete(key);
    else this.votesMap.set(key, dots);
  }
  addAction(fields: Omit<Action, 'id'>, id: string): void {
    const m = new Y.Map<unknown>();
    for (const [k, v] of Object.entries(fields)) if (v !== undefined) m.set(k, v);
    this.actionsMap.set(id, m);
  }
  updateAction(id: string, patch: Partial<Omit<Action, 'id' | 'createdAt'>>): void {
    const m = this.actionsMap.get(id);
    if (!(m instanceof Y.Map)) return;
    this.doc.transact(() => {
      for (const [k, v] of Object.entries(patch)) {
        if (v === undefined) m.delete(k);
        else m.set(k, v);
      }
    });
  }
  deleteAction(id: string): void {
    this.actionsMap.delete(id);
  }
  addMapEntry(fields: Omit<MapEntry, 'id'>, id: string): void {
    const m = new Y.Map<unknown>();
    for (const [k, v] of Object.entries(fields)) if (v !== undefined) m.set(k, v);
    this.mapEntriesMap.set(id, m);
  }
  /** Only changed fields are written, so an unchanged edit sends nothing. */
  updateMapEntry(id: string, patch: Partial<Omit<MapEntry, 'id' | 'owner' | 'createdAt'>>): void {
    const m = this.mapEntriesMap.get(id);
    if (!(m instanceof Y.Map)) return;
    this.doc.transact(() => {
      for (const [k, v] of Object.entries(patch)) {
        if (v === undefined || v === '') {
          if (m.has(k)) m.delete(k);
        } else if (JSON.stringify(m.get(k)) !== JSON.stringify(v)) m.set(k, v);
      }
    });
  }
  /** The entry and the ties drawn from it by its owner (ties others drew to it stay theirs). */
  deleteMapEntry(id: string): void {
    const m = this.mapEntriesMap.get(id);
    const owner = m instanceof Y.Map ? m.get('owner') : undefined;
    this.doc.transact(() => {
      this.mapTiesMap.forEach((value, key) => {
        if (value instanceof Y.Map && value.get('from') === id && value.get('owner') === owner) this.mapTiesMap.delete(key);
      });
      this.mapEntriesMap.delete(id);
    });
  }
  addMapTie(fields: Omit<MapTie, 'id'>, id: string): void {
    const m = new Y.Map<unknown>();
    for (const [k, v] of Object.entries(fields)) m.set(k, v);
    this.mapTiesMap.set(id, m);
  }
  deleteMapTie(id: string): void {
    this.mapTiesMap.delete(id);
  }
  setPositiveCore(themeId: string, on: boolean): void {
    const m = this.themesMap.get(themeId);
    if (!(m instanceof Y.Map)) return;
    if (on) m.set('positiveCore', true);
    else m.delete('positiveCore');
  }
  setSharedAmbition(noteId: string | null): void {
    if (noteId) this.boardMap.set('sharedAmbition', noteId);
    else this.boardMap.delete('sharedAmbition');
  }
}
