// Validation of an uploaded JSON export before it becomes a new workshop. A field this
// version does not know is refused (400), never dropped: dropping would lose what a newer
// version wrote, and a tampered file cannot smuggle in join codes, token hashes or ids.
import { z } from 'zod';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type WorkshopSnapshot } from './snapshot.js';
import { GROUP_IDS } from './groups.js';
import { workshopSettings } from './settings.js';
import { LIMITS } from './limits.js';
import { idRule, textRule, timeRule, zodShape } from './fields.js';
import { ACTION_FIELDS, BOARD_FIELDS, MAP_ENTRY_FIELDS, MAP_TIE_FIELDS, NOTE_FIELDS, THEME_FIELDS, VOTE_FIELDS } from './board-fields.js';

export const SNAPSHOT_LIMITS = {
  participants: 5_000,
  notes: 20_000,
  themes: 2_000,
  votes: 200_000,
  actions: 5_000,
  mapEntries: 2_000,
  mapTies: 10_000,
} as const;

const participant = z.strictObject({
  id: idRule,
  name: textRule(LIMITS.name),
  group: z.enum(GROUP_IDS),
  joinedAt: timeRule,
});

// Board content: the tables of board-fields.ts, with the entry's id beside its fields.
const note = z.strictObject({ id: idRule, ...zodShape(NOTE_FIELDS) });
const theme = z.strictObject({ id: idRule, ...zodShape(THEME_FIELDS) });
const action = z.strictObject({ id: idRule, ...zodShape(ACTION_FIELDS) });
const vote = z.strictObject(zodShape(VOTE_FIELDS));
const mapEntry = z.strictObject({ id: idRule, ...zodShape(MAP_ENTRY_FIELDS) });
const mapTie = z.strictObject({ id: idRule, ...zodShape(MAP_TIE_FIELDS) });

export const workshopSnapshotSchema = z.strictObject({
  format: z.literal(SNAPSHOT_FORMAT),
  version: z.literal(SNAPSHOT_VERSION),
  exportedAt: timeRule,
  createdAt: timeRule,
  room: workshopSettings,
  participants: z.array(participant).max(SNAPSHOT_LIMITS.participants),
  notes: z.array(note).max(SNAPSHOT_LIMITS.notes),
  themes: z.array(theme).max(SNAPSHOT_LIMITS.themes),
  votes: z.array(vote).max(SNAPSHOT_LIMITS.votes),
  actions: z.array(action).max(SNAPSHOT_LIMITS.actions),
  sharedAmbitionId: z.nullable(BOARD_FIELDS.sharedAmbition.rule),
  mapEntries: z.array(mapEntry).max(SNAPSHOT_LIMITS.mapEntries).optional(),
  mapTies: z.array(mapTie).max(SNAPSHOT_LIMITS.mapTies).optional(),
  unrevealedNotes: z.number().int().min(0).max(1_000_000).optional(),
});

// Compile-time guard: if WorkshopSnapshot gains or changes a field, this stops compiling
// until the schema follows.
type AssignableTo<Target, Source extends Target> = Source;
export type ParsedSnapshot = AssignableTo<WorkshopSnapshot, z.infer<typeof workshopSnapshotSchema>>;

/** "notes[3].step" from zod's path. */
function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(file)';
}

function issueText(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => `unknown field "${key}"`).join(', ');
    case 'invalid_value':
      return 'invalid value';
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'too_big':
      return issue.origin === 'array' ? `more than ${String(issue.maximum)} items` : `too long or too large (max ${String(issue.maximum)})`;
    case 'too_small':
      return issue.origin === 'array' ? `fewer than ${String(issue.minimum)} items` : `too short or too small (min ${String(issue.minimum)})`;
    default:
      return issue.message;
  }
}

export function parseSnapshot(json: unknown): { ok: true; snapshot: WorkshopSnapshot } | { ok: false; error: string } {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, error: 'not a Kruiwagen workshop export (expected a JSON object)' };
  }
  const format = (json as { format?: unknown }).format;
  if (format !== SNAPSHOT_FORMAT) return { ok: false, error: 'not a Kruiwagen workshop export (format is missing or wrong)' };
  const result = workshopSnapshotSchema.safeParse(json);
  if (result.success) return { ok: true, snapshot: result.data };
  const issue = result.error.issues[0];
  if (!issue) return { ok: false, error: 'invalid file' };
  return { ok: false, error: `${pathText(issue.path)}: ${issueText(issue)}` };
}
