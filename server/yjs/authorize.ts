// Role rules for incoming Yjs updates. The server calls authorizeUpdate BEFORE an update
// touches its document, so the update is decoded and judged without applying it:
//
//  - projector:   read-only; only empty updates (no structs, no deletions) pass.
//  - facilitator: anything that decodes.
//  - participant: may create their own notes, edit and delete their own notes, and set or
//                 remove their own dots (`votes/<participantId>:<target>`) while voting is
//                 open, within their dot budget. While the facilitator lets participants
//                 group (`participantsCanGroup`), they may also set, change or remove the
//                 `themeId` of any note, theirs or another's, to an existing theme; nothing
//                 else of another's note. On the living social map they may add, change and
//                 delete their own entries (`mapEntries`, `owner` is theirs), and add and
//                 delete ties (`mapTies`) of their own from one of their own entries to an
//                 entry that exists. During a running interview round they may also
//                 create a note in the name of the partner they interview (`author` is the
//                 partner, `interviewer` themselves); such a note may then be edited or
//                 deleted by its author and its interviewer, nobody else. The owner of an
//                 action (its `ownerId`, set by the facilitator) may set or remove its
//                 `status` and `statusNote`, and nothing else of it. Nothing else.
//
// The cost is O(update size): every struct and delete range of the update is looked up in
// the server's struct store by id (binary search), never by scanning the document. The one
// exception is the dot budget, which sums the voter's current dots from the votes map
// (only when the update touches votes). A theme id is looked up in the `themes` map by key.
//
// How yjs resolves an incoming struct (yjs 13.6, Item.getMissing / Item.integrate), which
// the rules below mirror:
//  - `item.parent` in a decoded update is a root type name (string), the ID of the item that
//    holds the parent type, or null when `origin` / `rightOrigin` is set; the parent and the
//    map key (`parentSub`) are then copied from the origin item (or the right origin).
//  - If the origin or right origin is a GC struct, or the parent item is GC'd / no longer
//    holds a type, the struct is integrated as GC: it changes nothing ("dead").
//  - A struct inserted under a deleted type is deleted at once: it changes nothing either.
//  - A map entry that becomes the current value deletes the previous current value of that
//    key, whatever it was: writing `notes/<id>` displaces the note there.
//  - Structs (or parts) whose clock is below the server's state for their client are
//    ignored: the server already has them.
import * as Y from 'yjs';
import { ROOT, readTheme } from '../../shared/schema.js';
import { ACTION_FIELDS, MAP_ENTRY_FIELDS, MAP_TIE_FIELDS, NOTE_FIELDS, VOTE_FIELDS } from '../../shared/board-fields.js';
import { fieldProblem, fixedFields, isId, requiredFields, type FieldTable } from '../../shared/fields.js';
import { LIMITS } from '../../shared/limits.js';
import { RangeIndex, StructIndex, idKey, type Struct } from './authorize-structs.js';

export interface Actor {
  role: 'facilitator' | 'participant' | 'projector';
  participantId: string | null;
}

export interface AuthorizeContext {
  votingOpen: boolean;
  dotsPerParticipant: number;
  /** The room setting: participants may put any note into a theme. */
  participantsCanGroup: boolean;
  /** The partner this participant interviews in the running interview round, if any. */
  interviewee?: string | null;
}

export type Verdict = { ok: true } | { ok: false; reason: string };

const OK: Verdict = { ok: true };

/** Thrown inside the checks and turned into a refusal at the top; never escapes. */
class Refusal extends Error {}
const refuse = (reason: string): never => {
  throw new Refusal(reason);
};

type Decoded = ReturnType<typeof Y.decodeUpdate>;

