// What the facilitator decides for a workshop, written once. The stored record, the room
// state every device gets, the create and update bodies and the export's `room` are all
// this schema or a part of it (shared/room.ts, shared/api.ts, shared/snapshot-schema.ts,
// server/workshops/record.ts).
import { z } from 'zod';
import { REVIEW_STEP, STEP_IDS, TEMPLATE_IDS, type StepContents } from './steps.js';
import { GROUP_IDS } from './groups.js';
import { LANGUAGES } from './i18n/language.js';
import { LIMITS } from './limits.js';
import { textRule } from './fields.js';
import { INTERVIEW_LIMITS } from './interviews.js';

const localText = z.strictObject({ nl: textRule(LIMITS.stepText), en: textRule(LIMITS.stepText) });
export const stepContentSchema = z.strictObject({ question: localText, instruction: localText });
// Exports made before the review step existed have no text for it: it reads as the
// standard one, so they still import.
const stepContents = z.strictObject({
  ...(Object.fromEntries(STEP_IDS.map((step) => [step, stepContentSchema])) as Record<keyof StepContents, typeof stepContentSchema>),
  review: stepContentSchema.default(() => structuredClone(REVIEW_STEP)),
});

/** A one-line text the facilitator types: trimmed, at most LIMITS.title characters. */
const line = z.string().trim().pipe(textRule(LIMITS.title));

export const workshopSettings = z.strictObject({
  title: z.string().trim().min(1, 'title is required').pipe(textRule(LIMITS.title)),
  language: z.enum(LANGUAGES),
  horizonYear: z.number().int().min(2000).max(2100),
  template: z.enum(TEMPLATE_IDS),
  place: line,
  facilitatorName: line,
  step: z.enum(STEP_IDS),
  enabledSteps: z.array(z.enum(STEP_IDS)).min(1).max(STEP_IDS.length),
  stepContent: stepContents,
  voting: z.strictObject({ open: z.boolean(), dotsPerParticipant: z.number().int().min(1).max(LIMITS.dotsPerParticipant) }),
  /** Private writing: notes stay on their author's device until revealed. */
  privateWriting: z.boolean(),
  anonymous: z.boolean(),
  locked: z.boolean(),
  participantsCanGroup: z.boolean(),
  expectedGroups: z.array(z.enum(GROUP_IDS)).max(GROUP_IDS.length),
  /** Paired interviews: the guide's questions and the minutes per turn. Optional: records and exports from before them read the defaults. */
  interviewGuide: z.array(localText).min(1).max(INTERVIEW_LIMITS.questions).optional(),
  interviewMinutes: z.number().int().min(1).max(INTERVIEW_LIMITS.turnMinutes).optional(),
});

export type WorkshopSettings = z.infer<typeof workshopSettings>;
export type VotingState = WorkshopSettings['voting'];

export const SETTINGS_KEYS = Object.keys(workshopSettings.shape) as (keyof WorkshopSettings)[];

/** The settings part of a record (or anything holding them), and nothing else. */
export function pickSettings(from: WorkshopSettings): WorkshopSettings {
  const out: Record<string, unknown> = {};
  for (const key of SETTINGS_KEYS) out[key] = from[key];
  return out as WorkshopSettings;
}
