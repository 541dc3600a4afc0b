// A series of meetings ("netwerk", "leernetwerk"): what the organiser decides for it,
// written once. The stored record (server/store/series-record.ts), the create and update
// bodies and the series page all use this schema or a part of it.
import { z } from 'zod';
import { GROUP_IDS, type GroupId } from './groups.js';
import { LANGUAGES } from './i18n/language.js';
import { LIMITS } from './limits.js';
import { textRule } from './fields.js';
import { STEP_IDS, type StepId } from './steps.js';
import type { ActionStatus } from './board-fields.js';
import type { CreateWorkshopResponse } from './api.js';

const line = z.string().trim().pipe(textRule(LIMITS.title));

export const seriesSettings = z.strictObject({
  name: z.string().trim().min(1, 'name is required').pipe(textRule(LIMITS.title)),
  organiser: line,
  expectedGroups: z.array(z.enum(GROUP_IDS)).max(GROUP_IDS.length),
  horizonYear: z.number().int().min(2000).max(2100),
  /** The shared ambition as it stands: the text, kept up to date by the facilitator. */
  ambition: z.string().trim().pipe(textRule(LIMITS.noteText)),
  language: z.enum(LANGUAGES),
});
export type SeriesSettings = z.infer<typeof seriesSettings>;

export const createSeriesBody = seriesSettings.partial().required({ name: true }).strict();
export type CreateSeriesBody = z.infer<typeof createSeriesBody>;

export const updateSeriesBody = seriesSettings.partial().strict();
export type UpdateSeriesBody = z.infer<typeof updateSeriesBody>;

/** What carries into the next meeting; each is one entry of server/series/carry-over.ts. */
export const CARRY_KINDS = ['ambition', 'themes', 'steps', 'actions', 'map'] as const;
export type CarryKind = (typeof CARRY_KINDS)[number];

export const nextMeetingBody = z
  .strictObject({
    title: z.string().trim().min(1).pipe(textRule(LIMITS.title)).optional(),
    place: line.optional(),
    /** The steps the new meeting uses, in the step model's order; default: DEFAULT_FOLLOW_UP_STEPS. */
    steps: z.array(z.enum(STEP_IDS)).min(1).max(STEP_IDS.length).optional(),
    /** The meeting to carry from; default: the series' latest meeting. */
    from: z.string().min(1).max(LIMITS.id).optional(),
  });
export type NextMeetingBody = z.infer<typeof nextMeetingBody>;

/** A follow-up meeting is rarely a full 4-D: the review of last time's actions, Dream again, the steps and who does them. */
export const DEFAULT_FOLLOW_UP_STEPS: readonly StepId[] = ['review', 'dream', 'design', 'deliver'];

export interface CreateSeriesResponse {
  id: string;
  seriesToken: string;
  /** The series page; the token rides in the fragment, like a workshop's facilitator link. */
  seriesUrl: string;
}

export interface SeriesMeeting {
  id: string;
  title: string;
  /** When the meeting was created (ms). */
  date: number;
  place: string;
  /** People present per stakeholder group (participants not removed). */
  present: Partial<Record<GroupId, number>>;
  /** Expected groups with nobody present. */
  missing: GroupId[];
  /** The meeting's report (PDF) with the series token as bearer. */
  reportPath: string;
}

export interface SeriesView extends SeriesSettings {
  id: string;
  createdAt: number;
  lastActivityAt: number;
  /** When the series and all its meetings are deleted unless one of them is used again (retention). */
  expiresAt: number;
  meetings: SeriesMeeting[];
}

/** Starting the next meeting: the new workshop, and the series it belongs to (new when the workshop had none). */
export interface NextMeetingResponse extends CreateWorkshopResponse {
  seriesId: string;
  /** Only when this call made the series: its link, shown once. */
  seriesUrl?: string;
}

/** One action across the series' meetings: status and note per meeting, null where absent. */
export interface ActionTimeline {
  id: string;
  what: string;
  owner: string;
  due: string;
  /** The meeting the action was first made in. */
  origin: string;
  history: ({ meetingId: string; status: ActionStatus; note: string } | null)[];
}

export interface SeriesTimelineView {
  meetings: SeriesMeeting[];
  actions: ActionTimeline[];
}