export function authorizeUpdate(doc: Y.Doc, update: Uint8Array, actor: Actor, ctx: AuthorizeContext): Verdict {
  let decoded: Decoded;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    return { ok: false, reason: 'malformed update' };
  }
  const empty = decoded.structs.length === 0 && decoded.ds.clients.size === 0;
  if (empty) return OK;
  switch (actor.role) {
    case 'facilitator':
      return OK;
    case 'projector':
      return { ok: false, reason: 'the projector is read-only' };
    case 'participant':
      break;
    default:
      return { ok: false, reason: 'unknown role' };
  }
  if (!actor.participantId) return { ok: false, reason: 'participant without an id' };
  try {
    new ParticipantCheck(doc, decoded, actor.participantId, ctx).run();
    return OK;
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, reason: error.message };
    // Anything else means the update is inconsistent in a way yjs itself would trip over.
    return { ok: false, reason: 'malformed update' };
  }
}

// ---------------------------------------------------------------------------------------

/** Where a struct lands once integrated. */
type Slot =
  /** Integrated as GC or deleted at once: changes nothing visible. */
  | { kind: 'dead' }
  /** An entry of a root type; key null for a sequence (array/text) position. */
  | { kind: 'root'; root: string; key: string | null }
  /** An entry of a nested type held by `holder` (in the server doc or in this update). */
  | { kind: 'child'; holder: Y.Item; inDoc: boolean; key: string | null };

const DEAD: Slot = { kind: 'dead' };

/**
 * A kind of content participants own entry by entry: a root map of Y.Maps whose
 * `ownerField` names the participant who wrote it. Notes, and the social map's entries
 * and ties, follow the same rules: their own, under their own name, within the kind's
 * field table (shared/board-fields.ts).
 */
interface OwnedKind {
  root: string;
  /** How refusals name one entry. */
  label: string;
  table: FieldTable;
  ownerField: string;
  /** A second participant who may edit and delete the entry (a note's interviewer). */
  coOwnerField?: string;
  required: readonly string[];
  /** Fields of an existing entry nobody but the facilitator sets or removes. */
  fixed: ReadonlySet<string>;
}

const ownedKind = (root: string, label: string, table: FieldTable, ownerField: string): OwnedKind => ({
  root,
  label,
  table,
  ownerField,
  required: requiredFields(table),
  fixed: new Set(fixedFields(table)),
});

const INTERVIEWER_FIELD = 'interviewer' satisfies keyof typeof NOTE_FIELDS;
const NOTE_KIND: OwnedKind = {
  ...ownedKind(ROOT.notes, 'note', NOTE_FIELDS, 'author'),
  coOwnerField: INTERVIEWER_FIELD,
  // Who interviewed whom is set once, by the interviewer; the author may not remove it.
  fixed: new Set([...fixedFields(NOTE_FIELDS), INTERVIEWER_FIELD]),
};
const TIE_KIND = ownedKind(ROOT.mapTies, 'tie', MAP_TIE_FIELDS, 'owner');
const OWNED_KINDS = new Map<string, OwnedKind>([
  [ROOT.notes, NOTE_KIND],
  [ROOT.mapEntries, ownedKind(ROOT.mapEntries, 'map entry', MAP_ENTRY_FIELDS, 'owner')],
  [ROOT.mapTies, TIE_KIND],
]);
const WRITABLE = 'participants may only write notes, map entries and ties of their own, and their own votes';

/** A note (or another owned entry: `kind`) as seen by the checks. */
interface NoteState {
  kind: OwnedKind;
  /** Its key in the kind's root map. */
  key: string;
  /** The item holding the note's Y.Map. */
  item: Y.Item;
  inDoc: boolean;
  /**
   * False for another's note, which a participant may touch only while grouping is
   * allowed and then only at `themeId`.
   */
  own: boolean;
  /** Fields this update writes or deletes. */
  touched: Map<string, KeyEntry>;
  /** Doc notes: fields whose current value the delete set removes. */
  deletedFields: Set<string>;
  /** New notes: an author value other than the writer's own id was written (an interview note). */
  forPartner: boolean;
}

/**
 * One map key touched by the update: its current value in the server doc (`anchor`, the
 * rightmost item for the key, possibly deleted) and every new item written at the key.
 */
interface KeyEntry {
  anchor: Y.Item | null;
  items: Y.Item[];
}

