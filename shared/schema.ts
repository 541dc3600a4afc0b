// Typed access to the Yjs document: one Y.Doc per workshop. Its fields and their rules
// are the tables in board-fields.ts; all reads go through these accessors, so a malformed
// value written by a stock client is skipped rather than crashing a view or an export.
import * as Y from 'yjs';
import { ACTION_FIELDS, BOARD_FIELDS, NOTE_FIELDS, ROOT, THEME_FIELDS, VOTE_FIELDS, type Action, type Note, type Theme, type Vote } from './board-fields.js';
import { isId, readFields, type FieldTable, type Fields } from './fields.js';

export { ROOT, type Action, type Note, type Theme, type Vote };

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
  setSharedAmbition(noteId: string | null): void {
    if (noteId) this.boardMap.set('sharedAmbition', noteId);
    else this.boardMap.delete('sharedAmbition');
  }
}
