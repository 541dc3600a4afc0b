// The Yjs document schema: one Y.Doc per workshop. Every field name used on the wire
// is defined here, and all reads go through these accessors so that a malformed value
// written by a stock client is skipped rather than crashing a view or an export.
import * as Y from 'yjs';
import { isStepId, type StepId } from './steps.js';
import { isGroupId, type GroupId } from './groups.js';
import { isAspectId, isLevelId, type AspectId, type LevelId } from './lenses.js';
import { isId } from './fields.js';

export const MAX_NOTE_LENGTH = 500;
export const MAX_NAME_LENGTH = 60;

/** Root types of the document. */
export const ROOT = {
  notes: 'notes', // noteId -> Y.Map (NoteFields)
  themes: 'themes', // themeId -> Y.Map (ThemeFields), facilitator-owned
  votes: 'votes', // `${voterId}:${targetId}` -> number of dots (participant-owned by key prefix)
  actions: 'actions', // actionId -> Y.Map (ActionFields), facilitator-owned
  board: 'board', // facilitator-owned singletons, e.g. sharedAmbition
} as const;

export interface Note {
  id: string;
  text: string;
  step: StepId;
  author: string;
  createdAt: number;
  /** Copied from the author at creation so tallies and reports never need the roster. */
  group?: GroupId;
  themeId?: string;
  aspect?: AspectId;
  level?: LevelId;
  /** Design only: the ambition note or theme this small step serves. */
  linkedTo?: string;
  /** Design only: the first action of this small step. */
  firstAction?: string;
}

export interface Theme {
  id: string;
  name: string;
  step: StepId;
  createdAt: number;
}

export interface Action {
  id: string;
  what: string;
  owner: string;
  due: string; // ISO date yyyy-mm-dd or ''
  level?: LevelId;
  aspect?: AspectId;
  createdAt: number;
}

export interface Vote {
  voter: string;
  target: string;
  dots: number;
}

export const voteKey = (voter: string, target: string): string => `${voter}:${target}`;

const str = (m: Y.Map<unknown>, key: string): string | undefined => {
  const v = m.get(key);
  return typeof v === 'string' ? v : undefined;
};

// An entry under a key the import would refuse (shared/fields.ts) is skipped like a
// malformed value, so what the board shows is what an export carries and an import takes.
export function readNote(id: string, value: unknown): Note | null {
  if (!isId(id)) return null;
  if (!(value instanceof Y.Map)) return null;
  const m = value as Y.Map<unknown>;
  const text = str(m, 'text');
  const step = m.get('step');
  const author = str(m, 'author');
  const createdAt = m.get('createdAt');
  if (text === undefined || !isStepId(step) || author === undefined || typeof createdAt !== 'number') return null;
  const note: Note = { id, text, step, author, createdAt };
  const group = m.get('group');
  if (isGroupId(group)) note.group = group;
  const themeId = str(m, 'themeId');
  if (themeId) note.themeId = themeId;
  const aspect = m.get('aspect');
  if (isAspectId(aspect)) note.aspect = aspect;
  const level = m.get('level');
  if (isLevelId(level)) note.level = level;
  const linkedTo = str(m, 'linkedTo');
  if (linkedTo) note.linkedTo = linkedTo;
  const firstAction = str(m, 'firstAction');
  if (firstAction) note.firstAction = firstAction;
  return note;
}

export function readTheme(id: string, value: unknown): Theme | null {
  if (!isId(id)) return null;
  if (!(value instanceof Y.Map)) return null;
  const m = value as Y.Map<unknown>;
  const name = str(m, 'name');
  const step = m.get('step');
  const createdAt = m.get('createdAt');
  if (name === undefined || !isStepId(step) || typeof createdAt !== 'number') return null;
  return { id, name, step, createdAt };
}

export function readAction(id: string, value: unknown): Action | null {
  if (!isId(id)) return null;
  if (!(value instanceof Y.Map)) return null;
  const m = value as Y.Map<unknown>;
  const what = str(m, 'what');
  const createdAt = m.get('createdAt');
  if (what === undefined || typeof createdAt !== 'number') return null;
  const action: Action = { id, what, owner: str(m, 'owner') ?? '', due: str(m, 'due') ?? '', createdAt };
  const level = m.get('level');
  if (isLevelId(level)) action.level = level;
  const aspect = m.get('aspect');
  if (isAspectId(aspect)) action.aspect = aspect;
  return action;
}

export function readVote(key: string, value: unknown): Vote | null {
  const sep = key.indexOf(':');
  const voter = key.slice(0, sep);
  const target = key.slice(sep + 1);
  if (!isId(voter) || !isId(target) || typeof value !== 'number' || !Number.isInteger(value) || value <= 0) return null;
  return { voter, target, dots: value };
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
    const v = this.boardMap.get('sharedAmbition');
    return typeof v === 'string' && v ? v : null;
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

/**
 * During private writing a participant's notes live in a draft document of their own,
 * `<workshopId>~<participantId>`, which only they (and the facilitator) can sync. The
 * reveal moves them into the workshop's document. Hiding notes in the page would not
 * be enough: they would still reach every device.
 */
export const draftDocName = (workshopId: string, participantId: string): string => `${workshopId}~${participantId}`;

export function parseDocName(name: string): { workshopId: string; draftOwner: string | null } {
  const sep = name.indexOf('~');
  return sep === -1 ? { workshopId: name, draftOwner: null } : { workshopId: name.slice(0, sep), draftOwner: name.slice(sep + 1) };
}