// A participant writes notes under the rules of the note table (shared/board-fields.ts);
// `author` must also be their own id, and `themeId` (grouping) is judged by checkThemeId.
const THEME_FIELD = 'themeId' satisfies keyof typeof NOTE_FIELDS;
const GROUPING_REFUSAL = 'only the facilitator assigns notes to themes';

const FACILITATOR_ROOTS = new Set<string>([ROOT.themes, ROOT.actions, ROOT.board]);

/** What an action's owner may mark from their phone (a series' follow-up, issue 15). */
const OWNER_ACTION_FIELDS = ['status', 'statusNote'] as const satisfies readonly (keyof typeof ACTION_FIELDS)[];
const ACTION_TABLE: FieldTable = ACTION_FIELDS;

class ParticipantCheck {
  private readonly structs: StructIndex;
  private readonly deleted: RangeIndex;
  /** The root maps of the owned kinds, as the server has them. */
  private readonly ownedRoots = new Map<Y.AbstractType<any>, OwnedKind>();
  private readonly votesRoot: Y.AbstractType<any> | undefined;
  private readonly actionsRoot: Y.AbstractType<any> | undefined;
  private readonly slots = new Map<Y.Item, Slot>();
  private readonly resolving = new Set<Y.Item>();
  /** Notes touched by this update, by the id of the item holding the note's map. */
  private readonly notes = new Map<string, NoteState>();
  /** Doc notes this update deletes (directly or by displacing them). */
  private readonly deletedNotes = new Set<string>();
  /** Vote keys touched: the values this update writes (items) and whether the current value goes. */
  private readonly votes = new Map<string, KeyEntry>();
  private readonly votePrefix: string;
  private readonly canGroup: boolean;

  constructor(
    private readonly doc: Y.Doc,
    private readonly decoded: Decoded,
    private readonly participantId: string,
    private readonly ctx: AuthorizeContext,
  ) {
    this.structs = new StructIndex(doc, decoded.structs as Struct[]);
    this.deleted = new RangeIndex(decoded.ds);
    for (const [root, kind] of OWNED_KINDS) {
      const type = doc.share.get(root);
      if (type) this.ownedRoots.set(type, kind);
    }
    this.votesRoot = doc.share.get(ROOT.votes);
    this.actionsRoot = doc.share.get(ROOT.actions);
    this.votePrefix = `${participantId}:`;
    this.canGroup = ctx.participantsCanGroup;
  }

  run(): void {
    const missing = this.structs.outOfOrder();
    if (missing) refuse(`out of order update (${missing})`);
    // Pass 1: new items. Structs the server already has are ignored by yjs, and so here.
    for (const struct of this.structs.fresh()) {
      if (struct instanceof Y.Item) this.checkItem(struct);
      // GC structs only reserve ids of deleted content; Skip structs were ruled out above.
    }
    // Pass 2: deletions.
    for (const [client, ranges] of this.deleted.ranges) {
      for (const { clock, end } of ranges) this.checkDeleteRange(client, clock, end);
    }
    // Pass 3: the state after the update.
    this.checkNotesAfter();
    this.checkTiesAfter();
    this.checkMapCaps();
    this.checkVotesAfter();
  }

  // --- Where structs land -----------------------------------------------------------------

  private lookup(id: Y.ID, from: Y.Item): { struct: Y.Item | Y.GC; inDoc: boolean } {
    if (id.client === from.id.client && id.clock >= from.id.clock) refuse('malformed update (forward reference)');
    const found = this.structs.find(id);
    if (!found) refuse('out of order update (missing dependency)');
    return found!;
  }

  private slotOf(item: Y.Item): Slot {
    const known = this.slots.get(item);
    if (known) return known;
    if (this.resolving.has(item)) refuse('malformed update (reference cycle)');
    this.resolving.add(item);
    const slot = this.resolveSlot(item);
    this.resolving.delete(item);
    this.slots.set(item, slot);
    return slot;
  }

