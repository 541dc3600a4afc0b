// What the board holds: one field table per map of the Yjs document. The types, the
// readers (shared/schema.ts), the participants' write rules (server/yjs/authorize.ts) and
// the import schema (shared/snapshot-schema.ts) are all derived from these tables, so a
// new field is one line here (docs/adding-content.md).
import { z } from 'zod/mini';
import { STEP_IDS } from './steps.js';
import { GROUP_IDS } from './groups.js';
import { ASPECT_IDS, LEVEL_IDS } from './lenses.js';
import { SUPPORT_TYPES } from './support-types.js';
import { LIMITS } from './limits.js';
import { idRule, optional, required, textRule, timeRule, withFallback, type Fields } from './fields.js';

/** Root types of the document. */
export const ROOT = {
  notes: 'notes', // noteId -> Y.Map (NOTE_FIELDS)
  themes: 'themes', // themeId -> Y.Map (THEME_FIELDS), facilitator-owned
  votes: 'votes', // `${voterId}:${targetId}` -> number of dots (participant-owned by key prefix)
  actions: 'actions', // actionId -> Y.Map (ACTION_FIELDS), facilitator-owned
  board: 'board', // facilitator-owned singletons (BOARD_FIELDS)
  mapEntries: 'mapEntries', // entryId -> Y.Map (MAP_ENTRY_FIELDS), the living social map; participant-owned by `owner`
  mapTies: 'mapTies', // tieId -> Y.Map (MAP_TIE_FIELDS), "we work with …"; participant-owned by `owner`
} as const;

const step = z.enum(STEP_IDS);

export const NOTE_FIELDS = {
  text: required(textRule(LIMITS.noteText)),
  /** The step it answers. */
  step: required(step),
  /** The participant id, or "facilitator". */
  author: required(idRule, { fixed: true }),
  createdAt: required(timeRule, { fixed: true }),
  /** Copied from the author at creation so tallies and reports never need the roster. */
  group: optional(z.enum(GROUP_IDS)),
  themeId: optional(idRule),
  aspect: optional(z.enum(ASPECT_IDS)),
  level: optional(z.enum(LEVEL_IDS)),
  /** Design only: the ambition note or theme this small step serves. */
  linkedTo: optional(idRule),
  /** Design only: the first action of this small step. */
  firstAction: optional(textRule(LIMITS.noteText)),
  /** The meeting (workshop id) this note was carried over from; read-only in this one. */
  origin: optional(idRule),
  /**
   * Discover, paired interviews: who wrote this note about its author (the partner they
   * interviewed). Set when the note is made, never changed; the interviewer and the author
   * may edit or withdraw it, nobody else (server/yjs/authorize.ts).
   */
  interviewer: optional(idRule),
  /** Paired interviews: the success factors the interviewer heard. */
  factors: optional(textRule(LIMITS.noteText)),
  /** Dream only: the Discover themes this ambition builds on (a possibility statement's grounding). */
  buildsOn: optional(z.array(idRule).check(z.maxLength(LIMITS.buildsOn))),
};

export const THEME_FIELDS = {
  name: required(textRule(LIMITS.title)),
  step: required(step),
  createdAt: required(timeRule),
  /** The meeting (workshop id) this theme was carried over from: a reference of the positive core. */
  origin: optional(idRule),
  /** Discover: the facilitator marked it as part of the positive core ("what do we want to keep"). */
  positiveCore: optional(z.boolean()),
};

/** Where an action stands; followed up meeting after meeting (a series, issue 15). */
export const ACTION_STATUSES = ['planned', 'under-way', 'done', 'stuck', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_FIELDS = {
  what: required(textRule(LIMITS.actionText)),
  owner: withFallback(textRule(LIMITS.title), ''),
  /** ISO date yyyy-mm-dd, or '' for none. */
  due: withFallback(z.union([z.literal(''), z.iso.date()]), ''),
  level: optional(z.enum(LEVEL_IDS)),
  aspect: optional(z.enum(ASPECT_IDS)),
  createdAt: required(timeRule),
  /** Absent reads as 'planned' (actionStatus()); optional so older exports still import. */
  status: optional(z.enum(ACTION_STATUSES)),
  /** A short note of what happened, with the status. */
  statusNote: optional(textRule(LIMITS.statusNote)),
  /** The participant (of this meeting) who owns it: they may mark its status from their phone. */
  ownerId: optional(idRule),
  /** The meeting (workshop id) the action was first made in, when it was carried over. */
  origin: optional(idRule),
};

/** A vote is one entry of the votes map, `${voter}:${target}` -> dots, read as these fields. */
export const VOTE_FIELDS = {
  voter: required(idRule),
  /** A note or theme id. */
  target: required(idRule),
  dots: required(z.int().check(z.minimum(1), z.maximum(LIMITS.dotsPerParticipant))),
};

/** The board map's singletons. */
export const BOARD_FIELDS = {
  /** The Dream note chosen as the shared ambition. */
  sharedAmbition: optional(idRule),
};

/** One organisation or person on the living social map: who they are and what they offer. */
export const MAP_ENTRY_FIELDS = {
  /** The organisation, or the role ("buurvrouw", "wijkverpleegkundige"). */
  name: required(textRule(LIMITS.title)),
  group: required(z.enum(GROUP_IDS)),
  /** Kinds of support, from the ecogram's short list. */
  offers: withFallback(z.array(z.enum(SUPPORT_TYPES)).check(z.maxLength(SUPPORT_TYPES.length)), []),
  /** What they offer, in their own words. */
  offerText: optional(textRule(LIMITS.mapText)),
  forWhom: optional(textRule(LIMITS.mapText)),
  contact: optional(textRule(LIMITS.title)),
  /** The owner allows their contact in the facilitator's report ("share with the network"). */
  shareContact: withFallback(z.boolean(), false),
  /** The participant id who added it, or "facilitator": only they change it. */
  owner: required(idRule, { fixed: true }),
  createdAt: required(timeRule, { fixed: true }),
};

/** "We work with …": a tie from one map entry to another, drawn by the owner of `from`. */
export const MAP_TIE_FIELDS = {
  from: required(idRule, { fixed: true }),
  to: required(idRule, { fixed: true }),
  owner: required(idRule, { fixed: true }),
  createdAt: required(timeRule, { fixed: true }),
};

/** Content kinds stored as a map of Y.Maps keyed by id. */
export const ENTRY_TABLES = {
  [ROOT.notes]: NOTE_FIELDS,
  [ROOT.themes]: THEME_FIELDS,
  [ROOT.actions]: ACTION_FIELDS,
  [ROOT.mapEntries]: MAP_ENTRY_FIELDS,
  [ROOT.mapTies]: MAP_TIE_FIELDS,
} as const;

export type Note = { id: string } & Fields<typeof NOTE_FIELDS>;
export type Theme = { id: string } & Fields<typeof THEME_FIELDS>;
export type Action = { id: string } & Fields<typeof ACTION_FIELDS>;
export type Vote = Fields<typeof VOTE_FIELDS>;

/** An action's status; one without a status is planned. */
export const actionStatus = (action: Pick<Action, 'status'>): ActionStatus => action.status ?? 'planned';
export type MapEntry = { id: string } & Fields<typeof MAP_ENTRY_FIELDS>;
export type MapTie = { id: string } & Fields<typeof MAP_TIE_FIELDS>;
