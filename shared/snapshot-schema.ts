// Validation of an uploaded JSON export before it becomes a new workshop. The import
// copies `room` into the stored record, so unknown keys are dropped (zod's default for
// objects): a tampered file cannot smuggle in join codes, token hashes or ids.
import { z } from 'zod';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type WorkshopSnapshot } from './snapshot.js';
import { STEP_IDS, TEMPLATE_IDS } from './steps.js';
import { GROUP_IDS } from './groups.js';
import { ASPECT_IDS, LEVEL_IDS } from './lenses.js';
import { LANGUAGES } from './i18n/language.js';
import { MAX_NAME_LENGTH, MAX_NOTE_LENGTH } from './schema.js';

export const SNAPSHOT_LIMITS = {
  participants: 5_000,
  notes: 20_000,
  themes: 2_000,
  votes: 200_000,
  actions: 5_000,
  text: 500,
  title: 120,
} as const;

// Ids become keys in the store and the document; vote keys are `${voter}:${target}`,
// so a colon in an id would make a vote unreadable.
const id = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, 'invalid id');
const time = z.number().int().min(0).max(8.64e15);
const text = (max: number) => z.string().max(max);
const localText = z.object({ nl: text(400), en: text(400) });
const stepContent = z.object({ question: localText, instruction: localText });

const room = z.object({
  title: z.string().trim().min(1).max(SNAPSHOT_LIMITS.title),
  language: z.enum(LANGUAGES),
  horizonYear: z.number().int().min(2000).max(2100),
  template: z.enum(TEMPLATE_IDS),
  place: text(120),
  facilitatorName: text(120),
  step: z.enum(STEP_IDS),
  enabledSteps: z.array(z.enum(STEP_IDS)).min(1).max(STEP_IDS.length),
  stepContent: z.object({
    checkin: stepContent,
    discover: stepContent,
    dream: stepContent,
    design: stepContent,
    deliver: stepContent,
  }),
  voting: z.object({ open: z.boolean(), dotsPerParticipant: z.number().int().min(1).max(20) }),
  privateWriting: z.boolean(),
  anonymous: z.boolean(),
  locked: z.boolean(),
  participantsCanGroup: z.boolean(),
  expectedGroups: z.array(z.enum(GROUP_IDS)).max(GROUP_IDS.length),
});

const participant = z.object({
  id,
  name: text(MAX_NAME_LENGTH),
  group: z.enum(GROUP_IDS),
  joinedAt: time,
});

const note = z.object({
  id,
  text: text(MAX_NOTE_LENGTH),
  step: z.enum(STEP_IDS),
  // The facilitator writes as "facilitator"; participants under their id.
  author: id,
  createdAt: time,
  group: z.enum(GROUP_IDS).optional(),
  themeId: id.optional(),
  aspect: z.enum(ASPECT_IDS).optional(),
  level: z.enum(LEVEL_IDS).optional(),
  linkedTo: id.optional(),
  firstAction: text(SNAPSHOT_LIMITS.text).optional(),
});

const theme = z.object({ id, name: text(SNAPSHOT_LIMITS.title), step: z.enum(STEP_IDS), createdAt: time });

const vote = z.object({ voter: id, target: id, dots: z.number().int().min(1).max(20) });

const action = z.object({
  id,
  what: text(SNAPSHOT_LIMITS.text),
  owner: text(SNAPSHOT_LIMITS.title),
  due: z.union([z.literal(''), z.iso.date()]),
  level: z.enum(LEVEL_IDS).optional(),
  aspect: z.enum(ASPECT_IDS).optional(),
  createdAt: time,
});

export const workshopSnapshotSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  version: z.literal(SNAPSHOT_VERSION),
  exportedAt: time,
  createdAt: time,
  room,
  participants: z.array(participant).max(SNAPSHOT_LIMITS.participants),
  notes: z.array(note).max(SNAPSHOT_LIMITS.notes),
  themes: z.array(theme).max(SNAPSHOT_LIMITS.themes),
  votes: z.array(vote).max(SNAPSHOT_LIMITS.votes),
  actions: z.array(action).max(SNAPSHOT_LIMITS.actions),
  sharedAmbitionId: id.nullable(),
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