  private resolveSlot(item: Y.Item): Slot {
    const parent = item.parent as unknown;
    if (typeof parent === 'string') return { kind: 'root', root: parent, key: item.parentSub };
    if (parent instanceof Y.ID) {
      const { struct, inDoc } = this.lookup(parent, item);
      if (!(struct instanceof Y.Item) || !(struct.content instanceof Y.ContentType)) return DEAD;
      if (inDoc ? struct.deleted : this.slotOf(struct).kind === 'dead') return DEAD;
      return { kind: 'child', holder: struct, inDoc, key: item.parentSub };
    }
    // Parent copied from the neighbours, as Item.getMissing does.
    const left = item.origin ? this.lookup(item.origin, item) : null;
    const right = item.rightOrigin ? this.lookup(item.rightOrigin, item) : null;
    if ((left && !(left.struct instanceof Y.Item)) || (right && !(right.struct instanceof Y.Item))) return DEAD;
    const neighbour = left ?? right;
    if (!neighbour) return DEAD;
    const n = neighbour.struct as Y.Item;
    return neighbour.inDoc ? this.docSlot(n) : this.slotOf(n);
  }

  /** The slot of an item already integrated in the server doc. */
  private docSlot(item: Y.Item): Slot {
    const type = item.parent as Y.AbstractType<any> | null;
    if (!(type instanceof Y.AbstractType)) return DEAD;
    if (type._item === null) return { kind: 'root', root: Y.findRootTypeKey(type), key: item.parentSub };
    if (type._item.deleted) return DEAD;
    return { kind: 'child', holder: type._item, inDoc: true, key: item.parentSub };
  }

  /**
   * The note a nested-type holder is, or refusal when this participant may not touch it
   * there: `field` is the key written or removed, null for the whole note (deleting or
   * displacing it). Another's note may only be touched at `themeId`, while grouping is on.
   */
  private noteFor(holder: Y.Item, inDoc: boolean, field: string | null): NoteState {
    const id = idKey(holder.id);
    let state = this.notes.get(id);
    if (!state) {
      const type = (holder.content as Y.ContentType).type;
      if (!(type instanceof Y.Map)) refuse(WRITABLE);
      let own = true;
      let kind: OwnedKind | undefined;
      let key: string | null;
      if (inDoc) {
        kind = this.ownedRoots.get(holder.parent as Y.AbstractType<any>);
        key = holder.parentSub;
        if (!kind || key === null) refuse(this.ownerReason(holder));
        const map = type as Y.Map<unknown>;
        own = map.get(kind!.ownerField) === this.participantId || (kind!.coOwnerField !== undefined && map.get(kind!.coOwnerField) === this.participantId);
      } else {
        const slot = this.slotOf(holder);
        kind = slot.kind === 'root' ? OWNED_KINDS.get(slot.root) : undefined;
        key = slot.kind === 'root' ? slot.key : null;
        if (!kind || key === null) refuse(WRITABLE);
        // Ownership of a new entry is checked on its fields (every owner value must be theirs).
      }
      state = { kind: kind!, key: key!, item: holder, inDoc, own, touched: new Map(), deletedFields: new Set(), forPartner: false };
      this.notes.set(id, state);
    }
    // Every touch of another's note is judged, not only the first: an update that groups
    // it and also edits it is refused as a whole. Grouping is about notes only.
    const grouping = state.kind === NOTE_KIND && field === THEME_FIELD;
    if (!state.own && grouping && !this.canGroup) refuse(GROUPING_REFUSAL);
    if (!state.own && !grouping) refuse(`${state.kind.label} ${holder.parentSub} belongs to someone else`);
    return state;
  }

  private ownerReason(holder: Y.Item): string {
    const slot = this.docSlot(holder);
    if (slot.kind === 'root' && FACILITATOR_ROOTS.has(slot.root)) return `only the facilitator may change ${slot.root}`;
    return WRITABLE;
  }

  // --- New items ------------------------------------------------------------------------

  private checkItem(item: Y.Item): void {
    if (item.rightOrigin !== null) refuse('participants may only set map entries (unexpected right origin)');
    const slot = this.slotOf(item);
    if (slot.kind === 'dead') return;
    if (slot.kind === 'root') return this.checkRootEntry(item, slot.root, slot.key);
    if (slot.key === null) refuse('participants may only set map entries');
    if (this.isAction(slot.holder, slot.inDoc)) return this.checkActionField(slot.holder, slot.key!, item);
    const note = this.noteFor(slot.holder, slot.inDoc, slot.key);
    this.checkNoteField(note, slot.key!, item);
  }

  /** An action the server has: its holder sits at a key of the actions map. */
  private isAction(holder: Y.Item, inDoc: boolean): boolean {
    return inDoc && this.actionsRoot !== undefined && holder.parent === this.actionsRoot && holder.parentSub !== null;
  }

  /**
   * The owner of an action marks its status and note. `item` is a new value (null when
   * the update removes the field's current value, which setting it does as well).
   */
  private checkActionField(holder: Y.Item, field: string, item: Y.Item | null): void {
    const action = (holder.content as Y.ContentType).type;
    if (!(action instanceof Y.Map) || action.get('ownerId') !== this.participantId) refuse(`only the facilitator may change actions (action ${holder.parentSub} is not yours)`);
    if (!(OWNER_ACTION_FIELDS as readonly string[]).includes(field)) refuse(`the owner of an action may change only its ${OWNER_ACTION_FIELDS.join(' and ')}`);
    const content = item?.content;
    if (!content || content instanceof Y.ContentDeleted) return;
    if (!(content instanceof Y.ContentAny) || content.arr.length !== 1) refuse(`action field ${field} must be a plain value`);
    const problem = fieldProblem('action', field, ACTION_TABLE[field]!, (content as Y.ContentAny).arr[0]);
    if (problem) refuse(problem);
  }

  private checkRootEntry(item: Y.Item, root: string, key: string | null): void {
    if (FACILITATOR_ROOTS.has(root)) refuse(`only the facilitator may change ${root}`);
    const kind = OWNED_KINDS.get(root);
    if (!kind && root !== ROOT.votes) refuse(`unknown root type "${root}"`);
    if (key === null) refuse(`${root} is a map`);
    if (!kind) return this.checkVoteEntry(item, key!);
    // notes/<key> (and the other owned kinds): a new note (a Y.Map) or a deleted placeholder
    // (a note written and deleted offline). Either displaces the current note at that key,
    // which must then be theirs.
    const content = item.content;
    if (!(content instanceof Y.ContentDeleted) && !(content instanceof Y.ContentType && content.type instanceof Y.Map)) {
      refuse(`a ${kind.label} must be a map`);
    }
    const current = this.doc.share.get(root)?._map.get(key!);
    if (current && !current.deleted) {
      const note = current.content instanceof Y.ContentType ? this.noteFor(current, true, null) : refuse(`${kind.label} ${key} belongs to someone else`);
      this.deletedNotes.add(idKey(note.item.id));
    }
    if (content instanceof Y.ContentType) {
      // The same id rule as the export and the import, so what a participant writes survives both.
      if (!isId(key)) refuse(`${kind.label} id "${key!.slice(0, 40)}" is not a valid id`);
      this.noteFor(item, false, null);
    }
  }

  private checkNoteField(note: NoteState, field: string, item: Y.Item): void {
    const content = item.content;
    const { kind } = note;
    const grouping = kind === NOTE_KIND && field === THEME_FIELD;
    if (grouping && !this.canGroup) refuse(GROUPING_REFUSAL);
    if (note.inDoc && kind.fixed.has(field)) refuse(`the ${field} of a ${kind.label} cannot be changed`);
    const rule = Object.hasOwn(kind.table, field) ? kind.table[field] : undefined;
    if (!rule) refuse(`unknown ${kind.label} field "${field}"`);
    // The new value displaces the key's current value (whatever it was): for themeId,
    // moving the note out of its theme, which grouping allows.
    this.noteKey(note, field).items.push(item);
    // A value written and removed offline travels as a deleted placeholder (for themeId:
    // the note taken out of its theme).
    if (content instanceof Y.ContentDeleted) return;
    if (!(content instanceof Y.ContentAny) || content.arr.length !== 1) refuse(`${kind.label} field ${field} must be a plain value`);
    const value: unknown = (content as Y.ContentAny).arr[0];
    if (field === kind.ownerField) {
      if (value === this.participantId) return;
      // In another's name only the partner being interviewed, and only on a new note (author is fixed).
      if (kind === NOTE_KIND && this.ctx.interviewee && value === this.ctx.interviewee) note.forPartner = true;
      else refuse(kind === NOTE_KIND ? 'a note must be written under your own name' : `a ${kind.label} must be your own`);
    } else if (kind === NOTE_KIND && field === INTERVIEWER_FIELD) {
      if (value !== this.participantId) refuse('an interview note must name you as its interviewer');
    } else if (grouping) {
      this.checkThemeId(value);
    } else {
      const problem = fieldProblem(kind.label, field, rule!, value);
      if (problem) refuse(problem);
    }
  }

  /** A themeId must name a theme the server has and has not deleted (one map lookup). */
  private checkThemeId(value: unknown): void {
    if (!isId(value)) refuse('note themeId must be a theme id');
    const themes = this.doc.share.get(ROOT.themes);
    const item = themes?._map.get(value as string);
    // Participants cannot create or delete themes, so the server's themes are the ones
    // that count; a theme deleted meanwhile (or never created) is refused.
    const theme = item && !item.deleted && item.content instanceof Y.ContentType ? readTheme(value as string, item.content.type) : null;
    if (!theme) refuse(`theme ${String(value).slice(0, 40)} does not exist`);
  }

  private noteKey(note: NoteState, field: string): KeyEntry {
    let entry = note.touched.get(field);
    if (!entry) {
      const anchor = note.inDoc ? ((note.item.content as Y.ContentType).type._map.get(field) ?? null) : null;
      note.touched.set(field, (entry = { anchor, items: [] }));
    }
    return entry;
  }

  private checkVoteEntry(item: Y.Item, key: string): void {
    if (!key.startsWith(this.votePrefix) || key.length === this.votePrefix.length) refuse(`vote ${key} is not yours`);
    if (!this.ctx.votingOpen) refuse('voting is closed');
    if (!isId(key.slice(this.votePrefix.length))) refuse(`vote ${key.slice(0, 60)} is not for a valid id`);
    this.vote(key).items.push(item);
    if (item.content instanceof Y.ContentDeleted) return;
    const content = item.content;
    const dots: unknown = content instanceof Y.ContentAny && content.arr.length === 1 ? content.arr[0] : undefined;
    if (!VOTE_FIELDS.dots.rule.safeParse(dots).success) refuse(`a vote must be a positive whole number of dots, at most ${LIMITS.dotsPerParticipant}`);
  }

  private vote(key: string): KeyEntry {
    let vote = this.votes.get(key);
    if (!vote) this.votes.set(key, (vote = { anchor: this.votesRoot?._map.get(key) ?? null, items: [] }));
    return vote;
  }

  // --- Deletions ------------------------------------------------------------------------

  private checkDeleteRange(client: number, clock: number, end: number): void {
    const state = Y.getState(this.doc.store, client);
    if (clock < state) {
      const structs = this.doc.store.clients.get(client)!;
      const stop = Math.min(end, state);
      for (let i = Y.findIndexSS(structs, clock); i < structs.length; i++) {
        const struct = structs[i]!;
        if (struct.id.clock >= stop) break;
        if (struct instanceof Y.Item && !struct.deleted) this.checkDocDeletion(struct);
      }
    }
    // Deletions of structs in this update were judged with those structs; deletions of
    // structs nobody has sent yet would wait in yjs's pending delete set: refuse them.
    if (end > Math.max(state, this.structs.end(client))) refuse('out of order update (deletes unknown content)');
  }

  private checkDocDeletion(item: Y.Item): void {
    const slot = this.docSlot(item);
    if (slot.kind === 'dead') return;
    if (slot.kind === 'root') {
      if (FACILITATOR_ROOTS.has(slot.root)) refuse(`only the facilitator may change ${slot.root}`);
      if (slot.key === null) refuse(`participants may not change ${slot.root}`);
      if (slot.root === ROOT.votes) {
        if (!slot.key!.startsWith(this.votePrefix)) refuse(`vote ${slot.key} is not yours`);
        if (!this.ctx.votingOpen) refuse('voting is closed');
        this.vote(slot.key!);
        return;
      }
      if (!OWNED_KINDS.has(slot.root) || !(item.content instanceof Y.ContentType)) refuse(`participants may not change ${slot.root}`);
      const note = this.noteFor(item, true, null);
      this.deletedNotes.add(idKey(note.item.id));
      return;
    }
    if (slot.key === null) refuse('participants may only change map entries');
    if (this.isAction(slot.holder, slot.inDoc)) return this.checkActionField(slot.holder, slot.key!, null);
    const note = this.noteFor(slot.holder, slot.inDoc, slot.key);
    // Judged in pass 3: fine when the whole note goes, otherwise per field.
    note.deletedFields.add(slot.key!);
    this.noteKey(note, slot.key!);
  }

  // --- State after the update -----------------------------------------------------------

  /**
   * The items that may hold a key's value after the update. Certain when the new items
   * chain from the current value (each one's origin is the previous value, as a stock
   * Y.Map writes them): the last one wins. Otherwise yjs's conflict resolution decides
   * (e.g. an entry written without origin loses to an existing value from a higher client
   * id and is deleted at once), so any of them may.
   */
  private finalCandidates(entry: KeyEntry): Y.Item[] {
    const byOrigin = new Map<string, Y.Item[]>();
    for (const item of entry.items) {
      const origin = item.origin ? idKey(item.origin) : '';
      byOrigin.set(origin, [...(byOrigin.get(origin) ?? []), item]);
    }
    let last = entry.anchor;
    let chained = 0;
    for (;;) {
      const next = byOrigin.get(last ? idKey(last.lastId) : '');
      if (!next || next.length !== 1) break;
      last = next[0]!;
      if (++chained > entry.items.length) break;
    }
    if (chained === entry.items.length && (chained === 0 || byOrigin.get(last ? idKey(last.lastId) : '') === undefined)) {
      return last ? [last] : [];
    }
    return entry.anchor ? [entry.anchor, ...entry.items] : [...entry.items];
  }

  /** The value an item holds after the update, or undefined when it is deleted. */
  private valueAfter(item: Y.Item): { value: unknown } | undefined {
    if (item.deleted || this.deleted.has(item.id) || !(item.content instanceof Y.ContentAny)) return undefined;
    const arr = item.content.arr;
    return { value: arr[arr.length - 1] };
  }

  /** True when the key certainly has a value after the update. */
  private present(entry: KeyEntry): boolean {
    const candidates = this.finalCandidates(entry);
    return candidates.length > 0 && candidates.every((item) => this.valueAfter(item) !== undefined);
  }

  private checkNotesAfter(): void {
    for (const note of this.notes.values()) {
      const { kind } = note;
      if (note.inDoc) {
        if (this.deletedNotes.has(idKey(note.item.id))) continue;
        for (const field of note.deletedFields) {
          if (kind.fixed.has(field)) refuse(`the ${field} of a ${kind.label} cannot be changed`);
          if (kind === NOTE_KIND && field === THEME_FIELD && !this.canGroup) refuse(`the ${field} of a note cannot be changed: ${GROUPING_REFUSAL}`);
        }
        for (const [field, entry] of note.touched) {
          if (kind.required.includes(field) && !this.present(entry)) refuse(`a ${kind.label} cannot lose its ${field}`);
        }
      } else {
        if (this.deleted.has(note.item.id)) continue;
        for (const field of kind.required) {
          const entry = note.touched.get(field);
          if (!entry || !this.present(entry)) refuse(`a new ${kind.label} needs ${/^[aeiou]/.test(field) ? 'an' : 'a'} ${field}`);
        }
        if (kind === NOTE_KIND) {
          const interviewer = note.touched.get(INTERVIEWER_FIELD);
          if (note.forPartner && (!interviewer || !this.present(interviewer))) refuse('a note in your partner’s name needs you as its interviewer');
          // An interview note is always about someone else: one's own note may not pass as one (it would skip private writing).
          if (!note.forPartner && interviewer && interviewer.items.length > 0) refuse('an interview note is written in your partner’s name');
        }
      }
    }
  }

  /**
   * A new tie runs from an entry of the participant's own to another entry that exists
   * after the update. Ties never change (every field is fixed), so only new ones are judged.
   */
  private checkTiesAfter(): void {
    for (const tie of this.notes.values()) {
      if (tie.kind !== TIE_KIND || tie.inDoc || this.deleted.has(tie.item.id)) continue;
      const ends = (field: string): unknown[] => this.finalCandidates(tie.touched.get(field)!).map((item) => this.valueAfter(item)?.value);
      const from = ends('from');
      const to = ends('to');
      for (const id of from) if (this.mapEntryOwner(id) !== this.participantId) refuse('a tie must start at a map entry of your own');
      for (const id of to) if (this.mapEntryOwner(id) === null) refuse(`map entry ${String(id).slice(0, 40)} does not exist`);
      if (from.some((id) => to.includes(id))) refuse('a tie must join two different map entries');
    }
  }

  /**
   * A participant's entries and ties on the map are capped (LIMITS): one update could
   * otherwise fill the projector's map. Judged only when the update adds some; one scan
   * of the (small) map's own keys.
   */
  private checkMapCaps(): void {
    for (const [root, cap] of [
      [ROOT.mapEntries, LIMITS.mapEntriesPerParticipant],
      [ROOT.mapTies, LIMITS.mapTiesPerParticipant],
    ] as const) {
      const added = [...this.notes.values()].filter((st) => st.kind.root === root && !st.inDoc && !this.deleted.has(st.item.id)).length;
      if (!added) continue;
      let kept = 0;
      this.doc.share.get(root)?._map.forEach((item) => {
        if (item.deleted || this.deletedNotes.has(idKey(item.id)) || !(item.content instanceof Y.ContentType)) return;
        if ((item.content.type as Y.Map<unknown>).get('owner') === this.participantId) kept++;
      });
      if (kept + added > cap) refuse(root === ROOT.mapEntries ? `at most ${cap} map entries of your own` : `at most ${cap} ties of your own`);
    }
  }

  /** The owner of a map entry as it stands after the update, or null when there is none. */
  private mapEntryOwner(id: unknown): unknown {
    if (!isId(id)) return null;
    for (const state of this.notes.values()) {
      if (state.kind.root !== ROOT.mapEntries || state.key !== id || state.inDoc) continue;
      // A new entry in this update: its owner field was checked to be the sender's.
      if (!this.deleted.has(state.item.id)) return this.participantId;
    }
    const item = this.doc.share.get(ROOT.mapEntries)?._map.get(id);
    if (!item || item.deleted || !(item.content instanceof Y.ContentType) || this.deletedNotes.has(idKey(item.id))) return null;
    return (item.content.type as Y.Map<unknown>).get('owner') ?? null;
  }

  private checkVotesAfter(): void {
    if (this.votes.size === 0) return;
    let before = 0;
    let after = 0;
    this.votesRoot?._map.forEach((item, key) => {
      if (item.deleted || !key.startsWith(this.votePrefix)) return;
      const dots = dotsOf(item);
      before += dots;
      if (!this.votes.has(key)) after += dots;
    });
    // Where the outcome is uncertain, count the most dots the key could end up with.
    for (const entry of this.votes.values()) {
      after += Math.max(0, ...this.finalCandidates(entry).map((item) => (this.valueAfter(item) ? dotsOf(item) : 0)));
    }
    // Lowering a total that is over a (since reduced) budget stays possible.
    if (after > this.ctx.dotsPerParticipant && after > before) refuse(`more than ${this.ctx.dotsPerParticipant} dots`);
  }
}

function dotsOf(item: Y.Item): number {
  const content = item.content;
  const value: unknown = content instanceof Y.ContentAny ? content.arr[content.arr.length - 1] : undefined;
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : 0;
}
